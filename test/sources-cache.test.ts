import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDirectory, readCachedPage, writeCachedPage, type CachedPage } from '../src/sources/cache.js';

const page = (n: number, text = `نص الصفحة ${n}`): CachedPage => ({
  url: `https://news.example/${n}`,
  finalUrl: `https://news.example/${n}`,
  contentType: 'text/html',
  text,
  fetchedAt: new Date(0).toISOString(),
});

/** Saves pages 0..count-1, each used a minute after the one before. */
async function savePages(config: string, count: number): Promise<void> {
  const known = new Set<string>();
  for (let n = 0; n < count; n++) {
    await writeCachedPage(config, page(n));
    const saved = readdirSync(cacheDirectory(config)).filter((name) => !known.has(name));
    expect(saved).toHaveLength(1);
    known.add(saved[0]);
    const at = new Date(Date.now() - (count - n) * 60_000);
    utimesSync(join(cacheDirectory(config), saved[0]), at, at);
  }
}

async function kept(config: string, count: number): Promise<number[]> {
  const present: number[] = [];
  for (let n = 0; n < count; n++) if (await readCachedPage(config, page(n).url)) present.push(n);
  return present;
}

describe('the page cache', () => {
  it('keeps at most maxPages pages, dropping the least recently used', async () => {
    const config = mkdtempSync(join(tmpdir(), 'qari-cache-'));
    await savePages(config, 5);
    await writeCachedPage(config, page(5), { maxBytes: 1 << 30, maxPages: 3 });
    expect(await kept(config, 6)).toEqual([3, 4, 5]);
  });

  it('counts reading a page as using it', async () => {
    const config = mkdtempSync(join(tmpdir(), 'qari-cache-'));
    await savePages(config, 4);
    expect(await readCachedPage(config, page(0).url)).not.toBeNull(); // the oldest, read again now
    await writeCachedPage(config, page(4), { maxBytes: 1 << 30, maxPages: 3 });
    expect(readdirSync(cacheDirectory(config))).toHaveLength(3);
    expect((await readCachedPage(config, page(0).url))?.text).toBe('نص الصفحة 0');
    expect(await readCachedPage(config, page(1).url)).toBeNull();
    expect(await readCachedPage(config, page(2).url)).toBeNull();
  });

  it('keeps the pages under maxBytes, but always the page just saved', async () => {
    const config = mkdtempSync(join(tmpdir(), 'qari-cache-'));
    await savePages(config, 4);
    const big = { ...page(9), text: 'ب'.repeat(50_000) };
    await writeCachedPage(config, big, { maxBytes: 1000, maxPages: 100 });
    expect(await kept(config, 4)).toEqual([]);
    expect((await readCachedPage(config, big.url))?.text).toHaveLength(50_000);
  });

  it("removes temporary files of writers that died, not of writers still at work", async () => {
    const config = mkdtempSync(join(tmpdir(), 'qari-cache-'));
    await savePages(config, 1);
    const dead = join(cacheDirectory(config), 'abc.json.123.dead.tmp');
    const working = join(cacheDirectory(config), 'def.json.456.live.tmp');
    writeFileSync(dead, '{');
    writeFileSync(working, '{');
    const old = new Date(Date.now() - 2 * 60 * 60_000);
    utimesSync(dead, old, old);
    await writeCachedPage(config, page(1));
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(working)).toBe(true);
    expect(await kept(config, 2)).toEqual([0, 1]);
  });
});
