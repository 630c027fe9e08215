import type { ReadingPosition } from './types.js';

/**
 * Keeps the `limit` most recently saved positions, dropping the oldest by updatedAt. `keep` (the entry
 * just saved) always survives, even if a skewed clock elsewhere stamped other entries later.
 */
export function evictOldest(positions: Map<string, ReadingPosition>, limit: number, keep?: string): void {
  if (positions.size <= limit) return;
  const newestFirst = [...positions].sort(([keyA, a], [keyB, b]) => {
    if (keyA === keep) return -1;
    if (keyB === keep) return 1;
    return b.updatedAt - a.updatedAt;
  });
  for (const [key] of newestFirst.slice(limit)) positions.delete(key);
}
