// The news commands of the command line: --subscribe, --unsubscribe, --feeds, --import-opml,
// --export-opml and --refresh. Loaded only when one of them is given.
import { EXIT_UNREADABLE, EXIT_USAGE, QariError } from '../errors.js';
import { t } from '../i18n/index.js';
import { decodeBody } from '../sources/charset.js';
import { readFileBytes } from '../sources/local-file.js';
import { sanitizeLine, terminalSafeJson } from '../text/sanitize.js';
import { removeStoredFeed } from './items.js';
import { feedCounts } from './news-list.js';
import { feedsFromOpml, subscriptionsToOpml } from './opml.js';
import { fetchFeedDocument, indexStoredItems, REFRESH_CONCURRENCY, refreshFeeds, storeEntries, summaryLine } from './refresh.js';
import { describe, loadSubscriptions, newSubscription, updateSubscriptions, type Subscription } from './subscriptions.js';
import { mapConcurrently } from '../sources/map-concurrently.js';

export type NewsCommand =
  | { kind: 'subscribe'; urls: string[] }
  | { kind: 'unsubscribe'; urls: string[] }
  | { kind: 'feeds' }
  | { kind: 'import-opml'; file: string }
  | { kind: 'export-opml' }
  | { kind: 'refresh' };

export interface CommandContext {
  configDir: string;
  json: boolean;
  progressOf: (key: string) => number;
  /** One line to stderr (sanitized). */
  say: (line: string) => void;
  writeOut: (text: string) => Promise<void>;
}

/** An OPML file larger than this is not a list of subscriptions. */
const OPML_MAX_BYTES = 16 * 1024 * 1024;

export async function runNewsCommand(command: NewsCommand, context: CommandContext): Promise<number> {
  switch (command.kind) {
    case 'subscribe':
      return subscribe(command.urls, context);
    case 'unsubscribe':
      return unsubscribe(command.urls, context);
    case 'feeds':
      return listFeeds(context);
    case 'import-opml':
      return importOpml(command.file, context);
    case 'export-opml': {
      const { feeds, warnings } = loadSubscriptions(context.configDir);
      warnings.forEach(context.say);
      await context.writeOut(subscriptionsToOpml(feeds));
      return 0;
    }
    case 'refresh':
      return refresh(context);
  }
}

/** Every address is fetched and must be a feed; if one is not, nothing is added (exit 1). */
async function subscribe(urls: string[], context: CommandContext): Promise<number> {
  const addresses = urls.map(canonicalUrl);
  const { feeds, warnings } = loadSubscriptions(context.configDir);
  warnings.forEach(context.say);
  const fresh = [...new Set(addresses)].filter((url) => !feeds.some((feed) => feed.url === url));
  for (const url of addresses.filter((url) => !fresh.includes(url))) context.say(t('newsAlreadySubscribed', { url }));
  const documents = await mapConcurrently(fresh, REFRESH_CONCURRENCY, async (url) => {
    try {
      const document = await fetchFeedDocument(url, { etag: null, lastModified: null });
      return document.notModified ? null : { url, document };
    } catch (error) {
      context.say(error instanceof Error ? t('newsSubscribeFailed', { message: error.message.split('\n')[0] }) : String(error));
      return null;
    }
  });
  const checked = documents.filter((found) => found !== null);
  if (checked.length < fresh.length) return EXIT_UNREADABLE;
  const now = new Date().toISOString();
  const added = (url: string, title: string | null, site: string | null, validators: Pick<Subscription, 'etag' | 'lastModified'>): Subscription => ({
    ...newSubscription(url, title, null, site),
    ...validators,
    lastRefresh: now,
  });
  const result = changeSubscriptions(context.configDir, (current) => [
    ...current,
    ...checked.filter(({ url }) => !current.some((feed) => feed.url === url)).map(({ url, document }) => added(url, document.title, document.site, document.validators)),
  ]);
  result.warnings.forEach(context.say);
  const storeWarnings: string[] = [];
  for (const { url, document } of checked) {
    const count = await storeEntries(context.configDir, url, document.title, document.entries, storeWarnings);
    await indexStoredItems(context.configDir, url, { report: (message) => storeWarnings.push(message) });
    context.say(t(count === 1 ? 'newsSubscribedOne' : 'newsSubscribedMany', { title: document.title ?? url, count }));
  }
  storeWarnings.forEach(context.say);
  return 0;
}

