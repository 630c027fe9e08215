import { describe, expect, it } from 'vitest';
import { people, person } from './helpers/entity-people.js';

// List lines "name : office" and feminine offices with a pronoun ending, on made-up sentences
// (all people invented).
describe('list lines and offices with a pronoun ending', () => {
  it('takes a line "name : office" of a list for the entry of an official', () => {
    const lines = ['وفي ما يلي قائمة المترشحين:', 'كلودين فارو : زعيمة حزب التجمع الشعبي', 'برونو لاكاز : رئيس الحزب الديمقراطي.'];
    const leader = person('كلودين فارو', ...lines);
    expect([leader.official, leader.role]).toEqual([true, 'زعيمة حزب التجمع الشعبي']);
    expect(person('برونو لاكاز', ...lines).role).toBe('رئيس الحزب الديمقراطي');
  });

  it('reads a headline "name : ..." that says more than an office as a quote', () => {
    const speaker = person('برونو لاكاز', 'برونو لاكاز : رئيس الحكومة فشل في مهمته', 'وقال لاكاز إن الأزمة طالت.');
    expect(speaker.role).toBeNull();
    expect(people('الحكومة الجديدة : وزيرة الصحة', 'تسلمت الوزيرة مهامها.').map((p) => p.name)).toEqual([]);
  });

  it('takes a feminine office with a pronoun ending ("رئيستها فلانة") for the office of the name after it', () => {
    const chair = person('كلودين فارو', 'وعقد الحزب مؤتمره وقالت رئيستها كلودين فارو إن الحزب سيفوز.');
    expect([chair.official, chair.role]).toEqual([true, 'رئيستها']);
    expect(person('سلوى القلال', 'واجتمعت الهيئة وقالت أمينتها العامة سلوى القلال إن القرار نهائي.').role).toBe('أمينتها العامة');
    // ("ملكة جمال": an office in "ة" as written takes a genitive, no holder.)
    expect(people('وتحتضن المدينة سهرة انتخاب ملكة جمال الربيع يوم السبت.').filter((p) => p.official)).toEqual([]);
  });

  it('takes the office of a list entry "office: name" over a longer one the prose gave before', () => {
    const text = 'وأسند الحزب منصب الأمين العام إلى مستشار الوزير السابق، كمال العياشي. وفي ما يلي تركيبة المكتب: - الأمين العام: كمال العياشي - عضو مكلف بالإعلام: سمير الحداد';
    expect(person('كمال العياشي', text).role).toBe('الأمين العام');
  });

  it('runs an office through its body\'s matter to a qualifier of a term that is over ("... المقالة فلانة")', () => {
    // (No office runs through a verb to the qualifier: "رئيسة اللجنة إن المدير السابق فلان".)
    const roles = people('وقالت رئيسة لجنة التحقيق في تهريب الآثار إلى الخارج المقالة نادية الورتاني، إن المدير السابق سمير الحداد غادر.').map((p) => [p.name, p.role]);
    expect(roles).toEqual([['نادية الورتاني', 'رئيسة لجنة التحقيق في تهريب الآثار إلى الخارج المقالة'], ['سمير الحداد', 'المدير السابق']]);
  });

  it('knows a listed official of a three-word Arabic or Turkish name by his family name alone', () => {
    const named = person('أردوغان', 'وقال أردوغان في خطاب أمام أنصاره إن بلاده لن تتراجع.');
    expect(named.official).toBe(true);
    // (A transliterated compound name ends in a part that alone names something else: "دارفور".)
    expect(people('وتشهد دارفور أزمة إنسانية منذ سنوات.').map((p) => p.name)).toEqual([]);
  });
});
