/**
 * "ودعت الجماهير هيئة فلان الفلاني بالإسراع", "انتقدوا هيئة فلان": the Tunisian news names a club's
 * or a body's board after the president who heads it, "هيئة" (bare, in the construct state) + his
 * name. The name there is a person's, no body's own name, and he heads the board: an official (the
 * article states no office). (A body named after a king, "هيئة فلان السادس", ends on a regnal ordinal:
 * no head.)
 */
import { procliticReadings } from './clitics.js';
import { foldedTrailingNameParts } from './lexicon.js';
import type { Token } from './tokenize.js';
import { fold } from '../text/normalize.js';

const BOARD = fold('هيئة');
/** Regnal ordinals past the lexicon's ("الأول" ... "الرابع"), folded. */
const REGNAL_ORDINALS = new Set(['الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'].map(fold));

/** Whether the token is "هيئة" in the construct state, perhaps behind a clitic ("لهيئة", "وهيئة"). */
export function isBoardHead(token: Token | undefined): boolean {
  return token?.isWord === true && procliticReadings(token).some(({ stem }) => stem === BOARD);
}

/** Whether the name at `start` (two words at least, up to `end`) follows a board's head and names its president. */
export function isBoardHeadMention(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2 || !isBoardHead(tokens[start - 1])) return false;
  const last = tokens[end - 1].folded;
  return !foldedTrailingNameParts.has(last) && !REGNAL_ORDINALS.has(last);
}
