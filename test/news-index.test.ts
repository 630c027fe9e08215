// Feed items in the index, and opening them again from it: a feed opened directly (not subscribed)
// puts every item into the index with its people; every location the index gives (a link, or a
// feed's address with the item's id) opens again, from the items kept for a subscription when they
// are there, else from the network; --search and --who print locations qari takes back.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { closeIndexes, openIndex } from '../src/index/access.js';
import { shellWord } from '../src/index/cli.js';
import { runNewsCommand } from '../src/news/commands.js';
import { fetchFeedDocument, refreshFeeds, storeEntries } from '../src/news/refresh.js';
import { openIndexedLocation, openSource, type Opened } from '../src/sources/open.js';
import type { IndexStore } from '../src/index/store.js';
import { startServer, type TestServer } from './fixtures/sources/server.js';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (lines: string[]) => lines.map((line) => `<p>${esc(line)}</p>`).join('');

const VISIT = [
  'بغداد - وصل وزير الداخلية الإيراني اسكندر مومني الى بغداد اليوم في زيارة رسمية تستمر يومين.',
  'وقال مؤمني في مؤتمر صحفي إن التعاون الأمني بين البلدين يتقدم.',
  'وأضاف أن اللقاء تناول أمن الحدود المشتركة.',
  'وكان الوزير قد التقى نظيره العراقي في وقت سابق.',
];
const STORY = ['بغداد - التقى وزير الداخلية الإيراني إسكندر مؤمني رئيس الوزراء العراقي.', 'وبحث الجانبان التعاون الأمني والحدود المشتركة.', 'وقال مؤمني إن العلاقات متينة.'];

interface Item {
  title: string;
  guid: string;
  link?: string;
  summary?: string;
  full?: string[];
  day: number;
}

