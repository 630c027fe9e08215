import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentKey } from '../src/sources/key.js';
import { listLibrary, scanLibrary } from '../src/sources/library.js';
import { openSource } from '../src/sources/open.js';
import { sampleArticles } from './fixtures/sources/articles.js';
import { qariFailure } from './fixtures/sources/expect-error.js';
import { bodyHtml, escapeHtml } from './fixtures/sources/pages.js';

const [first, second, third] = sampleArticles();
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qari-library-'));
  await mkdir(join(dir, 'politics', 'deep'), { recursive: true });
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, 'node_modules'));
  // Plain text: no date. Markdown: the newest date, in front matter. HTML: an older date, in a meta tag.
  await writeFile(join(dir, 'first.txt'), [first.title, ...first.paragraphs].join('\n'));
  await writeFile(join(dir, 'politics', 'second.md'), `---\ntitle: ${JSON.stringify(second.title)}\nsource: الرياض\ndate: 2016-01-02\n---\n\n${second.paragraphs.join('\n\n')}\n`);
  await writeFile(
    join(dir, 'politics', 'deep', 'third.html'),
    `<html lang="ar" dir="rtl"><head><title>${escapeHtml(third.title)}</title><meta property="article:published_time" content="2015-03-04T05:06:07Z"></head><body><article><h1>${escapeHtml(third.title)}</h1>${bodyHtml(third)}</article></body></html>`,
  );
  await writeFile(join(dir, '.git', 'hidden.txt'), 'not an article');
  await writeFile(join(dir, 'node_modules', 'readme.md'), '# not an article');
  await writeFile(join(dir, '.draft.md'), '# a hidden draft');
  await writeFile(join(dir, 'notes.json'), '{"not": "an article"}');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('listLibrary', () => {
  it('lists the .txt, .md and .html articles, newest first, undated last', async () => {
    const list = await listLibrary(dir, () => 0);
    expect(list.kind).toBe('library');
    expect(list.items.map((item) => [item.title, item.date, item.location])).toEqual([
      [squash(second.title), '2016-01-02', join(dir, 'politics', 'second.md')],
      [squash(third.title), '2015-03-04T05:06:07.000Z', join(dir, 'politics', 'deep', 'third.html')],
      [squash(first.title), null, join(dir, 'first.txt')],
    ]);
    expect(list.items[0].source).toBe('الرياض');
  });

  it('asks for each article’s progress by content key', async () => {
    const keys: string[] = [];
    const list = await listLibrary(dir, (key) => {
      keys.push(key);
      return 0.25;
    });
    expect(list.items.map((item) => item.progress)).toEqual([0.25, 0.25, 0.25]);
    expect(new Set(keys).size).toBe(3);
    expect(keys.every((key) => /^[0-9a-f]{32}$/.test(key))).toBe(true);
  });

  it('keeps an article’s key when its file moves', async () => {
    const path = join(dir, 'first.txt');
    const before = await openSource(path, { configDir: dir });
    const moved = join(dir, 'politics', 'moved.txt');
    await rename(path, moved);
    try {
      const after = await openSource(moved, { configDir: dir });
      if (before.kind !== 'article' || after.kind !== 'article') throw new Error('expected articles');
      expect(contentKey(after.article)).toBe(contentKey(before.article));
    } finally {
      await rename(moved, path);
    }
  });

  it('skips unreadable files with a warning instead of failing', async () => {
    const binary = join(dir, 'broken.txt');
    await writeFile(binary, new Uint8Array([0, 1, 2, 3, 0, 0, 255]));
    try {
      const { list, warnings } = await scanLibrary(dir, () => 0);
      expect(list.items).toHaveLength(3);
      expect(warnings).toEqual([expect.stringContaining(binary)]);
    } finally {
      await rm(binary);
    }
  });

  it('fails on a directory that does not exist (exit 1)', async () => {
    const missing = join(dir, 'no-such-dir');
    const error = await qariFailure(listLibrary(missing, () => 0));
    expect([error.exitCode, error.message]).toEqual([1, `qari: cannot open ${missing}: no such file`]);
  });
});

describe('contentKey', () => {
  it('depends on the blocks, not on where the article came from', async () => {
    const a = await openSource('-', { configDir: dir, stdin: Readable.from(['عنوان\nنص أول.\nنص ثان.']) });
    const b = await openSource('-', { configDir: dir, stdin: Readable.from(['عنوان\nنص أول.\nنص ثالث.']) });
    if (a.kind !== 'article' || b.kind !== 'article') throw new Error('expected articles');
    expect(contentKey(a.article)).toBe(contentKey({ ...a.article, url: 'elsewhere', title: 'other' }));
    expect(contentKey(a.article)).not.toBe(contentKey(b.article));
  });
});

describe('scanLibrary with firstRows (the reader’s first screen of a big library)', () => {
  it('puts the first rows in order at once and the rest with finishOrder, as a whole sort would', async () => {
    const big = await mkdtemp(join(tmpdir(), 'qari-library-big-'));
    try {
      // Titles and dates in an order unrelated to the file names; some undated, some titles alike.
      const count = 120;
      for (let i = 0; i < count; i++) {
        const n = (i * 37) % count;
        const date = n % 5 === 0 ? '' : `date: 2020-01-${String((n % 28) + 1).padStart(2, '0')}\n`;
        await writeFile(join(big, `${String(i).padStart(3, '0')}.md`), `---\ntitle: "خبر ${n % 40}"\n${date}---\n\nنص ${i}\n`);
      }
      const whole = (await scanLibrary(big, () => 0)).list.items;
      const scanned = await scanLibrary(big, () => 0, undefined, undefined, 10);
      expect(scanned.finishOrder).toBeTypeOf('function');
      const items = scanned.list.items;
      expect(items.slice(0, 10)).toEqual(whole.slice(0, 10));
      expect(items).not.toEqual(whole); // the rest is not in order yet
      scanned.finishOrder?.();
      expect(scanned.list.items).toBe(items); // ordered in place
      expect(items).toEqual(whole);
      // A list of a few times the first rows is ordered at once.
      expect((await scanLibrary(big, () => 0, undefined, undefined, 50)).finishOrder).toBeUndefined();
    } finally {
      await rm(big, { recursive: true, force: true });
    }
  });
});
