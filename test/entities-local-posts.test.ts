import { describe, expect, it } from 'vitest';
import { people, person, titledPersons } from './helpers/entity-people.js';

// Tunisian local and political news: who holds a post; made-up sentences written for these tests.
describe('posts in local news', () => {
  it('gives no post to a plain member of a forum, a body anyone may join', () => {
    expect(person('كمال العياشي', 'وقال عضو المنتدى، كمال العياشي إن المشروع متعطل.').official).toBe(false);
    expect(person('كمال العياشي', 'وقال عضو المنتدى التونسي للحقوق البيئية كمال العياشي إن المشروع متعطل.').official).toBe(false);
  });

  it('makes no official of an officer named by his rank alone, and one with his post (stop 34)', () => {
    // A decoration list of officers by rank: "ranks are not offices" (the annotators' convention).
    const listed = people('ومنح الرئيس الأوسمة للضباط الآتي ذكرهم: العميد سليم الورتاني العقيد منير البجاوي المقدم كريم الساحلي.');
    expect(listed.map((e) => [e.name, e.official, e.role, e.honorific])).toEqual([
      ['سليم الورتاني', false, null, 'العميد'],
      ['منير البجاوي', false, null, 'العقيد'],
      ['كريم الساحلي', false, null, 'المقدم'],
    ]);
    expect(person('سليم الورتاني', 'وأفاد العقيد سليم الورتاني بأن الحريق أخمد.').official).toBe(false);
    // Tunisia's general officer, "أمير اللواء" (with his branch, "بالبحرية"): the emir is the rank's.
    const emirs = people('وأسند الوسام للعسكريين الآتي ذكرهم: الفريق كمال الصيادي أمير اللواء رضا العياري أمير اللواء بالبحرية منير البجاوي.');
    expect(emirs.map((e) => [e.name, e.official, e.role, e.honorific])).toEqual([
      ['كمال الصيادي', false, null, 'الفريق'],
      ['رضا العياري', false, null, 'أمير اللواء'],
      ['منير البجاوي', false, null, 'أمير اللواء بالبحرية'],
    ]);
    // The post before or after the name makes him one; the rank stays his honorific.
    const after = person('سليم الورتاني', 'وقال العميد سليم الورتاني قائد الفوج الثالث إن الوضع مستقر.');
    expect([after.official, after.role, after.honorific]).toEqual([true, 'قائد الفوج الثالث', 'العميد']);
    const before = person('سليم الورتاني', 'وأكد آمر الحرس الوطني اللواء سليم الورتاني أن الوحدات جاهزة.');
    expect([before.official, before.role, before.honorific]).toEqual([true, 'آمر الحرس الوطني', 'اللواء']);
  });

  it('reads a lieutenant with his unit after the rank as an officer of that unit', () => {
    const found = person('سامي الورغي', 'وأفاد الملازم بإقليم الحرس الوطني بمدنين سامي الورغي بأن الحملة متواصلة.');
    expect([found.official, found.role]).toEqual([true, 'الملازم بإقليم الحرس الوطني بمدنين']);
  });

  it('reads a verb of "you" or "we" after a headline\'s "office :" as the quote, no name', () => {
    expect(titledPersons('وزير الفلاحة للمزارعين : استصلحوا أراضيكم في الجنوب', 'ودعا الوزير الفلاحين إلى الاستثمار.')).toEqual([]);
  });

  it('gives the office of an election in the dual accusative to both names before it', () => {
    const text = 'وأسفر المؤتمر عن انتخاب نبيل الكافي وسلمى الغربي نائبين لرئيس الحركة.';
    expect([person('نبيل الكافي', text).official, person('سلمى الغربي', text).role]).toEqual([true, 'نائب لرئيس الحركة']);
  });

  it('reads the entry of a list before the frame its names share as a name, its given name a common noun', () => {
    const found = people('ورشح الحزب لعضوية المجلس كلا من كمال الهمامي عن دائرة قفصة وعادل الصغير عن دائرة توزر وهدية الفرشيشي عن دائرة قبلي.');
    expect(found.map((e) => e.name)).toContain('هدية الفرشيشي');
  });

  it('reads the second holder of a dual office, "و" + a given name, even with a family name that reads as a common word', () => {
    const found = person('علي بالأخوات', 'وقال إن النائبين كمال الهمامي وعلي بالأخوات انسحبا من الجلسة.');
    expect([found.official, found.role]).toEqual([true, 'النائبين']);
  });
});
