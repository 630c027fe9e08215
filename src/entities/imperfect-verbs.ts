/** Imperfect and future verbs that a person span may take for a name word ("يأمر", "سيقرر"). */
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { isOftenANameInNews, isRarelyANameInNews, isSeenInRunningText, personShareBucket } from './tagger.js';
import { isListedNameWord } from './given-names.js';
import { tokenReadAs, type Token } from './tokenize.js';
import { isPluralImperfect } from './plural-imperfects.js';

/** "سيقرر", "وسيلتقي": the future prefix (a conjunction allowed) on an imperfect verb the news uses often. */
export function isFutureVerb(token: Token): boolean {
  // "وسنية" is no "و" + "س" + "نية": a word written with "ة" at the end is a noun, never a verb.
  if (/ة[\u064b-\u0652]*$/.test(token.text)) return false;
  const verb = /^[وف]?س([يتن].{2,})$/.exec(token.folded);
  // "سيسافر": "يسافر" is no common word itself, but the same verb in another person is ("تسافر").
  if (verb === null) return false;
  // ("الوزير الأول سيفي غريب": a word the unlabeled news mostly takes for a person is a name, though
  // "يفي" is a verb.)
  if (isOftenANameInNews(token.folded, true)) return false;
  // (A word is ordinary by its shape alone when running text has it, or has its stem without the
  // dual's or plural's ending, "يعود" in "سيعودان": "ستيفنسون" is no "س" + "تيفنسون".)
  if (isCommonWord(verb[1]) || (verb[1].length >= 5 && isOrdinaryWord(verb[1]) && (isSeenInRunningText(verb[1]) || isSeenInRunningText(verb[1].replace(/(?:ان|ون|ين)$/, ''))))) return true;
  // ("العنزي والهاجري سيسهمان في": the dual or plural of an imperfect of four letters running text writes in the "he" person, "يسهم".)
  const singular = /^(.{4,})(?:ان|ون)$/.exec(verb[1])?.[1];
  if (singular !== undefined && isOrdinaryWord(singular) && isSeenInRunningText(singular)) return true;
  // ("كريم فلان سنلجأ إلى القضاء": a final hamza on alef folds to "ا", which no imperfect ends in
  // otherwise; the verb is the one the news writes in the "he" or "she" person, "يلجأ".)
  if (/أ[\u064b-\u0652]*$/.test(token.text) && [`ي${verb[1].slice(1)}`, `ت${verb[1].slice(1)}`].some(isCommonWord) && !isOftenANameInNews(token.folded)) return true;
  // "سيتزوج", "ستتواصل", "سيستقيل": the future of the fifth, sixth and tenth forms ("يتـ", "يستـ"
  // and three root letters) is a verb even when the news never wrote it.
  if (/^[يتن]س?ت.{3,}$/.test(verb[1]) && !verb[1].endsWith('ا') && !isOftenANameInNews(token.folded)) return true;
  // "سيوقع", "سيترأس": an imperfect of three root letters or more that the unlabeled news almost
  // never takes for a person, the word with "س" not often one there ("سيرجي" is a name). (An
  // imperfect ends in no "ا": "سينما" is a noun.)
  return verb[1].length >= 4 && !verb[1].endsWith('ا') && isRarelyANameInNews(verb[1]) && !isOftenANameInNews(token.folded);
}

/**
 * "وفد النادي يصل أبيدجان", "ينتظر أن يصل فلان": the "he" imperfect of a verb whose first root
 * letter "و" drops (وصل, وقع, وضع) or whose middle and last root letters are one (حلّ, ردّ, مرّ), three
 * letters written; the news uses these often and no name takes their shape. Folded, a closed class.
 */
const SHORT_IMPERFECTS = new Set(['يصل', 'يقع', 'يضع', 'يقف', 'يجد', 'يرث', 'يهب', 'يدع', 'يحل', 'يرد', 'يمر', 'يشن', 'يعد', 'يلي']);

/**
 * "يأمر", "يسأل": a word with the "he" prefix of the imperfect that no name list knows, that the
 * unlabeled news seldom takes for a person, and whose "she" form ("تأمر") the news writes too (not
 * "يعلون": no "تعلون"), or an ordinary word with that prefix.
 */
