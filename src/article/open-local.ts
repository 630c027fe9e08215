import { fileURLToPath } from 'node:url';
import { dirname, join, extname } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { readLocalFile, readStream, textArticle, type LoadedText } from './local.js';

/** The package root: found by walking up to qari's package.json, so it works from src/ and dist/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'qari') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('qari: cannot find the package root');
    dir = parent;
  }
}

export const BUNDLED_ARTICLE = 'data/alkawthar-iran-iraq-interior-ministers.txt';

export async function openLocalSource(spec: string | undefined, stdin: NodeJS.ReadableStream): Promise<LoadedText> {
  if (spec === undefined) return textArticle(await readLocalFile(join(packageRoot(), BUNDLED_ARTICLE)), 'the bundled article', false);
  if (spec === '-') return textArticle(await readStream(stdin), 'standard input', false);
  const ext = extname(spec).toLowerCase();
  return textArticle(await readLocalFile(spec), spec, ext === '.md' || ext === '.markdown');
}
