import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { qariPackage } from '../package-root.js';

/** A file under qari's data/ folder (the same from src/ under tsx/vitest and from the bundle in dist/). */
export function dataPath(relative: string): string {
  return join(qariPackage().root, 'data', relative);
}

/** The words of a data file written one folded word a line by a build script (no folding needed). */
export function readFoldedWords(relative: string): Set<string> {
  return new Set(readFileSync(dataPath(relative), 'utf8').split('\n').filter(Boolean));
}
