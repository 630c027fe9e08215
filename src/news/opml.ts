// OPML 2.0, what newsboat, Thunderbird and NetNewsWire exchange subscriptions in. feedsmith reads
// and writes it (fast-xml-parser underneath, entities never expanded: an entity bomb stays inert).
import { generateOpml, parseOpml, type Opml } from 'feedsmith';
import { EXIT_USAGE, QariError } from '../errors.js';
import { t } from '../i18n/index.js';
import { displayLine } from '../sources/list-item.js';
import { withoutFeedScheme } from '../sources/feed-scheme.js';
import type { Subscription } from './subscriptions.js';

export interface OpmlFeed {
  url: string;
  title: string | null;
  /** The folders it sits in, joined with "/" ("News/Gulf"), or null at the top. */
  category: string | null;
  /** Its web site (htmlUrl), when an http(s) address. */
  site: string | null;
}

type Outline = Opml.Outline<string>;

/** Every outline with an xmlUrl, however deeply nested in folders. */
export function feedsFromOpml(text: string, file: string): OpmlFeed[] {
  let document: Opml.Document<string>;
  try {
    document = parseOpml(text);
  } catch {
    throw new QariError(t('newsNotOpml', { file }), EXIT_USAGE);
  }
  const found: OpmlFeed[] = [];
  const walk = (outlines: Outline[] | undefined, folders: string[]) => {
    for (const outline of outlines ?? []) {
      const name = displayLine(outline.title ?? outline.text ?? '') || null;
      const url = outline.xmlUrl === undefined ? undefined : withoutFeedScheme(outline.xmlUrl.trim());
      const site = outline.htmlUrl?.trim();
      if (url) found.push({ url, title: name, category: folders.length > 0 ? folders.join('/') : null, site: site && /^https?:\/\//i.test(site) ? site : null });
      walk(outline.outlines, name && !url ? [...folders, name] : folders);
    }
  };
  walk(document.body?.outlines, []);
  return found;
}

/** The subscriptions as OPML 2.0, grouped into folders by category (nested by "/"). */
export function subscriptionsToOpml(feeds: readonly Subscription[]): string {
  const top: Outline[] = [];
  const folders = new Map<string, Outline>();
  const folderFor = (category: string | null): Outline[] => {
    if (!category) return top;
    let children = top;
    let path = '';
    for (const name of category.split('/')) {
      path = path ? `${path}/${name}` : name;
      let folder = folders.get(path);
      if (!folder) {
        folder = { text: name, title: name, outlines: [] };
        folders.set(path, folder);
        children.push(folder);
      }
      children = folder.outlines!;
    }
    return children;
  };
  for (const feed of feeds) {
    const name = feed.title ?? feed.url;
    folderFor(feed.category).push({ text: name, title: name, type: 'rss', xmlUrl: feed.url, ...(feed.site ? { htmlUrl: feed.site } : {}) });
  }
  return generateOpml({ head: { title: 'qari subscriptions', dateCreated: new Date() }, body: { outlines: top } });
}
