/**
 * Builds data/entities/known-officials.txt: the names of public officeholders (politicians, heads
 * of state, ministers, police officers) as WikiFANE Gold 2014 tags them (fine person classes
 * Politician and Police; ../shared/ner/wikifane, Alotaibi & Lee, COLING 2014, CC BY-SA 3.0). News
 * often names a well-known politician without his office ("وقال أوباما ..."); the extractor takes a
 * person whose full name is on this list for an official.
 *
 * A name (two key words or more, titles taken off, folded and keyed as the extractor merges names:
 * src/entities/name-key.ts) is kept when WikiFANE tags it official at least MIN_OFFICIAL times and
 * in most of its occurrences (OFFICIAL_SHARE), so a name shared by a politician and a footballer,
 * or tagged official once by a slip, stays out. The two settings were chosen on WikiFANE itself:
 * the list built from its training documents is scored on its development documents (every tenth,
 * as for the tagger): of the person mentions there that the list matches, how many WikiFANE tags
 * official (precision), and how many of its official mentions the list matches (recall).
 * `--report` prints that table; the shipped list is built from all documents with the chosen
 * settings. NewsFANE is not read (its text is ANERcorp's). Run:
 *   npx tsx scripts/build-known-officials.ts [--report]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dropLeadingTitles, OFFICIAL_CLASSES, parseFane, WIKIFANE_FILE, type FaneSentence } from '../src/entities/fane.js';
import { gazetteer } from '../src/entities/gazetteer.js';
import { isGivenName } from '../src/entities/given-names.js';
import { nameKey } from '../src/entities/name-key.js';
import { isTitleWord } from '../src/entities/spans.js';

const MIN_OFFICIAL = 2;
const HOLD_OUT_RUN = 500;
const OFFICIAL_SHARE = 0.75;

const input = fileURLToPath(new URL(`../../shared/ner/${WIKIFANE_FILE}`, import.meta.url));
const output = fileURLToPath(new URL('../data/entities/known-officials.txt', import.meta.url));

const gaz = gazetteer();
const isTitle = (word: string): boolean =>
  gaz.honorifics.has(word) || gaz.officeTitles.has(word) || isTitleWord({ text: word, folded: word, start: 0, end: word.length, isWord: true });

interface Person {
  key: string;
  official: boolean;
}

/** The person names of a document (two key words or more), with whether WikiFANE tags them official. */
function peopleOf(document: readonly FaneSentence[]): Person[] {
  const people: Person[] = [];
  for (const sentence of document) {
    const { words, tags, fine } = sentence;
    for (let i = 0; i < words.length; i++) {
      if (tags[i] !== 'B-PERS') continue;
      let end = i + 1;
      while (end < words.length && tags[end] === 'I-PERS') end++;
      const key = nameKey(words.slice(i, end));
      // A name ending in "بن"/"أبو" or holding a title is a tagging slip; one word names no one for sure.
      if (key.length >= 2 && !key.some(isTitle) && !['بن', 'ابو', 'ال', 'بنت'].includes(key[key.length - 1])) {
        people.push({ key: key.join(' '), official: OFFICIAL_CLASSES.has(fine[i]) });
      }
      i = end - 1;
    }
  }
  return people;
}

interface Counts {
  official: number;
  total: number;
}

function count(documents: readonly FaneSentence[][]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const document of documents) {
    for (const { key, official } of peopleOf(document)) {
      const c = counts.get(key) ?? { official: 0, total: 0 };
      c.total++;
      if (official) c.official++;
      counts.set(key, c);
    }
  }
  // "وباراك أوباما": a conjunction or preposition the segmentation left on the first word counts
  // for the name without it, when that name is tagged too.
  for (const [key, c] of [...counts]) {
    if (!/^[وفبلك]/.test(key)) continue;
    const bare = counts.get(key.slice(1));
    if (!bare) continue;
    bare.official += c.official;
    bare.total += c.total;
    counts.delete(key);
  }
  return counts;
}

const isGiven = (word: string): boolean => gaz.firstNames.has(word) || isGivenName(word);

/**
 * Whether a key names too many people to say who: a patronymic without its first name ("بن سعود"),
 * a compound given name alone ("صلاح الدين", "نصر الله"), two common given names (data/entities/names) and no
 * family name ("محمد علي", "جمال سالم"), or a clitic the segmentation left on a given name ("وحسين ...").
 */
function isAmbiguous(key: string): boolean {
  const words = key.split(' ');
  if (words[0] === 'بن') return true;
  if (words.length === 2 && (words[1] === 'دين' || words[1] === 'الله' || words.every((word) => gaz.firstNames.has(word)))) return true;
  const rest = words[0].slice(1);
  return /^[وفبلك]/.test(words[0]) && (isGiven(rest) || rest === 'بن' || /^(?:عبد|ابو|ابي)/.test(rest));
}

function select(counts: Map<string, Counts>, minOfficial: number, share: number): string[] {
  return [...counts]
    .filter(([key, c]) => c.official >= minOfficial && c.official / c.total >= share && !isAmbiguous(key))
    .map(([key]) => key)
    .sort();
}

const documents = (() => {
  const sentences = parseFane(readFileSync(input, 'utf8'));
  for (const sentence of sentences) dropLeadingTitles(sentence, isTitle);
  return sentences;
})();

if (process.argv.includes('--report')) {
  // WikiFANE's running text keeps one Wikipedia article over many 20-sentence documents: hold out
  // long stretches (every fifth run of 500 sentences) so that the development names are mostly
  // from articles the list was not built on.
  const train: FaneSentence[][] = [];
  const dev: FaneSentence[][] = [];
  for (let start = 0, d = 0; start < documents.length; start += HOLD_OUT_RUN, d++) (d % 5 === 4 ? dev : train).push(documents.slice(start, start + HOLD_OUT_RUN));
  const trainCounts = count(train);
  const devPeople = dev.flatMap(peopleOf);
  const devOfficials = devPeople.filter((p) => p.official).length;
  console.log(`held-out runs: ${dev.length}, person mentions ${devPeople.length}, official ${devOfficials}`);
  for (const minOfficial of [1, 2, 3, 5]) {
    for (const share of [0.5, 0.6, 0.75, 0.9]) {
      const list = new Set(select(trainCounts, minOfficial, share));
      const matched = devPeople.filter((p) => list.has(p.key));
      const right = matched.filter((p) => p.official).length;
      console.log(`min ${minOfficial} share ${share}: ${list.size} names, matched ${matched.length}, precision ${(right / Math.max(1, matched.length)).toFixed(3)}, recall ${(right / Math.max(1, devOfficials)).toFixed(3)}`);
    }
  }
} else {
  const names = select(count([documents]), MIN_OFFICIAL, OFFICIAL_SHARE);
  writeFileSync(output, names.join('\n') + '\n');
  console.log(`${names.length} known officials → ${output}`);
}
