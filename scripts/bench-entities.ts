/**
 * Times entity extraction: the first call (loading the gazetteers and tagger weights) and a 1 MB
 * article afterwards. The machine may be busy, so each figure is also given as a ratio to a baseline
 * measured in the same run: splitting the same text into words and lower-casing them, with built-ins
 * only, so that making qari's own code faster never moves the yardstick.
 * The article is the shared Arabic articles concatenated when ../shared exists, else the bundled one,
 * repeated to 1 MB: its "again" re-extracts the very same blocks, which per-block memos answer.
 * So when the ANT corpus is there (../shared/corpora/ant), 1 MB of unique news (consecutive ANT
 * articles, nothing repeated) is timed too, first of all: its first extraction is what a reader's
 * first large article costs, and the steady state is the fastest of other, different 1 MB runs
 * (per-word caches count there, per-block memos of the same text cannot).
 * `npm run bench` runs it bundled as the program ships (bench/run.mjs: esbuild, the program's bundle
 * options), since that is the code a reader's extraction runs; `tsx scripts/bench-entities.ts [runs]`
 * runs it from the sources (a module per file, some 5-10% slower).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksFromArticle } from '../src/entities/evaluate.js';
import { extractEntities } from '../src/entities/extract.js';
import type { Block } from '../src/article/model.js';
import { qariPackage } from '../src/package-root.js';
import { ANT_CORPUS, antNewsChunks } from './ant-news-chunks.js';

const runs = Number(process.argv[2] ?? 3);
// (Found from the qari package, not from this file: the bundle runs from elsewhere.)
const { root } = qariPackage();
const sharedArticles = join(root, '..', 'shared', 'articles', 'ar');
const bundled = join(root, 'data', 'alkawthar-iran-iraq-interior-ministers.txt');
const sources = existsSync(sharedArticles)
  ? readdirSync(sharedArticles).filter((f) => f.endsWith('.txt')).map((f) => join(sharedArticles, f))
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

const splitAndLower = (of: readonly Block[]): unknown => of.map((block) => block.text.split(/\s+/).map((word) => word.toLowerCase()));
const firstCall = time(() => extractEntities(blocksFromArticle(readFileSync(bundled, 'utf8'))));

// Unique news first, while the per-word caches hold only the bundled article's words.
let unique: { megabytes: number; blocks: number; baseline: number; first: number; steady: number } | undefined;
if (existsSync(ANT_CORPUS)) {
  // (1 MB texts of consecutive ANT articles, none repeated.)
  const [firstText, ...others] = antNewsChunks(0, runs + 1, 1_000_000);
  const firstBlocks = blocksFromArticle(firstText);
  const baseline = fastest(() => splitAndLower(firstBlocks));
  const first = time(() => extractEntities(firstBlocks));
  const steady = Math.min(...others.map((text) => blocksFromArticle(text)).map((other) => time(() => extractEntities(other))));
  unique = { megabytes: Buffer.byteLength(firstText) / 1e6, blocks: firstBlocks.length, baseline, first, steady };
}

const baseline = fastest(() => splitAndLower(blocks));
// The first large extraction also fills the per-word caches; later ones show the steady state.
const firstExtraction = time(() => extractEntities(blocks));
const extraction = fastest(() => extractEntities(blocks));
const ms = (value: number): string => `${value.toFixed(0)} ms`;
console.log(`entities: ${(Buffer.byteLength(article) / 1e6).toFixed(2)} MB article, ${blocks.length} blocks, from ${sources.length} file(s)`);
console.log(`  baseline (split + lower)    ${ms(baseline).padStart(8)}`);
console.log(`  extraction, first           ${ms(firstExtraction).padStart(8)}   ${(firstExtraction / baseline).toFixed(1)}× baseline`);
console.log(`  extraction, again           ${ms(extraction).padStart(8)}   ${(extraction / baseline).toFixed(1)}× baseline`);
console.log(`  first call (loads weights)  ${ms(firstCall).padStart(8)}   ${(firstCall / baseline).toFixed(1)}× baseline`);
if (unique) {
  console.log(`unique news: ${unique.megabytes.toFixed(2)} MB of ANT articles, ${unique.blocks} blocks; steady state over ${runs} other 1 MB texts`);
  console.log(`  news baseline (split + lower)  ${ms(unique.baseline).padStart(8)}`);
  console.log(`  news extraction, first         ${ms(unique.first).padStart(8)}   ${(unique.first / unique.baseline).toFixed(1)}× baseline`);
  console.log(`  news extraction, steady        ${ms(unique.steady).padStart(8)}   ${(unique.steady / unique.baseline).toFixed(1)}× baseline`);
} else console.log('unique news: skipped (../shared/corpora/ant/ant-1.1.jsonl is absent)');
