/**
 * Shapes of common words that the tagger or a title rule takes for a name: morphology no name has
 * (a pronoun suffix on a noun governed by a preposition, the verbal noun of a derived verb, a
 * derived participle after a title, "ك" of "as" on a trade or office noun). Each predicate asks
 * the name lists and the news share of persons (name-evidence.ts) too, so that a name of the same
 * shape ("براهم", "توفيق", "انتصار", "المختار") is left alone.
 */
import { isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import { isOfficeStem } from './office-words.js';
import { isTradeNoun } from './trade-nouns.js';
import { isSeenInRunningText, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';
import { PREPOSITION_WITH_PRONOUN } from './foreign-name-run.js';

/** "ها", "هما", "هم", "كم", "هن" (her, their, your): endings no name word takes ("نا" is left out: "جومانا", "لينا"). */
const PRONOUN_ENDING = '(?:ها|هما|هم|كم|هن)';
/** A word's pronoun ending of those ("هواجسها": "ها"), folded; titled-names.ts reads the noun before it. */
export const PRONOUN_SUFFIX = new RegExp(`${PRONOUN_ENDING}$`);
/** "بمضاعفتها", "لمواقفهم": a preposition on a noun of three letters or more with a pronoun ending, folded. */
const PREPOSITION_NOUN_PRONOUN = new RegExp(`^[وف]?[بلك].{3,}${PRONOUN_ENDING}$`);
/** "وسلطتها", "حكومتهم": a feminine noun in the construct with a pronoun ending ("ة" written "ت"), folded. */
const FEMININE_NOUN_PRONOUN = new RegExp(`^.{2,}ت${PRONOUN_ENDING}$`);

/**
 * "التي بشر الرئيس الجديد بمضاعفتها", "وسلطتها في تطبيق": a word with a preposition and a pronoun
 * ending, or a feminine noun with one, is a noun governed by a preposition or in the construct with
 * "her", "their", "your"; no name is written so. (A family name that opens with "ب" and ends in
 * "هم", "براهم", is too short for the shape and listed anyway.)
 */
export function isNounWithPronounSuffix(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || isListedNameWord(word)) return false;
  if (isCommonNounWithYour(word) || isPluralWithPronoun(token)) return true;
  return (PREPOSITION_NOUN_PRONOUN.test(word) || FEMININE_NOUN_PRONOUN.test(word)) && personShareBucket(word) <= 1;
}

/** "بحقها", "لديهم": a preposition on a noun of two letters or more with a pronoun ending, folded; the noun. */
const PREPOSITION_SHORT_NOUN_PRONOUN = new RegExp(`^[وف]?[بلك](.{2,})${PRONOUN_ENDING}$`);

/**
 * "وطبقت بحقها الغرامات", "بلاغ للناطق الرسمي، توصلت به هسبريس،": a preposition with a pronoun,
 * alone ("به") or on a noun the news almost never takes for a name ("بحقها", against it), is a prepositional phrase; no word inside a
 * name reads so. (A listed name of the shape, "منة" folded "منه", is left alone.)
 */
export function isPrepositionWithPronoun(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || isListedNameWord(word)) return false;
  if (PREPOSITION_WITH_PRONOUN.test(word)) return true;
  const noun = PREPOSITION_SHORT_NOUN_PRONOUN.exec(word);
  return noun !== null && (isCommonWord(noun[1]) || personShareBucket(noun[1]) === 0) && personShareBucket(word) <= 1;
}

/** "معارضيه", "مؤيديها": the stem of a sound masculine plural in the construct with a pronoun, folded. */
const PLURAL_NOUN_PRONOUN = new RegExp(`^(.{3,})ي(?:ه|${PRONOUN_ENDING})$`);

/**
 * "وانتقد الرئيس قيس سعيد معارضيه": a sound masculine plural ("معارضين", "معارضون" both words of
 * running text) with "his"/"her"/"their" is the object after a name, never its last word. Names that
 * end so ("جوزيه", "أندريه", "سيبويه") have no such plural; a written "ة" ("راضية") is no pronoun.
 */
function isPluralWithPronoun(token: Token): boolean {
  const stem = PLURAL_NOUN_PRONOUN.exec(token.folded)?.[1];
  if (stem === undefined || /ة[\u064b-\u0652]*$/.test(token.text)) return false;
  return isSeenInRunningText(`${stem}ين`) && isSeenInRunningText(`${stem}ون`) && personShareBucket(token.folded) <= 1;
}

/** Letters of the noun before "ك" (your): shorter stems ("مال", "تور") end names ("مالك", "تورك"). */
const MIN_YOUR_NOUN_LETTERS = 4;

/**
 * "دليلك" (your guide, a programme's title): a common noun of four letters or more with "ك" (your)
 * is no name word, however often the news tags the title as one.
 */
function isCommonNounWithYour(word: string): boolean {
  // (A noun with the article takes no pronoun: "المالك" is the owner, no "المال" + "ك".)
  return word.endsWith('ك') && word.length > MIN_YOUR_NOUN_LETTERS && !DEFINITE.test(word) && isCommonWord(word.slice(0, -1));
}

