/**
 * The trained tagger's weights and their file format (data/entities/tagger.bin). Weights are looked
 * up by feature hash in an open-addressing table built at load; the file holds feature hashes and
 * 16-bit quantized weight rows, so loading is one read and a few typed-array views, not a JSON parse.
 * Features (with their rows) and frequent words are listed in the order of their slots in the tables
 * built at load (hash-table-order.ts), which fills each table front to back.
 *
 * Layout (little-endian): "QNER", u32 header length, JSON header {tags, scale, features, frequent},
 * padding to 4 bytes, u32 feature hashes, u32 hashes of frequent training words, i16 weights
 * (features × tags, one row per feature in the same order).
 */

import { homeSlotOrder, tableSlots } from './hash-table-order.js';
import { newHeadedFile, readHeadedFile } from './headed-file.js';

const MAGIC = 0x52454e51; // "QNER"
/** 32-bit words of TaggerModel's filter (a power of two). */
const FILTER_WORDS = 1 << 15;

/** Anything that can add the weights of features to tag scores (the model, or the trainer). */
export interface Weights {
  /** Adds the weight rows of `features` to target[offset .. offset + tag count). */
  addScores(target: Float64Array, offset: number, features: ArrayLike<number>): void;
}

interface Header {
  tags: string[];
  scale: number;
  features: number;
  frequent: number;
}

export interface TrainedWeights {
  tags: string[];
  /** Feature hashes, and their weight rows (features × tags) in the same order. */
  features: Uint32Array;
  weights: Float64Array;
  /** Hashes of words frequent in the training text. */
  frequent: Uint32Array;
}

/**
 * A set of 32-bit hashes by open addressing over typed arrays. The rules ask whether a word is frequent
 * at almost every token, and a Set of numbers boxes each hash above 2^30 and hashes the box.
 */
class HashSet32 {
  private readonly mask: number;
  /** Two entries per slot, side by side (one place in memory per probe): the value as int32, and 1 when the slot is used. */
  private readonly slots: Int32Array;

  constructor(values: Uint32Array) {
    const size = tableSlots(values.length);
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (const value of values) {
      let slot = value & this.mask;
      while (this.slots[slot * 2 + 1] && this.slots[slot * 2] !== (value | 0)) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = value;
      this.slots[slot * 2 + 1] = 1;
    }
  }

  has(value: number): boolean {
    const key = value | 0;
    for (let slot = value & this.mask; this.slots[slot * 2 + 1]; slot = (slot + 1) & this.mask) if (this.slots[slot * 2] === key) return true;
    return false;
  }
}

/**
 * Slots of TaggerModel's table for `entries` features: a power of two, at least 1.5 times as many.
 * Not at least twice as many (tableSlots), as the other tables: the table would take twice the
 * memory (freshly allocated memory is slow to touch the first time, at load), and each feature
 * looked up there is a cache miss however short its probe.
 */
function weightTableSlots(entries: number): number {
  let size = 1;
  while (size < entries * 1.5) size *= 2;
  return size;
}

/**
 * Scores are sums of the quantized weights, in units of the header's `scale`: integer sums are exact
 * whatever order features are added in (so partial sums can be cached and combined freely), and a
 * positive factor changes no best path.
 */
export class TaggerModel implements Weights {
  readonly tags: string[];
  private readonly tagCount: number;
  private readonly mask: number;
  /**
   * Open-addressing table, two entries per slot: the feature hash (as int32) and its row + 1, 0 when
   * empty (a new array is all empty, with nothing to fill at load). Key and row side by side cost one
   * memory access per probe, not two.
   */
  private readonly slots: Int32Array;
  /**
   * A Bloom filter of the feature hashes, two bits in one 32-bit word per feature: 128 KB, which
   * stays in the processor's cache where the 4 MB table cannot, so most features the model lacks
   * (the pairs of words and the previous tag with the word, new words' own identity) are turned
   * away without reading the table. It never turns away a feature the model has.
   */
  private readonly filter = new Int32Array(FILTER_WORDS);
  private readonly weights: Int16Array;
  private readonly frequent: HashSet32;

