/**
 * Tags the sentences of a document (sequences of folded words) with the trained model: per-position
 * tag scores from the features, then Viterbi, then again with document evidence.
 *
 * A position's score is that of its own word's features, its neighbours' (within two words) and the
 * features joining adjacent words (features.ts pairFeatures). Scores are exact integer sums
 * (tagger-model.ts), so they are combined from caches: per distinct word, what it scores on its own
 * and as each neighbour; per distinct adjacent pair, what its joint features give each of the four
 * positions around it (most pairs have none the model knows). News text repeats words and word pairs.
 */
import {
  AFTER_RARE_ROLE,
  BEFORE_RARE_ROLE,
  BIGRAM_OF_AFTER,
  BIGRAM_OF_BEFORE,
  BIGRAM_OF_FIRST,
  BIGRAM_OF_SECOND,
  BIGRAM_ROLES,
  bigramFeature,
  describeWordInto,
  NEIGHBOUR_OFFSETS,
  NEIGHBOUR_ROLE,
  OWN_ROLE,
  previousTagFeature,
  previousTagWordFeature,
  replayWord,
  SENTENCE_END,
  SENTENCE_START,
  SMALL_TEMPLATES,
  smallFeature,
  WORD_ROLES,
  type WordFeatureSink,
  type WordIdentity,
} from './features.js';
import { DOCUMENT_LISTS_PER_TOKEN, documentFeatures } from './document-features.js';
import type { Gazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import type { TaggerModel } from './tagger-model.js';
import type { WordClusters } from './word-clusters.js';
import { bioTransitions, viterbi } from './viterbi.js';
import { RowPool } from './row-pool.js';

interface WordScores {
  /** Tells cached words apart in the pair table. */
  id: number;
  hash: number;
  rare: boolean;
  /** Where the word's WORD_ROWS tag rows (OWN_ROW ... AFTER_RARE_ROW) start in the word pool. */
  at: number;
  /** (tags + 1) × tags transition scores into this word, from each previous tag or the start. */
  transitions: Float64Array;
}

/** One sentence's transition scores and tag scores per position (length × tags). */
export interface Pass {
  transitions: Float64Array[];
  emissions: Float64Array;
}

/**
 * A pair's pool entry is a tag row for each position its joint features score, indexed by bigram
 * role (features.ts): the pair's second word, its first word, the word after it, the word before it.
 */
const PAIR_SIZE = BIGRAM_ROLES;
/** Which neighbour (index in NEIGHBOUR_OFFSETS) a word is to the position it scores: -1, +1, -2, +2. */
const BEFORE = NEIGHBOUR_OFFSETS.indexOf(-1);
const AFTER = NEIGHBOUR_OFFSETS.indexOf(1);
const TWO_BEFORE = NEIGHBOUR_OFFSETS.indexOf(-2);
const TWO_AFTER = NEIGHBOUR_OFFSETS.indexOf(2);
/** The pair table's answer for a pair none of whose joint features the model has (most pairs). */
const NO_PAIR_SCORES = -1;

/**
 * A word's tag rows, one per role of its features (features.ts): what it scores on its own, as the
 * neighbour at each of NEIGHBOUR_OFFSETS, and what it gives a rare word right after it and right
 * before it.
 */
const OWN_ROW = OWN_ROLE;
const NEIGHBOUR_ROW = NEIGHBOUR_ROLE;
const BEFORE_RARE_ROW = BEFORE_RARE_ROLE;
const AFTER_RARE_ROW = AFTER_RARE_ROLE;
const WORD_ROWS = WORD_ROLES;

/** rowsOfSmall's mark for a value not looked up yet. */
const NOT_LOOKED_UP = -2;

/** Adds the weights of a word's features to its tag rows, one feature at a time as they are found. */
class WordRows implements WordFeatureSink {
  /** Where the word's rows start in the pool. */
  at = 0;
  /**
   * Per small template (features.ts smallFeature), the weight row of each value + 1, once looked up
   * (-1: none): most of a word's features take one of a few values, found once, not per word.
   */
  private readonly rowsOfSmall = Array.from({ length: SMALL_TEMPLATES }, () => new Int32Array(16).fill(NOT_LOOKED_UP));

  constructor(
    private readonly model: TaggerModel,
    private readonly pool: RowPool,
    private readonly tagCount: number,
  ) {}

  add(role: number, feature: number): void {
    this.model.addScoreTo32(this.pool.rows, this.at + role * this.tagCount, feature);
  }

  addSmall(role: number, template: number, value: number): void {
    let rows = this.rowsOfSmall[template];
    const index = value + 1;
    if (index >= rows.length) {
      const grown = new Int32Array(Math.max(index + 1, rows.length * 2)).fill(NOT_LOOKED_UP);
      grown.set(rows);
      this.rowsOfSmall[template] = rows = grown;
    }
    let row = rows[index];
    if (row === NOT_LOOKED_UP) row = rows[index] = this.model.rowOf(smallFeature(template, value));
    if (row >= 0) this.model.addRowTo32(this.pool.rows, this.at + role * this.tagCount, row);
  }
}

/** Bound the caches so a huge input cannot grow them without limit. */
const MAX_CACHED_WORDS = 100_000;
const MAX_CACHED_PAIRS = 200_000;

/**
 * The distinct adjacent pairs seen, by the ids of their two words, with where their joint scores are
 * in the pair pool (or NO_PAIR_SCORES): open addressing over typed arrays, since a Map per word (or
 * one keyed by a number above 2^31) costs an object, or a boxed number, per pair.
 */
class PairTable {
  private firsts = new Int32Array(1 << 14);
  private seconds = new Int32Array(1 << 14);
  /** The pool offset + 2, so 0 marks an empty slot and 1 a pair without scores. */
  private values = new Int32Array(1 << 14);
  size = 0;

  /** The pool offset of the pair (first, second), NO_PAIR_SCORES, or undefined when not seen yet. */
  get(first: number, second: number): number | undefined {
    const mask = this.values.length - 1;
    for (let slot = PairTable.slotOf(first, second) & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot];
      if (value === 0) return undefined;
      if (this.firsts[slot] === first && this.seconds[slot] === second) return value - 2;
    }
  }

  set(first: number, second: number, offset: number): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    this.insert(first, second, offset + 2);
    this.size++;
  }

  clear(): void {
    this.values.fill(0);
    this.size = 0;
  }

  private insert(first: number, second: number, value: number): void {
    const mask = this.values.length - 1;
    let slot = PairTable.slotOf(first, second) & mask;
    while (this.values[slot] !== 0) slot = (slot + 1) & mask;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(values.length * 2);
    this.seconds = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2);
    for (let slot = 0; slot < values.length; slot++) if (values[slot] !== 0) this.insert(firsts[slot], seconds[slot], values[slot]);
  }

  private static slotOf(first: number, second: number): number {
    return Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b);
  }
}

