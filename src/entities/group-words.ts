/**
 * Words that describe a group of people, never one person's name: a kinship noun in the dual or
 * plural ("لأبوين", "والدين", "أبناء") and a nisba adjective in the dual or plural ("كوبيين",
 * "مصريون", "أمنيان"), and the plural of a participle ("محللون"). "ولد لأبوين كوبيين هاجرا الى
 * ميامي" speaks of the parents, it names no one.
 */
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isListedNameWord } from './given-names.js';
import { isCommonWord, isFeminineOrPlainDual } from './ordinary-words.js';
import { isOftenANameInNews, isSeenInRunningText, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';
import { fold } from '../text/normalize.js';

/** Dual and plural kinship nouns (a closed class), folded. */
const GROUP_KIN = new Set(
  [
    'أبوين', 'أبوان', 'والدين', 'والدان', 'الوالدين', 'الوالدان', 'أبناء', 'الأبناء', 'آباء', 'الآباء', 'أمهات', 'الأمهات',
    'أشقاء', 'الأشقاء', 'إخوة', 'الإخوة', 'إخوان', 'أخوين', 'أخوان', 'شقيقين', 'شقيقان', 'شقيقتين', 'شقيقتان', 'توأمين', 'توأمان',
    'زوجين', 'زوجان', 'الزوجين', 'الزوجان', 'أحفاد', 'الأحفاد', 'أقارب', 'الأقارب',
    // ("أولياء": the guardians of pupils, their parents.)
    'أولياء', 'الأولياء',
  ].map(fold),
);

/** The plural of a nisba ("ي" + "ين" or "ون"), and its dual ("ي" + "ان"; feminine "يتين", "يتان"). */
const NISBA_PLURAL = /^(.+ي)(?:ين|ون)$/;
const NISBA_DUAL = /^(.+ي)(?:ان|تين|تان)$/;

/**
 * "كوبيين", "المصريون", and after a dual noun it agrees with "مصدران أمنيان": the plural or dual of
 * a nisba whose singular (four letters or more) is a nationality or a common word. A dual alone
 * looks like a foreign given name ("رايان", "فاليريان"), so it counts only in agreement with one or,
 * with the article, as the dual of a nationality.
 */
function isNisbaGroup(stem: string, afterDual: boolean): boolean {
  const gaz = gazetteer();
  // ("التونسيان": with the article, the dual of a nationality is no foreign given name, however
  // often the news tags it with the names it stands before.)
  const dual = NISBA_DUAL.exec(stem);
  if (dual !== null && stem.startsWith('ال') && gaz.nationalities.has(dual[1])) return true;
  const match = NISBA_PLURAL.exec(stem) ?? (afterDual ? dual : null);
  if (!match) return false;
  const singular = match[1];
  const bare = singular.startsWith('ال') ? singular.slice(2) : singular;
  if (bare.length < 4) return false;
  // "سفيان", "بوزيان": names with the same ending are in the name lists or the news' given names.
  // ("كيليان": a word the news mostly takes for a name is one, whatever its ending.)
  if (isListedNameWord(stem) || isOftenANameInNews(stem)) return false;
  return gaz.nationalities.has(bare) || gaz.nationalities.has(`ال${bare}`) || isCommonWord(singular) || isCommonWord(bare);
}

/** A dual noun a nisba after it agrees with: "مصدران" before "أمنيان", both with or without the article. */
function isDualBefore(previous: Token | undefined, token: Token): boolean {
  if (!previous?.isWord || previous.folded.startsWith('ال') !== token.folded.startsWith('ال')) return false;
  return GROUP_KIN.has(previous.folded) || isFeminineOrPlainDual(previous.folded);
}

/** The sound plural of a participle ("مقربين", "المحللون": "م" + a root, then "ين" or "ون"). */
const PARTICIPLE_PLURAL = /^(?:ال)?(م.{3,})(?:ين|ون)$/;

/**
 * "ومقربين منه", "وقال محللون": the sound plural of a participle whose singular is a word of running
 * text the news does not often take for a name (names so shaped, "مارتين", are names' stems).
 */
function isParticiplePlural(stem: string): boolean {
  const match = PARTICIPLE_PLURAL.exec(stem);
  if (!match) return false;
  if (isListedNameWord(stem) || isOftenANameInNews(stem)) return false;
  return isSeenInRunningText(match[1]) && personShareBucket(match[1]) <= 0;
}

/**
 * Whether a word (with or without a conjunction or preposition) describes a group of people. The
 * plural of a participle counts only where it `opens` a phrase: after a given name the same shape
 * is as often a foreign family name ("ويليام مولتون مارستون").
 */
export function isGroupWord(token: Token, opens = true, previous?: Token): boolean {
  if (!token.isWord) return false;
  const afterDual = isDualBefore(previous, token);
  // "وللصحفيين": "ل" before the article drops its alef ("لل" is "ل" + "ال").
  return procliticReadings(token).some(({ stem }) => {
    const noun = stem.startsWith('لل') ? `ا${stem.slice(1)}` : stem;
    return GROUP_KIN.has(noun) || isNisbaGroup(noun, afterDual) || (opens && isParticiplePlural(noun));
  });
}

/** The first word of tokens[start, end) that describes a group, or -1. */
export function groupWordIn(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start; k < end; k++) if (isGroupWord(tokens[k], k === start, tokens[k - 1])) return k;
  return -1;
}

/** A word of the name lists (AKhateeb first and family names, the news' given names). */
export function isListedNameToken(token: Token): boolean {
  return token.isWord && isListedNameWord(token.folded);
}

/**
 * "نقل الأمير تحيات خادم الحرمين": a feminine sound plural ("ات") of a word of running text names no
 * one by itself; family names so shaped ("بركات", "فرحات") are in the name lists or often names in the news.
 */
export function isFeminineSoundPlural(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || word.length < 5 || !word.endsWith('ات') || word.startsWith('ال')) return false;
  // ("وعرفات": also with a conjunction or preposition.)
  if (procliticReadings(word).some(({ stem }) => isListedNameWord(stem) || personShareBucket(stem) > 0)) return false;
  return isSeenInRunningText(`${word.slice(0, -2)}ه`);
}
