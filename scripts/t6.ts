import { readFileSync } from 'node:fs';
import { extractEntities } from '../src/entities/extract.js';
const lines = readFileSync('/work/shared/corpora/ant/ant-1.1.jsonl', 'utf8').split('\n').filter(Boolean);
const picks = process.argv.slice(2).map(Number);
for (const n of picks) {
  const a = JSON.parse(lines[n]);
  const blocks = [a.title, ...a.paragraphs].filter(Boolean).map((text: string) => ({ kind: 'paragraph' as const, text, direction: 'rtl' as const }));
  console.log('=== ', n, a.category);
  for (const e of extractEntities(blocks)) if (e.kind === 'person') console.log(e.name, '|', e.honorific ?? '', '|', e.role ?? '', '|', e.official, e.references?.length ? '| refs ' + e.references.map((r) => r.text).join(' / ') : '');
}
