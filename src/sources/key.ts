import { createHash } from 'node:crypto';
import type { Article } from '../article/model.js';

/**
 * An article's identity for reading positions: a hash of its blocks (kind and text), so the same
 * article keeps its position when its file is moved or renamed, or when it is opened from a copy.
 * Block texts are sanitized and hold no control characters, which keeps the separators unambiguous.
 */
export function contentKey(article: Article): string {
  const hash = createHash('sha256');
  for (const block of article.blocks) hash.update(`${block.kind}\u0000${block.text}\u0001`);
  return hash.digest('hex').slice(0, 32);
}
