// News across real processes: a refresh killed with SIGKILL keeps every feed it committed and the
// next run carries on; a refresh and a reader (or two subscribers) at once lose nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readStoredFeed } from '../src/news/items.js';
import { loadSubscriptions, subscriptionsFile } from '../src/news/subscriptions.js';
import { REPO } from './helpers/articles.js';
import { rss } from './fixtures/sources/news-feeds.js';
import { startServer, type TestServer } from './fixtures/sources/server.js';

let server: TestServer;
let configDir: string;
/** While set, the slow feeds do not answer. */
let hold = true;
let delayMs = 0;
const FAST = ['/fast1.xml', '/fast2.xml', '/fast3.xml'];
const SLOW = ['/slow1.xml', '/slow2.xml'];

function feed(route: string) {
  const name = route.slice(1, -4);
  return rss(`feed ${name}`, [1, 2, 3].map((n) => ({ title: `${name} خبر ${n}`, day: n, link: `https://news.example/${name}/${n}` })));
}

beforeAll(async () => {
  const routes: Parameters<typeof startServer>[0] = {};
  for (const route of FAST) {
    routes[route] = (_request, response) => {
      setTimeout(() => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(route)), delayMs);
    };
  }
  for (const route of SLOW) {
    routes[route] = (_request, response) => {
      if (!hold) response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(route));
    };
  }
  routes['/page.html'] = (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end('<p>not a feed</p>');
  server = await startServer(routes);
});
afterAll(() => server.close());
beforeEach(() => {
  configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qari-news-proc-'));
  hold = true;
  delayMs = 0;
});
afterEach(() => fs.rmSync(configDir, { recursive: true, force: true }));

function subscribeDirectly(routes: string[]): void {
  fs.mkdirSync(path.dirname(subscriptionsFile(configDir)), { recursive: true });
  fs.writeFileSync(subscriptionsFile(configDir), JSON.stringify({ version: 1, feeds: routes.map((route) => ({ url: server.url(route) })) }));
}

function qari(...args: string[]) {
  const child = spawn(process.execPath, ['dist/qari.js', '--config-dir', configDir, ...args], { cwd: REPO, env: { ...process.env, QARI_TIMEOUT: '60' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const storedCount = (route: string) => readStoredFeed(configDir, server.url(route)).items.length;

describe('news across processes', () => {
  it('says in one line that a page is not a feed (exit 1), and --export-opml writes to standard output', async () => {
    const page = qari('--subscribe', server.url('/page.html'));
    expect((await page.exited).code).toBe(1);
    expect(page.err()).toBe(`qari: ${server.url('/page.html')} is not an RSS, Atom or JSON feed (not subscribed)\n`);
    const usage = qari('--subscribe', 'news.example/rss');
    expect([(await usage.exited).code, usage.err()]).toEqual([2, 'qari: not a feed address: news.example/rss (an http or https URL)\n']);
    const added = qari('--subscribe', server.url('/fast1.xml'));
    expect([(await added.exited).code, added.err()]).toEqual([0, 'subscribed to feed fast1 (3 items)\n']);
    const exported = qari('--export-opml');
    expect((await exported.exited).code).toBe(0);
    expect(exported.out()).toContain(`<outline text="feed fast1" type="rss" xmlUrl="${server.url('/fast1.xml')}" htmlUrl="https://news.example/" title="feed fast1"/>`);
  });

  it('kill -9 during a refresh keeps the feeds already committed; the next run carries on', async () => {
    subscribeDirectly([...FAST, ...SLOW]);
    const first = qari('--refresh');
    await until(() => FAST.every((route) => storedCount(route) === 3), 'the fast feeds to be stored');
    await until(() => loadSubscriptions(configDir).feeds.filter((f) => f.lastRefresh !== null).length === FAST.length, 'their refresh times');
    await until(() => SLOW.every((route) => (server.hits.get(route) ?? 0) > 0), 'the slow feeds to be asked');
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const after = loadSubscriptions(configDir);
    expect(after.warnings).toEqual([]);
    expect(after.feeds).toHaveLength(5);
    for (const route of FAST) expect(storedCount(route)).toBe(3);
    for (const route of SLOW) expect(storedCount(route)).toBe(0);

    hold = false;
    const second = qari('--refresh');
    expect((await second.exited).code).toBe(0);
    expect(second.out()).toBe('5 feeds, 6 new items, 0 failed\n');
    for (const route of [...FAST, ...SLOW]) expect(storedCount(route)).toBe(3);
    const news = qari('--json');
    expect((await news.exited).code).toBe(0);
    expect(JSON.parse(news.out()).items).toHaveLength(15);
    // And the index has every item, those the killed run stored included.
    const search = qari('--search', 'خبر', '--json');
    expect((await search.exited).code).toBe(0);
    expect(JSON.parse(search.out()).items).toHaveLength(15);
  });

  it('reads the News list while another process refreshes, and keeps both of two concurrent subscriptions', async () => {
    hold = false;
    subscribeDirectly([...FAST, ...SLOW]);
    delayMs = 300;
    const refreshing = qari('--refresh');
    const readers = [];
    for (let i = 0; i < 4; i++) {
      const reader = qari('--json');
      readers.push(reader);
      await reader.exited;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const reader of readers) {
      expect([(await reader.exited).code, reader.err()]).toEqual([0, '']);
      expect(JSON.parse(reader.out()).kind).toBe('news');
    }
    expect((await refreshing.exited).code).toBe(0);

    fs.rmSync(path.join(configDir, 'news'), { recursive: true });
    delayMs = 0;
    const [a, b] = [qari('--subscribe', server.url('/fast1.xml')), qari('--subscribe', server.url('/fast2.xml'))];
    expect([(await a.exited).code, (await b.exited).code]).toEqual([0, 0]);
    expect(loadSubscriptions(configDir).feeds.map((f) => f.url).sort()).toEqual([server.url('/fast1.xml'), server.url('/fast2.xml')]);
  });
});
