/**
 * "المنسق العام للدورة", "المنسقة العامة للتظاهرة": the coordinator of an event (a race's edition,
 * a festival, a fair) organises it for its days; he holds no post in a body ("المنسق العام لشبكة
 * ...", "منسق الحزب" do). Nor does the coordinator of a group of workers, teachers or protesters
 * ("منسقة الأساتذة النواب", "المنسق الجهوي لعمال الحضائر"): he speaks for people, no body.
 * Closed classes: the coordinator's words, the nouns of an event and of such groups.
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
  return EVENTS.test(tokens[k]?.folded ?? '') || isGroupOfWorkers(tokens, i + 1);
}

/** "الجهوي", "الوطني" (regional, national) and "العام" after the coordinator, folded. */
const SCOPES = new Set(['الجهوي', 'الجهويه', 'الوطني', 'الوطنيه', 'العام', 'العامه']);
/**
 * Workers, teachers, the unemployed, protesters (plurals, folded, with "ال", "ل" or "لل" or bare):
 * a group of people, no body.
 */
const WORKER_GROUPS = /^(?:لل|ال|ل)?(?:عمال|اساتذه|معلمين|معطلين|عاطلين|محتجين|معتصمين|متعاقدين)$/;

/**
 * "منسقة الأساتذة النواب بسوسة", "المنسق الجهوي لعمال الحضائر": the coordinator of a group of
 * workers or of a protest movement speaks for them; he holds no post in a body. `k`: the word after
 * the coordinator's.
 */
function isGroupOfWorkers(tokens: readonly Token[], k: number): boolean {
  while (SCOPES.has(tokens[k]?.folded ?? '')) k++;
  return WORKER_GROUPS.test(tokens[k]?.folded ?? '');
}
