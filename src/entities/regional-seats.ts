/**
 * "المنسق الجهوي لحركة نداء تونس بتطاوين، فلان": a regional office names the town its branch sits in
 * with "ب" + the town, even one the place lists lack. Such a word is a proper noun (rare in running
 * text, no common word, no name word), and nothing follows it in the phrase: the office ends there.
 */
import type { Token } from './tokenize.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { isListedNameWord } from './given-names.js';
import { isOftenANameInNews, isRareWord } from './tagger.js';
import { isRegionalOffice } from './office-prepositions.js';
import { isDirectorWord, stems } from './office-words.js';
import { type IsNameToken, noNames } from './role-types.js';

/** Whether token i ("بتطاوين") is the seat of the regional office whose phrase runs from `head` to i. */
export function isRegionalSeat(tokens: readonly Token[], head: number, i: number, isName: IsNameToken = noNames): boolean {
  const token = tokens[i];
  if (!token.isWord || !/^ب[^ا]/.test(token.folded) || i - head < 2) return false;
  const after = tokens[i + 1];
  // The seat closes the phrase: a comma, a full stop, a bracket or the end of the block follows.
  // So does the holder's name ("المدير الجهوي للصحة بقبلي | فلان"): then the town may also spell a
  // common word ("قبلي": before me), only not one frequent in running text ("بحضور فلان").
  const beforeName = after?.isWord === true && isName(i + 1);
  if (after !== undefined && !beforeName && (after.isWord || !/^[،,.:)]$/.test(after.text))) return false;
  const town = token.folded.slice(1);
  if (!stems(token).includes(town) || !isRareWord(town) || (!beforeName && (isCommonWord(town) || isOrdinaryWord(town)))) return false;
  if (isListedNameWord(town) || isOftenANameInNews(town)) return false;
  // ("كاهية مدير الرعاية الصحية الأساسية بقبلي | فلان": right before the holder's name, a public
  // service's director, or his deputy, names the town of his directorate so too.)
  return (beforeName && !isName(i) && isDirectorAt(tokens, head)) || isRegionalOffice(tokens, head, i);
}

/** "مدير", "المديرة", "كاهية مدير": the office at `head` is a director's (or his deputy's). */
function isDirectorAt(tokens: readonly Token[], head: number): boolean {
  return isDirectorWord(tokens[head].folded) || isDirectorWord(tokens[head + 1]?.folded ?? '');
}
