/**
 * Learns word clusters from unlabeled running text and writes data/entities/clusters.bin
 * (word-clusters.ts). The text is the ANT corpus (../shared/corpora/ant, Apache-2.0, Chouigui et al.,
 * AICCSA 2017) plus the running text of the WikiFANE training documents (labels unused; development
 * documents left out; NewsFANE is not used, see fane.ts), tokenized and folded as qari tokenizes articles.
 *
 * Each word (and each word without its proclitics and article, which gets the contexts of all its
 * clitic forms) is described by the words around it: counts of the frequent words at offsets -2, -1,
 * +1, +2, weighted by positive PMI and normalized. Spherical k-means then groups words with similar
 * contexts, at several granularities. Hand-written: no maintained npm library does sparse
 * spherical k-means, and the whole job is a few loops over typed arrays.
 * Usage: tsx scripts/build-word-clusters.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFane, splitFane, WIKIFANE_FILE } from '../src/entities/fane.js';
import { bareStem } from '../src/entities/features.js';
import { tokenize } from '../src/entities/tokenize.js';
import { WordClusters } from '../src/entities/word-clusters.js';

const shared = fileURLToPath(new URL('../../shared', import.meta.url));
const antPath = `${shared}/corpora/ant/ant-1.1.jsonl`;
const output = fileURLToPath(new URL('../data/entities/clusters.bin', import.meta.url));

/** Cluster counts of the clusterings, coarse to fine. */
const LEVELS = [32, 128, 512];
/** Words seen fewer times get no cluster. */
const MIN_COUNT = 2;
/** How many of the most frequent tokens serve as context features. */
const CONTEXTS = 3000;
const OFFSETS = [-2, -1, 1, 2];
const ITERATIONS = 12;

for (const path of [antPath, `${shared}/ner/${WIKIFANE_FILE}`]) {
  if (!existsSync(path)) {
    console.error(`${path} not found; cannot build the word clusters.`);
    process.exit(1);
  }
}

