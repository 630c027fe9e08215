import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { t } from '../i18n/index.js';
import { basename, extname, join, resolve } from 'node:path';
import { locationName } from './location-name.js';
import type { ArticleList, ListItem } from '../article/model.js';
import { QariError } from '../errors.js';
import { dateSortKey, normalizeDate } from './date.js';
import { articleFromText } from './formats.js';
import { contentKey } from './key.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { displayLine, listItem } from './list-item.js';
import { fileError, readLocalDocument } from './local-file.js';
import { mapConcurrently } from './map-concurrently.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
/** Files parsed at once: enough to overlap disk reads, few enough to bound memory. */
const CONCURRENCY = 8;

export interface ScannedLibrary {
  list: ArticleList;
  /** One line per file or folder that was skipped (unreadable, binary). */
  warnings: string[];
  /**
   * Set when only the list's first rows are in order (`firstRows`): puts the rest in order, in
   * place (the same items array), which takes a while on a library of many thousand.
   */
  finishOrder?: () => void;
  /** Set when every file was known as it is (KnownFiles.complete). */
  indexed?: boolean;
}

/** The articles under `dir` as a list, newest first (undated after dated, then by title). */
export async function listLibrary(dir: string, progressOf: (contentKey: string) => number): Promise<ArticleList> {
  return (await scanLibrary(dir, progressOf)).list;
}

/** What the index knows of a library file: what its list entry shows, and where it was in the list last time. */
export interface KnownFile {
  title: string;
  source: string | null;
  date: string | null;
  contentKey: string;
  /** Its place in the library's list when it was last sorted: a sort that starts from it is one pass when nothing moved. */
  rank?: number;
}

/**
 * What is already known of a library's files (from the index), so they are not read again. `get`
 * decides whether to stat a file (to check size and modification time) or to trust what it knows
 * (the reader, which re-checks every file in the background).
 */
export interface KnownFiles {
  /** Reads what is known; called once before the first `get`. */
  load?(): Promise<void>;
  /** The file at `path` as known, or null to read it. */
  get(path: string, stat: () => { size: number; mtimeMs: number } | null): KnownFile | null;
  /** Told the library's items once they are in order (to remember the order). */
  ordered?(items: readonly ListItem[]): void;
  /** After the scan: whether every file was known as it is, with nothing else known (nothing to index). */
  complete?(): boolean;
}

/** Files listed between two turns of the event loop: a big library's scan leaves the reader's keys responsive. */
const FILES_PER_TURN = 2_048;

/**
 * With `firstRows`, only that many items are put in order before the list is returned (the reader
 * shows a big library's first screen at once) and `finishOrder` orders the rest.
 */
