/**
 * Whether a word behaves like an ordinary word rather than a name, from general signals instead of
 * lists of phrases: its frequency in running news text where names never stand, with other forms
 * of it there too (data/entities/common-words.txt, derived from the ANT corpus by
 * scripts/build-common-words.ts: "عضوية" and "العضوية", "يعول" and "تعول"), the same with a
 * clitic ("وعضوية" is "و" + "عضوية"), an attached pronoun ("لاهتمامكم", "وزيرنا"), or a verb's
 * imperfect prefix ("نعول" beside the common "يعول"). Loaded on first use.
 */
import { procliticReadings } from './clitics.js';
import { readFoldedWords } from './data-path.js';
import { gazetteer } from './gazetteer.js';
import { isGivenName, isListedNameWord } from './given-names.js';
import { isOftenANameInNews, isRarelyANameInNews, isSeenInRunningText, personShareBucket } from './tagger.js';
import { foldedExtraOfficeHeads } from './lexicon.js';
import type { Token } from './tokenize.js';
import { rememberedPerWord, rememberedYesNoPerWord, type WordHolder } from './word-memo.js';
import { isLedByWord } from './leadership-nouns.js';

let common: Set<string> | undefined;
let placeWords: Set<string> | undefined;

function commonWords(): Set<string> {
  common ??= readFoldedWords('entities/common-words.txt');
  return common;
}

/**
 * A word that in news text mostly follows "في", "إلى" or the head of a place or media name ("متحف
 * باردو", "قناة فوكس"): it names a place or a body (data/entities/place-words.txt, from ANT).
 */
export function isPlaceWord(folded: string): boolean {
  placeWords ??= readFoldedWords('entities/place-words.txt');
  // ("بنڤردان", "ڤابس": the Maghreb letter for "g" spells what the list writes with "ق".)
  return placeWords.has(folded) || (folded.includes('ڤ') && placeWords.has(folded.replaceAll('ڤ', 'ق')));
}

/** "بن", "وبن", "ببن": the word "son of" or the first word of a place, with a conjunction or preposition. */
const BIN_WITH_CLITICS = /^[وف]?[بل]?بن$/;

/**
 * "بن قردان", "بن عروس": towns of the Maghreb whose name starts with "بن" (news also writes them
 * "بنقردان"). When the two words written as one are a known place word, "بن X" is that place, not
 * a lineage: returns the length of the clitics on "بن", or -1.
 */
/** Whether a folded word is "بن" with its clitics, the first word binPlaceAt asks for. */
export function isBinWithClitics(folded: string): boolean {
  return BIN_WITH_CLITICS.test(folded);
}

export function binPlaceAt(tokens: readonly Token[], index: number): number {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (!token?.isWord || !BIN_WITH_CLITICS.test(token.folded) || !next?.isWord) return -1;
  return isPlaceWord(`بن${next.folded}`) ? token.folded.length - 2 : -1;
}

/** Pronouns attached to the end of a noun or verb: "their", "your", "our", "his". */
const PRONOUN_SUFFIX = /(?:كم|كما|هم|هما|هن)$/;
const SHORT_PRONOUN_SUFFIXES = ['نا', 'ها', 'ه', 'ي'];
const IMPERFECT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];

/** A word frequent in news text, (almost) never in a name's place, and found in other forms too. */
export function isCommonWord(word: string | WordHolder): boolean {
  // (Asked of most tokens by several passes: a token's answer is kept with its word's record.)
  return typeof word === 'string' ? commonWords().has(word) : commonWordOfToken(word);
}

const commonWordOfToken = rememberedPerWord((folded) => commonWords().has(folded));

/** A place's proper name, no common word ("الجزائر", "صفاقس"; not "الوطن"). */
export function isPlaceNameWord(word: string | WordHolder): boolean {
  return isPlaceWord(typeof word === 'string' ? word : word.folded) && !isCommonWord(word);
}

/** Whether a folded word is an office noun: the lexicon's titles or the grammar's extra heads. */
export function isOfficeStem(stem: string): boolean {
  return gazetteer().officeTitles.has(stem) || foldedExtraOfficeHeads.has(stem);
}

/**
 * Whether a stem left by a pronoun ending is an office: "رئيست" of "رئيستها" (its president, f.)
 * is "رئيسة", whose "ة" is written "ت" before an ending.
 */
export function isOfficeBeforePronoun(stem: string): boolean {
  return isOfficeStem(stem) || (stem.length > 3 && stem.endsWith('ت') && isOfficeStem(`${stem.slice(0, -1)}ه`));
}

