/**
 * "لدوري فلان علان للمحترفين", "كأس فلان علان", "وجائزة فلان علان للرواية": a league, a cup or a
 * prize named after a man carries his name right after its head in the construct state. A name the
 * article writes only there names the competition or the prize, no one in the news. ("بطولة فلانة"
 * is also a film's star, "starring": not that head.)
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';

/** Heads of leagues, cups and prizes named after someone (folded, a closed class). */
const COMPETITION_HEADS = new Set(['دوري', 'كأس', 'جائزة'].map(fold));

/** Whether the word before token `start` is such a head, bare or behind its clitics ("لدوري", "وجائزة"). */
export function isAfterCompetitionHead(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  return before?.isWord === true && procliticReadings(before).some(({ stem }) => COMPETITION_HEADS.has(stem));
}

/** "الولي الصالح", "الولية الصالحة" (folded, the first word with "ل" or "و" allowed): a saint's epithet. */
const SAINT_EPITHETS = new Map([['الولي', 'الصالح'], ['الوليه', 'الصالحه']].map(([noun, adjective]) => [fold(noun), fold(adjective)]));

/** Whether a word is the first word of a saint's epithet ("الولي", "للولي", "والولي"), and the adjective it takes. */
function saintAdjectiveAfter(token: Token | undefined): string | undefined {
  if (token?.isWord !== true) return undefined;
  const word = token.folded.replace(/^و/, '').replace(/^لل/, 'ال');
  return SAINT_EPITHETS.get(word);
}

/**
 * 'مهرجان "الولي الصالح سيدي فلان"', "زاوية الولي الصالح فلان": a name after the epithet of a saint
 * of old names the saint a festival, a shrine or a town is named after, no one in the news. Whether
 * the span at `start` follows the epithet, or opens with its adjective ("الولي | الصالح سيدي فلان").
 */
export function isAfterSaintEpithet(tokens: readonly Token[], start: number): boolean {
  const opensWithAdjective = saintAdjectiveAfter(tokens[start - 1]) === tokens[start]?.folded;
  return opensWithAdjective || (tokens[start - 1]?.isWord === true && saintAdjectiveAfter(tokens[start - 2]) === tokens[start - 1].folded);
}
