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
    const pieces = splitOverlongBlock({ kind: raw.kind, text: collapseWhitespace(sanitizeText(raw.text)) }).filter((b) => b.text.length > 0);
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
    const blocks: Block[] = this.cleaned.map((b, i) => ({ ...b, direction: directionOfCounts(this.counts[i], direction) }));
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

// Only runs of white space, or white space other than a plain space, need rewriting; most
// paragraphs have neither, and copying a multi-megabyte article for nothing costs time and memory.
const NEEDS_COLLAPSING = /\s\s|[^\S ]|^\s|\s$/;

function collapseWhitespace(text: string): string {
  return NEEDS_COLLAPSING.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
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
