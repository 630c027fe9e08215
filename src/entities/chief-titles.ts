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

/**
 * The plurals of trades a chief heads that the office lists do not hold ("كبير المفاوضين
 * الفلسطينيين", "كبير الاقتصاديين في بنك قطر الوطني", "كبير مراسلي"), folded, without the article:
 * sound plurals also in construct ("مفاوضي"). A closed class: "كبير" before any other plural is "big".
 * (Not "الباحثين": "كبير الباحثين في الدراسة" leads a study, no post.)
 */
const CHIEF_GROUPS = new Set([
  ...['مفاوض', 'اقتصادي', 'محلل', 'مهندس', 'مراسل', 'مفتش', 'استراتيجي', 'مذيع', 'مدرب', 'حاخام'].flatMap((one) => [`${one}ين`, `${one}ي`]),
  'علماء', 'اطباء', 'خبراء', 'قضاه', 'امناء', 'حاخامات', 'ياوران',
]);

/** Whether the word at i is "كبير" before the plural of an office ("مستشاري"; office-words.ts) or of a trade a chief heads ("المفاوضين"). */
export function isChiefTitleAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!tokens[i].isWord || !mayBeChiefTitle(tokens[i]) || next?.isWord !== true) return false;
  return isPluralOffice(next) || CHIEF_GROUPS.has(next.folded.replace(/^ال/, ''));
}
