/**
 * "زعيم حزب الشعب الجمهوري، أكبر أحزاب المعارضة، أوزغور أوزال،": between the comma after an office
 * and the comma before its holder's name, an elative in construct ("أكبر أحزاب المعارضة") says what
 * the body just named is; the office is the holder's all the same. Closed class: the elatives. So
 * does a definite participle and its preposition ("، المنضوية تحت لواء الاتحاد المغربي للشغل،").
 */
import { fold } from '../text/normalize.js';
import { isComma } from './located.js';
import type { Token } from './tokenize.js';

/** Elatives that open an aside on a body, folded. */
const ASIDE_ELATIVES = new Set(['أكبر', 'أقدم', 'أبرز', 'أهم', 'أقوى', 'ثاني', 'ثالث'].map(fold));

/** How many words an aside may have, its elative included. */
const MAX_ASIDE_WORDS = 5;

/**
 * Where the words after an aside that opens at `start` (right after a comma) and closes with a
 * comma start, or `start` when none opens there.
 */
export function elativeAsideEnd(tokens: readonly Token[], start: number): number {
  if (tokens[start + 1]?.isWord !== true) return start;
  const elative = ASIDE_ELATIVES.has(tokens[start]?.folded ?? '');
  if (!elative && !isParticipleAsideAt(tokens, start)) return start;
  for (let k = start + 1; k <= start + (elative ? MAX_ASIDE_WORDS : MAX_PARTICIPLE_ASIDE_WORDS) && k < tokens.length; k++) {
    if (isComma(tokens[k])) return k + 1;
    if (!tokens[k].isWord) return start;
  }
  return start;
}

/** How many words an aside on a participle may have ("المنضوية تحت لواء الاتحاد المغربي للشغل"). */
const MAX_PARTICIPLE_ASIDE_WORDS = 7;

/** Prepositions a participle's aside goes on with (folded). */
const ASIDE_PREPOSITIONS = new Set(['تحت', 'في', 'الي', 'من', 'عن', 'علي', 'مع']);

/**
 * ("الكاتب العام للجامعة الوطنية للصحة، المنضوية تحت لواء الاتحاد المغربي للشغل، فلان": a definite
 * participle and its preposition, what the body just named belongs to.)
 */
function isParticipleAsideAt(tokens: readonly Token[], start: number): boolean {
  const participle = tokens[start];
  if (participle?.isWord !== true) return false;
  // ("لشركة الأفق للطاقة المتجددة، التابعة للمجموعة، المهندسة فلانة": or "التابعة" (belonging) + "ل".)
  if (BELONGING_PARTICIPLES.has(participle.folded)) return /^ل./.test(tokens[start + 1]?.folded ?? '');
  return /^الم.{3,}$/.test(participle.folded) && ASIDE_PREPOSITIONS.has(tokens[start + 1]?.folded ?? '');
}

/** "التابع", "التابعة" (belonging to), folded. */
export const BELONGING_PARTICIPLES: ReadonlySet<string> = new Set(['التابع', 'التابعه']);

/** Where the aside that the comma at `comma` closes starts (at its elative), or -1. */
export function elativeAsideBefore(tokens: readonly Token[], comma: number): number {
  for (let k = comma - 2; k >= 1 && comma - k <= MAX_PARTICIPLE_ASIDE_WORDS; k--) {
    if (!tokens[k].isWord) return -1;
    if (isComma(tokens[k - 1]) && elativeAsideEnd(tokens, k) === comma + 1) return k;
  }
  return -1;
}
