/**
 * "البرلماني عن دائرة تطوان": Moroccan and Algerian copy calls a member of parliament "البرلماني", an
 * adjective everywhere else ("العمل البرلماني", "المجلس البرلماني"), so it opens an office only right
 * before "عن" and the constituency he sits for (office-prepositions.ts reads that). Closed classes.
 */
import type { Token } from './tokenize.js';
import type { WordHolder } from './word-memo.js';
import { readingInList } from './clitics.js';

/** "البرلماني", "البرلمانية", with or without the article, folded. */
const PARLIAMENTARIAN_WORDS = new Set(['برلماني', 'برلمانيه', 'البرلماني', 'البرلمانيه']);

/** Whether a word may be such a parliamentarian (behind a clitic too: "والبرلماني", "للبرلماني"). */
export const mayBeParliamentarian: (word: WordHolder) => boolean = readingInList(PARLIAMENTARIAN_WORDS);

/** "السابق", "الأسبق" (former), folded, both genders: between the parliamentarian and his "عن". */
const FORMER_WORDS = new Set(['السابق', 'السابقه', 'الاسبق']);

/**
 * Whether the word at i is "البرلماني" before "عن" and a word: "البرلماني عن دائرة تطوان"
 * ("البرلماني السابق عن دائرة مولاي يعقوب": "former" may come between).
 */
export function isParliamentarianAt(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i].isWord || !mayBeParliamentarian(tokens[i])) return false;
  const k = FORMER_WORDS.has(tokens[i + 1]?.folded ?? '') ? i + 2 : i + 1;
  return tokens[k]?.folded === 'عن' && tokens[k + 1]?.isWord === true;
}
