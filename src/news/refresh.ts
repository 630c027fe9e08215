// Fetching subscribed feeds: a few at a time, conditional requests, every feed committed on its
// own as soon as it is fetched, and a failing feed recorded with its error without stopping the rest.
import { EXIT_USAGE, QariError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { FeedEntry } from '../sources/feed.js';
import type { IndexFeedOptions } from '../index/hooks.js';
import { fetchIfChanged, type FetchOptions, type Validators } from '../sources/fetch.js';
import { formatOfResponse } from '../sources/formats.js';
import { contentKey } from '../sources/key.js';
import { displayLine } from '../sources/list-item.js';
import { readStoredFeed, storeFeedItems, type StoredItem } from './items.js';
import { loadSubscriptions, updateSubscription, type Subscription } from './subscriptions.js';

/** Feeds fetched at once: enough to hide latency, few enough to be polite to one server hosting several. */
export const REFRESH_CONCURRENCY = 4;
/** A feed larger than this is refused (a whole-text feed of 100 articles is a few MB). */
export const FEED_MAX_BYTES = 8 * 1024 * 1024;

export type FeedDocument =
  | { notModified: true }
  | { notModified: false; title: string | null; site: string | null; entries: FeedEntry[]; validators: Validators };

/** Fetches and parses one feed; a document that is not a feed is an error (exit 2). */
export async function fetchFeedDocument(url: string, known: Validators, options: FetchOptions = {}): Promise<FeedDocument> {
  const fetched = await fetchIfChanged(url, known, { maxBytes: FEED_MAX_BYTES, ...options });
  if (fetched.notModified) return { notModified: true };
  const format = formatOfResponse(fetched.contentType, fetched.finalUrl, fetched.text);
  if (format !== 'feed') {
    // A site's page given for its feed: say which feed it names.
    const named = format === 'html' ? (await import('../sources/feed-discovery.js')).feedLinksOf(fetched.text, fetched.finalUrl)[0] : undefined;
    throw new QariError(named ? t('errPageNamesFeed', { location: url, feed: named }) : t('errNotFeed', { location: url }), EXIT_USAGE);
  }
  const { parseFeed } = await import('../sources/feed.js');
  const { list, entries, site } = parseFeed(fetched.text, fetched.finalUrl);
  return { notModified: false, title: list.title, site, entries, validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
}

export interface FeedOutcome {
  url: string;
  title: string | null;
  added: number;
  /** One line, without the "qari: " prefix; null on success. */
  error: string | null;
}

export interface RefreshProgress {
  done: number;
  total: number;
  added: number;
  failed: number;
  /** The feed just finished. */
  last: FeedOutcome;
}

export interface RefreshSummary {
  total: number;
  added: number;
  failed: FeedOutcome[];
  warnings: string[];
}

export interface RefreshOptions {
  fetch?: FetchOptions;
  onProgress?: (progress: RefreshProgress) => void;
  concurrency?: number;
  /** Stops the refresh: feeds not yet finished are left as they were. */
  signal?: AbortSignal;
}

/** Fetches every subscription; never throws for a feed's failure (it is recorded on the feed). */
export async function refreshFeeds(configDir: string, options: RefreshOptions = {}): Promise<RefreshSummary> {
  const { feeds, warnings } = loadSubscriptions(configDir);
  const summary: RefreshSummary = { total: feeds.length, added: 0, failed: [], warnings: [...warnings] };
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < feeds.length && !options.signal?.aborted) {
      const outcome = await refreshFeed(configDir, feeds[next++], { ...options.fetch, signal: options.signal }, summary.warnings);
      if (options.signal?.aborted) return;
      done++;
      summary.added += outcome.added;
      if (outcome.error !== null) summary.failed.push(outcome);
      options.onProgress?.({ done, total: feeds.length, added: summary.added, failed: summary.failed.length, last: outcome });
      // The feed is shown done (its new items listed) before its items are indexed.
      if (outcome.error === null) await indexStoredItems(configDir, outcome.url, { signal: options.signal, report: (message) => summary.warnings.push(message) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? REFRESH_CONCURRENCY, feeds.length) }, worker));
  return summary;
}

/** "N feeds, M new items, K failed": the --refresh line and the end of `r` in the News list. */
export function summaryLine(summary: Pick<RefreshSummary, 'total' | 'added'> & { failed: number }): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(summary.total, 'feed')}, ${plural(summary.added, 'new item')}, ${summary.failed} failed`;
}

async function refreshFeed(configDir: string, feed: Subscription, fetchOptions: FetchOptions, warnings: string[]): Promise<FeedOutcome> {
  try {
    // Without stored items (never fetched, or removed) a 304 would leave nothing to show.
    const stored = readStoredFeed(configDir, feed.url).items.length > 0;
    const document = await fetchFeedDocument(feed.url, stored ? feed : { etag: null, lastModified: null }, fetchOptions);
    const now = new Date().toISOString();
    if (document.notModified) {
      updateSubscription(configDir, feed.url, (current) => ({ ...current, lastRefresh: now, error: null }));
      return { url: feed.url, title: feed.title, added: 0, error: null };
    }
    const added = await storeEntries(configDir, feed.url, document.title, document.entries, warnings);
    updateSubscription(configDir, feed.url, (current) => ({
      ...current,
      title: document.title ?? current.title,
      site: current.site ?? document.site,
      ...document.validators,
      lastRefresh: now,
      error: null,
    }));
    return { url: feed.url, title: document.title ?? feed.title, added, error: null };
  } catch (error) {
    const message = oneLine(error);
    if (fetchOptions.signal?.aborted) return { url: feed.url, title: feed.title, added: 0, error: message };
    try {
      updateSubscription(configDir, feed.url, (current) => ({ ...current, error: message }));
    } catch (saveError) {
      warnings.push(t('newsCannotRecordFailure', { url: feed.url, reason: oneLine(saveError) }));
    }
    return { url: feed.url, title: feed.title, added: 0, error: message };
  }
}

/** Commits a feed's items (see indexStoredItems for the index). Returns how many were new. */
export async function storeEntries(configDir: string, feedUrl: string, title: string | null, entries: FeedEntry[], warnings: string[]): Promise<number> {
  const { feedEntryToArticle, hasFullText } = await import('../sources/feed.js');
  const keyOf = (entry: FeedEntry) => {
    const article = feedEntryToArticle(entry);
    return hasFullText(article) || !entry.link ? contentKey(article) : null;
  };
  const { added, warnings: storeWarnings } = storeFeedItems(configDir, feedUrl, title, entries, keyOf);
  warnings.push(...storeWarnings);
  return added.length;
}

/**
 * Hands every stored item of a feed to the index, which skips those it has: the new ones, and any
 * a killed refresh stored without indexing (so the next refresh carries on, even on a 304).
 */
export async function indexStoredItems(configDir: string, feedUrl: string, options: IndexFeedOptions): Promise<void> {
  const stored = readStoredFeed(configDir, feedUrl);
  if (stored.items.length === 0) return;
  const [{ indexFeedItems }, { feedEntriesToIndex }] = await Promise.all([import('../index/hooks.js'), import('../sources/feed-item.js')]);
  const entries = stored.items.map((item) => storedEntry(item, stored.title));
  await indexFeedItems(configDir, await feedEntriesToIndex(feedUrl, entries), options);
}

/** A stored item as the feed entry it was. */
export function storedEntry(item: StoredItem, source: string | null): FeedEntry {
  return { id: item.id, title: item.title, link: item.link, date: item.date, source, author: item.author, html: item.html, language: item.language };
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return displayLine(message.replace(/^qari: /, ''));
}
