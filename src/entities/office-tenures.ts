/**
 * "إقالة فلان من رئاسة فرع كرة اليد", "استقالة فلان من رئاسة الجمعية", "فوز فلان برئاسة الاتحاد":
 * a person removed from, resigning from or elected to the presidency ("رئاسة") of a body is (or was)
 * its president. The verbal noun (or verb) of removal or election right before the name and "من" /
 * "عن" / "ب" + "رئاسة" right after it give him the office "رئيس" + the body as written.
 * ("لرئاسة" after a name is a candidacy: no office held.)
 */
import { fold } from '../text/normalize.js';
import { readingInList } from './clitics.js';
import type { Token } from './tokenize.js';
import { officePhraseEnd } from './office-phrase.js';
import { isAccusativeOffice, isVerbLike } from './office-words.js';
import { isHonorificAt } from './honorific-titles.js';

/** Leaving an office: verbal nouns and verbs, folded (a closed class). */
const LEAVING = new Set(['إقالة', 'استقالة', 'إعفاء', 'عزل', 'سقوط', 'تنحي', 'تنحية', 'إبعاد', 'تخلي', 'استقال', 'استقالت', 'أقيل', 'أقيلت', 'أعفي', 'تنحى', 'تخلى'].map(fold));

/** Coming to an office by a vote: verbal nouns and verbs, folded (a closed class). */
const WINNING = new Set(['فوز', 'فاز', 'فازت', 'انتخاب', 'انتخب', 'انتخبت', 'تتويج'].map(fold));

const isLeaving = readingInList(LEAVING);
const isWinning = readingInList(WINNING);

const PRESIDENCY = fold('رئاسة');

/** "لولاية ثانية", "لفترة جديدة": the term of the presidency, folded, which is none of the body. */
const TERMS = new Set(['لولاية', 'لفترة', 'لعهدة', 'لمدة'].map(fold));

/** The first token of the body presided over, when the name ending at `nameEnd` is the tenure's holder, or -1. */
function presidencyComplementStart(tokens: readonly Token[], nameStart: number, nameEnd: number): number {
  const before = tokens[nameStart - 1];
  if (!before?.isWord) return -1;
  const after = tokens[nameEnd];
  if (!after?.isWord) return -1;
  // "من رئاسة" / "عن رئاسة" after leaving; "برئاسة" after winning.
  if (isLeaving(before) && (after.folded === 'من' || after.folded === 'عن') && tokens[nameEnd + 1]?.folded === PRESIDENCY) return nameEnd + 2;
  if (isWinning(before) && after.folded === `ب${PRESIDENCY}`) return nameEnd + 1;
  return -1;
}

/**
 * The office ("رئيس" + the body as written) of the name at [nameStart, nameEnd) of `text`'s
 * tokens, when removal from or election to a presidency frames it; null otherwise.
 */
export function presidencyOfHolder(text: string, tokens: readonly Token[], nameStart: number, nameEnd: number): string | null {
  const start = presidencyComplementStart(tokens, nameStart, nameEnd);
  const first = tokens[start];
  if (start < 0 || !first?.isWord || isVerbLike(first)) return null;
  // The body's phrase runs as an office's complements do after its head (the verbal noun).
  let end = officePhraseEnd(tokens, start - 1);
  for (let k = start + 1; k < end; k++) if (TERMS.has(tokens[k].folded)) end = k;
  if (end <= start) return null;
  return `رئيس ${text.slice(first.start, tokens[end - 1].end)}`;
}

/**
 * "منصبه", "مهامه" (his post, his duties), and the feminine, folded: what one is relieved of. (Wider
 * than post-phrases.ts OWN_POST, which makes an official of whoever leaves it: a coach is relieved
 * "من مهامه" too; here a post in the accusative must follow.)
 */
export const RELIEVED_OF = /^(?:منصب|مهام)(?:ه|ها)$/;

/** How many honorifics may stand between the act of removal and the name ("إعفاء المهندس فلان"). */
const MAX_HONORIFICS = 3;

/**
 * "إعفاء المهندس فلان من مهامه رئيساً لمجلس إدارة الشركة": one relieved of his duties "as" an office
 * (in the accusative) held it. The office as written, or null.
 */
export function dismissedPostOfHolder(text: string, tokens: readonly Token[], nameStart: number, nameEnd: number): string | null {
  let before = nameStart - 1;
  while (before > 0 && nameStart - before <= MAX_HONORIFICS && isHonorificAt(tokens, before)) before--;
  const act = tokens[before];
  if (act?.isWord !== true || !isLeaving(act) || tokens[nameEnd]?.folded !== 'من' || !RELIEVED_OF.test(tokens[nameEnd + 1]?.folded ?? '')) return null;
  const head = nameEnd + 2;
  if (tokens[head]?.isWord !== true || !isAccusativeOffice(tokens[head])) return null;
  const end = officePhraseEnd(tokens, head);
  return end > head ? text.slice(tokens[head].start, tokens[end - 1].end) : null;
}
