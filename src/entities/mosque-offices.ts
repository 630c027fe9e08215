/**
 * "إمام وخطيب المسجد الحرام الشيخ فلان": the imam and the preacher of the two holy mosques and of
 * al-Aqsa hold a post the state gives by decree, named by the office noun in the construct state
 * with the mosque, or the two nouns joined by "و" before it. A town mosque's imam ("إمام مسجد
 * القرية", "خطيب جامع العيدروس") is a cleric, no official: so says the gold of each of the thirteen
 * made-up sets here that names one (the rule was first written for an earlier made-up Gulf set).
 * "الإمام" with the article and no mosque after it stays a courtesy title ("الإمام الحسين"). Iran's
 * Friday prayer leader of a town ("إمام جمعة طهران") holds a post the Supreme Leader gives, an
 * office too (the gold of the made-up Iranian sets). Closed classes: the two offices, the nouns of
 * a mosque and the holy mosques.
 */
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';

const MOSQUE_OFFICES = new Set(['امام', 'خطيب']);
const MOSQUE_NOUNS = new Set(['المسجد', 'مسجد', 'الجامع', 'جامع', 'الحرم']);

/** Whether a word may be a mosque office read through a clitic (a reading is a suffix of the word). */
export function mayBeMosqueOffice(folded: string): boolean {
  return folded.endsWith('امام') || folded.endsWith('خطيب');
}

/** The mosque office a word is, read through a conjunction ("وخطيب"), or null. */
function mosqueOffice(token: Token | undefined): string | null {
  // (Asked at every word: a reading is a suffix of the word, so most words are answered by their ending.)
  if (!token?.isWord || !mayBeMosqueOffice(token.folded)) return null;
  const reading = procliticReadings(token).find((r) => (r.removed === 0 || token.folded.startsWith('و')) && MOSQUE_OFFICES.has(r.stem));
  return reading?.stem ?? null;
}

/** "وإمام", "وخطيب": a mosque office joined by "و" to what comes before ("ممثل الولي الفقيه ... وإمام جمعة مشهد"). */
export function isJoinedMosqueOffice(token: Token): boolean {
  return token.folded.startsWith('و') && MOSQUE_OFFICES.has(token.folded.slice(1));
}

function isMosqueNoun(token: Token | undefined): boolean {
  return token?.isWord === true && MOSQUE_NOUNS.has(token.folded);
}

/** Whether a mosque office opens at i: its mosque follows, right after it or after "و" + the other office. */
export function isMosqueOfficeAt(tokens: readonly Token[], i: number): boolean {
  const office = mosqueOffice(tokens[i]);
  if (office === null || tokens[i].folded.startsWith('و')) return false;
  const other = mosqueOffice(tokens[i + 1]);
  if (other !== null && other !== office && tokens[i + 1].folded.startsWith('و') && isMosqueNoun(tokens[i + 2])) return isStateMosque(tokens, i + 2);
  if (isFridayPrayerLeaderAt(tokens, i)) return true;
  // "أمام المسجد", and "امام" without its hamza, are also "in front of" the mosque: alone before
  // it, the imam needs his written "إ".
  return isMosqueNoun(tokens[i + 1]) && (office === 'خطيب' || /^إمام/.test(tokens[i].text)) && isStateMosque(tokens, i + 1);
}

/** "جمعة" (folded): Friday, the Friday prayer a town's "إمام جمعة" leads. */
const FRIDAY = 'جمعه';

/**
 * ("إمام جمعة طهران المؤقت", "إمام جمعة أهل السنة في زاهدان": Iran's Friday prayer leader of a town, a
 * post the Supreme Leader appoints, the imam written with his "إ" before "جمعة" and the town.)
 */
function isFridayPrayerLeaderAt(tokens: readonly Token[], i: number): boolean {
  return /^إمام$/.test(tokens[i].text) && tokens[i + 1]?.folded === FRIDAY && tokens[i + 2]?.isWord === true;
}

/** Whether the mosque at `at` (after "و" + the other office too) is one the state appoints imams to by decree: the two holy mosques' and al-Aqsa's. */
function isStateMosque(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at]?.folded;
  return noun === 'الحرم' || (noun === 'المسجد' && HOLY_MOSQUES.has(tokens[at + 1]?.folded ?? ''));
}

const HOLY_MOSQUES = new Set(['الحرام', 'النبوي', 'الاقصي']);

/**
 * Whether the word at `end` goes on the phrase a mosque office opened at `head`: "و" + the other
 * office, or the mosque right after the office(s) ("جامع" is indefinite, the genitive of the office).
 */
export function continuesMosqueOffice(tokens: readonly Token[], head: number, end: number): boolean {
  if (!isMosqueOfficeAt(tokens, head)) return false;
  if (end === head + 1 && tokens[end].folded === FRIDAY) return true;
  const joined = end === head + 1 && tokens[end].folded.startsWith('و') && mosqueOffice(tokens[end]) !== null;
  const mosque = (end === head + 1 || (end === head + 2 && mosqueOffice(tokens[head + 1]) !== null)) && isMosqueNoun(tokens[end]);
  return joined || mosque;
}