// 1. Running text as folded token sequences.
const sequences: string[][] = [];
for (const line of readFileSync(antPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { title?: string; paragraphs?: string[] };
  for (const text of [article.title ?? '', ...(article.paragraphs ?? [])]) {
    const tokens = tokenize(text).map((token) => token.folded);
    if (tokens.length) sequences.push(tokens);
  }
}
const antSequences = sequences.length;
const fane = splitFane([parseFane(readFileSync(`${shared}/ner/${WIKIFANE_FILE}`, 'utf8'))]);
for (const doc of fane.train) for (const sentence of doc) sequences.push(sentence.words);
console.log(`${antSequences} ANT paragraphs and ${sequences.length - antSequences} WikiFANE sentences`);

const ARABIC = /^[\u0621-\u064a]/;
const tokenCounts = new Map<string, number>();
for (const tokens of sequences) for (const token of tokens) tokenCounts.set(token, (tokenCounts.get(token) ?? 0) + 1);

// 2. Units (Arabic words and their bare stems) and their occurrences.
const stemOf = new Map<string, string>();
const unitCounts = new Map<string, number>();
for (const [token, count] of tokenCounts) {
  if (!ARABIC.test(token)) continue;
  unitCounts.set(token, (unitCounts.get(token) ?? 0) + count);
  const stem = bareStem(token);
  if (stem !== token) {
    stemOf.set(token, stem);
    unitCounts.set(stem, (unitCounts.get(stem) ?? 0) + count);
  }
}
const units = [...unitCounts].filter(([, count]) => count >= MIN_COUNT).sort((a, b) => b[1] - a[1]).map(([unit]) => unit);
const unitId = new Map(units.map((unit, i) => [unit, i]));
const contexts = [...tokenCounts].sort((a, b) => b[1] - a[1]).slice(0, CONTEXTS).map(([token]) => token);
const contextId = new Map(contexts.map((token, i) => [token, i]));
const dims = OFFSETS.length * CONTEXTS;
console.log(`${units.length} words to cluster, ${dims} context features`);

// 3. Co-occurrence counts as sorted (unit, feature) codes, then a sparse matrix (CSR).
let codes = new Uint32Array(1 << 22);
let codeCount = 0;
const push = (code: number): void => {
  if (codeCount === codes.length) {
    const grown = new Uint32Array(codes.length * 2);
    grown.set(codes);
    codes = grown;
  }
  codes[codeCount++] = code;
};
for (const tokens of sequences) {
  for (let i = 0; i < tokens.length; i++) {
    const own = unitId.get(tokens[i]);
    const stem = stemOf.get(tokens[i]);
    const stemUnit = stem === undefined ? undefined : unitId.get(stem);
    if (own === undefined && stemUnit === undefined) continue;
    OFFSETS.forEach((offset, k) => {
      const context = contextId.get(tokens[i + offset] ?? (offset < 0 ? '<s>' : '</s>'));
      if (context === undefined) return;
      const feature = k * CONTEXTS + context;
      if (own !== undefined) push(own * dims + feature);
      if (stemUnit !== undefined) push(stemUnit * dims + feature);
    });
  }
}
if (units.length * dims >= 2 ** 32) throw new Error('too many units for 32-bit codes');
const sorted = codes.subarray(0, codeCount).sort();
const rowStart = new Int32Array(units.length + 1);
const columns: number[] = [];
const values: number[] = [];
for (let i = 0; i < sorted.length; ) {
  let j = i;
  while (j < sorted.length && sorted[j] === sorted[i]) j++;
  const unit = Math.floor(sorted[i] / dims);
  rowStart[unit + 1]++;
  columns.push(sorted[i] % dims);
  values.push(j - i);
  i = j;
}
for (let u = 0; u < units.length; u++) rowStart[u + 1] += rowStart[u];

// 4. Positive PMI with smoothed context probabilities (power 0.75), rows normalized to length 1.
const featureTotals = new Float64Array(dims);
const unitTotals = new Float64Array(units.length);
let total = 0;
for (let u = 0; u < units.length; u++) {
  for (let e = rowStart[u]; e < rowStart[u + 1]; e++) {
    featureTotals[columns[e]] += values[e];
    unitTotals[u] += values[e];
    total += values[e];
  }
}
let smoothedTotal = 0;
for (const count of featureTotals) smoothedTotal += count ** 0.75;
const weights = new Float32Array(values.length);
for (let u = 0; u < units.length; u++) {
  let norm = 0;
  for (let e = rowStart[u]; e < rowStart[u + 1]; e++) {
    const pmi = Math.log((values[e] / unitTotals[u]) / (featureTotals[columns[e]] ** 0.75 / smoothedTotal));
    weights[e] = pmi > 0 ? pmi : 0;
    norm += weights[e] ** 2;
  }
  norm = Math.sqrt(norm) || 1;
  for (let e = rowStart[u]; e < rowStart[u + 1]; e++) weights[e] /= norm;
}
const columnIds = Int32Array.from(columns);

// 5. Spherical k-means (cosine similarity), deterministic: a fixed-seed start from frequent words.
function cluster(k: number): Int32Array {
  let seed = 2024 + k;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const centroids = new Float64Array(dims * k);
  const seedFrom = Math.min(units.length, 20_000);
  const start = new Set<number>();
  while (start.size < k) start.add(Math.floor(random() * seedFrom));
  [...start].forEach((u, c) => {
    for (let e = rowStart[u]; e < rowStart[u + 1]; e++) centroids[columnIds[e] * k + c] = weights[e];
  });
  const assignment = new Int32Array(units.length).fill(-1);
  const scores = new Float64Array(k);
  for (let iteration = 1; iteration <= ITERATIONS; iteration++) {
    let moved = 0;
    for (let u = 0; u < units.length; u++) {
      scores.fill(0);
      for (let e = rowStart[u]; e < rowStart[u + 1]; e++) {
        const base = columnIds[e] * k;
        const weight = weights[e];
        for (let c = 0; c < k; c++) scores[c] += weight * centroids[base + c];
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (scores[c] > scores[best]) best = c;
      if (assignment[u] !== best) moved++;
      assignment[u] = best;
    }
    // New centroids: the normalized sum of their members; an empty cluster restarts at a random word.
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (let u = 0; u < units.length; u++) {
      const c = assignment[u];
      sizes[c]++;
      for (let e = rowStart[u]; e < rowStart[u + 1]; e++) centroids[columnIds[e] * k + c] += weights[e];
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) {
        const u = Math.floor(random() * units.length);
        for (let e = rowStart[u]; e < rowStart[u + 1]; e++) centroids[columnIds[e] * k + c] = weights[e];
        continue;
      }
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[d * k + c] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[d * k + c] /= norm;
    }
    console.log(`k=${k} iteration ${iteration}: ${moved} words moved`);
    if (moved < units.length / 1000) break;
  }
  return assignment;
}

const assignments = LEVELS.map(cluster);
const entries = units.map((unit, u) => [unit, assignments.map((a) => a[u])] as const);
const bytes = WordClusters.encode(LEVELS, entries);
writeFileSync(output, bytes);
console.log(`wrote ${output}: ${units.length} words, ${(bytes.length / 1e6).toFixed(2)} MB`);

// A glimpse of the finest clusters, for a human check.
const finest = assignments[assignments.length - 1];
for (const probe of ['محمد', 'تونس', 'وزير', 'قال']) {
  const u = unitId.get(probe);
  if (u === undefined) continue;
  const members = units.filter((_, v) => finest[v] === finest[u]).slice(0, 15);
  console.log(`${probe}: ${members.join(' ')}`);
}