export async function scanLibrary(dir: string, progressOf: (contentKey: string) => number, maxBytes = DEFAULT_MAX_BYTES, known?: KnownFiles, firstRows?: number): Promise<ScannedLibrary> {
  const warnings: string[] = [];
  // The directory is read (in the thread pool) while what the index knows is loaded.
  const found = findArticleFiles(dir, warnings, true);
  found.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  await known?.load?.();
  const files = await found;
  const items: Array<ListItem | null> = new Array(files.length).fill(null);
  const ranks: Array<number | undefined> = new Array(files.length);
  const unknown: number[] = [];
  // Files the index knows are listed synchronously (a promise per file costs more than the lookup
  // itself), a few thousand a turn of the event loop.
  for (let i = 0; i < files.length; i++) {
    if (i % FILES_PER_TURN === FILES_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    const path = files[i];
    // Synchronous stats: a stat of a cached inode takes microseconds, a round trip through the
    // thread pool far longer.
    const seen = known?.get(path, () => statOrNull(path));
    if (seen) {
      items[i] = listItem({ title: seen.title, source: seen.source, date: seen.date, location: path, progress: progressOf(seen.contentKey) });
      ranks[i] = seen.rank;
    } else unknown.push(i);
  }
  await mapConcurrently(unknown, CONCURRENCY, async (i): Promise<void> => {
    const path = files[i];
    try {
      const document = await readLocalDocument(path, maxBytes);
      warnings.push(...document.warnings);
      // Library files have article extensions, so 'feed' (which only .xml/.rss/.atom/.json get) cannot occur.
      const article = await articleFromText(document.text, document.format === 'feed' ? 'plain' : document.format);
      items[i] = listItem({
        title: article.title ?? locationName(path),
        source: article.source,
        date: normalizeDate(article.date),
        location: path,
        progress: progressOf(contentKey(article)),
      });
    } catch (error) {
      if (!(error instanceof QariError)) throw error;
      warnings.push(t('warnSkipped', { message: error.message }));
    }
  });
  const listed = inRememberedOrder(items, ranks);
  const title = libraryTitle(dir);
  if (firstRows === undefined || listed.length <= firstRows * 4) {
    sortNewestFirst(listed);
    known?.ordered?.(listed);
    return { list: { kind: 'library', title, items: listed }, warnings, indexed: known?.complete?.() };
  }
  const list: ArticleList = { kind: 'library', title, items: firstInOrder(listed, firstRows) };
  const finishOrder = () => {
    sortNewestFirst(list.items);
    known?.ordered?.(list.items);
  };
  return { list, warnings, finishOrder, indexed: known?.complete?.() };
}

/**
 * The items found, those with a rank (their place in the list last time) first in that order, then
 * the others: the sort that follows (a merge sort that finds runs already in order) then takes one
 * pass over an unchanged library instead of a comparison of titles per item and level.
 */
function inRememberedOrder(items: ReadonlyArray<ListItem | null>, ranks: ReadonlyArray<number | undefined>): ListItem[] {
  const placed: ListItem[] = [];
  const others: ListItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === null) continue;
    const rank = ranks[i];
    // Ranks are distinct places in a list no longer than the library was: each goes in its slot.
    if (rank !== undefined && rank >= 0 && rank < items.length * 2 + 1024 && placed[rank] === undefined) placed[rank] = item;
    else others.push(item);
  }
  if (others.length === items.length) return others;
  const ordered = placed.filter((item) => item !== undefined);
  for (const item of others) ordered.push(item);
  return ordered;
}

/** What a library's list is called: its directory's name. */
export function libraryTitle(dir: string): string {
  return displayLine(basename(resolve(dir)));
}

function statOrNull(path: string): { size: number; mtimeMs: number } | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Newest first (undated after dated), then by title and location. Each date is parsed once and the
 * strings compared with one collator (what localeCompare uses, without its set-up per call): on a
 * library of 50,000 that halves the sort.
 */
function newestFirst(items: readonly ListItem[]): (a: number, b: number) => number {
  const dates = items.map((item) => dateSortKey(item.date));
  const collator = new Intl.Collator();
  return (a, b) => dates[b] - dates[a] || collator.compare(items[a].title, items[b].title) || collator.compare(items[a].location, items[b].location);
}

/** Sorts `items` in place, newest first. */
function sortNewestFirst(items: ListItem[]): void {
  const order = items.map((_, i) => i).sort(newestFirst(items));
  const sorted = order.map((i) => items[i]);
  for (let i = 0; i < sorted.length; i++) items[i] = sorted[i];
}

/**
 * The first `count` items in order, then the others as found: one comparison per item with the last
 * of the first rows (kept in order, a new one put in its place by binary search) instead of a sort
 * of the whole list.
 */
function firstInOrder(items: ListItem[], count: number): ListItem[] {
  const compare = newestFirst(items);
  const first: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (first.length === count && compare(i, first[count - 1]) >= 0) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(i, first[middle]) < 0) high = middle;
      else low = middle + 1;
    }
    first.splice(low, 0, i);
    if (first.length > count) first.pop();
  }
  const chosen = new Set(first);
  return [...first.map((i) => items[i]), ...items.filter((_, i) => !chosen.has(i))];
}

/** Article files under `dir`, skipping hidden entries and node_modules; symbolic links to folders are not followed (no cycles). */
export async function findArticleFiles(dir: string, warnings: string[], isRoot = true): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isRoot) throw fileError(dir, error);
    warnings.push(t('warnSkipped', { message: fileError(dir, error).message }));
    return [];
  }
  // Sub-folders are read at once (their readdir calls overlap in the thread pool), their files
  // kept in the order of the entries.
  const found: Array<string | Promise<string[]>> = [];
  // What join(dir, name) gives for a plain entry name, without normalizing the whole path each time.
  const base = join(dir, 'x').slice(0, -1);
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = base + entry.name;
    if (entry.isDirectory()) found.push(findArticleFiles(path, warnings, false));
    else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  const files: string[] = [];
  for (const item of found) {
    if (typeof item === 'string') files.push(item);
    else for (const path of await item) files.push(path);
  }
  return files;
}
