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
  const cleaned = rawBlocks
    .map((b) => ({ kind: b.kind, text: collapseWhitespace(sanitizeText(b.text)) }))
    .flatMap(splitOverlongBlock)
    .filter((b) => b.text.length > 0);
  // Language and direction are tallied block by block: a huge article is never joined into one string.
  const tally = new LanguageTally();
  let total: LetterCounts = { rtl: 0, ltr: 0, first: null };
  const counts = cleaned.map((b) => {
    if (!meta.language) tally.add(b.text);
    const own = letterCounts(b.text);
    total = addLetterCounts(total, own);
    return own;
  });
  const language = meta.language ?? tally.language;
  const direction: Direction = meta.direction ?? directionOfCounts(total, isRtlLanguage(language) ? 'rtl' : 'ltr');
  const blocks: Block[] = cleaned.map((b, i) => ({ ...b, direction: directionOfCounts(counts[i], direction) }));
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
