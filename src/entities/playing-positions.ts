/**
 * "يشغل خطة ظهير أيمن", "يلعب جناحا أيسر": after the noun of a player's position, "أيمن" (right) and
 * "أيسر" (left) are the side he plays on, not the given name "أيمن".
 */
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';

/** Nouns of a position on the field, folded, with the accusative's alef ("ظهيرا"). A closed class. */
const POSITION_NOUNS = new Set(['ظهير', 'ظهيرا', 'جناح', 'جناحا', 'مدافع', 'مدافعا', 'وسط', 'محور', 'محورا', 'متوسط', 'رواق']);

/** The sides a position is played on, folded. */
const SIDES = new Set(['ايمن', 'ايسر']);

/** Whether the word at `start` is the side of the position named right before it ("ظهير أيمن"). */
export function isPlayingSideAt(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start];
  const before = tokens[start - 1];
  return word?.isWord === true && SIDES.has(word.folded) && before?.isWord === true && procliticReadings(before).some(({ stem }) => POSITION_NOUNS.has(stem));
}
