// How a feed item is named outside its feed (the index, the News list, the reader). Apart from
// feed.ts so that the News list and the item store need not load the feed parser.
import { createHash } from 'node:crypto';
import type { IndexableItem } from '../index/hooks.js';
import type { FeedEntry } from './feed.js';

/** An item body larger than this is not kept for offline reading, nor read for the index: the item opens by its link. */
export const MAX_ITEM_HTML_CHARS = 512 * 1024;

/** What names an item: the parts of a FeedEntry its identity comes from. */
export interface FeedItemIdentity {
  id: string | null;
  link: string | null;
  title: string;
  html: string;
}

/** The feed's identity for an item: its guid / id, else its link, else a hash of its title and text. */
export function feedItemId(entry: FeedItemIdentity): string {
  return entry.id ?? entry.link ?? `sha256:${createHash('sha256').update(`${entry.title}\u0000${entry.html}`).digest('hex').slice(0, 32)}`;
}

/**
 * Where an item is found again (in the index, the News list, the reader): its link, else the feed's
 * location with the item's id as the fragment (`https://site/feed.xml#id`), which qari opens as
 * that item (see entryOfFragment).
 */
export function feedItemLocation(feedLocation: string, entry: FeedItemIdentity): string {
  return entry.link ?? `${feedLocation}#${feedItemId(entry)}`;
}

/** The entry a location's fragment names (the id as written, or percent-encoded as a URL carries it). */
export function entryOfFragment<T extends FeedItemIdentity>(entries: readonly T[], fragment: string): T | undefined {
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // not percent-encoded
  }
  return entries.find((entry) => {
    const id = feedItemId(entry);
    return id === fragment || id === decoded;
  });
}

/** A feed's entries as the index takes them: the text each carries (the whole article, or its summary). */
export async function feedEntriesToIndex(feedLocation: string, entries: readonly FeedEntry[]): Promise<IndexableItem[]> {
  const { feedEntryToArticle } = await import('./feed.js');
  const items: IndexableItem[] = [];
  for (const entry of entries) {
    const location = feedItemLocation(feedLocation, entry);
    // An item of a feed read from standard input, without a link, could never be opened again.
    if (location.startsWith('-#')) continue;
    const html = entry.html.length > MAX_ITEM_HTML_CHARS ? '' : entry.html;
    // The article the item opens to when the feed carries all of it (for a teaser, its summary).
    items.push({ location, title: entry.title, source: entry.source, date: entry.date, article: () => feedEntryToArticle({ ...entry, html }) });
  }
  return items;
}
