/**
 * "الرئيس الباكستاني برويز مشرف بدعم", "وزير الدفاع التركي فلان غولر للصحفيين": after an office
 * phrase or a title closed by a nationality adjective, a foreign holder's name is written in words
 * that are no ordinary Arabic words and that the name lists do not know. One to four words (two
 * at least) up to a boundary are the name: each rare in running text or a listed name word, with
 * no article, no conjunction, no verb or pronoun ending, no particle, office, nationality, place or
 * time word; a European name particle ("فان", "دي") may stand inside. The boundary is the one of
 * the officials grammar (punctuation, a verb of saying, "إن"/"أن", a particle, a time word) or a
 * prepositional phrase ("بدعم", "للصحفيين") or a definite common noun, the verb's object
 * ("أحرز فلان فلان الهدف").
 */
import { gazetteer } from './gazetteer.js';
import { isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { FOREIGN_NAME_PARTICLES, hasNotNameEnding, SECOND_FOREIGN_PARTICLES } from './name-parts.js';
import { isNationalityWord, isOfficeWord } from './office-words.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import { isGluedHyphenAt, type Token } from './tokenize.js';
import { hasTrait, HONORIFIC, NATIONALITY, PERSON_TITLE, PLACE } from './word-traits.js';

const MAX_WORDS = 4;
/** Plural endings: no name word unless rare in running text. */
const PLURAL_ENDING = /(?:ين|ون|ات)$/;
const NOT_A_NAME = PLACE | NATIONALITY | HONORIFIC | PERSON_TITLE;
/** Digits, Latin letters and the case endings of nouns (tanween): no name word written in Arabic has them. */
const NOT_IN_NAME_WORDS = /[0-9٠-٩a-z\u064b-\u064d]/;

/** "له", "بها", "عنهم", "منا" (folded): a preposition and a pronoun; not "لي", the Chinese family name. */
export const PREPOSITION_WITH_PRONOUN = /^(?:ل|ب|في|من|عن|علي|الي|مع|عند|لدي)(?:ه|ها|هم|هما|هن|نا|كم)$/;

/** Whether tokens[i] is a definite nationality adjective in the singular ("الباكستاني", "التركية"). */
export function isDefiniteNationality(token: Token | undefined): boolean {
  return token?.isWord === true && token.folded.startsWith('ال') && /يه?$/.test(token.folded) && gazetteer().nationalities.has(token.folded);
}

/** "بدعم", "لحل", "للصحفيين": a preposition on a common word or on the article (a short stem too, which opensPrepositionalPhrase leaves). */
function isPrepositional(word: string, opensPrepositionalPhrase: (word: string) => boolean): boolean {
  // ("للصحفيين", "بالسفير": a preposition on the article is never a name's start.)
  // (A word running text never writes, whose rest with the article it never writes either, is read
  // whole: "كالاس" is no "ك" + "الاس".)
  const unseenArticleShape = /^[بك]ال/.test(word) && !isSeenInRunningText(word) && !isSeenInRunningText(word.slice(1));
  // (Nor is one that a clitic on a short common word would make: "كايا" is no "ك" + "أيا".)
  const unseenShortReading = word.length <= 4 && !isSeenInRunningText(word);
  return /^لل/.test(word) || isCliticOnArticle(word) || (!unseenArticleShape && opensPrepositionalPhrase(word)) || (/^[بلك]/.test(word) && word.length >= 3 && !unseenShortReading && isCommonWord(word.slice(1))) || isCliticOnSeenWord(word);
}

/**
 * "ببرقية", "ببرقيتين": "ب", "ل", "ك" or "ف" on a bare word running text writes and seldom takes for
 * a person, the whole unseen only as written with the clitic (the lists count no clitic forms of
 * rarer words). Four letters after the clitic at least: "باول" may be a foreign name, no "ب" + "أول";
 * nor "ب" + "و...": the Maghreb's family names in "بو" ("بوقلة").
 */
export function isCliticOnSeenWord(word: string): boolean {
  const rest = word.slice(1);
  if (!/^[بلكف]/.test(word) || rest.length < 4 || /^(?:ال|و)/.test(rest) || isSeenInRunningText(word)) return false;
  return (isSeenInRunningText(rest) && personShareBucket(rest) === 0) || isFeminineNounInflection(rest);
}

/**
 * "فاليري", "فالنتين": a foreign given name in "فال" (Valery, Valentin, Valls) that running text
 * writes whole and never without its "ف": no "ف" + a definite word ("اليري").
 */
export function isWholeFalName(word: string): boolean {
  return word.startsWith('فال') && isSeenInRunningText(word) && !isSeenInRunningText(word.slice(1));
}

/**
 * "برقيتي", "برقيتين", "برقيات": the dual (construct or not) or the plural of a word in "ة" that
 * running text writes and seldom takes for a person ("ببرقيتي تهنئة"). (Four letters before the
 * ending at least: "فرحات", "مارتين" are names.)
 */
export function isFeminineNounInflection(word: string): boolean {
  const stem = /^(.{4,})(?:تي|تين|تان|ات)$/.exec(word)?.[1];
  return stem !== undefined && !isListedNameWord(word) && isSeenInRunningText(`${stem}ه`) && personShareBucket(`${stem}ه`) === 0;
}

/**
 * "بالسفير", "كالعادة": "ب", "ك" or "ل" on the article, where the word with the article is one running
 * text writes. An unseen rest is no such word: "كالاس", "بالدوين", "كالديرون" are foreign names.
 */
function isCliticOnArticle(word: string): boolean {
  return /^[لبك]ال/.test(word) && isSeenInRunningText(word.slice(1));
}

/**
 * "للرياض", "بالمنصب" (a preposition on the article), "ليطمئن", "لتصافحه" ("to" + a verb), "طرحت" (a
 * past verb), "أفكار" (a broken plural), "نظيره" (a noun with a pronoun), "خطابا" (an accusative of a word the news writes): Arabic words no name
 * list knows.
 */
function hasArabicShape(word: string, hamzaOpened: boolean): boolean {
  if (isCliticOnArticle(word) || /^لل/.test(word) || (word.startsWith('ال') && !hamzaOpened)) return true;
  // (Not a word running text never writes whose rest is rare: "لياو" is a Chinese name, no "ل" +
  // "ياو"; "ل" + a verb has four letters at least: "لي" is none.)
  if (/^ل[يتن]../.test(word) && (word.endsWith('ه') || isSeenInRunningText(word.slice(1))) && (isSeenInRunningText(word) || !isRareWord(word.slice(1)))) return true;
  // "طرحت" (she put forward): a past verb the news writes with the "she" ending; "أفكار": a broken plural.
  // (Not a short word running text never writes: "بارت" is no "بار" + "ت".)
  // (A broken plural the news writes often enough to count, and seldom of a person: "أصلان", "أردال"
  // are Turkish names of that shape.)
  const brokenPlural = /^ا..ا.$/.test(word) && personShareBucket(word) >= 0 && personShareBucket(word) <= 1;
  if (brokenPlural || (word.length >= 4 && word.endsWith('ت') && isSeenInRunningText(word.slice(0, -1)) && (word.length > 4 || isSeenInRunningText(word)))) return true;
  // "نظيره" (his counterpart): a noun the news writes, with the pronoun "ه" (not "جوزيه").
  if (word.length >= 4 && word.endsWith('ه') && !word.endsWith('يه') && isSeenInRunningText(word.slice(0, -1))) return true;
  // (Not a short word running text never writes: "كايا" is no accusative of "كاي".)
  return word.length >= 4 && word.endsWith('ا') && isSeenInRunningText(word.slice(0, -1)) && (word.length > 4 || isSeenInRunningText(word));
}

function isForeignNameWord(token: Token, opensPrepositionalPhrase: (word: string) => boolean): boolean {
  const word = token.folded;
  // ("رئيسا للبلاد متمنيا له موفور الصحة": a preposition with a pronoun, "له", "عنها", is none.)
  if (PREPOSITION_WITH_PRONOUN.test(word)) return false;
  // ("أليكسي", "ألبرتو": an alif with hamza before "ل" is no article, which is written without it.)
  const hamzaOpened = /^[أإ]ل/.test(token.text);
  if (!isListedNameWord(word) && (isPrepositional(word, opensPrepositionalPhrase) || hasArabicShape(word, hamzaOpened))) return false;
  if (!token.isWord || word.length < 2 || (word.startsWith('ال') && !hamzaOpened) || (word.startsWith('و') && !isForeignWordInWaw(word)) || NOT_IN_NAME_WORDS.test(word + token.text) || hasNotNameEnding(token)) return false;
  const rare = isRareWord(word);
  // (An office word rare in running text may be a family name: "مشرف".)
  if (isParticle(token) || (isOfficeWord(token) && !rare) || isNationalityWord(token) || hasTrait(word, NOT_A_NAME)) return false;
  if (PLURAL_ENDING.test(word) && !rare) return false;
  return isListedNameWord(word) || (!isCommonWord(token) && !isOrdinaryWord(word, false, token.text));
}

/**
 * "وو يان", "وانغ يي": a rare word of four letters in "و" whose rest running text never writes is one
 * foreign word, not "و" + a word ("وو" is no "و" + "و" either); a longer one is more often "و" glued
 * to a word, a shorter one "و" + a short word ("وقس").
 */
function isForeignWordInWaw(word: string): boolean {
  return isRareWord(word) && (word === 'وو' || (word.length === 4 && !isSeenInRunningText(word.slice(1))));
}

/**
 * "المبعوث الأممي غير لارسن", "المنسق الخاص تور فينسلاند": a short foreign given name may be written
 * like an Arabic word ("غير": other, "تور"); it opens the name when the word after it is one the
 * news never writes and could be a foreign name word.
 */
function isShortGivenBeforeUnseen(tokens: readonly Token[], start: number, afterNationality: boolean, isBoundary: (k: number) => boolean, opensPrepositionalPhrase: (word: string) => boolean): boolean {
  const token = tokens[start];
  const next = tokens[start + 1];
  // (No preposition with a pronoun: "رئيس المجلس الوطني بها فلان" is "there".)
  if (!token.isWord || !/^[\u0621-\u064a]{2,3}$/.test(token.folded) || /^(?:ال|[وف])/.test(token.folded) || hasNotNameEnding(token) || isPrepositional(token.folded, opensPrepositionalPhrase)) return false;
  if (isParticle(token) || isOfficeWord(token) || isNationalityWord(token) || hasTrait(token.folded, NOT_A_NAME)) return false;
  // ("المتحدث باسم الخارجية الصينية لين جيان إن": after a nationality, a rare word closing the name
  // at a boundary will do: the office is closed, and no Arabic word of two or three letters stands so.)
  const closingRare = afterNationality && isRareWord(next?.folded ?? '') && isBoundary(start + 2);
  return next?.isWord === true && (!isSeenInRunningText(next.folded) || closingRare) && isForeignNameWord(next, opensPrepositionalPhrase);
}

/**
 * "كايا كالاس قد أعلنت": the last word of a run, right before its boundary, that running text never
 * writes is the family name even where its letters also read as a clitic on a word ("ك" + "الاس"):
 * a clitic's word would be written somewhere, a foreign name need not be.
 */
function isUnseenClosingWord(tokens: readonly Token[], i: number, start: number, isBoundary: (k: number) => boolean): boolean {
  const token = tokens[i];
  if (i === start || !token.isWord || isSeenInRunningText(token.folded) || !isBoundary(i + 1)) return false;
  // (Nor a word shaped as an imperfect verb or a plural, which tidying would take for one: "يعالون";
  // nor a clitic on a common word: "بالخطوة".)
  if (/^[بلكف]/.test(token.folded) && isCommonWord(token.folded.slice(1))) return false;
  // ("بارت دي ويفر": after a name particle no conjunction opens a word: its "و" is the name's.)
  const afterParticle = FOREIGN_NAME_PARTICLES.has(tokens[i - 1].text) && /^و[^و]{3,}$/.test(token.folded);
  return (afterParticle || !/^(?:ال|لل|و|[يتن])/.test(token.folded)) && !PLURAL_ENDING.test(token.folded) && !NOT_IN_NAME_WORDS.test(token.folded + token.text) && !hasNotNameEnding(token) && !isParticle(token) && !hasTrait(token.folded, NOT_A_NAME);
}

/**
 * "جان-إيف لو فلان": inside the run, a hyphen glued to two name words joins a compound given name, and
 * the French article ("لو", "لا": also "if", "no") may stand after a name word before the family
 * name; neither opens the run, and the run closes only on a name word after them.
 */
function isJoinerInsideRun(tokens: readonly Token[], i: number, start: number): boolean {
  return i > start && tokens[i - 1].isWord && (isGluedHyphenAt(tokens, i) || SECOND_FOREIGN_PARTICLES.has(tokens[i].text));
}

/**
 * The end of a foreign name starting at `start` (see the module comment), or `start`. After a
 * nationality a listed name word is evidence enough; after an office phrase alone a word of the
 * name must be rare in running text.
 * `isBoundary(k)` is the officials grammar's end of a name before tokens[k]; `opensPrepositionalPhrase`
 * whether a word reads as a preposition on a common word.
 */
export function foreignNameRunEnd(tokens: readonly Token[], start: number, afterNationality: boolean, isBoundary: (k: number) => boolean, opensPrepositionalPhrase: (word: string) => boolean): number {
  let rare = false;
  let best = start;
  // (Joiners do not count among the words.)
  let joiners = 0;
  for (let end = start; end < tokens.length && end - start - joiners < MAX_WORDS; end++) {
    const token = tokens[end];
    const joiner = isJoinerInsideRun(tokens, end, start);
    // (A word that itself ends a name, "حتى", a verb of saying, opens none.)
    if (!joiner && isBoundary(end)) break;
    if (joiner) joiners++;
    const particle = FOREIGN_NAME_PARTICLES.has(token.text) || joiner;
    if (particle ? end === start : !(isForeignNameWord(token, opensPrepositionalPhrase) || (end === start && isShortGivenBeforeUnseen(tokens, start, afterNationality, isBoundary, opensPrepositionalPhrase)) || isUnseenClosingWord(tokens, end, start, isBoundary))) break;
    const evidence = !particle && (isRareWord(token.folded) || (afterNationality && isListedNameWord(token.folded)));
    rare ||= evidence;
    // (The family name closing the run is itself rare or listed: "لحل" after "فلان أنان" is none. Or,
    // after a nationality, one the unlabeled news writes too seldom to count: "فاتح قره أصلان".)
    const seldomWritten = afterNationality && personShareBucket(token.folded) < 0;
    if (particle || end === start || !rare || !(evidence || isListedNameWord(token.folded) || seldomWritten)) continue;
    const next = tokens[end + 1];
    // (After a nationality, any word the news writes often that is no name word ends the name too:
    // the verb's object, "سجل فلان فلان هدفين".)
    const objectAfter = afterNationality && next?.isWord === true && !isRareWord(next.folded) && !isListedNameWord(next.folded) && !isForeignNameWord(next, opensPrepositionalPhrase);
    const closes = isBoundary(end + 1) || objectAfter || (next?.isWord === true && (isPrepositional(next.folded, opensPrepositionalPhrase) || (next.folded.startsWith('ال') && isCommonWord(next) && !isNationalityWord(next))));
    if (closes) best = end + 1;
  }
  return best;
}
