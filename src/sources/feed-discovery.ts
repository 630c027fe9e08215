// Feed autodiscovery: the feeds a web page names in its <head> (<link rel="alternate"
// type="application/rss+xml" href="...">), as browsers and feed readers find them, so that a
// site's address given where a feed is expected can be answered with the feed's address.
import { parseHtmlDocument } from './dom.js';

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json', 'application/json']);

/** The absolute addresses of the feeds the page declares, in the page's order. */
export function feedLinksOf(html: string, pageUrl: string): string[] {
  const document = parseHtmlDocument(html);
  const links = Array.from(document.documentElement.querySelectorAll('link[href]'));
  const found: string[] = [];
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0].trim();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue;
    try {
      const url = new URL(link.getAttribute('href') ?? '', pageUrl);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.includes(url.href)) found.push(url.href);
    } catch {
      // not an address
    }
  }
  return found;
}
