/**
 * What the index keeps of an article: its plain text and folded forms for search, and a summary of
 * each person, place and organization (mention counts, the first mention). Pure: runs in the worker
 * threads that index a library as well as in the reader.
 */
import type { Article, Entity } from '../article/model.js';
import { contentKey } from '../sources/key.js';
import { fold } from '../text/normalize.js';

export interface EntitySummary {
  kind: Entity['kind'];
  name: string;
  official: boolean;
  role: string | null;
  country: string | null;
  latin: string | null;
  honorific: string | null;
  mentions: number;
  /** The first mention, to open the article there. */
  first: { block: number; start: number; text: string } | null;
}

export interface IndexRecord {
  /** A file's absolute path, a URL, or a feed item's id. */
  location: string;
  title: string;
  source: string | null;
  date: string | null;
  /** The article's content key (reading positions are kept under it). */
  hash: string;
  /** For files: size in bytes and modification time in ms, so an unchanged file is not read again. */
  size: number | null;
  mtime: number | null;
  /** Plain text (paragraphs one a line), and the folded title and text the search table holds. */
  text: string;
  foldedTitle: string;
  foldedText: string;
  /** Null when the entities have not been found (yet). */
  entities: EntitySummary[] | null;
}

export function summarizeEntities(entities: readonly Entity[]): EntitySummary[] {
  return entities.map((entity) => {
    const first = entity.mentions.find((m) => !m.coreference) ?? entity.mentions[0];
    return {
      kind: entity.kind,
      name: entity.name,
      official: entity.official,
      role: entity.role,
      country: entity.country,
      latin: entity.latin,
      honorific: (entity as { honorific?: string | null }).honorific ?? null,
      mentions: entity.mentions.length,
      first: first ? { block: first.block, start: first.start, text: first.text } : null,
    };
  });
}

/** The text search covers: every displayed block (not "read also" stubs). */
export function articleText(article: Article): string {
  return article.blocks
    .filter((block) => block.kind !== 'related' && block.kind !== 'title')
    .map((block) => block.text)
    .join('\n');
}

export function articleRecord(
  article: Article,
  location: string,
  fallbackTitle: string,
  entities: readonly Entity[] | null,
  file: { size: number; mtime: number } | null = null,
): IndexRecord {
  const text = articleText(article);
  const title = article.title ?? fallbackTitle;
  return {
    location,
    title,
    source: article.source,
    date: article.date ?? null,
    hash: contentKey(article),
    size: file?.size ?? null,
    mtime: file?.mtime ?? null,
    text,
    foldedTitle: fold(title),
    foldedText: fold(text),
    entities: entities ? summarizeEntities(entities) : null,
  };
}
