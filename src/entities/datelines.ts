/**
 * "وارسو - «الشرق الأوسط»: أجرى ...", "القاهرة - (رويترز) -": a wire story opens with its dateline,
 * the town it was filed from, a dash and the paper or agency in quotes or brackets. The town, a
 * foreign one no list knows, stands where a headline's subject would; it is no person.
 */
import { isDash } from './role-before.js';
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

/** Months, Gregorian (both the Egyptian and the Levantine names) and Hijri, as the first word of a written date (folded). */
const MONTHS = new Set(
  [
    'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
    'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
    'محرم', 'صفر', 'ربيع', 'جمادى', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'ذي',
  ].map(fold),
);

/**
 * "تيماء 5 ذو القعدة 1446 هـ الموافق 03 مايو 2025 م واس": the Saudi agency's dateline, the town and
 * then the date, day and month, with no dash. Whether the one word at `start` is that town.
 */
export function isDatedDatelineTown(tokens: readonly Token[], start: number): boolean {
  const [day, month] = [tokens[start + 1], tokens[start + 2]];
  return start === 0 && day !== undefined && /^[0-9٠-٩]{1,2}$/.test(day.text) && month?.isWord === true && MONTHS.has(month.folded);
}
