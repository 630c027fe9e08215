// The News list: every stored item of every subscribed feed, newest first, opened like a feed item.
import type { ArticleList } from '../article/model.js';
import type { FeedEntry } from '../sources/feed.js';
import { t } from '../i18n/index.js';
import { contentKey } from '../sources/key.js';
import { listItem, sameTitle } from '../sources/list-item.js';
import { entryOfFragment, feedItemLocation } from '../sources/feed-item.js';
import { articleWithoutNetwork, openFeedEntry, type OpenOptions, type Opened } from '../sources/open.js';
import { savedPages } from '../sources/cache.js';
import { newestFirst, readStoredFeed, rememberItemKey, type StoredItem } from './items.js';
import { indexStoredItems, refreshFeeds, storedEntry, type RefreshProgress, type RefreshSummary } from './refresh.js';
import { readJsonFile } from './json-file.js';
import { loadSubscriptions, subscriptionsFile, type Subscription } from './subscriptions.js';

type OpenedList = Extract<Opened, { kind: 'list' }>;

/** What the News list can do besides opening an item. */
export interface NewsActions {
  /** Fetches every feed (the list stays usable meanwhile); `onProgress` after each feed. */
  refresh(onProgress: (progress: RefreshProgress) => void, signal: AbortSignal): Promise<RefreshSummary>;
  /** The list as stored now (after a refresh, here or in another qari). */
  reload(): Promise<OpenedList>;
}

export const NEWS_TITLE = 'News';

export async function openNews(options: OpenOptions): Promise<OpenedList> {
  const { configDir } = options;
  const { feeds, warnings } = loadSubscriptions(configDir);
  const entries = collectEntries(configDir, feeds);
  const progressOf = options.progressOf ?? (() => 0);
  const saved = await savedPages(configDir);
  const items = await Promise.all(entries.map(async ({ entry, stored, location }) => {
    return listItem({ title: entry.title, source: entry.source, date: entry.date, location, progress: await progressOfItem(entry, stored, progressOf, configDir, saved) });
  }));
  const list: ArticleList = { kind: 'news', title: NEWS_TITLE, items };
  const failing = feeds.filter((feed) => feed.error !== null);
  if (failing.length > 0) warnings.push(failingLine(failing));
  return {
    kind: 'list',
    list,
    warnings,
    open: async (index) => {
      const found = entries[index];
      if (!found) throw new RangeError(`no item ${index} in a list of ${entries.length}`);
      const opened = await openFeedEntry(found.entry, found.feedUrl, options);
      // What was read last is what the list shows the progress of (the page, or offline its summary).
      const key = opened.kind === 'article' ? contentKey(opened.article) : null;
      if (key !== null && key !== found.stored.key) {
        try {
          rememberItemKey(configDir, found.feedUrl, found.stored.id, key);
          found.stored.key = key;
        } catch {
          // Only a shortcut for showing progress: without it the saved page is parsed again.
        }
      }
      return opened;
    },
    // Items stored while the index could not take them (a refresh killed before it got to them).
    indexItems: async (indexOptions) => {
      for (const feed of feeds) {
        if (indexOptions.signal?.aborted) return;
        await indexStoredItems(configDir, feed.url, indexOptions);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    news: {
      refresh: (onProgress, signal) => refreshFeeds(configDir, { onProgress, signal }),
      reload: () => openNews(options),
    },
  };
}

/** Whether there are subscriptions (so `qari` alone opens the News list). Cheap: one small file. */
export function hasSubscriptions(configDir: string): boolean {
  let loaded;
  try {
    loaded = readJsonFile(subscriptionsFile(configDir));
  } catch {
    return false;
  }
  // A corrupt file opens the News list too, which repairs it and says so.
  if (loaded.status !== 'ok') return loaded.status === 'corrupt';
  const feeds = (loaded.value as { feeds?: unknown } | null)?.feeds;
  return !Array.isArray(feeds) || feeds.length > 0;
}

interface Entry {
  entry: FeedEntry;
  stored: StoredItem;
  feedUrl: string;
  location: string;
}

function collectEntries(configDir: string, feeds: readonly Subscription[]): Entry[] {
  const all: Entry[] = [];
  for (const feed of feeds) {
    const stored = readStoredFeed(configDir, feed.url);
    const source = feed.title ?? stored.title;
    for (const item of stored.items) {
      all.push({ entry: storedEntry(item, source), stored: item, feedUrl: feed.url, location: feedItemLocation(feed.url, item) });
    }
  }
  return all.sort((a, b) => newestFirst(a.stored, b.stored) || a.entry.title.localeCompare(b.entry.title));
}


/**
 * From the key saved with the item (its own text, or what it opened to), else from its saved web
 * page if there is one. An item without a key carries only a summary (see storeFeedItems), so
 * nothing is parsed for the many items never opened.
 */
async function progressOfItem(
  entry: FeedEntry,
  stored: StoredItem,
  progressOf: (key: string) => number,
  configDir: string,
  saved: (url: string) => boolean,
): Promise<number> {
  if (stored.key) return progressOf(stored.key);
  if (!entry.link || !saved(entry.link)) return 0;
  const article = await articleWithoutNetwork(entry, configDir);
  return article ? progressOf(contentKey(article)) : 0;
}

function failingLine(failing: readonly Subscription[]): string {
  const first = failing[0];
  const values = { count: failing.length, feed: first.title ?? first.url, error: first.error ?? '', more: failing.length - 1 };
  return t(failing.length === 1 ? 'newsFailingOne' : 'newsFailingMany', values);
}

/** How many items a feed has stored, and how many of them are unread (for --feeds). */
export async function feedCounts(configDir: string, feed: Subscription, progressOf: (key: string) => number): Promise<{ items: number; unread: number }> {
  const stored = readStoredFeed(configDir, feed.url);
  const source = feed.title ?? stored.title;
  const saved = await savedPages(configDir);
  const progress = await Promise.all(stored.items.map((item) => progressOfItem(storedEntry(item, source), item, progressOf, configDir, saved)));
  return { items: stored.items.length, unread: progress.filter((fraction) => fraction <= 0).length };
}

/**
 * The stored item of a subscribed feed at `location` (its link, or its feed's address with its id);
 * with `title`, also an item without a link that older qari indexed under its feed's own address.
 */
export function findStoredItem(configDir: string, location: string, title?: string): { entry: FeedEntry; feedUrl: string } | null {
  const { feeds } = loadSubscriptions(configDir);
  const feed = title === undefined ? undefined : feeds.find((candidate) => candidate.url === location);
  if (feed && title !== undefined) {
    const stored = readStoredFeed(configDir, feed.url);
    const item = stored.items.find((candidate) => !candidate.link && sameTitle(candidate.title, title)) ?? stored.items.find((candidate) => sameTitle(candidate.title, title));
    return item ? { entry: storedEntry(item, feed.title ?? stored.title), feedUrl: feed.url } : null;
  }
  const named = (feed: Subscription) => location.startsWith(`${feed.url}#`);
  // An item without a link is named after its feed (with its id as the fragment): look there first.
  for (const feed of [...feeds.filter(named), ...feeds.filter((feed) => !named(feed))]) {
    const stored = readStoredFeed(configDir, feed.url);
    const item = named(feed)
      ? entryOfFragment(stored.items.filter((candidate) => !candidate.link), location.slice(feed.url.length + 1))
      : stored.items.find((candidate) => candidate.link === location);
    if (item) return { entry: storedEntry(item, feed.title ?? stored.title), feedUrl: feed.url };
  }
  return null;
}
