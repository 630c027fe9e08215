/**
 * "في محافظات الأنبار ونينوى | وصلاح الدين | وكركوك": an item joined by "و" to a list of places that a
 * plural (or dual) head of regions or towns opens is a place too, though its name is a man's
 * ("صلاح الدين", Iraq's governorate). Closed class of heads; the items before it must all be places
 * the lexicon or the news knows, read without the list's "و".
 */
import { fold } from '../text/normalize.js';
import { isPlace } from './office-words.js';
import type { Token } from './tokenize.js';

/** Plural and dual heads of places, folded ("محافظات", "مدينتي", "ولايات"), with or without the article. */
const PLURAL_PLACE_HEADS = new Set(
  ['محافظات', 'محافظتي', 'مدن', 'مدينتي', 'ولايات', 'ولايتي', 'مناطق', 'منطقتي', 'أقاليم', 'إقليمي', 'أقضية', 'قضاءي', 'بلدات', 'مديريات', 'مديريتي', 'مقاطعات', 'إمارات'].flatMap((head) => [head, `ال${head}`]).map(fold),
);

/** How many words back the list's head may stand. */
const MAX_ITEMS_BEFORE = 8;

/** Whether the token is a place, behind the list's "و" or not (a word's traits read it through its clitics). */
function isListedPlace(token: Token): boolean {
  return token.isWord && isPlace(token);
}

/** Whether the person span opening at `start` behind a glued "و" (skip > 0) is an item of such a list. */
export function isPlaceListItem(tokens: readonly Token[], start: number, skip: number): boolean {
  if (skip === 0 || start < 2) return false;
  let places = 0;
  for (let k = start - 1; k >= 0 && start - k <= MAX_ITEMS_BEFORE; k--) {
    const token = tokens[k];
    if (token.text === '،' || token.text === ',') continue;
    if (isListedPlace(token)) {
      places++;
      continue;
    }
    // (The head may carry "في" or "ب": "بمحافظات".)
    return places > 0 && token.isWord && (PLURAL_PLACE_HEADS.has(token.folded) || (/^[بف]/.test(token.folded) && PLURAL_PLACE_HEADS.has(token.folded.slice(token.folded.startsWith('في') ? 2 : 1))));
  }
  return false;
}
