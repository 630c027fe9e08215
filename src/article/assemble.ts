import type { Article, Block, BlockKind, Direction, Section } from './model.js';
import { sanitizeText } from '../text/sanitize.js';
import { detectLanguage, dominantDirection } from '../text/direction.js';

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
    .map((b) => ({ kind: b.kind, text: sanitizeText(b.text).replace(/\s+/g, ' ').trim() }))
    .filter((b) => b.text.length > 0);
  const allText = cleaned.map((b) => b.text).join('\n');
  const language = meta.language ?? detectLanguage(allText);
  const direction: Direction = meta.direction ?? dominantDirection(allText, isRtlLanguage(language) ? 'rtl' : 'ltr');
  const blocks: Block[] = cleaned.map((b) => ({ ...b, direction: dominantDirection(b.text, direction) }));
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const sourceBlock = blocks.find((b) => b.kind === 'source');
  return {
    title: meta.title ?? titleBlock?.text ?? null,
    source: meta.source ?? sourceBlock?.text ?? null,
    language,
    direction,
    blocks,
    sections: sectionsOf(blocks),
    entities: [],
    date: meta.date ?? null,
    url: meta.url ?? null,
  };
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
