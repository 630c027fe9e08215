/**
 * "بحضور الدكتورة سميرة فلان | علانة وزيرة الصحة": the tagger took two words of a name of three. An
 * office in apposition right after the next word ("وزيرة الصحة") closes the name there, so that word,
 * one of a name's shape (rare in the news, no article, clitic, pronoun or verb ending, no ordinary
 * word, title, nationality or place), is the family name the tagger cut off.
 */
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { opensApposedOffice } from './lineage-family-slot.js';
import { hasNotNameEnding, isLoneGivenName } from './name-parts.js';
import { isCommonWord, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isTitleWord } from './spans.js';
import { isOftenANameInNews, isRareWord } from './tagger.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { gazetteer } from './gazetteer.js';
import { hasTrait, NATIONALITY, PERSON_TITLE } from './word-traits.js';
import { isAccusativeOffice, isOfficeWord, isPluralOffice } from './office-words.js';
import { opensDinCompoundName } from './din-compound-names.js';
import { honorificBefore, isHonorificAt } from './honorific-titles.js';
import { isComma } from './located.js';
import { isFemininePostBeforeBody } from './decree-names.js';

/** Whether the word at `end`, after the two-word name [start, end) that opens with a given name, is its family name before an apposed office. */
export function isFamilyNameBeforeApposedOffice(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[end];
  // (The given name: on a list, or a word the news often takes for a person, "سميرة".)
  const given = tokens[start].folded;
  // ("نصر الدين آدم | أبكر والياً": or a given name of two words "X الدين"; din-compound-names.ts.)
  const compoundGiven = end - start === 3 && opensDinCompoundName(tokens, start);
  if ((end - start !== 2 && !compoundGiven) || !(compoundGiven || isLoneGivenName(given) || isOftenANameInNews(given)) || given.startsWith('ال') || !word?.isWord || !opensApposedOffice(tokens[end + 1])) return false;
  const folded = word.folded;
  // ("فريعة" is no "ف" + a word; "وسفير" is "و" + one, the next item.)
  const rest = folded.slice(1);
  if (/^[وف]/.test(folded) && (isCommonWord(rest) || isOrdinaryWord(rest) || isListedNameWord(rest) || isTitleWord(tokenReadAs(word, rest, word.text.slice(1))))) return false;
  if (folded.length < 3 || folded.startsWith('ال') || /[0-9٠-٩a-z\u064b-\u064d]/.test(folded + word.text) || hasNotNameEnding(word)) return false;
  return (
    isRareWord(folded) && !isOrdinaryWord(folded, false, word.text) && !isCommonWord(folded) && !isTitleWord(word) && !isParticle(word) &&
    !hasTrait(folded, NATIONALITY | PERSON_TITLE) && !isPlaceWord(folded) && !gazetteer().places.has(folded)
  );
}

/**
 * "يُعيّن الدكتور منصور جعفر | العالي وكيلاً لوزارة الصحة": the office he is made, in the accusative,
 * follows the whole name; a word with the article right before it (no title, office, nationality or
 * place) after a listed given name and one more word is the family name, though it reads as an
 * adjective ("العالي": the high). So before an office in apposition after a courtesy title or rank
 * (below), where the word may read as a nationality too.
 */
export function isDefiniteFamilyNameBeforeOffice(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[end];
  // ("الدكتور أيمن فاروق | الجندي، وزير الشباب": or a comma sets the office off after a courtesy title.)
  const officeAt = isComma(tokens[end + 1]) && honorificBefore(tokens, start) !== null ? end + 2 : end + 1;
  if (end - start !== 2 || !word?.isWord || !/^ال.{3,}$/.test(word.folded) || !tokens[officeAt]?.isWord) return false;
  const courtesyTitled = honorificBefore(tokens, start) !== null;
  // (The given name on a list; or after a courtesy title any word, the father's name on a list:
  // "الدكتورة هيا عبدالعزيز | الدرهم المدير الطبي".)
  if (!isLoneGivenName(tokens[start].folded) && !(courtesyTitled && isLoneGivenName(tokens[start + 1].folded))) return false;
  // ("وأضاف الدكتور أنور خالد | السادة عميد كلية الهندسة": after a courtesy title the office in
  // apposition closes the name as well, and the family name may read as a common word or a
  // nationality, "السادة" (the masters), "السويدي" (Swedish): the title says a whole name follows;
  // a word with the article carries no pronoun then, whatever its ending: "الدرهم" is no "الدر" + "هم".)
  const titled = courtesyTitled && opensApposedOffice(tokens[officeAt]);
  if (!titled && !isAccusativeOffice(tokens[officeAt])) return false;
  // (So is a plural courtesy title, "السادة" (Messrs.), before a singular office: titles before a
  // name would take a plural one, "السادة الوزراء".)
  // (Set off by a comma, so is any singular title word, "الجندي" (the soldier): a title stands before a name.)
  const titleFamilyName = titled && (/^ال.{3,}ه$/.test(word.folded) || officeAt === end + 2) && isTitleWord(word) && !isPluralOffice(tokens[officeAt]) && !isOfficeWord(word);
  return (titleFamilyName || (!isTitleWord(word) && !hasTrait(word.folded, PERSON_TITLE))) && (titled || !hasTrait(word.folded, NATIONALITY)) && !isPlaceWord(word.folded) && !gazetteer().places.has(word.folded) && !isOfficeWord(word) && (titled || !hasNotNameEnding(word));
}

