import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { t } from '../i18n/index.js';
import { join, resolve } from 'node:path';
import type { Article, ArticleList, Direction, ListItem } from '../article/model.js';
import { EXIT_UNREADABLE, QariError } from '../errors.js';
import { readCachedPage } from './cache.js';
import { decodeBody } from './charset.js';
import type { FeedEntry } from './feed.js';
import { isHttpUrl } from './fetch.js';
import { articleFromText, formatOfPath, formatOfResponse, sniffFormat, type Format } from './formats.js';
import { contentKey } from './key.js';
import { libraryTitle, scanLibrary, type KnownFiles } from './library.js';
import { DEFAULT_MAX_BYTES, FILE_MAX_BYTES, formatBytes } from './limits.js';
import { listItem, sameTitle } from './list-item.js';
import { fileError, readLocalDocument } from './local-file.js';
import { qariPackage } from '../package-root.js';
import { openProgressively, PROGRESSIVE_MIN_BYTES, type ArticleLoading } from './progressive.js';
import { fetchWithCache } from './remote.js';
import type { NewsActions } from '../news/news-list.js';
import type { IndexFeedOptions } from '../index/hooks.js';
import { entryOfFragment, feedItemLocation } from './feed-item.js';

export type Opened =
  | {
      kind: 'article';
      article: Article;
      location: string;
      warnings: string[];
      /** Set when `article` is only the first part of a big file, and this loads the whole. */
      loading?: ArticleLoading;
    }
  | {
      kind: 'list';
      list: ArticleList;
      open(index: number): Promise<Opened>;
      warnings: string[];
      news?: NewsActions;
      /** Set when only the list's first rows are in order (`firstRows`): orders the rest of `list.items` in place. */
      finishOrder?: () => void;
      /** A feed's or the News list's items into the index (those not there yet), for the reader to run after its first screen. */
      indexItems?: (options: IndexFeedOptions) => Promise<void>;
      /**
       * Set when `list` holds only a library's first rows, from the index (`libraryHead`): how many
       * items the whole list is expected to have, which way the whole list reads (remembered with its
       * order), and what lists the whole (checking the directory).
       */
      rest?: { total: number; direction: Direction; load: () => Promise<Opened> };
      /** Set when the index holds every file of a library as it is: nothing to index in the background. */
      indexed?: boolean;
    };

/** A library's first rows from the index, for the reader's first screen (see Opened's `rest`). */
export interface LibraryHead {
  items: ListItem[];
  total: number;
  direction: Direction;
  /** What the whole list is then made with: every file checked against the index. */
  known: () => KnownFiles | undefined;
}

export interface OpenOptions {
  /** Where the offline copies of fetched pages live (in its cache/ folder). */
  configDir: string;
  stdin?: NodeJS.ReadableStream;
  timeoutMs?: number;
  /** Limit for fetched bodies, standard input and files. Default 20 MB (256 MB for local files). */
  maxBytes?: number;
  /** Reading progress (0..1) of an article by its contentKey, shown in library and feed lists. */
  progressOf?: (contentKey: string) => number;
  /** A big plain-text file may open with its first part while the rest loads (for the reader, not --print). */
  progressive?: boolean;
  /** Titles and keys of library files known unchanged (from the index), so they are not read again. */
  knownFiles?: KnownFiles;
  /** A library's first rows straight from the index, when it can give them (the reader's first screen). */
  libraryHead?: (dir: string) => LibraryHead | null;
  /** A library list may come with only this many first items in order, the rest ordered by `finishOrder` (the reader's first screen). */
  firstRows?: number;
}

export const BUNDLED_ARTICLE = join('data', 'alkawthar-iran-iraq-interior-ministers.txt');

/**
 * Opens what the command line names: nothing (the bundled article), `-` (standard input), an
 * http(s) URL (a page, a text, or a feed), a directory (a library) or a file. Problems the reader
 * should know about come back as warnings; failures are QariErrors. Nothing is printed here.
 */
