/**
 * "وارسو - «الشرق الأوسط»: أجرى ...", "القاهرة - (رويترز) -": a wire story opens with its dateline,
 * the town it was filed from, a dash and the paper or agency in quotes or brackets. The town, a
 * foreign one no list knows, stands where a headline's subject would; it is no person.
 */
import { isDash } from './role-before.js';
import { gazetteer } from './gazetteer.js';
import { OPENING_QUOTES } from './quote-marks.js';
import type { Token } from './tokenize.js';
import { fold } from '../text/normalize.js';

/** The most words of a dateline's town ("ريو دي جانيرو"). */
const MAX_TOWN_WORDS = 3;

/** Whether tokens [start, end) are the town of a dateline that opens the block. */
export function isDatelineTown(tokens: readonly Token[], start: number, end: number): boolean {
  if (start !== 0 || end - start > MAX_TOWN_WORDS || !isDash(tokens[end])) return false;
  const source = tokens[end + 1];
  return source !== undefined && (OPENING_QUOTES.has(source.text) || source.text === '(');
}

/**
 * ("طهران - تسنيم: أكد ...": the agency a wire story credits after the town and a dash, closed by a
 * colon.) Whether tokens[start, end), one or two words, are that source.
 */
export function isDatelineSource(tokens: readonly Token[], start: number, end: number): boolean {
  // (The town a place the lexicon knows: "ترامب - بوتين: قمة" is a headline's two men.)
  const town = tokens.slice(0, start - 1);
  return start >= 2 && start <= 3 && end - start <= 2 && isDash(tokens[start - 1]) && town.every((token) => token.isWord) && gazetteer().places.has(town.map((token) => token.folded).join(' ')) && tokens[end]?.text === ':';
}

/** The Gregorian months by their Egyptian names and the Maghreb's spellings ("ماي", "يوليوز", "غشت", "دجنبر"), folded. */
const GREGORIAN_MONTHS: ReadonlySet<string> = new Set(
  [
    'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
    'ماي', 'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر',
  ].map(fold),
);

/** Months, Gregorian (both the Egyptian and the Levantine names) and Hijri, as the first word of a written date (folded). */
const MONTHS = new Set([
  ...GREGORIAN_MONTHS,
  ...['كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'محرم', 'صفر', 'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'ذي'].map(fold),
]);

/** Words that name a day of a month before it: "فاتح" (the Maghreb's first), "مطلع", "منتصف", "أواخر", "غرة" (folded). */
const DAY_OF_MONTH_WORDS = new Set(['فاتح', 'مطلع', 'منتصف', 'اواخر', 'اوايل', 'غره']);

/** ("ابتداء من فاتح دجنبر": whether the two words at `start` are a day of a month by such a word, no name: "فاتح" is a given name too.) */
export function isDayOfMonthAt(tokens: readonly Token[], start: number): boolean {
  return tokens[start]?.isWord === true && DAY_OF_MONTH_WORDS.has(tokens[start].folded) && tokens[start + 1]?.isWord === true && GREGORIAN_MONTHS.has(tokens[start + 1].folded);
}

/**
 * "تيماء 5 ذو القعدة 1446 هـ الموافق 03 مايو 2025 م واس": the Saudi agency's dateline, the town and
 * then the date, day and month, with no dash. Whether the one word at `start` is that town.
 */
export function isDatedDatelineTown(tokens: readonly Token[], start: number): boolean {
  const [day, month] = [tokens[start + 1], tokens[start + 2]];
  return start === 0 && day !== undefined && /^[0-9٠-٩]{1,2}$/.test(day.text) && month?.isWord === true && MONTHS.has(month.folded);
}
