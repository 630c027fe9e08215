// The subscribed feeds, in <config dir>/news/feeds.json:
//   {"version": 1, "feeds": [{url, title, category, site, addedAt, etag, lastModified, lastRefresh, error}]}
import path from 'node:path';
import { t } from '../i18n/index.js';
import { moveAside, readJsonFile, removeAbandonedTemporaries, updateJsonFile, type LoadedJson } from './json-file.js';

export interface Subscription {
  /** The feed's address as subscribed (the key). */
  url: string;
  /** The feed's own title, sanitized; null until known. */
  title: string | null;
  /** The OPML folder it came from, if any ("News/Gulf"). */
  category: string | null;
  /** The web site the feed is of (OPML's htmlUrl, else the feed's own link), if known. */
  site: string | null;
  addedAt: string;
  /** Validators of the last full fetch, sent back to get "304 Not Modified". */
  etag: string | null;
  lastModified: string | null;
  /** ISO time of the last successful fetch (a 304 counts). */
  lastRefresh: string | null;
  /** Why the last fetch failed (one line), or null. */
  error: string | null;
}

export function newsDirectory(configDir: string): string {
  return path.join(configDir, 'news');
}

export function subscriptionsFile(configDir: string): string {
  return path.join(newsDirectory(configDir), 'feeds.json');
}

export interface LoadedSubscriptions {
  feeds: Subscription[];
  warnings: string[];
}

/** The subscriptions; a corrupt file is moved aside (what was valid in it is kept). Never throws. */
export function loadSubscriptions(configDir: string): LoadedSubscriptions {
  const file = subscriptionsFile(configDir);
  let loaded: LoadedJson;
  try {
    loaded = readJsonFile(file);
  } catch (error) {
    return { feeds: [], warnings: [t('newsCannotReadSubscriptions', { file, reason: describe(error) })] };
  }
  const parsed = parseSubscriptions(loaded);
  if (parsed.problem === null) return { feeds: parsed.feeds, warnings: [] };
  // Moving aside and writing back what was valid happens under the lock, like every change.
  try {
    const { feeds, warnings } = updateSubscriptions(configDir, (current) => current);
    return { feeds, warnings };
  } catch (error) {
    return { feeds: parsed.feeds, warnings: [t('newsSubscriptionsUnrepairable', { file, problem: parsed.problem, reason: describe(error) })] };
  }
}

/**
 * Changes the subscriptions under the lock: `change` gets what is on disk now (so subscriptions
 * other processes made meanwhile are kept) and returns the new list. Throws file system errors.
 */
export function updateSubscriptions(configDir: string, change: (feeds: Subscription[]) => Subscription[]): LoadedSubscriptions {
  const file = subscriptionsFile(configDir);
  removeAbandonedTemporaries(path.dirname(file));
  return updateJsonFile(file, (loaded) => {
    const warnings: string[] = [];
    const parsed = parseSubscriptions(loaded);
    if (parsed.problem !== null) {
      const target = moveAside(file);
      warnings.push(t('newsSubscriptionsMovedAside', { problem: parsed.problem, target, count: parsed.feeds.length }));
    }
    const feeds = change(parsed.feeds);
    return { value: { version: 1, feeds }, result: { feeds, warnings } };
  });
}

/** Records one feed's outcome without touching the others (or a feed unsubscribed meanwhile). */
export function updateSubscription(configDir: string, url: string, change: (feed: Subscription) => Subscription): void {
  updateSubscriptions(configDir, (feeds) => feeds.map((feed) => (feed.url === url ? change(feed) : feed)));
}

export function newSubscription(url: string, title: string | null, category: string | null, site: string | null = null): Subscription {
  return { url, title, category, site, addedAt: new Date().toISOString(), etag: null, lastModified: null, lastRefresh: null, error: null };
}

function parseSubscriptions(loaded: LoadedJson): { feeds: Subscription[]; problem: string | null } {
  if (loaded.status === 'missing') return { feeds: [], problem: null };
  if (loaded.status === 'corrupt') return { feeds: [], problem: loaded.reason };
  const root = loaded.value;
  const list = isObject(root) ? root.feeds : undefined;
  if (!Array.isArray(list)) return { feeds: [], problem: t('newsNoFeedsList') };
  const feeds: Subscription[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  for (const entry of list) {
    const feed = asSubscription(entry);
    if (!feed || seen.has(feed.url)) invalid++;
    else {
      seen.add(feed.url);
      feeds.push(feed);
    }
  }
  return { feeds, problem: invalid > 0 ? t(invalid === 1 ? 'newsInvalidEntriesOne' : 'newsInvalidEntriesMany', { count: invalid }) : null };
}

function asSubscription(value: unknown): Subscription | null {
  if (!isObject(value) || typeof value.url !== 'string' || !/^https?:\/\//i.test(value.url)) return null;
  const text = (field: unknown) => (typeof field === 'string' ? field : null);
  return {
    url: value.url,
    title: text(value.title),
    category: text(value.category),
    site: text(value.site),
    addedAt: text(value.addedAt) ?? new Date(0).toISOString(),
    etag: text(value.etag),
    lastModified: text(value.lastModified),
    lastRefresh: text(value.lastRefresh),
    error: text(value.error),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(error: unknown): string {
  const errno = error as NodeJS.ErrnoException | undefined;
  return errno?.code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
}