/**
 * Whether a folded word reads as an ordinary word or a verb, never as a name. After a title
 * (`titled`) a bare common word may still be a name ("الملك الحسن"), so then only affixes count.
 * `written` (the word as written) lets a final "ه" be read as a pronoun.
 */
export function isOrdinaryWord(word: string | WordHolder, titled = false, written?: string): boolean {
  // (Asked of a token alone, the answer depends on its folded word only: kept with the word's record.)
  if (typeof word !== 'string') return titled || written !== undefined ? isOrdinaryFolded(word.folded, titled, written) : ordinaryWord(word);
  return isOrdinaryFolded(word, titled, written);
}

const ordinaryWord = rememberedPerWord((folded) => isOrdinaryFolded(folded, false, undefined));

function isOrdinaryFolded(folded: string, titled: boolean, written: string | undefined): boolean {
  const gaz = gazetteer();
  if (gaz.firstNames.has(folded) || gaz.familyNames.has(folded)) return false;
  if (!titled && isCommonWord(folded)) return true;
  // "يحيى" reads like a verb ("he lives") but opens the names of many people in WikiFANE (a list
  // that leaves out the common words above). Written with a final "ي" where the name has "ى"
  // ("ماكرون يحيي ذكرى"), it is the verb.
  const verbSpelling = written !== undefined && /ي[\u064b-\u0652]*$/.test(written) && folded.endsWith('ي') && isGivenName(folded) && /^[يت]/.test(folded);
  if (isGivenName(folded) && !verbSpelling) return false;
  // ("كوثر بنعلي", "خالد بنسالم": a Maghreb family name, "بن" (son of) glued to a listed given name,
  // is no "ب" + a word ("نعلي": my sandal).)
  // ("أمين بنسلام": so is one the news never wrote, whatever word follows the "بن".)
  if (/^بن.{3,}$/.test(folded) && (isGivenName(folded.slice(2)) || !isSeenInRunningText(folded))) return false;
  // "صلاحية" beside the frequent "صلاحيات": a noun whose feminine plural is common is no name, even
  // after a title ("الرئيس صلاحية القرار").
  if (folded.length >= 5 && folded.endsWith('ه') && isCommonWord(`${folded.slice(0, -1)}ات`)) return true;
  // "موظفا", "سؤاله", "شكره": a common word with the accusative alef or the pronoun "his" (only as
  // written: folding makes the feminine "عيّارة" look the same).
  const pronoun = written !== undefined && /ه[\u064b-\u0652]*$/.test(written);
  if ((folded.endsWith('ا') || pronoun) && folded.length >= 5 && isCommonWord(folded.slice(0, -1)) && !folded.startsWith('ال')) return true;
  // "رفضه" (his refusal): a three-letter common word with "ه", where the news almost never has a name.
  if (pronoun && folded.length === 4 && isCommonWord(folded.slice(0, -1)) && isRarelyANameInNews(folded)) return true;
  // ("بزعامة", "بإمرة": a noun of leadership with its preposition; leadership-nouns.ts.)
  if (isLedByWord(folded)) return true;
  const readings = procliticReadings(folded);
  for (const { removed, stem } of readings) {
    if (removed > 0 && stem.length >= 4 && isCommonWord(stem)) return true;
    // "لتفقد" beside "يفقد": a verb behind a preposition.
    if (removed > 0 && stem.length >= 4 && IMPERFECT_PREFIXES.includes(stem[0]) && IMPERFECT_PREFIXES.some((prefix) => prefix !== stem[0] && isCommonWord(prefix + stem.slice(1)))) return true;
    // ("براهم", a family name: a word the news often takes for a person is no word with a pronoun.)
    if (folded.length >= 5 && PRONOUN_SUFFIX.test(stem) && !isOftenANameInNews(folded)) return true;
    // "وزيرنا", "رئيسها": an office with a pronoun is a description, not a name. (A word with the
    // article takes no pronoun: "السلطاني" is the nisba of "السلطان", a family name.)
    for (const suffix of SHORT_PRONOUN_SUFFIXES) if (stem.endsWith(suffix) && isOfficeBeforePronoun(stem.slice(0, -suffix.length)) && !(suffix === 'ي' && stem.startsWith('ال'))) return true;
  }
  // "يشنون", "تطالبون": the plural of a verb in the imperfect. (Not a word the news takes for a
  // person, "تايسون", nor one it never wrote ending in "سون", a foreign family name: "يوهانسون".)
  if (!titled && /^[يت].{3,}ون$/.test(folded) && (isSeenInRunningText(folded) ? personShareBucket(folded) <= 1 : !folded.endsWith('سون'))) return true;
  if (isInflected(folded, titled)) return true;
  // "سيحظى": the future prefix on a verb.
  if (/^س[يتن]/.test(folded) && folded.length >= 5 && isCommonWord(folded.slice(1))) return true;
  // "وأخيه", "أبوه": kinship with a pronoun describes someone.
  for (const { stem } of readings) if (/^(?:اخ|اخي|اخو|اب|ابي|ابو|ام|ابن|ابنت|زوج|زوجت|شقيق|شقيقت|نجل|والد|والدت)(?:ه|ها|هم|هما|كم|نا)$/.test(stem)) return true;
  // "نعول" beside "يعول": one verb in another person. (Not "نمير" beside "أمير": an office is a
  // noun, no verb of "I", so the given name "نمير" is no verb of "we".)
  if (!titled && folded.length >= 4 && folded.length <= 6 && IMPERFECT_PREFIXES.includes(folded[0])) {
    const stem = folded.slice(1);
    if (IMPERFECT_PREFIXES.some((prefix) => prefix !== folded[0] && isCommonWord(prefix + stem) && !isOfficeStem(prefix + stem))) return true;
  }
  return false;
}

