/**
 * The punctuation tokens that end a sentence or a clause, for the rules that look for something in the
 * same sentence. Arabic and Latin spellings alike: the news writes both ("؟" and "?", "؛" and ";").
 */
import type { Token } from './tokenize.js';

/** Marks that end a sentence: the full stop, the question mark and the exclamation mark. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '؟', '?']);

/**
 * Marks that end a clause: a sentence end or a semicolon, which joins two sentences in one ("دعت
 * النقابة إلى الإضراب؛ وقال أمينها العام ..."). A rule that looks back for what a word refers to in
 * its sentence stops at either.
 */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([...SENTENCE_ENDS, '؛', ';']);

/** The index of the first token of the clause that holds token `i` (after the last clause end before it). */
export function clauseStartAt(tokens: readonly Token[], i: number): number {
  let start = i;
  while (start > 0 && !CLAUSE_ENDS.has(tokens[start - 1].text)) start--;
  return start;
}

/** Whether one of `marks` (SENTENCE_ENDS, CLAUSE_ENDS) stands among tokens `from` to `to` (not included). */
export function hasMarkBetween(tokens: readonly Token[], from: number, to: number, marks: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (marks.has(tokens[k].text)) return true;
  return false;
}
