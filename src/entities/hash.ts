/**
 * 32-bit hashing of feature names. The tagger names features by number, not by string, so tagging
 * never builds or looks up feature strings; a clash between two of ~10^5 features is vanishingly rare.
 */

const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text`, continuing from `seed`. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/**
 * hashString(text.slice(from, to), seed) without building the slice; like slice, a negative `from`
 * counts from the end and bounds are clamped ("ab".slice(-3) is "ab").
 */
export function hashSlice(text: string, from: number, to: number, seed: number): number {
  const start = from < 0 ? Math.max(0, text.length + from) : Math.min(from, text.length);
  const end = Math.min(to, text.length);
  let hash = seed;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/** Combines a hash with a number (another hash, an index) into a well-spread hash. */
export function mix(hash: number, value: number): number {
  let h = Math.imul(hash ^ value, FNV_PRIME) ^ 0x5bd1e995;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h >>> 0;
}

/** Seed of a feature template, from its name ("w", "s-1", ...). */
export function template(name: string): number {
  return hashString(name + '=');
}
