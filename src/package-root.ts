import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_UNREADABLE, QariError } from './errors.js';

export interface QariPackage {
  root: string;
  version: string;
}

let found: QariPackage | undefined;

/**
 * The installed qari package (for bundled data and the version). Found by walking up from this
 * module, because the code runs both from src/ (tsx, vitest) and from the single bundle dist/qari.js.
 */
export function qariPackage(): QariPackage {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = readManifest(join(dir, 'package.json'));
    if (manifest?.name === 'qari') return (found = { root: dir, version: String(manifest.version ?? '0.0.0') });
    const parent = dirname(dir);
    if (parent === dir) throw new QariError('qari: cannot find the qari installation (no package.json named "qari" above the program)', EXIT_UNREADABLE);
    dir = parent;
  }
}

function readManifest(path: string): { name?: unknown; version?: unknown } | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return null; // no package.json here (or not ours to read): keep walking up
  }
}
