/**
 * "فلان الذي كان آنذاك وزيرا للداخلية", "فلانة التي تشغل منصب مديرة المعهد": a relative clause right
 * after a name whose verb says he holds or held a post (a closed class: "كان", "يشغل", "تولى" ...),
 * an adverb of time allowed, states his office as an apposition does. Any other verb ("الذي التقى
 * وزير ...") opens what he did, and the office there is someone else's.
 */
import type { Token } from './tokenize.js';

/** Relative pronouns, folded. */
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي']);
/** Verbs of holding a post, folded: past and present, masculine and feminine (a closed class). */
const HOLDING_VERBS = new Set(['كان', 'كانت', 'يشغل', 'تشغل', 'شغل', 'شغلت', 'يتولي', 'تتولي', 'تولي', 'تولت', 'اصبح', 'اصبحت', 'صار', 'صارت', 'بات', 'باتت']);
/** Adverbs of time that may stand between the verb and the office, folded (a closed class). */
const TIME_ADVERBS = new Set(['انذاك', 'حينها', 'وقتها', 'حينذاك', 'حاليا', 'سابقا', 'ايضا']);
/** Nouns of a post before the office in the genitive ("يشغل منصب مدير"), folded. */
const POST_NOUNS = new Set(['منصب', 'خطه', 'مهام', 'وظيفه']);

/** How many tokens from `start` ("الذي كان آنذاك") lead to an office after a name, or 0. */
export function relativeClauseLeadLength(tokens: readonly Token[], start: number): number {
  if (!RELATIVE_PRONOUNS.has(tokens[start]?.folded ?? '')) return 0;
  let i = start + 1;
  // "الذي كان يشغل منصب": a copula before the verb of holding.
  while (i < start + 3 && HOLDING_VERBS.has(tokens[i]?.folded ?? '')) i++;
  if (i === start + 1) return 0;
  if (TIME_ADVERBS.has(tokens[i]?.folded ?? '')) i++;
  if (POST_NOUNS.has(tokens[i]?.folded ?? '')) i++;
  return tokens[i]?.isWord ? i - start : 0;
}

/** Verbs of holding a post, past or present, that a bracket after a name opens with, folded. */
const BRACKET_HOLDING_VERBS = new Set(['يشغل', 'تشغل', 'شغل', 'شغلت', 'يتولي', 'تتولي', 'تولي', 'تولت']);

/**
 * "فلان (شغل منصب وزير الداخلية)", "فلانة (تشغل خطة مديرة المعهد)": a bracket right after a name that
 * opens with a verb of holding and a noun of a post states his office (a former one too, as "السابق"
 * does). How many tokens from the bracket at `open` lead to the office, or 0.
 */
export function bracketHoldingLeadLength(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(' || !BRACKET_HOLDING_VERBS.has(tokens[open + 1]?.folded ?? '')) return 0;
  return POST_NOUNS.has(tokens[open + 2]?.folded ?? '') && tokens[open + 3]?.isWord ? 3 : 0;
}

/**
 * Verbs of holding a post with the post as their object pronoun ("يشغلها", "تولاه"), folded: in "خطة
 * المدير التنفيذي التي يشغلها فلان" the name after the relative clause is the holder of the office before it.
 */
const HELD_BY_VERBS = new Set(['يشغله', 'يشغلها', 'تشغله', 'تشغلها', 'شغله', 'شغلها', 'شغلته', 'شغلتها', 'يتولاه', 'يتولاها', 'تتولاه', 'تتولاها', 'تولاه', 'تولاها', 'تولته', 'تولتها']);

/** Whether the tokens right before `end` are "الذي يشغله" / "التي تتولاها": the office before them is held by the name at `end`. */
export function isHeldByRelativeBefore(tokens: readonly Token[], end: number): boolean {
  return end >= 3 && RELATIVE_PRONOUNS.has(tokens[end - 2].folded) && HELD_BY_VERBS.has(tokens[end - 1].folded);
}
