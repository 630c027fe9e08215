/**
 * Lists the persons qari finds in the FIRST half of the ANT corpus (lines below 5069 of
 * ../shared/corpora/ant/ant-1.1.jsonl; the second half is kept for unseen checks), to read them by
 * eye or to compare two versions of the extractor.
 *
 *   tsx scripts/ant-persons.ts sample [step]      every step-th article (default 80), persons in context
 *   tsx scripts/ant-persons.ts all OUT.jsonl      every article: one JSON line of persons per article
 *   tsx scripts/ant-persons.ts diff A.jsonl B.jsonl   persons only in A (-) or only in B (+), roles changed (~)
 *
 * Run `all` in two worktrees (each with its own src/) and `diff` the files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { blocksFromArticle } from '../src/entities/evaluate.js';
import { extractEntities } from '../src/entities/extract.js';

const FIRST_HALF_END = 5069;
const corpus = fileURLToPath(new URL('../../shared/corpora/ant/ant-1.1.jsonl', import.meta.url));

interface ListedPerson {
  name: string;
  role: string | null;
  context: string;
}

function personsOf(line: string): ListedPerson[] {
  const article = JSON.parse(line) as { title: string; paragraphs: string[] };
  const blocks = blocksFromArticle([article.title, ...article.paragraphs].join('\n'));
  return extractEntities(blocks)
    .filter((entity) => entity.kind === 'person')
    .map((entity) => {
      const first = entity.mentions[0];
      const text = blocks[first.block].text;
      const context = text.slice(Math.max(0, first.start - 40), first.end + 30).replace(/\s+/g, ' ');
      return { name: entity.name, role: entity.role, context };
    });
}

function firstHalf(): string[] {
  return readFileSync(corpus, 'utf8').split('\n').slice(0, FIRST_HALF_END - 1);
}

function readListing(path: string): Map<number, ListedPerson[]> {
  const listing = new Map<number, ListedPerson[]>();
  for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    const { n, persons } = JSON.parse(line) as { n: number; persons: ListedPerson[] };
    listing.set(n, persons);
  }
  return listing;
}

const [mode, first, second] = process.argv.slice(2);
if (mode === 'diff' && first && second) {
  const before = readListing(first);
  const after = readListing(second);
  for (const [n, persons] of before) {
    const names = new Set((after.get(n) ?? []).map((p) => p.name));
    const old = new Set(persons.map((p) => p.name));
    for (const p of persons) if (!names.has(p.name)) console.log(`${n} - ${p.name}   «${p.context}»`);
    for (const p of after.get(n) ?? []) if (!old.has(p.name)) console.log(`${n} + ${p.name}   «${p.context}»`);
    // The same person with another role.
    const roles = new Map((after.get(n) ?? []).map((p) => [p.name, p.role]));
    for (const p of persons) if (roles.has(p.name) && roles.get(p.name) !== p.role) console.log(`${n} ~ ${p.name} [${p.role ?? ''}] → [${roles.get(p.name) ?? ''}]`);
  }
} else if ((mode === 'sample' || mode === 'all') && existsSync(corpus)) {
  const lines = firstHalf();
  const step = Number(first ?? 80);
  const out: string[] = [];
  lines.forEach((line, index) => {
    const n = index + 1;
    if (!line || (mode === 'sample' && n % step !== 0)) return;
    const persons = personsOf(line);
    if (mode === 'all') out.push(JSON.stringify({ n, persons }));
    else out.push(`## ${n}`, ...persons.map((p) => `  ${p.name}${p.role ? ` [${p.role}]` : ''}   «${p.context}»`));
  });
  if (mode === 'all' && first) writeFileSync(first, out.join('\n') + '\n');
  else console.log(out.join('\n'));
} else if (mode === 'sample' || mode === 'all') {
  console.log(`ant-persons: ${corpus} is absent, nothing to list.`);
} else {
  console.error('usage: tsx scripts/ant-persons.ts sample [step] | all OUT.jsonl | diff A.jsonl B.jsonl');
  process.exit(1);
}
