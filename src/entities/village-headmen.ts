/**
 * "مختار القرية", "مختار حي الشعار": in the Levant and Iraq the headman of a village or a quarter is
 * its "مختار", a given name everywhere else ("مختار بن نصر"), so it is an office only right before
 * the unit it heads. Closed classes.
 */
import type { Token } from './tokenize.js';
import type { WordHolder } from './word-memo.js';
import { readingInList } from './clitics.js';

/** "مختار" with or without the article, folded. */
const HEADMAN_WORDS = new Set(['مختار', 'المختار']);

/** The units a headman heads, folded, bare (in the construct state) or definite. */
const HEADED_UNITS = new Set(['قريه', 'حي', 'بلده', 'محله', 'القريه', 'الحي', 'البلده', 'المحله']);

/** Whether a word may be the headman's "مختار" (behind a clitic too: "ومختار", "لمختار"). */
export const mayBeVillageHeadman: (word: WordHolder) => boolean = readingInList(HEADMAN_WORDS);

/** Whether a stem (a clitic taken off) is the headman's "مختار". */
export function isVillageHeadmanStem(stem: string): boolean {
  return HEADMAN_WORDS.has(stem);
}

/** Whether the word at i is "مختار" heading a village or a quarter: "مختار القرية", "مختار حي ...". */
export function isVillageHeadmanAt(tokens: readonly Token[], i: number): boolean {
  const unit = tokens[i + 1];
  return tokens[i].isWord && mayBeVillageHeadman(tokens[i]) && unit?.isWord === true && HEADED_UNITS.has(unit.folded);
}
