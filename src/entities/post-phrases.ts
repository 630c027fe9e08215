/**
 * Words of a decree that stand between the name and the office it concerns:
 * - "إعفاء فلان من منصبه وزيراً للصحة": the post he leaves, "من منصبه" + the office in the accusative;
 * - "تكليف فلان بالقيام بعمل مدير عام الجوازات", "بمهام وكيل الوزارة": the duties he is charged with,
 *   named by their office.
 * Closed classes: the pronoun-suffixed "منصب", and the nouns of duties behind "ب".
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

/** "منصبه", "منصبها": his or her post. */
const OWN_POST = /^منصب(?:ه|ها)$/;
/** "بالقيام": carrying out (the duties that follow). */
const CARRYING_OUT = fold('بالقيام');
/** "بعمل", "بأعمال", "بمهام", "بمهمة": the duties of an office, behind "ب". */
const DUTIES = new Set(['بعمل', 'بأعمال', 'بمهام', 'بمهمة'].map(fold));

/**
 * How many words at `start` (right after a name) lead to the office a decree concerns, 0 when none.
 * `isOffice` says whether an office phrase opens at a position, `isAccusativeOffice` whether a word
 * is an office in the accusative ("وزيراً").
 */
export function postLeadLength(tokens: readonly Token[], start: number, isOffice: (i: number) => boolean, isAccusativeOffice: (token: Token) => boolean): number {
  const first = tokens[start];
  if (!first?.isWord) return 0;
  if (first.folded === 'من' && OWN_POST.test(tokens[start + 1]?.folded ?? '') && tokens[start + 2]?.isWord && isAccusativeOffice(tokens[start + 2])) return 2;
  const lead = first.folded === CARRYING_OUT ? 1 : 0;
  const duties = tokens[start + lead];
  if (duties?.isWord && DUTIES.has(duties.folded) && tokens[start + lead + 1]?.isWord && isOffice(start + lead + 1)) return lead + 1;
  return 0;
}
