// A library's list order remembered with the index: the reader's first screen drawn from it (no
// directory read), the whole list after the directory is checked, and sorts that start from it.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { closeIndexes, openIndex } from '../src/index/access.js';
import { indexLibrary } from '../src/index/library.js';
import { knownFiles, libraryHead, refreshLibraryOrder } from '../src/index/library-cache.js';
import type { IndexStore } from '../src/index/store.js';
import { listLibrary, scanLibrary } from '../src/sources/library.js';
import { openSource, type LibraryHead } from '../src/sources/open.js';
import { listDirection, titlesDirection } from '../src/text/direction.js';

afterAll(() => closeIndexes());

const fresh = (name: string) => mkdtempSync(join(tmpdir(), `qari-order-${name}-`));
const quiet = () => undefined;

/** Markdown articles whose file names run against their list order: dated ones newest first, then undated by title. */
function article(dir: string, name: string, title: string, date: string | null): void {
  writeFileSync(join(dir, name), `---\ntitle: "${title}"\n${date ? `date: ${date}\n` : ''}---\n\nنص المقال ${name}.\n`);
}

function makeLibrary(): string {
  const dir = fresh('library');
  for (let i = 0; i < 10; i++) article(dir, `a${i}.md`, `خبر ${String.fromCharCode(0x0628 + ((i * 7) % 10))} رقم ${i}`, i % 3 === 0 ? null : `2020-02-${String(10 + i).padStart(2, '0')}`);
  return dir;
}

function storeOf(config: string): IndexStore {
  const access = openIndex(config);
  if (!access.store) throw new Error(access.reason);
  return access.store;
}

const titles = (items: ReadonlyArray<{ title: string }>) => items.map((item) => item.title);

