import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

// Persons the extraction used to miss, on made-up sentences written for these tests.

describe('a different given name before a family name of the article', () => {
  it('is a second person after a definite title, even a given name that is a common word', () => {
    const found = people('وقالت النائبة منيرة الشابي إن المجلس سيصوت على القانون غدا.', 'وقالت النائبة كريمة الشابي إن القانون يحتاج إلى تعديل.');
    expect(found.map((e) => e.name).sort()).toEqual(['كريمة الشابي', 'منيرة الشابي']);
    expect(found.find((e) => e.name === 'كريمة الشابي')?.role).toBe('النائبة');
  });

  it('is no person after a word that only qualifies ("الأولى") or with a conjunction on the family name', () => {
    const found = people('وقالت النائبة منيرة الشابي إن المجلس سيصوت على القانون غدا.', 'وللمسألة وجهان، الأولى أخلاقية فالشابي لم تتحدث عن ذلك.');
    expect(found.map((e) => e.name)).toEqual(['منيرة الشابي']);
  });
});

describe('a given name written with "آ"', () => {
  it('is no word with the article after a verb of saying ("آلان" folds like "الآن")', () => {
    expect(people('وقال آلان حداد إن الحزب لن يشارك في الحكومة.').map((e) => e.name)).toEqual(['آلان حداد']);
    expect(people('وقال آلاف المحتجين إن مطالبهم لم تتحقق.')).toEqual([]);
  });
});

describe('a two-letter East Asian family name after a verb of saying', () => {
  it('opens the name before rare foreign words up to what was said', () => {
    expect(people('وقالت لي مين جونغ إن الشركة ستتوسع.').map((e) => e.name)).toEqual(['لي مين جونغ']);
    expect(people('وقال جو كانغ إن الوضع صعب.').map((e) => e.name)).toEqual(['جو كانغ']);
  });

  it('is "to me" before a name list\'s word or a common noun', () => {
    expect(people('وقال لي مسؤول كبير إن الوضع صعب.', 'وقال لي صديقي إن الوضع صعب.')).toEqual([]);
    expect(people('وقال لي أحمد إن الوضع صعب.').map((e) => e.name)).not.toContain('لي أحمد');
  });
});

describe('a given name the news rarely uses as one, after a verb of saying', () => {
  it('opens a name before a family name rare in running text and what was said', () => {
    expect(people('وقال رائد الخوالدة إن المشروع سيكتمل العام المقبل.').map((e) => e.name)).toEqual(['رائد الخوالدة']);
    expect(people('وقال رائد الفضاء إن الرحلة ناجحة.')).toEqual([]);
  });
});

describe('a short foreign given name written like an Arabic word, after an office phrase', () => {
  it('opens the name before a word the news never writes', () => {
    expect(people('وأكد المنسق الخاص تور فينسلاند أن الوضع خطير.').map((e) => [e.name, e.role])).toEqual([['تور فينسلاند', 'المنسق الخاص']]);
  });

  it('is no preposition with a pronoun ("بها": there)', () => {
    expect(people('وحضر رئيس المجلس البلدي بها ماركو سيليني الحفل.').map((e) => e.name)).toEqual(['ماركو سيليني']);
  });
});

describe('a woman\'s given name rare in running text, after a feminine verb of saying', () => {
  it('opens a name before a family name with the article and what was said', () => {
    expect(people('وقالت جليلة الطرابلسي إن المعرض يضم مئة لوحة.').map((e) => e.name)).toEqual(['جليلة الطرابلسي']);
    expect(people('وقالت متحدثة الوزارة إن القرار نهائي.', 'وقالت رابطة المحامين إن القرار ظالم.')).toEqual([]);
  });
});

describe("a who's who list of name : description entries", () => {
  const list = ['وهذه أبرز الوجوه في السباق:', 'جورج بوش : رئيس سابق للولايات المتحدة', 'بيل كلينتون : رئيس سابق أيضا', 'توماسو غريلوني : مرشح مستقل يترشح للمرة الأولى', 'الأسباب : غياب البرامج'];

  it('names a person at every head of the same shape once the tagger takes two heads for persons', () => {
    expect(people(...list).map((e) => e.name)).toContain('توماسو غريلوني');
    expect(people(...list).map((e) => e.name)).not.toContain('الأسباب');
  });

  it('names none where the tagger takes fewer than two heads for persons', () => {
    expect(people('توماسو غريلوني : مرشح مستقل يترشح للمرة الأولى', 'النتائج الأولية : تقدم اليمين').map((e) => e.name)).toEqual([]);
  });
});

describe('a name in quotes right after a full office', () => {
  it('is the holder where the office closes on a definite word', () => {
    const found = people('وأعلنت الحكومة إقالة وزير النقل "هوانغ تشاي" بعد الحادث.');
    expect(found.map((e) => [e.name, e.role])).toEqual([['هوانغ تشاي', 'وزير النقل']]);
  });

  it('is the rest of a body\'s name after a bare noun or a word the news writes often', () => {
    expect(people('وقال مدير معهد "ويست بروك" إن النتائج جيدة.')).toEqual([]);
    expect(people('وأكد مراسل الإذاعة "اف ام" أن الوضع هادئ.')).toEqual([]);
  });
});
