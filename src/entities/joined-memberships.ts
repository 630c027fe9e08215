/**
 * "النائب في مجلس نواب الشعب والقيادي في الجبهة", "رئيس الغرفة وعضو المكتب التنفيذي للاتحاد": after
 * an office, "و" + a noun of membership ("القيادي": a leading member, "عضو": a member) adds the
 * holder's membership of a party or board, no further office; the office is the one before it. The
 * grammar reads through it so that the phrase still reaches the name, and the role shows the office
 * alone (roles.ts officeAsShown); a name right after a membership phrase the grammar does not read
 * whole ("وزير التشغيل والقيادي في النهضة فلان") holds the office before it (role-before.ts).
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

/** Nouns of membership (folded, with and without the article; a closed class). */
const MEMBERSHIP_NOUNS = new Set(['قيادي', 'قيادية', 'عضو', 'عضوة'].flatMap((word) => [fold(word), fold(`ال${word}`)]));

/** Whether the token is "و" + a noun of membership ("والقيادي", "وعضو"). */
export function isJoinedMembership(token: Token | undefined): boolean {
  return token?.isWord === true && token.folded.startsWith('و') && MEMBERSHIP_NOUNS.has(token.folded.slice(1));
}

/** Whether the token is a bare noun of membership ("العضو", "قيادي"). */
export function isMembershipNoun(token: Token): boolean {
  return token.isWord && MEMBERSHIP_NOUNS.has(token.folded);
}

/** Words of a membership phrase looked back over from the name ("والقيادي في النهضة"). */
const MAX_MEMBERSHIP_WORDS = 5;

/**
 * "وزير التشغيل والقيادي في النهضة فلان": where the joined membership right before `end` (the name)
 * starts, its words running on to the name with no punctuation or verb (`isVerb`) between; -1 if none.
 * Its phrase need not be one the grammar reads whole: the party may be named bare.
 */
export function joinedMembershipBefore(tokens: readonly Token[], end: number, isVerb: (token: Token) => boolean): number {
  for (let k = end - 1; k > 0 && end - k <= MAX_MEMBERSHIP_WORDS; k--) {
    if (!tokens[k].isWord || isVerb(tokens[k])) return -1;
    if (isJoinedMembership(tokens[k])) return k;
  }
  return -1;
}