/**
 * Inflections that a name does not take, on a common word: "توصلنا" (a verb of "we"), "يأمل",
 * "يعين" (a verb of "he", also right after a title: "الوزير يأمل"), and, outside a title's reach,
 * duals ("مسؤولان إيرانيان"): the word without the ending is a common word.
 */
function isInflected(folded: string, titled: boolean): boolean {
  if (folded.length >= 5 && folded.endsWith('نا') && isCommonWord(folded.slice(0, -2))) return true;
  if (folded.length >= 4 && folded.length <= 6 && folded.startsWith('ي')) {
    const stem = folded.slice(1);
    if (isCommonWord(stem) || IMPERFECT_PREFIXES.some((prefix) => prefix !== 'ي' && isCommonWord(prefix + stem))) return true;
    // "الرئيس يحصي", "يحظى": a verb of "he" whose last root letter is weak (ي or ى, folded to ي), a
    // shape no name list knows and the news never saw as a person ("يسري", "يحيى" are in the lists).
    const gaz = gazetteer();
    if (/^ي..ي$/.test(folded) && !isListedNameWord(folded) && !gaz.nationalities.has(folded) && !isOftenANameInNews(folded)) return true;
  }
  // ("أرسلان": not a bare dual the news never writes, of a verb at that: a foreign name's ending.
  // With the article or a verb's prefix it is one still: "الأمران", "يبحثان".)
  return !titled && folded.length >= 6 && /(?:ان|ين)$/.test(folded) && isCommonWord(folded.slice(0, -2)) && (/^(?:ال|[يتن])/.test(folded) || isSeenInRunningText(folded));
}

/** "فيلمين", "مسؤولان": a dual (or "ين" plural) of a common word that no name list knows. */
export function isDualOfCommonWord(folded: string): boolean {
  const gaz = gazetteer();
  return folded.length >= 6 && /(?:ان|ين)$/.test(folded) && isCommonWord(folded.slice(0, -2)) && !gaz.firstNames.has(folded) && !gaz.familyNames.has(folded);
}

/**
 * "جلستين", "عامتين": a dual of a common word as above, also of a feminine one, which writes its "ة"
 * as "ت" before the ending ("جلسة", "عامة"). Alone such a word may be a foreign name ("مارتين",
 * "مارة" + "ين"), so callers ask it of a noun and its agreeing adjective together.
 */
export function isFeminineOrPlainDual(folded: string): boolean {
  if (isDualOfCommonWord(folded)) return true;
  const gaz = gazetteer();
  return folded.length >= 6 && /ت(?:ان|ين)$/.test(folded) && isCommonWord(`${folded.slice(0, -3)}ه`) && !gaz.firstNames.has(folded) && !gaz.familyNames.has(folded);
}

/** "وزيرنا", "رئيسها": an office with an attached pronoun describes someone, it never names him. */
export function isOfficeWithPronoun(word: string | WordHolder): boolean {
  return officeWithPronoun(word);
}

// Asked of every word of an article by the rules on offices with a pronoun.
const officeWithPronoun = rememberedYesNoPerWord((_, word) => isOfficeWithPronounUncached(word));

function isOfficeWithPronounUncached(word: WordHolder): boolean {
  for (const { stem } of procliticReadings(word)) {
    for (const suffix of SHORT_PRONOUN_SUFFIXES) if (stem.endsWith(suffix) && isOfficeBeforePronoun(stem.slice(0, -suffix.length)) && !(suffix === 'ي' && stem.startsWith('ال'))) return true;
  }
  return false;
}
