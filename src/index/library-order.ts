/**
 * The order a library directory's list had last time, remembered in the config directory
 * (library-order/<hash of the path>.json) as the index row ids of its files, in list order, with the
 * index's fingerprint of those files, the collation the titles were sorted by and the direction the
 * list is laid out in (decided on the whole list, so that its first screen reads the same way). While the
 * fingerprint holds, the reader draws a big library's first screen from the first ids (no directory
 * read, no 50,000 rows made into strings); and every sort of the library starts from it, which makes
 * the sort one pass when nothing moved. Only a cache: a missing or damaged file means a full sort.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Direction } from '../article/model.js';

const FOLDER = 'library-order';
const VERSION = 2;

export interface LibraryOrder {
  /** IndexStore.fingerprintUnder of the library when the order was taken. */
  fingerprint: number[];
  /** Row ids of the library's indexed files, in list order. */
  ids: number[];
  /** Which way the whole list's chrome reads (titlesDirection of the list in this order). */
  direction: Direction;
}

interface SavedOrder extends LibraryOrder {
  version: number;
  root: string;
  collation: string;
}

/**
 * What decides how titles sort (the default collator's locale): ICU's version and the locale
 * variables it reads. Known without making an Intl object, which costs ~20 ms of ICU set-up that
 * the first screen should not pay.
 */
function collation(): string {
  const env = process.env;
  return [process.versions.icu ?? '', env.LC_ALL ?? '', env.LC_COLLATE ?? '', env.LC_MESSAGES ?? '', env.LANG ?? ''].join('|');
}

function fileOf(configDir: string, root: string): string {
  return join(configDir, FOLDER, `${createHash('sha256').update(root).digest('hex').slice(0, 32)}.json`);
}

/** The order remembered for the library at `root` (an absolute path), if it was sorted the way this process sorts. */
export function readLibraryOrder(configDir: string, root: string): LibraryOrder | null {
  let saved: SavedOrder;
  try {
    saved = JSON.parse(readFileSync(fileOf(configDir, root), 'utf8')) as SavedOrder;
  } catch {
    return null;
  }
  const valid =
    saved?.version === VERSION &&
    saved.root === root &&
    saved.collation === collation() &&
    Array.isArray(saved.fingerprint) &&
    saved.fingerprint.every((n) => typeof n === 'number') &&
    Array.isArray(saved.ids) &&
    saved.ids.every((id) => Number.isInteger(id)) &&
    (saved.direction === 'rtl' || saved.direction === 'ltr');
  return valid ? { fingerprint: saved.fingerprint, ids: saved.ids, direction: saved.direction } : null;
}

/** Remembers the library's order (written whole under a temporary name, then renamed: a reader never sees half). */
export function writeLibraryOrder(configDir: string, root: string, order: LibraryOrder): void {
  const file = fileOf(configDir, root);
  const saved: SavedOrder = { version: VERSION, root, collation: collation(), fingerprint: order.fingerprint, ids: order.ids, direction: order.direction };
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(join(configDir, FOLDER), { recursive: true });
    writeFileSync(temporary, JSON.stringify(saved));
    renameSync(temporary, file);
  } catch {
    // Only a cache (a read-only config directory, a full disk): the next sort is a full one.
    rmSync(temporary, { force: true });
  }
}

export function sameFingerprint(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
