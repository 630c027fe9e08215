// Bundles the program into dist/qari.js plus shared chunks in dist/chunks/: start-up loads one module
// with what the first screen needs; the HTML reader, feeds, Markdown and entity extraction are split
// into chunks that `await import()` loads on first use.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleOptions } from './bundle-options.mjs';

const dist = process.env.QARI_DIST ?? new URL('../dist', import.meta.url).pathname;
const result = await build({
  ...bundleOptions,
  entryPoints: { qari: new URL('../src/entry.ts', import.meta.url).pathname },
  outdir: dist,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  // QARI_MINIFY=0 keeps names readable for `node --cpu-prof`.
  minify: process.env.QARI_MINIFY !== '0',
  write: false,
});

// Write each file under a temporary name and rename it: a qari started while another build runs (as
// concurrent test runs do) sees the old bundle or the new one, never half a file.
const chunks = join(dist, 'chunks');
mkdirSync(chunks, { recursive: true });
// Chunks first: a new dist/qari.js must never point at chunks not written yet.
const outputs = [...result.outputFiles].sort((a, b) => Number(b.path.startsWith(chunks)) - Number(a.path.startsWith(chunks)));
for (const file of outputs) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}

// Chunk names carry a content hash, so old ones pile up; a qari started before this build may still
// load them for a while, so only chunks unused for ten minutes are removed.
const written = new Set(outputs.map((file) => file.path));
for (const name of readdirSync(chunks)) {
  const path = join(chunks, name);
  if (!written.has(path) && Date.now() - statSync(path).mtimeMs > 10 * 60_000) unlinkSync(path);
}
