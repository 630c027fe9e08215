/**
 * "رفع رئيس مجلس النواب أسمى آيات التهاني والتبريكات", "بعث بأحر التعازي": the formulas of greeting,
 * thanks and condolence in official copy. An elative of praise ("أسمى", "أصدق", "أحر"), perhaps
 * "آيات" (expressions), and a definite plural of greeting name no one, though "أسمى" and "آيات" are
 * also given names and the formula stands where a holder's name would, right after an office.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

/** Elatives and adjectives of praise that open the formula, folded. */
const PRAISE_WORDS = new Set(['أسمى', 'أصدق', 'أخلص', 'أطيب', 'أحر', 'أجمل', 'أزكى', 'خالص', 'أعمق', 'بالغ'].map(fold));

/** "آيات" (expressions of), folded. */
const EXPRESSIONS = fold('آيات');

/** What is sent, folded: greetings, blessings, thanks, gratitude, condolences, wishes. */
const GREETINGS = new Set(
  ['التهاني', 'التبريكات', 'الشكر', 'العرفان', 'التقدير', 'الامتنان', 'التعازي', 'المواساة', 'التحيات', 'الأماني', 'التمنيات', 'الولاء', 'الثناء'].map(fold),
);

/** Whether a greeting formula opens at `start` (see the module comment). */
export function isGreetingFormulaAt(tokens: readonly Token[], start: number): boolean {
  if (!PRAISE_WORDS.has(tokens[start]?.folded ?? '')) return false;
  const next = tokens[start + 1]?.folded === EXPRESSIONS ? start + 2 : start + 1;
  return GREETINGS.has(tokens[next]?.folded ?? '');
}
