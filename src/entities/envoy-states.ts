/**
 * "القنصل العام لجمهورية مصر العربية", "سفيرة لدولة الكويت": an envoy's office goes on with "ل" +
 * the state that sends him, named by its head noun (a republic, kingdom, state, sultanate, emirate).
 * Elsewhere "لجمهورية مصر" is where a visit goes, so only an envoy's head takes it (closed classes:
 * envoy offices, heads of a state's name). So does his host state after "لدى" or "في" ("سفير
 * المملكة لدى مملكة البحرين", "السفير في دولة الكويت"), which the head noun leaves indefinite.
 */
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';
import { isPlaceOrNationality, STATE_HEADS } from './office-words.js';
import { foldedNationalities } from './lexicon.js';
import { fold } from '../text/normalize.js';

/** Heads of a sovereign state's name, folded, a grand duchy's ("دوقية") too; a region's ("منطقة") is no sender. */
const SOVEREIGN_HEADS = new Set([...STATE_HEADS, 'دوقيه']);

/** Whether `token` is "ل" + a state's head, right after an envoy's office phrase that opened at `head`. */
export function isEnvoysState(head: Token, token: Token, next: Token | undefined, isEnvoy: (token: Token) => boolean): boolean {
  if (!token.isWord || !token.folded.startsWith('ل') || next?.isWord !== true || !isEnvoy(head)) return false;
  return procliticReadings(token).some((reading) => reading.removed === 1 && SOVEREIGN_HEADS.has(reading.stem));
}

/**
 * "المملكة العربية السعودية", "الجمهورية التونسية": a state's head with the article, then a feminine
 * nisba adjective, from i: a state's official name.
 */
export function isDefiniteStateNameAt(tokens: readonly Token[], i: number): boolean {
  const [head, nisba] = [tokens[i], tokens[i + 1]];
  return head?.isWord === true && nisba?.isWord === true && head.folded.startsWith('ال') && STATE_HEADS.has(head.folded.slice(2)) && /^ال.{2,}يه$/.test(nisba.folded);
}

/** Whether `token` is the bare head of a state's name ("مملكة", "دولة"), as after "لدى" or "في". */
export function isStateHeadWord(token: Token): boolean {
  return token.isWord && SOVEREIGN_HEADS.has(token.folded);
}

/**
 * "المملكة الأردنية | الهاشمية": after a state's head with the article and its nationality, a further
 * feminine nisba adjective at i goes on with the state's official name (no other word of the sentence
 * agrees so with both).
 */
export function continuesStateName(tokens: readonly Token[], i: number): boolean {
  const [head, nationality, word] = [tokens[i - 2], tokens[i - 1], tokens[i]];
  if (!head?.isWord || !nationality?.isWord || !word?.isWord) return false;
  // ("سفيراً للمملكة الأردنية | الهاشمية": the head may carry "ل", its article's alef dropped.)
  return /^(?:ال|لل)/.test(head.folded) && SOVEREIGN_HEADS.has(head.folded.slice(2)) && /^ال.+يه$/.test(nationality.folded) && /^ال.{2,}يه$/.test(word.folded);
}

/**
 * "الهيئة الخيرية الأردنية | الهاشمية": Jordan's official epithet, "Hashemite", after "Jordanian"
 * goes on with the name of any Jordanian state or body, not only the kingdom's (folded forms).
 */
export function continuesHashemiteName(tokens: readonly Token[], i: number): boolean {
  const [nationality, word] = [tokens[i - 1], tokens[i]];
  return nationality?.isWord === true && word?.isWord === true && HASHEMITE_AFTER.get(word.folded) === nationality.folded;
}

/** Definite adjectives of a state's official name ("جمهورية مصر العربية", "الإمارات العربية المتحدة"), folded. */
const STATE_NAME_ADJECTIVES = new Set(['العربيه', 'المتحده', 'الاسلاميه', 'الشعبيه', 'الديمقراطيه', 'الاتحاديه']);

/** Whether the word at i closes a state's official name with its adjectives ("مصر | العربية", "الإمارات العربية | المتحدة"). */
export function closesStateNameAdjectives(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 3 && tokens[k]?.isWord === true && STATE_NAME_ADJECTIVES.has(tokens[k].folded)) k--;
  return k < i && tokens[k]?.isWord === true && isPlaceOrNationality(tokens[k]);
}

/** "الهاشمية" after "الأردنية", "الهاشمي" after "الأردني" (folded): the epithet agrees with the nationality. */
const HASHEMITE_AFTER = new Map([
  ['الهاشميه', 'الاردنيه'],
  ['الهاشمي', 'الاردني'],
]);

/**
 * Countries the nationality list names by one word ("باكستان", "ليبيا"), folded; and Mali, which the
 * list leaves out because "المالي" and "مالي" are also "financial" (a place everywhere, it would read
 * "دعم مالي" as "support Mali"): callers ask only of the word after "في", where no adjective stands.
 */
const ONE_WORD_COUNTRIES = new Set([...[...foldedNationalities.values()].map(fold).filter((country) => !country.includes(' ')), fold('مالي')]);

/** Whether `token`, right after "في", is a country's one-word name as written (no clitic before it). */
export function isCountryName(token: Token): boolean {
  return token.isWord && ONE_WORD_COUNTRIES.has(token.folded);
}
