/**
 * "المشرفة العامة على المجلس القومي للأشخاص | ذوي الإعاقة": "ذوي"/"ذوو" (the masculine plural of
 * "possessor of"), in the construct state with a definite noun, qualify the definite noun before them
 * as an adjective does: an office phrase takes both words, as it takes the feminine "ذات" + a
 * definite noun (office-phrase.ts).
 */
import type { Token } from './tokenize.js';

const POSSESSOR_NOUNS = new Set(['ذوي', 'ذوو']);

/** The end of "ذوي" + a definite noun at `i`, after a definite word, or -1. */
export function possessorPhraseEnd(tokens: readonly Token[], i: number): number {
  const [qualified, possessor, owned] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!possessor?.isWord || !POSSESSOR_NOUNS.has(possessor.folded) || qualified?.isWord !== true || owned?.isWord !== true) return -1;
  return /^(?:[وفبل]?ال|لل)./.test(qualified.folded) && /^ال../.test(owned.folded) ? i + 2 : -1;
}
