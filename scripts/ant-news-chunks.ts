/**
 * Texts of consecutive ANT news articles (../shared/corpora/ant), each article's title and
 * paragraphs a line apart, nothing repeated: the unique news the extraction benchmarks time
 * (scripts/bench-entities.ts, scripts/extraction-driver.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { qariPackage } from '../src/package-root.js';

/** The corpus, found from the qari package (the driver also runs bundled, away from scripts/). */
export const ANT_CORPUS = join(qariPackage().root, '..', 'shared', 'corpora', 'ant', 'ant-1.1.jsonl');

/** `count` texts of `bytesPerChunk` bytes or a little more each, from the corpus's line `firstLine` (0-based) on. */
export function antNewsChunks(firstLine: number, count: number, bytesPerChunk: number): string[] {
  const lines = readFileSync(ANT_CORPUS, 'utf8').split('\n').filter(Boolean);
  const chunks: string[] = [];
  let line = firstLine;
  for (let c = 0; c < count; c++) {
    let chunk = '';
    // (Bytes counted per article: measuring the whole growing chunk each time took longer than the extraction.)
    for (let bytes = 0; bytes < bytesPerChunk && line < lines.length; line++) {
      const { title, paragraphs } = JSON.parse(lines[line]) as { title: string; paragraphs: string[] };
      const article = [title, ...paragraphs].join('\n') + '\n';
      chunk += article;
      bytes += Buffer.byteLength(article);
    }
    chunks.push(chunk);
  }
  return chunks;
}
