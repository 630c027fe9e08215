/**
 * Regression check of the extractor on all ANT news: dumps the persons listed for each article of one
 * half of ../shared/corpora/ant (one JSON line an article: {n, p: [[name, official, role, honorific,
 * mentions]]}), and compares two dumps article by article, so that every change a rule makes on the
 * corpus can be read line by line before it lands. The articles of the held-out eval/ant sets
 * (HELD_OUT_ANT_SETS) are left out of the dumps: their output is never read while rules are written.
 * Usage: npx tsx scripts/ant-dump-persons.ts dump first|second OUT
 *        npx tsx scripts/ant-dump-persons.ts diff OLD NEW     (prints "n - old", "n + new", "n ~ old | new")
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blocksFromArticle } from '../src/entities/evaluate.js';
import { extractEntities } from '../src/entities/extract.js';
import { heldOutLines } from './ant-held-out.js';

type Listed = [name: string, official: 0 | 1, role: string | null, honorific: string | null, mentions: number];
interface Dumped { n: number; p: Listed[] }

const corpus = fileURLToPath(new URL('../../shared/corpora/ant/ant-1.1.jsonl', import.meta.url));
/** The first line number (1-based) of the corpus's second half. */
const SECOND_HALF = 5069;

function dump(half: string, out: string): void {
  const lines = readFileSync(corpus, 'utf8').split('\n');
  const [from, to] = half === 'first' ? [1, SECOND_HALF - 1] : [SECOND_HALF, lines.filter(Boolean).length];
  const held = heldOutLines();
  const dumped: string[] = [];
  let left = 0;
  for (let n = from; n <= to; n++) {
    if (held.has(n)) {
      left++;
      continue;
    }
    const { title, paragraphs } = JSON.parse(lines[n - 1]) as { title: string; paragraphs: string[] };
    const persons = extractEntities(blocksFromArticle([title, ...paragraphs].join('\n'))).filter((e) => e.kind === 'person');
    const p: Listed[] = persons.map((e) => [e.name, e.official ? 1 : 0, e.role ?? null, e.honorific ?? null, e.mentions.length]);
    dumped.push(JSON.stringify({ n, p } satisfies Dumped));
  }
  writeFileSync(out, dumped.join('\n') + '\n');
  console.log(`${dumped.length} articles → ${out} (${left} held-out articles left out)`);
}

function diff(oldPath: string, newPath: string): void {
  const read = (path: string): Map<number, Listed[]> =>
    new Map(readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Dumped).map(({ n, p }) => [n, p]));
  const before = read(oldPath);
  const after = read(newPath);
  const held = heldOutLines();
  const counts = { removed: 0, added: 0, changed: 0 };
  const show = (listed: Listed): string => JSON.stringify(listed);
  for (const [n, old] of before) {
    const now = after.get(n);
    if (now === undefined || held.has(n)) continue;
    const byName = (listed: Listed[]): Map<string, Listed> => new Map(listed.map((entry) => [entry[0], entry]));
    const oldByName = byName(old);
    const newByName = byName(now);
    for (const [name, entry] of oldByName) {
      const next = newByName.get(name);
      if (next === undefined) {
        counts.removed++;
        console.log(`${n} - ${show(entry)}`);
      } else if (show(next) !== show(entry)) {
        counts.changed++;
        console.log(`${n} ~ ${show(entry)} | ${show(next)}`);
      }
    }
    for (const [name, entry] of newByName) {
      if (oldByName.has(name)) continue;
      counts.added++;
      console.log(`${n} + ${show(entry)}`);
    }
  }
  console.error(`removed ${counts.removed}, added ${counts.added}, changed ${counts.changed}`);
}

const [command, a, b] = process.argv.slice(2);
if (command === 'dump' && (a === 'first' || a === 'second') && b) {
  if (!existsSync(corpus)) {
    console.log(`ant-dump-persons: ${corpus} is absent, nothing to dump.`);
    process.exit(0);
  }
  dump(a, b);
} else if (command === 'diff' && a && b) diff(a, b);
else {
  console.error('usage: tsx scripts/ant-dump-persons.ts dump first|second OUT | diff OLD NEW');
  process.exit(2);
}
