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
}

/** The articles under `dir` as a list, newest first (undated after dated, then by title). */
export async function listLibrary(dir: string, progressOf: (contentKey: string) => number): Promise<ArticleList> {
  return (await scanLibrary(dir, progressOf)).list;
}

/**
 * What is already known of a file (from the index): given the path and a way to stat it, its title,
 * source, date and content key, or null to read the file. The lookup decides whether to stat (to
 * check size and modification time) or to trust what it knows (the reader, which re-checks every
 * file in the background).
 */
export type KnownFileLookup = (
  path: string,
  stat: () => { size: number; mtimeMs: number } | null,
) => { title: string; source: string | null; date: string | null; contentKey: string } | null;

export async function scanLibrary(dir: string, progressOf: (contentKey: string) => number, maxBytes = DEFAULT_MAX_BYTES, known?: KnownFileLookup): Promise<ScannedLibrary> {
  const warnings: string[] = [];
  const files = await findArticleFiles(dir, warnings, true);
  const items: Array<ListItem | null> = new Array(files.length).fill(null);
  const unknown: number[] = [];
  // Files the index knows are listed in one synchronous pass: a library of 50,000 is mostly known
  // files, and a promise per file costs more than the lookup itself.
  for (let i = 0; i < files.length; i++) {
    const path = files[i];
    // Synchronous stats: a stat of a cached inode takes microseconds, a round trip through the
    // thread pool far longer.
    const seen = known?.(path, () => statOrNull(path));
    if (seen) items[i] = listItem({ title: seen.title, source: seen.source, date: seen.date, location: path, progress: progressOf(seen.contentKey) });
    else unknown.push(i);
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
  const listed = newestFirst(items.filter((item): item is ListItem => item !== null));
  return { list: { kind: 'library', title: displayLine(basename(resolve(dir))), items: listed }, warnings };
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
 * library of 50,000 that halves the sort, which the reader's first screen waits for.
 */
function newestFirst(items: ListItem[]): ListItem[] {
  const dates = items.map((item) => dateSortKey(item.date));
  const collator = new Intl.Collator();
  const order = items.map((_, i) => i);
  order.sort((a, b) => dates[b] - dates[a] || collator.compare(items[a].title, items[b].title) || collator.compare(items[a].location, items[b].location));
  return order.map((i) => items[i]);
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
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findArticleFiles(path, warnings, false)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}
