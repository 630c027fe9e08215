/**
 * "مسعد بولس، كبير مستشاري الرئيس الأمريكي", "كبير المفاوضين الفلسطينيين": "كبير" (chief) heads an
 * office only in construct with the plural of an office noun; everywhere else it is the adjective
 * "big" ("دور كبير"). Closed class, as province-governors.ts does for "عامل".
 */
import { readingInList } from './clitics.js';
import { isPluralOffice } from './office-words.js';
import type { Token } from './tokenize.js';
import type { WordHolder } from './word-memo.js';

/** "كبير" and its feminine, folded. */
const CHIEF_WORDS = new Set(['كبير', 'كبيره']);

/** Whether a folded word without clitics is the chief's "كبير". */
export function isChiefTitleStem(stem: string): boolean {
  return CHIEF_WORDS.has(stem);
}

/** Whether a word may be the chief's "كبير" (behind a clitic too: "وكبير"). */
export const mayBeChiefTitle: (word: WordHolder) => boolean = readingInList(CHIEF_WORDS);

/** Whether the word at i is "كبير" before the plural of an office ("مستشاري", "المفاوضين"; office-words.ts). */
export function isChiefTitleAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].isWord && mayBeChiefTitle(tokens[i]) && next?.isWord === true && isPluralOffice(next);
}
