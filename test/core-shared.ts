import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** /work/shared, reached as ../shared from the repository root. */
export const SHARED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');

/**
 * A file from ../shared, or null after a warning: tests that need it skip (and say why) instead of
 * passing silently.
 */
export function sharedFile(relative: string): string | null {
  const path = join(SHARED, relative);
  if (existsSync(path)) return path;
  console.warn(`[qari tests] ${path} is absent: the tests that need it are skipped`);
  return null;
}

export function readShared(path: string | null): string {
  return path === null ? '' : readFileSync(path, 'utf8');
}
