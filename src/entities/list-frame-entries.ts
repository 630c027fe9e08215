/**
 * "وهم فلان عن قائمة آفاق ... وعلان عن قائمة الجمهوري ... وسيدة الونيسي عن قائمة حركة النهضة": the
 * entries of a list that each go on with the same frame (a particle and the word after it, "عن
 * قائمة") are names alike. An entry of two words that opens with "و" right before that frame, where
 * two other entries of the block are persons, is a person too, even when its given name is also a
 * common noun ("سيدة": lady) that the tagger left out.
 */
import { writtenOffset } from './clitics.js';
import { isParticle } from './lexicon.js';
import { isNoListEntryWord } from './last-list-entries.js';
import type { Span } from './spans.js';
import type { Token } from './tokenize.js';
import type { BlockTokens, Located } from './extract-types.js';

/** Person entries named by the frame they share (see the module comment), not yet among `people`. */
export function entriesBeforeSharedFrames(people: readonly Located[]): Located[] {
  const byBlock = new Map<BlockTokens, Span[]>();
  for (const { block, span } of people) {
    if (span.kind !== 'person') continue;
    const spans = byBlock.get(block);
    if (spans) spans.push(span);
    else byBlock.set(block, [span]);
  }
  const found: Located[] = [];
  for (const [block, spans] of byBlock) {
    if (spans.length < 2) continue;
    const tokens = block.tokens;
    const frameCounts = new Map<string, number>();
    for (const span of spans) {
      const frame = frameAt(tokens, span.end);
      if (frame !== null) frameCounts.set(frame, (frameCounts.get(frame) ?? 0) + 1);
    }
    if (![...frameCounts.values()].some((count) => count >= 2)) continue;
    const covered = (i: number): boolean => spans.some((span) => span.start <= i && i < span.end);
    for (let f = 2; f < tokens.length; f++) {
      const frame = frameAt(tokens, f);
      if (frame === null || (frameCounts.get(frame) ?? 0) < 2 || covered(f - 1) || covered(f - 2)) continue;
      const entry = entryBefore(tokens, f);
      if (entry !== null) found.push({ block, span: entry });
    }
  }
  return found;
}

/** The frame at `i`, a particle and the word after it ("عن قائمة"), folded, or null. */
function frameAt(tokens: readonly Token[], i: number): string | null {
  const [particle, noun] = [tokens[i], tokens[i + 1]];
  if (particle?.isWord !== true || noun?.isWord !== true || !isParticle(particle) || isParticle(noun)) return null;
  return `${particle.folded} ${noun.folded}`;
}

/** The entry of two words before the frame at `f`, its first word carrying "و" (or after a spaced "و"), or null. */
function entryBefore(tokens: readonly Token[], f: number): Span | null {
  const words = tokens.slice(f - 2, f);
  if (!words.every((token) => token.isWord)) return null;
  const spaced = tokens[f - 3]?.folded === 'و';
  const given = spaced ? words[0].folded : words[0].folded.slice(1);
  if ((!spaced && !words[0].folded.startsWith('و')) || given.length < 3 || given.startsWith('ال')) return null;
  if (words.some(isNoListEntryWord)) return null;
  return { kind: 'person', start: f - 2, end: f, skip: spaced ? 0 : writtenOffset(words[0].text, 1) };
}
