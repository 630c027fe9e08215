/**
 * The persons qari extracts from each article of the ANT corpus's FIRST half (../shared/corpora/ant,
 * Apache-2.0), for the lists built by self-training (build-ant-officials.ts,
 * build-definite-given-names.ts). The second half is kept for unseen checks, and the ANT articles
 * the gold files hold (../shared/articles/ar/ant-*.txt, matched by title) and the articles of the
 * held-out eval/ant sets (which, once the second half was used up, are drawn from the first) are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../src/entities/extract.js';
import type { Block, Entity } from '../src/article/model.js';
import { heldOutLines } from './ant-held-out.js';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
/** The first line number (1-based) of the corpus's second half. */
const SECOND_HALF = 5069;

/** Each first-half article's persons, in corpus order. */
export function firstHalfPersons(): Entity[][] {
  const goldTitles = new Set(
    readdirSync(`${shared}articles/ar`)
      .filter((file) => file.startsWith('ant-') && file.endsWith('.txt'))
      .map((file) => readFileSync(`${shared}articles/ar/${file}`, 'utf8').split('\n')[0].trim()),
  );
  const lines = readFileSync(`${shared}corpora/ant/ant-1.1.jsonl`, 'utf8').split('\n').slice(0, SECOND_HALF - 1);
  const held = heldOutLines();
  const articles: Entity[][] = [];
  for (const [index, line] of lines.entries()) {
    if (!line || held.has(index + 1)) continue;
    const { title, paragraphs } = JSON.parse(line) as { title: string; paragraphs: string[] };
    if (goldTitles.has(title.trim())) continue;
    const blocks: Block[] = [title, ...paragraphs].map((text) => ({ kind: 'paragraph', text, direction: 'rtl' }));
    articles.push(extractEntities(blocks).filter((entity) => entity.kind === 'person'));
  }
  return articles;
}
