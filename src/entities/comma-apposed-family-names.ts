/**
 * "أفاد وزير الصحة، سامي نجيب معروف، أن ...": a name set off by commas right after an office phrase
 * ends at the closing comma, so its last word is the family name even when it also reads as a common
 * word ("معروف", known). A word with the article, a nationality, a title or a pronoun's or verb's
 * ending still ends no name.
 */
import { isListedNameWord } from './given-names.js';
import { isHonorificAt } from './honorific-titles.js';
import { isParticle } from './lexicon.js';
import { hasNotNameEnding } from './name-parts.js';
import { isOfficeStart } from './office-start.js';
import { isAccusativeOffice, isDefinite, isOfficeForm, isOfficeWord } from './office-words.js';
import { COMMAS, officePhraseBefore } from './role-before.js';
import { isTitleWord } from './spans.js';
import type { Token } from './tokenize.js';
import { hasTrait, NATIONALITY } from './word-traits.js';
import { personShareBucket } from './tagger.js';

/** Whether the word at `index`, closing the name [start, index], is its family name between an office's commas. */
export function isFamilyNameInOfficeApposition(tokens: readonly Token[], start: number, index: number): boolean {
  const word = tokens[index];
  if (index - start < 1 || !isListedNameWord(tokens[start].folded) || !COMMAS.has(tokens[index + 1]?.text ?? '') || !COMMAS.has(tokens[start - 1]?.text ?? '')) return false;
  if (word.folded.startsWith('ال') || /[\u064b-\u064d]/.test(word.text) || hasNotNameEnding(word) || isTitleWord(word) || isParticle(word) || hasTrait(word, NATIONALITY)) return false;
  return officePhraseBefore(tokens, start - 1) !== null;
}

/**
 * "قال نور الدين البابا، المتحدث باسم الوزارة،": a title with the article closing a name right before
 * the comma of the office in apposition after it is the family name ("البابا": the Pope): a title of
 * his own would stand before the name, and the apposition names his office. So after the comma
 * of an office set off before the name.
 */
export function isTitleFamilyNameBeforeOfficeApposition(tokens: readonly Token[], start: number, index: number): boolean {
  const word = tokens[index];
  // ("الدكتور عمر صديق الأمين، وزير الخارجية": or an office noun alone, "الأمين": secretary.)
  if (index - start < 1 || !word.folded.startsWith('ال') || !(isTitleWord(word) || isOfficeWord(word))) return false;
  // (A given name a list knows; or any word after an honorific, "السيد كريم الأمين مندوبا".)
  const listed = isListedNameWord(tokens[start].folded);
  if (!listed && !isHonorificAt(tokens, start - 1)) return false;
  const next = tokens[index + 1];
  // ("4- السيدة نوال عبدالله الأمين مديراً لمستشفى ...": so is one right before the office a decree's
  // entry makes him, in the accusative.)
  if (next?.isWord === true && isAccusativeOffice(next)) return true;
  // ("المهندس كريم الأمين رئيس الشركة القابضة": and one right before an office in the construct
  // state, which no title takes after it.)
  if (next?.isWord === true && !isDefinite(next) && !next.folded.startsWith('و') && isOfficeWord(next) && isOfficeStart(tokens, index + 1)) return true;
  if (!listed || !COMMAS.has(next?.text ?? '')) return false;
  // (No "و" + an office there, but "وزير" itself: its "و" is the word's own.)
  const after = tokens[index + 2];
  if (after?.isWord === true && (!after.folded.startsWith('و') || isOfficeForm(after.folded)) && isOfficeStart(tokens, index + 2)) return true;
  // ("أما الرئيس الأسبق للهيئة، كمال الأمين، فقال": so is one closing a given and a family name that
  // the commas after an office set off: that office is his.)
  return index - start === 1 && COMMAS.has(tokens[start - 1]?.text ?? '') && officePhraseBefore(tokens, start - 1) !== null;
}

/**
 * "وصرح المستشار هشام عادل يسري، المتحدث الرسمي باسم الأمين العام،": after an honorific or a title,
 * two name words the lists know and a bare word right before the comma of an office in apposition,
 * that word is the family name, though it reads as a verb ("يسري": it applies): the apposition closes
 * the name.
 */
export function isFamilyNameBeforeOfficeApposition(tokens: readonly Token[], start: number, index: number): boolean {
  const word = tokens[index];
  if (index - start !== 2 || !(isHonorificAt(tokens, start - 1) || (tokens[start - 1]?.isWord === true && isTitleWord(tokens[start - 1]))) || !isListedNameWord(tokens[start].folded) || !isListedNameWord(tokens[start + 1].folded) || !COMMAS.has(tokens[index + 1]?.text ?? '')) return false;
  if (word.folded.startsWith('ال') || word.folded.startsWith('و') || /[\u064b-\u064d]/.test(word.text) || hasNotNameEnding(word) || isTitleWord(word) || isParticle(word) || hasTrait(word, NATIONALITY)) return false;
  return opensOfficeAt(tokens, index + 2);
}

/**
 * "اللواء شريف عبد المنعم الجندي، مساعد الوزير لقطاع التعاون الدولي": after an honorific or a rank,
 * a name of three words or more opened by a given name and closed right before the comma of
 * an office in apposition ends with its definite family name, though it reads as a common noun
 * ("الجندي": the soldier); the apposition closes the name.
 */
export function isDefiniteFamilyNameBeforeOfficeApposition(tokens: readonly Token[], start: number, index: number): boolean {
  const word = tokens[index];
  // (Opened by a given name the lists know or the news mostly takes for a person: "شريف".)
  const given = isListedNameWord(tokens[start].folded) || personShareBucket(tokens[start].folded) >= 2;
  if (index - start < 2 || !isHonorificAt(tokens, start - 1) || !given || !COMMAS.has(tokens[index + 1]?.text ?? '')) return false;
  if (!word.folded.startsWith('ال') || word.folded.length < 5 || isParticle(word) || hasTrait(word, NATIONALITY) || isOfficeWord(word) || hasNotNameEnding(word)) return false;
  return opensOfficeAt(tokens, index + 2);
}

/** Whether an office opens at i, after the comma of an apposition: no "و" + an office, the next entry of a list. */
function opensOfficeAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  return word?.isWord === true && !word.folded.startsWith('و') && isOfficeStart(tokens, i);
}
