/**
 * "الصحفي بواشنطن بوست كريستيان فلان", "مراسل لفوكس نيوز جون علان": the last word of a foreign
 * medium's or company's name ("بوست", "نيوز", "تايمز") right after the rest of that name closes it; the
 * person's name opens after it, never with it.
 */
import { isListedNameWord } from './given-names.js';
import { foldedForeignOrganizationTails } from './lexicon.js';
import { isTitleWord } from './spans.js';
import type { Token } from './tokenize.js';

/** Whether the word at `index` is a foreign medium's or company's tail after the word that opens its name. */
export function isMediumTailAfterItsName(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  const before = tokens[index - 1];
  // (After a title the word is read as the person's: "الرئيس شو".)
  return foldedForeignOrganizationTails.has(word.folded) && !isListedNameWord(word.folded) && before?.isWord === true && !isTitleWord(before);
}
