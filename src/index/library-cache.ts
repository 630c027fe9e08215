/** What the index knows of a library's unchanged files, so that listing it does not read them again. */
import { join, resolve, sep } from 'node:path';
import type { ListItem } from '../article/model.js';
import type { KnownFiles } from '../sources/library.js';
import { listItem } from '../sources/list-item.js';
import { titlesDirection } from '../text/direction.js';
import type { Direction } from '../article/model.js';
import { openIndex } from './access.js';
import { readLibraryOrder, sameFingerprint, writeLibraryOrder, type LibraryOrder } from './library-order.js';
import type { ListedFile } from './store.js';

/** A library directory as the index keys its files: the absolute root with its separator, and how a listed path becomes a key. */
function libraryRoot(dir: string) {
  const root = resolve(dir);
  const under = root.endsWith(sep) ? root : root + sep;
  // The library's paths are join(dir, ...) of directory entries: swapping the prefix for the
  // absolute root gives what resolve() would, without resolving 50,000 paths one by one.
  const prefix = join(dir, 'x').slice(0, -1);
  // Given as an absolute path already (as most are), a listed path is its key as it is.
  const absolute = prefix === under ? (path: string) => (path.startsWith(prefix) ? path : resolve(path)) : (path: string) => (path.startsWith(prefix) ? under + path.slice(prefix.length) : resolve(path));
  return { root, under, prefix, absolute };
}

/**
 * With `verify`, a file is taken from the index only when its size and modification time are
 * unchanged (--print, --json, the reader's check after its first screen); without, by its path
 * alone (the reader's first screen when the library's order is not known: the background indexing
 * that follows re-checks every file and updates changed ones). Once the list is in order, the
 * order is remembered (library-order.ts) unless the same order is remembered already.
 */
export function knownFiles(configDir: string, dir: string, say: (line: string) => void, verify: boolean): KnownFiles | undefined {
  const access = openIndex(configDir);
  for (const warning of access.warnings) say(warning);
  if (!access.store) return undefined;
  const store = access.store;
  const { root, under, absolute } = libraryRoot(dir);
  let listed = new Map<string, ListedFile>();
  // Of the files' number, ids, sizes and times: files indexed again in place change the last two.
  let fingerprint: number[] = [];
  let remembered: LibraryOrder | null = null;
  let rankOf = new Map<number, number>();
  // Verified: whether every file listed was as the index has it (with its entities), and how many.
  let asIndexed = true;
  let withEntities = true;
  let matched = 0;
  return {
    async load() {
      // One read transaction: the fingerprint is that of the rows read.
      store.db.transaction(() => {
        fingerprint = store.fingerprintUnder(under);
        listed = store.listedUnder(under);
      })();
      remembered = readLibraryOrder(configDir, root);
      if (remembered) rankOf = new Map(remembered.ids.map((id, rank) => [id, rank]));
    },
    get(path, stat) {
      const row = listed.get(absolute(path));
      if (verify) {
        const info = row && stat();
        if (!row || !info || info.size !== row[6] || Math.floor(info.mtimeMs) !== row[7]) {
          asIndexed = false;
          return null;
        }
        matched++;
        withEntities &&= row[8] === 1;
      }
      return row ? { title: row[1], source: row[2], date: row[3], contentKey: row[4], rank: rankOf.get(row[5]) } : null;
    },
    ordered(items) {
      // A list with files read again (new or changed since indexed) is not the index's order.
      if (!asIndexed) return;
      if (remembered && sameFingerprint(remembered.fingerprint, fingerprint)) return;
      const ids: number[] = [];
      for (const item of items) {
        const id = listed.get(absolute(item.location))?.[5];
        if (id !== undefined) ids.push(id);
      }
      writeLibraryOrder(configDir, root, { fingerprint, ids, direction: titlesDirection(items) });
    },
    complete: () => verify && asIndexed && withEntities && matched === listed.size,
  };
}

/** The first screen of a library drawn from the index: its first rows, how many the whole list has, and which way it reads. */
export interface LibraryHead {
  items: ListItem[];
  total: number;
  direction: Direction;
}

/**
 * The first `count` items of the library's list, straight from the index, when its order is
 * remembered and the index holds the same files as when it was taken; null otherwise (the list is
 * then made by scanning the directory). Neither the directory nor the other rows are read: the
 * reader checks the directory after its first screen.
 */
export function libraryHead(configDir: string, dir: string, progressOf: (contentKey: string) => number, count: number, say: (line: string) => void): LibraryHead | null {
  const access = openIndex(configDir);
  for (const warning of access.warnings) say(warning);
  if (!access.store) return null;
  const { root, under, prefix } = libraryRoot(dir);
  const remembered = readLibraryOrder(configDir, root);
  if (!remembered || remembered.ids.length === 0) return null;
  // The files' number and ids only (the location index alone): a file changed and indexed again
  // meanwhile was indexed by --index or the reader, which remembered the new order then.
  if (!sameFingerprint(access.store.fingerprintUnder(under, false), remembered.fingerprint.slice(0, 2))) return null;
  const ids = remembered.ids.slice(0, count);
  const rows = access.store.listedByIds(ids);
  const items: ListItem[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    if (!row || !row[0].startsWith(under)) return null;
    items.push(listItem({ title: row[1], source: row[2], date: row[3], location: prefix + row[0].slice(under.length), progress: progressOf(row[4]) }));
  }
  return { items, total: remembered.ids.length, direction: remembered.direction };
}

/**
 * Remembers the library's order again if the index changed since it was taken (after indexing it):
 * the list is made from the index (files it does not hold are read) and sorted, starting from the
 * order remembered before.
 */
export async function refreshLibraryOrder(configDir: string, dir: string): Promise<void> {
  const access = openIndex(configDir);
  if (!access.store) return;
  const { root, under } = libraryRoot(dir);
  const remembered = readLibraryOrder(configDir, root);
  if (remembered && sameFingerprint(remembered.fingerprint, access.store.fingerprintUnder(under))) return;
  const { scanLibrary } = await import('../sources/library.js');
  await scanLibrary(dir, () => 0, undefined, knownFiles(configDir, dir, () => undefined, false));
}
