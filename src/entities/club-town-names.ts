/**
 * "رئيس لترجي جرجيس فلان", "عضو الهيئة المديرة لمستقبل قابس فلان": a club named by its head and the
 * town it plays for, written behind "ل" or "ب" after an office, or bare as the genitive of an office
 * noun in the construct state ("نائب رئيس ترجي جرجيس فلان"). The head alone reads as a common word
 * ("ترجي": you hope), so the town is read as the club's name only right after such a head: a town's
 * proper noun no common text uses, the holder's name after it.
 */
import { isClubHeadWord } from './fixture-teams.js';
import { isDefinite, isOfficeWord, stems } from './office-words.js';
import { isCommonWord, isPlaceWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';

/** Whether the word at `i` is the town of a club whose head stands behind "ل" or "ب" right before it. */
export function isClubTownAt(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 1];
  const town = tokens[i];
  if (!head?.isWord || !town?.isWord || isDefinite(town) || stems(town).length !== 1) return false;
  const behindClitic = /^[لب][^ل]/.test(head.folded);
  if (!behindClitic && !isConstructOffice(tokens[i - 2])) return false;
  if (!isPlaceWord(town.folded) || isCommonWord(town.folded)) return false;
  const bare = behindClitic ? head.folded.slice(1) : head.folded;
  return isClubHeadWord(bare) || isClubHeadWord(`ال${bare}`);
}

/** An office noun without the article, that takes the next word as its genitive ("رئيس"). */
function isConstructOffice(token: Token | undefined): boolean {
  return token?.isWord === true && !isDefinite(token) && isOfficeWord(token);
}
