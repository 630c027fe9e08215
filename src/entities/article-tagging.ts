/** Pass 1 of the extractor: each block tokenized and tagged by the trained perceptron. */
import type { Block } from '../article/model.js';
import { taggedSpans } from './spans.js';
import { spansSplitAtOutlet } from './press-addressees.js';
import { tagDocumentWords } from './tagger.js';
import { tokenize } from './tokenize.js';
import { tokensWithGluedParticlesSplit } from './glued-particles.js';
import { tokensWithGluedOfficesSplit } from './glued-office-nouns.js';
import { tokensWithGluedPronounsSplit } from './glued-pronouns.js';
import type { BlockTokens, RawSpan } from './extract-types.js';
import { isSectAdjectiveAt } from './sect-adjectives.js';

const SKIPPED_KINDS = new Set<Block['kind']>(['related', 'source']);

/** The blocks to read (not related links or the source line), tokenized (an office noun or "هو" a typo glued to the next word set apart). */
export function tagBlocks(blocks: readonly Block[]): BlockTokens[] {
  return blocks.flatMap((block, index) =>
    SKIPPED_KINDS.has(block.kind) ? [] : [{ block: index, text: block.text, tokens: tokensWithGluedPronounsSplit(tokensWithGluedOfficesSplit(tokenize(block.text))) }],
  );
}

/** The article tagged, after splitting off the particles a typo glued to its name words. */
export function taggedArticle(tokenized: BlockTokens[]): { tokenized: BlockTokens[]; taggedBlocks: RawSpan[][]; nameWords: Set<string> } {
  const first = taggedWords(tokenized);
  let changed = false;
  const split = tokenized.map((block) => {
    const tokens = tokensWithGluedParticlesSplit(block.tokens, first.nameWords);
    if (!tokens) return block;
    changed = true;
    return { ...block, tokens };
  });
  return changed ? { tokenized: split, ...taggedWords(split) } : { tokenized, ...first };
}

/** The tagger's spans per block and the words it takes for a person anywhere in the article. */
function taggedWords(tokenized: readonly BlockTokens[]): { taggedBlocks: RawSpan[][]; nameWords: Set<string> } {
  // ("سهام الجنابي للسومرية نيوز": an organization run over a speaker's name; press-addressees.ts.)
  // ("ديوان الوقف | السني": a sect's adjective taken alone for a person; sect-adjectives.ts.)
  const taggedBlocks: RawSpan[][] = tagDocumentWords(tokenized.map((block) => block.tokens.map((token) => token.folded))).map((tags, b) => {
    const tokens = tokenized[b].tokens;
    const spans = spansSplitAtOutlet(tokens, taggedSpans(tags));
    const isTaggedName = (i: number): boolean => spans.some((span) => span.kind === 'person' && span.start <= i && i < span.end);
    return spans.filter((span) => !(span.kind === 'person' && span.end - span.start === 1 && isSectAdjectiveAt(tokens, span.start, isTaggedName)));
  });
  const nameWords = new Set<string>();
  tokenized.forEach((block, b) => {
    for (const span of taggedBlocks[b]) if (span.kind === 'person') for (let i = span.start; i < span.end; i++) nameWords.add(block.tokens[i].folded);
  });
  return { taggedBlocks, nameWords };
}
