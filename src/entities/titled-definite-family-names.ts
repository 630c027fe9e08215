/**
 * "الرئيس أحمد | الشرع إلى أنقرة", "السيد مقتدى | الصدر اليوم": after a person's title (or the nationality closing an office) and a given
 * name a list knows, a definite word that running news writes but no list of common words holds, and
 * that is no office, nationality, place, time, title or particle, is his family name. The tagger,
 * which saw the word mostly as a common noun ("الشرع": the law), stopped at the given name. A common
 * noun there is the object of the verb before the title ("استقبل الرئيس أحمد | الوفد").
 */
import { isListedGivenName } from './given-names.js';
import { isHonorificWord } from './honorific-titles.js';
import { isParticle } from './lexicon.js';
import { roleBefore } from './role-before.js';
import { isCommonWord } from './ordinary-words.js';
import { isOfficeWord, isTimeWord, isVerbLike, stems } from './office-words.js';
import { isTitleWord } from './spans.js';
import { isSeenInRunningText } from './tagger.js';
import type { Token } from './tokenize.js';
import { hasTrait, NATIONALITY, PERSON_TITLE, PLACE } from './word-traits.js';

/** Whether tokens[end] is the family name of the one-word name [start, end) that a title opens. */
export function isTitledDefiniteFamilyName(tokens: readonly Token[], start: number, end: number): boolean {
  const [title, given, family] = [tokens[start - 1], tokens[start], tokens[end]];
  if (end - start !== 1 || title?.isWord !== true || !isListedGivenName(given.folded)) return false;
  if (family?.isWord !== true || !/^ال../.test(family.folded) || stems(family).length !== 1) return false;
  if (isCommonWord(family) || isOfficeWord(family) || hasTrait(family, NATIONALITY | PLACE) || isTimeWord(tokens, end) || isParticle(family) || isVerbLike(family) || isTitleWord(family) || !isSeenInRunningText(family.folded)) return false;
  // ("الرئيس السوري أحمد | الشرع عن": or the holder's nationality closing his office phrase; the
  // office asked last, the dearest test.)
  return hasTrait(title, PERSON_TITLE) || isHonorificWord(title) || (/^ال../.test(title.folded) && hasTrait(title, NATIONALITY) && roleBefore(tokens, start) !== null);
}

/** Words that open what follows a subject's name: "إن"/"أن" and the prepositions of a clause's adverbial. */
const AFTER_NAME = new Set(['ان', 'خلال', 'في', 'على', 'الى', 'امام', 'لدى']);

/**
 * "رئيس الوزراء محمد شياع | السوداني إن": after an office or title, a name of a given name and a
 * second word, then a nationality's nisba with the article and the end of the name (punctuation,
 * "إن", a preposition, a verb): the nisba is the family name, which many Arab families bear
 * ("السوداني", "المصري"); the news writes a holder's nationality before his name, with the office.
 */
export function isNisbaFamilyNameAfterTitledName(tokens: readonly Token[], start: number, end: number): boolean {
  const [given, nisba, after] = [tokens[start], tokens[end], tokens[end + 1]];
  if (end - start !== 2 || nisba?.isWord !== true || !/^ال../.test(nisba.folded) || !hasTrait(nisba, NATIONALITY) || !isListedGivenName(given.folded)) return false;
  const closes = after === undefined || !after.isWord || AFTER_NAME.has(after.folded) || isVerbLike(after);
  // (The office asked last: the look-up of the phrase before the name is the dearest test.)
  return closes && !isCommonWord(tokens[start + 1]) && roleBefore(tokens, start) !== null;
}

