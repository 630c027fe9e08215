import { describe, expect, it } from 'vitest';
import { sortedNames as names } from './helpers/entity-people.js';

// The word right after a bare title that is his verb or its object, not his name; made-up sentences written for these tests.

describe('a word right after a bare title', () => {
  it('is no name when it is a perfect verb before its complement', () => {
    expect(names('ورغم الخسارة فإن الرئيس وعد بمراجعة القانون قبل الصيف.')).toEqual([]);
    expect(names('وقالت النقابة إن الوزير غضّ الطرف عن مطالب العمال.')).toEqual([]);
  });
  it('nor when it is an imperfect verb of two or more', () => {
    expect(names('وفي الأثناء فإن الرئيس والمدرب يتمسكان بالاستقالة.')).toEqual([]);
  });
  it('nor when it is an object in the accusative before its adjective', () => {
    expect(names('ونظم الرئيس المنتخب قداسا رسميا بالمناسبة.')).toEqual([]);
  });
  it('nor when "ب" or "ل" glued to a common noun opens it before a definite object', () => {
    expect(names('وقام الرئيس الفرنسي بتحية الجنود في القاعدة.')).toEqual([]);
  });
  it('nor when a common noun before a bare office governs it, that office\'s holder named after it', () => {
    expect(names('ونقل السفير الإيطالي تهاني رئيس الحكومة منير الفرجاني إلى الشعب.')).toEqual(['منير الفرجاني']);
    expect(names('واستقبلت الملكة هند ملكة البلاد الضيوف.')).toEqual(['هند']);
  });
  it('leaves a one-word name after the title alone', () => {
    expect(names('وقال الرئيس ماكرون في كلمته إن الحكومة ستواصل الإصلاحات.')).toEqual(['ماكرون']);
    expect(names('واستقبل الشيخ تميم بالدوحة وفدا من رجال الأعمال.')).toEqual(['تميم']);
    expect(names('وتحدث الوزير لافروف بالهاتف مع نظيره.')).toEqual(['لافروف']);
  });
});
