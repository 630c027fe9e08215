// Subscriptions, refresh, OPML and the News list against feeds served on 127.0.0.1 by the test.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { setLanguage } from '../src/i18n/index.js';
import { runNewsCommand, type NewsCommand } from '../src/news/commands.js';
import { readStoredFeed } from '../src/news/items.js';
import { openNews } from '../src/news/news-list.js';
import { refreshFeeds } from '../src/news/refresh.js';
import { loadSubscriptions, subscriptionsFile } from '../src/news/subscriptions.js';
import { openSource } from '../src/sources/open.js';
import { hasTerminalControls } from '../src/text/sanitize.js';
import { fullText, rss, type TestItem } from './fixtures/sources/news-feeds.js';
import type { IndexableItem } from '../src/index/hooks.js';
import { redirect, send, startServer, type TestServer } from './fixtures/sources/server.js';

const indexed = vi.hoisted(() => [] as Array<{ configDir: string; items: IndexableItem[] }>);
vi.mock('../src/index/hooks.js', () => ({
  indexFeedItems: async (configDir: string, items: IndexableItem[]) => void indexed.push({ configDir, items }),
}));

let server: TestServer;
let configDir: string;
/** What /gulf.xml serves now: tests add items to it between refreshes. */
let gulfItems: TestItem[];
const seenValidators: Array<{ ifNoneMatch?: string; ifModifiedSince?: string }> = [];
const RSS = 'application/rss+xml; charset=utf-8';

beforeAll(async () => {
  server = await startServer({
    // ETag: answers 304 when the client sends it back.
    '/gulf.xml': (request, response) => {
      const body = rss('أخبار الخليج', gulfItems);
      const etag = `"${body.length}"`;
      seenValidators.push({ ifNoneMatch: request.headers['if-none-match'] });
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304).end();
      response.writeHead(200, { 'content-type': RSS, etag }).end(body);
    },
    // Last-Modified only.
    '/levant.xml': (request, response) => {
      const modified = 'Thu, 01 Jan 2026 10:00:00 GMT';
      seenValidators.push({ ifModifiedSince: request.headers['if-modified-since'] });
      if (request.headers['if-modified-since'] === modified) return void response.writeHead(304).end();
      const items = [{ title: 'خبر من الشام', day: 1, link: server.url('/levant/1'), full: fullText('الشام') }];
      response.writeHead(200, { 'content-type': RSS, 'last-modified': modified }).end(rss('أخبار الشام', items));
    },
    '/story/1': send('text/html; charset=utf-8', `<html><head><title>الوزير يزور بغداد</title></head><body><article><h1>الوزير يزور بغداد</h1>${fullText('زيارة بغداد')}</article></body></html>`),
    '/page.html': send('text/html', '<html><body><p>صفحة عادية وليست خلاصة</p></body></html>'),
    // A site's front page that names its feeds (autodiscovery), the first one relative.
    '/site/': send('text/html', '<html><head><link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/rss+xml" title="RSS" href="../gulf.xml"><link rel="alternate" type="application/atom+xml" href="https://news.example/atom"></head><body><p>الصفحة الرئيسية</p></body></html>'),
    '/escapes.xml': send(RSS, rss('Evil\u001b]0;pwned\u0007 \u001b[31mred', [{ title: 'title \u001b[2J\u001b[31mcleared', day: 3, link: 'https://news.example/e1' }])),
    '/huge.xml': send(RSS, rss('huge', [{ title: 'big', day: 1, full: `<p>${'ا'.repeat(10 * 1024 * 1024)}</p>` }])),
    '/lol.xml': send(RSS, `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title></item></channel></rss>`),
    '/bomb.xml': (_request, response) => {
      // 100 MB of spaces inside a feed, about 100 kB on the wire.
      response.writeHead(200, { 'content-type': RSS, 'content-encoding': 'gzip' }).end(bomb());
    },
    '/loop.xml': redirect('/loop.xml'),
    '/silent.xml': () => {
      // Never answers.
    },
    '/missing.xml': send('text/html', 'gone', 404),
  });
});
afterAll(() => server.close());
// Made before the tests: compressing 100 MB takes the server's process a while.
beforeAll(() => void bomb());

