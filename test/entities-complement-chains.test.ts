import { describe, expect, it } from 'vitest';
import { people, person } from './helpers/entity-people.js';

// How far an office runs through a verbal noun's object, and where a radio the holder spoke to
// ends it, on made-up sentences (all people invented).
describe('office phrases through a governed object', () => {
  it('runs a committee of inquiry through its matter, a destination and its seat to the name', () => {
    const chair = person('سلمى الورتاني', 'وأكدت رئيسة لجنة التحقيق في شبكات تهريب السلع إلى دول الجوار بمجلس نواب الشعب سلمى الورتاني اليوم أن الأرقام مرتفعة.');
    expect([chair.official, chair.role]).toEqual([true, 'رئيسة لجنة التحقيق في شبكات تهريب السلع إلى دول الجوار بمجلس نواب الشعب']);
    expect(person('كمال الزواري', 'وقال رئيس لجنة التحقيق حول صفقات الأراضي كمال الزواري إن العمل تواصل.').role).toBe('رئيس لجنة التحقيق حول صفقات الأراضي');
  });

  it('takes a second noun in the construct state joined by "و" into the object ("ونقل الكهرباء")', () => {
    const director = person('كمال بن عمر', 'وأوضح كمال بن عمر مدير التحكم في نظام الإنتاج ونقل الكهرباء في تصريح للإذاعة أن الشبكة مستقرة.');
    expect(director.role).toBe('مدير التحكم في نظام الإنتاج ونقل الكهرباء');
    // ("والطيب": a definite word behind "و" may open the next name of a list; no object's noun.)
    const listed = people('وحضر مدير التحكم في الطاقة سامي الحداد والطيب الورغي.').map((p) => p.name);
    expect(listed).toContain('سامي الحداد');
    expect(person('سامي الحداد', 'وحضر مدير التحكم في الطاقة سامي الحداد والطيب الورغي.').role).toBe('مدير التحكم في الطاقة');
  });
});

describe('a radio the holder spoke to', () => {
  it('ends the office before "ل" + a radio named with its band ("للنسمة أف أم")', () => {
    const quoted = person('كمال الورغي', 'وفق ما أكده كمال الورغي رئيس فرقة الأبحاث العدلية للحرس الوطني للنسمة "اف ام" اليوم.');
    expect(quoted.role).toBe('رئيس فرقة الأبحاث العدلية للحرس الوطني');
    expect(person('كمال الورغي', 'وقال كمال الورغي رئيس فرقة الشرطة البلدية للنسمة أف أم إن الحملة متواصلة.').role).toBe('رئيس فرقة الشرطة البلدية');
  });
});

describe('members listed after a plural office and its pronoun', () => {
  it('takes the first entry after "وهم" for a name when the entries after it are names, and gives each the office', () => {
    const text = 'وأفضت الجلسة إلى انتخاب أعضاء مكتب الكتلة وهم هاجر الورتاني وسامية بن علي وكريم الغربي وسهيل الحداد.';
    const members = people(text).map((p) => [p.name, p.role]);
    expect(members).toContainEqual(['هاجر الورتاني', 'عضو مكتب الكتلة']);
    expect(members).toContainEqual(['سهيل الحداد', 'عضو مكتب الكتلة']);
    // (One name after the pronoun and no list: nothing to go by.)
    expect(people('وقالت الهيئة إن النواب وهم يطالبون بالتحقيق غادروا القاعة.').map((p) => p.name)).toEqual([]);
  });
});

describe('an office behind "ك" (as) after a name', () => {
  it('opens no office phrase through "و" for the next entry ("فلان كرئيس وعلان")', () => {
    const listed = people('وتتكون اللجنة من منير الساحلي كرئيس والمنجي بوزيد وسامي خليفي كأعضاء.');
    expect(listed.filter((p) => p.role === 'رئيس والمنجي')).toEqual([]);
    expect(listed.map((p) => p.name)).toContain('المنجي بوزيد');
  });
});
