import { readFileSync, readdirSync } from 'node:fs';
import { blocksFromArticle, isHeldBack, roleWords } from '../src/entities/evaluate.js';
import { extractEntities } from '../src/entities/extract.js';
import { fold } from '../src/text/normalize.js';
const shared = '/work/shared';
const only = process.argv[2];
for (const f of readdirSync(`${shared}/gold`).sort()) {
  if (isHeldBack(f) || (only && !f.includes(only))) continue;
  const gold = JSON.parse(readFileSync(`${shared}/gold/${f}`, 'utf8'));
  const blocks = blocksFromArticle(readFileSync(`${shared}/articles/ar/${gold.file}`, 'utf8'));
  const ents = extractEntities(blocks).filter((e) => e.kind === 'person');
  console.log('=====', f);
  const goldNames = [...gold.officials, ...(gold.other_people ?? [])];
  for (const e of ents) {
    const g = goldNames.find((g: any) => [g.name, ...g.surface].map(fold).includes(fold(e.name)) || fold(g.name).includes(fold(e.name)) || fold(e.name).includes(fold(g.name)));
    const ok = g ? (gold.officials.includes(g) ? (e.official ? 'OK ' : 'MISS-OFF') : (e.official ? 'FALSE-OFF' : 'ok-other')) : (e.official ? 'BAD-OFF' : 'BAD-PERS');
    const roleOk = g?.role ? (roleWords(e.role ?? '').join(' ') === roleWords(g.role).join(' ') ? '' : `  [gold role: ${g.role}]`) : '';
    console.log(`${ok.padEnd(9)} ${e.name} | ${e.honorific ?? ''} | ${e.role ?? ''}${roleOk}${e.references?.length ? '  refs: ' + e.references.map((r: any) => r.text).join(' / ') : ''}`);
  }
  for (const g of gold.officials) if (!ents.some((e) => e.official && ([g.name, ...g.surface].map(fold).includes(fold(e.name)) || fold(g.name).includes(fold(e.name)) || fold(e.name).includes(fold(g.name))))) console.log(`MISSING   ${g.name} | ${g.role}`);
}
