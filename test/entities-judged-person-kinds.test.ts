import { describe, expect, it } from 'vitest';
import { sortedNames as names } from './helpers/entity-people.js';

// Kinds of person errors found among persons judged one by one (eval/ant audits), on made-up sentences written for these tests.

describe('a family name that reads as "ك" + a noun', () => {
  it('ends the name when the noun is common only with the article', () => {
    expect(names('وأكد الناشط الحقوقي، سامي نجيب كحيلة، أن الجلسة تأجلت.')).toEqual(['سامي نجيب كحيلة']);
  });
});

describe('a word in "ا" the news never writes so, right after a lone given name', () => {
  it('is a foreign family name, no adverb', () => {
    expect(names('وكان رئيس الاتحاد الدولي للتجديف فيليب جودا قد زار الملعب أمس.')).toEqual(['فيليب جودا']);
  });
});

describe('a given name that spells a verb, right after a trade noun', () => {
  it('opens the name', () => {
    expect(names('أعلن الملعب القابسي عن تعاقده مع اللاعب يسري العياري لمدة موسمين.')).toEqual(['يسري العياري']);
  });
  it('also where the article gives the family name alone', () => {
    expect(names('أعلن الملعب القابسي عن تعاقده مع اللاعب يسري العياري لمدة موسمين.', 'ويذكر أن العياري من مواليد الجهة.')).toEqual(['يسري العياري']);
  });
  it('leaves a common verb after a club that shares a trade noun alone', () => {
    expect(names('النجم يستضيف سمير العياري في ندوة صحفية.')).toEqual(['سمير العياري']);
  });
});

describe('"ب" + a town the lexicon lacks before a word the news mostly takes for a person', () => {
  it('completes the office, none of the name', () => {
    expect(names('وأكد الكاتب العام لنقابة التعليم الأساسي بتطاوين أنيس الهمامي أن الإضراب قائم.')).toEqual(['أنيس الهمامي']);
  });
});

describe('a common noun with "ك" (your)', () => {
  it('is no name, even before an office word', () => {
    expect(names('مشاركة دليلك ملك تثير الجدل')).toEqual([]);
  });
});

describe('"هو" glued to the noun after a name', () => {
  it('is set apart: the name ends before it', () => {
    expect(names('وقال سامي الحداد هوعضو المكتب التنفيذي للجمعية إن الاجتماع تأجل.')).toEqual(['سامي الحداد']);
  });
  it('leaves a word of "هو" + a noun with a pronoun ending alone', () => {
    expect(names('وقال سامي الحداد إن هويتهم معروفة.')).toEqual(['سامي الحداد']);
  });
});

describe('the last word of a foreign medium\'s name right before a name', () => {
  it('closes the medium\'s name; the person\'s name opens after it', () => {
    expect(names('وكتب المراسل بنيويورك تايمز جون سميث، أن الانتخابات ستؤجل.')).toEqual(['جون سميث']);
  });
  it('is read as the person\'s after a title', () => {
    expect(names('وقال الرئيس شو يانغ لي إن المنطقة تتغير.')).toEqual(['شو يانغ لي']);
  });
});

describe('a name set off by commas right after an office', () => {
  it('ends at the closing comma, a common word there being the family name', () => {
    expect(names('أفاد وزير الصحة، سامي الأنور معروف، اليوم الاحد، أنّ القانون جاهز.')).toEqual(['سامي الأنور معروف']);
  });
  it('does not take that word without the office', () => {
    expect(names('قال سامي الأنور معروف، اليوم الاحد، إن العمل مستمر.')).toEqual(['سامي الأنور']);
  });
});

describe('a name right after "أولاد" left out of the span', () => {
  it('is the rest of a place\'s or a tribe\'s name, no person', () => {
    expect(names('وزار الوفد قرى أولاد علوان – أولاد عبد الله – أولاد الخشين.')).toEqual([]);
  });
  it('leaves a family name that opens with "أولاد" whole', () => {
    expect(names('وقال الشاعر سامي أولاد أحمد إن الشعر حي.')).toEqual(['سامي أولاد أحمد']);
  });
});
