/**
 * "معتمد المنطقة أمير خير الله", "الحكم أمين نور الدين": an office title that is also a given name
 * ("أمير", "أمين", "سلطان", "قائد"), bare, right before a two-word given name ("خير الله", "نور الدين",
 * "عبد الرحمن"), is the first word of a name: an office in construct takes a place or a body as its
 * complement ("أمير قطر", "أمين العاصمة"), never a person's given name.
 */
import { fold } from '../text/normalize.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { foldedNameLikeTitles, foldedPortfolioGlosses, foldedRoleQualifiers, foldedRoleStops } from './lexicon.js';
import { isAccusativeOffice, isDefinite, isOfficeWord, isOrganizationHead, isPlaceOrNationality, isVerbLike, REGION_HEADS } from './office-words.js';
import type { Token } from './tokenize.js';
import { FATHER_LINKS } from './name-parts.js';

/** The second words that make one given name with the word before them ("خير الله", "نور الدين"), folded. */
export const COMPOUND_NAME_ENDS = new Set(['الله', 'الدين'].map(fold));

/** Whether the name-like title at i opens a name because a two-word given name follows it. */
export function isTitleBeforeCompoundName(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1];
  const second = tokens[i + 2];
  if (!foldedNameLikeTitles.has(tokens[i]?.folded ?? '') || !first?.isWord || !second?.isWord) return false;
  // ("عبد الله": "عبد" and a definite word; "خير الله": any bare word and "الله"/"الدين".)
  if (first.folded === 'عبد') return second.folded.startsWith('ال') && second.folded.length > 3;
  return COMPOUND_NAME_ENDS.has(second.folded) && !first.folded.startsWith('ال') && first.folded.length >= 2;
}

/**
 * "رئيس الكنيست أمير أوحانا", "النائب أمير الطحاوي": right after a complete office phrase or a title
 * with the article, such a title, bare, before a word that may be a name and is no place, office,
 * common noun or verb, is the given name: a second office in construct would take a place or a body
 * ("رئيس الوزراء أمير الكويت").
 */
export function isNameLikeTitleBeforeName(tokens: readonly Token[], i: number, looksLikeName: (token: Token) => boolean): boolean {
  const [word, after] = [tokens[i], tokens[i + 1]];
  if (!word?.isWord || !foldedNameLikeTitles.has(word.folded) || !after?.isWord || !looksLikeName(after)) return false;
  return !isCommonWord(after.folded) && isNoComplementOfTitle(after);
}

/**
 * Whether the word after "أمين"/"أمير" is none of what such a title governs as an office: a thing
 * kept, a body, a region, a place, an office, a verb, a qualifier, a portfolio, a role's stop word,
 * or a word behind "لل"/"بال"/"لال".
 */
function isNoComplementOfTitle(after: Token): boolean {
  const folded = after.folded;
  return !KEPT.has(folded) && !isOrganizationHead(after) && !REGION_HEADS.has(folded) && !isPlaceOrNationality(after) && !isOfficeWord(after) && !isVerbLike(after) && !foldedRoleQualifiers.has(folded) && !foldedPortfolioGlosses.has(folded) && !foldedRoleStops.has(folded) && !/^(?:لل|[بل]ال)/.test(folded);
}

/**
 * "ـ أمير خير الله، معتمدا أول": a person span that stops between the two words of the given name
 * after such a title ("أمير خير") takes the second word too. Returns the new end.
 */
export function afterCutCompoundName(tokens: readonly Token[], start: number, end: number): number {
  return end - 2 >= start && isTitleBeforeCompoundName(tokens, end - 2) ? end + 1 : end;
}

/** Whether a word is what a keeper keeps after "أمين" ("المال", "السر"): "أمين المال" is an office. */
export function isKeptByKeeper(token: Token): boolean {
  return KEPT.has(token.folded);
}

/** "أمين" (folded): a keeper or secretary, and the second word of compound given names ("محمد أمين"). */
const KEEPER = fold('أمين');

/** What a keeper or secretary keeps, after "أمين" in construct ("أمين سر", "أمين الصندوق"), folded. */
const KEPT = new Set(['سر', 'السر', 'المال', 'مال', 'الصندوق', 'صندوق', 'المتحف', 'المكتبه', 'مكتبه', 'العاصمه', 'المدينه', 'عام', 'العام'].map(fold));

