import { DetectError, parseFeed as parseAnyFeed, type AnyFeed, type AtomFeed, type JsonFeed, type RdfFeed, type RssFeed } from 'feedsmith';
import { t } from '../i18n/index.js';
import type { Article, ArticleList } from '../article/model.js';
import { EXIT_UNREADABLE, EXIT_USAGE, QariError } from '../errors.js';
import { normalizeDate } from './date.js';
import { htmlFragmentToArticle } from './html.js';
import { htmlFragmentText } from './html-blocks.js';
import { displayLine, listItem } from './list-item.js';
import { feedItemLocation } from './feed-item.js';

/*
 * Feeds are read with feedsmith: maintained, typed, built on fast-xml-parser (no DOM, no native
 * code), and it knows RSS 0.9x/2.0, Atom 0.3/1.0, RDF (RSS 1.0) with their common namespaces
 * (content:encoded, dc:date, dc:creator) and JSON Feed 1.0/1.1, so one call covers what news sites
 * publish.
 */

/** One feed item, keeping its HTML body so opening it needs no network when the feed has the text. */
export interface FeedEntry {
  /** The feed's own identity for the item (RSS guid, Atom id, JSON Feed id), if it gives one. */
  id: string | null;
  title: string;
  /** The item's web page (absolute when the feed's address allows resolving it). */
  link: string | null;
  date: string | null;
  /** The feed's title. */
  source: string | null;
  author: string | null;
  /** content:encoded / Atom content, else description / summary; '' when the item has none. */
  html: string;
  language: string | null;
}

/** A paragraph count or text length above which a feed item carries the article itself, not a teaser. */
const FULL_TEXT_PARAGRAPHS = 3;
const FULL_TEXT_CHARS = 600;

type Item = RssFeed.Item<string> | RdfFeed.Item<string>;

/** An RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document as a list of its items. */
export function parseFeed(xml: string, location: string): { list: ArticleList; entries: FeedEntry[]; site: string | null } {
  const parsed = parseOrExplain(xml, location);
  const base = baseUrlOf(location);
  let title: string | null;
  let entries: FeedEntry[];
  /** The web site the feed is of (its link / home page), when it names one. */
  let site: string | null;
  if (parsed.format === 'atom') {
    title = textOf(parsed.feed.title);
    site = webAddress(resolve(alternateLink(parsed.feed.links), base));
    const feedBase = site ?? base;
    const language = parsed.feed.xml?.lang ?? null;
    entries = (parsed.feed.entries ?? []).map((entry) => atomEntry(entry, title, feedBase, language));
  } else if (parsed.format === 'rss' || parsed.format === 'rdf') {
    title = plain(parsed.feed.title);
    site = webAddress(resolve(plain(parsed.feed.link), base));
    const feedBase = site ?? base;
    const language = (parsed.format === 'rss' ? parsed.feed.language : parsed.feed.dc?.languages?.[0]) ?? null;
    entries = (parsed.feed.items ?? []).map((item: Item) => rssEntry(item, title, feedBase, language));
  } else if (parsed.format === 'json') {
    title = plain(parsed.feed.title);
    site = webAddress(resolve(plain(parsed.feed.home_page_url), base));
    const feedBase = site ?? base;
    const language = plain(parsed.feed.language);
    entries = (parsed.feed.items ?? []).map((item) => jsonEntry(item, title, feedBase, language));
  } else {
    throw new QariError(t('errNotFeed', { location }), EXIT_USAGE);
  }
  const items = entries.map((entry) =>
    listItem({ title: entry.title, source: entry.source, date: entry.date, location: feedItemLocation(location, entry), progress: 0 }),
  );
  return { list: { kind: 'feed', title: title ? displayLine(title) : null, items }, entries, site };
}

/** The item as an article from the feed's own text (which may be only a teaser: see hasFullText). */
export function feedEntryToArticle(entry: FeedEntry): Article {
  return htmlFragmentToArticle(entry.html, {
    title: entry.title,
    source: [entry.source, entry.author].filter(Boolean).join(' — ') || null,
    date: entry.date,
    url: entry.link,
    language: entry.language,
  });
}

/** Whether an item's own text is the article rather than a summary pointing to its link. */
export function hasFullText(article: Article): boolean {
  const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph' || block.kind === 'heading');
  const chars = paragraphs.reduce((sum, block) => sum + block.text.length, 0);
  return paragraphs.length >= FULL_TEXT_PARAGRAPHS || chars >= FULL_TEXT_CHARS;
}

