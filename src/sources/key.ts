import { createHash } from 'node:crypto';
import type { Article, Block } from '../article/model.js';

/**
 * An article's identity for reading positions: a hash of its blocks (kind and text), so the same
 * article keeps its position when its file is moved or renamed, or when it is opened from a copy.
 * Block texts are sanitized and hold no control characters, which keeps the separators unambiguous.
 */
export function contentKey(article: Article): string {
  const hasher = new ContentKeyHasher();
  for (const block of article.blocks) hasher.add(block);
  return hasher.key();
}

/** contentKey computed block by block, for an article assembled in the background. */
export class ContentKeyHasher {
  private readonly hash = createHash('sha256');

  add(block: Pick<Block, 'kind' | 'text'>): void {
    this.hash.update(`${block.kind}\u0000${block.text}\u0001`);
  }

  key(): string {
    return this.hash.digest('hex').slice(0, 32);
  }
}
