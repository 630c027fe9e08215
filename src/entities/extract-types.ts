/** The internal types the passes of the entity extractor (extract.ts) hand each other. */
import type { EntityKind } from '../article/model.js';
import type { Span } from './spans.js';
import type { Token } from './tokenize.js';

/** A block of the article (`block`: its index among the article's blocks) and its tokens. */
export interface BlockTokens {
  block: number;
  text: string;
  tokens: Token[];
}

/** A span before tidying; `bracketed` when its bounds are given (a bracket, or what was said right after it: titled-names.ts). */
export interface RawSpan {
  kind: EntityKind;
  start: number;
  end: number;
  bracketed?: boolean;
}

/** A raw span with the block it stands in. */
export type BlockRawSpan = { block: BlockTokens } & RawSpan;

/** A tidied span in its block. */
export interface Located {
  block: BlockTokens;
  span: Span;
  /** A name an alias marker gives the person ("المكنى بأبي عياض"): his mention, never his name. */
  alias?: boolean;
}

/** The mentions of one entity, before it is made an Entity. */
export interface Draft {
  kind: EntityKind;
  /** Folded name words, the key under which mentions are grouped. */
  words: string[];
  mentions: Located[];
}

/** Which tokens of each block are a person's name: the grammar's phrases stop at them. */
export type NameTokens = Map<BlockTokens, Set<number>>;