/** A document type that declares its own entities (the "billion laughs" shape), looked for in the prologue. */
const ENTITY_DECLARATION = /<!DOCTYPE[^>[]*\[[^\]]*<!ENTITY/i;

function parseOrExplain(xml: string, location: string): AnyFeed {
  // The parser never expands such entities, but a feed that declares them is either hostile or
  // would show "&lol;" for its text: refusing it says so plainly.
  if (ENTITY_DECLARATION.test(xml.slice(0, 64 * 1024))) {
    throw new QariError(`qari: cannot read the feed ${location}: it declares XML entities (refused: entity expansion)`, EXIT_UNREADABLE);
  }
  try {
    return parseAnyFeed<string>(xml);
  } catch (error) {
    const json = xml.trimStart().startsWith('{');
    // feedsmith cannot tell what a broken JSON document is; a broken feed is still a broken feed.
    if (error instanceof DetectError && !(json && !isJson(xml))) throw new QariError(t('errNotFeed', { location }), EXIT_USAGE);
    throw new QariError(t('errMalformedFeed', { location, format: json ? 'JSON' : 'XML' }), EXIT_UNREADABLE);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function rssEntry(item: Item, feedTitle: string | null, base: string | null, language: string | null): FeedEntry {
  const html = ('content' in item ? item.content?.encoded : undefined) || item.description || '';
  const date = ('pubDate' in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0];
  return {
    id: 'guid' in item ? plain(item.guid?.value) : null,
    title: titleOf(plain(item.title), html),
    link: resolve(plain(item.link), base),
    date: normalizeDate(date),
    source: feedTitle,
    author: plain(item.dc?.creators?.[0]) ?? ('authors' in item ? plain(item.authors?.[0]?.name) : null),
    html,
    language,
  };
}

function atomEntry(entry: AtomFeed.Entry<string>, feedTitle: string | null, base: string | null, language: string | null): FeedEntry {
  const html = entry.content?.value || entry.summary?.value || '';
  return {
    id: plain(entry.id),
    title: titleOf(textOf(entry.title), html),
    link: resolve(alternateLink(entry.links), base),
    date: normalizeDate(entry.published ?? entry.updated ?? entry.dc?.dates?.[0]),
    source: feedTitle,
    author: plain(entry.authors?.[0]?.name),
    html,
    language: entry.xml?.lang ?? language,
  };
}

function jsonEntry(item: JsonFeed.Item<string>, feedTitle: string | null, base: string | null, language: string | null): FeedEntry {
  const html = plain(item.content_html) ?? textAsHtml(plain(item.content_text) ?? plain(item.summary) ?? '');
  return {
    id: plain(item.id),
    title: titleOf(plain(item.title), html),
    link: resolve(plain(item.url) ?? plain(item.external_url), base),
    date: normalizeDate(item.date_published ?? item.date_modified),
    source: feedTitle,
    author: plain(item.authors?.[0]?.name),
    html,
    language: plain(item.language) ?? language,
  };
}

/** JSON Feed's content_text as HTML paragraphs (one a blank-line-separated block), escaped. */
function textAsHtml(text: string): string {
  const escape = (part: string) => part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${escape(part)}</p>`)
    .join('');
}

/** feedsmith gives a field as a string, or as a marker object when a strict feed lacks it. */
function plain(value: string | object | undefined): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Atom text constructs: type="html" and "xhtml" hold markup, the default type holds text. */
function textOf(text: AtomFeed.Text | object | undefined): string | null {
  if (!text || !('value' in text) || typeof text.value !== 'string') return null;
  return plain(text.type === 'html' || text.type === 'xhtml' ? htmlFragmentText(text.value) : text.value);
}

/** RSS titles are often escaped HTML ("A &amp;amp; B"); an untitled item borrows its first words. */
function titleOf(title: string | null, html: string): string {
  const text = title ? htmlFragmentText(title) : htmlFragmentText(html).slice(0, 80);
  return text.replace(/\s+/g, ' ').trim();
}

function alternateLink(links: AtomFeed.Link<string>[] | undefined): string | null {
  const link = links?.find((candidate) => !candidate.rel || candidate.rel === 'alternate') ?? links?.[0];
  return plain(link?.href);
}

/** An http(s) address, or null (a feed's link may be anything). */
function webAddress(link: string | null): string | null {
  return link && /^https?:\/\//i.test(link) ? link : null;
}

function baseUrlOf(location: string): string | null {
  return /^https?:\/\//i.test(location) ? location : null;
}

function resolve(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}
