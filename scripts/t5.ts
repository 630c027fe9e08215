import { readFileSync } from 'node:fs';
import { tokenize } from '../src/entities/tokenize.js';
const want = new Set(process.argv.slice(2));
const prev = new Map<string, Map<string, number>>();
for (const line of readFileSync('/work/shared/corpora/ant/ant-1.1.jsonl', 'utf8').split('\n')) {
  if (!line) continue;
  const a = JSON.parse(line);
  for (const t of [a.title, ...a.paragraphs]) {
    const w = tokenize(t).map((x) => x.folded);
    w.forEach((x, i) => { if (want.has(x)) { const m = prev.get(x) ?? new Map(); m.set(w[i - 1] ?? '', (m.get(w[i - 1] ?? '') ?? 0) + 1); prev.set(x, m); } });
  }
}
for (const [k, m] of prev) console.log(k, [...m].reduce((a, b) => a + b[1], 0), [...m].sort((a, b) => b[1] - a[1]).slice(0, 8).map((x) => x.join(':')).join(' '));
