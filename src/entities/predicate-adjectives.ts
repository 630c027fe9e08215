/**
 * "وأكد أن المدينة آمنة.": after "أن"/"إن" (a closed class of particles that open a nominal
 * sentence), a definite common noun is the subject and the word after it the predicate, an
 * adjective even when a name list knows it as a given name ("آمنة", "سليم"). A person's name after
 * such a subject would need a title or office to stand in apposition ("أن الوزير سليم"), and titles,
 * offices, honorifics, nationalities and name words are no common noun.
 */
import { procliticReadings } from './clitics.js';
import { isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import { isTitleWord } from './spans.js';
import type { Token } from './tokenize.js';
import { hasTrait, NATIONALITY, PLACE } from './word-traits.js';

/** "أن", "إن", "بأن", "لأن", "وأن", "كأن", "لكن" (folded): they open a nominal sentence. */
const NOMINAL_SENTENCE_OPENERS = new Set(['ان', 'بان', 'لان', 'وان', 'فان', 'كان', 'لكن', 'ولكن']);
/** The sisters of "كان" that say how a subject is ("أصبحت المنطقة آمنة"), folded, third person. */
const COPULAS = new Set(['اصبح', 'اصبحت', 'بات', 'باتت', 'ظل', 'ظلت', 'صار', 'صارت', 'اضحي', 'اضحت', 'مازال', 'مازالت', 'لازال', 'لازالت', 'ليس', 'ليست', 'يبقي', 'تبقي', 'يظل', 'تظل', 'يصبح', 'تصبح']);

function isDefiniteCommonNoun(token: Token | undefined): boolean {
  if (token?.isWord !== true || !token.folded.startsWith('ال') || procliticReadings(token).length !== 1) return false;
  return isCommonWord(token) && !isTitleWord(token) && !isListedNameWord(token.folded) && !hasTrait(token, PLACE | NATIONALITY);
}

/** Whether the token is "أن" and its sisters or a copula: the subject after it takes a predicate. */
export function opensNominalSentence(opener: Token | undefined): boolean {
  // ("كان" is also the verb "was": "كان الوضع هادئا" puts the predicate in the accusative, and a
  // name may follow "كان" + a subject; only the particle's written hamza tells them apart.)
  if (opener?.isWord !== true) return false;
  const copula = procliticReadings(opener).some(({ stem }) => COPULAS.has(stem));
  return copula || (NOMINAL_SENTENCE_OPENERS.has(opener.folded) && (opener.folded !== 'كان' || /^كأن/.test(opener.text)));
}

/** Whether the one word at `start` is the predicate of "أن" (or a copula) + a definite common noun right before it. */
export function isPredicateAfterDefiniteSubject(tokens: readonly Token[], start: number): boolean {
  return opensNominalSentence(tokens[start - 2]) && isDefiniteCommonNoun(tokens[start - 1]);
}

/** "يكون", "تكون", "كانت" and their sisters (folded): a copula whose subject the verb itself carries. */
const PRONOUN_SUBJECT_COPULAS = new Set([...COPULAS, 'يكون', 'تكون', 'كانت', 'سيكون', 'ستكون']);

/** Adverbs that may close a predicate ("ليست آمنة بعد", "ليست آمنة تماما"), folded. */
const CLOSING_ADVERBS = new Set(['بعد', 'تماما', 'ايضا']);

/**
 * "يجب أن تكون آمنة.": a word right after a copula that carries its own subject, closing the clause
 * (punctuation or the end after it, or an adverb that closes it: "سوريا ليست آمنة بعد،"), is the
 * predicate; a name there would be the subject, and a predicate would follow it.
 */
export function isPredicateAfterCopula(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end];
  const closes = (k: number): boolean => tokens[k] === undefined || !tokens[k].isWord;
  return end - start === 1 && tokens[start - 1]?.isWord === true && PRONOUN_SUBJECT_COPULAS.has(tokens[start - 1].folded) && (closes(end) || (CLOSING_ADVERBS.has(after.folded) && closes(end + 1)));
}

/** "أنه", "إنها", "بأنهم" (folded): "أن" and its sisters carrying a pronoun, the subject of what follows. */
const PRONOUN_OPENER = /^[وفبل]?ان(?:ه|ها|هم|هما|ني|نا)$/;

/** Copulas with the future's "س" ("سيبقى", "ستظل"), folded. */
const FUTURE_COPULAS = new Set(['سيبقي', 'ستبقي', 'سيظل', 'ستظل', 'سيصبح', 'ستصبح', 'سيكون', 'ستكون']);

const isQuote = (token: Token | undefined): boolean => token !== undefined && !token.isWord && /^["«“»”]$/.test(token.text);

/**
 * 'أوضح أنه "سيبقى حامي الديار"', "أكد أنها ستظل وفية": after "أنه" the pronoun is the subject of
 * the copula that follows, so the words after the copula are its predicate, not a name (quote marks
 * allowed between). Without the pronoun a name may be the subject ("سيبقى فلان في منصبه").
 */
export function isPredicateAfterPronounCopula(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  if (isQuote(tokens[i])) i--;
  const copula = tokens[i];
  if (copula?.isWord !== true || !(PRONOUN_SUBJECT_COPULAS.has(copula.folded) || FUTURE_COPULAS.has(copula.folded))) return false;
  i--;
  if (isQuote(tokens[i])) i--;
  return tokens[i]?.isWord === true && PRONOUN_OPENER.test(tokens[i].folded);
}
