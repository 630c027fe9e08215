/**
 * "وزير الاقتصاد والمالية الطالب ولد سيدي إبراهيم": right after an office phrase, a definite word
 * before the Hassaniya "ولد" and a word is the holder's given name, however else it reads ("الطالب":
 * the student), as after a rank (name-parts.ts opensRankedSonName). The office phrase must end right
 * before the word: a word the phrase takes in ("الرئيس السابق ولد عبد العزيز") is the office's.
 * (A module of its own: name-parts.ts is imported by the office-phrase modules this asks.)
 */
import type { Token } from './tokenize.js';
import { opensRankedSonName } from './name-parts.js';
import { isOfficeAt } from './office-start.js';
import { officePhraseEnd } from './office-phrase.js';
import { isOfficeWord } from './office-words.js';
import { isTitleWord } from './spans.js';

/** How far back the office's head may be ("الوزير المنتدب لدى وزير الاقتصاد والمالية المكلف بالميزانية"). */
const MAX_OFFICE_WORDS = 10;

/** Whether the word at i opens a son's name: after a rank, in an apposition, or right after an office phrase. */
export function opensSonName(tokens: readonly Token[], i: number): boolean {
  return opensRankedSonName(tokens, i) || opensSonNameAfterOffice(tokens, i);
}

function opensSonNameAfterOffice(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.isWord !== true || !token.folded.startsWith('ال') || tokens[i + 1]?.folded !== 'ولد' || tokens[i + 2]?.isWord !== true) return false;
  if (isOfficeWord(token) || isTitleWord(token)) return false;
  for (let head = i - 1; head >= 0 && head >= i - MAX_OFFICE_WORDS; head--) {
    if (!tokens[head].isWord) return false;
    if (isOfficeAt(tokens, head) && officePhraseEnd(tokens, head) === i) return true;
  }
  return false;
}
