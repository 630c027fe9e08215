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

/** Whether the word at i is "البرلماني" before "عن" and a word: "البرلماني عن دائرة تطوان". */
export function isParliamentarianAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i].isWord && mayBeParliamentarian(tokens[i]) && tokens[i + 1]?.folded === 'عن' && tokens[i + 2]?.isWord === true;
}
