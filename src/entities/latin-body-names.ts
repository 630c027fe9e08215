/**
 * "مدير التسويق بـOoredoo", "المدير العام بـ Orange Tunisie": "ب" + a body's name written in Latin
 * letters after an office names the company he works at, a complement of the office. The name is a
 * proper noun: it takes no genitive, so the phrase ends after it.
 */
import type { Token } from './tokenize.js';

/** Latin words of a company's name read after "ب" ("Orange Tunisie"). */
const MAX_LATIN_WORDS = 3;

const LATIN_WORD = /^[A-Za-z][A-Za-z0-9&.'-]*$/;

/** "بـOoredoo" (folded "بooredoo"): "ب" glued to a Latin word, the tatweel dropped by folding. */
const GLUED_LATIN = /^ب[a-z0-9]/i;

/**
 * Where the Latin body's name after "ب" at i ends ("بـOoredoo", "بـ Orange Tunisie"), or -1 when
 * the token at i is no such "ب".
 */
export function latinBodyEnd(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (!token?.isWord) return -1;
  let end: number;
  if (GLUED_LATIN.test(token.folded) && LATIN_WORD.test(token.folded.slice(1))) end = i + 1;
  else if (token.folded === 'ب' && LATIN_WORD.test(tokens[i + 1]?.text ?? '')) end = i + 2;
  else return -1;
  while (end < tokens.length && end - i <= MAX_LATIN_WORDS && tokens[end].isWord && LATIN_WORD.test(tokens[end].text)) end++;
  return end;
}
