/**
 * "عميدة كلية التمريض", "عميدة شؤون الطالبات": a woman dean heads a faculty, an institute or a
 * deanship's affairs; "عميدة سن مدربي اليوغا", "عميدة المسرح" is the doyenne of a trade or an art, no
 * office. (The masculine is left to the office grammar: "عميد المحامين" heads the bar, an office.)
 * Closed classes: the dean's feminine and the nouns of a deanship's affairs.
 */
import type { Token } from './tokenize.js';
import { procliticReadings } from './clitics.js';
import { isOrganizationHead } from './office-words.js';

const DEAN_WORDS = new Set(['عميده', 'العميده']);
const DEANSHIP_AFFAIRS = new Set(['شوون', 'الدراسات', 'البحث', 'القبول', 'التعليم', 'خدمه', 'التطوير', 'الجوده', 'الطلاب', 'الطالبات', 'عماده']);

/** Whether the word at i is a woman dean's title that heads no faculty or deanship: a doyenne. */
export function isDoyenAt(tokens: readonly Token[], i: number): boolean {
  if (!procliticReadings(tokens[i]).some(({ stem }) => DEAN_WORDS.has(stem))) return false;
  const next = tokens[i + 1];
  return !(next?.isWord === true && (isOrganizationHead(next) || DEANSHIP_AFFAIRS.has(next.folded)));
}
