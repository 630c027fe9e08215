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

/** The end (after ")") of the Latin gloss in brackets opening at `open`, or -1. */
export function latinGlossEnd(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  let end = open + 1;
  while (end < tokens.length && end - open - 1 < MAX_GLOSS_WORDS && tokens[end].isWord && LATIN_WORD.test(tokens[end].text)) end++;
  return end > open + 1 && tokens[end]?.text === ')' ? end + 1 : -1;
}

/** How many Latin words the gloss opening at `open` has (0 for none). */
export function latinGlossWordCount(tokens: readonly Token[], open: number): number {
  const end = latinGlossEnd(tokens, open);
  return end < 0 ? 0 : end - open - 2;
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
