/**
 * "المنسق العام للدورة", "المنسقة العامة للتظاهرة": the coordinator of an event (a race's edition,
 * a festival, a fair) organises it for its days; he holds no post in a body ("المنسق العام لشبكة
 * ...", "منسق الحزب" do). Closed classes: the coordinator's words and the nouns of an event.
 */
import type { Token } from './tokenize.js';

const COORDINATORS = new Set(['منسق', 'منسقه', 'المنسق', 'المنسقه', 'والمنسق', 'والمنسقه', 'بالمنسق', 'بالمنسقه']);
const GENERAL = new Set(['العام', 'العامه']);
/** An event with "ل" or as the genitive ("للدورة", "الدورة"), folded. */
const EVENTS = /^(?:لل|ال)(?:دوره|مهرجان|تظاهره|ملتقي|مسابقه|سباق|ماراطون|ماراثون)$/;

/** Whether the word at i opens the coordinator of an event rather than an office. */
export function isEventCoordinatorAt(tokens: readonly Token[], i: number): boolean {
  if (!COORDINATORS.has(tokens[i].folded)) return false;
  const k = GENERAL.has(tokens[i + 1]?.folded ?? '') ? i + 2 : i + 1;
  return EVENTS.test(tokens[k]?.folded ?? '');
}
