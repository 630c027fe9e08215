/**
 * Arabic proclitics (و ف conjunctions, ب ل ك prepositions) written attached to the next word.
 * Stripping is guarded: many names begin with these letters (وليد، فيصل، بشار، كمال، لطفي), so a
 * letter is only removed when what remains is a known word or an article-marked noun.
 */
import { recordOfToken, rememberedYesNoPerWord, type WordHolder, wordRecord } from './word-memo.js';

export interface Stripped {
  /** Code units removed from the start of the written word. */
  offset: number;
  /** The folded remainder. */
  stem: string;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ك', 'ل'];

export interface Reading {
  /** Folded characters removed from the start. */
  removed: number;
  stem: string;
}

/**
 * Candidate readings of a folded word (or a token's), longest stem first, each with the number of
 * folded characters removed. "وبالعراق" yields وبالعراق, بالعراق, العراق. The result is shared: do
 * not modify it. Worked out once per word and kept in its record (every stage of the extractor asks
 * about the same words again).
 */
export function procliticReadings(word: string | WordHolder): readonly Reading[] {
  const record = typeof word === 'string' ? wordRecord(word) : recordOfToken(word);
  return (record.readings ??= readingsOfWord(record.folded));
}

/**
 * A test of whether any reading of a folded word is in `words` ("وقال" reads "قال"). Rules ask this
 * of every token of the article against one closed list: the test keeps its answer per word.
 */
export function readingInList(words: ReadonlySet<string>): (word: string | WordHolder) => boolean {
  return rememberedYesNoPerWord((_, word) => {
    // (A loop, not `some` with a closure: each new word is asked this by some ten lists, and the
    // compiler inlines neither, see compiler-settings.ts.)
    const readings = procliticReadings(word);
    for (let r = 0; r < readings.length; r++) if (words.has(readings[r].stem)) return true;
    return false;
  });
}

function readingsOfWord(folded: string): Reading[] {
  const readings = [{ removed: 0, stem: folded }];
  let rest = folded;
  let removed = 0;
  if (rest.length > 3 && CONJUNCTIONS.includes(rest[0])) {
    rest = rest.slice(1);
    removed++;
    readings.push({ removed, stem: rest });
  }
  if (rest.length > 3 && PREPOSITIONS.includes(rest[0])) {
    // "لل" is ل + ال with the alef dropped: the article is not recoverable as a slice, so stop here.
    if (!(rest[0] === 'ل' && rest[1] === 'ل')) {
      readings.push({ removed: removed + 1, stem: rest.slice(1) });
    }
  }
  return readings;
}

/**
 * "كولن", "كوفي": "ك" (as, like) before a word without the article is rare in news ("كالعادة" is the
 * usual use), and many foreign names open with the letter, so such a reading is no reason to doubt
 * that a rare word is a name. Nor is a clitic before "و" and a particle ("بولا").
 */
export function isBareLikeReading(folded: string, reading: Reading): boolean {
  return reading.removed > 0 && ((folded[reading.removed - 1] === 'ك' && !reading.stem.startsWith('ال')) || CONJOINED_PARTICLES.has(reading.stem));
}

/**
 * "ولا", "ولم", "وما" (folded): "و" and a particle, which no preposition governs: "بولا" (Paula) is
 * no "ب" + "ولا" (isBareLikeReading).
 */
const CONJOINED_PARTICLES = new Set(['ولا', 'ولم', 'ولن', 'وما', 'وقد', 'وان', 'وهو', 'وهي', 'ومن', 'وفي', 'وعن', 'وعلي']);

/**
 * Strips proclitics from a written word when the remainder satisfies `isKnown` or starts with the
 * article ال. Offsets are in the original (unfolded) word, skipping any marks on removed letters.
 */
export function stripProclitics(token: WordHolder & { readonly text: string }, isKnown: (stem: string) => boolean): Stripped {
  const { text: written, folded } = token;
  const readings = procliticReadings(token);
  for (let i = readings.length - 1; i >= 1; i--) {
    const reading = readings[i];
    if (isKnown(reading.stem) || (reading.stem.startsWith('ال') && reading.stem.length > 3)) {
      return { offset: writtenOffset(written, reading.removed), stem: reading.stem };
    }
  }
  return { offset: 0, stem: folded };
}

/** Offset in the written word after `letters` base letters (combining marks count with their letter). */
export function writtenOffset(written: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < written.length && seen < letters) {
    i++;
    seen++;
    while (i < written.length && /[\u064b-\u065f\u0670\u0640]/.test(written[i])) i++;
  }
  return i;
}
