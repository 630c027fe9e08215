/**
 * Word clusters learned from unlabeled news (scripts/build-word-clusters.ts): words that occur in
 * the same contexts share a cluster, so the tagger's weights for a cluster carry to names it never
 * saw in its labeled training text. Several clusterings of different granularity (coarse to fine)
 * are kept per word.
 *
 * File (data/entities/clusters.bin, little-endian): "QWCL", u32 header length, JSON header
 * {levels: cluster counts per clustering, words}, padding to 4 bytes, u32 word hashes (hash.ts
 * hashString of the folded word), then per word one u32 holding its cluster at every level, the
 * first level in the lowest bits (bitsFor). Words are listed in the order of their slots in the
 * table built at load (hash-table-order.ts), which fills it front to back.
 */
import { hashString } from './hash.js';
import { homeSlotOrder, tableSlots } from './hash-table-order.js';
import { newHeadedFile, readHeadedFile } from './headed-file.js';

const MAGIC = 0x4c435751; // "QWCL"

interface Header {
  levels: number[];
  words: number;
}

/** Bits that hold a cluster id of a clustering with `count` clusters. */
function bitsFor(count: number): number {
  return Math.max(1, Math.ceil(Math.log2(count)));
}

export class WordClusters {
  readonly levels: readonly number[];
  private readonly shifts: number[];
  private readonly masks: number[];
  private readonly mask: number;
  /**
   * Open addressing, two entries per slot: the word hash (as int32) and its packed clusters, -1 for
   * an empty slot. Side by side, a lookup reads one place in memory, not two.
   */
  private readonly slots: Int32Array;

  constructor(levels: readonly number[], hashes: Uint32Array, packed: Uint32Array) {
    this.levels = levels;
    this.shifts = [];
    this.masks = [];
    let shift = 0;
    for (const count of levels) {
      this.shifts.push(shift);
      this.masks.push((1 << bitsFor(count)) - 1);
      shift += bitsFor(count);
    }
    if (shift > 31) throw new Error('qari: too many cluster bits');
    const size = tableSlots(hashes.length);
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2).fill(-1);
    for (let i = 0; i < hashes.length; i++) {
      let slot = hashes[i] & this.mask;
      while (this.slots[slot * 2 + 1] >= 0 && this.slots[slot * 2] !== (hashes[i] | 0)) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = hashes[i];
      this.slots[slot * 2 + 1] = packed[i];
    }
  }

  /** The packed clusters of a folded word, -1 when the clustering never saw it. */
  packedOf(word: string): number {
    return this.packedOfHash(hashString(word));
  }

  /** packedOf for a word given by its hashString. */
  packedOfHash(hash: number): number {
    return this.packedOfKey(hash | 0);
  }

  /** Calls `visit` with the packed clusters of every word the table holds (words are stored as hashes only). */
  forEachPacked(visit: (packed: number, key: number) => void): void {
    for (let slot = 0; slot * 2 < this.slots.length; slot++) if (this.slots[slot * 2 + 1] >= 0) visit(this.slots[slot * 2 + 1], this.slots[slot * 2]);
  }

  /** The packed clusters of a word by its key (as forEachPacked gives it), -1 when absent. */
  packedOfKey(key: number): number {
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const packed = this.slots[slot * 2 + 1];
      if (packed < 0 || this.slots[slot * 2] === key) return packed;
    }
  }

  /** The word's cluster at `level` (index into levels), from packedOf's result; -1 when unknown. */
  clusterAt(packed: number, level: number): number {
    return packed < 0 ? -1 : (packed >>> this.shifts[level]) & this.masks[level];
  }

  /** Packs one word's clusters (one per level) as the file stores them. */
  pack(clusters: readonly number[]): number {
    let packed = 0;
    clusters.forEach((cluster, level) => (packed |= cluster << this.shifts[level]));
    return packed >>> 0;
  }

  static decode(bytes: Uint8Array, what = 'data/entities/clusters.bin'): WordClusters {
    const { buffer, header, bodyOffset } = readHeadedFile<Header>(bytes, MAGIC, what);
    const hashes = new Uint32Array(buffer, bodyOffset, header.words);
    const packed = new Uint32Array(buffer, bodyOffset + header.words * 4, header.words);
    return new WordClusters(header.levels, hashes, packed);
  }

  /** Encodes words (folded) with their clusters, one per level. */
  static encode(levels: readonly number[], entries: ReadonlyArray<readonly [string, readonly number[]]>): Uint8Array {
    const packer = new WordClusters(levels, new Uint32Array(0), new Uint32Array(0));
    const header: Header = { levels: [...levels], words: entries.length };
    const { bytes, bodyOffset } = newHeadedFile(MAGIC, header, entries.length * 8);
    const hashes = new Uint32Array(bytes.buffer, bodyOffset, entries.length);
    const packed = new Uint32Array(bytes.buffer, bodyOffset + entries.length * 4, entries.length);
    const wordHashes = entries.map(([word]) => hashString(word));
    homeSlotOrder(wordHashes).forEach((index, i) => {
      hashes[i] = wordHashes[index];
      packed[i] = packer.pack(entries[index][1]);
    });
    return bytes;
  }
}
