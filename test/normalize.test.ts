import { describe, expect, it } from 'vitest';
import { findMatches, fold, foldArabic, matchesQuery } from '../src/text/normalize.js';

describe('foldArabic', () => {
  it('folds alef and hamza forms', () => {
    expect(foldArabic('أإآٱ').folded).toBe('اااا');
    expect(foldArabic('مؤمني').folded).toBe('مومني');
    expect(foldArabic('هيئة').folded).toBe('هييه');
  });
  it('folds alef maqsura and taa marbuta', () => {
    expect(foldArabic('على').folded).toBe('علي');
    expect(foldArabic('وزارة').folded).toBe('وزاره');
  });
  it('removes harakat, superscript alef and tatweel', () => {
    expect(foldArabic('مُحَمَّد').folded).toBe('محمد');
    expect(foldArabic('هٰذا').folded).toBe('هذا');
    expect(foldArabic('عـــربي').folded).toBe('عربي');
  });
  it('maps Persian letters and digits', () => {
    expect(foldArabic('ایران کشور').folded).toBe('ايران كشور');
    expect(foldArabic('٢٠٢٤ و ۱۴۰۳').folded).toBe('2024 و 1403');
  });
  it('lowercases Latin and drops accents', () => {
    expect(foldArabic('Momeni É').folded).toBe('momeni e');
  });
  it('keeps a map from folded to original offsets, with a final entry', () => {
    const text = 'مُؤْمِني';
    const { folded, map } = foldArabic(text);
    expect(folded).toBe('مومني');
    expect(map).toEqual([0, 2, 4, 6, 7, 8]);
    for (let i = 0; i < folded.length; i++) expect(foldArabic(text[map[i]]).folded).toBe(folded[i]);
  });
});

describe('findMatches', () => {
  it('finds a hamza spelling from a plain query, at original offsets', () => {
    const text = 'وأكد مؤمني أن الوزير مؤمني';
    const matches = findMatches(text, 'مومني');
    expect(matches).toEqual([
      { start: 5, end: 10 },
      { start: 21, end: 26 },
    ]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe('مؤمني');
  });
  it('matches across harakat in either direction', () => {
    const voweled = 'قالَ مُحَمَّدٌ';
    const [match] = findMatches(voweled, 'محمد');
    expect(voweled.slice(match.start, match.end)).toBe('مُحَمَّدٌ');
    const plain = 'قال محمد';
    const [back] = findMatches(plain, 'مُحَمَّد');
    expect(plain.slice(back.start, back.end)).toBe('محمد');
  });
  it('is case-insensitive for Latin and returns non-overlapping matches', () => {
    expect(findMatches('Iran IRAN iran', 'iran')).toHaveLength(3);
    expect(findMatches('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
  it('finds nothing for an empty query', () => {
    expect(findMatches('نص', '')).toEqual([]);
  });
});

describe('matchesQuery', () => {
  it('ignores spelling variants and optional spaces', () => {
    expect(matchesQuery('عبد الأمير الشمري', 'عبد الامير')).toBe(true);
    expect(matchesQuery('عبدالله', 'عبد الله')).toBe(true);
    expect(matchesQuery('إيران', 'العراق')).toBe(false);
  });
});

describe('fold', () => {
  it('agrees with foldArabic on every character up to U+3000 and on mixed words', () => {
    for (let code = 0; code < 0x3000; code++) {
      const word = 'a' + String.fromCharCode(code) + 'ب';
      expect(fold(word)).toBe(foldArabic(word).folded);
    }
    for (const word of ['مُؤْمِني', 'وزارة', 'Momeni', 'ایران', '٢٠٢٤', 'عـــربي', 'plain', 'مومني']) {
      expect(fold(word)).toBe(foldArabic(word).folded);
    }
  });
});
