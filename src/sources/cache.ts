import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** A fetched document as saved for offline reading. */
export interface CachedPage {
  url: string;
  finalUrl: string;
  contentType: string;
  text: string;
  /** ISO 8601 time of the fetch. */
  fetchedAt: string;
}

export function cacheDirectory(configDir: string): string {
  return join(configDir, 'cache');
}

function cacheFile(configDir: string, url: string): string {
  return join(cacheDirectory(configDir), `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
}

/** How much the saved pages may take together; the least recently used go first beyond it. */
export interface CacheLimits {
  maxBytes: number;
  maxPages: number;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = { maxBytes: 200 * 1024 * 1024, maxPages: 2000 };

/** Temporary files older than this belong to writers that died: they are removed with old pages. */
const ABANDONED_TEMPORARY_MS = 60 * 60_000;

/** The saved copy of `url`, or null when there is none (or it is unreadable: a cache is optional). */
export async function readCachedPage(configDir: string, url: string): Promise<CachedPage | null> {
  const file = cacheFile(configDir, url);
  try {
    const page = JSON.parse(await readFile(file, 'utf8')) as Partial<CachedPage>;
    const complete = page.url === url && typeof page.text === 'string' && typeof page.finalUrl === 'string'
      && typeof page.contentType === 'string' && typeof page.fetchedAt === 'string';
    if (!complete) return null;
    // A page read again is recently used: it is kept longest when the cache is trimmed.
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return page as CachedPage;
  } catch {
    return null;
  }
}

/**
 * Which pages have a saved copy, from one listing of the cache: for a list of thousands of items,
 * asking the file system about each would cost a system call apiece.
 */
export async function savedPages(configDir: string): Promise<(url: string) => boolean> {
  const names = new Set(await readdir(cacheDirectory(configDir)).catch(() => [] as string[]));
  return (url) => names.has(basename(cacheFile(configDir, url)));
}

/**
 * Saves a page atomically (temporary file, then rename) so a crash never leaves half a copy, then
 * trims the cache to `limits`, least recently used pages first (never the page just saved).
 */
export async function writeCachedPage(configDir: string, page: CachedPage, limits: CacheLimits = DEFAULT_CACHE_LIMITS): Promise<void> {
  const target = cacheFile(configDir, page.url);
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await mkdir(cacheDirectory(configDir), { recursive: true });
  try {
    await writeFile(temporary, JSON.stringify(page), { encoding: 'utf8', mode: 0o600 });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await trimCache(cacheDirectory(configDir), target, limits);
}

/** Removes the least recently used pages beyond the limits, and temporary files of dead writers. */
async function trimCache(directory: string, keep: string, limits: CacheLimits): Promise<void> {
  const pages: Array<{ path: string; size: number; used: number }> = [];
  for (const name of await readdir(directory).catch(() => [] as string[])) {
    const path = join(directory, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    if (name.endsWith('.tmp')) {
      if (Date.now() - info.mtimeMs > ABANDONED_TEMPORARY_MS) await rm(path, { force: true });
    } else if (name.endsWith('.json')) pages.push({ path, size: info.size, used: info.mtimeMs });
  }
  pages.sort((a, b) => b.used - a.used || Number(b.path === keep) - Number(a.path === keep)); // newest first
  let bytes = 0;
  for (const [index, page] of pages.entries()) {
    bytes += page.size;
    const over = index >= limits.maxPages || bytes > limits.maxBytes;
    if (over && page.path !== keep) await rm(page.path, { force: true });
  }
}
