/**
 * What the lexicons say about a folded word under any of its proclitic readings ("وبالعراق" is
 * also "بالعراق" and "العراق"). The rules ask this of every token, and an article repeats its words:
 * each distinct word is looked up once and its answers kept as bits.
 */
import { rememberedPerWord, type WordHolder } from './word-memo.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedExtraOfficeHeads, foldedPersonTitles } from './lexicon.js';
import { isPressEnvoyWord } from './press-addressees.js';

/** A reading is the first word of a lexicon place or organization. */
export const LEXICON_FIRST_WORD = 1 << 0;
/** A reading is an organization head ("وزارة"). */
export const ORGANIZATION_HEAD = 1 << 1;
/** A reading without the article is an organization head: "وزارة" opens a name, "الوزارة" does not. */
export const BARE_ORGANIZATION_HEAD = 1 << 2;
/** A reading with the article is an honorific or a person title ("الرئيس", "والشيخ"). */
export const PERSON_TITLE = 1 << 3;
/** A reading is an office title ("ووزير", "بوزير"). */
export const OFFICE_TITLE = 1 << 4;
/** A reading is an honorific. */
export const HONORIFIC = 1 << 5;
/** A reading is a nationality adjective. */
export const NATIONALITY = 1 << 6;
/** A reading is a place. */
export const PLACE = 1 << 7;
/** A reading is an office word of the officials grammar: a title, an extra head, or one in the accusative ("وكيلاً"). */
export const OFFICE_WORD = 1 << 8;
/** The traits of a word that reads as no name: a place, an organization's head, a nationality, a title or an office. */
export const NOT_A_NAME = PLACE | ORGANIZATION_HEAD | NATIONALITY | HONORIFIC | PERSON_TITLE | OFFICE_WORD;

/** A noun in "ة" with a pronoun ending ("رئيستها", "مديرته"), folded: its stem before the "ت". */
const FEMININE_WITH_PRONOUN = /^(.{3,})ت(?:ها|ه|هم|هما|نا|كم)$/;
/** A noun with the ending "our" ("مندوبنا", "سفيرنا"), folded: its stem. */
const WITH_OUR = /^(.{3,})نا$/;

const traitsOf = rememberedPerWord((folded, word) => traitsOfWord(folded, word));

function traitsOfWord(folded: string, word: WordHolder): number {
  const lists = listsOfWords();
  let traits = 0;
  for (const { stem } of procliticReadings(word)) {
    const listed = lists.get(stem) ?? 0;
    const definite = stem.startsWith('ال');
    if (listed & IN_LEXICON_FIRST_WORDS) traits |= LEXICON_FIRST_WORD;
    if (listed & IN_ORGANIZATION_HEADS) traits |= definite ? ORGANIZATION_HEAD : ORGANIZATION_HEAD | BARE_ORGANIZATION_HEAD;
    if (definite && listed & (IN_HONORIFICS | IN_PERSON_TITLES)) traits |= PERSON_TITLE;
    if (listed & IN_OFFICE_TITLES) traits |= OFFICE_TITLE;
    if (listed & IN_HONORIFICS) traits |= HONORIFIC;
    if (listed & IN_NATIONALITIES) traits |= NATIONALITY;
    if (listed & IN_PLACES) traits |= PLACE;
    // ("كاميرا" is no "ك" + "أميرا": a preposition governs the genitive, so only "و"/"ف" go before an accusative.)
    const accusative = stem.length > 3 && stem.endsWith('ا') && /^[وف]*$/.test(folded.slice(0, folded.length - stem.length)) ? stem.slice(0, -1) : '';
    if (listed & (IN_OFFICE_TITLES | IN_EXTRA_OFFICE_HEADS) || (accusative && (lists.get(accusative) ?? 0) & (IN_OFFICE_TITLES | IN_EXTRA_OFFICE_HEADS))) traits |= OFFICE_WORD;
    // "رئيستها" (its president, f.): a feminine office with a pronoun ending writes its "ة" as "ت".
    // (The masculine "رئيسها" already reads as one: folded, it is "رئيسة" in the accusative.)
    const feminine = definite ? null : FEMININE_WITH_PRONOUN.exec(stem);
    if (feminine && (lists.get(`${feminine[1]}ه`) ?? 0) & (IN_OFFICE_TITLES | IN_EXTRA_OFFICE_HEADS)) traits |= OFFICE_WORD;
    // "مندوبنا الدائم في الأمم المتحدة فلان" (our permanent envoy), in a quoted official's words; not
    // "مبعوثنا فلان", "موفدنا" (the paper's own reporter).
    const ours = definite ? null : WITH_OUR.exec(stem);
    if (ours && !isPressEnvoyWord(ours[1]) && (lists.get(ours[1]) ?? 0) & (IN_OFFICE_TITLES | IN_EXTRA_OFFICE_HEADS)) traits |= OFFICE_WORD;
  }
  // "للمخرجة", "وللشيخ": "ل" + the article writes one "ل" less, so no slice of the word is the
  // titled reading; an honorific read through it still introduces a name (offices behind "لل" are
  // the officials grammar's, roles.ts).
  const joined = /^[وف]?لل(.{3,})$/.exec(folded);
  if (joined && (lists.get(`ال${joined[1]}`) ?? 0) & IN_HONORIFICS) traits |= PERSON_TITLE;
  return traits;
}

/** The lexicon lists a word is in, as bits: one look-up a reading instead of one a list. */
const IN_LEXICON_FIRST_WORDS = 1 << 0;
const IN_ORGANIZATION_HEADS = 1 << 1;
const IN_HONORIFICS = 1 << 2;
const IN_PERSON_TITLES = 1 << 3;
const IN_OFFICE_TITLES = 1 << 4;
const IN_NATIONALITIES = 1 << 5;
const IN_PLACES = 1 << 6;
const IN_EXTRA_OFFICE_HEADS = 1 << 7;

let listsByWord: Map<string, number> | undefined;

function listsOfWords(): Map<string, number> {
  if (listsByWord) return listsByWord;
  const gaz = gazetteer();
  const lists = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const word of words) lists.set(word, (lists.get(word) ?? 0) | bit);
  };
  add(gaz.lexiconFirstWords, IN_LEXICON_FIRST_WORDS);
  add(gaz.organizationHeads, IN_ORGANIZATION_HEADS);
  add(gaz.honorifics, IN_HONORIFICS);
  add(foldedPersonTitles, IN_PERSON_TITLES);
  add(gaz.officeTitles, IN_OFFICE_TITLES);
  add(gaz.nationalities.keys(), IN_NATIONALITIES);
  add(gaz.places, IN_PLACES);
  add(foldedExtraOfficeHeads, IN_EXTRA_OFFICE_HEADS);
  listsByWord = lists;
  return lists;
}

/** Whether any reading of the folded word (or a token's) has any of the `traits` bits. */
export function hasTrait(word: string | WordHolder, traits: number): boolean {
  return (traitsOf(word) & traits) !== 0;
}