/** The article, maybe behind a conjunction or a preposition ("المال", "والمال", "بالمال", "للمال"), folded. */
const DEFINITE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

/**
 * The verbal noun of a derived verb without the article, a conjunction or preposition allowed:
 * form X "استبداد", VII "انسحاب", VIII "اعتقال" (also with "ط"/"د" for "ت"), II "تكريم", "تعيين",
 * with the feminine "ة" too ("استقالة"). Sound roots only: a long vowel in a root's place spells a
 * foreign name of the same outline ("استيبان", "أنطوان", "تيريز").
 */
const DERIVED_MASDAR = /^[وفبل]?(?:است[^اوي]{2}ا[^اوي]|ان[^اوي]{2}ا[^اوي]|ا[^اوي][تطد][^اوي]ا[^اوي]|ت[^اوي]{2}ي[^اوي])ه?$/;

/**
 * "استبداد حافظ فلان أضر بالحزب", "تكريم فلان": the verbal noun of a derived verb before a name
 * stands in the construct with it; it is no given name. Names of the same shape ("ابتسام",
 * "انتصار", "توفيق", "تيسير") are listed or often a person in the news.
 */
export function isDerivedMasdarBeforeName(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || !DERIVED_MASDAR.test(word)) return false;
  // (Seen in running text: a foreign name the news never wrote may have the shape, "تيفين".)
  return !isListedNameWord(word) && !isListedNameWord(word.replace(/^[وفبل]/, '')) && personShareBucket(word) <= 0 && isSeenInRunningText(word);
}

/**
 * The definite participle of a derived verb, not a nisba (no final "ي"): form VII "المنضم", VIII
 * "المحترف", X "المستقيل", II/IV "المعوض", "المعار".
 */
const DERIVED_PARTICIPLE = /^ال(?:من..?|م.[تطد]..|مست...|م...)$/;

/**
 * "الإعلامي المنضم حديثا إلى الحزب", "المدرب المعوض", "اللاعب المعار": after a title or trade
 * noun, the definite participle of a derived verb is an adjective of the person that noun names,
 * not his name. Given and family names of the shape ("المنصف", "المختار", "المؤدب") are listed or
 * counted in the news as persons often enough; this one the news seldom or never takes for one.
 */
export function isDerivedParticiple(folded: string): boolean {
  if (!DERIVED_PARTICIPLE.test(folded)) return false;
  return !isListedNameWord(folded) && !isListedNameWord(folded.slice(2)) && personShareBucket(folded) <= 0;
}

/** "أسقطوا", "تفعلوا": a stem of three letters or more and the plural's "وا" of a verb, folded; the stem. */
const PLURAL_VERB = /^(.{3,})وا$/;

/**
 * "عندما أسقطوا بن علي": a verb with the plural's "وا" ("they did", "do!"), its stem a common word of
 * running text ("أسقط"), is no word of a name; no list names anyone so, nor does the news take it for
 * a person.
 */
export function isPluralVerbWithWaw(token: Token): boolean {
  const stem = PLURAL_VERB.exec(token.folded)?.[1];
  return stem !== undefined && token.isWord && isCommonWord(stem) && !isListedNameWord(token.folded) && !isListedNameWord(stem) && personShareBucket(token.folded) <= 0;
}

/** "لمباراتين", "سنتين": a clitic maybe, a stem and the feminine dual's "تين"/"تان", folded; the stem. */
const FEMININE_DUAL = /^(?:[وف]?[بلك])?(.{2,})(?:تين|تان)$/;

/**
 * "إيقاف المدافع فلان | لمباراتين": the dual of a feminine common noun ("مباراة", two matches;
 * "سنة", two years) says how long or how many, after the name; no name word is written so ("بوتين"
 * and "لبوتين" have no "بوة").
 */
export function isFeminineDualOfCommonNoun(token: Token): boolean {
  const stem = FEMININE_DUAL.exec(token.folded)?.[1];
  // (Seen in running text as it is: a foreign name the news never wrote may have the shape, "مارتان".)
  return stem !== undefined && token.isWord && isCommonWord(`${stem}ه`) && !isListedNameWord(token.folded) && isSeenInRunningText(token.folded) && personShareBucket(token.folded) <= 0;
}

/**
 * "فلان كمعد بدني", "علان كرئيس للجنة": "ك" (as) on a trade or office noun, or on a common noun,
 * gives the capacity someone serves in; the word is no name ("كمال", "كريم" are listed names).
 */
export function isCapacityWithKaf(token: Token): boolean {
  const word = token.folded;
  // (A long vowel after "ك" spells foreign names, "كوان", "كارل"; a common word of its own, "كامل", is an adjective or a family name.)
  if (!token.isWord || !/^ك[^اوي].{2,}$/.test(word) || isListedNameWord(word) || isCommonWord(word) || personShareBucket(word) > 1) return false;
  const stem = word.slice(1);
  return !isListedNameWord(stem) && (isTradeNoun(stem) || isOfficeStem(stem) || isCommonWord(stem));
}
