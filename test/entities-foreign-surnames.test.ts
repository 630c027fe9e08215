import { describe, expect, it } from 'vitest';
import { sortedNames as names } from './helpers/entity-people.js';

describe('a foreign family name the article gives in full, right after a verb', () => {
  it('closes the name: the next name is the verb\'s object', () => {
    expect(names('أعلن الرئيس البرتغالي جواو فيرنانديش تشكيلة حكومته. واختار فيرنانديش ماريو كوستاش لمنصب وزير المالية.')).toEqual(['جواو فيرنانديش', 'ماريو كوستاش']);
  });

  it('splits two family names the article gives in full ("وهاجمت لوبان ماكرون")', () => {
    expect(names('أعلن الرئيس الفنلندي ماتي هالونيوس تشكيلة حكومته. وهاجمت المرشحة هيلغا شتورمان الرئيس. وهاجمت شتورمان هالونيوس في المناظرة.')).toEqual(['هيلغا شتورمان', 'ماتي هالونيوس'].sort());
  });

  it('leaves an Arabic given name that is another\'s family name alone ("محمد علي", "علي حسن")', () => {
    expect(names('وقال الوزير سامي علي إن الوضع هادئ. وأكد النائب علي حسن أن الوضع هادئ.')).toEqual(['سامي علي', 'علي حسن']);
  });
});

describe('a verb of the second form written with its shadda ("عيّن") after a family name', () => {
  it('is no part of the name', () => {
    const found = names('قال رئيس بلاروسيا فلاديمير غوريفيتش إنه مسرور. وقال بيان إن غوريفيتش عيّن زوجته نائبة له.');
    expect(found).toContain('فلاديمير غوريفيتش');
    expect(found.some((name) => name.includes('عيّن'))).toBe(false);
  });
});

describe('a plural in the construct state before a known family name', () => {
  it('governs the name ("أحد أقوى داعمي ماكرون")', () => {
    expect(names('وقال الرئيس الفنلندي ماتي هالونيوس إنه مسرور. وكان كولومب أحد أقوى داعمي هالونيوس في الحزب.')).toEqual(['ماتي هالونيوس']);
  });
});

describe('the French article "لو" that a tagged name ends on', () => {
  it('takes the family name after it', () => {
    expect(names('وقال الوزير الفرنسي جان بيار لو غوفيك إن الاقتصاد بخير.')).toEqual(['جان بيار لو غوفيك']);
  });
});
