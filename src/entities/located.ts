/** Small helpers on spans located in their block: their mention, words, order and the tokens they cover. */
import type { Mention } from '../article/model.js';
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import type { BlockTokens, Located, NameTokens } from './extract-types.js';

/** The mention a located span makes: its block and its characters, without the clitic it skips. */
export function mentionOf({ block, span }: Located): Mention {
  const start = block.tokens[span.start].start + span.skip;
  const end = block.tokens[span.end - 1].end;
  return { block: block.block, start, end, text: block.text.slice(start, end) };
}

/** Folded words of a span, the first one without its clitic. */
export function foldedWords({ block, span }: Located): string[] {
  // (A loop, not slice and map: the passes over the article's names ask this of every span.)
  const words: string[] = [];
  for (let i = span.start, end = Math.min(span.end, block.tokens.length); i < end; i++) words.push(block.tokens[i].folded);
  // (With no clitic to drop the first word is its token's folded form already.)
  if (span.skip > 0) words[0] = fold(block.tokens[span.start].text.slice(span.skip));
  return words;
}

/** Mentions in the article's order. */
export function sortMentions(mentions: Located[]): Located[] {
  return [...mentions].sort((a, b) => a.block.block - b.block.block || a.span.start - b.span.start);
}

/** Whether mention a comes before mention b in the article. */
export function isBefore(a: Located, b: Located): boolean {
  return a.block.block < b.block.block || (a.block.block === b.block.block && a.span.start < b.span.start);
}

/** Token positions taken by spans, per block, for overlap checks in linear time. */
export function coveredTokens(located: readonly Located[]): Map<BlockTokens, Set<number>> {
  const covered = new Map<BlockTokens, Set<number>>();
  for (const { block, span } of located) {
    const set = covered.get(block) ?? new Set<number>();
    for (let i = span.start; i < span.end; i++) set.add(i);
    covered.set(block, set);
  }
  return covered;
}

export function isCovered(covered: Map<BlockTokens, Set<number>>, { block, span }: Located): boolean {
  const set = covered.get(block);
  if (!set) return false;
  for (let i = span.start; i < span.end; i++) if (set.has(i)) return true;
  return false;
}

/** Whether a token of the block is part of a person's name. */
export function isNameIn(names: NameTokens, block: BlockTokens): (index: number) => boolean {
  const set = names.get(block);
  return set ? (index) => set.has(index) : () => false;
}

/** An Arabic or Latin comma. */
export function isComma(token: Token | undefined): boolean {
  return token?.text === '،' || token?.text === ',';
}

/** Whether a token joins two items of a list: "و" written apart, or a comma. */
export function isListJoiner(token: Token | undefined): boolean {
  return token?.folded === 'و' || isComma(token);
}
