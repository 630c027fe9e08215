import type { Article, Block, BlockKind, Direction, Section } from './model.js';
import { sanitizeText } from '../text/sanitize.js';
import { splitLongText } from './split-long.js';
import { addLetterCounts, directionOfCounts, LanguageTally, letterCounts, type LetterCounts } from '../text/direction.js';

export interface RawBlock {
  kind: BlockKind;
  text: string;
}

export interface ArticleMeta {
  title?: string | null;
  source?: string | null;
  date?: string | null;
  url?: string | null;
  /** A declared language (HTML lang, front matter); detected from the text when absent. */
  language?: string | null;
  /** A declared direction (HTML dir); detected from the text when absent. */
  direction?: Direction | null;
}

/**
 * Turns the blocks a source parser found into the Article model: sanitizes text, drops empty
 * blocks, resolves language and directions, and cuts sections at headings. Every source (plain
 * text, Markdown, HTML, feeds) ends here so they all behave alike.
 */
export function assembleArticle(rawBlocks: RawBlock[], meta: ArticleMeta = {}): Article {
  const assembler = new ArticleAssembler(meta);
  for (const block of rawBlocks) assembler.add(block);
  return assembler.article();
}

/**
 * assembleArticle one block at a time, for articles read in the background: `article()` can be
 * called at any point for the article so far, and after the last block gives assembleArticle's.
 */
export class ArticleAssembler {
  private readonly cleaned: RawBlock[] = [];
  private readonly counts: LetterCounts[] = [];
  // Language and direction are tallied block by block: a huge article is never joined into one string.
  private readonly tally = new LanguageTally();
  private total: LetterCounts = { rtl: 0, ltr: 0, first: null };

  constructor(private readonly meta: ArticleMeta = {}) {}

  /** Adds a parsed block; returns the article blocks it became (none, one, or several when overlong). */
  add(raw: RawBlock): RawBlock[] {
    const pieces = splitOverlongBlock({ kind: raw.kind, text: cleanText(raw.text) }).filter((b) => b.text.length > 0);
    for (const block of pieces) {
      if (!this.meta.language) this.tally.add(block.text);
      const own = letterCounts(block.text);
      this.total = addLetterCounts(this.total, own);
      this.cleaned.push(block);
      this.counts.push(own);
    }
    return pieces;
  }

  article(): Article {
    const { meta } = this;
    const language = meta.language ?? this.tally.language;
    const direction: Direction = meta.direction ?? directionOfCounts(this.total, isRtlLanguage(language) ? 'rtl' : 'ltr');
    const blocks: Block[] = this.cleaned.map((b, i) => ({ kind: b.kind, text: b.text, direction: directionOfCounts(this.counts[i], direction) }));
    const titleBlock = blocks.find((b) => b.kind === 'title');
    const sourceBlock = blocks.find((b) => b.kind === 'source');
    return {
      title: metaLine(meta.title) ?? titleBlock?.text ?? null,
      source: metaLine(meta.source) ?? sourceBlock?.text ?? null,
      language,
      direction,
      blocks,
      sections: sectionsOf(blocks),
      entities: [],
      date: metaLine(meta.date) ?? null,
      url: metaLine(meta.url) ?? null,
    };
  }
}

/** Front matter and HTML metadata are as untrusted as the text: one sanitized line, or absent. */
function metaLine(value: string | null | undefined): string | null | undefined {
  return typeof value === 'string' ? sanitizeText(value).replace(/\s+/g, ' ').trim() || null : value;
}

/** A block too long to be a paragraph is cut into several; only the first keeps a title's or heading's kind. */
function splitOverlongBlock(block: RawBlock): RawBlock[] {
  const pieces = splitLongText(block.text);
  if (pieces.length === 1) return [block];
  const restKind = block.kind === 'related' ? 'related' : 'paragraph';
  return pieces.map((text, i) => ({ kind: i === 0 ? block.kind : restKind, text: text.trim() }));
}

/** A block's text sanitized (sanitizeText) with its white space collapsed to single spaces. */
export function cleanText(text: string): string {
  return isClean(text) ? text : sanitizeText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Whether cleanText would leave `text` as it is: no control, no surrogate (lone ones are replaced),
 * no white space but single spaces between other characters. Most paragraphs are so, and one pass
 * over their char codes tells it: the regular expressions it replaces were a tenth of --print's
 * time on a big article.
 */
function isClean(text: string): boolean {
  const last = text.length - 1;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(last) === 0x20) return false;
  let afterSpace = false;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) afterSpace = false;
    else if (c === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (
      c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
      c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)
    ) return false; // (\s is these, the tab to CR and the space)
    else afterSpace = false;
  }
  return true;
}

export function isRtlLanguage(language: string): boolean {
  return /^(ar|fa|he|ur|ps|sd|ug|yi|dv|ckb|ku)\b/.test(language);
}

/**
 * Sections start at headings. Blocks before the first heading form an untitled lead section,
 * which starts after the title/source header blocks (and is omitted when it would be empty).
 */
export function sectionsOf(blocks: Block[]): Section[] {
  const sections: Section[] = [];
  let leadStart = 0;
  while (leadStart < blocks.length && (blocks[leadStart].kind === 'title' || blocks[leadStart].kind === 'source')) leadStart++;
  let current: Section | null = null;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      if (current) current.endBlock = index;
      current = { title: block.text, block: index, endBlock: blocks.length };
      sections.push(current);
    } else if (!current && index >= leadStart) {
      current = { title: null, block: index, endBlock: blocks.length };
      sections.push(current);
    }
  });
  return sections;
}
