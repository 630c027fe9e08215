/**
 * Builds data/entities/common-words.txt from the ANT corpus (../shared/corpora/ant, Apache-2.0):
 * words frequent in running news text that almost never stand where a name stands (after a person
 * title such as "السيد" or "الرئيس", before "بن", or after a known given name). The extractor does
 * not take a span made only of such words for a person ("وعضوية", "نعول", "لاهتمامكم").
 * Uses nothing but the raw text (no tagger, so nothing learnt from ANERcorp). Run:
 *   npx tsx scripts/build-common-words.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gazetteer } from '../src/entities/gazetteer.js';
import { tokenize } from '../src/entities/tokenize.js';
import { fold } from '../src/text/normalize.js';

const MIN_COUNT = 8;
/** At most this share of a word's uses may be in a name position. */
const MAX_NAME_SHARE = 0.03;

const corpus = fileURLToPath(new URL('../../shared/corpora/ant/ant-1.1.jsonl', import.meta.url));
const output = fileURLToPath(new URL('../data/entities/common-words.txt', import.meta.url));

const TITLES = new Set(
  ['السيد', 'السيدة', 'الرئيس', 'الوزير', 'الوزيرة', 'الدكتور', 'الدكتورة', 'الشيخ', 'الأستاذ', 'الأستاذة', 'الملك',
   'الأمير', 'اللواء', 'العميد', 'العقيد', 'المهندس', 'النائب', 'النائبة', 'الفنان', 'الفنانة', 'اللاعب', 'المدرب',
   'الزميل', 'الزميلة', 'الكاتب', 'الشاعر', 'المخرج', 'الإمام', 'القاضي', 'السفير', 'المحامي', 'الحاج'].map(fold),
);
const gaz = gazetteer();
const total = new Map<string, number>();
const asName = new Map<string, number>();
const bump = (map: Map<string, number>, word: string): void => {
  map.set(word, (map.get(word) ?? 0) + 1);
};

for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { title?: string; paragraphs?: string[] };
  for (const text of [article.title ?? '', ...(article.paragraphs ?? [])]) {
    const words = tokenize(text).map((token) => (token.isWord ? token.folded : ''));
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word.length < 3 || /[0-9a-z]/.test(word)) continue;
      bump(total, word);
      const before = words[i - 1] ?? '';
      const after = words[i + 1] ?? '';
      if (TITLES.has(before) || after === 'بن' || gaz.firstNames.has(before)) bump(asName, word);
    }
  }
}

const common = [...total]
  .filter(([word, count]) => count >= MIN_COUNT && (asName.get(word) ?? 0) / count <= MAX_NAME_SHARE)
  .filter(([word]) => !gaz.firstNames.has(word) && !gaz.familyNames.has(word))
  .map(([word]) => word)
  .sort();
writeFileSync(output, common.join('\n') + '\n');
console.log(`${common.length} common words written to ${output}`);