export async function openSource(spec: string | undefined, options: OpenOptions): Promise<Opened> {
  if (spec === undefined) return (await openNewsIfSubscribed(options)) ?? openFile(join(qariPackage().root, BUNDLED_ARTICLE), options);
  if (spec === '-') return openStdin(options);
  if (isHttpUrl(spec)) return /#./.test(spec) ? openUrlWithFragment(spec, options) : openUrl(spec, options);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(spec)).isDirectory();
  } catch (error) {
    const item = /#./.test(spec) ? await openFeedFileItem(spec, options) : null;
    if (item) return item;
    const failure = fileError(spec, error);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && looksLikeWebAddress(spec)) {
      throw new QariError(t('errWebPageHint', { message: failure.message, spec }), failure.exitCode);
    }
    throw failure;
  }
  return isDirectory ? openLibrary(spec, options) : openFile(spec, options);
}

/** With subscriptions, no SOURCE means the News list (its modules load only then). */
async function openNewsIfSubscribed(options: OpenOptions): Promise<Opened | null> {
  if (!existsSync(join(options.configDir, 'news', 'feeds.json'))) return null;
  const news = await import('../news/news-list.js');
  return news.hasSubscriptions(options.configDir) ? news.openNews(options) : null;
}

async function openFile(path: string, options: OpenOptions): Promise<Opened> {
  const maxBytes = options.maxBytes ?? FILE_MAX_BYTES;
  if (options.progressive && (formatOfPath(path) ?? 'plain') === 'plain') {
    const size = await stat(path).then((info) => (info.isFile() ? info.size : 0), () => 0);
    const opened = size >= PROGRESSIVE_MIN_BYTES && size <= maxBytes ? await openProgressively(path, size) : null;
    if (opened) return { kind: 'article', article: opened.article, location: path, warnings: [], loading: opened.loading };
  }
  const document = await readLocalDocument(path, maxBytes);
  return openText(document.text, document.format, path, document.warnings, options);
}

async function openStdin(options: OpenOptions): Promise<Opened> {
  const stdin = options.stdin ?? process.stdin;
  const { text, warnings } = decodeBody(await readAll(stdin, options.maxBytes ?? DEFAULT_MAX_BYTES), '', 'standard input');
  return openText(text, sniffFormat(text) ?? 'plain', '-', warnings, options);
}

async function openUrl(url: string, options: OpenOptions): Promise<Opened> {
  let fetched: Awaited<ReturnType<typeof fetchWithCache>>;
  try {
    fetched = await fetchWithCache(url, options.configDir, options);
  } catch (error) {
    // Offline (or the page is gone), a subscribed feed's item at that address is still kept.
    if (!(error instanceof QariError)) throw error;
    const kept = await storedItemAt(url, options.configDir);
    if (!kept) throw error;
    return kept.offline(error);
  }
  const format = formatOfResponse(fetched.contentType, fetched.finalUrl, fetched.text);
  return openText(fetched.text, format, url, fetched.warnings, options, fetched.finalUrl);
}

/**
 * `https://site/feed.xml#id` is that item of the feed (as the index names an item without a link):
 * from the items kept for a subscription, else from the feed fetched. Any other page with a
 * fragment is that page.
 */
async function openUrlWithFragment(spec: string, options: OpenOptions): Promise<Opened> {
  const stored = await storedItemAt(spec, options.configDir);
  if (stored) return stored.open(options);
  const at = spec.indexOf('#');
  const [base, fragment] = [spec.slice(0, at), spec.slice(at + 1)];
  const fetched = await fetchWithCache(base, options.configDir, options);
  const format = formatOfResponse(fetched.contentType, fetched.finalUrl, fetched.text);
  if (format !== 'feed') return openText(fetched.text, format, spec, fetched.warnings, options, fetched.finalUrl);
  return openFeedItem(fetched.text, base, fragment, fetched.finalUrl, options);
}

/** `/path/feed.xml#id` (no file has that name): that item of the feed file, or null. */
async function openFeedFileItem(spec: string, options: OpenOptions): Promise<Opened | null> {
  // The id may hold a "#" too: the file is the shortest such prefix that exists.
  for (let at = spec.indexOf('#'); at > 0; at = spec.indexOf('#', at + 1)) {
    const path = spec.slice(0, at);
    const isFile = await stat(path).then((info) => info.isFile(), () => false);
    if (!isFile) continue;
    const document = await readLocalDocument(path, options.maxBytes ?? FILE_MAX_BYTES);
    if (document.format !== 'feed') return null;
    return openFeedItem(document.text, resolve(path), spec.slice(at + 1), undefined, options);
  }
  return null;
}

