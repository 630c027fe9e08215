/**
 * Builds data/entities/ant-definite-given-names.txt: words with the article that open the names of
 * several people in the unlabeled ANT news (../shared/corpora/ant, Apache-2.0), as qari's own
 * extractor finds them (self-training): "المنصف المرزوقي", "المنصف ذويب" → "المنصف". The officials
 * grammar then reads such a word after an office as the holder's given name ("رئيس النادي | المنصف
 * فلان"), not as an adjective of the office.
 * Only the corpus's FIRST half is read (the second half is kept for unseen checks), and not the ANT
 * articles the gold files hold (../shared/articles/ar/ant-*.txt, matched by title). A word the lists
 * call common is still refused where it is used (office-phrase-parts.ts isDefiniteGivenNameWord).
 * Run (about a minute):  npx tsx scripts/build-definite-given-names.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../src/entities/extract.js';
import { harvestDefiniteGivenNames, type ArticleNames } from '../src/entities/definite-given-names-harvest.js';
import { tokenize } from '../src/entities/tokenize.js';
import type { Block } from '../src/article/model.js';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const output = fileURLToPath(new URL('../data/entities/ant-definite-given-names.txt', import.meta.url));
/** The first line number (1-based) of the corpus's second half. */
const SECOND_HALF = 5069;

const goldTitles = new Set(
  readdirSync(`${shared}articles/ar`)
    .filter((file) => file.startsWith('ant-') && file.endsWith('.txt'))
    .map((file) => readFileSync(`${shared}articles/ar/${file}`, 'utf8').split('\n')[0].trim()),
);
const lines = readFileSync(`${shared}corpora/ant/ant-1.1.jsonl`, 'utf8').split('\n').slice(0, SECOND_HALF - 1);
const articles: ArticleNames[] = [];
for (const line of lines) {
  if (!line) continue;
  const { title, paragraphs } = JSON.parse(line) as { title: string; paragraphs: string[] };
  if (goldTitles.has(title.trim())) continue;
  const blocks: Block[] = [title, ...paragraphs].map((text) => ({ kind: 'paragraph', text, direction: 'rtl' }));
  const people = extractEntities(blocks).filter((entity) => entity.kind === 'person');
  articles.push(people.map((person) => tokenize(person.name).filter((token) => token.isWord).map((token) => token.folded)));
}
const words = harvestDefiniteGivenNames(articles);
writeFileSync(output, words.join('\n') + '\n');
console.log(`${words.length} words from ${articles.length} articles → ${output}`);
