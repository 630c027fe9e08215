/**
 * "الصحفي بواشنطن بوست كريستيان فلان", "مراسل لفوكس نيوز جون علان": the last word of a foreign
 * medium's or company's name ("بوست", "نيوز", "تايمز") right after the rest of that name closes it; the
 * person's name opens after it, never with it.
 */
import { isListedNameWord } from './given-names.js';
import { foldedForeignOrganizationTails } from './lexicon.js';
import { isTitleWord } from './spans.js';
import { isDefinite, isOrganizationHead } from './office-words.js';
import type { Token } from './tokenize.js';

/** Whether the word at `index` is a foreign medium's or company's tail after the word that opens its name. */
export function isMediumTailAfterItsName(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  const before = tokens[index - 1];
  // (After a title the word is read as the person's: "الرئيس شو".)
  return foldedForeignOrganizationTails.has(word.folded) && !isListedNameWord(word.folded) && before?.isWord === true && !isTitleWord(before);
}

/**
 * After the head of a body at `at - 1` ("لمجموعة", "شركة") and the first word of its foreign name,
 * where that name closes with an English company tail ("ساكورا موتور بارتس", "نوردفيل إنرجي"): the
 * end of the tail, or -1. All the words between are bare, no article, clitic-free as transliterations are.
 */
export function foreignCompanyTailEnd(tokens: readonly Token[], at: number): number {
  const head = tokens[at - 2];
  if (head?.isWord !== true || !isOrganizationHead(head) || isDefinite(head) || tokens[at - 1]?.isWord !== true || isDefinite(tokens[at - 1])) return -1;
  for (let k = at; k < at + MAX_NAME_WORDS_BEFORE_TAIL && tokens[k]?.isWord === true && !isDefinite(tokens[k]); k++) {
    if (foldedForeignOrganizationTails.has(tokens[k].folded)) return k + 1;
  }
  return -1;
}

/** The most words of a foreign company's name between its first word and its English tail. */
const MAX_NAME_WORDS_BEFORE_TAIL = 3;
