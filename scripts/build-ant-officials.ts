/**
 * Builds data/entities/ant-officials.txt: officeholders the unlabeled ANT news (../shared/corpora/ant,
 * Apache-2.0) names with their office again and again, harvested by qari's own officials grammar
 * (self-training). News names a serving head of government or minister without his office
 * ("حكومة يوسف الشاهد", "بزيارة الباجي قايد السبسي"); an article that never states it still
 * means an official, and the reader expects him among the officials.
 *
 * A name (two key words or more, keyed as the extractor merges names) is kept when the extractor
 * finds it as an official with an office stated in at least MIN_ARTICLES articles and in at least
 * OFFICIAL_SHARE of the articles naming it (a name shared by a minister and a footballer stays
 * out). Only the corpus's FIRST half is read (the second half is kept for unseen checks), and not
 * the ANT articles the gold files hold (../shared/articles/ar/ant-*.txt, matched by title).
 * The list is used for whole names only, never for a family name alone ("الطيب", "الناصر" are words).
 * Run (about a minute):  npx tsx scripts/build-ant-officials.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { harvestOfficials } from '../src/entities/official-harvest.js';
import { officialKey } from '../src/entities/known-officials.js';
import { firstHalfPersons } from './ant-first-half.js';

const output = fileURLToPath(new URL('../data/entities/ant-officials.txt', import.meta.url));
const articles = firstHalfPersons().map((people) => people.map((person) => ({ key: officialKey(person.name), statedOfficial: person.official && person.role !== null })));
const keys = harvestOfficials(articles);
writeFileSync(output, keys.join('\n') + '\n');
console.log(`${keys.length} names from ${articles.length} articles → ${output}`);
