/** Splits a block's text into word and punctuation tokens that keep their UTF-16 offsets. */
import { fold } from '../text/normalize.js';

export interface Token {
  /** The token as written. */
  text: string;
  /** Folded search form (no harakat, unified hamza/alef, ...). */
  folded: string;
  start: number;
  end: number;
  isWord: boolean;
}

// Letters with their combining marks, digits, and joiners inside Persian words; anything else that is
// not a space or a format character is a one-character punctuation token.
const TOKEN = /[\p{L}\p{M}\p{N}\u200c\u200d_]+|[^\s\p{L}\p{M}\p{N}\p{Cf}]/gu;
const WORDLIKE = /^[\p{L}\p{M}\p{N}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({
      text: match[0],
      folded: fold(match[0]),
      start,
      end: start + match[0].length,
      isWord: WORDLIKE.test(match[0]),
    });
  }
  return tokens;
}
