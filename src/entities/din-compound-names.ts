/**
 * "تعود الجثة لخير الدين فلان", "وصلاح الدين فلان": a given name of two words "X الدين" (faith's X)
 * opens with one of a closed class of nouns. A word of one proclitic (و ف ب ل) + such a noun before
 * "الدين" is that clitic + the name; no "X الدين" name opens with "لخير" or "ونور". Where the word
 * itself is the noun ("بدر الدين", "بهاء الدين", "فخر الدين") it keeps its first letter.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

const DIN = fold('الدين');

/** The first words of the given names "X الدين", folded. */
const DIN_NAME_HEADS = new Set(
  [
    'نور', 'خير', 'صلاح', 'علاء', 'عز', 'سيف', 'شمس', 'بدر', 'جمال', 'كمال', 'تاج', 'عماد', 'فخر', 'محي', 'محيي', 'زين',
    'شرف', 'حسام', 'ضياء', 'بهاء', 'نصر', 'ناصر', 'سعد', 'قطب', 'معين', 'شهاب', 'نجم', 'برهان', 'جلال', 'نظام', 'تقي',
    'عصام', 'سراج', 'صفي', 'مجد', 'ركن', 'عون',
  ].map(fold),
);

/** Letters of the proclitic on the first word of a name "X الدين" opening at `start`, or 0. */
export function dinNameCliticLength(tokens: readonly Token[], start: number): number {
  const word = tokens[start]?.folded ?? '';
  if (tokens[start + 1]?.folded !== DIN || !/^[وفبل]/.test(word) || DIN_NAME_HEADS.has(word)) return 0;
  return DIN_NAME_HEADS.has(word.slice(1)) ? 1 : 0;
}

/**
 * Whether a given name "X الدين" opens at `i` as written, its first word a noun of the class above
 * ("نصر الدين": a common noun, "victory", before "faith"), so it opens a name where a given name does.
 */
export function opensDinCompoundName(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.folded === DIN && DIN_NAME_HEADS.has(tokens[i]?.folded ?? '');
}
