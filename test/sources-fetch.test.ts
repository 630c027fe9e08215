import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultTimeoutMs, fetchText } from '../src/sources/fetch.js';
import { sampleArticles } from './fixtures/sources/articles.js';
import { windows1256 } from './fixtures/sources/encodings.js';
import { qariFailure } from './fixtures/sources/expect-error.js';
import { articlePage } from './fixtures/sources/pages.js';
import { closedPort, redirect, send, startServer, type TestServer } from './fixtures/sources/server.js';

const [sample] = sampleArticles();
const page = articlePage(sample);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let server: TestServer;
let userAgent = '';

beforeAll(async () => {
  server = await startServer({
    '/article.html': (request, response) => {
      userAgent = request.headers['user-agent'] ?? '';
      send('text/html; charset=utf-8', page)(request, response);
    },
    '/arabic-1256.txt': send('text/plain; charset=windows-1256', windows1256('عنوان الخبر\nنص الخبر هنا.')),
    '/meta-1256.html': send('text/html', windows1256('<html><head><meta charset="windows-1256"></head><body><p>مرحبا</p></body></html>')),
    '/r1': redirect('/r2', 301),
    '/r2': redirect('/r3', 302),
    '/r3': redirect('/article.html', 307),
    '/loop': redirect('/loop'),
    '/slow': (_request, response) => {
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 5000).unref();
    },
    '/slow-body': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('first part ');
    },
    '/big-streamed': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' }); // chunked: no Content-Length to trust
      for (let i = 0; i < 64; i++) response.write('ا'.repeat(512));
      response.end();
    },
    '/big-declared': send('text/plain', 'x'.repeat(50_000)),
    '/image.png': send('image/png', PNG),
    '/octet-text': send('application/octet-stream', '# عنوان\n\nنص'),
    '/octet-binary': send('application/octet-stream', PNG),
    '/server-error': send('text/html', 'oops', 503),
  });
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('fetchText', () => {
  it('fetches a page with its type, final address and a qari User-Agent', async () => {
    const fetched = await fetchText(server.url('/article.html'));
    expect(fetched).toEqual({ text: page, contentType: 'text/html', finalUrl: server.url('/article.html'), warnings: [] });
    expect(userAgent).toMatch(/^qari\/\d+\.\d+\.\d+ \(\+terminal news reader\)$/);
  });

  it('decodes the charset the server declares, or the page declares', async () => {
    expect((await fetchText(server.url('/arabic-1256.txt'))).text).toBe('عنوان الخبر\nنص الخبر هنا.');
    expect((await fetchText(server.url('/meta-1256.html'))).text).toContain('<p>مرحبا</p>');
  });

  it('follows a redirect chain and reports where it ended', async () => {
    const fetched = await fetchText(server.url('/r1'));
    expect(fetched.finalUrl).toBe(server.url('/article.html'));
    expect(fetched.text).toBe(page);
  });

  it('gives up on endless redirects', async () => {
    const error = await qariFailure(fetchText(server.url('/loop'), { maxRedirects: 3 }));
    expect([error.exitCode, error.message]).toEqual([1, `qari: cannot fetch ${server.url('/loop')}: too many redirects (more than 3)`]);
  });

  it('reports HTTP errors with status and address', async () => {
    const missing = await qariFailure(fetchText(server.url('/missing')));
    expect([missing.exitCode, missing.message]).toEqual([1, `qari: HTTP 404 Not Found for ${server.url('/missing')}`]);
    const unavailable = await qariFailure(fetchText(server.url('/server-error')));
    expect(unavailable.message).toBe(`qari: HTTP 503 Service Unavailable for ${server.url('/server-error')}`);
  });

  it('times out waiting for an answer, and while the body trickles in', async () => {
    const started = Date.now();
    const slow = await qariFailure(fetchText(server.url('/slow'), { timeoutMs: 300 }));
    expect([slow.exitCode, slow.message]).toEqual([1, `qari: cannot fetch ${server.url('/slow')}: timed out after 0.3 s`]);
    expect(Date.now() - started).toBeLessThan(3000);
    const slowBody = await qariFailure(fetchText(server.url('/slow-body'), { timeoutMs: 300 }));
    expect(slowBody.message).toBe(`qari: cannot fetch ${server.url('/slow-body')}: timed out after 0.3 s`);
  });

  it('takes the default timeout from QARI_TIMEOUT (seconds)', () => {
    vi.stubEnv('QARI_TIMEOUT', '2.5');
    expect(defaultTimeoutMs()).toBe(2500);
    vi.stubEnv('QARI_TIMEOUT', 'soon');
    expect(defaultTimeoutMs()).toBe(15_000);
  });

  it('cuts off a body over the size limit, streamed or declared', async () => {
    const streamed = await qariFailure(fetchText(server.url('/big-streamed'), { maxBytes: 10 * 1024 }));
    expect([streamed.exitCode, streamed.message]).toEqual([1, `qari: cannot fetch ${server.url('/big-streamed')}: larger than the 10 kB limit`]);
    const declared = await qariFailure(fetchText(server.url('/big-declared'), { maxBytes: 10 * 1024 }));
    expect(declared.message).toBe(`qari: cannot fetch ${server.url('/big-declared')}: larger than the 10 kB limit`);
    expect((await fetchText(server.url('/big-streamed'), { maxBytes: 64 * 1024 })).text).toHaveLength(64 * 512);
  });

  it('refuses images and binary data as not text (exit 2)', async () => {
    const image = await qariFailure(fetchText(server.url('/image.png')));
    expect([image.exitCode, image.message]).toEqual([2, `qari: ${server.url('/image.png')} is not a text article (image/png)`]);
    const binary = await qariFailure(fetchText(server.url('/octet-binary')));
    expect(binary.exitCode).toBe(2);
    expect(binary.message).toContain('is not a text article');
  });

  it('reads text a server labels application/octet-stream', async () => {
    expect((await fetchText(server.url('/octet-text'))).text).toBe('# عنوان\n\nنص');
  });

  it('says a connection was refused', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/news`;
    const error = await qariFailure(fetchText(url));
    expect([error.exitCode, error.message]).toEqual([1, `qari: cannot fetch ${url}: connection refused`]);
  });

  it('says a host name did not resolve', async () => {
    // No real lookup (tests stay on 127.0.0.1): fetch fails the way undici reports a DNS failure.
    const dnsFailure = Object.assign(new Error('getaddrinfo ENOTFOUND news.invalid'), { code: 'ENOTFOUND' });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed', { cause: dnsFailure })));
    const error = await qariFailure(fetchText('https://news.invalid/a'));
    expect([error.exitCode, error.message]).toEqual([1, 'qari: cannot fetch https://news.invalid/a: host news.invalid not found (DNS lookup failed)']);
  });

  it('refuses addresses that are not http(s) as a usage error', async () => {
    const error = await qariFailure(fetchText('ftp://news.example/a'));
    expect([error.exitCode, error.message]).toEqual([2, 'qari: cannot fetch ftp://news.example/a: only http and https addresses are supported']);
  });
});
