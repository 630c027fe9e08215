import type { RawBlock } from '../article/assemble.js';
import { CDATA_SECTION_NODE, TEXT_NODE, isElement, parseHtmlDocument, type DomElement, type DomNode } from './dom.js';

/** Elements whose text flows inside a paragraph; every other element starts a block of its own. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
  'var', 'wbr',
]);

/** Elements that never hold article text (and whose text, like a script's, must never be shown). */
const NON_TEXT_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math',
  'canvas', 'video', 'audio', 'picture', 'img', 'map', 'button', 'select', 'option', 'textarea', 'input', 'head',
  'link', 'meta', 'title',
]);

/** Furniture even inside extracted content; a raw page also loses its header and footer. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'form', 'menu', 'dialog']);
const PAGE_FURNITURE_TAGS = new Set([...FURNITURE_TAGS, 'header', 'footer']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);
const FURNITURE_WORDS = 'nav|navbar|navigation|menu|breadcrumbs?|ads?|advert\\w*|banner|sponsor\\w*|promo\\w*|share|sharing|social|cookies?|footer|sidebar|comments?|related|newsletter|subscribe|widget|popup|modal';
/** A class or id token that names page furniture: "nav", "ad-slot", "site_footer", "share-buttons". */
const FURNITURE_TOKEN = tokenPattern(FURNITURE_WORDS);
/** On a raw page the header goes too; inside extracted content an "article-header" holds the lede. */
const PAGE_FURNITURE_TOKEN = tokenPattern(`${FURNITURE_WORDS}|header|masthead`);

const HEADING_TAG = /^h[1-6]$/;

// Inline `dir` becomes a Unicode isolate so "<span dir=ltr>CNN</span>" keeps its direction as text.
const ISOLATE_OPEN: Record<string, string> = { rtl: '\u2067', ltr: '\u2066', auto: '\u2068' };
const POP_ISOLATE = '\u2069';

export interface BlockOptions {
  /**
   * `content`: already extracted (Readability's output, a feed item): navigation, asides, forms and
   * elements whose class or id names ads, menus, sharing and the like are dropped, and link lists
   * become `related` blocks. `page`: a raw page body: headers, footers and link lists go too.
   */
  scope: 'content' | 'page';
}

/**
 * The readable blocks under `root`: h1-h6 become headings, paragraphs, list items, quotes and other
 * block elements become paragraphs, line breaks split paragraphs, and lists made only of links
 * ("read also") become `related` blocks (or are dropped with the rest of a raw page's furniture).
 */
export function htmlBlocks(root: DomElement, options: BlockOptions): RawBlock[] {
  const blocks: RawBlock[] = [];
  let inline = '';
  const flush = (): void => {
    if (inline.trim()) blocks.push({ kind: 'paragraph', text: inline });
    inline = '';
  };
  const visit = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (!isElement(child)) {
        if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) inline += child.textContent ?? '';
        continue;
      }
      if (isNeverShown(child) || isFurniture(child, options.scope)) continue;
      const tag = child.localName;
      if (HEADING_TAG.test(tag)) {
        flush();
        blocks.push({ kind: 'heading', text: inlineText(child) });
      } else if (tag === 'br' || tag === 'hr') {
        flush();
      } else if (INLINE_TAGS.has(tag)) {
        const isolate = ISOLATE_OPEN[child.getAttribute('dir')?.toLowerCase() ?? ''];
        if (isolate) inline += isolate;
        visit(child);
        if (isolate) inline += POP_ISOLATE;
      } else if (isLinkList(child)) {
        flush();
        if (options.scope === 'content') {
          for (const item of Array.from(child.querySelectorAll('li'))) blocks.push({ kind: 'related', text: inlineText(item) });
        }
      } else {
        flush();
        visit(child);
        flush();
      }
    }
  };
  visit(root);
  flush();
  return blocks;
}

/** The text of an element as one line, skipping scripts and the like. */
export function inlineText(element: DomNode): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (!isElement(child)) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) text += child.textContent ?? '';
    } else if (child.localName === 'br') {
      text += ' ';
    } else if (!isNeverShown(child)) {
      text += inlineText(child);
    }
  }
  return text;
}

/** The text of an HTML fragment such as a feed title ("خبر &amp; آخر", "<b>عاجل</b>: ..."). */
export function htmlFragmentText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment;
  const body = parseHtmlDocument(fragment).body;
  return body ? inlineText(body) : fragment;
}

function isNeverShown(element: DomElement): boolean {
  if (NON_TEXT_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');
}

function isFurniture(element: DomElement, scope: BlockOptions['scope']): boolean {
  if ((scope === 'page' ? PAGE_FURNITURE_TAGS : FURNITURE_TAGS).has(element.localName)) return true;
  if (FURNITURE_ROLES.has(element.getAttribute('role') ?? '')) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  const pattern = scope === 'page' ? PAGE_FURNITURE_TOKEN : FURNITURE_TOKEN;
  return names.split(/\s+/).some((token) => pattern.test(token));
}

function tokenPattern(words: string): RegExp {
  return new RegExp(`^(${words})$|^(${words})[-_]|[-_](${words})$`, 'i');
}

/** A list whose every item is essentially one link: "read also", tags, menus. */
function isLinkList(element: DomElement): boolean {
  if (element.localName !== 'ul' && element.localName !== 'ol') return false;
  const items = Array.from(element.querySelectorAll('li'));
  if (items.length < 2) return false;
  return items.every((item) => {
    const text = inlineText(item).trim();
    const linked = Array.from(item.querySelectorAll('a')).reduce((n, a) => n + inlineText(a).trim().length, 0);
    return text.length > 0 && linked >= 0.8 * text.length;
  });
}
