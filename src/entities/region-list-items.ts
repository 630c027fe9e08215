/**
 * "أمطار بجهة المروجات و الزهراء و حمام فلان و سيدي علان": a list of names joined by "و" or commas
 * right after the head of a region ("بجهة", "ولاية", "معتمديات") names places, every item of it,
 * not only the first (named-thing-heads.ts asks for the head right before a name). A person
 * joined on is brought in by an office or a verb ("بولاية صفاقس وقال الوالي فلان"): no list.
 */
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedSet } from './lexicon.js';
import { isAfterRegionHead } from './named-thing-heads.js';
import { isOfficeOrPersonTitle } from './office-words.js';
import { isListJoiner } from './located.js';
import type { Token } from './tokenize.js';

/** "جهة", "جهات" (a region, regions; folded): a region's head the other heads leave out, for "من جهة" is also "on one hand". */
const AREA_HEADS = foldedSet(['بجهة', 'بجهات', 'لجهة', 'جهات']);

/** Items of the list looked back over to its head. */
const MAX_ITEMS = 6;

/** Words an item of the list may have ("حمام الأنف", "سيدي ثابت الشرقي"). */
const MAX_ITEM_WORDS = 3;


/** "وسيدي": "و" glued to an item's first word. */
const carriesAnd = (token: Token): boolean => token.isWord && token.folded.length > 3 && token.folded.startsWith('و');

/** Whether a word brings in a person, not a place: an office or title, a verb only people do. */
function bringsInPerson(token: Token): boolean {
  return isOfficeOrPersonTitle(token) || procliticReadings(token).some(({ stem }) => gazetteer().personVerbs.has(stem));
}

/**
 * Whether the span at `start` is a later item of a list of places after a region's head: joined to
 * the item before by "و" (apart or on its first word; a comma may set off a person in apposition:
 * "بئر فلان، علان"), each item before of one to MAX_ITEM_WORDS name words, set off by "و" or a
 * comma, the first of them right after the head.
 */
export function isLaterItemOfRegionListAt(tokens: readonly Token[], start: number): boolean {
  const first = tokens[start];
  if (first === undefined) return false;
  let end = tokens[start - 1]?.folded === 'و' ? start - 1 : carriesAnd(first) ? start : -1;
  for (let items = 0; end > 0 && items < MAX_ITEMS; items++) {
    // The item before ends at `end`; read its words back to its own "و" or the joiner before it.
    let k = end - 1;
    let next = -1;
    for (let words = 0; k >= 1 && words < MAX_ITEM_WORDS; words++, k--) {
      const token = tokens[k];
      if (!token.isWord || bringsInPerson(token)) return false;
      if (isAfterRegionHead(tokens, k) || AREA_HEADS.has(tokens[k - 1].folded)) return true;
      if (carriesAnd(token)) { next = k; break; }
      if (isListJoiner(tokens[k - 1])) { next = k - 1; break; }
    }
    end = next;
  }
  return false;
}
