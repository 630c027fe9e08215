import { extractEntities } from '../src/entities/extract.js';
for (const text of process.argv.slice(2)) {
  const es = extractEntities([{ kind: 'paragraph', text, direction: 'rtl' }]);
  for (const e of es) console.log(e.kind, '|', e.name, '|', e.honorific ?? '', '|', e.role ?? '', '|', e.official, e.references?.map((r) => r.text).join('/') ?? '');
  console.log('--');
}
