// The News list in a real terminal: items newest first with their feeds, `r` refreshing with a
// progress line while the list stays usable, Enter opening an item.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNewsCommand } from '../src/news/commands.js';
import { BUNDLED_PATH, logicalOfRtl } from './helpers/articles.js';
import { closeIndexes, openIndex } from '../src/index/access.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';
import { fullText, rss, type TestItem } from './fixtures/sources/news-feeds.js';
import { startServer, type TestServer } from './fixtures/sources/server.js';

let server: TestServer;
let gulf: TestItem[];
/** How long /levant.xml takes to answer: long enough, during `r`, to see the progress line. */
let levantDelay = 0;
const sessions: TmuxSession[] = [];

beforeAll(async () => {
  gulf = [
    { title: 'الوزير يزور بغداد', day: 2, link: 'https://news.example/g1', full: fullText('زيارة بغداد') },
    { title: 'اجتماع في الدوحة', day: 0, link: 'https://news.example/g2', full: fullText('الدوحة') },
  ];
  server = await startServer({
    '/gulf.xml': (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Gulf News', gulf)),
    '/evil.xml': (_request, response) =>
      void response
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(rss('Evil\u001b]2;pwned\u0007 feed', [{ title: 'title \u001b[2J\u001b[31mred \u009b31m', day: 1, link: 'https://news.example/e1' }])),
    // The whole article in the feed and no link: the index names it by the feed's address and its id.
    '/momeni.xml': (_request, response) =>
      void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Tehran Wire', [{ title: MOMENI_TITLE, day: 9, full: MOMENI_TEXT }]).replace(/<guid>[^<]*<\/guid>/, '<guid>urn:wire:1</guid>')),
    '/levant.xml': (_request, response) => {
      const items = [{ title: 'خبر من الشام', day: 1, link: 'https://news.example/l1', full: fullText('الشام') }];
      setTimeout(() => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Levant Daily', items)), levantDelay);
    },
  });
});
afterAll(() => {
  closeIndexes();
  return server.close();
});
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

const MOMENI_TITLE = 'وزير الداخلية الإيراني في بغداد';
const MOMENI_TEXT = ['وصل وزير الداخلية الإيراني اسكندر مومني الى بغداد اليوم.', 'وقال مؤمني إن التعاون الأمني يتقدم.', 'وأضاف أن الحدود آمنة.', 'واختتم زيارته مساء.']
  .map((line) => `<p>${line}</p>`)
  .join('');

/** The status line is the last row qari draws (tmux drops trailing blank rows). */
const shows = (lines: string[], text: string) => lines.some((line) => line.includes(text));
/** An Arabic News list is mirrored: title against the right edge (the cursor ◀ beyond it), details at the left. */
const pieces = (row: string) => row.replace(/◀\s*$/, '').split(/ {2,}/).map((piece) => piece.trim()).filter(Boolean);
const titleOf = (row: string) => logicalOfRtl(pieces(row).at(-1)!);
const isCursor = (row: string) => row.includes('◀') || row.includes('▶');
const isList = (lines: string[]) => lines[0].trim().startsWith('News');

describe.skipIf(!hasTmux)('the News list in a real terminal (tmux)', () => {
  it('lists items newest first with their feeds, refreshes with r while usable, and opens an item', async () => {
    const config = mkdtempSync(join(tmpdir(), 'qari-news-tmux-'));
    const context = { configDir: config, json: false, progressOf: () => 0, say: () => {}, writeOut: async () => {} };
    expect(await runNewsCommand({ kind: 'subscribe', urls: [server.url('/gulf.xml'), server.url('/levant.xml')] }, context)).toBe(0);

    const session = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config}`, 100, 9);
    sessions.push(session);
    const list = await session.waitForScreen((l) => isList(l) && l.filter((x) => x.includes('unread')).length === 3, 'three unread items');
    expect(list[0]).toContain('3 of 3');
    const rows = list.slice(1, 4);
    expect(rows.map(titleOf)).toEqual(['الوزير يزور بغداد', 'خبر من الشام', 'اجتماع في الدوحة']);
    expect(rows.map((row) => pieces(row)[0])).toEqual([
      'unread · Gulf News · 2026-01-03',
      'unread · Levant Daily · 2026-01-02',
      'unread · Gulf News · 2026-01-01',
    ]);
    expect(rows[0].trimEnd().endsWith('◀')).toBe(true);
    expect(shows(list, 'r refreshes')).toBe(true);

    gulf.unshift({ title: 'خبر عاجل جديد', day: 5, link: 'https://news.example/g0', full: fullText('عاجل') });
    levantDelay = 2500;
    session.keys('r');
    await session.waitForScreen((l) => shows(l, 'refreshing: 1/2 feeds · 1 new'), 'the progress line');
    // The new item appears before the refresh ends, the cursor stays on its item, and keys still work.
    const during = await session.waitForScreen((l) => l[0].includes('4 of 4'), 'the new item during the refresh');
    expect(titleOf(during[1])).toBe('خبر عاجل جديد');
    expect(titleOf(during.find((x) => isCursor(x))!)).toBe('الوزير يزور بغداد');
    session.keys('j');
    await session.waitForScreen((l) => l.some((x) => isCursor(x) && titleOf(x) === 'خبر من الشام'), 'the cursor moved during the refresh');
    expect(shows(session.screen(), 'refreshing: 1/2')).toBe(true);
    await session.waitForScreen((l) => shows(l, 'refreshed 2 feeds · 1 new item · 0 failed'), 'the end of the refresh');

    session.keys('Enter');
    const article = await session.waitForScreen((l) => l.some((x) => x.includes('§1/1')), 'the article');
    expect(article.some((x) => logicalOfRtl(x) === 'Levant Daily' || x.trim() === 'Levant Daily')).toBe(true);
    expect(article.some((x) => logicalOfRtl(x).startsWith('الشام'))).toBe(true);
    session.keys('G');
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/1') && x.includes('100%')), 'the end of the article');
    session.keys('q');
    const back = await session.waitForScreen((l) => isList(l), 'the list again');
    const line = back.find((x) => isCursor(x))!;
    expect(titleOf(line)).toBe('خبر من الشام');
    expect(line).toMatch(/done|\d+%/);
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });

  it('shows escape sequences of a hostile feed as visible symbols, never acting on them', async () => {
    const config = mkdtempSync(join(tmpdir(), 'qari-news-tmux-'));
    const context = { configDir: config, json: false, progressOf: () => 0, say: () => {}, writeOut: async () => {} };
    expect(await runNewsCommand({ kind: 'subscribe', urls: [server.url('/evil.xml')] }, context)).toBe(0);
    const session = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config}`, 100, 9);
    sessions.push(session);
    const list = await session.waitForScreen((l) => isList(l) && shows(l, 'unread'), 'the item');
    const row = list.find((x) => isCursor(x))!;
    expect(row).toContain('title ␛[2J␛[31mred');
    expect(row).toContain('Evil␛]2;pwned␇ feed');
    expect(session.tmux('display-message', '-p', '-t', session.name, '#{pane_title}')).not.toContain('pwned');
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });

  it('opens a feed item from the card\'s "also in" (offline, from the kept items) at the first mention, and says in one line why another cannot open', async () => {
    const config = mkdtempSync(join(tmpdir(), 'qari-news-tmux-'));
    const context = { configDir: config, json: false, progressOf: () => 0, say: () => {}, writeOut: async () => {} };
    expect(await runNewsCommand({ kind: 'subscribe', urls: [server.url('/momeni.xml')] }, context)).toBe(0);
    // An indexed file that is gone since.
    const library = mkdtempSync(join(tmpdir(), 'qari-news-tmux-library-'));
    writeFileSync(join(library, 'gone.txt'), 'مقال محذوف\nقال الوزير اسكندر مؤمني إن الزيارة ناجحة.\n');
    execFileSync('node', ['bin/qari.js', '--config-dir', config, '--index', library], { stdio: 'ignore' });
    rmSync(join(library, 'gone.txt'));
    // Offline from here: the feed's item opens from what the subscription kept.
    await server.close();
    const session = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config} ${BUNDLED_PATH}`, 100, 30);
    sessions.push(session);
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the bundled article');
    const openCard = async () => {
      session.keys('o');
      await session.waitForScreen((l) => l[0].trim().startsWith('Officials'), 'the officials lookup');
      session.keys('momeni');
      await session.waitForScreen((l) => l.some((x) => x.includes('Eskandar Momeni')), 'Momeni in the list');
      session.keys('Enter');
      return session.waitForScreen((l) => l.some((x) => x.trim().startsWith('Also in 2 articles')), 'also in 2 articles on the card');
    };
    const card = await openCard();
    expect(logicalOfRtl(pieces(card.find((x) => x.trimEnd().endsWith('◀'))!).at(-1)!)).toBe(MOMENI_TITLE);
    session.keys('Enter');
    const opened = await session.waitForScreen((l) => l.some((x) => x.includes('first mention')), 'the feed item at the first mention');
    expect(opened.some((x) => logicalOfRtl(x).includes('اسكندر مومني'))).toBe(true);
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.includes('§') && x.includes('/2')) && !l.some((x) => x.includes('first mention')), 'back in the bundled article');
    // As older qari recorded an item without a link: under the feed's own address. It opens as that
    // item (found by its title among the kept items), not as the feed's list.
    const store = openIndex(config).store!;
    store.db.prepare('UPDATE articles SET location = ? WHERE location = ?').run(server.url('/momeni.xml'), `${server.url('/momeni.xml')}#urn:wire:1`);
    await openCard();
    session.keys('Enter');
    const again = await session.waitForScreen((l) => l.some((x) => x.includes('first mention') || x.includes('cannot open') || x.includes('not an article')), 'the feed item from the old location');
    expect(again.some((x) => x.includes('first mention'))).toBe(true);
    expect(again.some((x) => logicalOfRtl(x).includes('اسكندر مومني'))).toBe(true);
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.includes('§') && x.includes('/2')) && !l.some((x) => x.includes('first mention')), 'back in the bundled article');
    await openCard();
    session.keys('j');
    session.keys('Enter');
    const failed = await session.waitForScreen((l) => l.some((x) => x.includes('cannot open')), 'the one-line notice');
    expect(failed.filter((x) => x.includes('cannot open'))).toHaveLength(1);
    // Too long for its half of the status line, it keeps what went wrong (the path loses its middle).
    expect(failed.find((x) => x.includes('cannot open'))).toContain('no such file');
    // The card stays open.
    expect(failed.some((x) => x.trim().startsWith('Also in 2 articles'))).toBe(true);
    session.keys('q');
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  }, 60_000);
});