async function openFeedItem(text: string, feedLocation: string, fragment: string, url: string | undefined, options: OpenOptions): Promise<Opened> {
  const { parseFeed } = await loadFeedReader();
  const entry = entryOfFragment(parseFeed(text, url ?? feedLocation).entries, fragment);
  if (!entry) throw new QariError(t('errFeedItemGone', { feed: feedLocation, id: fragment }), EXIT_UNREADABLE);
  return openFeedEntry(entry, feedLocation, options);
}

/**
 * An article found in the index, by its location: a subscribed feed's item from the items kept
 * for offline reading (by its link or its feed#id), else whatever the location is (a file, a page
 * fetched, a feed's item fetched).
 */
export async function openIndexedLocation(location: string, options: OpenOptions, title?: string): Promise<Opened> {
  const stored = isHttpUrl(location) ? await storedItemAt(location, options.configDir, title) : null;
  if (stored) return stored.open(options);
  const opened = await openSource(location, options);
  if (opened.kind !== 'list' || opened.list.kind !== 'feed' || title === undefined) return opened;
  // Older qari indexed a feed item without a link under the feed's own address: the item of that
  // feed with the title the index has, if the feed still has it.
  const at = opened.list.items.findIndex((item) => sameTitle(item.title, title));
  if (at < 0) throw new QariError(t('notInFeed', { feed: opened.list.title ?? location }), EXIT_UNREADABLE);
  return opened.open(at);
}

/** A subscribed feed's stored item at `location`, when there are subscriptions (their modules load only then). */
async function storedItemAt(location: string, configDir: string, title?: string): Promise<StoredItemOpener | null> {
  if (!existsSync(join(configDir, 'news', 'feeds.json'))) return null;
  const { findStoredItem } = await import('../news/news-list.js');
  const found = findStoredItem(configDir, location, title);
  if (!found) return null;
  return {
    open: (options) => openFeedEntry(found.entry, found.feedUrl, options),
    offline: async (error) => {
      const { feedEntryToArticle, hasFullText } = await loadFeedReader();
      const article = feedEntryToArticle(found.entry);
      const warnings = hasFullText(article) ? [] : [`${error.message}; showing the feed's summary`];
      return { kind: 'article', article, location: feedItemLocation(found.feedUrl, found.entry), warnings };
    },
  };
}

interface StoredItemOpener {
  /** As the News list opens it (a teaser fetches its page). */
  open(options: OpenOptions): Promise<Opened>;
  /** Its kept text, when its page could not be fetched (`error`). */
  offline(error: QariError): Promise<Opened>;
}

async function openLibrary(dir: string, options: OpenOptions): Promise<Opened> {
  const head = options.libraryHead?.(dir);
  if (head) {
    const list: ArticleList = { kind: 'library', title: libraryTitle(dir), items: head.items };
    const whole = { ...options, libraryHead: undefined, firstRows: undefined, knownFiles: head.known() };
    return { kind: 'list', list, warnings: [], open: (index) => openFile(itemAt(list, index).location, options), rest: { total: head.total, direction: head.direction, load: () => openLibrary(dir, whole) } };
  }
  const { list, warnings, finishOrder, indexed } = await scanLibrary(dir, options.progressOf ?? noProgress, options.maxBytes ?? DEFAULT_MAX_BYTES, options.knownFiles, options.firstRows);
  return { kind: 'list', list, warnings, finishOrder, indexed, open: (index) => openFile(itemAt(list, index).location, options) };
}

/** Decoded text at `location` (a path, '-' or a URL; `url` is where it really came from) as an article or a feed. */
async function openText(text: string, format: Format, location: string, warnings: string[], options: OpenOptions, url?: string): Promise<Opened> {
  // A feed file's items are named by its absolute path, so that the index can open them from anywhere.
  if (format === 'feed') return openFeed(text, isHttpUrl(location) || location === '-' ? location : resolve(location), url ?? location, warnings, options);
  const article = await articleFromText(text, format, url ? { url } : {});
  return { kind: 'article', article, location, warnings };
}

