/**
 * "المتحدث الرسمي للنيابة العامة في منطقة مكة المكرمة": an office of a body named through "ل" and
 * the article ("للنيابة", "للهيئة") may name the region of the body's branch after "في" + a region's
 * head, as an office with a body's head noun does ("مدير إدارة التعليم في محافظة جدة").
 */
import type { Token } from './tokenize.js';
import { isVerbLike } from './office-words.js';

/** Whether the office phrase from `head` to before `i` names its body through "لل" ("للنيابة العامة"). */
export function namesBodyThroughLam(tokens: readonly Token[], head: number, i: number): boolean {
  for (let k = head + 1; k < i; k++) if (tokens[k].isWord && tokens[k].folded.startsWith('لل') && !isVerbLike(tokens[k])) return true;
  return false;
}
