/**
 * "ممثل وزارة الصناعة | في هذه التظاهرة، فلان": between an office phrase and the comma that sets the
 * holder's name off, "في" or "خلال" + "this" + a definite noun says where he speaks (the event, the
 * meeting), no part of the office: the office ends before it.
 */
import type { Token } from './tokenize.js';
import { isDefinite } from './office-words.js';
import { DEMONSTRATIVES } from './office-phrase-parts.js';

/** "في", "خلال" (at, during), folded. */
const OCCASION_PREPOSITIONS = new Set(['في', 'خلال']);

/** Whether tokens k..comma are "في هذه التظاهرة": a preposition, a demonstrative and one definite noun. */
export function isOccasionBeforeComma(tokens: readonly Token[], k: number, comma: number): boolean {
  if (comma - k !== 3 || !OCCASION_PREPOSITIONS.has(tokens[k].folded) || !DEMONSTRATIVES.has(tokens[k + 1].folded)) return false;
  const occasion = tokens[k + 2];
  return occasion.isWord && isDefinite(occasion);
}
