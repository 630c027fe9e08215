import { readFileSync } from 'node:fs';
import { blocksFromArticle } from '../src/entities/evaluate.js';
import { extractEntities } from '../src/entities/extract.js';
const blocks = blocksFromArticle(readFileSync(process.argv[2], 'utf8'));
for (const e of extractEntities(blocks)) if (e.kind === 'person') console.log(e.name, '|', e.honorific ?? '', '|', e.role ?? '', '|', e.official, '|', e.mentions.map((m) => `${m.block}:${m.text}`).join(', '), e.references?.length ? '| refs ' + e.references.map((r) => `${r.block}:${r.text}`).join(', ') : '');
