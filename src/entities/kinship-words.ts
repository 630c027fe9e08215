/** Kinship nouns around a name ("ابنها", "ابن عم", "أبناؤه"): they say whose relative someone is. */
import { procliticReadings } from './clitics.js';
import { foldedKinshipWords } from './lexicon.js';
import { isListedNameWord } from './given-names.js';
import type { Token } from './tokenize.js';

/** Kinship nouns in the construct ("ابن عم فلان", "ابن خال"), folded. */
export const BARE_KIN = new Set(['عم', 'خال', 'عمه', 'خاله', 'اخ', 'اخت']);

/** Uncles, aunts, siblings and grandparents with an attached pronoun (folded): "عمه", "أخيه", "خالتها", "جدي". */
export const UNCLE_SIBLING_KIN_WITH_PRONOUN = /^(?:عم|عمت|خال|خالت|اخي|اخت|جد|جدت)(?:ه|ها|هما|هم|هن|ي|نا|ك|كم)$/;

/** Sons, daughters, brothers and sisters of someone ("أبناؤه", "أشقاؤها", "بناته"), folded: a closed class. */
export const PLURAL_KIN_WITH_PRONOUN = /^(?:ابنا[وءي]|اشقا[وءي]|شقيقات|انجال|اخوت|اخوان|اخوات|بنات|كريمات|حفدت|احفاد)(?:ه|ها|هم|هما|ي|نا)$/;

const KINSHIP_WITH_PRONOUN = /^(.+?)(?:ه|ها|هم|هما|ي|نا|كم)$/;

/** "عم", "شقيق", "شقيقة" (as written: folded "شقيقه" also reads "his brother"): a kinship noun with no pronoun. */
export function isBareKinshipNoun(token: Token): boolean {
  return BARE_KIN.has(token.folded) || (foldedKinshipWords.has(token.folded) && (!token.folded.endsWith('ه') || /ة[\u064b-\u0652]*$/.test(token.text)));
}

/** "ابنها", "زوجته" (with a possessive pronoun: "pronoun"), "شقيق" ("bare"), or neither. */
function kinshipNoun(folded: string): 'pronoun' | 'bare' | null {
  const isKin = (word: string): boolean => word === 'ابن' || foldedKinshipWords.has(word) || foldedKinshipWords.has(word.replace(/ت$/, 'ه'));
  const stem = KINSHIP_WITH_PRONOUN.exec(folded)?.[1];
  if (stem !== undefined && stem.length >= 3 && isKin(stem)) return 'pronoun';
  return isKin(folded) ? 'bare' : null;
}

/** "ابنته", "شقيقها", "زوجته": a kinship noun with a possessive pronoun (folded, no other clitic). */
export function isKinshipNounWithPronoun(folded: string): boolean {
  return kinshipNoun(folded) === 'pronoun';
}

/**
 * Whether the definite word at `start` qualifies a relative named after it: definite words that are
 * no name, back to a kinship noun ("ابنها المفضل رامي", "ابنها الأصغر المدلل سليم"). A noun with a
 * pronoun takes no genitive, so what follows it describes the relative; after a bare one ("ابن
 * الحبيب بورقيبة") the next word must be a given name ("الحبيب", "المنجي" open names too).
 */
export function describesRelative(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1];
  if (!tokens[start].folded.startsWith('ال') || isListedNameWord(tokens[start].folded) || !next?.isWord || next.folded.startsWith('ال')) return false;
  let i = start - 1;
  while (i >= 0 && start - i <= 3 && tokens[i].isWord && tokens[i].folded.startsWith('ال') && !isListedNameWord(tokens[i].folded)) i--;
  // ("لشقيقه الصغير بول": the kinship noun may carry a preposition.)
  const kin = i >= 0 && tokens[i].isWord ? procliticReadings(tokens[i]).map(({ stem }) => kinshipNoun(stem)).find((reading) => reading !== null) ?? null : null;
  return kin === 'pronoun' || (kin === 'bare' && isListedNameWord(next.folded));
}

/**
 * "وزوجته فلانة", "ابنها ( فلان )": right after a kinship noun with a pronoun ("his wife"), a word the
 * tagger takes for a name names that relative; a bracket or quote mark may stand between.
 */
export function isAfterRelativeNoun(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  if (i >= 0 && /^[("«“']$/.test(tokens[i].text)) i--;
  const noun = tokens[i];
  if (noun === undefined || !noun.isWord || !procliticReadings(noun).some(({ stem }) => kinshipNoun(stem) === 'pronoun')) return false;
  return !isDualPredicateOfPair(noun, tokens[start]);
}

/** An indefinite word in "ان" that no name list knows ("مأجوران", "متهمان"), folded: a dual. */
const UNLISTED_DUAL = /^[^ا].{2,}ان$/;

/**
 * 'فلان وشقيقه "مأجوران"', "فلانة وزوجها متهمان": after a relative joined by "و" to someone named
 * before, a dual that no name list knows is what the pair is said to be, not the relative's name.
 */
function isDualPredicateOfPair(noun: Token, word: Token | undefined): boolean {
  return noun.folded.startsWith('و') && word?.isWord === true && UNLISTED_DUAL.test(word.folded) && !isListedNameWord(word.folded);
}
