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
  bigramFeatureFrom,
  bigramSeed,
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
} from './features.js';
import { DOCUMENT_LISTS_PER_TOKEN, documentFeatures } from './document-features.js';
import type { Gazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import type { TaggerModel } from './tagger-model.js';
import type { WordClusters } from './word-clusters.js';
import { bioTransitions, transitionBounds, viterbi } from './viterbi.js';
import { RowPool } from './row-pool.js';

/** One sentence's transition scores (and their bounds, viterbi.ts) and tag scores per position (length × tags). */
export interface Pass {
  transitions: Float64Array[];
  bounds: Float64Array[];
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
/** Ids of the sentence-boundary markers (the first two words the tagger scores). */
const START = 0;
const END = 1;
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

/**
 * Collects a word's features as describeWordInto finds them, then adds their weights to the word's
 * tag rows in one loop (addTo). Collecting is a few stores per feature, so describeWordInto, which
 * finds some fifty of them at as many places, stays small for V8 to optimize; the look-ups (mostly
 * cache misses into the model's tables) are written out once.
 */
class WordRows implements WordFeatureSink {
  /** The features found so far: role and feature hash (as int32). */
  private roles = new Int32Array(0);
  private features = new Int32Array(0);
  private count = 0;
  /** The small features found so far (their weight rows known): role and weight row. */
  private smallRoles = new Int32Array(0);
  private smallRows = new Int32Array(0);
  private smallCount = 0;
  /**
   * Per small template (features.ts smallFeature), the weight row of each value + 1, once looked up
   * (-1: none): most of a word's features take one of a few values, found once, not per word.
   */
  private readonly rowsOfSmall = Array.from({ length: SMALL_TEMPLATES }, () => new Int32Array(16).fill(NOT_LOOKED_UP));

  constructor(
    private readonly model: TaggerModel,
    private readonly tagCount: number,
  ) {
    // (Grown from empty here as later: V8's optimized code takes a field written only once for a
    // constant, and is thrown away when it first changes.)
    this.grow();
    this.growSmall();
  }

  add(role: number, feature: number): void {
    if (this.count === this.features.length) this.grow();
    this.roles[this.count] = role;
    this.features[this.count++] = feature;
  }

  addSmall(role: number, template: number, value: number): void {
    let rows = this.rowsOfSmall[template];
    const index = value + 1;
    if (index >= rows.length) rows = this.growRowsOfSmall(template, index);
    let row = rows[index];
    if (row === NOT_LOOKED_UP) row = rows[index] = this.model.rowOf(smallFeature(template, value));
    if (row < 0) return;
    if (this.smallCount === this.smallRows.length) this.growSmall();
    this.smallRoles[this.smallCount] = role;
    this.smallRows[this.smallCount++] = row;
  }

  /** Adds the weights of the features collected to the rows at `at` of `rows`, and forgets them. */
  addTo(rows: Int32Array, at: number): void {
    // All weight rows found first, then all added: each is a cache miss, and a loop of additions
    // alone lets the processor fetch several rows at once.
    const model = this.model;
    const features = this.features;
    for (let f = 0; f < this.count; f++) features[f] = model.rowOf(features[f]);
    model.addRowsTo32(rows, at, this.roles, features, this.count);
    model.addRowsTo32(rows, at, this.smallRoles, this.smallRows, this.smallCount);
    this.count = 0;
    this.smallCount = 0;
  }

  private grow(): void {
    const size = Math.max(64, this.features.length * 2);
    this.roles = grown(this.roles, new Int32Array(size));
    this.features = grown(this.features, new Int32Array(size));
  }

  private growSmall(): void {
    const size = Math.max(64, this.smallRows.length * 2);
    this.smallRoles = grown(this.smallRoles, new Int32Array(size));
    this.smallRows = grown(this.smallRows, new Int32Array(size));
  }

  private growRowsOfSmall(template: number, index: number): Int32Array<ArrayBuffer> {
    const rows = this.rowsOfSmall[template];
    const larger = new Int32Array(Math.max(index + 1, rows.length * 2)).fill(NOT_LOOKED_UP);
    larger.set(rows);
    this.rowsOfSmall[template] = larger;
    return larger;
  }
}

/** Bound the caches so a huge input cannot grow them without limit. */
const MAX_CACHED_WORDS = 100_000;
const MAX_CACHED_PAIRS = 200_000;

/** Int32 entries per PairTable slot (three used: a power of two keeps slots within cache lines). */
const PAIR_SLOT = 4;

/**
 * The distinct adjacent pairs seen, by the ids of their two words, with where their joint scores are
 * in the pair pool (or NO_PAIR_SCORES): open addressing over typed arrays, since a Map per word (or
 * one keyed by a number above 2^31) costs an object, or a boxed number, per pair.
 */
class PairTable {
  /**
   * PAIR_SLOT entries per slot, side by side (one place in memory per probe): the first id, the
   * second id, and the pool offset + 2, so 0 marks an empty slot and 1 a pair without scores.
   */
  private slots = new Int32Array(0);
  size = 0;

  constructor() {
    // (Grown from empty here as later: V8's optimized code takes a field written only once for a
    // constant, and is thrown away when it first changes.)
    this.grow();
  }

  /** The pool offset of the pair (first, second), NO_PAIR_SCORES, or undefined when not seen yet. */
  get(first: number, second: number): number | undefined {
    const slots = this.slots;
    const mask = slots.length / PAIR_SLOT - 1;
    for (let slot = PairTable.slotOf(first, second) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * PAIR_SLOT;
      const value = slots[at + 2];
      if (value === 0) return undefined;
      if (slots[at] === first && slots[at + 1] === second) return value - 2;
    }
  }

  set(first: number, second: number, offset: number): void {
    if ((this.size + 1) * 2 * PAIR_SLOT > this.slots.length) this.grow();
    this.insert(first, second, offset + 2);
    this.size++;
  }

  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  private insert(first: number, second: number, value: number): void {
    const slots = this.slots;
    const mask = slots.length / PAIR_SLOT - 1;
    let slot = PairTable.slotOf(first, second) & mask;
    while (slots[slot * PAIR_SLOT + 2] !== 0) slot = (slot + 1) & mask;
    const at = slot * PAIR_SLOT;
    slots[at] = first;
    slots[at + 1] = second;
    slots[at + 2] = value;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(Math.max(PAIR_SLOT << 14, old.length * 2));
    for (let at = 0; at < old.length; at += PAIR_SLOT) if (old[at + 2] !== 0) this.insert(old[at], old[at + 1], old[at + 2]);
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
  /**
   * The id of each cached word, in the order first seen after the two sentence-boundary markers
   * (START, END). What the tagger keeps of a word is in arrays by id, not in an object per word.
   */
  private readonly ids = new Map<string, number>();
  private wordCount = 0;
  /**
   * Per word id: its hash, whether it is rare, where its tag rows start in the word pool (grown from
   * empty by the first newWord, in the constructor, as later: see WordRows).
   */
  private hashes = new Int32Array(0);
  private rare = new Uint8Array(0);
  private rowsAt = new Int32Array(0);
  /** Per word id, BIGRAM_ROLES each: the part of each pair feature its word as the first word gives (features.ts bigramSeed). */
  private bigramSeeds = new Int32Array(0);
  /** Per word id: (tags + 1) × tags transition scores into the word, from each previous tag or the start. */
  private readonly transitionsOf: Float64Array[] = [];
  /** Per word id: the transitionBounds of its transition scores. */
  private readonly boundsOf: Float64Array[] = [];
  private readonly plainBounds: Float64Array;
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
  private readonly isFrequent: (wordHash: number) => boolean;
  /** Scratch: the emissions of a document's sentences (tagDocument). */
  private documentEmissions = new Float64Array(0);
  /** Scratch: ids of a sentence's words, two boundary markers either side. */
  private sentenceIds = new Int32Array(0);
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
    this.plainBounds = transitionBounds(this.plainTransitions, this.tagCount, this.allowed);
    this.rowsSink = new WordRows(model, this.tagCount);
    this.isFrequent = (hash) => model.isFrequent(hash);
    for (const marker of [SENTENCE_START, SENTENCE_END]) {
      const id = this.newWord();
      replayWord(marker, this.rowsSink);
      this.finishWord(id, marker.hash, marker.rare);
    }
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
    // One array for the emissions of all sentences, each sentence a view of its part: a typed array
    // of its own per sentence would cost an allocation outside the heap each. It is kept for the
    // next document (firstPass writes every score before it is read): memory allocated afresh is
    // slow to touch the first time, and a 1 MB document's scores take 7 MB.
    let tokens = 0;
    for (const words of sentences) tokens += words.length;
    if (this.documentEmissions.length < tokens * count) this.documentEmissions = new Float64Array(tokens * count);
    const allEmissions = this.documentEmissions;
    let start = 0;
    const passes = sentences.map((words) => {
      const end = start + words.length * count;
      const pass = this.firstPass(words, allEmissions.subarray(start, end));
      start = end;
      return pass;
    });
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

  /**
   * A sentence's tag scores before document evidence: per position (length × tags, written into
   * `emissions`), and transitions into each.
   */
  firstPass(words: readonly string[], emissions = new Float64Array(words.length * this.tagCount)): Pass {
    const count = this.tagCount;
    const length = words.length;
    // Clearing only between sentences: no pool offset in use goes stale. Pairs fill up three times
    // faster than words (news of 1 MB: ~70,000 distinct pairs, ~20,000 words), and are keyed by word
    // ids that stay valid: the words, the dearer to score, are kept when only the pairs are full.
    if (this.ids.size + length > MAX_CACHED_WORDS) this.clearCache();
    else if (this.pairs.size + length + 3 > MAX_CACHED_PAIRS) this.clearPairs();
    // The sentence's words with two sentence-boundary markers either side: word i is at i + 2.
    if (this.sentenceIds.length < length + 4) this.sentenceIds = new Int32Array((length + 4) * 2);
    const ids = this.sentenceIds;
    ids[0] = ids[1] = START;
    ids[length + 2] = ids[length + 3] = END;
    const transitions = new Array<Float64Array>(length);
    const bounds = new Array<Float64Array>(length);
    for (let i = 0; i < length; i++) {
      const id = this.wordId(words[i]);
      ids[i + 2] = id;
      transitions[i] = this.transitionsOf[id];
      bounds[i] = this.boundsOf[id];
    }
    // Pair p (p = 0 .. length + 2) is (word p - 2, word p - 1), i.e. ids p and p + 1.
    if (this.sentencePairs.length < length + 3) this.sentencePairs = new Int32Array((length + 3) * 2);
    const pairs = this.sentencePairs;
    for (let p = 0; p < length + 3; p++) pairs[p] = this.pairOffset(ids[p], ids[p + 1]);
    // (Read after pairOffset and wordId, which may grow them.)
    const pool = this.pairPool.rows;
    const wordRows = this.wordPool.rows;
    const rowsAt = this.rowsAt;
    const rare = this.rare;
    // A position scores its own word's features, its neighbours' words' (each as the neighbour it is)
    // and the joint features of the four pairs around it. Scores are integers: any order sums them exactly.
    const own = OWN_ROW * count;
    const asBefore = (NEIGHBOUR_ROW + BEFORE) * count;
    const asAfter = (NEIGHBOUR_ROW + AFTER) * count;
    const asTwoBefore = (NEIGHBOUR_ROW + TWO_BEFORE) * count;
    const asTwoAfter = (NEIGHBOUR_ROW + TWO_AFTER) * count;
    for (let i = 0; i < length; i++) {
      const offset = i * count;
      const at = rowsAt[ids[i + 2]] + own;
      const before = rowsAt[ids[i + 1]] + asBefore;
      const after = rowsAt[ids[i + 3]] + asAfter;
      const twoBefore = rowsAt[ids[i]] + asTwoBefore;
      const twoAfter = rowsAt[ids[i + 4]] + asTwoAfter;
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
      if (!rare[ids[i + 2]]) continue;
      const beforeRare = rowsAt[ids[i + 1]] + BEFORE_RARE_ROW * count;
      const afterRare = rowsAt[ids[i + 3]] + AFTER_RARE_ROW * count;
      for (let t = 0; t < count; t++) emissions[offset + t] += wordRows[beforeRare + t] + wordRows[afterRare + t];
    }
    return { transitions, bounds, emissions };
  }

  /**
   * Pool offset of the joint-feature scores of the adjacent pair of word ids (first, second), or
   * NO_PAIR_SCORES when the model has none of them; worked out once per distinct pair.
   */
  private pairOffset(first: number, second: number): number {
    const known = this.pairs.get(first, second);
    if (known !== undefined) return known;
    const model = this.model;
    const secondHash = this.hashes[second];
    let offset = NO_PAIR_SCORES;
    for (let role = 0; role < BIGRAM_ROLES; role++) {
      const feature = bigramFeatureFrom(this.bigramSeeds[first * BIGRAM_ROLES + role], secondHash);
      const row = model.rowOf(feature);
      if (row < 0) continue;
      if (offset === NO_PAIR_SCORES) offset = this.pairPool.allocate();
      model.addRowTo32(this.pairPool.rows, offset + role * this.tagCount, row);
    }
    this.pairs.set(first, second, offset);
    return offset;
  }

  private clearCache(): void {
    this.clearPairs();
    this.ids.clear();
    // The sentence-boundary markers keep their ids and the first two blocks of the word pool.
    this.wordCount = 2;
    this.transitionsOf.length = 2;
    this.boundsOf.length = 2;
    this.wordPool.release(2);
  }

  private clearPairs(): void {
    this.pairs.clear();
    this.pairPool.release();
  }

  private decode({ transitions, bounds, emissions }: Pass): string[] {
    const path = viterbi(transitions.length, this.tagCount, emissions, transitions, this.allowed, bounds);
    const tags = new Array<string>(path.length);
    for (let i = 0; i < path.length; i++) tags[i] = this.model.tags[path[i]];
    return tags;
  }

  /** The id of a word, scoring it if new. */
  private wordId(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.newWord();
      const { hash, rare } = describeWordInto(word, this.gaz, this.clusters, this.nameEvidence, this.isFrequent, this.rowsSink);
      this.finishWord(id, hash, rare);
      this.ids.set(word, id);
    }
    return id;
  }

  /** A new word id with zeroed tag rows, which finishWord fills from the rows sink. */
  private newWord(): number {
    const id = this.wordCount++;
    if (id >= this.hashes.length) {
      const size = Math.max(1024, this.hashes.length * 2);
      this.hashes = grown(this.hashes, new Int32Array(size));
      this.rare = grown(this.rare, new Uint8Array(size));
      this.rowsAt = grown(this.rowsAt, new Int32Array(size));
      this.bigramSeeds = grown(this.bigramSeeds, new Int32Array(size * BIGRAM_ROLES));
    }
    this.rowsAt[id] = this.wordPool.allocate();
    return id;
  }

  /** A word's tag rows from the features the rows sink collected, and its hash, rareness, bigram seeds and transition scores. */
  private finishWord(id: number, hash: number, rare: boolean): void {
    const count = this.tagCount;
    const model = this.model;
    this.rowsSink.addTo(this.wordPool.rows, this.rowsAt[id]);
    this.hashes[id] = hash;
    this.rare[id] = rare ? 1 : 0;
    for (let role = 0; role < BIGRAM_ROLES; role++) this.bigramSeeds[id * BIGRAM_ROLES + role] = bigramSeed(role, hash);
    // Most words have no weight joined with the previous tag: they share the plain transition scores.
    let transitions = this.plainTransitions;
    for (let previous = 0; previous <= count; previous++) {
      const feature = previousTagWordFeature(previous, hash);
      if (!model.has(feature)) continue;
      if (transitions === this.plainTransitions) transitions = Float64Array.from(this.plainTransitions);
      model.addScore(transitions, previous * count, feature);
    }
    this.transitionsOf[id] = transitions;
    this.boundsOf[id] = transitions === this.plainTransitions ? this.plainBounds : transitionBounds(transitions, count, this.allowed);
  }
}

/** `into` (a larger array) holding `from` at its start. */
function grown<T extends Int32Array | Uint8Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
