import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { homeSlotOrder, tableSlots } from '../src/entities/hash-table-order.js';
import { readHeadedFile } from '../src/entities/headed-file.js';
import { TaggerModel } from '../src/entities/tagger-model.js';
import { WordClusters } from '../src/entities/word-clusters.js';

/** Whether hashes come in the order of their home slots in a table for as many. */
function inHomeSlotOrder(hashes: Uint32Array): boolean {
  const mask = tableSlots(hashes.length) - 1;
  return hashes.every((hash, i) => i === 0 || (hashes[i - 1] & mask) <= (hash & mask));
}

/** The hash lists of a data file: from the body start, `counts` u32 arrays one after another. */
function hashLists(bytes: Uint8Array, magic: number, counts: (header: Record<string, number>) => number[]): Uint32Array[] {
  const { buffer, header, bodyOffset } = readHeadedFile<Record<string, number>>(bytes, magic, 'test');
  let offset = bodyOffset;
  return counts(header).map((count) => {
    const list = new Uint32Array(buffer, offset, count);
    offset += count * 4;
    return list;
  });
}

const TAGGER = 0x52454e51;
const CLUSTERS = 0x4c435751;
const read = (file: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../data/entities/${file}`, import.meta.url)));

describe('hash table order', () => {
  it('orders hashes by home slot, keeping the given order within a slot', () => {
    // Table of 8 slots for 4 hashes: home slots 3, 1, 3, 0.
    expect([...homeSlotOrder([11, 9, 3, 8])]).toEqual([3, 1, 0, 2]);
  });

  it('is the order the encoders write and the data files hold', () => {
    const words = Array.from({ length: 50 }, (_, i) => [`كلمة${i}`, [i % 4]] as const);
    expect(inHomeSlotOrder(hashLists(WordClusters.encode([4], words), CLUSTERS, (h) => [h.words])[0])).toBe(true);
    const features = Uint32Array.from({ length: 40 }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);
    const weights = Float64Array.from({ length: 80 }, (_, i) => i - 40);
    const model = TaggerModel.encode({ tags: ['O', 'B-PERS'], features, weights, frequent: features.subarray(0, 20) });
    for (const list of hashLists(model, TAGGER, (h) => [h.features, h.frequent])) expect(inHomeSlotOrder(list)).toBe(true);
    // Each feature keeps its own weights.
    const decoded = TaggerModel.decode(model);
    const scores = new Float64Array(2);
    decoded.addScore(scores, 0, features[7]);
    expect([...scores]).toEqual([14 - 40, 15 - 40].map((w) => Math.round(w / (40 / 32767))));
    for (const list of hashLists(read('tagger.bin'), TAGGER, (h) => [h.features, h.frequent])) expect(inHomeSlotOrder(list)).toBe(true);
    for (const file of ['clusters.bin', 'name-evidence.bin']) expect(inHomeSlotOrder(hashLists(read(file), CLUSTERS, (h) => [h.words])[0])).toBe(true);
  });
});
