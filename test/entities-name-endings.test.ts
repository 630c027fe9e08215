import { describe, expect, it } from 'vitest';
import { conjoinedNamesEnd } from '../src/entities/conjoined-names.js';
import { hasNotNameEnding } from '../src/entities/name-parts.js';
import { tokenize } from '../src/entities/tokenize.js';

const word = (text: string) => tokenize(text)[0];

describe('a word ending as a verb or with a pronoun is no name word, a written "ة" aside', () => {
  it('reads "ته" as "his" only where the word is not written with "ة"', () => {
    expect(hasNotNameEnding(word('زوجته'))).toBe(true);
    expect(hasNotNameEnding(word('توجهوا'))).toBe(true);
    // Folding writes "ة" as "ه": "بوزقيتة" folds to end in "ته" but carries no pronoun.
    expect(hasNotNameEnding(word('بوزقيتة'))).toBe(false);
  });

  it('takes a name ending in "ـتة" after "و" on a list of names, not a noun with "his"', () => {
    const endAfter = (text: string, end: number): number => conjoinedNamesEnd(tokenize(text), end, () => true, () => false);
    expect(endAfter('ماركو بيرتولي وبوزقيتة في الملعب', 2)).toBe(3);
    expect(endAfter('ماركو بيرتولي وزوجته في الملعب', 2)).toBe(2);
  });
});
