import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { Article } from './model.js';
import { assembleArticle, type ArticleMeta, type RawBlock } from './assemble.js';

const FRONT_MATTER = /^(?:\ufeff)?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?/;

/**
 * Markdown articles: headings are headings (the first level-1 heading is the title when front matter
 * gives none), other blocks are paragraphs; inline markup is reduced to its text. An optional YAML
 * front-matter block may give title, source, date and url.
 */
export function parseMarkdown(text: string, meta: ArticleMeta = {}): Article {
  const { body, front } = splitFrontMatter(text);
  const merged: ArticleMeta = { ...meta, ...front };
  const blocks: RawBlock[] = [];
  if (merged.title) blocks.push({ kind: 'title', text: merged.title });
  if (merged.source) blocks.push({ kind: 'source', text: merged.source });
  for (const token of new Lexer({ gfm: true }).lex(body)) collectBlocks(token, blocks, merged);
  return assembleArticle(blocks, merged);
}

function splitFrontMatter(text: string): { body: string; front: ArticleMeta } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, front: {} };
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch {
    return { body: text, front: {} }; // not front matter after all: show it as text
  }
  if (!data || typeof data !== 'object') return { body: text.slice(match[0].length), front: {} };
  const record = data as Record<string, unknown>;
  const field = (name: string) => (record[name] == null ? undefined : String(record[name]));
  return {
    body: text.slice(match[0].length),
    front: { title: field('title'), source: field('source'), date: field('date'), url: field('url') ?? field('link') },
  };
}

function collectBlocks(token: Token, out: RawBlock[], meta: ArticleMeta): void {
  switch (token.type) {
    case 'heading': {
      const text = inlineText((token as Tokens.Heading).tokens);
      if (token.depth === 1 && !meta.title && !out.some((b) => b.kind === 'title')) out.push({ kind: 'title', text });
      else out.push({ kind: 'heading', text });
      return;
    }
    case 'paragraph':
      out.push({ kind: 'paragraph', text: inlineText((token as Tokens.Paragraph).tokens) });
      return;
    case 'list':
      for (const item of (token as Tokens.List).items) out.push({ kind: 'paragraph', text: `• ${inlineText(item.tokens)}` });
      return;
    case 'blockquote':
      for (const inner of (token as Tokens.Blockquote).tokens) collectBlocks(inner, out, meta);
      return;
    case 'code':
      out.push({ kind: 'paragraph', text: (token as Tokens.Code).text });
      return;
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((c) => inlineText(c.tokens)).join(' | ');
      out.push({ kind: 'paragraph', text: row(table.header) });
      for (const r of table.rows) out.push({ kind: 'paragraph', text: row(r) });
      return;
    }
    case 'html':
    case 'text':
      if ('text' in token && token.text.trim()) out.push({ kind: 'paragraph', text: stripTags(token.text) });
      return;
    default:
      return; // hr, space, def: nothing to read
  }
}

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      if (t.type === 'image') return '';
      if (t.type === 'br') return ' ';
      if (t.type === 'html') return '';
      if ('tokens' in t && t.tokens) return inlineText(t.tokens);
      if (t.type === 'list') return (t as Tokens.List).items.map((i) => inlineText(i.tokens)).join(' ');
      return 'text' in t ? unescapeEntities(t.text) : '';
    })
    .join('');
}

function stripTags(html: string): string {
  return unescapeEntities(html.replace(/<[^>]*>/g, ' '));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };

function unescapeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name]);
}
