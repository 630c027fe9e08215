import { Readability } from '@mozilla/readability';
import { assembleArticle, isRtlLanguage, type ArticleMeta, type RawBlock } from '../article/assemble.js';
import type { Article, Direction } from '../article/model.js';
import { dominantDirection } from '../text/direction.js';
import { normalizeDate } from './date.js';
import { parseHtmlDocument, type DomElement, type HtmlDocument } from './dom.js';
import { htmlBlocks } from './html-blocks.js';

/** Readability's default charThreshold: the text length below which it does not trust its choice. */
const READABILITY_THRESHOLD = 500;

/** What the page says about itself, read before Readability rewrites the document. */
interface PageMetadata {
  title: string | null;
  siteName: string | null;
  date: string | null;
  language: string | null;
  direction: string | null;
}

/**
 * A web page as an article: Readability finds the content (dropping navigation, ads and other
 * furniture), its headings become section headings, and the page's title, site name, byline, date,
 * `lang` and `dir` become the article's. When Readability finds little or nothing, the body's text
 * blocks are used, with the usual page furniture removed. Scripts never run: the DOM is inert.
 */
export function htmlToArticle(html: string, url?: string): Article {
  const document = parseHtmlDocument(html);
  const page = readPageMetadata(document);
  // The serializer hands back the content element itself, sparing a serialize-and-reparse; the
  // classes stay so that ads and share bars Readability kept can still be recognised.
  const readable = new Readability<DomElement>(document, { keepClasses: true, serializer: (node) => node as DomElement }).parse();
  const extracted = readable?.content ? htmlBlocks(readable.content, { scope: 'content' }) : [];
  let content = extracted;
  if ((readable?.length ?? 0) < READABILITY_THRESHOLD || !extracted.some((block) => block.kind === 'paragraph')) {
    // Below its threshold Readability gives up choosing and returns most of the page, navigation
    // included; the page's own blocks minus its furniture read better. (A fresh parse: Readability
    // rewrote the document it worked on.)
    const body = parseHtmlDocument(html).body;
    const pageBlocks = body ? htmlBlocks(body, { scope: 'page' }) : [];
    if (pageBlocks.some((block) => block.kind === 'paragraph')) content = pageBlocks;
  }
  const { title, blocks } = separateTitle(firstText(readable?.title, page.title), content);
  const source = sourceLine(firstText(readable?.siteName, page.siteName), firstText(readable?.byline), url);
  return assembleArticle(withHeader(title, source, blocks), {
    date: normalizeDate(readable?.publishedTime ?? page.date),
    url: url ?? null,
    ...declaredScript(firstText(readable?.lang, page.language), firstText(readable?.dir, page.direction), blocks),
  });
}

/** An HTML fragment that is already the content (a feed item's body): no extraction needed. */
export function htmlFragmentToArticle(html: string, meta: ArticleMeta): Article {
  const body = parseHtmlDocument(html).body;
  const blocks = body ? htmlBlocks(body, { scope: 'content' }) : [];
  const { title, source, ...rest } = meta;
  const separated = separateTitle(title ?? null, blocks);
  return assembleArticle(withHeader(separated.title, source ?? null, separated.blocks), {
    ...rest,
    ...declaredScript(meta.language ?? null, meta.direction ?? null, blocks),
  });
}

function withHeader(title: string | null, source: string | null, blocks: RawBlock[]): RawBlock[] {
  const header: RawBlock[] = [];
  if (title) header.push({ kind: 'title', text: title });
  if (source) header.push({ kind: 'source', text: source });
  return [...header, ...blocks];
}

function readPageMetadata(document: HtmlDocument): PageMetadata {
  const meta = (...selectors: string[]): string | null => {
    for (const selector of selectors) {
      const element = document.querySelector(selector);
      const value = element?.getAttribute('content') ?? element?.getAttribute('datetime');
      if (value?.trim()) return value.trim();
    }
    return null;
  };
  const root = document.documentElement;
  return {
    title: meta('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? firstText(document.title),
    siteName: meta('meta[property="og:site_name"]', 'meta[name="application-name"]'),
    date: meta(
      'meta[property="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      'time[datetime]',
    ),
    language: firstText(root.getAttribute('lang'), root.getAttribute('xml:lang'), meta('meta[http-equiv="content-language"]')),
    direction: firstText(root.getAttribute('dir'), document.body?.getAttribute('dir')),
  };
}

/**
 * The title, and the content without a leading heading that merely repeats it. Pages often carry
 * the headline twice: in <title> (with " - Site Name" appended) and as the first <h1>; the <h1>
 * is then the better title. A page with no title at all takes its leading heading as the title.
 */
function separateTitle(title: string | null, blocks: RawBlock[]): { title: string | null; blocks: RawBlock[] } {
  const first = blocks.findIndex((block) => block.kind !== 'related');
  const lead = blocks[first];
  if (!lead || lead.kind !== 'heading') return { title, blocks };
  const heading = squash(lead.text);
  const fullTitle = squash(title ?? '');
  // "Headline" under the title "Headline - Site": the same headline. A short section heading that
  // happens to start the title ("News" under "News of the day") is not.
  const repeatsTitle = fullTitle.startsWith(heading) && heading.length >= fullTitle.length / 2;
  if (heading && (!fullTitle || repeatsTitle)) return { title: heading, blocks: blocks.filter((_, index) => index !== first) };
  return { title, blocks };
}

function sourceLine(siteName: string | null, byline: string | null, url: string | undefined): string | null {
  const parts = [siteName, byline].filter((part): part is string => part !== null);
  const distinct = parts.filter((part, index) => parts.findIndex((other) => squash(other) === squash(part)) === index);
  if (distinct.length > 0) return distinct.join(' — ');
  return url ? hostName(url) : null;
}

function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The declared language and direction, when they agree with the text. Many Arabic sites ship a
 * template with lang="en" dir="ltr"; believing it would lay the article out left to right.
 */
function declaredScript(language: string | null, direction: string | null, blocks: RawBlock[]): Pick<ArticleMeta, 'language' | 'direction'> {
  const primary = language?.toLowerCase().split(/[-_]/)[0] ?? '';
  const declaredLanguage = /^[a-z]{2,3}$/.test(primary) ? primary : null;
  const declaredDirection: Direction | null = direction === 'rtl' || direction === 'ltr' ? direction : null;
  const expectRtl = declaredDirection ? declaredDirection === 'rtl' : declaredLanguage !== null && isRtlLanguage(declaredLanguage);
  const textIsRtl = dominantDirection(blocks.map((block) => block.text).join('\n'), expectRtl ? 'rtl' : 'ltr') === 'rtl';
  return {
    language: declaredLanguage !== null && isRtlLanguage(declaredLanguage) === textIsRtl ? declaredLanguage : null,
    direction: declaredDirection !== null && (declaredDirection === 'rtl') === textIsRtl ? declaredDirection : null,
  };
}

function firstText(...candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const text = candidate?.trim();
    if (text) return text;
  }
  return null;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
