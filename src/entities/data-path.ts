/**
 * Locates files under the repository's data/ folder, whether this module runs from src/ (tsx,
 * vitest) or from a bundle in another folder: walk up from this file until data/<relative> exists.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function dataPath(relative: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data', relative);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`qari: data file not found: data/${relative}`);
    dir = parent;
  }
}
