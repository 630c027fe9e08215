/**
 * "مارين لوبان : زعيمة حزب ... ¶ بنوا هامون : مرشح الحزب الاشتراكي": a who's who list, each entry a
 * name, a colon and what the person is or does, opening a paragraph or a sentence. Where the tagger
 * takes the heads of two entries or more for persons (the well-known ones), every head of the same
 * shape names a person too, though the tagger never saw its words (a foreign candidate, a preacher):
 * two to four words before the colon, none an ordinary word, a title, a particle, a place or a
 * nationality, the first without the article.
 */
import { isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { isTitleWord } from './spans.js';
import { OPENS_WITH_DIGIT, type Token } from './tokenize.js';
import { hasTrait, NATIONALITY, PLACE } from './word-traits.js';
import { COLON, nextTriggered, triggersIn } from './word-triggers.js';
import type { RawSpan } from './extract-types.js';

const MIN_HEAD_WORDS = 2;
const MAX_HEAD_WORDS = 4;
/** How many heads the tagger must take for persons before the list's shape says the rest are. */
const MIN_TAGGED_HEADS = 2;

/** The colon closing an entry head that opens at `start`, or -1. */
function headColonAt(tokens: readonly Token[], start: number): number {
  // (After a full stop, an entry may open in the middle of a paragraph.)
  if (start > 0 && !SENTENCE_ENDS.has(tokens[start - 1].text)) return -1;
  for (let k = start; k < tokens.length && k - start <= MAX_HEAD_WORDS; k++) {
    if (tokens[k].text === ':') return k - start >= MIN_HEAD_WORDS ? k : -1;
    if (!tokens[k].isWord) return -1;
  }
  return -1;
}

/** Whether a block holds a colon, read from its trigger bits: most blocks hold none, so no entry head either. */
function hasColon(tokens: readonly Token[]): boolean {
  return nextTriggered(triggersIn(tokens), COLON, 0) >= 0;
}

/** A word of a head that may be a name: a listed name word, or none of the words that are no name. */
function isHeadNameWord(token: Token, first: boolean): boolean {
  if (OPENS_WITH_DIGIT.test(token.text) || isTitleWord(token) || isParticle(token) || hasTrait(token, PLACE | NATIONALITY)) return false;
  if (first && token.folded.startsWith('ال')) return false;
  return isListedNameWord(token.folded) || !isOrdinaryWord(token.folded, false, token.text);
}

/** The entry heads (name spans, bounded by the colon) of each block that the list's shape vouches for. */
export function colonHeadedEntryNameSpans(blocks: ReadonlyArray<readonly Token[]>, taggedBlocks: ReadonlyArray<readonly RawSpan[]>): Array<Array<{ start: number; end: number; bracketed: boolean }>> {
  const heads = blocks.map((tokens) => {
    const found: Array<{ start: number; end: number }> = [];
    if (!hasColon(tokens)) return found;
    for (let start = 0; start < tokens.length; start++) {
      const colon = headColonAt(tokens, start);
      if (colon > 0) found.push({ start, end: colon });
    }
    return found;
  });
  let tagged = 0;
  heads.forEach((found, b) => {
    for (const head of found) if (taggedBlocks[b].some((span) => span.kind === 'person' && span.start === head.start && span.end === head.end)) tagged++;
  });
  if (tagged < MIN_TAGGED_HEADS) return blocks.map(() => []);
  return heads.map((found, b) =>
    found
      .filter(({ start, end }) => blocks[b].slice(start, end).every((token, k) => isHeadNameWord(token, k === 0)))
      .map(({ start, end }) => ({ start, end, bracketed: true })),
  );
}
