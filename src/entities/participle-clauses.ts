/**
 * "قائد القوات الليبية المنبثقة عن برلمان "طبرق" فلان", "مدير المعهد المعفى من مهامه فلان": a definite
 * participle and its prepositional complement qualify the office (or its body) between the office
 * phrase and the holder's name. The complement is closed where no name can go on with it: a noun
 * with a pronoun ending ("مهامه", "منصبه") or a bare noun and a name in quotes ("برلمان "طبرق"").
 */
import { isOfficeWord, stems } from './office-words.js';
import type { Token } from './tokenize.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';

/**
 * Prepositions that join a complement to a participle, an office noun or the body it heads ("المعفى
 * من مهامه", "في أحداث"), folded ("على" folds to "علي").
 */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['عن', 'من', 'في', 'علي']);
/** "his", "her", "their" (plural) as an ending, as written ("مهامه", "منصبها"). */
const HIS_HER_THEIR_ENDING = /(?:ه|ها|هم)[\u064b-\u0652]*$/;
/** How many words the name in quotes may have. */
const MAX_QUOTED_WORDS = 3;

/** "منتهية", "المنتهي" (ended), folded: the outgoing holder's or body's participle. */
const ENDED = /^(?:ال)?منتهيه?$/;
/** "الولاية", "ولايتها", "صلاحيته" (its mandate), folded: what has ended. */
const MANDATE = /^(?:الولايه|الصلاحيه|(?:ولايت|صلاحيت)(?:ه|ها|هم))$/;

/**
 * End of the participle clause opening at `at` ("المنبثقة عن برلمان "طبرق""), or -1. ("رئيس حكومة
 * الوحدة الوطنية منتهية الولاية فلان": so is "whose mandate has ended", a participle and its subject.)
 */
export function participleClauseEnd(tokens: readonly Token[], at: number): number {
  const participle = tokens[at];
  const preposition = tokens[at + 1];
  const object = tokens[at + 2];
  if (participle?.isWord && ENDED.test(participle.folded) && preposition?.isWord && MANDATE.test(preposition.folded)) return at + 2;
  if (!participle?.isWord || !participle.folded.startsWith('الم') || stems(participle).length !== 1 || isOfficeWord(participle)) return -1;
  if (!preposition?.isWord || !COMPLEMENT_PREPOSITIONS.has(preposition.folded) || !object?.isWord || object.folded.startsWith('ال')) return -1;
  if (HIS_HER_THEIR_ENDING.test(object.text) && stems(object).length === 1) return at + 3;
  if (!OPENING_QUOTES.has(tokens[at + 3]?.text ?? '')) return -1;
  for (let k = at + 4; k <= at + 4 + MAX_QUOTED_WORDS && k < tokens.length; k++) {
    if (CLOSING_QUOTES.has(tokens[k].text)) return k > at + 4 ? k + 1 : -1;
    if (!tokens[k].isWord) return -1;
  }
  return -1;
}