  private constructor(header: Header, features: Uint32Array, weights: Int16Array, frequent: Uint32Array) {
    this.tags = header.tags;
    this.tagCount = header.tags.length;
    this.weights = weights;
    this.frequent = new HashSet32(frequent);
    const size = weightTableSlots(features.length);
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let row = 0; row < features.length; row++) {
      const feature = features[row];
      this.filter[(feature >>> 17) & (FILTER_WORDS - 1)] |= (1 << feature) | (1 << (feature >>> 5));
      let slot = feature & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = feature;
      this.slots[slot * 2 + 1] = row + 1;
    }
  }

  /** The weight row of a feature hash, -1 when the model has none. */
  rowOf(feature: number): number {
    const bits = this.filter[(feature >>> 17) & (FILTER_WORDS - 1)];
    if ((bits & (1 << feature)) === 0 || (bits & (1 << (feature >>> 5))) === 0) return -1;
    const key = feature | 0;
    for (let slot = feature & this.mask; ; slot = (slot + 1) & this.mask) {
      const rowAfter = this.slots[slot * 2 + 1];
      if (rowAfter === 0 || this.slots[slot * 2] === key) return rowAfter - 1;
    }
  }

  addScores(target: Float64Array, offset: number, features: ArrayLike<number>): void {
    for (let f = 0; f < features.length; f++) this.addScore(target, offset, features[f]);
  }

  /** addScores for a single feature. */
  addScore(target: Float64Array, offset: number, feature: number): void {
    const row = this.rowOf(feature);
    if (row < 0) return;
    const count = this.tagCount;
    const base = row * count;
    for (let t = 0; t < count; t++) target[offset + t] += this.weights[base + t];
  }

  /** Adds weight row `row` (rowOf) to integer rows (sums of the quantized weights are integers). */
  addRowTo32(target: Int32Array, offset: number, row: number): void {
    const count = this.tagCount;
    const base = row * count;
    for (let t = 0; t < count; t++) target[offset + t] += this.weights[base + t];
  }

  /**
   * addRowTo32 of `count` rows at once: weight row rows[i] (none when negative) added to the tag row
   * roles[i] of `target` from `at`. (One call, not one per row: V8 inlines no calls in the entity
   * code, see compiler-settings.ts.)
   */
  addRowsTo32(target: Int32Array, at: number, roles: Int32Array, rows: Int32Array, count: number): void {
    const tags = this.tagCount;
    const weights = this.weights;
    for (let i = 0; i < count; i++) {
      const row = rows[i];
      if (row < 0) continue;
      const offset = at + roles[i] * tags;
      const base = row * tags;
      // Nine tags a step (the model's: O, and B- and I- of four types), any others one by one: V8
      // checks each typed array anew at every step of a loop, so one step of nine costs far less
      // than nine of one (a new word adds some forty rows; callgrind: 275 instructions a row, not 440).
      let t = 0;
      for (; t + 9 <= tags; t += 9) {
        target[offset + t] += weights[base + t];
        target[offset + t + 1] += weights[base + t + 1];
        target[offset + t + 2] += weights[base + t + 2];
        target[offset + t + 3] += weights[base + t + 3];
        target[offset + t + 4] += weights[base + t + 4];
        target[offset + t + 5] += weights[base + t + 5];
        target[offset + t + 6] += weights[base + t + 6];
        target[offset + t + 7] += weights[base + t + 7];
        target[offset + t + 8] += weights[base + t + 8];
      }
      for (; t < tags; t++) target[offset + t] += weights[base + t];
    }
  }

  /** Whether the feature has weights. */
  has(feature: number): boolean {
    return this.rowOf(feature) >= 0;
  }

  isFrequent(wordHash: number): boolean {
    return this.frequent.has(wordHash);
  }

  static decode(bytes: Uint8Array): TaggerModel {
    const { buffer, header, bodyOffset } = readHeadedFile<Header>(bytes, MAGIC, 'data/entities/tagger.bin');
    let offset = bodyOffset;
    const features = new Uint32Array(buffer, offset, header.features);
    offset += header.features * 4;
    const frequent = new Uint32Array(buffer, offset, header.frequent);
    offset += header.frequent * 4;
    const weights = new Int16Array(buffer, offset, header.features * header.tags.length);
    return new TaggerModel(header, features, weights, frequent);
  }

  static encode(trained: TrainedWeights): Uint8Array {
    let largest = 0;
    for (const weight of trained.weights) largest = Math.max(largest, Math.abs(weight));
    const header: Header = { tags: trained.tags, scale: largest / 32767 || 1, features: trained.features.length, frequent: trained.frequent.length };
    const { bytes, bodyOffset } = newHeadedFile(MAGIC, header, 4 * (trained.features.length + trained.frequent.length) + 2 * trained.weights.length);
    let offset = bodyOffset;
    const rows = homeSlotOrder(trained.features);
    const features = new Uint32Array(bytes.buffer, offset, trained.features.length);
    for (let i = 0; i < rows.length; i++) features[i] = trained.features[rows[i]];
    offset += trained.features.length * 4;
    const frequent = new Uint32Array(bytes.buffer, offset, trained.frequent.length);
    homeSlotOrder(trained.frequent).forEach((index, i) => (frequent[i] = trained.frequent[index]));
    offset += trained.frequent.length * 4;
    const count = trained.tags.length;
    const quantized = new Int16Array(bytes.buffer, offset, trained.weights.length);
    for (let i = 0; i < rows.length; i++) {
      for (let t = 0; t < count; t++) quantized[i * count + t] = Math.round(trained.weights[rows[i] * count + t] / header.scale);
    }
    return bytes;
  }
}
