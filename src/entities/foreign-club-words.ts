/**
 * "بعد فوزه أمام يونيون سبورتيف فلان السينغالي", "ريال علان": foreign clubs are named with
 * transliterated club words (Union, Sportif, Sporting, Real, Atlético, United, Rangers...) that
 * open or end the name. In a sports report a span with one of them in it is a club's name, however name-like its other words. A closed class, folded; not "كلوب" (also the
 * family name Klopp), nor "ستار" (Starr).
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { isInSportsArticle } from './sports-articles.js';
import type { Token } from './tokenize.js';

const FOREIGN_CLUB_WORDS = new Set(
  ['يونيون', 'سبورتيف', 'سبورتينغ', 'سبورتنغ', 'سبورتينج', 'ريال', 'أتلتيكو', 'أتليتيكو', 'اتلتيكو', 'ديبورتيفو', 'يونايتد', 'سيتي', 'رينجرز', 'روفرز', 'واندررز', 'راسينغ', 'أولمبيك', 'أولمبيكو', 'دينامو', 'سبارتاك'].map(fold),
);

function isForeignClubWord(token: Token | undefined): boolean {
  return token?.isWord === true && procliticReadings(token).some(({ stem }) => FOREIGN_CLUB_WORDS.has(stem));
}

/**
 * Whether the span [start, end) of a sports report holds a foreign club word. (Not one right before
 * it: "مهاجم ريال | فلان علان" is the club's player.)
 */
export function isForeignClubNameAt(tokens: readonly Token[], start: number, end: number): boolean {
  if (!isInSportsArticle(tokens)) return false;
  for (let i = start; i < end; i++) if (isForeignClubWord(tokens[i])) return true;
  return false;
}
