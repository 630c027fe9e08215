/**
 * "عامل إقليم الحوز", "عامل عمالة مكناس", "تعيين فلان عاملا على إقليم تازة": in Morocco the governor of a
 * province or prefecture is its "عامل". The same word is a worker or a factor everywhere else ("عامل
 * بناء", "عامل مهم"), so it is an office only right before the unit it governs ("إقليم", "عمالة"),
 * also through "على" or the king's style ("عامل صاحب الجلالة على إقليم ..."). Closed classes.
 */
import type { Token } from './tokenize.js';
import type { WordHolder } from './word-memo.js';
import { readingInList } from './clitics.js';
import { isAccusativeOffice } from './office-words.js';

/** "عامل" with or without the article, its accusative ("عاملا") and the feminine ("عاملة على إقليم إفران"), folded. */
const GOVERNOR_WORDS = new Set(['عامل', 'العامل', 'عاملا', 'عامله', 'العامله']);

/** The units a province governor heads, folded. */
const GOVERNED_UNITS = new Set(['اقليم', 'عماله']);
/** The same behind "ل" or with the article ("العامل السابق للإقليم", "عامل الإقليم"): the province the article is about. */
const GOVERNED_UNITS_NAMED_BEFORE = new Set(['لاقليم', 'للاقليم', 'لعماله', 'للعماله', 'الاقليم', 'العماله']);
/** Words of tenure between the governor and his unit ("العامل السابق للإقليم", "العامل الجديد لعمالة ..."), folded. */
const TENURE_WORDS = new Set(['السابق', 'الجديد', 'الحالي', 'الاسبق', 'السابقه', 'الجديده', 'الحاليه']);

/**
 * "باشا" (folded), the head of a town's administration, and the units he heads ("باشا مدينة الزمامرة",
 * "باشا على مدينة ..."): a pasha elsewhere is an old title after a name ("مستشفى مصطفى باشا"), and
 * "الباشا" a Tunisian given name, so the word is an office only before its unit.
 */
const PASHA = 'باشا';
const PASHA_UNITS = new Set(['مدينه', 'باشويه', 'مقاطعه']);

/**
 * "متصرف لواء الأغوار الشمالية": Jordan's governor of a district ("لواء"), folded, with and without
 * the article; elsewhere "متصرف" is a civil servant's grade ("متصرف مدني"), so an office only there.
 */
const DISTRICT_GOVERNORS = new Set(['متصرف', 'المتصرف']);
const DISTRICT = 'لواء';

/** Whether a folded word without clitics is the governor's "عامل", "باشا" or "متصرف" ("وعامل" read as "و" + "عامل"). */
export function isProvinceGovernorStem(stem: string): boolean {
  return GOVERNOR_WORDS.has(stem) || stem === PASHA || DISTRICT_GOVERNORS.has(stem);
}

/** Whether a word may be the governor's "عامل", "باشا" or "متصرف" (behind a clitic too: "وعامل", "لعامل"). */
export const mayBeProvinceGovernor: (word: WordHolder) => boolean = readingInList(new Set([...GOVERNOR_WORDS, PASHA, ...DISTRICT_GOVERNORS]));

/** Whether the word at i is "عامل" heading a province ("عامل إقليم ...", "عاملا على عمالة ..."), "باشا" a town, or "متصرف" a district. */
export function isProvinceGovernorAt(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i].isWord || !mayBeProvinceGovernor(tokens[i])) return false;
  if (DISTRICT_GOVERNORS.has(tokens[i].folded.replace(/^[وفل](?=ل?متصرف)/, ''))) return tokens[i + 1]?.folded === DISTRICT && tokens[i + 2]?.isWord === true;
  if (tokens[i].folded === PASHA || tokens[i].folded === `و${PASHA}`) {
    const k = tokens[i + 1]?.folded === 'علي' ? i + 2 : i + 1;
    return tokens[k]?.isWord === true && PASHA_UNITS.has(tokens[k].folded) && tokens[k + 1]?.isWord === true;
  }
  // ("عاملا مديرا للشؤون الداخلية": the governor's rank given with a post at the ministry, Morocco's usage.)
  if (isGovernorRankBeforePost(tokens, i)) return true;
  let k = i + 1;
  // "عامل صاحب الجلالة على إقليم ...": the king's governor.
  if (tokens[k]?.folded === 'صاحب' && tokens[k + 1]?.folded === 'الجلاله') k += 2;
  if (tokens[k]?.folded === 'علي') k++;
  const unit = tokens[k];
  if (unit?.isWord === true && GOVERNED_UNITS.has(unit.folded) && tokens[k + 1]?.isWord === true) return true;
  // ("العامل السابق للإقليم، مولاي أحمد العلوي": the province named before, "ل" or the article on it.)
  if (TENURE_WORDS.has(tokens[k]?.folded ?? '')) k++;
  return tokens[k]?.isWord === true && GOVERNED_UNITS_NAMED_BEFORE.has(tokens[k].folded) && !/^[وف]/.test(tokens[i].folded);
}

/** "عاملا مديرا ...": "عاملا" (the governor's rank, in the accusative) right before the post given with it, in the accusative too. */
export function isGovernorRankBeforePost(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.folded === 'عاملا' && next?.isWord === true && isAccusativeOffice(next);
}
