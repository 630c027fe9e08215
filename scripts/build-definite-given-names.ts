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
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { harvestDefiniteGivenNames } from '../src/entities/definite-given-names-harvest.js';
import { tokenize } from '../src/entities/tokenize.js';
import { firstHalfPersons } from './ant-first-half.js';

const output = fileURLToPath(new URL('../data/entities/ant-definite-given-names.txt', import.meta.url));
const articles = firstHalfPersons().map((people) => people.map((person) => tokenize(person.name).filter((token) => token.isWord).map((token) => token.folded)));
const words = harvestDefiniteGivenNames(articles);
writeFileSync(output, words.join('\n') + '\n');
console.log(`${words.length} words from ${articles.length} articles → ${output}`);
