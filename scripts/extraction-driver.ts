/**
 * Extracts the entities of consecutive ANT news (../shared/corpora/ant) in chunks of a given size,
 * nothing repeated, and prints each chunk's milliseconds: the program that
 * scripts/count-extraction-instructions.sh runs under callgrind (whose counts, unlike this machine's
 * wall-clock timings, repeat to a tenth of a percent).
 * Usage: tsx scripts/extraction-driver.ts [first line (0-based)] [chunks] [megabytes a chunk]
 */
import { existsSync } from 'node:fs';
import { blocksFromArticle } from '../src/entities/evaluate.js';
import { extractEntities } from '../src/entities/extract.js';
import { ANT_CORPUS, antNewsChunks } from './ant-news-chunks.js';

if (!existsSync(ANT_CORPUS)) {
  console.error(`extraction-driver: ${ANT_CORPUS} is absent`);
  process.exit(2);
}
const [firstLine = 0, chunkCount = 2, megabytes = 0.3] = process.argv.slice(2).map(Number);
const times = antNewsChunks(firstLine, chunkCount, megabytes * 1e6).map((text) => {
  const blocks = blocksFromArticle(text);
  const started = performance.now();
  extractEntities(blocks);
  return Math.round(performance.now() - started);
});
console.log(times.join(' '));