/** A feed as a list; `location` names it (and its items without links), `base` resolves its links. */
async function openFeed(xml: string, location: string, base: string, warnings: string[], options: OpenOptions): Promise<Opened> {
  const { parseFeed } = await loadFeedReader();
  const parsed = parseFeed(xml, base);
  const entries = parsed.entries;
  // Items are named by the feed's location (base is where a redirect ended).
  const list = base === location ? parsed.list : { ...parsed.list, items: parsed.list.items.map((item, i) => ({ ...item, location: feedItemLocation(location, entries[i]) })) };
  if (options.progressOf) {
    const progressOf = options.progressOf;
    const known = await Promise.all(entries.map((entry) => articleWithoutNetwork(entry, options.configDir)));
    known.forEach((article, index) => {
      if (article) list.items[index] = listItem({ ...list.items[index], progress: progressOf(contentKey(article)) });
    });
  }
  const indexItems = async (indexOptions: IndexFeedOptions) => {
    const [{ indexFeedItems }, { feedEntriesToIndex }] = await Promise.all([import('../index/hooks.js'), import('./feed-item.js')]);
    await indexFeedItems(options.configDir, await feedEntriesToIndex(location, entries), indexOptions);
  };
  return { kind: 'list', list, warnings, open: (index) => openFeedEntry(entries[indexIn(list, index)], location, options), indexItems };
}

/**
 * A feed item: its own text when the feed carries the whole article, else its web page. If the
 * page cannot be had (and was never saved), the item's summary is better than nothing.
 */
export async function openFeedEntry(entry: FeedEntry, feedLocation: string, options: OpenOptions): Promise<Opened> {
  const { feedEntryToArticle, hasFullText } = await loadFeedReader();
  const own = feedEntryToArticle(entry);
  if (hasFullText(own) || !entry.link) return { kind: 'article', article: own, location: feedItemLocation(feedLocation, entry), warnings: [] };
  try {
    const opened = await openUrl(entry.link, options);
    if (opened.kind === 'article') return opened;
  } catch (error) {
    const hasSummary = own.blocks.some((block) => block.kind === 'paragraph');
    if (!(error instanceof QariError) || !hasSummary) throw error;
    return { kind: 'article', article: own, location: entry.link, warnings: [`${error.message}; showing the feed's summary`] };
  }
  // The link leads to another feed, not to an article: the summary is what there is.
  return { kind: 'article', article: own, location: entry.link, warnings: [] };
}

/** The article an item opens to, when it can be known without the network (for its progress). */
export async function articleWithoutNetwork(entry: FeedEntry, configDir: string): Promise<Article | null> {
  const { feedEntryToArticle, hasFullText } = await loadFeedReader();
  const own = feedEntryToArticle(entry);
  if (hasFullText(own) || !entry.link) return own;
  const saved = await readCachedPage(configDir, entry.link);
  if (!saved) return null;
  const format = formatOfResponse(saved.contentType, saved.finalUrl, saved.text);
  return format === 'feed' ? own : articleFromText(saved.text, format, { url: saved.finalUrl });
}

/** Loaded on first use, like the HTML reader (see articleFromText): most articles are not feeds. */
function loadFeedReader(): Promise<typeof import('./feed.js')> {
  return import('./feed.js');
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += bytes.byteLength;
    if (total > maxBytes) throw new QariError(t('errStdinTooLarge', { limit: formatBytes(maxBytes) }), EXIT_UNREADABLE);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function itemAt(list: ArticleList, index: number): ArticleList['items'][number] {
  return list.items[indexIn(list, index)];
}

function indexIn(list: ArticleList, index: number): number {
  if (!Number.isInteger(index) || index < 0 || index >= list.items.length) {
    throw new RangeError(`no item ${index} in a list of ${list.items.length}`);
  }
  return index;
}

/** "news.example/story" or "www.news.example": a host name, not a file name such as "notes.txt". */
function looksLikeWebAddress(spec: string): boolean {
  const host = /^([\w-]+(?:\.[\w-]+)+)(?:\/|$)/.exec(spec)?.[1];
  if (!host) return false;
  return host.startsWith('www.') || (spec.includes('/') && formatOfPath(host) === null);
}

function noProgress(): number {
  return 0;
}
