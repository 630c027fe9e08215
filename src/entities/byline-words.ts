/**
 * "... وفق ما جاء في البلاغ. حلا": a word standing alone as the last sentence of an article is the
 * writer's signature (initials, a short pen name), not someone the article is about: a person named
 * by one word is the subject or object of a sentence, never a sentence of its own.
 */
import { SENTENCE_ENDS } from './sentence-ends.js';
import type { Token } from './tokenize.js';

/**
 * Whether the one-word mention at `start` in a block's tokens is a sentence of its own at the end
 * of the block (nothing but punctuation after it), after a sentence end.
 */
export function isClosingSignatureAt(tokens: readonly Token[], start: number): boolean {
  // (A sentence end, not a semicolon: after "؛" the word still belongs to the sentence before it.)
  if (start < 1 || !SENTENCE_ENDS.has(tokens[start - 1].text)) return false;
  // ('"ع. معاذ"': the period of an initial ends no sentence.)
  const beforeEnd = tokens[start - 2];
  if (beforeEnd !== undefined && beforeEnd.isWord && beforeEnd.text.length === 1) return false;
  return tokens.slice(start + 1).every((token) => !token.isWord);
}
