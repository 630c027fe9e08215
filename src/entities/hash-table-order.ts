/**
 * The open-addressing tables of 32-bit hashes that qari builds when it loads its data files (the
 * tagger's weights and frequent words, tagger-model.ts; the word clusters, word-clusters.ts): their
 * size, and the order a file lists the hashes in. Inserted in the order of their home slots, the
 * hashes fill a table front to back; in any other order each insert is a cache miss (and often a
 * page-table miss) somewhere in megabytes of table.
 */

/** Slots of a table for `entries` hashes: a power of two, at least twice as many. */
export function tableSlots(entries: number): number {
  let size = 1;
  while (size < entries * 2) size *= 2;
  return size;
}

/**
 * Indices into `hashes` in the order of their home slots in a table of tableSlots(hashes.length),
 * indices with the same home slot in their own order (so equal hashes keep theirs).
 */
export function homeSlotOrder(hashes: ArrayLike<number>): Uint32Array {
  const mask = tableSlots(hashes.length) - 1;
  const order = Uint32Array.from({ length: hashes.length }, (_, i) => i);
  return order.sort((a, b) => (hashes[a] & mask) - (hashes[b] & mask) || a - b);
}