describe('the remembered order of a library', () => {
  const dir = makeLibrary();
  const config = fresh('config');
  const store = storeOf(config);

  it('gives the first rows of the list from the index, as the whole list has them, with their progress', async () => {
    await indexLibrary(dir, store);
    expect(libraryHead(config, dir, () => 0, 4, quiet)).toBeNull(); // no order remembered yet
    await refreshLibraryOrder(config, dir);
    const whole = await listLibrary(dir, () => 0);
    const head = libraryHead(config, dir, () => 0, 4, quiet);
    expect(head?.total).toBe(10);
    expect(head?.items).toEqual(whole.items.slice(0, 4));
    // A library named by a relative path lists its files by relative paths, from the index too.
    const relativeDir = relative(process.cwd(), dir);
    const relativeHead = libraryHead(config, relativeDir, () => 0, 4, quiet);
    expect(relativeHead?.items).toEqual((await listLibrary(relativeDir, () => 0)).items.slice(0, 4));
    expect(relativeHead?.items[0].location.startsWith('/')).toBe(false);
    const verified = await scanLibrary(relativeDir, () => 0, undefined, knownFiles(config, relativeDir, quiet, true));
    expect(verified.indexed).toBe(true);
    // Reading progress comes from the positions kept by content key, as in the whole list.
    const keys = new Map<string, number>();
    const withProgress = await listLibrary(dir, (key) => {
      keys.set(key, keys.size === 1 ? 0.5 : 0);
      return keys.get(key)!;
    });
    const progressed = libraryHead(config, dir, (key) => keys.get(key) ?? 0, 10, quiet);
    expect(progressed?.items.map((item) => item.progress)).toEqual(withProgress.items.map((item) => item.progress));
  });

  it('opens as those rows; the whole list (the directory checked) then has a file added since', async () => {
    article(dir, 'new.md', 'خبر جديد', '2021-01-01');
    const head = (d: string): LibraryHead | null => {
      const found = libraryHead(config, d, () => 0, 3, quiet);
      return found && { ...found, known: () => knownFiles(config, d, quiet, true) };
    };
    const opened = await openSource(dir, { configDir: config, libraryHead: head });
    if (opened.kind !== 'list' || !opened.rest) throw new Error('expected the first rows of a list');
    expect(opened.list.items).toHaveLength(3);
    expect(opened.rest.total).toBe(10);
    expect(opened.list.items[0].title).not.toBe('خبر جديد'); // the index does not know it yet
    const whole = await opened.rest.load();
    if (whole.kind !== 'list') throw new Error('expected a list');
    expect(whole.rest).toBeUndefined();
    expect(whole.indexed).toBe(false); // the new file is to be indexed
    expect(titles(whole.list.items)).toEqual(titles((await listLibrary(dir, () => 0)).items));
    expect(whole.list.items[0].title).toBe('خبر جديد');
    // An item of the first rows opens its file.
    const first = await opened.open(0);
    expect(first.kind).toBe('article');
  });

  it('is taken again once the index has the new file, and not used when the index changed otherwise', async () => {
    await indexLibrary(dir, store);
    await refreshLibraryOrder(config, dir);
    expect(libraryHead(config, dir, () => 0, 2, quiet)?.items[0].title).toBe('خبر جديد');
    // Nothing changed since: the whole list says there is nothing to index.
    const again = await openSource(dir, { configDir: config, libraryHead: (d) => libraryHead(config, d, () => 0, 2, quiet) && { ...libraryHead(config, d, () => 0, 2, quiet)!, known: () => knownFiles(config, d, quiet, true) } });
    const whole = again.kind === 'list' ? await again.rest?.load() : undefined;
    expect(whole?.kind === 'list' && whole.indexed).toBe(true);
    // Another process removes a file from the index: the remembered order no longer holds.
    const gone = join(dir, 'a1.md');
    rmSync(gone);
    store.remove([gone]);
    expect(libraryHead(config, dir, () => 0, 2, quiet)).toBeNull();
    await refreshLibraryOrder(config, dir);
    expect(libraryHead(config, dir, () => 0, 20, quiet)?.total).toBe(10);
  });

  it('sorts from a remembered order that went wrong exactly as a whole sort does', async () => {
    // A file's title changes on disk (the index not told): the verified list reads it again, and
    // the remembered ranks of the others must not keep it in its old place.
    const changed = join(dir, 'a2.md');
    article(dir, 'a2.md', 'ألف أول العناوين', null);
    utimesSync(changed, new Date(), new Date(Date.now() + 5_000));
    const scanned = await scanLibrary(dir, () => 0, undefined, knownFiles(config, dir, quiet, true));
    expect(titles(scanned.list.items)).toEqual(titles((await listLibrary(dir, () => 0)).items));
    // A remembered order that is reversed sorts to what no remembered order gives (the trusted
    // list: titles from the index, so the old one of the changed file).
    const orderFile = join(config, 'library-order', readdirSync(join(config, 'library-order'))[0]);
    const saved = JSON.parse(readFileSync(orderFile, 'utf8')) as { ids: number[] };
    rmSync(orderFile);
    const unordered = await scanLibrary(dir, () => 0, undefined, knownFiles(config, dir, quiet, false));
    writeFileSync(orderFile, JSON.stringify({ ...saved, ids: [...saved.ids].reverse() }));
    const reversed = await scanLibrary(dir, () => 0, undefined, knownFiles(config, dir, quiet, false));
    expect(titles(reversed.list.items)).toEqual(titles(unordered.list.items));
    expect(titles(reversed.list.items)).toContain('خبر ج رقم 2');
  });

  it('is taken again when a file indexed again in place moves in the list', async () => {
    const moved = join(dir, 'a5.md');
    article(dir, 'a5.md', 'خبر أحدث من الكل', '2030-01-01');
    utimesSync(moved, new Date(), new Date(Date.now() + 10_000));
    await indexLibrary(dir, store);
    await refreshLibraryOrder(config, dir);
    expect(libraryHead(config, dir, () => 0, 2, quiet)?.items[0].title).toBe('خبر أحدث من الكل');
    // Indexed again in place (same row id), the order not taken then: the next verified listing
    // (--print, or the reader's check after its first screen) takes it.
    article(dir, 'a5.md', 'خبر قديم', '2000-01-01');
    utimesSync(moved, new Date(), new Date(Date.now() + 20_000));
    await indexLibrary(dir, store);
    expect(libraryHead(config, dir, () => 0, 2, quiet)?.items[0].title).toBe('خبر قديم'); // the old place, the new title
    const whole = await scanLibrary(dir, () => 0, undefined, knownFiles(config, dir, quiet, true));
    expect(libraryHead(config, dir, () => 0, 20, quiet)?.items).toEqual(whole.list.items);
    expect(whole.list.items.at(-1)?.title).not.toBe('خبر قديم'); // undated ones come after it
  });

  it('remembers which way the whole list reads, for first rows that read the other way', async () => {
    const mixed = fresh('mixed');
    // The newest three have English titles: the first rows read left to right, the library right to left.
    for (let i = 0; i < 3; i++) article(mixed, `en${i}.md`, `English news ${i}`, `2024-01-0${i + 1}`);
    for (let i = 0; i < 7; i++) article(mixed, `ar${i}.md`, `خبر عربي ${i}`, `2020-01-0${i + 1}`);
    await indexLibrary(mixed, store);
    await refreshLibraryOrder(config, mixed);
    const head = libraryHead(config, mixed, () => 0, 3, quiet);
    expect(head?.items.map((item) => item.title.startsWith('English'))).toEqual([true, true, true]);
    expect(listDirection(titles(head!.items))).toBe('ltr');
    expect(head?.direction).toBe('rtl');
    expect(titlesDirection((await listLibrary(mixed, () => 0)).items)).toBe('rtl');
  });

  it('ignores a damaged order file', () => {
    for (const name of readdirSync(join(config, 'library-order'))) writeFileSync(join(config, 'library-order', name), '{"version": 2, "ids": [');
    expect(libraryHead(config, dir, () => 0, 2, quiet)).toBeNull();
  });
});
