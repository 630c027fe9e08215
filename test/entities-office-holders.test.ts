import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

const official = (text: string): [string, boolean, string | null][] => people(text).map((e) => [e.name, e.official, e.role]);

describe('"ل" + a verbal noun with a pronoun after an office', () => {
  it('is the purpose of the act, not part of the office', () => {
    expect(official('واتصل الوزير بالسيد كمال الورتاني وزير الشؤون الخارجية لإعلامه بتأجيل الزيارة.')).toEqual([['كمال الورتاني', true, 'وزير الشؤون الخارجية']]);
  });

  it('leaves a body\'s name that opens with a hamza in the office', () => {
    expect(official('وقال سامي القرفالي الرئيس التنفيذي لأرامكو إن الشركة بخير.')).toEqual([['سامي القرفالي', true, 'الرئيس التنفيذي لأرامكو']]);
  });
});

describe('"التي يشغلها فلان": a relative clause of holding the office before the name', () => {
  it('makes the name after it the holder of that office', () => {
    expect(official('وقرر المكتب إلغاء خطة المدير التنفيذي التي يشغلها سامي الخماري وإعادة توزيع المسؤوليات.')).toEqual([['سامي الخماري', true, 'المدير التنفيذي']]);
  });

  it('leaves another verb after the relative pronoun alone', () => {
    expect(official('وقرر المكتب إلغاء خطة المدير التنفيذي التي انتقدها سامي الخماري أمس.').map(([, isOfficial]) => isOfficial)).toEqual([false]);
  });
});

describe('the leader of an armed group', () => {
  it('is an official with that office ("زعيم تنظيم ...", "قائد كتيبة ..."), as the gold sets list him', () => {
    expect(official('وقال زعيم تنظيم الدولة أبو عمر الخماري إن التنظيم باق.')).toEqual([['أبو عمر الخماري', true, 'زعيم تنظيم الدولة']]);
    expect(official('وأكد قائد كتيبة شهداء الوادي سامي الخماري أن الكتيبة انسحبت.')).toEqual([['سامي الخماري', true, 'قائد كتيبة شهداء الوادي']]);
  });

  it('leaves a movement\'s or an army\'s leader an official', () => {
    expect(official('وقال زعيم حركة النهضة سامي الخماري إن الحركة باقية.')).toEqual([['سامي الخماري', true, 'زعيم حركة النهضة']]);
    expect(official('وقال قائد الجيش الوطني سامي الخماري إن الوضع هادئ.')).toEqual([['سامي الخماري', true, 'قائد الجيش الوطني']]);
  });
});
