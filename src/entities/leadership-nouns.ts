/**
 * "حزب نداء تونس بزعامة الباجي قائد السبسي", "اجتماع برئاسة يوسف الشاهد", "حكومة برئاسة الحبيب
 * الصيد", "خلال رئاسة أوباما": a noun of leadership before a name says who leads or chairs. The name
 * after it is that person's (no body named after him, as after "جامعة"), and the noun is no part of
 * it. "رئاسة" also heads a body's name ("رئاسة الجمهورية"), but then no person's name follows.
 */
import { procliticReadings } from './clitics.js';
import { rememberedPerWord, type WordHolder } from './word-memo.js';

/** Leadership, presidency, command, chairmanship (folded). */
const LEADERSHIP_NOUNS = new Set(['رياسه', 'زعامه', 'قياده', 'امره']);

/** Whether a folded stem is a noun of leadership. */
export function isLeadershipNoun(stem: string): boolean {
  return LEADERSHIP_NOUNS.has(stem);
}

/** Whether a folded word is a noun of `nouns` behind at least one proclitic ("ب", "وب"). */
function hasPrefixedNoun(word: string | WordHolder, nouns: ReadonlySet<string>): boolean {
  return procliticReadings(word).some(({ removed, stem }) => removed > 0 && nouns.has(stem));
}

// (Kept per word: the officials grammar asks it at every step of every office phrase.)
const ledBy = rememberedPerWord((_, word) => hasPrefixedNoun(word, LEADERSHIP_NOUNS));

/** "بزعامة", "وبرئاسة": a noun of leadership with a preposition (so never a name word). */
export function isLedByWord(word: string | WordHolder): boolean {
  return ledBy(word);
}

/** Presidency and leadership of a party (folded): "برئاسة فلان" names whoever presides. */
const PRESIDING_NOUNS = new Set(['رياسه', 'زعامه']);

/**
 * "هيئة النادي، برئاسة السيد فلان": "ب" + presidency right before a name (its honorifics between)
 * says he presides over the body or meeting named before: an official, whose office the article
 * words no further. (Not "بقيادة", also said of a coach or a player leading a team.)
 */
export function isPresidingWord(word: string | WordHolder): boolean {
  return presiding(word);
}

const presiding = rememberedPerWord((_, word) => hasPrefixedNoun(word, PRESIDING_NOUNS));

/** The state's own presidencies, a seat of offices ("المستشار برئاسة الجمهورية"), folded. */
const STATE_PRESIDENCIES = new Set(['الجمهوريه', 'الحكومه', 'الدوله', 'الوزراء']);

/**
 * "فوز فلان رئيس اتحاد الكونغو | برئاسة الكنفدرالية": "ب" + presidency + a definite body other
 * than the state's presidencies is the post a verb ("فاز", "كلف", "ترشح") governs, no seat of the
 * office before it ("المستشار برئاسة الجمهورية", "مدير الإعلام برئاسة الحكومة" are).
 */
export function isPresidencyWonAt(word: string | WordHolder, next: string | undefined): boolean {
  return isPresidingWord(word) && next !== undefined && next.startsWith('ال') && !STATE_PRESIDENCIES.has(next);
}
