/**
 * Words that behave like common nouns in running news, learned rather than listed: the ANT news
 * almost never took the word for a person (name-evidence.ts, under 5% of at least three
 * occurrences), and the words used in the same contexts (its word cluster) are seldom names either.
 * "بعث أمير دولة قطر برقية تهنئة" and "أقام ولي العهد مأدبة غداء": the phrase after the office is
 * the verb's object, a noun in construct ("برقية تهنئة"), not the ruler's name. The cluster keeps a
 * foreign given name the news seldom tagged ("تيريزا") apart from such nouns: it sits among names.
 */
import { isGivenNameAfterBa, isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import { foldedLeadingNameParts, foldedTrailingNameParts } from './lexicon.js';
import { clusterNameShare, isSeenInRunningText, personShareBucket } from './tagger.js';
import { type Token, tokenReadAs } from './tokenize.js';

/** A cluster where fewer than this share of the counted words are often names is one of common words. */
const COMMON_CLUSTER_SHARE = 0.1;

/** Whether a word reads as a common noun (or another common word) by its news evidence and cluster. */
export function isCommonNounWord(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || personShareBucket(word) !== 0) return false;
  // ("إليزابيث الثانية": a regnal ordinal, also feminine, is a name part.)
  const namePart = foldedLeadingNameParts.has(word) || foldedTrailingNameParts.has(word) || (word.endsWith('ه') && foldedTrailingNameParts.has(word.slice(0, -1)));
  if (isListedNameWord(word) || namePart) return false;
  const share = clusterNameShare(word);
  return share >= 0 && share < COMMON_CLUSTER_SHARE;
}

/**
 * "بعث أمير البلاد ببرقية تهنئة": "ب" or "ل" + a common noun, the whole word unseen in the news, is a
 * common noun behind a preposition ("بمحمد" is a name behind one: a name list knows "محمد").
 */
export function isCommonNounBehindPreposition(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || !/^[بل]../.test(word) || isSeenInRunningText(word)) return false;
  return isCommonNounWord(tokenReadAs(token, word.slice(1), token.text.slice(1)));
}

/** Whether every word of tokens[start, end) reads as a common noun: the phrase names no one. */
export function isCommonNounPhrase(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isCommonNounWord(tokens[k])) return false;
  return end > start;
}

/**
 * "أحدثت جرحا غائرا", "عزما أكيدا", "طردا بريديا فارغا": a noun and its adjectives in the accusative,
 * each written with the alef of the indefinite accusative, each without it a word of running text
 * that the news does not often take for a name (too rare to count, or under 5%), is a verb's object. (Foreign names ending in "ا",
 * "كوليكوفسكا", "لوكا سكاتا", have no such stems.)
 */
export function isAccusativeNounPhrase(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let k = start; k < end; k++) {
    const word = tokens[k].folded;
    if (!tokens[k].isWord || word.length < 4 || !word.endsWith('ا')) return false;
    const stem = word.slice(0, -1);
    if (!isSeenInRunningText(stem) || personShareBucket(stem) > 0) return false;
  }
  return true;
}

/**
 * The definite verbal noun of a derived verb of forms VII, VIII and X ("الانفجار", "الاحتفال",
 * "الاصطدام", "الاستحقاق"), also with the feminine "ة" ("الاستقالة", "الاستضافة"): a shape no family
 * name takes (nisbas end in "ي", listed names are left out).
 */
const DERIVED_MASDAR = /^ال(?:ان..ا.|ا.[تطد].ا.|است..ا.)ه?$/;

export function isDefiniteDerivedMasdar(token: Token): boolean {
  if (!token.isWord || !DERIVED_MASDAR.test(token.folded)) return false;
  return !isListedNameWord(token.folded);
}

/**
 * "ب" + the verbal noun of a derived verb of forms IV, VII, VIII and X ("بإرجاع", "بانسحاب",
 * "باحترام", "باستقبال"): the complement of a verb ("وعد بإرجاع الأطفال"); no name word has that shape.
 */
const PREPOSITIONAL_DERIVED_MASDAR = /^ب(?:ان..ا.|ا.[تطد].ا.|است..ا.)$/;
/** Form IV ("إفعال") only as written with its hamza: "باتشان" (a name) folds to the same shape. */
const PREPOSITIONAL_FORM_IV_MASDAR = /^بإ..ا.$/;

export function isPrepositionalDerivedMasdar(token: Token): boolean {
  if (!token.isWord || !(PREPOSITIONAL_DERIVED_MASDAR.test(token.folded) || (PREPOSITIONAL_FORM_IV_MASDAR.test(token.text) && token.folded.length === 6))) return false;
  return !isListedNameWord(token.folded) && !isListedNameWord(token.folded.slice(1));
}

/**
 * "بتأثر", "بتمعن" (folded): "ب" + the verbal noun of form V ("تفعّل"), a shape names have too, so
 * only one the news writes and never takes for a person ("وقالت عرفات | بتأثر").
 */
export function isPrepositionalFifthFormMasdar(token: Token): boolean {
  const noun = token.folded.slice(1);
  return /^بت...$/.test(token.folded) && isSeenInRunningText(noun) && personShareBucket(noun) === 0 && !isListedNameWord(token.folded);
}

/**
 * "أشاد الأمير نايف بن خالد | بحسن التنظيم": "ب" + a given name (isGivenNameAfterBa) at i, in the
 * construct with a definite common noun after it, is a verb's complement ("with the good
 * organization"), no word of the name before it.
 */
export function isBaGivenNameInConstruct(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.isWord === true && isGivenNameAfterBa(tokens[i]) && next?.isWord === true && next.folded.startsWith('ال') && isCommonWord(next);
}
