/**
 * "عميدة كلية التمريض", "عميدة شؤون الطالبات": a woman dean heads a faculty, an institute or a
 * deanship's affairs; "عميدة سن مدربي اليوغا", "عميدة المسرح" is the doyenne of a trade or an art, no
 * office. (The masculine is left to the office grammar: "عميد المحامين" heads the bar, an office; but
 * for the honorary epithets of masters of an art, "عميد الأدب العربي", "أمير الشعراء".)
 * Closed classes: the dean's feminine and the nouns of a deanship's affairs.
 */
import type { Token } from './tokenize.js';
import { procliticReadings } from './clitics.js';
import { isOrganizationHead } from './office-words.js';

const DEAN_WORDS = new Set(['عميده', 'العميده']);
const DEANSHIP_AFFAIRS = new Set(['شوون', 'الدراسات', 'البحث', 'القبول', 'التعليم', 'خدمه', 'التطوير', 'الجوده', 'الطلاب', 'الطالبات', 'عماده']);

/**
 * "أمير الشعراء أحمد شوقي", "عميد الأدب العربي طه حسين": honorary epithets of a master of an art,
 * an office word and the art's genitive, folded by head; no post.
 */
const EPITHET_GENITIVES = new Map([
  ['امير', new Set(['الشعراء', 'الشعر', 'البيان'])],
  ['عميد', new Set(['الادب', 'المسرح', 'الروايه'])],
  ['شيخ', new Set(['المورخين', 'النقاد', 'الادباء'])],
]);

/** Whether the word at i is a woman dean's title that heads no faculty or deanship, or an honorary epithet: a doyen. */
export function isDoyenAt(tokens: readonly Token[], i: number): boolean {
  const epithet = procliticReadings(tokens[i]).some(({ stem }) => EPITHET_GENITIVES.get(stem.replace(/^ال/, ''))?.has(tokens[i + 1]?.folded ?? '') === true);
  if (epithet) return true;
  if (!procliticReadings(tokens[i]).some(({ stem }) => DEAN_WORDS.has(stem))) return false;
  const next = tokens[i + 1];
  return !(next?.isWord === true && (isOrganizationHead(next) || DEANSHIP_AFFAIRS.has(next.folded)));
}