function rss(items: Item[]): string {
  const body = items
    .map(
      (item) =>
        `<item><title>${esc(item.title)}</title>${item.link ? `<link>${esc(item.link)}</link>` : ''}<guid isPermaLink="false">${esc(item.guid)}</guid>` +
        `<pubDate>${new Date(Date.UTC(2026, 0, 1 + item.day, 8)).toUTCString()}</pubDate><description>${esc(item.summary ?? '')}</description>` +
        (item.full ? `<content:encoded>${esc(paragraphs(item.full))}</content:encoded>` : '') +
        '</item>',
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>أخبار تجريبية</title><link>https://news.example/</link>${body}</channel></rss>`;
}

let server: TestServer;
let items: Item[];
let storyUp = true;

beforeAll(async () => {
  server = await startServer({
    '/feed.xml': (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items)),
    '/story/2': (_request, response) => {
      if (!storyUp) return void response.writeHead(503).end('down');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>مؤمني يلتقي السوداني</title></head><body><article><h1>مؤمني يلتقي السوداني</h1>${paragraphs(STORY)}</article></body></html>`);
    },
  });
});
afterAll(async () => {
  closeIndexes();
  await server.close();
});

beforeEach(() => {
  storyUp = true;
  items = [
    // The whole article in the feed, no link: named by the feed's address and its id (which has a space).
    { title: 'وزير الداخلية الإيراني يزور بغداد', guid: 'urn:visit 1', full: VISIT, day: 3 },
    // A teaser with a link: indexed by its summary until the page is read.
    { title: 'مؤمني يلتقي السوداني', guid: 'story-2', link: server.url('/story/2'), summary: 'التقى وزير الداخلية الإيراني إسكندر مؤمني رئيس الوزراء.', day: 2 },
    { title: 'خبر بلا رابط', guid: 'g-3', summary: 'قال الوزير مؤمني إن الزيارة ناجحة.', day: 1 },
    // The whole article in the feed, with a link to a page that is gone.
    { title: 'أسعار النفط', guid: 'oil-4', link: server.url('/gone/4'), full: ['ارتفعت أسعار النفط اليوم.', 'وقال محللون إن الطلب يزداد.', 'وتراجع الدولار.'], day: 0 },
  ];
});

const fresh = () => mkdtempSync(join(tmpdir(), 'qari-news-index-'));

function indexOf(configDir: string): IndexStore {
  const access = openIndex(configDir);
  if (!access.store) throw new Error('the index is unavailable');
  return access.store;
}

function article(opened: Opened) {
  if (opened.kind !== 'article') throw new Error(`expected an article, got a ${opened.kind}`);
  return opened;
}

const text = (opened: Opened) => article(opened).article.blocks.map((block) => block.text).join('\n');

describe('a feed opened directly (not subscribed)', () => {
  it('puts every item into the index with its people, the teasers by their summaries', async () => {
    const configDir = fresh();
    const feed = server.url('/feed.xml');
    const opened = await openSource(feed, { configDir });
    if (opened.kind !== 'list' || !opened.indexItems) throw new Error('a feed list that indexes its items');
    // Each item is named where it can be opened again: its link, else the feed and its id.
    expect(opened.list.items.map((item) => item.location)).toEqual([`${feed}#urn:visit 1`, server.url('/story/2'), `${feed}#g-3`, server.url('/gone/4')]);
    await opened.indexItems({});
    const store = indexOf(configDir);
    const [person] = store.who('momeni');
    expect(person.official).toBe(true);
    expect(person.articles.map((a) => a.location).sort()).toEqual([`${feed}#g-3`, `${feed}#urn:visit 1`, server.url('/story/2')].sort());
    expect(store.search('الزيارة ناجحة').map((hit) => hit.location)).toEqual([`${feed}#g-3`]);
    // The person's first mention is a place in the article the item opens to (the card opens it there).
    const first = person.articles.find((a) => a.location === `${feed}#urn:visit 1`)?.first;
    const visit = article(await openSource(`${feed}#urn:visit 1`, { configDir }));
    expect(first).not.toBeNull();
    expect(visit.article.blocks[first!.block].text.slice(first!.start, first!.start + first!.text.length)).toBe('اسكندر مومني');
    // Asked by the given name, the office, or Latin letters: the same person, with the article that
    // names him by his family name alone ("الوزير مؤمني"), as the card's "also in" has it.
    for (const query of ['إسكندر', 'اسكندر مؤمنی', 'eskandar', 'وزير الداخليه']) {
      expect(store.who(query)[0].articles.map((a) => a.location).sort(), query).toEqual(person.articles.map((a) => a.location).sort());
    }
    expect(store.who('رئيس الجمهورية')).toEqual([]);
    // Paragraphs stay apart: no word is glued to the next paragraph's first one.
    expect(store.search('يتقدموأضاف')).toEqual([]);
  }, 60_000);

  it('never replaces an article read in full with its summary', async () => {
    const configDir = fresh();
    const feed = server.url('/feed.xml');
    // The page was read first: the whole article is what the index has there.
    const page = article(await openSource(server.url('/story/2'), { configDir }));
    const { extractEntities } = await import('../src/entities/extract.js');
    const { openReaderIndex } = await import('../src/index/session.js');
    await openReaderIndex(configDir).record(page.article, page.location, extractEntities(page.article.blocks));
    const opened = await openSource(feed, { configDir });
    if (opened.kind !== 'list') throw new Error('a list');
    await opened.indexItems?.({});
    expect(indexOf(configDir).search('العلاقات متينة').map((hit) => hit.location)).toEqual([server.url('/story/2')]);
  }, 60_000);

  it('indexes the items of a feed file under its absolute path', async () => {
    const configDir = fresh();
    const dir = fresh();
    writeFileSync(join(dir, 'feed.xml'), rss(items));
    // Opened by a relative path.
    const opened = await openSource(relative(process.cwd(), join(dir, 'feed.xml')), { configDir });
    if (opened.kind !== 'list') throw new Error('a list');
    await opened.indexItems?.({});
    expect(indexOf(configDir).search('الزيارة ناجحة').map((hit) => hit.location)).toEqual([`${join(dir, 'feed.xml')}#g-3`]);
  }, 60_000);
});

describe('opening what the index names', () => {
  it('opens a feed item by FEED#ID: from the network, from a feed file, and says so when the feed no longer has it', async () => {
    const configDir = fresh();
    const feed = server.url('/feed.xml');
    expect(text(await openSource(`${feed}#urn:visit 1`, { configDir }))).toContain('اسكندر مومني');
    // As a URL carries it, percent-encoded.
    expect(text(await openSource(`${feed}#urn:visit%201`, { configDir }))).toContain('اسكندر مومني');
    expect(article(await openSource(`${feed}#g-3`, { configDir })).location).toBe(`${feed}#g-3`);
    await expect(openSource(`${feed}#gone`, { configDir })).rejects.toThrow(`qari: the feed ${feed} no longer lists the item gone`);
    // An empty fragment names no item: the feed's list.
    expect((await openSource(`${feed}#`, { configDir })).kind).toBe('list');
    const dir = fresh();
    const file = join(dir, 'feed.xml');
    writeFileSync(file, rss(items));
    expect(text(await openSource(`${file}#g-3`, { configDir }))).toContain('الزيارة ناجحة');
    await expect(openSource(`${join(dir, 'missing.xml')}#g-3`, { configDir })).rejects.toThrow(/cannot open .*missing\.xml#g-3/);
  });

  it('opens a subscribed feed\'s items from the kept items, without the network, and a teaser offline from its summary', async () => {
    const configDir = fresh();
    const feed = server.url('/feed.xml');
    const say: string[] = [];
    const code = await runNewsCommand({ kind: 'subscribe', urls: [feed] }, { configDir, json: false, progressOf: () => 0, say: (line) => say.push(line), writeOut: async () => {} });
    expect(code).toBe(0);
    // Everything the feed had is in the index (subscribing stores and indexes).
    const locations = indexOf(configDir).who('مؤمنى')[0].articles.map((a) => a.location);
    expect(locations).toHaveLength(3);
    // The feed changes (the items leave it) and the page goes down: the kept items still open.
    items = [];
    storyUp = false;
    const hits = server.hits.get('/feed.xml');
    const visit = article(await openIndexedLocation(`${feed}#urn:visit 1`, { configDir }));
    expect(text(visit)).toContain('اسكندر مومني');
    expect(visit.location).toBe(`${feed}#urn:visit 1`);
    expect(text(await openSource(`${feed}#g-3`, { configDir }))).toContain('الزيارة ناجحة');
    expect(server.hits.get('/feed.xml')).toBe(hits);
    const teaser = article(await openIndexedLocation(server.url('/story/2'), { configDir }));
    expect(text(teaser)).toContain('رئيس الوزراء');
    expect(teaser.warnings[0]).toMatch(/HTTP 503.*showing the feed's summary/);
    // A link given on the command line: the page if it can be had, else what the subscription kept.
    const oil = article(await openSource(server.url('/gone/4'), { configDir }));
    expect([text(oil), oil.warnings]).toEqual([expect.stringContaining('وقال محللون إن الطلب يزداد.'), []]);
    expect(text(await openSource(server.url('/story/2'), { configDir }))).toContain('رئيس الوزراء');
    await expect(openSource(server.url('/gone/5'), { configDir })).rejects.toThrow('HTTP 404');
  });
});

describe('an item older qari indexed under its feed\'s own address (an item without a link)', () => {
  it('opens as that item by the title the index has, from the kept items or the feed fetched, and says in one line when the feed no longer has it', async () => {
    const configDir = fresh();
    const feed = server.url('/feed.xml');
    const title = 'وزير الداخلية الإيراني يزور بغداد';
    // Not subscribed: the feed fetched, the item with that title opened.
    const fetched = article(await openIndexedLocation(feed, { configDir }, title));
    expect(text(fetched)).toContain('اسكندر مومني');
    expect(fetched.location).toBe(`${feed}#urn:visit 1`);
    await expect(openIndexedLocation(feed, { configDir }, 'خبر قديم')).rejects.toThrow(`the feed أخبار تجريبية no longer has it`);
    // Without a title it is the feed's list, as on the command line.
    expect((await openIndexedLocation(feed, { configDir })).kind).toBe('list');
    // Subscribed: from the kept items, without the network.
    await runNewsCommand({ kind: 'subscribe', urls: [feed] }, { configDir, json: false, progressOf: () => 0, say: () => {}, writeOut: async () => {} });
    items = [];
    const hits = server.hits.get('/feed.xml');
    const kept = article(await openIndexedLocation(feed, { configDir }, title));
    expect([text(kept).includes('اسكندر مومني'), kept.location]).toEqual([true, `${feed}#urn:visit 1`]);
    expect(server.hits.get('/feed.xml')).toBe(hits);
  });

  it('is one entry of the card\'s "also in" with the item indexed again under its own location', async () => {
    const configDir = fresh();
    const feed = server.url('/feed.xml');
    await runNewsCommand({ kind: 'subscribe', urls: [feed] }, { configDir, json: false, progressOf: () => 0, say: () => {}, writeOut: async () => {} });
    const store = indexOf(configDir);
    const before = store.alsoIn('اسكندر مومني', { location: '-', hash: '-' });
    // The same text under the feed's own address, as older qari recorded it.
    const row = store.db.prepare('SELECT * FROM articles WHERE location = ?').get(`${feed}#urn:visit 1`) as Record<string, unknown>;
    const copy: Record<string, unknown> = { ...row, location: feed };
    delete copy.id;
    const columns = Object.keys(copy);
    const id = store.db.prepare(`INSERT INTO articles (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...Object.values(copy)).lastInsertRowid;
    store.db.prepare(`INSERT INTO mentions SELECT ${mentionColumns(store).map((c) => (c === 'article_id' ? '?' : c)).join(', ')} FROM mentions WHERE article_id = ?`).run(id, row.id);
    const after = store.alsoIn('اسكندر مومني', { location: '-', hash: '-' });
    expect(after.map((a) => a.title).sort()).toEqual(before.map((a) => a.title).sort());
  });
});

function mentionColumns(store: IndexStore): string[] {
  return (store.db.prepare('PRAGMA table_info(mentions)').all() as Array<{ name: string }>).map((column) => column.name);
}

describe('refreshing', () => {
  it('indexes the items a killed refresh stored but did not index, even when the feed is unchanged', async () => {
    const configDir = fresh();
    const feed = server.url('/feed.xml');
    const context = { configDir, json: false, progressOf: () => 0, say: () => {}, writeOut: async () => {} };
    expect(await runNewsCommand({ kind: 'import-opml', file: writeOpml(feed) }, context)).toBe(0);
    // What a refresh killed between storing and indexing leaves: the items kept, none in the index.
    const document = await fetchFeedDocument(feed, { etag: null, lastModified: null });
    if (document.notModified) throw new Error('a document');
    await storeEntries(configDir, feed, document.title, document.entries, []);
    expect(indexOf(configDir).count().articles).toBe(0);
    const summary = await refreshFeeds(configDir);
    expect([summary.added, summary.failed]).toEqual([0, []]);
    expect(indexOf(configDir).who('momeni')[0].articles).toHaveLength(3);
  }, 60_000);
});

function writeOpml(feed: string): string {
  const file = join(fresh(), 'feeds.opml');
  writeFileSync(file, `<?xml version="1.0"?><opml version="1.0"><head><title>newsboat - Exported Feeds</title></head><body><outline type="rss" xmlUrl="${feed}" title="t"/></body></opml>`);
  return file;
}

describe('locations on the command line', () => {
  it('are printed as shell words that qari takes back', () => {
    expect(shellWord('/home/user/news/a.txt')).toBe('/home/user/news/a.txt');
    expect(shellWord('https://site.example/feed.xml#g-3')).toBe('https://site.example/feed.xml#g-3');
    expect(shellWord('https://site.example/feed.xml#urn:visit 1')).toBe("'https://site.example/feed.xml#urn:visit 1'");
    expect(shellWord('https://site.example/a?id=1&b=2')).toBe("'https://site.example/a?id=1&b=2'");
    expect(shellWord("/news/it's.txt")).toBe("'/news/it'\\''s.txt'");
    expect(shellWord('#x')).toBe("'#x'");
  });
});
