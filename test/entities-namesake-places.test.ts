import { describe, expect, it } from 'vitest';
import { officials, people } from './helpers/entity-people.js';

// Made-up sentences written for these tests (no article text is copied).

describe('places named after someone inside an office phrase (namesake-places.ts)', () => {
  it('keeps the namesake and the town in the office after a definite head and its adjective; the holder follows the comma', () => {
    expect(officials('وقالت رئيسة مصلحة طب العيون بالمستشفى الجهوي المنجي سليم بقابس، الدكتورة ريم العياري، إن الإقبال كبير.')).toEqual([
      ['ريم العياري', 'رئيسة مصلحة طب العيون بالمستشفى الجهوي المنجي سليم بقابس'],
    ]);
  });

  it('does so after a head in the construct state and a town with the article', () => {
    const found = people('وأفادت مديرة قسم الأطفال بمستشفى الطاهر صفر بالمهدية، الأستاذة سنية الزواري، بأن الحالات مستقرة.');
    expect(found.map((e) => [e.name, e.role])).toEqual([['سنية الزواري', 'مديرة قسم الأطفال بمستشفى الطاهر صفر بالمهدية']]);
  });

  it('ends the namesake at the town when the holder follows with no comma', () => {
    expect(officials('وأوضح مدير المدرسة الإعدادية علي البلهوان بالقيروان منير الشابي أن الدروس انطلقت.')).toEqual([
      ['منير الشابي', 'مدير المدرسة الإعدادية علي البلهوان بالقيروان'],
    ]);
  });

  it('takes a name set off by commas after the town for the holder', () => {
    expect(officials('وقالت رئيسة جمعية الطاهر الحداد بنابل، سلوى الكافي، إن التظاهرة ستتواصل.')).toEqual([
      ['سلوى الكافي', 'رئيسة جمعية الطاهر الحداد بنابل'],
    ]);
  });

  it('keeps a name after a definite body and its adjective the holder\'s before a comma and the next titled name', () => {
    const found = officials('وجمع اللقاء رئيس المجلس الرئاسي نوري الدباشي، والمشير سالم الفيتوري في العاصمة.');
    expect(found).toContainEqual(['نوري الدباشي', 'رئيس المجلس الرئاسي']);
  });

  it('takes a name written only after heads of places named after someone, one in the construct state, for no one', () => {
    const found = people('مدير مستشفى الطاهر صفر بالمهدية يفتتح قسما جديدا', 'وافتتح مدير المستشفى الجامعي الطاهر صفر بالمهدية منير الشابي القسم. وكان مدير المستشفى الجامعي الطاهر صفر بالمهدية قد وعد بذلك.');
    expect(found.map((e) => e.name)).toEqual(['منير الشابي']);
  });

  it('reads a mention right after a definite head that opens its block without looking before the block (it threw)', () => {
    const found = people('وقال المدرب إن ملعب أحمد القابسي جاهز.', 'الملعب أحمد القابسي سيواجه الشبيبة.', 'وسجل أحمد القابسي هدفا.');
    expect(found.map((e) => e.name)).toEqual(['أحمد القابسي']);
  });

  it('leaves a name after a definite head with no town or comma after it to the holder', () => {
    expect(officials('وقال مدير المعهد الحبيب الزغلامي إن الدروس انطلقت.')).toEqual([['الحبيب الزغلامي', 'مدير المعهد']]);
  });
});

describe('women named after a feminine office', () => {
  it('reads "مية" written without a hamza as a given name, no number ("مئة")', () => {
    expect(officials('وأكدت الأمينة العامة المنتهية ولايتها مية القصوري أن الحزب سيواصل.')).toEqual([['مية القصوري', 'الأمينة العامة المنتهية ولايتها']]);
    expect(people('ومنحت البلدية مئة منحة للطلبة.')).toEqual([]);
  });

  it('reads a feminine office with the article whose lists hold it bare ("الكاتبة العامة")', () => {
    expect(officials('وأكدت الكاتبة العامة للنقابة وفاء الزواري أن الإضراب قائم.')).toEqual([['وفاء الزواري', 'الكاتبة العامة للنقابة']]);
  });
});
