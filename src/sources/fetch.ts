import { EXIT_UNREADABLE, EXIT_USAGE, QariError } from '../errors.js';
import { t } from '../i18n/index.js';
import { decodeBody } from './charset.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './limits.js';
import { qariPackage } from '../package-root.js';

export interface FetchOptions {
  /** For the whole exchange, redirects and body included. Default: env QARI_TIMEOUT (seconds), else 15 s. */
  timeoutMs?: number;
  /** Bodies larger than this are refused, counted while streaming. Default 20 MB. */
  maxBytes?: number;
  /** Default 10. */
  maxRedirects?: number;
  /** Stops the exchange (the reader quit during a refresh): fails with "cancelled". */
  signal?: AbortSignal;
}

export interface Fetched {
  text: string;
  /** The media type without parameters, lower case ('' when the server sent none). */
  contentType: string;
  /** The address after redirects: relative links resolve against it. */
  finalUrl: string;
  warnings: string[];
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.1';

/** What a conditional request sends back (HTTP validators: ETag / Last-Modified). */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** A conditional fetch: the document with its validators, or "not modified" (HTTP 304). */
export type ConditionalFetch = ({ notModified: false } & Fetched & Validators) | { notModified: true; finalUrl: string };

/**
 * GETs a text document over http(s). Every failure is a QariError with one line naming the
 * address and the cause (exit 1: network, HTTP status, size; exit 2: not a text document).
 */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<Fetched> {
  return exchange(url, options, {}, readText);
}

/**
 * GETs `url` unless it is unchanged since `known` was seen (If-None-Match / If-Modified-Since):
 * feeds are refreshed often and mostly unchanged, and a 304 costs the server and us nothing.
 */
export async function fetchIfChanged(url: string, known: Validators, options: FetchOptions = {}): Promise<ConditionalFetch> {
  const headers: Record<string, string> = {};
  if (known.etag) headers['if-none-match'] = known.etag;
  if (known.lastModified) headers['if-modified-since'] = known.lastModified;
  return exchange(url, options, headers, async (response, current, maxBytes) => {
    if (response.status === 304) {
      await response.body?.cancel();
      return { notModified: true, finalUrl: current.href };
    }
    const fetched = await readText(response, current, maxBytes);
    return { notModified: false, ...fetched, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  });
}

/** Follows redirects within the limits, then hands the final response to `read`; errors become one-line QariErrors. */
async function exchange<T>(
  url: string,
  options: FetchOptions,
  headers: Record<string, string>,
  read: (response: Response, current: URL, maxBytes: number) => Promise<T>,
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let current = parseHttpUrl(url);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, { redirect: 'manual', signal, headers: { ...requestHeaders(), ...headers } });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new QariError(t('errRedirectWithoutLocation', { status: response.status, url: current.href }), EXIT_UNREADABLE);
        if (redirects >= (options.maxRedirects ?? DEFAULT_MAX_REDIRECTS)) {
          throw new QariError(t('errTooManyRedirects', { url, count: redirects }), EXIT_UNREADABLE);
        }
        current = parseHttpUrl(new URL(location, current).href);
        continue;
      }
      return await read(response, current, maxBytes);
    }
  } catch (error) {
    if (error instanceof QariError) throw error;
    if (options.signal?.aborted) throw new QariError(t('errFetch', { url: current.href, reason: t('netCancelled') }), EXIT_UNREADABLE);
    if (signal.aborted) throw new QariError(t('errTimedOut', { url: current.href, time: formatSeconds(timeoutMs) }), EXIT_UNREADABLE);
    throw new QariError(t('errFetch', { url: current.href, reason: networkCause(error, current) }), EXIT_UNREADABLE);
  }
}

async function readText(response: Response, current: URL, maxBytes: number): Promise<Fetched> {
  if (!response.ok) {
    await response.body?.cancel();
    // node:http only for its reason phrases, and only now: loading it costs every start-up ~10 ms.
    const reason = response.statusText || (await import('node:http')).STATUS_CODES[response.status] || 'error';
    throw new QariError(t('errHttp', { status: response.status, reason, url: current.href }), EXIT_UNREADABLE);
  }
  const contentType = mediaType(response.headers.get('content-type'));
  if (!isTextual(contentType)) {
    await response.body?.cancel();
    throw new QariError(t('errNotTextUrl', { url: current.href, type: contentType }), EXIT_USAGE);
  }
  // The body stream is already decompressed (gzip, br, deflate), so the limit counts what a
  // compressed "bomb" expands to, not what crossed the network.
  const bytes = await readLimited(response, maxBytes, current.href);
  const decoded = decodeBody(bytes, response.headers.get('content-type') ?? '', current.href);
  return { text: decoded.text, contentType, finalUrl: current.href, warnings: decoded.warnings };
}

export function defaultTimeoutMs(): number {
  const seconds = Number(process.env.QARI_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
}

export function isHttpUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

function parseHttpUrl(spec: string): URL {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new QariError(t('errInvalidUrl', { spec }), EXIT_USAGE);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new QariError(t('errOnlyHttp', { spec }), EXIT_USAGE);
  }
  return url;
}

function requestHeaders(): Record<string, string> {
  return { 'user-agent': `qari/${qariPackage().version} (+terminal news reader)`, accept: ACCEPT };
}

function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Text, HTML and XML are read; an absent or generic type is read too and left to decodeBytes to
 * refuse if the bytes are binary (servers label Markdown and text files application/octet-stream).
 * Images, audio, video, PDFs, archives and the like are refused before their body is downloaded.
 */
function isTextual(type: string): boolean {
  return (
    type === '' ||
    type.startsWith('text/') ||
    type === 'application/octet-stream' ||
    type === 'application/xhtml+xml' ||
    type === 'application/xml' ||
    type.endsWith('+xml') ||
    type === 'application/json' ||
    type.endsWith('+json')
  ) && type !== 'image/svg+xml';
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = (): QariError => new QariError(t('errFetchTooLarge', { url, limit: formatBytes(maxBytes) }), EXIT_UNREADABLE);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The system error behind undici's bare "fetch failed", in words. */
function networkCause(error: unknown, url: URL): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return t('netHostNotFound', { host: url.hostname });
    case 'ECONNREFUSED':
      return t('netRefused');
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return t('netReset');
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return t('netTimedOut');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return t('netUnreachable');
    default:
      if (code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS/.test(code)) return t('netTls', { code });
      return rootMessage(error);
  }
}

function errorCode(error: unknown): string | null {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    // Several addresses (IPv4 and IPv6) failing together arrive as an AggregateError.
    if (cause instanceof AggregateError) return errorCode(cause.errors[0]);
  }
  return null;
}

function rootMessage(error: unknown): string {
  let cause = error;
  while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
  return cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
