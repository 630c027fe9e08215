/**
 * "وقال المستشار القانوني الدكتور فلان", "المستشار الاقتصادي فلان": a consultant named by his field
 * alone is an expert quoted for his trade, no holder of a post; with the one he advises or his body
 * after it ("المستشار الاقتصادي لرئيس الحكومة") it is an office. So is a guide named by his field
 * ("المرشد الديني", "المرشد السياحي"), whatever follows: a trade, unlike "المرشد الأعلى". Closed
 * classes: the consultant's and the guide's words and the adjectives of a field.
 */
import type { Token } from './tokenize.js';

const CONSULTANTS = new Set(['المستشار', 'المستشاره', 'والمستشار', 'والمستشاره']);
const FIELDS = new Set(['القانوني', 'القانونيه', 'الاقتصادي', 'الاقتصاديه', 'المالي', 'الماليه', 'الاسري', 'الاسريه', 'النفسي', 'النفسيه', 'التربوي', 'التربويه', 'الشرعي', 'العقاري', 'الضريبي', 'الزراعي', 'الهندسي', 'البييي', 'الاداري', 'الاداريه']);

const GUIDES = new Set(['المرشد', 'المرشده', 'والمرشد', 'والمرشده']);
const GUIDE_FIELDS = new Set(['الديني', 'الدينيه', 'السياحي', 'السياحيه', 'التربوي', 'التربويه', 'النفسي', 'النفسيه', 'الاجتماعي', 'الاجتماعيه']);

/** Whether the word at i is a consultant named by his field alone, with no body or person he advises after it, or a guide. */
export function isConsultantTradeAt(tokens: readonly Token[], i: number): boolean {
  if (GUIDES.has(tokens[i].folded)) return GUIDE_FIELDS.has(tokens[i + 1]?.folded ?? '');
  if (!CONSULTANTS.has(tokens[i].folded) || !FIELDS.has(tokens[i + 1]?.folded ?? '')) return false;
  const after = tokens[i + 2];
  // ("المستشار الاقتصادي لرئيس الحكومة", "المستشار القانوني بالديوان", "في الوزارة": whom or where he serves.)
  return !(after?.isWord === true && (/^(?:ل|ب|وب|ول)/.test(after.folded) || after.folded === 'في' || after.folded === 'لدي'));
}
