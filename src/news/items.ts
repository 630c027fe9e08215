// Feed items kept for offline reading, one file per feed in <config dir>/news/items/, so a refresh
// commits feed by feed: a killed refresh keeps every feed it finished.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { FeedEntry } from '../sources/feed.js';
import { feedItemId, MAX_ITEM_HTML_CHARS } from '../sources/feed-item.js';
import { t } from '../i18n/index.js';
import { moveAside, readJsonFile, removeAbandonedTemporaries, updateJsonFile, type LoadedJson } from './json-file.js';
import { newsDirectory } from './subscriptions.js';

export interface StoredItem {
  /** The feed's id for it (guid, Atom id), else its link, else a hash of its text. */
  id: string;
  title: string;
  link: string | null;
  date: string | null;
  author: string | null;
  /** The item's HTML body (full text or summary); '' when the feed has none or it was too large to keep. */
  html: string;
  language: string | null;
  /** When qari first saw it: orders undated items, and tells new ones. */
  firstSeen: string;
  /** The content key (for reading progress) when the item's own text is what opens; else null. */
  key: string | null;
}

export interface StoredFeed {
  url: string;
  title: string | null;
  items: StoredItem[];
}

/** Items kept per feed: those it lists now (its first ones, if more), then the newest of the older ones. */
export const MAX_ITEMS_PER_FEED = 500;

export function itemsDirectory(configDir: string): string {
  return path.join(newsDirectory(configDir), 'items');
}

function itemsFile(configDir: string, feedUrl: string): string {
  return path.join(itemsDirectory(configDir), `${createHash('sha256').update(feedUrl).digest('hex').slice(0, 32)}.json`);
}

/** A feed's stored items (none when never fetched). A corrupt file counts as empty: the next refresh replaces it. */
export function readStoredFeed(configDir: string, feedUrl: string): StoredFeed {
  let loaded: LoadedJson;
  try {
    loaded = readJsonFile(itemsFile(configDir, feedUrl));
  } catch {
    loaded = { status: 'missing' };
  }
  return parseStoredFeed(loaded, feedUrl) ?? { url: feedUrl, title: null, items: [] };
}

export interface MergeResult {
  /** Items not stored before. */
  added: StoredItem[];
  warnings: string[];
}

/**
 * Stores what a feed lists now, merged under the lock with what is stored (another process may have
 * refreshed meanwhile): known items are updated, new ones added, the oldest beyond the bound dropped.
 */
export function storeFeedItems(
  configDir: string,
  feedUrl: string,
  feedTitle: string | null,
  entries: readonly FeedEntry[],
  keyOf: (entry: FeedEntry) => string | null,
): MergeResult {
  const file = itemsFile(configDir, feedUrl);
  removeAbandonedTemporaries(path.dirname(file));
  return updateJsonFile(file, (loaded) => {
    const warnings: string[] = [];
    let stored = parseStoredFeed(loaded, feedUrl);
    if (!stored) {
      if (loaded.status !== 'missing') warnings.push(t('newsItemsCorrupt', { url: feedUrl, target: moveAside(file) }));
      stored = { url: feedUrl, title: null, items: [] };
    }
    const known = new Map(stored.items.map((item) => [item.id, item]));
    const now = new Date().toISOString();
    const current: StoredItem[] = [];
    const added: StoredItem[] = [];
    const seen = new Set<string>();
    // A feed listing more than the bound keeps its first ones (feeds list the newest first).
    for (const entry of entries.slice(0, MAX_ITEMS_PER_FEED)) {
      const id = feedItemId(entry);
      if (seen.has(id)) continue;
      seen.add(id);
      const html = entry.html.length > MAX_ITEM_HTML_CHARS ? '' : entry.html;
      const before = known.get(id);
      const unchanged = before && before.html === html && before.title === entry.title;
      const item: StoredItem = {
        id,
        title: entry.title,
        link: entry.link,
        date: entry.date,
        author: entry.author,
        html,
        language: entry.language,
        firstSeen: before?.firstSeen ?? now,
        key: unchanged ? before.key : keyOf({ ...entry, html }),
      };
      current.push(item);
      if (!before) added.push(item);
    }
    const older = stored.items.filter((item) => !seen.has(item.id)).sort(newestFirst);
    const kept = [...current, ...older.slice(0, Math.max(0, MAX_ITEMS_PER_FEED - current.length))];
    const value: StoredFeed = { url: feedUrl, title: feedTitle ?? stored.title, items: kept };
    return { value: { version: 1, ...value }, result: { added, warnings } };
  });
}

/**
 * Remembers the content key of what an item opened to (its web page, for a feed that carries only
 * summaries), so the News list shows its progress without parsing the saved page again.
 */
export function rememberItemKey(configDir: string, feedUrl: string, itemId: string, key: string): void {
  const file = itemsFile(configDir, feedUrl);
  updateJsonFile(file, (loaded) => {
    const stored = parseStoredFeed(loaded, feedUrl);
    if (!stored) return { value: undefined, result: undefined }; // gone or corrupt: the next refresh deals with it
    const items = stored.items.map((item) => (item.id === itemId ? { ...item, key } : item));
    return { value: { version: 1, ...stored, items }, result: undefined };
  });
}

export function removeStoredFeed(configDir: string, feedUrl: string): void {
  fs.rmSync(itemsFile(configDir, feedUrl), { force: true });
}

/** Newest first: by the feed's date, else when first seen. */
export function newestFirst(a: StoredItem, b: StoredItem): number {
  return sortTime(b) - sortTime(a);
}

export function sortTime(item: StoredItem): number {
  const time = Date.parse(item.date ?? '');
  return Number.isNaN(time) ? Date.parse(item.firstSeen) || 0 : time;
}


function parseStoredFeed(loaded: LoadedJson, feedUrl: string): StoredFeed | null {
  if (loaded.status !== 'ok') return null;
  const root = loaded.value as Partial<StoredFeed> | null;
  if (typeof root !== 'object' || root === null || !Array.isArray(root.items)) return null;
  const items = root.items.filter(isStoredItem);
  if (items.length !== root.items.length) return null;
  return { url: feedUrl, title: typeof root.title === 'string' ? root.title : null, items };
}

function isStoredItem(value: unknown): value is StoredItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  const textOrNull = (field: unknown) => field === null || typeof field === 'string';
  return (
    typeof item.id === 'string' &&
    typeof item.title === 'string' &&
    typeof item.html === 'string' &&
    typeof item.firstSeen === 'string' &&
    [item.link, item.date, item.author, item.language, item.key].every(textOrNull)
  );
}
