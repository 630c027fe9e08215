/**
 * "وزير الاقتصاد والمالية الطالب ولد سيدي إبراهيم": right after an office phrase (or its comma), a
 * definite word before the Hassaniya "ولد" (or "بن": "والي ولاية ورقلة، العربي بن الطيب") and a word
 * is the holder's given name, however else it reads ("الطالب": the student), as after a rank
 * (name-parts.ts opensRankedSonName). The office phrase must end right before the word: a word the
 * phrase takes in ("الرئيس السابق ولد عبد العزيز") is the office's.
 * (A module of its own: name-parts.ts is imported by the office-phrase modules this asks.)
 */
import type { Token } from './tokenize.js';
import { opensRankedSonName } from './name-parts.js';
import { isOfficeAt } from './office-start.js';
import { officePhraseEnd } from './office-phrase.js';
import { isOfficeWord } from './office-words.js';
import { isTitleWord } from './spans.js';
import { isComma } from './located.js';

/** How far back the office's head may be ("الوزير المنتدب لدى وزير الاقتصاد والمالية المكلف بالميزانية"). */
const MAX_OFFICE_WORDS = 10;

/** Whether the word at i opens a son's name: after a rank, in an apposition, or right after an office phrase. */
export function opensSonName(tokens: readonly Token[], i: number): boolean {
  return opensRankedSonName(tokens, i) || opensSonNameAfterOffice(tokens, i) || opensSonNameBeforeApposedOffice(tokens, i);
}

/**
 * ("رحب العربي بن الطاهر، المستشار الجماعي عن حزب الاستقلال": so a definite word before "بن" or "ولد"
 * and one word, closed by the comma of an office in apposition.)
 */
function opensSonNameBeforeApposedOffice(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.isWord !== true || !token.folded.startsWith('ال') || isOfficeWord(token) || isTitleWord(token)) return false;
  return SON_LINKS.has(tokens[i + 1]?.folded ?? '') && tokens[i + 2]?.isWord === true && isComma(tokens[i + 3]) && tokens[i + 4]?.isWord === true && isOfficeAt(tokens, i + 4);
}

/** "ولد", "بن" (son of), folded. */
const SON_LINKS = new Set(['ولد', 'بن']);

function opensSonNameAfterOffice(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.isWord !== true || !token.folded.startsWith('ال') || !SON_LINKS.has(tokens[i + 1]?.folded ?? '') || tokens[i + 2]?.isWord !== true) return false;
  if (isOfficeWord(token) || isTitleWord(token)) return false;
  // ("والي ولاية ورقلة، | العربي بن الطيب": or after the office's comma, in apposition.)
  const phraseEnd = isComma(tokens[i - 1]) ? i - 1 : i;
  for (let head = phraseEnd - 1; head >= 0 && head >= phraseEnd - MAX_OFFICE_WORDS; head--) {
    if (!tokens[head].isWord) return false;
    if (isOfficeAt(tokens, head) && officePhraseEnd(tokens, head) === phraseEnd) return true;
  }
  return false;
}
