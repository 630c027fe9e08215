/**
 * "حزب نداء تونس بزعامة الباجي قائد السبسي", "اجتماع برئاسة يوسف الشاهد", "حكومة برئاسة الحبيب
 * الصيد", "خلال رئاسة أوباما": a noun of leadership before a name says who leads or chairs. The name
 * after it is that person's (no body named after him, as after "جامعة"), and the noun is no part of
 * it. "رئاسة" also heads a body's name ("رئاسة الجمهورية"), but then no person's name follows.
 */
import { procliticReadings } from './clitics.js';

/** Leadership, presidency, command, chairmanship (folded). */
const LEADERSHIP_NOUNS = new Set(['رياسه', 'زعامه', 'قياده', 'امره']);

/** Whether a folded stem is a noun of leadership. */
export function isLeadershipNoun(stem: string): boolean {
  return LEADERSHIP_NOUNS.has(stem);
}

/** Whether a folded word is a noun of `nouns` behind at least one proclitic ("ب", "وب"). */
function hasPrefixedNoun(folded: string, nouns: ReadonlySet<string>): boolean {
  return procliticReadings(folded).some(({ removed, stem }) => removed > 0 && nouns.has(stem));
}

/** "بزعامة", "وبرئاسة": a noun of leadership with a preposition (so never a name word). */
export function isLedByWord(folded: string): boolean {
  return hasPrefixedNoun(folded, LEADERSHIP_NOUNS);
}

/** Presidency and leadership of a party (folded): "برئاسة فلان" names whoever presides. */
const PRESIDING_NOUNS = new Set(['رياسه', 'زعامه']);

/**
 * "هيئة النادي، برئاسة السيد فلان": "ب" + presidency right before a name (its honorifics between)
 * says he presides over the body or meeting named before: an official, whose office the article
 * words no further. (Not "بقيادة", also said of a coach or a player leading a team.)
 */
export function isPresidingWord(folded: string): boolean {
  return hasPrefixedNoun(folded, PRESIDING_NOUNS);
}

/** The state's own presidencies, a seat of offices ("المستشار برئاسة الجمهورية"), folded. */
const STATE_PRESIDENCIES = new Set(['الجمهوريه', 'الحكومه', 'الدوله', 'الوزراء']);

/**
 * "فوز فلان رئيس اتحاد الكونغو | برئاسة الكنفدرالية": "ب" + presidency + a definite body other
 * than the state's presidencies is the post a verb ("فاز", "كلف", "ترشح") governs, no seat of the
 * office before it ("المستشار برئاسة الجمهورية", "مدير الإعلام برئاسة الحكومة" are).
 */
export function isPresidencyWonAt(folded: string, next: string | undefined): boolean {
  return isPresidingWord(folded) && next !== undefined && next.startsWith('ال') && !STATE_PRESIDENCIES.has(next);
}
