import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlainText } from '../../src/article/plaintext.js';
import type { Article } from '../../src/article/model.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const BUNDLED_PATH = `${REPO}data/alkawthar-iran-iraq-interior-ministers.txt`;
export const HEADING = 'الروابط التاريخية بين ايران والعراق';

export function bundledArticle(): Article {
  return parsePlainText(readFileSync(BUNDLED_PATH, 'utf8'));
}

/** Undo visual order for an all-RTL line: reversing the grapheme clusters gives the logical text. */
export function logicalOfRtl(visual: string): string {
  const clusters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(visual.trim())].map((s) => s.segment);
  return clusters.reverse().join('');
}

/** Polls until `check` passes (Ink renders and runs effects asynchronously). */
export async function waitFor(check: () => void, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
