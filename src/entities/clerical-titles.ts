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

/** The Syriac title before a patriarch's or a saint's name ("مار بشارة"), folded. */
const MAR = 'مار';

function isClericalTitle(token: Token | undefined): boolean {
  return token?.isWord === true && CLERICAL_TITLES.has(token.folded.replace(/^و(?=ال)/, ''));
}

/** Whether tokens[i] is a rite's nisba or "مار" in a clergyman's title, right after its title (or another such word). */
export function isClericalQualifierAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isWord || i === 0) return false;
  const word = token.folded;
  if (word !== MAR && !RITE_NISBAS.has(word)) return false;
  const before = tokens[i - 1];
  return isClericalTitle(before) || (before.isWord && RITE_NISBAS.has(before.folded) && isClericalTitle(tokens[i - 2]));
}
