import { describe, expect, it } from 'vitest';
import { sortedNames as names } from './helpers/entity-people.js';

// Common words, verbal nouns and phrases whose shape no name has, on made-up sentences written for these tests.

describe('a noun with a preposition and a pronoun ending', () => {
  it('is no person, even right after an office', () => {
    expect(names('وأشار إلى الدعم الكبير الذي وعد الرئيس البرازيلي الجديد بمضاعفتها عندما أعلن نقل المقر.')).toEqual([]);
  });
  it('nor is a feminine noun with a pronoun ending', () => {
    expect(names('وطالبت النقابة الهيئة المستقلة للاتصال بوضع حد لهذه التجاوزات وسلطتها في تطبيق القرارات.')).toEqual([]);
  });
  it('leaves a family name of the same letters alone', () => {
    expect(names('وقال آمر الحرس الوطني كريم براهم إن الوحدات تدخلت.')).toEqual(['كريم براهم']);
  });
});

describe('the verbal noun of a derived verb before a name', () => {
  it('is in the construct with the name, none of it', () => {
    expect(names('بلقاسم : استبداد منير الحمامي أضر بالحزب وبالبلاد')).toEqual(['منير الحمامي']);
  });
  it('leaves foreign names of the same outline and listed names alone', () => {
    expect(names('وقال المهاجم الأرجنتيني استيبان روميرو إن الفريق جاهز.')).toEqual(['استيبان روميرو']);
    expect(names('وقال الرسام الفرنسي أنطوان دوبوا إن المعرض جاهز.')).toEqual(['أنطوان دوبوا']);
    expect(names('وقالت النائبة ابتسام الورغي إن المشروع جاهز.')).toEqual(['ابتسام الورغي']);
  });
});

describe('"ك" of "as" on a trade or common noun', () => {
  it('gives a capacity, no name', () => {
    expect(names('وتضم الإطارات الفنية سمير الخياري مدربا مساعدا و نور الدين قفصاوي كمعد بدني .')).toEqual(['سمير الخياري', 'نور الدين قفصاوي']);
  });
  it('leaves a family name that is a word of its own alone', () => {
    expect(names('وأكد سمير كامل، رئيس مصلحة بالإدارة الجهوية للتجارة، حجز الكمية.')).toEqual(['سمير كامل']);
  });
});

describe('"و" + a preposition written with its final "ى"', () => {
  it('opens no name', () => {
    expect(names('وقع الاستماع إلى سامي الهمامي وإلى طاهر بوشلاكة والتحقيق متواصل.')).not.toContain('إلى طاهر بوشلاكة');
    expect(names('وقع الاستماع إلى سامي الهمامي وإلى طاهر بوشلاكة والتحقيق متواصل.')).toContain('طاهر بوشلاكة');
  });
  it('leaves "ف" + a name alone', () => {
    expect(names('وقال الممثل فان ديزل، الذي ظهر في الفيلم، إنه سعيد.')).toEqual(['فان ديزل']);
  });
});

describe('a participle of a derived verb after a title', () => {
  it('is an adjective of the titled person', () => {
    expect(names('وقال الصحفي المنضم حديثا إلى الحزب إن الحزب قوي.')).toEqual([]);
    expect(names('وسيتم خلال الأيام المقبلة الإعلان عن المدرب المعوض.')).toEqual([]);
  });
});

describe('a listed given name that the news almost never takes for a person', () => {
  it('is the common word when alone and untitled', () => {
    expect(names('وانتهى الاجتماع ببيان أكد أن الحل السياسي هو الخيار الوحيد.')).toEqual([]);
    expect(names('وأكد الوفد ذلك بخطاب سلمه إلى الأمين العام.')).not.toContain('خطاب');
  });
  it('is someone named by one word after an office or a verb of saying', () => {
    expect(names('وقال بري إن المجلس سينعقد غدا.')).toEqual(['بري']);
  });
});

describe('a word after the vocative "يا"', () => {
  it('is a slogan\'s epithet when the article names no one so elsewhere', () => {
    expect(names('شركة الاتصالات تطلق "العرض الجديد يا رابح"')).toEqual([]);
  });
});
