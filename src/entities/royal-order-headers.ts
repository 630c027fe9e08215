/**
 * "نحن سلمان بن عبدالعزيز آل سعود" on a line of its own, then "ملك المملكة العربية السعودية" on the
 * next: the header of a Saudi royal order (and of other monarchs' decrees written in the first
 * person plural) names the sovereign, and the line after it is his office, written alone. The lines
 * are blocks of their own, so the office grammar, which reads within a block, never joins them.
 */
import { fold } from '../text/normalize.js';
import type { BlockTokens, Draft } from './extract-types.js';
import { officePhraseEnd } from './office-phrase.js';
import { isOfficeAt } from './office-start.js';

/** "نحن" (we), folded: the royal plural a decree's header opens with. */
const WE = 'نحن';

/**
 * The office a person's mention heads a decree with: the mention is its block's words after "نحن",
 * and the next block is one office phrase and nothing else. Returns the office's tokens, or null.
 */
export function royalHeaderOffice(draft: Draft, blocks: readonly BlockTokens[]): BlockTokens | null {
  for (const { block, span } of draft.mentions) {
    // (The mention must close its block: asked first, it spares the count of most mentions' words.)
    if (block.tokens[span.end] !== undefined) continue;
    const words = block.tokens.filter((token) => token.isWord);
    if (words.length !== span.end - span.start + 1 || fold(words[0].text) !== WE) continue;
    const next = blocks.find((other) => other.block === block.block + 1);
    if (!next || next.tokens.length < 2 || !next.tokens.every((token) => token.isWord) || !isOfficeAt(next.tokens, 0)) continue;
    if (officePhraseEnd(next.tokens, 0) === next.tokens.length) return next;
  }
  return null;
}
