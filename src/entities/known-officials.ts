/**
 * Well-known officeholders (data/entities/known-officials.txt, built from WikiFANE's Politician and
 * Police classes by scripts/build-known-officials.ts): news names a head of state or a minister
 * without his office ("وقال أوباما ..."), and a reader still expects him among the officials.
 * Loaded on first use, with the rest of the entity data.
 */
import { fold } from '../text/normalize.js';
import { readFoldedWords } from './data-path.js';
import { nameKey } from './name-key.js';
import { FATHER_LINKS } from './name-parts.js';
import { isRareWord } from './tagger.js';

/** Whether the folded words of a name are, keyed, one of the listed names. */
export type KnownOfficialTest = (foldedWords: readonly string[]) => boolean;

/**
 * A test against `keys` (names already keyed as nameKey does, words joined by a space). Only a whole
 * name of two key words or more matches: a surname alone ("عباس") names too many people.
 */
export function knownOfficialTest(keys: ReadonlySet<string>): KnownOfficialTest {
  return (foldedWords) => {
    const key = nameKey(foldedWords);
    return key.length >= 2 && keys.has(key.join(' '));
  };
}

/** Whether a folded one-word name is the family name of exactly one listed official. */
export type KnownFamilyNameTest = (foldedWord: string) => boolean;

/**
 * A test against `keys` (as for knownOfficialTest): "وقال أوباما" names a well-known official by his
 * family name alone. The word must end exactly one listed name of two words or more and appear in no
 * other listed name at all ("حافظ" ends one name and opens another; "الأسد" ends two).
 */
export function knownFamilyNameTest(keys: ReadonlySet<string>): KnownFamilyNameTest {
  const uses = new Map<string, number>();
  const lastWords = new Set<string>();
  for (const key of keys) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    for (const word of new Set(words)) uses.set(word, (uses.get(word) ?? 0) + 1);
    lastWords.add(words[words.length - 1]);
  }
  return (foldedWord) => {
    const key = nameKey([foldedWord]);
    return key.length === 1 && lastWords.has(key[0]) && uses.get(key[0]) === 1;
  };
}

/** The key of a name as written ("محمود عبّاس" → "محمود عباس"), for building a list of keys. */
export function officialKey(name: string): string {
  return nameKey(fold(name).split(/\s+/).filter(Boolean)).join(' ');
}

let shippedKeys: ReadonlySet<string> | undefined;
let shipped: KnownOfficialTest | undefined;
let shippedFamilyNames: KnownFamilyNameTest | undefined;

/** The shipped list's keys, read once for both tests. */
function shippedList(): ReadonlySet<string> {
  shippedKeys ??= readFoldedWords('entities/known-officials.txt');
  return shippedKeys;
}

let antKeys: ReadonlySet<string> | undefined;

/** The ANT list's keys (entities/ant-officials.txt), read once for the three tests. */
function antList(): ReadonlySet<string> {
  antKeys ??= readFoldedWords('entities/ant-officials.txt');
  return antKeys;
}

/**
 * The test against the shipped lists: WikiFANE's officeholders and those the ANT news states an
 * office of again and again (entities/ant-officials.txt, scripts/build-ant-officials.ts). Whole
 * names only here; the family-name test below takes the ANT list's two-word names too.
 */
export function isKnownOfficial(foldedWords: readonly string[]): boolean {
  shipped ??= knownOfficialTest(new Set([...shippedList(), ...antList()]));
  return shipped(foldedWords);
}

let shippedSurnames: ReadonlySet<string> | undefined;

/**
 * Whether the folded words ("بورقيبه", "بن علي") end, keyed, a listed official's longer name
 * (both shipped lists): the surname a ruler is named by after the noun of his era ("في عهد بورقيبة",
 * ruler-eras.ts), where the noun, not the name alone, says he held power. A lineage tail ("بن علي")
 * counts whole: the one word after "بن" is a father's given name.
 */
export function isKnownOfficialSurname(foldedWords: readonly string[]): boolean {
  if (shippedSurnames === undefined) {
    const tails = new Set<string>();
    for (const key of [...shippedList(), ...antList()]) {
      const words = key.split(' ');
      if (words.length < 2) continue;
      tails.add(words[words.length - 1]);
      if (words.length >= 3 && words[words.length - 2] === 'بن') tails.add(words.slice(-2).join(' '));
    }
    shippedSurnames = tails;
  }
  const key = nameKey(foldedWords);
  return key.length === foldedWords.length && shippedSurnames.has(key.join(' ')) && (key.length === 2 ? key[0] === 'بن' : key.length === 1 && key[0] !== 'بن');
}

/**
 * The ANT list's names whose last word is a family name: a given and a family name, or an Arabic or
 * Turkish name of three words ("رجب طيب اردوغان": given, second given or father's, family name),
 * whose first two are words of running Arabic text, no lineage link. A longer foreign name,
 * transliterated, ends in a part of a compound one ("اوليفيي بوافر دارفور", "كيم جونغ اون") that
 * alone names something else.
 */
function antFamilyNamed(): string[] {
  return [...antList()].filter((key) => {
    const words = key.split(' ');
    return words.length === 2 || (words.length === 3 && !LINEAGE_LINKS.has(words[1]) && !words.slice(0, 2).some((word) => isRareWord(word)));
  });
}

/** Words that link a name to a father's or a family's ("بن لادن", "بنت ناصر", "ولد", "أبو"), folded. */
const LINEAGE_LINKS = new Set([...FATHER_LINKS, 'ابو']);

/** The family-name test against the shipped lists (WikiFANE's, and the ANT list's names ending in a family name). */
export function isKnownOfficialFamilyName(foldedWord: string): boolean {
  shippedFamilyNames ??= knownFamilyNameTest(new Set([...shippedList(), ...antFamilyNamed()]));
  return shippedFamilyNames(foldedWord);
}

/** The longest a listed whole name runs, in words. */
export const MAX_LISTED_NAME_WORDS = 4;

/**
 * The number of words (two or more) from `foldedWords[0]` that make, keyed, one listed official's
 * whole name, the longest such; 0 for none.
 */
export type KnownOfficialLengthTest = (foldedWords: readonly string[]) => number;

/** A length test against `keys` (as for knownOfficialTest); only a listed name's first key word opens one. */
export function knownOfficialLengthTest(keys: ReadonlySet<string>): KnownOfficialLengthTest {
  const isListed = knownOfficialTest(keys);
  const firstWords = new Set([...keys].map((key) => key.split(' ')[0]));
  return (foldedWords) => {
    const first = nameKey(foldedWords.slice(0, 2))[0];
    if (first === undefined || !firstWords.has(first)) return 0;
    for (let length = Math.min(foldedWords.length, MAX_LISTED_NAME_WORDS); length >= 2; length--) if (isListed(foldedWords.slice(0, length))) return length;
    return 0;
  };
}

let shippedLength: KnownOfficialLengthTest | undefined;

/**
 * The length test against both shipped lists: "تيريزا ماي" is a listed name wherever it stands,
 * though "ماي" is also a month (listed-official-names.ts).
 */
export function knownOfficialNameLength(foldedWords: readonly string[]): number {
  shippedLength ??= knownOfficialLengthTest(new Set([...shippedList(), ...antList()]));
  return shippedLength(foldedWords);
}
