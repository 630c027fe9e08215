/**
 * "الهيئة المديرة للنادي", "اللجنة المسيرة", "الحكومة المكلفة": a definite feminine participle
 * ("المديرة", "المسيرة", "المكلفة") right after a definite feminine noun that is no office agrees
 * with it: the managing board, the caretaker government. It describes the body; it opens no office
 * of a person ("مديرة" as a woman's office stands first or after a name).
 */
import type { Token } from './tokenize.js';
import { isDefinite, isOfficeWord, stems } from './office-words.js';

/** Whether the office word at i is a feminine participle agreeing with the body noun before it. */
export function isBodyParticipleAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const body = tokens[i - 1];
  if (!word.isWord || stems(word).length !== 1 || !/^الم.{2,}ه$/.test(word.folded)) return false;
  // (Its "ة" as written: "رام الله | المنسقة" ends in a root's "ه", no feminine noun.)
  return body?.isWord === true && stems(body).length === 1 && isDefinite(body) && /ة[\u064b-\u0652]*$/.test(body.text) && !isOfficeWord(body);
}