async function unsubscribe(urls: string[], context: CommandContext): Promise<number> {
  const addresses = urls.map(canonicalUrl);
  let missing: string[] = [];
  const result = changeSubscriptions(context.configDir, (current) => {
    missing = addresses.filter((url) => !current.some((feed) => feed.url === url));
    return current.filter((feed) => !addresses.includes(feed.url));
  });
  result.warnings.forEach(context.say);
  for (const url of addresses) {
    if (missing.includes(url)) context.say(t('newsNotSubscribed', { url }));
    else {
      removeStoredFeed(context.configDir, url);
      context.say(t('newsUnsubscribed', { url }));
    }
  }
  return missing.length > 0 ? EXIT_UNREADABLE : 0;
}

async function listFeeds(context: CommandContext): Promise<number> {
  const { feeds, warnings } = loadSubscriptions(context.configDir);
  warnings.forEach(context.say);
  const items = await Promise.all(feeds.map(async (feed) => {
    const counts = await feedCounts(context.configDir, feed, context.progressOf);
    return { title: feed.title, location: feed.url, items: counts.items, unread: counts.unread, lastRefresh: feed.lastRefresh, error: feed.error, category: feed.category, site: feed.site };
  }));
  if (context.json) {
    await context.writeOut(terminalSafeJson({ kind: 'feeds', items }) + '\n');
    return 0;
  }
  if (feeds.length === 0) context.say(t('newsNoSubscriptions'));
  const lines = items.map((feed) => {
    const state = feed.error ? `failing: ${feed.error}` : feed.lastRefresh ? `refreshed ${feed.lastRefresh}` : 'never refreshed';
    // Fields sanitized one by one: the tabs between them are for scripts (cut -f).
    return [feed.title ?? '(untitled)', feed.location, `${feed.items} item${feed.items === 1 ? '' : 's'}, ${feed.unread} unread`, state].map(sanitizeLine).join('\t');
  });
  await context.writeOut(lines.map((line) => `${line}\n`).join(''));
  return 0;
}

/** Feeds already subscribed are kept as they are; the new ones are fetched by the next refresh. */
async function importOpml(file: string, context: CommandContext): Promise<number> {
  const { text } = decodeBody(await readFileBytes(file, OPML_MAX_BYTES), '', file);
  const found = feedsFromOpml(text, file);
  const usable = found.filter((feed) => {
    if (/^https?:\/\//i.test(feed.url) && URL.canParse(feed.url)) return true;
    context.say(t('newsOpmlSkipped', { url: feed.url, file }));
    return false;
  });
  let added = 0;
  const result = changeSubscriptions(context.configDir, (current) => {
    const known = new Set(current.map((feed) => feed.url));
    const fresh: Subscription[] = [];
    for (const feed of usable) {
      const url = new URL(feed.url).href;
      if (known.has(url)) continue;
      known.add(url);
      fresh.push(newSubscription(url, feed.title, feed.category, feed.site));
    }
    added = fresh.length;
    return [...current, ...fresh];
  });
  result.warnings.forEach(context.say);
  context.say(t(added === 1 ? 'newsImportedOne' : 'newsImportedMany', { count: added, file, known: usable.length - added }));
  return 0;
}

async function refresh(context: CommandContext): Promise<number> {
  const summary = await refreshFeeds(context.configDir);
  summary.warnings.forEach(context.say);
  for (const failed of summary.failed) context.say(t('newsFeedFailed', { feed: failed.title ?? failed.url, error: failed.error ?? '' }));
  await context.writeOut(summaryLine({ ...summary, failed: summary.failed.length }) + '\n');
  return summary.total > 0 && summary.failed.length === summary.total ? EXIT_UNREADABLE : 0;
}

/** Subscriptions changed, or one line saying why they cannot be (read-only directory, full disk, a lock held too long). */
function changeSubscriptions(configDir: string, change: (feeds: Subscription[]) => Subscription[]): ReturnType<typeof updateSubscriptions> {
  try {
    return updateSubscriptions(configDir, change);
  } catch (error) {
    throw new QariError(t('newsCannotSaveSubscriptions', { directory: configDir, reason: describe(error) }), EXIT_UNREADABLE);
  }
}

function canonicalUrl(spec: string): string {
  if (!/^https?:\/\//i.test(spec) || !URL.canParse(spec)) throw new QariError(t('newsNotFeedAddress', { spec }), EXIT_USAGE);
  return new URL(spec).href;
}
