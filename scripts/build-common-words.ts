/**
 * Builds data/entities/common-words.txt from the ANT corpus (../shared/corpora/ant, Apache-2.0):
 * words frequent in running news text that almost never stand where a name stands (after a person
 * title such as "السيد" or "الرئيس", or before "بن"). The extractor does
 * not take a span made only of such words for a person ("وعضوية", "نعول", "لاهتمامكم").
 * Also data/entities/place-words.txt: words often right after "في", "إلى" or the head of a place or
 * media name ("متحف باردو", "قناة فوكس"), which name places and bodies, not people.
 * Uses nothing but the raw text (no tagger, so nothing learnt from ANERcorp). Run:
 *   npx tsx scripts/build-common-words.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gazetteer } from '../src/entities/gazetteer.js';
import { tokenize } from '../src/entities/tokenize.js';
import { fold } from '../src/text/normalize.js';

const MIN_COUNT = 5;
/** At most this share of a word's uses may be in a name position. */
const MAX_NAME_SHARE = 0.05;
/** How often another form of the word must occur (see `alternants`). */
const MIN_ALTERNANT = 2;

const corpus = fileURLToPath(new URL('../../shared/corpora/ant/ant-1.1.jsonl', import.meta.url));
const output = fileURLToPath(new URL('../data/entities/common-words.txt', import.meta.url));
const placeOutput = fileURLToPath(new URL('../data/entities/place-words.txt', import.meta.url));

/**
 * Words that contain a place or a body: "في"/"إلى" and the heads of place and media names. A word
 * often right after them ("متحف باردو", "قناة فوكس", "إلى بيونغ") names a place or a body.
 */
const CONTAINERS = new Set(
  ['في', 'إلى', 'الى', 'قناة', 'صحيفة', 'لصحيفة', 'متحف', 'بمتحف', 'قصر', 'بقصر', 'مدينة', 'بمدينة', 'ولاية', 'بولاية',
   'منطقة', 'بمنطقة', 'جزيرة', 'قاعدة', 'مطار', 'بمطار', 'جامعة', 'بجامعة', 'نادي', 'شارع', 'بشارع', 'حي', 'موقع',
   'وكالة', 'شبكة', 'مجلة', 'تلفزيون', 'إذاعة', 'شركة', 'لشركة', 'مستشفى', 'مدرسة', 'عاصمة', 'بلدة', 'قرية', 'ساحة',
   'معتمدية', 'بمعتمدية', 'محافظة', 'بمحافظة', 'إقليم', 'دولة', 'مخيم', 'ميناء', 'سجن', 'فندق', 'ملعب'].map(fold),
);
/** Share of a word's uses after a container for it to count as a place or body word. */
const MIN_PLACE_SHARE = 0.25;
const MIN_PLACE_COUNT = 3;

const TITLES = new Set(
  ['السيد', 'السيدة', 'الرئيس', 'الوزير', 'الوزيرة', 'الدكتور', 'الدكتورة', 'الشيخ', 'الأستاذ', 'الأستاذة', 'الملك',
   'الأمير', 'اللواء', 'العميد', 'العقيد', 'المهندس', 'النائب', 'النائبة', 'الفنان', 'الفنانة', 'اللاعب', 'المدرب',
   'الزميل', 'الزميلة', 'الكاتب', 'الشاعر', 'المخرج', 'الإمام', 'القاضي', 'السفير', 'المحامي', 'الحاج'].map(fold),
);
const gaz = gazetteer();
// After an office or a nationality ("وزير الخارجية الأمريكي جون كيري") a name usually follows too.
for (const word of [...gaz.officeTitles, ...gaz.nationalities.keys()]) if (word.startsWith('ال')) TITLES.add(word);

const texts: string[][] = [];
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { title?: string; paragraphs?: string[] };
  for (const text of [article.title ?? '', ...(article.paragraphs ?? [])]) texts.push(tokenize(text).map((token) => (token.isWord ? token.folded : '')));
}

const counted = (word: string): boolean => word.length >= 3 && !/[0-9a-z]/.test(word);

/** Counts each word and its uses in a name position; `seeds` are words already known to be names. */
function count(seeds: Set<string>): { total: Map<string, number>; asName: Map<string, number>; inPlace: Map<string, number> } {
  const total = new Map<string, number>();
  const asName = new Map<string, number>();
  const inPlace = new Map<string, number>();
  const bump = (map: Map<string, number>, word: string): void => {
    map.set(word, (map.get(word) ?? 0) + 1);
  };
  for (const words of texts) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!counted(word)) continue;
      bump(total, word);
      const before = words[i - 1] ?? '';
      const after = words[i + 1] ?? '';
      if (TITLES.has(before) || after === 'بن' || seeds.has(before)) bump(asName, word);
      if (CONTAINERS.has(before)) bump(inPlace, word);
    }
  }
  return { total, asName, inPlace };
}

// Two passes: words often after a title are names; the words next to them are in a name's place too
// (a family name after a given name).
const first = count(new Set());
const seeds = new Set([...first.total].filter(([word, n]) => n >= 3 && (first.asName.get(word) ?? 0) / n >= 0.2).map(([word]) => word));
const { total, asName, inPlace } = count(seeds);

const IMPERFECT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];

/**
 * Other forms of the same word: with or without the article, or a verb in another person ("يعول",
 * "تعول"). Ordinary words have them; the names of people often in the news ("الحرشاني") do not.
 */
function alternants(word: string): string[] {
  const forms = [word.startsWith('ال') ? word.slice(2) : 'ال' + word];
  if (IMPERFECT_PREFIXES.includes(word[0])) for (const prefix of IMPERFECT_PREFIXES) if (prefix !== word[0]) forms.push(prefix + word.slice(1));
  return forms;
}

const common = [...total]
  .filter(([word, n]) => n >= MIN_COUNT && (asName.get(word) ?? 0) / n <= MAX_NAME_SHARE)
  .filter(([word]) => !gaz.firstNames.has(word) && !gaz.familyNames.has(word))
  .filter(([word]) => alternants(word).some((form) => (total.get(form) ?? 0) >= MIN_ALTERNANT))
  .map(([word]) => word)
  .sort();
writeFileSync(output, common.join('\n') + '\n');
const commonSet = new Set(common);
console.log(`${common.length} common words written to ${output}`);

// Place and body words: often after a container, seldom in a name's place, not a known name.
const places = [...total]
  .filter(([word, n]) => n >= MIN_PLACE_COUNT && (inPlace.get(word) ?? 0) / n >= MIN_PLACE_SHARE && (asName.get(word) ?? 0) / n <= 0.1)
  .filter(([word]) => !gaz.firstNames.has(word) && !gaz.familyNames.has(word) && !commonSet.has(word))
  .map(([word]) => word)
  .sort();
writeFileSync(placeOutput, places.join('\n') + '\n');
console.log(`${places.length} place and body words written to ${placeOutput}`);
