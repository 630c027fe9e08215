/**
 * "البطريرك الماروني الكاردينال مار بشارة بطرس الراعي", "المطران الأرثوذكسي فلان": a church's title
 * takes its rite's nisba after it ("الماروني", "القبطي") and the Syriac "مار" (lord, saint) before the
 * name; both belong to the title, never to the name. (Elsewhere the nisba describes a people or a
 * church, "الطائفة المارونية", and "مار" opens a church's or a quarter's name, "كنيسة مار مارون".)
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

/** Titles of the churches' clergy, folded (the conjunction allowed: the next item of a list). */
const CLERICAL_TITLES = new Set(
  ['البطريرك', 'الكاردينال', 'المطران', 'الأسقف', 'البابا', 'المتروبوليت', 'الأرشمندريت', 'الخوري', 'القس', 'القمص', 'الأنبا', 'الأب'].map(fold),
);

/** The rites' nisbas, folded, masculine (a patriarch, a bishop). */
const RITE_NISBAS = new Set(
  ['الماروني', 'الأرثوذكسي', 'الكاثوليكي', 'القبطي', 'السرياني', 'الأرمني', 'الكلداني', 'الآشوري', 'الإنجيلي', 'اللاتيني'].map(fold),
);

/** The churches' peoples, with the article, as a see's rite names them ("للروم", "السريان"), folded. */
export const RITE_PEOPLES: ReadonlySet<string> = new Set(
  ['الروم', 'السريان', 'الأرمن', 'الأقباط', 'الكلدان', 'الموارنة', 'اللاتين', 'الآشوريين', 'الأشوريين', 'الإنجيليين', 'الملكيين'].map(fold),
);

/** The rites' adjectives after a people or a see ("الأرثوذكس", "الكاثوليك", "الأنطاكي"), folded. */
export const RITE_ADJECTIVES: ReadonlySet<string> = new Set(
  [...['الأرثوذكس', 'الكاثوليك', 'البروتستانت', 'الأنطاكي'].map(fold), ...RITE_NISBAS],
);

/** The Syriac title before a patriarch's or a saint's name ("مار بشارة"), folded. */
const MAR = 'مار';

/**
 * Whether the token speaks of a church: a clergyman's title or a rite's adjective, masculine or
 * feminine ("البطريرك", "الكاثوليكية"). ("للمدارس الكاثوليكية الأب فلان": after one, "الأب" is a
 * priest's title, elsewhere as often the father in a family's story.)
 */
export function isChurchWord(token: Token | undefined): boolean {
  return token?.isWord === true && (isClericalTitle(token) || RITE_ADJECTIVES.has(token.folded.replace(/ه$/, '')));
}

export function isClericalTitle(token: Token | undefined): boolean {
  return token?.isWord === true && CLERICAL_TITLES.has(token.folded.replace(/^و(?=ال)/, ''));
}

/** Whether tokens[i] is a rite's nisba or "مار" in a clergyman's title, right after its title (or another such word). */
export function isClericalQualifierAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isWord || i === 0) return false;
  const word = token.folded;
  if (word !== MAR && !RITE_NISBAS.has(word)) return false;
  const before = tokens[i - 1];
  // ("بطريرك السريان الكاثوليك الأنطاكي | مار إغناطيوس": "مار" also closes a see's rite.)
  if (word === MAR && before.isWord && (RITE_ADJECTIVES.has(before.folded) || RITE_PEOPLES.has(before.folded))) return true;
  return isClericalTitle(before) || (before.isWord && RITE_NISBAS.has(before.folded) && isClericalTitle(tokens[i - 2]));
}

/** The services a cleric leads ("القداس", "الصلاة", "العظة"), folded, with the article or without. */
const SERVICE_NOUNS = new Set(['قداس', 'القداس', 'صلاة', 'الصلاة', 'صلوات', 'الصلوات', 'عظة', 'العظة', 'خطبة', 'الخطبة'].map(fold));

/**
 * Whether the token is a service a cleric leads: after a name of two words or more it is the object
 * of the verb before the name ("ترأس البطريرك فلان بطرس الشامي | قداس الأحد"), never a family name
 * (a rare word in running news, which the tagger can take for one).
 */
export function isServiceNoun(token: Token | undefined): boolean {
  return token?.isWord === true && SERVICE_NOUNS.has(token.folded);
}
