/**
 * "وزيرة التضامن غادة والي قالت", "وزيرة الصحة سلوى قاضي إن": a bare office word right after a
 * given name and right before a verb of saying, "إن"/"أن" or a stop is the family name. An office
 * noun without the article stands in the construct state and takes its genitive ("والي تونس",
 * "قاضي التحقيق"); with nothing after it to govern, it is a name. With the article after a bare
 * given name ("منجي القاضي.") it is the family name only where the sentence ends right after it, or
 * where a comma and his office follow ("أحمد الأمين، والي جهة فاس") or "و" and the next holder's
 * ("عبد الحميد الأمين ونائب رئيس البلدية فلان"): an apposition there would come
 * after a comma, or go on to its complement.
 */
import { gazetteer } from './gazetteer.js';
import { isListedGivenName } from './given-names.js';
import { isGivenNameWord, isOfficeBehindClitic, isOfficeWord, stems } from './office-words.js';
import { isDefiniteGivenNameWord } from './office-phrase-parts.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { OPENING_QUOTES } from './quote-marks.js';
import { isComma } from './located.js';

/** "إن", "أن" and their forms with a pronoun, which open what was said, folded. */
const SAID_OPENERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها']);

/** Stops after which no genitive can follow ("."، "،", ":"). */
const STOPS = new Set(['.', '،', ',', ':', '؛', '!', '؟']);

/** Whether the office word at i is the family name of the given name before it. */
export function isOfficeFamilyNameAtBoundary(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!token?.isWord || !before?.isWord || !isOfficeWord(token)) return false;
  // Bare and in the nominative: the whole word an office noun (no article, no clitic: "والي" is the
  // governor, not "و" + "الي"), without the accusative alef ("وزيرا"). With the article after a
  // definite given name ("المنجي القاضي"): an apposition would agree, but takes its complement.
  // ("الدكتور عثمان الأمين لـ«سودان تربيون» إن": so does "to" the outlet he told, quoted after it.)
  // ("رئيس البلدية عبد الحميد الأمين ونائب رئيس البلدية فلان": or "و" + the next holder's office.)
  const apposed = (isComma(after) && tokens[i + 2]?.isWord === true && isOfficeWord(tokens[i + 2])) || (after?.isWord === true && after.folded.startsWith('و') && isOfficeBehindClitic(after));
  // ("الشهيد القائد خليل الوزير (أبو جهاد)": so does his alias in brackets after it.)
  const aliased = after?.text === '(' && tokens[i + 2]?.isWord === true && /^(?:ابو|ابي|ابا|ام)$/.test(tokens[i + 2].folded);
  const closesSentence = token.folded.startsWith('ال') && (after === undefined || after.text === '.' || apposed || aliased || isToQuotedOutlet(tokens, i + 1)) && (isGivenNameWord(before) || tokens[i - 2]?.folded === 'عبد');
  if ((token.folded.startsWith('ال') && !isDefiniteGivenNameWord(before) && !closesSentence) || /ا$/.test(token.folded) || /\u064b/.test(token.text)) return false;
  if (stems(token).slice(1).some((stem) => isOfficeWord(tokenReadAs(token, stem)))) return false;
  const gaz = gazetteer();
  if (!(closesSentence || isListedGivenName(before.folded) || isDefiniteGivenNameWord(before))) return false;
  if (after === undefined || apposed || aliased) return true;
  if (!after.isWord) return STOPS.has(after.text);
  // ('فلان القاضي ل"الإذاعة"': "to" the outlet quoted after it, no complement of an office.)
  return SAID_OPENERS.has(after.folded) || gaz.personVerbs.has(after.folded) || isToQuotedOutlet(tokens, i + 1);
}

/** "ل" at `i` before an opening quote ('ل"الإذاعة"', "لـ«سودان تربيون»"): to the outlet told. */
function isToQuotedOutlet(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.folded === 'ل' && OPENING_QUOTES.has(tokens[i + 1]?.text ?? '');
}


