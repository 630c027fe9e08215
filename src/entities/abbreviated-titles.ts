/**
 * Titles abbreviated to a letter and a dot before a name: "د." (doctor) and "م." (engineer), as in
 * "محافظ الهيئة م. فلان". "م." after a number is the calendar's ("2016 م.") or a metre, no title.
 */
import { OPENS_WITH_DIGIT, type Token } from './tokenize.js';

/** The letters of abbreviated titles, folded. */
const TITLE_LETTERS = new Set(['د', 'م']);

/** Whether the word at i is an abbreviated title's letter, its dot right after it. */
export function isAbbreviatedTitleAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isWord || !TITLE_LETTERS.has(token.folded) || tokens[i + 1]?.text !== '.') return false;
  return token.folded !== 'م' || !OPENS_WITH_DIGIT.test(tokens[i - 1]?.text ?? '');
}
