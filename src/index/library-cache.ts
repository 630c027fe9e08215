/** What the index knows of a library's unchanged files, so that listing it does not read them again. */
import { join, resolve, sep } from 'node:path';
import type { KnownFileLookup } from '../sources/library.js';
import { openIndex } from './access.js';

/**
 * With `verify`, a file is taken from the index only when its size and modification time are
 * unchanged (--print, --json); without, by its path alone (the reader: it shows a big library at
 * once, and the background indexing that follows re-checks every file and updates changed ones).
 */
export function knownFileLookup(configDir: string, dir: string, say: (line: string) => void, verify: boolean): KnownFileLookup | undefined {
  const access = openIndex(configDir);
  for (const warning of access.warnings) say(warning);
  if (!access.store) return undefined;
  const root = resolve(dir);
  const under = root.endsWith(sep) ? root : root + sep;
  // The library's paths are join(dir, ...) of directory entries: swapping the prefix for the
  // absolute root gives what resolve() would, without resolving 50,000 paths one by one.
  const prefix = join(dir, 'x').slice(0, -1);
  const absolute = (path: string) => (path.startsWith(prefix) ? under + path.slice(prefix.length) : resolve(path));
  if (!verify) {
    const listed = access.store.listedUnder(under);
    return (path) => {
      const file = listed.get(absolute(path));
      return file ? { title: file[1], source: file[2], date: file[3], contentKey: file[4] } : null;
    };
  }
  const known = access.store.filesUnder(under);
  return (path, stat) => {
    const file = known.get(absolute(path));
    if (!file) return null;
    const info = stat();
    if (!info || info.size !== file.size || Math.floor(info.mtimeMs) !== file.mtime) return null;
    return { title: file.title, source: file.source, date: file.date, contentKey: file.hash };
  };
}
