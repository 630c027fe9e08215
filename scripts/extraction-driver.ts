/**
 * Extracts the entities of consecutive ANT news (../shared/corpora/ant) in chunks of a given size,
 * nothing repeated, and prints each chunk's milliseconds: the program that
 * scripts/count-extraction-instructions.sh runs under callgrind (whose counts, unlike this machine's
 * wall-clock timings, repeat to a tenth of a percent).
 * Usage: tsx scripts/extraction-driver.ts [first line (0-based)] [chunks] [megabytes a chunk]
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blocksFromArticle } from '../src/entities/evaluate.js';
import { extractEntities } from '../src/entities/extract.js';
import { qariPackage } from '../src/package-root.js';

const corpus = fileURLToPath(new URL('../shared/corpora/ant/ant-1.1.jsonl', `file://${qariPackage().root}/`));
if (!existsSync(corpus)) {
  console.error(`extraction-driver: ${corpus} is absent`);
  process.exit(2);
}
const [firstLine = 0, chunkCount = 2, megabytes = 0.3] = process.argv.slice(2).map(Number);
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
let line = firstLine;
const times: number[] = [];
for (let c = 0; c < chunkCount; c++) {
  let text = '';
  for (let bytes = 0; bytes < megabytes * 1e6 && line < lines.length; line++) {
    const { title, paragraphs } = JSON.parse(lines[line]) as { title: string; paragraphs: string[] };
    const article = [title, ...paragraphs].join('\n') + '\n';
    text += article;
    bytes += Buffer.byteLength(article);
  }
  const blocks = blocksFromArticle(text);
  const started = performance.now();
  extractEntities(blocks);
  times.push(Math.round(performance.now() - started));
}
console.log(times.join(' '));
