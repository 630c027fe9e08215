import { join } from 'node:path';
import { qariPackage } from '../package-root.js';

/** A file under qari's data/ folder (the same from src/ under tsx/vitest and from the bundle in dist/). */
export function dataPath(relative: string): string {
  return join(qariPackage().root, 'data', relative);
}
