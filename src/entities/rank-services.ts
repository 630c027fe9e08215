/**
 * "اللواء بحري فلان", "العميد طيار ركن فلان", "العقيد مهندس فلان", "اللواء شرطة فلان", "الفريق طبيب فلان": the branch or
 * corps an officer serves in (or his grade, "العميد الممتاز"), written bare right after his rank, belongs to the rank (the honorific),
 * not to the name. Closed class of service words; only right after a rank (or a rank's "ركن"). Also Tunisia's general
 * officer, "أمير اللواء فلان", "أمير اللواء بالبحرية فلان": the emir before the rank is the rank's.
 * Egypt's staff officers, "اللواء أركان حرب فلان", "اللواء بحري أركان حرب فلان": "of the war staff" too.
 */
import { foldedRanks } from './lexicon.js';
import type { Token } from './tokenize.js';

/** Bare words of a service or corps after a rank, folded. */
// ("اللواء شرطة فلان": a police officer's rank, Sudan and Egypt.)
// ("والعميد الممتاز فلان": Morocco's police grade above the rank, "excellent".)
// ("الفريق طبيب الشيخ فلان": a medical officer's rank, Bahrain and the Gulf.)
// ("العميد الأول للشرطة فلان": Algeria's police ranks, after the rank's "الأول" too.)
// ("العقيد الطبيبة فلانة": a medical officer, with the article too, Algeria.)
// ("العميد جمارك فلان": a customs officer's, Sudan.)
const SERVICE_WORDS = new Set(['بحري', 'طيار', 'جوي', 'مهندس', 'بحريه', 'طياره', 'بالبحريه', 'شرطه', 'الممتاز', 'ممتاز', 'طبيب', 'طبيبه', 'الطبيب', 'الطبيبه', 'للشرطه', 'جمارك']);

/** The ranks an emir heads in Tunisia's grades ("أمير اللواء"), folded. */
const EMIR_RANKS = new Set(['اللواء']);

/** Whether the word at i is a service word written after a rank ("اللواء | بحري"). */
export function isRankServiceAt(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i]?.isWord || !SERVICE_WORDS.has(tokens[i].folded)) return false;
  // (The rank may carry a list's "و": "والعميد الممتاز".)
  const previous = (tokens[i - 1]?.folded ?? '').replace(/^و(?=ال)/, '');
  return foldedRanks.has(previous) || ((previous === 'ركن' || previous === 'الاول' || previous === 'اول') && foldedRanks.has((tokens[i - 2]?.folded ?? '').replace(/^و(?=ال)/, '')));
}

/**
 * Whether the token at i is the opening bracket, the word or the closing bracket of the branch
 * written after a rank's service ("الفريق شرطة | (حقوقي) | فلان": a police officer of the legal branch,
 * Sudan) or its "الركن" ("اللواء الركن | (بحري) | فلان").
 */
export function isServiceBranchBracketAt(tokens: readonly Token[], i: number): boolean {
  const open = tokens[i]?.text === '(' ? i : tokens[i - 1]?.text === '(' ? i - 1 : tokens[i - 2]?.text === '(' ? i - 2 : -1;
  return open > 0 && tokens[open + 1]?.isWord === true && tokens[open + 2]?.text === ')' && closesRankAt(tokens, open - 1);
}

/** "الركن", "الأول" (folded, with and without the article): what makes a rank compound. */
const RANK_QUALIFIERS = new Set(['ركن', 'الركن', 'اول', 'الاول']);

/** Whether the word at i closes a rank: its service ("شرطة"), or "الركن"/"الأول" right after the rank ("اللواء الركن | (بحري)"). */
function closesRankAt(tokens: readonly Token[], i: number): boolean {
  return isRankServiceAt(tokens, i) || (RANK_QUALIFIERS.has(tokens[i]?.folded ?? '') && foldedRanks.has((tokens[i - 1]?.folded ?? '').replace(/^و(?=ال)/, '')));
}

/** Whether the word at i is "ركن" after a service word after a rank ("اللواء طيار | ركن"). */
export function isStaffAfterService(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.folded === 'ركن' && isRankServiceAt(tokens, i - 1);
}

/** Whether the word at i is the "أمير" (or "وأمير") of Tunisia's rank "أمير اللواء". */
export function isEmirOfRankAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.isWord === true && /^و?امير$/.test(tokens[i].folded) && EMIR_RANKS.has(tokens[i + 1]?.folded ?? '');
}

/** Whether the word at i is the "أركان" or the "حرب" of "أركان حرب" right after a rank or its service ("العقيد | أركان حرب"). */
export function isWarStaffAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.folded;
  const first = word === 'اركان' ? i : word === 'حرب' ? i - 1 : -1;
  if (first < 1 || tokens[first].folded !== 'اركان' || tokens[first + 1]?.folded !== 'حرب') return false;
  return foldedRanks.has(tokens[first - 1].folded.replace(/^و(?=ال)/, '')) || isRankServiceAt(tokens, first - 1);
}