export function isImperfectVerb(token: Token): boolean {
  const word = token.folded;
  // Only the "he" prefix: many nouns and names open with "ت" ("تراب" in "أبو تراب").
  if (!word.startsWith('ي')) return false;
  // ("يصل", "يقع": three letters; shorter-lived words than names, see SHORT_IMPERFECTS.)
  if (word.length === 3) return SHORT_IMPERFECTS.has(word);
  if (word.length < 4 || isListedNameWord(word)) return false;
  if (isOrdinaryWord(word, false, token.text)) return true;
  // "يبقون": the "they" form of a verb the news writes ("يبقى"); plural-imperfects.ts.
  if (isPluralImperfect(word)) return true;
  // "يهنئ", "ينشئ": a final hamza on "ي" after the prefix ends a verb, no name.
  if (/^ي..+ئ[\u064b-\u0652]*$/.test(token.text)) return true;
  const share = personShareBucket(word);
  // "يستنجد", "يستغرب": the tenth form's imperfect ("يست" + three root letters) is a verb even when
  // the unlabeled news never wrote it (no name takes that shape), if it wrote the "she" form.
  if (share === -1 && /^يست...$/.test(word)) return isSeenInRunningText(`ت${word.slice(1)}`);
  // "يلتفت", "يصطدم": the eighth form's imperfect ("ي" + a root letter + its infixed "ت", or "ط"
  // after an emphatic) has no name's shape either; the news seldom or never writes it for a person.
  if (share <= 0 && isDerivedImperfect(word)) return true;
  // "يقيل", "يطيح": the "he" imperfect of a hollow root ("ي", a root letter, the long vowel, a root
  // letter) that the unlabeled news writes but never takes for a person ("يزيد", "يونس" are listed).
  if (share === 0 && HOLLOW_IMPERFECT.test(word)) return true;
  return word.length <= 6 && (share === 0 || share === 1) && isSeenInRunningText(`ت${word.slice(1)}`);
}

/** "يقيل", "يعود": "ي", a consonant, a long vowel and a consonant, folded. */
const HOLLOW_IMPERFECT = /^ي[^اويىه][وي][^اويىه]$/;

/** "يلتفت", "يصطدم", "يستغرب": the shape of the eighth or tenth form's "he" imperfect, folded. */
export function isDerivedImperfect(word: string): boolean {
  return /^ي(?:[^صضطظ]ت|[صضطظ]ط)..$/.test(word) || /^يست...$/.test(word);
}

/**
 * "ليتنصت", "ليستقبل": the "ل" of purpose on an imperfect verb (isImperfectVerb), or on the
 * imperfect of a derived form ("يتفعل", "يستفعل": three consonants after the prefix), which no name takes.
 */
export function isPurposeVerb(token: Token): boolean {
  if (!/^لي/.test(token.folded) || token.folded.length < 5) return false;
  if (/^لي(?:ت|ست)[^اويى]{3}$/.test(token.folded)) return true;
  // (A token of its own: the word's remembered answers are the written word's, not the verb's.)
  return isImperfectVerb(tokenReadAs(token, token.folded.slice(1), token.text.slice(1)));
}

/**
 * Nouns of what befalls a person ("مقتل", "اغتيال", "وفاة"), which stand in the construct before his
 * name ("مقتل العامري") and are never a given name, folded: a closed class.
 */
const EVENT_NOUNS = new Set(['مقتل', 'اغتيال', 'وفاه', 'اعتقال', 'اعدام', 'اختطاف', 'استشهاد', 'اقاله', 'استقاله', 'مصرع', 'رحيل', 'تابين', 'ايقاف']);

/** Whether the token, a conjunction or preposition allowed, is such a noun. */
export function isEventNounBeforeName(token: Token): boolean {
  return EVENT_NOUNS.has(token.folded) || (/^[وفبل]/.test(token.folded) && EVENT_NOUNS.has(token.folded.slice(1)));
}

/**
 * "يحشر", "يقحم": the "he" imperfect of a sound three-letter root (ي and three consonants, no long
 * vowel among them: not "يوسف", "يزيد", "يعيش") that no name list knows and the unlabeled news seldom
 * or never takes for a person. Even a verb the news never wrote has this shape; a name seldom does.
 */
export function isSoundImperfectShape(token: Token): boolean {
  const word = token.folded;
  return /^ي[^اويىه]{3}$/.test(word) && !isListedNameWord(word) && personShareBucket(word) <= 0;
}

/**
 * "يوقعان", "تبحثان": the dual imperfect ("they two ...") of a three-letter root, the verb after a
 * dual office ("محافظا بورسعيد والإسماعيلية يوقعان بروتوكول"); no name list knows it, and the
 * unlabeled news seldom or never takes it for a person ("يقظان" is a name).
 */
export function isDualImperfectShape(token: Token): boolean {
  const word = token.folded;
  return /^[يت].{3}ان$/.test(word) && !isListedNameWord(word) && personShareBucket(word) <= 0;
}
