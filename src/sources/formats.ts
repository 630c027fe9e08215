import { extname } from 'node:path';
import type { ArticleMeta } from '../article/assemble.js';
import type { Article } from '../article/model.js';
import { parsePlainText } from '../article/plaintext.js';

/** The kinds of document qari reads. A feed becomes a list; the others become an article. */
export type Format = 'html' | 'feed' | 'markdown' | 'plain';

const EXTENSION_FORMATS: Record<string, Format> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.json': 'feed',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'plain',
};

export function formatOfPath(path: string): Format | null {
  return EXTENSION_FORMATS[extname(path).toLowerCase()] ?? null;
}

/** A fetched document's format from its media type, else from its address, else from its text. */
export function formatOfResponse(contentType: string, url: string, text: string): Format {
  if (/^application\/(rss|atom|rdf)\+xml$/.test(contentType) || contentType === 'application/feed+json') return 'feed';
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') return sniffFormat(text) === 'feed' ? 'feed' : 'html';
  if (contentType === 'text/markdown' || contentType === 'text/x-markdown') return 'markdown';
  if (contentType === 'text/plain') return formatOfPath(new URL(url).pathname) === 'markdown' ? 'markdown' : 'plain';
  return sniffFormat(text) ?? formatOfPath(new URL(url).pathname) ?? 'plain';
}

/** A JSON Feed names its version first or early: {"version": "https://jsonfeed.org/version/1.1", ...}. */
function isJsonFeed(head: string): boolean {
  return head.trimStart().startsWith('{') && /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head);
}

/**
 * The format a document announces in its first bytes: the root element of XML or HTML (after any
 * declaration, comments and doctype), or Markdown front matter or a leading "# " heading.
 */
export function sniffFormat(text: string): Format | null {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '');
  const markup = head.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>))*\s*/i, '');
  const root = /^<([a-z][\w:-]*)/i.exec(markup)?.[1].toLowerCase();
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf' || isJsonFeed(head)) return 'feed';
  if (root !== undefined && /^(html|head|body|article|main|div|p|h[1-6])$/.test(root)) return 'html';
  if (/^(---\r?\n|#{1,6} )/.test(head)) return 'markdown';
  return null;
}

/**
 * Text of a known article format as an Article (feeds are lists and handled by the caller). The
 * HTML and Markdown readers are loaded on first use: their parsers (a DOM, marked and yaml) take
 * longer to load than a plain-text article takes to show.
 */
export async function articleFromText(text: string, format: Exclude<Format, 'feed'>, meta: ArticleMeta = {}): Promise<Article> {
  switch (format) {
    case 'html':
      return (await import('./html.js')).htmlToArticle(text, meta.url ?? undefined);
    case 'markdown':
      return (await import('../article/markdown.js')).parseMarkdown(text, meta);
    case 'plain':
      return parsePlainText(text, meta);
  }
}
