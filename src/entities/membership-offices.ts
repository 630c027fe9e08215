/**
 * "القيادي في حركة النهضة", "الناشط الحقوقي": a phrase that says of what someone is a leading member
 * or an activist names no post of his own. When the article also gives him a post ("وزير الصحة
 * الأسبق"), that post is his role, however long the other phrase (person-entity.ts). ("عضو مجلس
 * النواب" is a seat, a post: not among them.)
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';

/** Heads of membership phrases, folded, masculine and feminine, with and without the article (a closed class). */
const MEMBERSHIP_HEADS = new Set(
  ['قيادي', 'قيادية', 'ناشط', 'ناشطة', 'مناضل', 'مناضلة', 'منخرط', 'منخرطة'].flatMap((word) => [fold(word), fold(`ال${word}`)]),
);

/** Whether the first word of an office phrase heads a membership phrase ("والقيادي", "عضو"). */
export function isMembershipOffice(first: Token): boolean {
  return procliticReadings(first).some(({ stem }) => MEMBERSHIP_HEADS.has(stem));
}
