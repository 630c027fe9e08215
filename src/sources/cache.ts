import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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

/** The saved copy of `url`, or null when there is none (or it is unreadable: a cache is optional). */
export async function readCachedPage(configDir: string, url: string): Promise<CachedPage | null> {
  try {
    const page = JSON.parse(await readFile(cacheFile(configDir, url), 'utf8')) as Partial<CachedPage>;
    const complete = page.url === url && typeof page.text === 'string' && typeof page.finalUrl === 'string'
      && typeof page.contentType === 'string' && typeof page.fetchedAt === 'string';
    return complete ? (page as CachedPage) : null;
  } catch {
    return null;
  }
}

/** Saves a page atomically (temporary file, then rename) so a crash never leaves half a copy. */
export async function writeCachedPage(configDir: string, page: CachedPage): Promise<void> {
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
}
