import bidiFactory from 'bidi-js';
import { readFileSync } from 'node:fs';
const bidi = bidiFactory();
const lines = readFileSync('/tmp/qs/2mb.txt', 'utf8').split('\n').slice(0, 3000).filter(Boolean);
const counts = new Map<string, number>(); let chars = 0; const classChars = new Map<string, number>();
const byClass = new Map<string, Set<string>>();
for (const l of lines) {
  const set = new Set<string>();
  for (const ch of l) { const c = bidi.getBidiCharTypeName(ch); set.add(c); classChars.set(c, (classChars.get(c) ?? 0) + 1); if (!byClass.has(c)) byClass.set(c, new Set()); if (byClass.get(c)!.size < 40) byClass.get(c)!.add(ch); }
  const key = [...set].sort().join(',');
  counts.set(key, (counts.get(key) ?? 0) + l.length); chars += l.length;
}
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${(100 * v / chars).toFixed(1)}% ${k}`).join('\n'));
console.log([...classChars].map(([c,n])=>c+':'+n+' '+[...byClass.get(c)!].join('')).join('\n'));
