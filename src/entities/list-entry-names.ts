/**
 * "التشكيلة: فلان، يسري حمزة، فلان": in a list of people set off by commas, an entry of two or
 * three words between two entries that are persons is a person too, when a name list knows one of
 * its words and none is a title, particle, place, nationality or common word. The tagger misses such
 * entries when a word of them also reads as a verb ("يسري": it applies); the list says what they are.
 */
import { isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { isCommonWord } from './ordinary-words.js';
import { isTitleWord } from './spans.js';
import type { Token } from './tokenize.js';
import { hasTrait, NATIONALITY, PLACE } from './word-traits.js';
import { isComma } from './located.js';

const MIN_ENTRY_WORDS = 2;
const MAX_ENTRY_WORDS = 3;

function isEntryWord(token: Token): boolean {
  if (!token.isWord || isTitleWord(token) || isParticle(token) || hasTrait(token, PLACE | NATIONALITY)) return false;
  return isListedNameWord(token.folded) || !isCommonWord(token);
}

/** Person spans for such entries, given the block's person spans found so far. */
export function listEntryNameSpans(tokens: readonly Token[], persons: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const starts = new Set(persons.map((span) => span.start));
  const spans: Array<{ start: number; end: number }> = [];
  for (const before of persons) {
    if (!isComma(tokens[before.end])) continue;
    const start = before.end + 1;
    let end = start;
    // (The tagger may have seen a piece of the entry: "يسري | حمزة".)
    while (end < tokens.length && end - start <= MAX_ENTRY_WORDS && tokens[end].isWord && !(starts.has(end) && end > start && /^و./.test(tokens[end].folded))) end++;
    if (end - start < MIN_ENTRY_WORDS || end - start > MAX_ENTRY_WORDS) continue;
    // The next entry is a person: right after a comma, or opening with "و" at `end`.
    const nextIsPerson = (isComma(tokens[end]) && starts.has(end + 1)) || (starts.has(end) && tokens[end].isWord);
    if (!nextIsPerson) continue;
    const words = tokens.slice(start, end);
    if (words.every(isEntryWord) && words.some((token) => isListedNameWord(token.folded))) spans.push({ start, end });
  }
  return spans;
}