/**
 * "إياد أمين مدني", "محمد أمين الخطيب": "أمين" bare between a given name and a word that is none of
 * what a keeper keeps (a body, a region, a place, a treasury, a secret: "أمين منطقة الرياض", "أمين
 * الصندوق") is the second word of a compound given name, no office in apposition.
 */
export function isKeeperInCompoundName(tokens: readonly Token[], i: number): boolean {
  const [before, word, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (word?.folded !== KEEPER || !before?.isWord || !after?.isWord || isDefinite(before)) return false;
  if (!isListedGivenName(before.folded)) return false;
  return isNoComplementOfTitle(after);
}

/** Prepositions and "إن" (what he said) after a name, which no office "الأمين" takes as its complement, folded. */
const CLOSING_WORDS = new Set(['الي', 'علي', 'من', 'عن', 'خلال', 'امام', 'ان', 'انه', 'بان']);

/** "الأمين" (folded): "the trustworthy", the Maghreb's second given name after "محمد" ("محمد الأمين"). */
const DEFINITE_KEEPER = fold('الأمين');

/**
 * "معتمد الجهة، محمد الأمين الورتاني": "الأمين" between a given name and a word that goes on the name
 * ("بن", a listed name word, or a word that is no common word) is the second word of a compound given
 * name; the office "الأمين العام" takes a common word ("العام", "المساعد") or a body after it.
 */
export function isDefiniteKeeperInCompoundName(tokens: readonly Token[], i: number): boolean {
  const [before, word, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  // ("أشار السفير فلان ولد محمد الأمين إلى": the father's compound name after "ولد" or "بن" closes
  // the name before punctuation, a preposition or "إن", where the office would take its complement.)
  if (word?.folded === DEFINITE_KEEPER && before?.folded === 'محمد' && FATHER_LINKS.has(tokens[i - 2]?.folded ?? '') && (after === undefined || !after.isWord || CLOSING_WORDS.has(after.folded))) return true;
  // ("ومحمد الأمين الفيتوري مديرا": the given name may carry a list's "و".)
  const givenBefore = before?.isWord === true && (isListedGivenName(before.folded) || (/^و.{3,}$/.test(before.folded) && isListedGivenName(before.folded.slice(1))));
  if (word?.folded !== DEFINITE_KEEPER || !givenBefore || !after?.isWord || isDefinite(before)) return false;
  const folded = after.folded;
  // ("عادل الأمين الطيب والياً": or a definite word, common as it may be, right before the post a
  // decree gives him in the accusative, which closes his name.)
  const namesOn = folded === 'بن' || isListedNameWord(folded) || (!isCommonWord(folded) && !isOrdinaryWord(after)) || (isDefinite(after) && tokens[i + 2]?.isWord === true && isAccusativeOffice(tokens[i + 2]));
  return namesOn && !KEPT.has(folded) && !isOrganizationHead(after) && !REGION_HEADS.has(folded) && !isPlaceOrNationality(after) && !isOfficeWord(after) && !isVerbLike(after) && !foldedRoleQualifiers.has(folded) && !foldedPortfolioGlosses.has(folded) && !foldedRoleStops.has(folded);
}

/** Words of an age in brackets ("(19 عامًا)"), folded (titled-names.ts reads names before one too). */
export const AGE_WORDS: ReadonlySet<string> = new Set(['عاما', 'عام', 'سنه']);

/**
 * "فلان (22 عامًا) وأمير سلامة السعدي (19 عامًا)": a title that is also a given name ("أمير",
 * "سلطان"), behind a list's "و" or not, before one or two words and an age in brackets opens that
 * person's name: an office is not followed by its holder's age.
 */
export function isTitleGivenNameBeforeAge(tokens: readonly Token[], i: number): boolean {
  const title = tokens[i];
  if (!title?.isWord || !foldedNameLikeTitles.has(title.folded.replace(/^و(?=..)/, ''))) return false;
  for (let open = i + 2; open <= i + 3; open++) {
    if (!tokens.slice(i + 1, open).every((token) => token.isWord)) return false;
    if (tokens[open]?.text === '(' && /^[0-9٠-٩]+$/.test(tokens[open + 1]?.text ?? '') && AGE_WORDS.has(tokens[open + 2]?.folded ?? '')) return true;
  }
  return false;
}
