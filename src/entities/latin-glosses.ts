/**
 * "نيكولا أورلاندو (Nicola Orlando)": news writes a foreign name's Latin spelling in brackets right
 * after the Arabic one. The bracket's words, counted, bound the Arabic name too: a word of it that
 * reads as a place ("أورلاندو") is still the name's when the Latin gives as many words.
 */
import type { Token } from './tokenize.js';

/** A word in Latin letters (a name's spelling), apostrophes, dots and hyphens allowed. */
const LATIN_WORD = /^[A-Za-z][A-Za-z'.-]*$/;
/** The most words such a gloss has. */
const MAX_GLOSS_WORDS = 4;

/** An apostrophe the tokenizer splits off inside a Latin word ("Fo'an": "فوآن", one word in Arabic). */
const APOSTROPHES = new Set(["'", '’']);
/** A hyphen inside a Latin name ("Se-hoon": "سي هون", two words in Arabic). */
const HYPHENS = new Set(['-', '‐']);

/**
 * The Latin gloss in brackets opening at `open`: its end (after ")") and how many words the Arabic
 * spelling has, or null. A word's pieces glued by an apostrophe ("Fo" "'" "an") are one word; those
 * glued by a hyphen ("Se" "-" "hoon") two, as Arabic writes them.
 */
function latinGloss(tokens: readonly Token[], open: number): { end: number; words: number } | null {
  if (tokens[open]?.text !== '(') return null;
  let end = open + 1;
  let words = 0;
  const latin = (k: number): boolean => tokens[k]?.isWord === true && LATIN_WORD.test(tokens[k].text);
  const gluedBetween = (k: number, joiners: ReadonlySet<string>): boolean => joiners.has(tokens[k]?.text ?? '') && tokens[k].start === tokens[k - 1].end && latin(k + 1) && tokens[k + 1].start === tokens[k].end;
  while (words < MAX_GLOSS_WORDS && latin(end)) {
    end++;
    while (gluedBetween(end, APOSTROPHES)) end += 2;
    if (gluedBetween(end, HYPHENS)) end++;
    words++;
  }
  return words > 0 && tokens[end]?.text === ')' ? { end: end + 1, words } : null;
}

/** The end (after ")") of the Latin gloss in brackets opening at `open`, or -1. */
export function latinGlossEnd(tokens: readonly Token[], open: number): number {
  return latinGloss(tokens, open)?.end ?? -1;
}

/** How many Latin words the gloss opening at `open` has (0 for none). */
export function latinGlossWordCount(tokens: readonly Token[], open: number): number {
  return latinGloss(tokens, open)?.words ?? 0;
}

/** Whether the words from `start` to `end` (two or more) are glossed word for word by the Latin after them. */
export function isGlossedWordForWord(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start >= 2 && latinGlossWordCount(tokens, end) === end - start;
}

/**
 * "ولينا مندوني (Lina Mendoni)": whether the first Arabic word's "و" is the conjunction, the Latin
 * spelling of the name opening with no sound that "و" writes (w, v, o, u: "وليد" is "Walid").
 */
export function isConjunctionBeforeGlossedName(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  const latin = tokens[end + 1];
  return first?.isWord === true && first.folded.startsWith('و') && first.folded.length > 3 && isGlossedWordForWord(tokens, start, end) && !/^[WwVvOoUu]/.test(latin?.text ?? '');
}
