import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileError } from '../src/sources/local-file.js';
import { contentKey } from '../src/sources/key.js';
import { openSource, type Opened, type OpenOptions } from '../src/sources/open.js';
import { sampleArticles } from './fixtures/sources/articles.js';
import { windows1256 } from './fixtures/sources/encodings.js';
import { qariFailure } from './fixtures/sources/expect-error.js';
import { NAV_TEXT, SECTION_HEADINGS, articlePage, atomFeed, bodyHtml, escapeHtml, jsonFeed, rssFeed, type FeedItemFixture } from './fixtures/sources/pages.js';
import { closedPort, send, startServer, type TestServer } from './fixtures/sources/server.js';

const samples = sampleArticles();
let server: TestServer;
let workDir: string;
let options: OpenOptions;

function article(opened: Opened): Extract<Opened, { kind: 'article' }> {
  if (opened.kind !== 'article') throw new Error(`expected an article, got a ${opened.list.kind}`);
  return opened;
}

function list(opened: Opened): Extract<Opened, { kind: 'list' }> {
  if (opened.kind !== 'list') throw new Error(`expected a list, got the article ${opened.location}`);
  return opened;
}

/** Feed items: the first with the whole article, the second a teaser linking to a page, the third a teaser linking to nothing. */
function feedItems(): FeedItemFixture[] {
  return [
    { title: samples[0].title, link: server.url('/news/full'), date: samples[0].date, html: bodyHtml(samples[0]) },
    { title: samples[1].title, link: server.url('/news/page.html'), date: samples[1].date, html: `<p>${escapeHtml(samples[1].paragraphs[0].slice(0, 100))}</p>` },
    { title: samples[2].title, link: server.url('/news/gone'), date: samples[2].date, html: `<p>${escapeHtml(samples[2].paragraphs[0].slice(0, 100))}</p>` },
  ];
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'qari-open-'));
  options = { configDir: join(workDir, 'config'), timeoutMs: 5000 };
  server = await startServer({
    '/news/page.html': send('text/html; charset=utf-8', articlePage(samples[1])),
    '/feed.rss': (request, response) => send('application/rss+xml', rssFeed('أخبار الاختبار', server.origin, feedItems()))(request, response),
    '/feed.atom': (request, response) => send('application/atom+xml', atomFeed('أخبار أتوم', server.origin, feedItems()))(request, response),
    '/feed-as-text.xml': (request, response) => send('text/xml', rssFeed('أخبار الاختبار', server.origin, feedItems()))(request, response),
    '/feed.json': (request, response) => send('application/feed+json', jsonFeed('أخبار جيسون', server.origin, feedItems()))(request, response),
    '/feed-as-json': (request, response) => send('application/json', jsonFeed('أخبار جيسون', server.origin, feedItems()))(request, response),
    '/plain.txt': send('text/plain; charset=utf-8', [samples[2].title, ...samples[2].paragraphs].join('\n')),
  });
});
afterAll(async () => {
  await server.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('openSource: URLs', () => {
  it('opens a web page as an article, without its navigation', async () => {
    const opened = article(await openSource(server.url('/news/page.html'), options));
    expect(opened.location).toBe(server.url('/news/page.html'));
    expect(opened.article.title).toBe(samples[1].title.replace(/\s+/g, ' ').trim());
    expect(opened.article.sections.map((section) => section.title)).toEqual([null, ...SECTION_HEADINGS]);
    expect(opened.article.blocks.some((block) => block.text.includes(NAV_TEXT))).toBe(false);
    expect(opened.warnings).toEqual([]);
  });

  it('opens a text/plain URL as a plain-text article', async () => {
    const opened = article(await openSource(server.url('/plain.txt'), options));
    expect(opened.article.url).toBe(server.url('/plain.txt'));
    expect(opened.article.blocks.map((block) => block.text).join('\n')).toContain(samples[2].paragraphs[1].replace(/\s+/g, ' ').trim());
  });

  it.each(['/feed.rss', '/feed.atom', '/feed-as-text.xml', '/feed.json', '/feed-as-json'])('opens the feed %s as a list of its items', async (path) => {
    const opened = list(await openSource(server.url(path), options));
    expect(opened.list.kind).toBe('feed');
    expect(opened.list.items.map((item) => item.location)).toEqual(feedItems().map((item) => item.link));
    expect(opened.list.items.map((item) => item.date)).toEqual(samples.map((sample) => sample.date));
  });

  it('opens a feed item from the feed when it holds the article, else from its page', async () => {
    const feed = list(await openSource(server.url('/feed.rss'), options));
    const hitsBefore = server.hits.get('/news/full') ?? 0;
    const full = article(await feed.open(0));
    expect(server.hits.get('/news/full') ?? 0).toBe(hitsBefore); // no request: the feed had it all
    expect(full.article.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(samples[0].paragraphs.length);

    const fromPage = article(await feed.open(1));
    expect(fromPage.location).toBe(server.url('/news/page.html'));
    expect(fromPage.article.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(samples[1].paragraphs.length);
  });

  it("falls back to an item's summary, with a warning, when its page is gone", async () => {
    const feed = list(await openSource(server.url('/feed.rss'), options));
    const opened = article(await feed.open(2));
    expect(opened.article.blocks.some((block) => block.kind === 'paragraph')).toBe(true);
    expect(opened.warnings).toEqual([`qari: HTTP 404 Not Found for ${server.url('/news/gone')}; showing the feed's summary`]);
  });

  it("shows each feed item's reading progress", async () => {
    const feed = list(await openSource(server.url('/feed.rss'), options));
    const first = article(await feed.open(0)).article;
    const withProgress = list(await openSource(server.url('/feed.rss'), { ...options, progressOf: (key) => (key === contentKey(first) ? 0.5 : 0) }));
    expect(withProgress.list.items.map((item) => item.progress)).toEqual([0.5, 0, 0]);
  });
});

describe('openSource: offline copies', () => {
  it('re-opens a fetched page from the cache when the server is gone', async () => {
    const configDir = join(workDir, 'offline-config');
    const own = await startServer({ '/story.html': send('text/html; charset=utf-8', articlePage(samples[0])) });
    const online = article(await openSource(own.url('/story.html'), { configDir, timeoutMs: 5000 }));
    expect(online.warnings).toEqual([]);
    expect((await readdir(join(configDir, 'cache'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await own.close();

    const offline = article(await openSource(own.url('/story.html'), { configDir, timeoutMs: 5000 }));
    expect(offline.article).toEqual(online.article);
    expect(offline.warnings).toHaveLength(1);
    // Refused, or reset when the client had kept a connection to the stopped server open.
    const lost = `^qari: cannot fetch ${own.url('/story.html')}: connection (refused|reset by the server); showing the copy saved \\d{4}-`;
    expect(offline.warnings[0]).toMatch(new RegExp(lost));
  });

  it('fails with the network error when there is no copy', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/never-fetched.html`;
    const error = await qariFailure(openSource(url, options));
    expect([error.exitCode, error.message]).toEqual([1, `qari: cannot fetch ${url}: connection refused`]);
  });
});

describe('openSource: files, standard input and the bundled article', () => {
  it('opens the bundled article when no source is given', async () => {
    const opened = article(await openSource(undefined, options));
    expect(opened.location).toMatch(/[/\\]data[/\\]alkawthar-iran-iraq-interior-ministers\.txt$/);
    expect(opened.article.language).toBe('ar');
    expect(opened.article.blocks.length).toBeGreaterThan(3);
  });

  it('reads standard input for -', async () => {
    const text = [samples[0].title, ...samples[0].paragraphs].join('\n');
    const opened = article(await openSource('-', { ...options, stdin: Readable.from([Buffer.from(text)]) }));
    expect(opened.location).toBe('-');
    expect(opened.article.blocks.map((block) => block.text).join('\n')).toContain(samples[0].paragraphs[0].replace(/\s+/g, ' ').trim());
  });

  it('recognises HTML on standard input', async () => {
    const opened = article(await openSource('-', { ...options, stdin: Readable.from([articlePage(samples[0])]) }));
    expect(opened.article.sections.map((section) => section.title)).toEqual([null, ...SECTION_HEADINGS]);
  });

  it('opens .html, .md, .xml and extensionless files by extension or content', async () => {
    const html = join(workDir, 'page.html');
    const markdown = join(workDir, 'note.md');
    const feed = join(workDir, 'news.xml');
    const sniffedFeed = join(workDir, 'news-feed');
    await writeFile(html, articlePage(samples[0]));
    await writeFile(markdown, `---\ntitle: عنوان من المقدمة\ndate: 2015-08-06\n---\n\n## قسم\n\n${samples[0].paragraphs[0]}\n`);
    await writeFile(feed, rssFeed('قناة', 'https://news.example/', feedItems()));
    await writeFile(sniffedFeed, atomFeed('قناة', 'https://news.example/', feedItems()));

    expect(article(await openSource(html, options)).article.sections.map((section) => section.title)).toEqual([null, ...SECTION_HEADINGS]);
    const md = article(await openSource(markdown, options));
    expect([md.article.title, md.location]).toEqual(['عنوان من المقدمة', markdown]);
    expect(list(await openSource(feed, options)).list.items).toHaveLength(3);
    expect(list(await openSource(sniffedFeed, options)).list.title).toBe('قناة');
  });

  it('reads a saved page in the encoding it declares (windows-1256)', async () => {
    const path = join(workDir, 'saved-1256.html');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>خبر قديم</title></head><body><p>نص محفوظ بترميز قديم.</p></body></html>`;
    await writeFile(path, windows1256(html));
    const opened = article(await openSource(path, options));
    expect(opened.article.title).toBe('خبر قديم');
    expect(opened.article.blocks.map((block) => block.text)).toContain('نص محفوظ بترميز قديم.');
  });

  it('refuses standard input and files over the size limit (exit 1)', async () => {
    const big = 'نص '.repeat(4000);
    const stdin = await qariFailure(openSource('-', { ...options, maxBytes: 8 * 1024, stdin: Readable.from([big]) }));
    expect([stdin.exitCode, stdin.message]).toEqual([1, 'qari: standard input is larger than the 8 kB limit']);
    const path = join(workDir, 'big.txt');
    await writeFile(path, big);
    const file = await qariFailure(openSource(path, { ...options, maxBytes: 8 * 1024 }));
    expect([file.exitCode, file.message]).toEqual([1, `qari: cannot open ${path}: larger than the 8 kB limit`]);
  });

  it('reports a missing file (exit 1)', async () => {
    const missing = join(workDir, 'no-such-article.txt');
    const error = await qariFailure(openSource(missing, options));
    expect([error.exitCode, error.message]).toEqual([1, `qari: cannot open ${missing}: no such file`]);
  });

  it('suggests https:// for a missing file that looks like a web address', async () => {
    const error = await qariFailure(openSource('news.example/story', options));
    expect([error.exitCode, error.message]).toEqual([1, 'qari: cannot open news.example/story: no such file (for a web page, write https://news.example/story)']);
    const file = await qariFailure(openSource('notes.txt', options));
    expect(file.message).toBe('qari: cannot open notes.txt: no such file');
  });

  it('words permission errors as such (exit 1)', () => {
    // Tests may run as root, which reads any file: check the wording on the error itself.
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const error = fileError('secret.txt', denied);
    expect([error.exitCode, error.message]).toEqual([1, 'qari: cannot open secret.txt: permission denied']);
  });

  it('refuses a binary file (exit 2)', async () => {
    const binary = join(workDir, 'photo.txt');
    await writeFile(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]));
    const error = await qariFailure(openSource(binary, options));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(binary);
  });

  it('opens a directory as a library whose items open', async () => {
    const dir = join(workDir, 'library');
    await mkdir(dir);
    await writeFile(join(dir, 'a.txt'), [samples[0].title, ...samples[0].paragraphs].join('\n'));
    const opened = list(await openSource(dir, options));
    expect(opened.list.kind).toBe('library');
    expect(opened.list.items.map((item) => item.location)).toEqual([join(dir, 'a.txt')]);
    expect(article(await opened.open(0)).location).toBe(join(dir, 'a.txt'));
  });
});
