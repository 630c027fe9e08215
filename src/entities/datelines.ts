/**
 * "وارسو - «الشرق الأوسط»: أجرى ...", "القاهرة - (رويترز) -": a wire story opens with its dateline,
 * the town it was filed from, a dash and the paper or agency in quotes or brackets. The town, a
 * foreign one no list knows, stands where a headline's subject would; it is no person.
 */
import { isDash } from './role-before.js';
import { OPENING_QUOTES } from './quote-marks.js';
import type { Token } from './tokenize.js';

/** The most words of a dateline's town ("ريو دي جانيرو"). */
const MAX_TOWN_WORDS = 3;

/** Whether tokens [start, end) are the town of a dateline that opens the block. */
export function isDatelineTown(tokens: readonly Token[], start: number, end: number): boolean {
  if (start !== 0 || end - start > MAX_TOWN_WORDS || !isDash(tokens[end])) return false;
  const source = tokens[end + 1];
  return source !== undefined && (OPENING_QUOTES.has(source.text) || source.text === '(');
}