/**
 * "الدكتور نصر فريد | واصل، مفتي الجمهورية الأسبق": after an honorific (or a title, "المستشار"), a given name and a second
 * word, the bare word right before the comma of an office in apposition is the family name, though it
 * also reads as a verb ("واصل": he went on): a verb would not stand alone between the name and the
 * apposition of his office.
 */
export function isFamilyNameBeforeCommaOffice(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[end];
  // (The given name: on a list, a word the news often takes for a person, or "X الدين" of two words.)
  const givenEnd = opensDinCompoundName(tokens, start) ? start + 2 : start + 1;
  // ("الدكتور إبراهيم عبد المقصود | عيد، مفتي الجمهورية": the father's name may be a compound "عبد ال...".)
  const compoundFather = end - givenEnd === 2 && tokens[givenEnd].folded === 'عبد' && /^ال../.test(tokens[givenEnd + 1].folded);
  if ((end - givenEnd !== 1 && !compoundFather) || (givenEnd === start + 1 && !isLoneGivenName(tokens[start].folded) && !isOftenANameInNews(tokens[start].folded)) || !(isHonorificAt(tokens, start - 1) || (start > 0 && isTitleWord(tokens[start - 1])))) return false;
  // ("المستشار حسام عيد | جمعة، محامياً عاماً لنيابات": or the post of a decree's list, in the accusative.)
  if (!word?.isWord || word.folded.startsWith('ال') || word.folded.length < 3 || !isComma(tokens[end + 1]) || !opensOfficeAfterComma(tokens, end + 2)) return false;
  return isFamilyNameWord(word);
}

/**
 * "الدكتورة سهام | فتح الباب، رئيسة قسم الفلك": so two words, a bare one and one with the article (a
 * family name of two words, "فتح الباب"), after an honorific and a lone given name: whether the span
 * [start, end) is that given name and the two words after it close the name.
 */
export function isTwoWordFamilyNameBeforeCommaOffice(tokens: readonly Token[], start: number, end: number): boolean {
  const [bare, definite] = [tokens[end], tokens[end + 1]];
  if (end - start !== 1 || !(isLoneGivenName(tokens[start].folded) || isListedGivenName(tokens[start].folded) || isOftenANameInNews(tokens[start].folded)) || !isHonorificAt(tokens, start - 1)) return false;
  if (!bare?.isWord || bare.folded.startsWith('ال') || bare.folded.length < 3 || !definite?.isWord || !/^ال../.test(definite.folded)) return false;
  return isComma(tokens[end + 2]) && opensOfficeAfterComma(tokens, end + 3) && isFamilyNameWord(bare) && isFamilyNameWord(definite);
}

/**
 * "بتعيين المهندس فراس عادل | حرب | مديرا عاما للهيئة": a bare word after a given name and a father's
 * name, right before the post a decree gives in the accusative, is the family name, common word as it
 * may be ("حرب": war): the post closes the name.
 */
export function isFamilyNameBeforeAccusativePost(tokens: readonly Token[], start: number, index: number): boolean {
  const [word, post] = [tokens[index], tokens[index + 1]];
  // ("تعيين الدكتورة سلام عبد الله فخري | رئيسة لمجلس إدارة ...": or a feminine post before "ل" + its body; decree-names.ts.)
  if (index - start < 2 || !word?.isWord || /^(?:ال|و)/.test(word.folded) || word.folded.length < 3 || post?.isWord !== true || !(isAccusativeOffice(post) || isFemininePostBeforeBody(tokens, index + 1))) return false;
  // (A bare title word there is the family name: "فخري" (honorary) never stands before the post.)
  return isFamilyNameWord(word, true);
}

/** The office in apposition at i, after the comma: an office word, one in the accusative, or the attorney general's post. */
function opensOfficeAfterComma(tokens: readonly Token[], i: number): boolean {
  return opensApposedOffice(tokens[i]) || (tokens[i] !== undefined && isAccusativeOffice(tokens[i])) || isAttorneyGeneralAt(tokens, i);
}

/** A word that may be a family name's: no title (unless `titleAllowed`), particle, nationality, place or office, no digit, Latin letter or tanween. */
function isFamilyNameWord(word: Token, titleAllowed = false): boolean {
  return (titleAllowed || !isTitleWord(word)) && !isParticle(word) && !hasTrait(word.folded, NATIONALITY | PERSON_TITLE) && !isPlaceWord(word.folded) && !isOfficeWord(word) && !hasNotNameEnding(word) && !/[0-9٠-٩a-z\u064b-\u064d]/.test(word.folded + word.text);
}

/** "محامياً عاماً" (attorney general, in the accusative), folded: Egypt's prosecution post at i, which the office lists take for no office word. */
function isAttorneyGeneralAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.folded === 'محاميا' && tokens[i + 1]?.folded === 'عاما';
}
