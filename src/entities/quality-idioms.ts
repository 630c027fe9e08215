/**
 * "أشاد بحسن الضيافة والتنظيم", "حسن الجوار", "حسن النية": "حسن" (goodness of) in the construct
 * state with the noun of a quality is the praise of that quality; the given name "حسن" only looks
 * the same. Closed class of the qualities news praises so: a family name may be any definite word
 * ("حسن الصدر", "حسن الأبيض"), so the genitive's evidence alone cannot tell them apart.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

/** "حسن" (goodness of) in the construct state, also behind "ب", "ل" or "و", folded. */
const QUALITY_NOUNS = new Set(['حسن', 'بحسن', 'لحسن', 'وحسن', 'وبحسن'].map(fold));

/** The qualities praised with "حسن" (hospitality, reception, organization, neighbourliness, intent...), folded. */
const QUALITIES = new Set(
  ['الضيافة', 'الاستقبال', 'التنظيم', 'الجوار', 'النية', 'الظن', 'الخلق', 'السيرة', 'السلوك', 'الأداء', 'الإدارة', 'التعامل', 'التدبير', 'الخاتمة', 'الحظ', 'التصرف', 'الاختيار', 'المعاملة', 'الإصغاء', 'الاستماع', 'التنسيق', 'الوفادة', 'التمثيل', 'الاستعداد', 'التعاون'].map(fold),
);

/** Whether the two words from `start` are the praise of a quality ("حسن الضيافة"), no name. */
export function isQualityIdiomAt(tokens: readonly Token[], start: number, end: number): boolean {
  const [noun, quality] = [tokens[start], tokens[start + 1]];
  return end - start === 2 && noun?.isWord === true && quality?.isWord === true && QUALITY_NOUNS.has(noun.folded) && QUALITIES.has(quality.folded);
}
