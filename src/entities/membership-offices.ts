/**
 * "القيادي في حركة النهضة", "الناشط الحقوقي": a phrase that says of what someone is a leading member
 * or an activist names no post of his own. When the article also gives him a post ("وزير الصحة
 * الأسبق"), that post is his role, however long the other phrase (person-entity.ts). ("عضو مجلس
 * النواب" is a seat, a post: not among them.)
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isDefinite, isVerbLike, stems } from './office-words.js';
import type { Token } from './tokenize.js';

/** Heads of membership phrases, folded, masculine and feminine, with and without the article (a closed class). */
const MEMBERSHIP_HEADS = new Set(
  ['قيادي', 'قيادية', 'ناشط', 'ناشطة', 'مناضل', 'مناضلة', 'منخرط', 'منخرطة'].flatMap((word) => [fold(word), fold(`ال${word}`)]),
);

/** Whether the first word of an office phrase heads a membership phrase ("والقيادي", "عضو"). */
export function isMembershipOffice(first: Token): boolean {
  return procliticReadings(first).some(({ stem }) => MEMBERSHIP_HEADS.has(stem));
}

/**
 * "القيادي في نداء تونس", "القيادي في افاق تونس": after a membership noun, "في" + a party the news
 * names by a bare noun and its country, no "حزب" or "حركة" before it. The noun takes no article and
 * reads one way only; the country is a place the lexicon knows.
 */
export function isPartyNamedForCountryAt(tokens: readonly Token[], i: number): boolean {
  const noun = tokens[i];
  return noun?.isWord === true && !isDefinite(noun) && stems(noun).length === 1 && !isVerbLike(noun) && isCountryAt(tokens, i + 1);
}

/** "القيادي بنداء تونس": the same party behind "ب", right after the membership noun at `head`. */
export function isGluedPartyNamedForCountryAt(tokens: readonly Token[], head: number, i: number): boolean {
  const noun = tokens[i];
  if (i !== head + 1 || !noun?.isWord || !noun.folded.startsWith('ب') || !isMembershipOffice(tokens[head]) || isVerbLike(noun)) return false;
  return procliticReadings(noun).some(({ removed, stem }) => removed === 1 && !stem.startsWith('ال')) && isCountryAt(tokens, i + 1);
}

function isCountryAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.isWord === true && gazetteer().places.has(tokens[i].folded);
}
