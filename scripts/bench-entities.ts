/**
 * Times entity extraction: the first call (loading the gazetteers and tagger weights) and a 1 MB
 * article afterwards. The machine may be busy, so each figure is also given as a ratio to a baseline
 * measured in the same run: splitting the same text into words and lower-casing them, with built-ins
 * only, so that making qari's own code faster never moves the yardstick.
 * The article is the shared Arabic articles concatenated when ../shared exists, else the bundled one,
 * repeated to 1 MB. Usage: tsx scripts/bench-entities.ts [runs]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blocksFromArticle } from '../src/entities/evaluate.js';
import { extractEntities } from '../src/entities/extract.js';

const runs = Number(process.argv[2] ?? 3);
const sharedArticles = fileURLToPath(new URL('../../shared/articles/ar/', import.meta.url));
const bundled = fileURLToPath(new URL('../data/alkawthar-iran-iraq-interior-ministers.txt', import.meta.url));
const sources = existsSync(sharedArticles)
  ? readdirSync(sharedArticles).filter((f) => f.endsWith('.txt')).map((f) => sharedArticles + f)
  : [bundled];
const texts = sources.map((path) => readFileSync(path, 'utf8'));

let article = '';
while (Buffer.byteLength(article) < 1_000_000) article += texts.join('\n') + '\n';
const blocks = blocksFromArticle(article);

function time(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** Fastest of `runs` timings: the least disturbed by other work on the machine. */
function fastest(work: () => unknown): number {
  return Math.min(...Array.from({ length: runs }, () => time(work)));
}

const firstCall = time(() => extractEntities(blocksFromArticle(readFileSync(bundled, 'utf8'))));
const baseline = fastest(() => blocks.map((block) => block.text.split(/\s+/).map((word) => word.toLowerCase())));
// The first large extraction also fills the per-word caches; later ones show the steady state.
const firstExtraction = time(() => extractEntities(blocks));
const extraction = fastest(() => extractEntities(blocks));
const ms = (value: number): string => `${value.toFixed(0)} ms`;
console.log(`entities: ${(Buffer.byteLength(article) / 1e6).toFixed(2)} MB article, ${blocks.length} blocks, from ${sources.length} file(s)`);
console.log(`  baseline (split + lower)    ${ms(baseline).padStart(8)}`);
console.log(`  extraction, first           ${ms(firstExtraction).padStart(8)}   ${(firstExtraction / baseline).toFixed(1)}× baseline`);
console.log(`  extraction, again           ${ms(extraction).padStart(8)}   ${(extraction / baseline).toFixed(1)}× baseline`);
console.log(`  first call (loads weights)  ${ms(firstCall).padStart(8)}   ${(firstCall / baseline).toFixed(1)}× baseline`);
