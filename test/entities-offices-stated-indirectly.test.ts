import { describe, expect, it } from 'vitest';
import { people, person } from './helpers/entity-people.js';

// Offices stated indirectly (stop 25b): an office with the pronoun of the body just named, a rival
// noun between an office and its holder, a federation named by country and sport (people invented).
describe('an office with the pronoun of the body named just before it', () => {
  it('states a bare office in the construct state with the body', () => {
    expect(person('فوزي الحامدي', 'قدم الترجي شكوى ضد النادي البنزرتي ورئيسه فوزي الحامدي بعد المباراة.').role).toBe('رئيس النادي البنزرتي');
    expect(person('كمال الزغلامي', 'وطالب حزب الأمل ورئيسه كمال الزغلامي بالإسراع في الإصلاحات.').role).toBe('رئيس حزب الأمل');
    expect(person('كمال الزغلامي', 'وتعتبر الحكومة الليبية ورئيسها كمال الزغلامي أن الوضع صعب.').role).toBe('رئيس الحكومة الليبية');
  });

  it('reads the "و" written apart the same way', () => {
    const head = person('فوزي الحامدي', 'وكان الترجي قد تقدم بشكوى ضد النادي البنزرتي و رئيسه فوزي الحامدي و ذلك بعد الأحداث.');
    expect([head.official, head.role]).toEqual([true, 'رئيس النادي البنزرتي']);
    expect(person('فوزي الحامدي', 'ودعت النقابة الجهوية و كاتبها العام فوزي الحامدي إلى الإضراب.').role).toBe('الكاتب العام للنقابة الجهوية');
  });

  it('finds a definite given name after such an office', () => {
    const head = person('المنصف الفرجاني', 'وكان الترجي قد تقدم بشكوى ضد النادي البنزرتي و رئيسه المنصف الفرجاني و ذلك بعد الأحداث.');
    expect([head.official, head.role]).toEqual([true, 'رئيس النادي البنزرتي']);
  });

  it('keeps the office as written where the pronoun does not agree with the body', () => {
    expect(person('فوزي الحامدي', 'وطالبت الحكومة الليبية و رئيسه فوزي الحامدي بالإسراع.').role).not.toMatch(/الحكومة/);
  });

  it('gives no one the office of the person the pronoun refers to', () => {
    expect(person('الهادي الفرجاني', 'كما حضر الوزير و مستشاره الهادي الفرجاني الاجتماع.').role).toBe('مستشاره');
  });
});

describe('an office, "و" and a rival noun before its holder', () => {
  it('gives the office to the name after the rival noun and the other man\'s name', () => {
    const rival = person('كمال الشابي', 'وتم الاتفاق على دعم رئيس الاتحاد البوروندي لكرة القدم ومنافس بلاتر كمال الشابي في الانتخابات.');
    expect([rival.official, rival.role]).toEqual([true, 'رئيس الاتحاد البوروندي لكرة القدم']);
  });
});

describe('a federation named by its country and its sport', () => {
  it('keeps "لكرة" + the sport inside the office', () => {
    expect(person('كمال الشابي', 'وقال رئيس اتحاد بوروندي لكرة القدم كمال الشابي إن الانتخابات نزيهة.').role).toBe('رئيس اتحاد بوروندي لكرة القدم');
    expect(person('كمال الشابي', 'وأكد رئيس جامعة زامبيا لكرة اليد كمال الشابي أن الفريق جاهز.').role).toBe('رئيس جامعة زامبيا لكرة اليد');
  });
});

describe('a board named for the president who heads it', () => {
  it('reads the name after a bare "هيئة" as its head, an official', () => {
    const head = person('كمال الشابي', 'وطالب الأحباء الغاضبون هيئة كمال الشابي بالرحيل الفوري.');
    expect([head.official, head.role]).toEqual([true, null]);
  });

  it('finds no head in a body named after a king', () => {
    expect(people('وأعلنت هيئة محمد السادس للتضامن عن برنامج جديد.').map((e) => e.name)).toEqual([]);
  });
});