let bombBytes: Buffer | undefined;
function bomb(): Buffer {
  bombBytes ??= gzipSync(Buffer.concat([Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>b</title>'), Buffer.alloc(100 * 1024 * 1024, 0x20), Buffer.from('</channel></rss>')]));
  return bombBytes;
}

beforeEach(() => {
  configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qari-news-'));
  gulfItems = [
    { title: 'الوزير يزور بغداد', day: 2, link: server.url('/story/1'), summary: '<p>ملخص قصير</p>' },
    { title: 'اجتماع في الدوحة', day: 0, link: 'https://news.example/doha', full: fullText('الدوحة') },
  ];
  seenValidators.length = 0;
  indexed.length = 0;
});
afterEach(() => {
  fs.rmSync(configDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

async function command(news: NewsCommand, json = false): Promise<{ code: number; out: string; err: string[] }> {
  let out = '';
  const err: string[] = [];
  const code = await runNewsCommand(news, {
    configDir,
    json,
    progressOf: () => 0,
    say: (line) => err.push(line),
    writeOut: async (text) => void (out += text),
  });
  return { code, out, err };
}

const subscribe = (...urls: string[]) => command({ kind: 'subscribe', urls });

describe('subscriptions', () => {
  it('subscribes to a feed, storing its items, and lists it with --feeds', async () => {
    const result = await subscribe(server.url('/gulf.xml'));
    expect(result.code).toBe(0);
    expect(result.err).toEqual(['subscribed to أخبار الخليج (2 items)']);
    const feeds = JSON.parse((await command({ kind: 'feeds' }, true)).out);
    expect(feeds.kind).toBe('feeds');
    expect(feeds.items).toEqual([
      // The site is the feed's own link (for --export-opml's htmlUrl).
      expect.objectContaining({ title: 'أخبار الخليج', location: server.url('/gulf.xml'), items: 2, unread: 2, error: null, lastRefresh: expect.stringMatching(/^\d{4}-/), site: 'https://news.example/' }),
    ]);
    expect((await subscribe(server.url('/gulf.xml'))).err).toEqual([`qari: already subscribed to ${server.url('/gulf.xml')}`]);
  });

  it('refuses a page that is not a feed, a missing one and a bad address, adding nothing (exit 1)', async () => {
    const notFeed = await subscribe(server.url('/gulf.xml'), server.url('/page.html'));
    expect(notFeed.code).toBe(1);
    expect(notFeed.err).toEqual([`qari: ${server.url('/page.html')} is not an RSS, Atom or JSON feed (not subscribed)`]);
    const site = await subscribe(server.url('/site/'));
    expect([site.code, site.err]).toEqual([1, [`qari: ${server.url('/site/')} is a web page, not a feed; the feed it names is ${server.url('/gulf.xml')} (not subscribed)`]]);
    const missing = await subscribe(server.url('/missing.xml'));
    expect([missing.code, missing.err]).toEqual([1, [`qari: HTTP 404 Not Found for ${server.url('/missing.xml')} (not subscribed)`]]);
    expect(loadSubscriptions(configDir).feeds).toEqual([]);
    await expect(subscribe('ftp://x/feed')).rejects.toThrow('not a feed address');
  });

  it('unsubscribes, removing the stored items', async () => {
    await subscribe(server.url('/gulf.xml'), server.url('/levant.xml'));
    const result = await command({ kind: 'unsubscribe', urls: [server.url('/gulf.xml')] });
    expect(result.code).toBe(0);
    expect(loadSubscriptions(configDir).feeds.map((feed) => feed.url)).toEqual([server.url('/levant.xml')]);
    expect(readStoredFeed(configDir, server.url('/gulf.xml')).items).toEqual([]);
    expect((await command({ kind: 'unsubscribe', urls: [server.url('/gulf.xml')] })).code).toBe(1);
  });

  it('speaks the interface language: subscribing, unsubscribing and the failing-feeds warning', async () => {
    setLanguage('ar');
    try {
      expect((await subscribe(server.url('/gulf.xml'))).err).toEqual(['تم الاشتراك في أخبار الخليج (2 عناصر)']);
      const missing = await command({ kind: 'unsubscribe', urls: [server.url('/levant.xml')] });
      expect([missing.code, missing.err]).toEqual([1, [`qari: لست مشتركًا في ${server.url('/levant.xml')}`]]);
      await expect(subscribe('ftp://x/feed')).rejects.toThrow('qari: ليس عنوان خلاصة: ftp://x/feed');
      fs.writeFileSync(subscriptionsFile(configDir), JSON.stringify({ version: 1, feeds: [{ url: server.url('/a.xml'), error: 'HTTP 404' }, { url: server.url('/b.xml'), error: 'HTTP 500' }] }));
      expect((await openNews({ configDir })).warnings).toEqual([`تعذّر جلب 2 خلاصات: ${server.url('/a.xml')}: HTTP 404 (و1 أخرى؛ انظر qari --feeds)`]);
      setLanguage('en');
      expect((await openNews({ configDir })).warnings).toEqual([`2 feeds failing: ${server.url('/a.xml')}: HTTP 404 (and 1 more; see qari --feeds)`]);
    } finally {
      setLanguage('en');
    }
  });

  it('moves a corrupt subscriptions file aside with a warning, keeping the valid entries', async () => {
    fs.mkdirSync(path.dirname(subscriptionsFile(configDir)), { recursive: true });
    fs.writeFileSync(subscriptionsFile(configDir), JSON.stringify({ version: 1, feeds: [{ url: server.url('/gulf.xml') }, { url: 42 }] }));
    const loaded = loadSubscriptions(configDir);
    expect(loaded.feeds.map((feed) => feed.url)).toEqual([server.url('/gulf.xml')]);
    expect(loaded.warnings[0]).toMatch(/^qari: subscriptions file was corrupt \(1 invalid entry\); moved aside to .*feeds\.json\.corrupt-.*; kept 1 valid subscription\(s\)$/);
    expect(fs.readdirSync(path.dirname(subscriptionsFile(configDir))).some((name) => name.startsWith('feeds.json.corrupt-'))).toBe(true);
    fs.writeFileSync(subscriptionsFile(configDir), '{"feeds": [');
    expect(loadSubscriptions(configDir)).toEqual({ feeds: [], warnings: [expect.stringContaining('(invalid JSON)')] });
  });
});

describe('refresh', () => {
  it('sends the validators back and takes 304 Not Modified (ETag and Last-Modified)', async () => {
    await subscribe(server.url('/gulf.xml'), server.url('/levant.xml'));
    seenValidators.length = 0;
    const summary = await refreshFeeds(configDir);
    expect([summary.total, summary.added, summary.failed]).toEqual([2, 0, []]);
    expect(seenValidators).toContainEqual({ ifNoneMatch: expect.stringMatching(/^"\d+"$/) });
    expect(seenValidators).toContainEqual({ ifModifiedSince: 'Thu, 01 Jan 2026 10:00:00 GMT' });
    expect(readStoredFeed(configDir, server.url('/gulf.xml')).items).toHaveLength(2);
  });

  it('stores new items and reports them in the summary line', async () => {
    await subscribe(server.url('/gulf.xml'));
    gulfItems.unshift({ title: 'خبر جديد عاجل', day: 5, link: 'https://news.example/new', full: fullText('عاجل') });
    const result = await command({ kind: 'refresh' });
    expect([result.code, result.out]).toEqual([0, '1 feed, 1 new item, 0 failed\n']);
    expect(readStoredFeed(configDir, server.url('/gulf.xml')).items.map((item) => item.title)).toContain('خبر جديد عاجل');
    // An item the feed no longer lists stays for offline reading.
    gulfItems.pop();
    await refreshFeeds(configDir);
    expect(readStoredFeed(configDir, server.url('/gulf.xml')).items).toHaveLength(3);
  });

  it('hands each feed\'s stored items to the index once they are stored, also on a 304 (the index skips those it has)', async () => {
    await subscribe(server.url('/gulf.xml'));
    expect(indexed).toHaveLength(1);
    expect(indexed[0].configDir).toBe(configDir);
    expect(indexed[0].items).toMatchObject([
      { location: server.url('/story/1'), title: 'الوزير يزور بغداد', source: 'أخبار الخليج', date: '2026-01-03T08:00:00.000Z' },
      { location: 'https://news.example/doha', title: 'اجتماع في الدوحة', source: 'أخبار الخليج', date: '2026-01-01T08:00:00.000Z' },
    ]);
    // Each with the article it opens to: the summary of a teaser, the whole text of the other.
    const paragraphs = (item: IndexableItem) => item.article!().blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
    expect(paragraphs(indexed[0].items[0])).toEqual(['ملخص قصير']);
    expect(paragraphs(indexed[0].items[1])[0]).toBe('الدوحة — الفقرة 1 من نص الخبر الكامل.');
    gulfItems.unshift({ title: 'خبر ثالث', day: 4, link: 'https://news.example/third' });
    await refreshFeeds(configDir);
    // Not modified: what a killed refresh stored without indexing still reaches the index.
    await refreshFeeds(configDir);
    expect(seenValidators.at(-1)?.ifNoneMatch).toBeDefined();
    const all = ['خبر ثالث', 'الوزير يزور بغداد', 'اجتماع في الدوحة'];
    expect(indexed.map((call) => call.items.map((item) => item.title))).toEqual([['الوزير يزور بغداد', 'اجتماع في الدوحة'], all, all]);
  });

  it('stops when cancelled (the reader quit), leaving the feeds as they were', async () => {
    await subscribe(server.url('/gulf.xml'));
    fs.writeFileSync(subscriptionsFile(configDir), JSON.stringify({ version: 1, feeds: [...loadSubscriptions(configDir).feeds, { url: server.url('/silent.xml') }] }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    await refreshFeeds(configDir, { signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(loadSubscriptions(configDir).feeds.map((feed) => feed.error)).toEqual([null, null]);
  });

  it('marks a failing feed with its error and refreshes the others; exit 1 only when all fail', async () => {
    await subscribe(server.url('/gulf.xml'), server.url('/levant.xml'));
    fs.writeFileSync(subscriptionsFile(configDir), JSON.stringify({ version: 1, feeds: [...loadSubscriptions(configDir).feeds, { url: server.url('/missing.xml') }] }));
    gulfItems.unshift({ title: 'خبر جديد', day: 6, link: 'https://news.example/n2' });
    const result = await command({ kind: 'refresh' });
    expect(result.code).toBe(0);
    expect(result.out).toBe('3 feeds, 1 new item, 1 failed\n');
    expect(result.err).toEqual([`qari: ${server.url('/missing.xml')}: HTTP 404 Not Found for ${server.url('/missing.xml')}`]);
    const feeds = JSON.parse((await command({ kind: 'feeds' }, true)).out).items;
    expect(feeds.map((feed: { error: string | null }) => feed.error)).toEqual([null, null, `HTTP 404 Not Found for ${server.url('/missing.xml')}`]);
    const news = await openNews({ configDir });
    expect(news.warnings).toEqual([`1 feed failing: ${server.url('/missing.xml')}: HTTP 404 Not Found for ${server.url('/missing.xml')}`]);

    await command({ kind: 'unsubscribe', urls: [server.url('/gulf.xml'), server.url('/levant.xml')] });
    const allFailed = await command({ kind: 'refresh' });
    expect([allFailed.code, allFailed.out]).toEqual([1, '1 feed, 0 new items, 1 failed\n']);
  });

  it('gives every hostile feed a clear error of its own and keeps the good one', async () => {
    vi.stubEnv('QARI_TIMEOUT', '3');
    await subscribe(server.url('/gulf.xml'));
    const hostile = ['/huge.xml', '/lol.xml', '/bomb.xml', '/loop.xml', '/silent.xml'].map((route) => ({ url: server.url(route) }));
    fs.writeFileSync(subscriptionsFile(configDir), JSON.stringify({ version: 1, feeds: [...loadSubscriptions(configDir).feeds, ...hostile] }));
    gulfItems.unshift({ title: 'خبر سليم', day: 7, link: 'https://news.example/ok' });
    const started = Date.now();
    const summary = await refreshFeeds(configDir);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(summary.added).toBe(1);
    const errors = Object.fromEntries(summary.failed.map((failed) => [new URL(failed.url).pathname, failed.error]));
    expect(errors).toEqual({
      '/huge.xml': `cannot fetch ${server.url('/huge.xml')}: larger than the 8 MB limit`,
      '/lol.xml': `cannot read the feed ${server.url('/lol.xml')}: it declares XML entities (refused: entity expansion)`,
      '/bomb.xml': `cannot fetch ${server.url('/bomb.xml')}: larger than the 8 MB limit`,
      '/loop.xml': `cannot fetch ${server.url('/loop.xml')}: too many redirects (more than 10)`,
      '/silent.xml': `cannot fetch ${server.url('/silent.xml')}: timed out after 3 s`,
    });
    expect(summary.warnings).toEqual([]);
  });

  it('keeps escape sequences in feed and item titles off the terminal', async () => {
    expect((await subscribe(server.url('/escapes.xml'))).code).toBe(0);
    const feeds = await command({ kind: 'feeds' });
    expect(feeds.out.split(/[\t\n]/).some(hasTerminalControls)).toBe(false);
    expect(feeds.out.split('\t')).toHaveLength(4);
    expect(feeds.out.split('\t')[2]).toBe('1 item, 1 unread');
    expect(feeds.out).toContain('Evil');
    const news = await openNews({ configDir });
    expect(news.list.items[0].title).toContain('cleared');
    for (const item of news.list.items) expect(hasTerminalControls(`${item.title}${item.source}`)).toBe(false);
  });
});

describe('OPML', () => {
  const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>newsboat</title></head><body>
  <outline text="News" title="News">
    <outline text="Gulf" title="Gulf"><outline type="rss" text="أخبار الخليج" title="أخبار الخليج" xmlUrl="URL1"/></outline>
    <outline type="rss" text="Levant" xmlUrl="URL2" htmlUrl="https://news.example/"/>
  </outline>
  <outline type="rss" text="Top &amp; more" xmlUrl="URL3"/>
  <outline type="rss" text="mail" xmlUrl="mailto:x@example.com"/>
</body></opml>`;

  it('imports nested folders, exports OPML 2.0, and imports that again to the same subscriptions', async () => {
    const file = path.join(configDir, 'in.opml');
    fs.writeFileSync(file, opml.replace('URL1', server.url('/gulf.xml')).replace('URL2', server.url('/levant.xml')).replace('URL3', server.url('/escapes.xml?a=1&amp;b=2')));
    const imported = await command({ kind: 'import-opml', file });
    expect(imported.code).toBe(0);
    expect(imported.err).toEqual([`qari: skipped mailto:x@example.com in ${file}: not an http(s) address`, `imported 3 feeds from ${file} (0 already subscribed); qari --refresh fetches them`]);
    const first = loadSubscriptions(configDir).feeds.map(({ url, title, category, site }) => ({ url, title, category, site }));
    expect(first).toEqual([
      { url: server.url('/gulf.xml'), title: 'أخبار الخليج', category: 'News/Gulf', site: null },
      // The web site (htmlUrl) travels with it, as Thunderbird and NetNewsWire keep it.
      { url: server.url('/levant.xml'), title: 'Levant', category: 'News', site: 'https://news.example/' },
      { url: server.url('/escapes.xml?a=1&b=2'), title: 'Top & more', category: null, site: null },
    ]);
    const exported = (await command({ kind: 'export-opml' })).out;
    expect(exported).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<opml version="2.0">/);
    expect(exported).toContain('xmlUrl="' + server.url('/escapes.xml?a=1&amp;b=2') + '"');
    expect(exported).toContain(`xmlUrl="${server.url('/levant.xml')}" htmlUrl="https://news.example/"`);
    const again = path.join(configDir, 'again.opml');
    fs.writeFileSync(again, exported);
    const before = configDir;
    configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qari-news-'));
    try {
      await command({ kind: 'import-opml', file: again });
      expect(loadSubscriptions(configDir).feeds.map(({ url, title, category, site }) => ({ url, title, category, site }))).toEqual(first);
    } finally {
      fs.rmSync(configDir, { recursive: true, force: true });
      configDir = before;
    }
    // Importing the same file twice adds nothing.
    expect((await command({ kind: 'import-opml', file })).err.at(-1)).toContain('imported 0 feeds');
  });

  it('refuses a file that is not OPML, and an entity bomb stays inert', async () => {
    const file = path.join(configDir, 'bad.opml');
    fs.writeFileSync(file, '<html><body>no</body></html>');
    await expect(command({ kind: 'import-opml', file })).rejects.toThrow(`qari: ${file} is not an OPML file`);
    fs.writeFileSync(file, `<?xml version="1.0"?><!DOCTYPE o [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><opml version="2.0"><head/><body><outline text="&c;" xmlUrl="${server.url('/gulf.xml')}"/></body></opml>`);
    expect((await command({ kind: 'import-opml', file })).code).toBe(0);
    expect(loadSubscriptions(configDir).feeds[0].title!.length).toBeLessThan(10);
  });
});

describe('the News list', () => {
  it('lists every item newest first with its feed, opens stored text and fetches teasers, and is what qari opens without SOURCE', async () => {
    await subscribe(server.url('/gulf.xml'), server.url('/levant.xml'));
    const progress = new Map<string, number>();
    const news = await openSource(undefined, { configDir, progressOf: (key) => progress.get(key) ?? 0 });
    expect(news.kind).toBe('list');
    if (news.kind !== 'list') return;
    expect(news.list.kind).toBe('news');
    expect(news.list.items.map((item) => [item.title, item.source, item.date])).toEqual([
      ['الوزير يزور بغداد', 'أخبار الخليج', '2026-01-03T08:00:00.000Z'],
      ['خبر من الشام', 'أخبار الشام', '2026-01-02T08:00:00.000Z'],
      ['اجتماع في الدوحة', 'أخبار الخليج', '2026-01-01T08:00:00.000Z'],
    ]);
    // A teaser opens the linked page; a whole-text item opens from storage, without the network.
    const teaser = await news.open(0);
    expect(teaser.kind === 'article' && teaser.article.blocks.some((block) => block.text.includes('زيارة بغداد'))).toBe(true);
    const hits = server.hits.get('/levant/1') ?? 0;
    const stored = await news.open(1);
    expect(stored.kind === 'article' && stored.article.blocks.some((block) => block.text.includes('الشام — الفقرة 1'))).toBe(true);
    expect(server.hits.get('/levant/1') ?? 0).toBe(hits);
  });

  it('shows reading progress from the store', async () => {
    await subscribe(server.url('/gulf.xml'));
    const first = await openNews({ configDir });
    const opened = [await first.open(0), await first.open(1)];
    const { contentKey } = await import('../src/sources/key.js');
    const keys = opened.map((result) => (result.kind === 'article' ? contentKey(result.article) : ''));
    const progress = new Map([[keys[0], 0.4], [keys[1], 1]]);
    const again = await openNews({ configDir, progressOf: (key) => progress.get(key) ?? 0 });
    expect(again.list.items.map((item) => item.progress)).toEqual([0.4, 1]);
    // The teaser's key (of the page it opened to) is kept with the item: no page is parsed to show it.
    expect(readStoredFeed(configDir, server.url('/gulf.xml')).items.map((item) => item.key)).toEqual(keys);
    const feeds = await runNewsCommand({ kind: 'feeds' }, { configDir, json: true, progressOf: (key) => progress.get(key) ?? 0, say: () => {}, writeOut: async () => {} });
    expect(feeds).toBe(0);
  });

  it('is not opened without subscriptions: the bundled article is', async () => {
    const opened = await openSource(undefined, { configDir });
    expect(opened.kind).toBe('article');
  });
});

describe('the news options', () => {
  it('takes several URLs after --subscribe / --unsubscribe, one news command at a time, and no SOURCE with the others', async () => {
    const { parseCli } = await import('../src/cli/options.js');
    expect(parseCli(['--subscribe', 'https://a/1', 'https://b/2'], {}).news).toEqual({ kind: 'subscribe', urls: ['https://a/1', 'https://b/2'] });
    expect(parseCli(['--unsubscribe=https://a/1'], {}).news).toEqual({ kind: 'unsubscribe', urls: ['https://a/1'] });
    expect(parseCli(['--import-opml', 'feeds.opml'], {}).news).toEqual({ kind: 'import-opml', file: 'feeds.opml' });
    expect(parseCli(['--refresh'], {}).news).toEqual({ kind: 'refresh' });
    expect(parseCli([], {}).news).toBeUndefined();
    expect(() => parseCli(['--feeds', '--refresh'], {})).toThrow('one of --subscribe, --unsubscribe, --feeds, --import-opml, --export-opml, --refresh at a time');
    expect(() => parseCli(['--feeds', 'article.txt'], {})).toThrow("--feeds takes no SOURCE (got 'article.txt')");
    expect(() => parseCli(['--subscribe'], {})).toThrow(/argument missing/);
  });
});

describe('feed: addresses (what browsers hand to feed readers)', () => {
  it('are the http(s) feed they name, for SOURCE, --subscribe and OPML import', async () => {
    const { parseCli } = await import('../src/cli/options.js');
    const gulf = server.url('/gulf.xml');
    const bare = gulf.replace(/^http:\/\//, '');
    expect(parseCli([`feed://${bare}`], {}).source).toBe(gulf);
    expect(parseCli(['feed:https://news.example/rss.xml'], {}).source).toBe('https://news.example/rss.xml');
    expect(parseCli(['FEED://https://news.example/rss.xml'], {}).source).toBe('https://news.example/rss.xml');
    expect(parseCli(['feed.xml'], {}).source).toBe('feed.xml');
    const opened = await openSource(parseCli([`feed://${bare}`], {}).source, { configDir });
    expect(opened.kind === 'list' && opened.list.title).toBe('أخبار الخليج');
    const news = parseCli(['--subscribe', `feed:${gulf}`, `feed://${server.url('/levant.xml').replace(/^http:\/\//, '')}`], {}).news!;
    expect(news).toEqual({ kind: 'subscribe', urls: [gulf, server.url('/levant.xml')] });
    expect((await command(news)).code).toBe(0);
    expect(loadSubscriptions(configDir).feeds.map((feed) => feed.url)).toEqual([gulf, server.url('/levant.xml')]);
    const file = path.join(configDir, 'feeds.opml');
    fs.writeFileSync(file, `<?xml version="1.0"?><opml version="2.0"><head/><body><outline type="rss" text="a" xmlUrl="feed://${bare}"/><outline type="rss" text="b" xmlUrl="feed:https://news.example/b.xml"/></body></opml>`);
    const imported = await command({ kind: 'import-opml', file });
    expect(imported.err).toEqual([`imported 1 feed from ${file} (1 already subscribed); qari --refresh fetches them`]);
    expect(loadSubscriptions(configDir).feeds.map((feed) => feed.url)).toEqual([gulf, server.url('/levant.xml'), 'https://news.example/b.xml']);
  });
});

describe('stored items', () => {
  it('are bounded per feed (the oldest go first) and an oversized body is not kept', async () => {
    const { storeFeedItems, MAX_ITEMS_PER_FEED } = await import('../src/news/items.js');
    const { MAX_ITEM_HTML_CHARS } = await import('../src/sources/feed-item.js');
    const entry = (n: number, html = '<p>نص</p>') => ({ id: `id-${n}`, title: `خبر ${n}`, link: `https://news.example/${n}`, date: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), source: null, author: null, html, language: 'ar' });
    const url = 'https://news.example/feed.xml';
    const first = storeFeedItems(configDir, url, 'feed', Array.from({ length: 300 }, (_, n) => entry(n)), () => null);
    expect(first.added).toHaveLength(300);
    const second = storeFeedItems(configDir, url, 'feed', Array.from({ length: 300 }, (_, n) => entry(1000 + n)), () => null);
    expect(second.added).toHaveLength(300);
    const ids = readStoredFeed(configDir, url).items.map((item) => item.id);
    expect(ids).toHaveLength(MAX_ITEMS_PER_FEED);
    // Every item the feed lists now, then the newest of the older ones.
    expect(ids.slice(300)).toEqual(Array.from({ length: 200 }, (_, n) => `id-${299 - n}`));
    // A feed listing more than the bound: its first ones are kept, and the same ones each time.
    const long = Array.from({ length: MAX_ITEMS_PER_FEED + 100 }, (_, n) => entry(2000 + n));
    expect(storeFeedItems(configDir, url, 'feed', long, () => null).added).toHaveLength(MAX_ITEMS_PER_FEED);
    expect(storeFeedItems(configDir, url, 'feed', long, () => null).added).toHaveLength(0);
    storeFeedItems(configDir, url, 'feed', [entry(5000, `<p>${'ا'.repeat(MAX_ITEM_HTML_CHARS + 1)}</p>`)], () => null);
    expect(readStoredFeed(configDir, url).items.find((item) => item.id === 'id-5000')!.html).toBe('');
  });
});