export class SequenceTagger {
  private readonly tagCount: number;
  private readonly allowed: Uint8Array;
  /** Scores of moving from each previous tag (or the start) to each tag, whatever the word. */
  private readonly plainTransitions: Float64Array;
  private readonly cache = new Map<string, WordScores>();
  private readonly start: WordScores;
  private readonly end: WordScores;
  private nextId = 0;
  /**
   * The tag rows of every cached word, WORD_ROWS each, in the order they were first seen (the two
   * sentence-boundary markers first): one array, not a typed array per word, each of which costs an
   * allocation outside the heap; integers, as all scores are (half the memory of doubles to read).
   */
  private readonly wordPool: RowPool;
  private readonly pairs = new PairTable();
  /** The scores of every cached pair that has any, PAIR_SIZE tag rows each, in the order they were first seen. */
  private readonly pairPool: RowPool;
  private readonly rowsSink: WordRows;
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
    this.wordPool = new RowPool(WORD_ROWS * this.tagCount, 4096);
    this.pairPool = new RowPool(PAIR_SIZE * this.tagCount, 4096);
    this.plainTransitions = new Float64Array((this.tagCount + 1) * this.tagCount);
    for (let previous = 0; previous <= this.tagCount; previous++) {
      model.addScores(this.plainTransitions, previous * this.tagCount, [previousTagFeature(previous)]);
    }
    this.rowsSink = new WordRows(model, this.wordPool, this.tagCount);
    this.start = this.score((sink) => (replayWord(SENTENCE_START, sink), SENTENCE_START));
    this.end = this.score((sink) => (replayWord(SENTENCE_END, sink), SENTENCE_END));
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
    // Each distinct list of document features is scored once, into one array of tag rows (a typed
    // array per list would cost an allocation outside the heap each): its entries are row offsets.
    let rows = new Float64Array(1024 * count);
    let rowCount = 0;
    const scoreRow = (features: readonly number[]): number => {
      const at = rowCount++ * count;
      if (at + count > rows.length) {
        const grown = new Float64Array(rows.length * 2);
        grown.set(rows);
        rows = grown;
      }
      this.model.addScores(rows, at, features);
      return at;
    };
    const evidence = documentFeatures(sentences, firstTags, (word) => this.isRare(word), scoreRow, -1);
    return passes.map((pass, s) => {
      const offsets = evidence[s];
      const emissions = pass.emissions;
      let changed = false;
      for (let i = 0, r = 0; i < pass.transitions.length; i++) {
        for (let k = 0; k < DOCUMENT_LISTS_PER_TOKEN; k++, r++) {
          const at = offsets[r];
          if (at < 0) continue;
          for (let t = 0; t < count; t++) emissions[i * count + t] += rows[at + t];
          changed = true;
        }
      }
      return changed ? this.decode(pass) : firstTags[s];
    });
  }

  /** A sentence's tag scores before document evidence: per position (length × tags), and transitions into each. */
  firstPass(words: readonly string[]): Pass {
    const count = this.tagCount;
    const length = words.length;
    // Clearing only between sentences: no pool offset in use goes stale.
    if (this.cache.size + length > MAX_CACHED_WORDS || this.pairs.size + length + 3 > MAX_CACHED_PAIRS) this.clearCache();
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
    // (Read after pairOffset and wordScores, which may grow them.)
    const pool = this.pairPool.rows;
    const wordRows = this.wordPool.rows;
    const emissions = new Float64Array(length * count);
    // A position scores its own word's features, its neighbours' words' (each as the neighbour it is)
    // and the joint features of the four pairs around it. Scores are integers: any order sums them exactly.
    const own = OWN_ROW * count;
    const asBefore = (NEIGHBOUR_ROW + BEFORE) * count;
    const asAfter = (NEIGHBOUR_ROW + AFTER) * count;
    const asTwoBefore = (NEIGHBOUR_ROW + TWO_BEFORE) * count;
    const asTwoAfter = (NEIGHBOUR_ROW + TWO_AFTER) * count;
    for (let i = 0; i < length; i++) {
      const offset = i * count;
      const word = padded[i + 2];
      const at = word.at + own;
      const before = padded[i + 1].at + asBefore;
      const after = padded[i + 3].at + asAfter;
      const twoBefore = padded[i].at + asTwoBefore;
      const twoAfter = padded[i + 4].at + asTwoAfter;
      for (let t = 0; t < count; t++) {
        emissions[offset + t] = wordRows[at + t] + wordRows[before + t] + wordRows[after + t] + wordRows[twoBefore + t] + wordRows[twoAfter + t];
      }
      const fromPrevious = pairs[i + 1];
      if (fromPrevious !== NO_PAIR_SCORES) for (let t = 0, k = fromPrevious + BIGRAM_OF_SECOND * count; t < count; t++, k++) emissions[offset + t] += pool[k];
      const fromNext = pairs[i + 2];
      if (fromNext !== NO_PAIR_SCORES) for (let t = 0, k = fromNext + BIGRAM_OF_FIRST * count; t < count; t++, k++) emissions[offset + t] += pool[k];
      const fromTwoBefore = pairs[i];
      if (fromTwoBefore !== NO_PAIR_SCORES) for (let t = 0, k = fromTwoBefore + BIGRAM_OF_AFTER * count; t < count; t++, k++) emissions[offset + t] += pool[k];
      const fromTwoAfter = pairs[i + 3];
      if (fromTwoAfter !== NO_PAIR_SCORES) for (let t = 0, k = fromTwoAfter + BIGRAM_OF_BEFORE * count; t < count; t++, k++) emissions[offset + t] += pool[k];
      if (!word.rare) continue;
      const beforeRare = padded[i + 1].at + BEFORE_RARE_ROW * count;
      const afterRare = padded[i + 3].at + AFTER_RARE_ROW * count;
      for (let t = 0; t < count; t++) emissions[offset + t] += wordRows[beforeRare + t] + wordRows[afterRare + t];
    }
    return { transitions, emissions };
  }

  /**
   * Pool offset of the joint-feature scores of the adjacent pair (first, second), or NO_PAIR_SCORES
   * when the model has none of them; worked out once per distinct pair.
   */
  private pairOffset(first: WordScores, second: WordScores): number {
    const known = this.pairs.get(first.id, second.id);
    if (known !== undefined) return known;
    const model = this.model;
    let offset = NO_PAIR_SCORES;
    for (let role = 0; role < BIGRAM_ROLES; role++) {
      const feature = bigramFeature(role, first.hash, second.hash);
      if (!model.has(feature)) continue;
      if (offset === NO_PAIR_SCORES) offset = this.pairPool.allocate();
      model.addScoreTo32(this.pairPool.rows, offset + role * this.tagCount, feature);
    }
    this.pairs.set(first.id, second.id, offset);
    return offset;
  }

  private clearCache(): void {
    this.cache.clear();
    this.pairs.clear();
    this.pairPool.release();
    // The sentence-boundary markers keep the first two blocks of the word pool.
    this.wordPool.release(2);
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
      scores = this.score((sink) => describeWordInto(word, this.gaz, this.clusters, this.nameEvidence, (hash) => this.model.isFrequent(hash), sink));
      this.cache.set(word, scores);
    }
    return scores;
  }

  /** Scores a word whose features `describe` gives the sink. */
  private score(describe: (sink: WordFeatureSink) => WordIdentity): WordScores {
    const count = this.tagCount;
    const model = this.model;
    const at = this.wordPool.allocate();
    this.rowsSink.at = at;
    const { hash, rare } = describe(this.rowsSink);
    // Most words have no weight joined with the previous tag: they share the plain transition scores.
    let transitions = this.plainTransitions;
    for (let previous = 0; previous <= count; previous++) {
      const feature = previousTagWordFeature(previous, hash);
      if (!model.has(feature)) continue;
      if (transitions === this.plainTransitions) transitions = Float64Array.from(this.plainTransitions);
      model.addScore(transitions, previous * count, feature);
    }
    return { id: this.nextId++, hash, rare, at, transitions };
  }
}
