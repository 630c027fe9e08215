/**
 * Tags the sentences of a document (sequences of folded words) with the trained model: per-position
 * tag scores from the features, then Viterbi, then again with document evidence.
 *
 * A position's score is that of its own word's features, its neighbours' (within two words) and the
 * features joining adjacent words (features.ts pairFeatures). Scores are exact integer sums
 * (tagger-model.ts), so they are combined from caches: per distinct word, what it scores on its own;
 * per distinct adjacent pair, what it gives each of the four positions around it (its words as
 * neighbours plus the pair's joint feature). News text repeats words and word pairs.
 */
import {
  BIGRAM_OF_AFTER,
  BIGRAM_OF_BEFORE,
  BIGRAM_OF_FIRST,
  BIGRAM_OF_SECOND,
  BIGRAM_ROLES,
  bigramFeature,
  describeWord,
  NEIGHBOUR_OFFSETS,
  previousTagFeature,
  previousTagWordFeature,
  rareContextFeatures,
  SENTENCE_END,
  SENTENCE_START,
  type WordFeatures,
} from './features.js';
import { DOCUMENT_LISTS_PER_TOKEN, documentFeatures } from './document-features.js';
import type { Gazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import type { TaggerModel } from './tagger-model.js';
import type { WordClusters } from './word-clusters.js';
import { bioTransitions, viterbi } from './viterbi.js';

interface WordScores {
  /** Tells cached words apart in the pair cache. */
  id: number;
  hash: number;
  rare: boolean;
  /** The word's WORD_ROWS tag rows (OWN_ROW ... AFTER_RARE_ROW) in one array. */
  scores: Float64Array;
  /** (tags + 1) × tags transition scores into this word, from each previous tag or the start. */
  transitions: Float64Array;
  /** Where the scores of the pair (this word, next word) are in the pair pool, by the next word's id. */
  pairs: Map<number, number>;
}

/** One sentence's transition scores and tag scores per position (length × tags). */
interface Pass {
  transitions: Float64Array[];
  emissions: Float64Array;
}

/**
 * A pair's pool entry is a tag row for each position it scores, indexed by bigram role (features.ts):
 * the pair's second word, its first word, the word after it, the word before it.
 */
const PAIR_SIZE = BIGRAM_ROLES;
/** Which neighbour (index in NEIGHBOUR_OFFSETS) the pair's first or second word is to each of those. */
const FIRST_BEFORE_SECOND = NEIGHBOUR_OFFSETS.indexOf(-1);
const SECOND_AFTER_FIRST = NEIGHBOUR_OFFSETS.indexOf(1);
const FIRST_TWO_BEFORE = NEIGHBOUR_OFFSETS.indexOf(-2);
const SECOND_TWO_AFTER = NEIGHBOUR_OFFSETS.indexOf(2);

/**
 * A word's tag rows: what it scores on its own, as the neighbour at each of NEIGHBOUR_OFFSETS, and
 * what it gives a rare word right after it and right before it (rareContextFeatures).
 */
const OWN_ROW = 0;
const NEIGHBOUR_ROW = 1;
const BEFORE_RARE_ROW = NEIGHBOUR_ROW + NEIGHBOUR_OFFSETS.length;
const AFTER_RARE_ROW = BEFORE_RARE_ROW + 1;
const WORD_ROWS = AFTER_RARE_ROW + 1;

/** Bound the caches so a huge input cannot grow them without limit (a pair takes PAIR_SIZE int32 tag rows). */
const MAX_CACHED_WORDS = 100_000;
const MAX_CACHED_PAIRS = 200_000;

export class SequenceTagger {
  private readonly tagCount: number;
  private readonly allowed: Uint8Array;
  /** Scores of moving from each previous tag (or the start) to each tag, whatever the word. */
  private readonly plainTransitions: Float64Array;
  private readonly cache = new Map<string, WordScores>();
  private readonly start: WordScores;
  private readonly end: WordScores;
  private nextId = 0;
  private cachedPairs = 0;
  /** The scores of every cached pair, PAIR_SIZE tag rows each, in the order they were first seen. */
  private pairPool: Int32Array;
  /** Where a new pair's rows are summed before they go to the pool. */
  private readonly pairScratch: Float64Array;
  /** Scratch: pool offset of each adjacent pair of a sentence, boundaries included. */
  private sentencePairs = new Int32Array(0);

  constructor(
    private readonly model: TaggerModel,
    private readonly gaz: Gazetteer,
    private readonly clusters: WordClusters,
    private readonly nameEvidence: WordClusters,
  ) {
    this.tagCount = model.tags.length;
    this.allowed = bioTransitions(model.tags);
    this.pairPool = new Int32Array(4096 * PAIR_SIZE * this.tagCount);
    this.pairScratch = new Float64Array(PAIR_SIZE * this.tagCount);
    this.plainTransitions = new Float64Array((this.tagCount + 1) * this.tagCount);
    for (let previous = 0; previous <= this.tagCount; previous++) {
      model.addScores(this.plainTransitions, previous * this.tagCount, [previousTagFeature(previous)]);
    }
    this.start = this.score(SENTENCE_START);
    this.end = this.score(SENTENCE_END);
  }

  isRare(word: string): boolean {
    return !this.model.isFrequent(hashString(word));
  }

  /**
   * Tags a document's sentences in two passes: the second adds what the first made of each word
   * elsewhere in the document (document-features.ts).
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const count = this.tagCount;
    const passes = sentences.map((words) => this.firstPass(words));
    const firstTags = passes.map((pass) => this.decode(pass));
    const scoreRow = (features: readonly number[]): Float64Array => {
      const row = new Float64Array(count);
      this.model.addScores(row, 0, features);
      return row;
    };
    const evidence = documentFeatures(sentences, firstTags, (word) => this.isRare(word), scoreRow, null);
    return passes.map((pass, s) => {
      const rows = evidence[s];
      const emissions = pass.emissions;
      let changed = false;
      for (let i = 0, r = 0; i < pass.transitions.length; i++) {
        for (let k = 0; k < DOCUMENT_LISTS_PER_TOKEN; k++, r++) {
          const row = rows[r];
          if (!row) continue;
          for (let t = 0; t < count; t++) emissions[i * count + t] += row[t];
          changed = true;
        }
      }
      return changed ? this.decode(pass) : firstTags[s];
    });
  }

  private firstPass(words: readonly string[]): Pass {
    const count = this.tagCount;
    const length = words.length;
    // Clearing only between sentences: no pool offset in use goes stale.
    if (this.cache.size + length > MAX_CACHED_WORDS || this.cachedPairs + length + 3 > MAX_CACHED_PAIRS) this.clearCache();
    // The sentence's words with two sentence-boundary markers either side: word i is at i + 2.
    const padded = new Array<WordScores>(length + 4);
    padded[0] = padded[1] = this.start;
    padded[length + 2] = padded[length + 3] = this.end;
    const transitions = new Array<Float64Array>(length);
    for (let i = 0; i < length; i++) {
      const scores = this.wordScores(words[i]);
      padded[i + 2] = scores;
      transitions[i] = scores.transitions;
    }
    // Pair p (p = 0 .. length + 2) is (word p - 2, word p - 1), i.e. padded p and p + 1.
    if (this.sentencePairs.length < length + 3) this.sentencePairs = new Int32Array((length + 3) * 2);
    const pairs = this.sentencePairs;
    for (let p = 0; p < length + 3; p++) pairs[p] = this.pairOffset(padded[p], padded[p + 1]);
    const pool = this.pairPool;
    const emissions = new Float64Array(length * count);
    for (let i = 0; i < length; i++) {
      const offset = i * count;
      const word = padded[i + 2];
      const own = word.scores;
      const ownRow = OWN_ROW * count;
      const fromPrevious = pairs[i + 1] + BIGRAM_OF_SECOND * count;
      const fromNext = pairs[i + 2] + BIGRAM_OF_FIRST * count;
      const fromTwoBefore = pairs[i] + BIGRAM_OF_AFTER * count;
      const fromTwoAfter = pairs[i + 3] + BIGRAM_OF_BEFORE * count;
      for (let t = 0; t < count; t++) {
        emissions[offset + t] = own[ownRow + t] + pool[fromPrevious + t] + pool[fromNext + t] + pool[fromTwoBefore + t] + pool[fromTwoAfter + t];
      }
      if (!word.rare) continue;
      const before = padded[i + 1].scores;
      const after = padded[i + 3].scores;
      for (let t = 0; t < count; t++) emissions[offset + t] += before[BEFORE_RARE_ROW * count + t] + after[AFTER_RARE_ROW * count + t];
    }
    return { transitions, emissions };
  }

  /** Pool offset of the scores of the adjacent pair (first, second), worked out once per distinct pair. */
  private pairOffset(first: WordScores, second: WordScores): number {
    const known = first.pairs.get(second.id);
    if (known !== undefined) return known;
    const count = this.tagCount;
    const offset = this.cachedPairs * PAIR_SIZE * count;
    if (offset + PAIR_SIZE * count > this.pairPool.length) {
      const grown = new Int32Array(this.pairPool.length * 2);
      grown.set(this.pairPool);
      this.pairPool = grown;
    }
    const scores = this.pairScratch;
    const copy = (row: number, word: WordScores, neighbour: number): void => {
      for (let t = 0; t < count; t++) scores[row * count + t] = word.scores[(NEIGHBOUR_ROW + neighbour) * count + t];
    };
    copy(BIGRAM_OF_SECOND, first, FIRST_BEFORE_SECOND);
    copy(BIGRAM_OF_FIRST, second, SECOND_AFTER_FIRST);
    copy(BIGRAM_OF_AFTER, first, FIRST_TWO_BEFORE);
    copy(BIGRAM_OF_BEFORE, second, SECOND_TWO_AFTER);
    for (let role = 0; role < BIGRAM_ROLES; role++) this.model.addScore(scores, role * count, bigramFeature(role, first.hash, second.hash));
    for (let k = 0; k < PAIR_SIZE * count; k++) this.pairPool[offset + k] = scores[k];
    first.pairs.set(second.id, offset);
    this.cachedPairs++;
    return offset;
  }

  private clearCache(): void {
    this.cache.clear();
    this.start.pairs.clear();
    this.end.pairs.clear();
    this.cachedPairs = 0;
  }

  private decode({ transitions, emissions }: Pass): string[] {
    const path = viterbi(transitions.length, this.tagCount, emissions, transitions, this.allowed);
    const tags = new Array<string>(path.length);
    for (let i = 0; i < path.length; i++) tags[i] = this.model.tags[path[i]];
    return tags;
  }

  private wordScores(word: string): WordScores {
    let scores = this.cache.get(word);
    if (!scores) {
      scores = this.score(describeWord(word, this.gaz, this.clusters, this.nameEvidence, (hash) => this.model.isFrequent(hash)));
      this.cache.set(word, scores);
    }
    return scores;
  }

  private score(features: WordFeatures): WordScores {
    const count = this.tagCount;
    const model = this.model;
    const scores = new Float64Array(WORD_ROWS * count);
    model.addScores(scores, OWN_ROW * count, features.own);
    for (let k = 0; k < features.asNeighbour.length; k++) model.addScores(scores, (NEIGHBOUR_ROW + k) * count, features.asNeighbour[k]);
    const context = rareContextFeatures(features);
    model.addScore(scores, BEFORE_RARE_ROW * count, context.previous);
    model.addScore(scores, BEFORE_RARE_ROW * count, context.previousStem);
    model.addScores(scores, BEFORE_RARE_ROW * count, context.previousClasses);
    model.addScore(scores, AFTER_RARE_ROW * count, context.next);
    model.addScores(scores, AFTER_RARE_ROW * count, context.nextClasses);
    // Most words have no weight joined with the previous tag: they share the plain transition scores.
    let transitions = this.plainTransitions;
    for (let previous = 0; previous <= count; previous++) {
      const feature = previousTagWordFeature(previous, features.hash);
      if (!model.has(feature)) continue;
      if (transitions === this.plainTransitions) transitions = Float64Array.from(this.plainTransitions);
      model.addScore(transitions, previous * count, feature);
    }
    return { id: this.nextId++, hash: features.hash, rare: features.rare, scores, transitions, pairs: new Map() };
  }
}
