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
