/** What the index knows of a library's unchanged files, so that listing it does not read them again. */
import { resolve, sep } from 'node:path';
import type { KnownFileLookup } from '../sources/library.js';
import { openIndex } from './access.js';

export function knownFileLookup(configDir: string, dir: string, say: (line: string) => void): KnownFileLookup | undefined {
  const access = openIndex(configDir);
  for (const warning of access.warnings) say(warning);
  if (!access.store) return undefined;
  const root = resolve(dir);
  const known = access.store.filesUnder(root.endsWith(sep) ? root : root + sep);
  return (path, size, mtime) => {
    const file = known.get(resolve(path));
    if (!file || file.size !== size || file.mtime !== mtime) return null;
    return { title: file.title, source: file.source, date: file.date, contentKey: file.hash };
  };
}
