/**
 * "إلى الأمام", "نحو الأمام", "للأمام" (forward): folded, "الأمام" (the front) is "الإمام" (the imam),
 * a title before a name. Written with the hamza above the alef and after a preposition of direction
 * it is the adverb, neither a title nor the start of a name ("هروبه إلى الأمام وتملصه").
 */
import type { Token } from './tokenize.js';

const DIRECTION_PREPOSITIONS = new Set(['الي', 'نحو']);
const WRITTEN_FRONT = /^[وف]?(?:ال|لل)أمام$/;

export function isForwardAdverb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isWord || !WRITTEN_FRONT.test(token.text.replace(/[\u064b-\u0652]/g, ''))) return false;
  return /^[وف]?لل/.test(token.text) || DIRECTION_PREPOSITIONS.has(tokens[i - 1]?.folded ?? '');
}
