/**
 * "وقالت وزيرة الثقافة نجاة البكوش إن", "المكلفة بالإعلام بوزارة الصحة وفاء الهمامي": women's given
 * names are often common nouns ("نجاة": rescue, "وفاء": loyalty, "كريمة": generous) that no name list
 * holds, so the words after an office cannot tell them from the sentence going on. A feminine office
 * (the "ة" form of a masculine one: "وزيرة", "رئيسة", "المديرة", "الكاتبة العامة") names a woman right after its
 * phrase; a bare word there, then a family name up to where the sentence goes on, is her name.
 */
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isCommonWord, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isParticle } from './lexicon.js';
import { isHonorificWord } from './honorific-titles.js';
import { isImperfectVerb } from './imperfect-verbs.js';
import { DEFINITE_TAFIL_NOUN, isDefinite, isNationalityWord, isOfficeStem, isOfficeWord, isVerbLike } from './office-words.js';
import { isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';

/** Particles that open a clause after a subject ("مديرة السجن حتى تتجسس"), folded. */
const CLAUSE_PARTICLES = new Set(['حتي', 'كما', 'لكن', 'ثم', 'اذ', 'اذا', 'اي', 'لا', 'لم', 'لن', 'قد', 'منذ', 'بينما', 'عندما']);

/** Bare words of time or place that open an adverb after a subject ("صباح اليوم", "مساء الأحد", "خلال", "غداة"), folded. */
export const ADVERB_HEADS = new Set([
  ...['صباح', 'مساء', 'ظهر', 'عشيه', 'ليله', 'يوم', 'فجر', 'خلال', 'عقب', 'اثر', 'اثناء', 'بعد', 'قبل', 'امس', 'اليوم', 'غدا', 'حاليا', 'موخرا', 'لدي', 'عند', 'امام', 'حول', 'ضمن'],
  ...['غداه', 'حيال', 'ازاء', 'تجاه', 'قبيل', 'بعيد', 'ابان', 'فور', 'وسط', 'قرب', 'عبر', 'جراء', 'بين', 'دون', 'عقيب'],
]);

/**
 * Whether the office word is the feminine ("ة") form of a masculine office ("وزيرة", "والمكلفة"), with
 * no preposition on it ("لمساعدة المكفوفين": to help, a verbal noun).
 */
function isFeminineOffice(token: Token): boolean {
  return procliticReadings(token).some(({ removed, stem }) => !/[بلك]/.test(token.folded.slice(0, removed)) && stem.endsWith('ه') && (isFeminineOfficeStem(stem) || (stem.startsWith('ال') && isFeminineOfficeStem(stem.slice(2)))));
}

/**
 * "كاتبه" beside "كاتب": the "ة" form of an office whose masculine is one too. ("الكاتبة العامة": with
 * the article, an office the lists hold bare only is read without it.)
 */
function isFeminineOfficeStem(stem: string): boolean {
  return isOfficeStem(stem) && isOfficeStem(stem.slice(0, -1));
}

/**
 * A bare word that may be a woman's given name: no article, particle, verb, office, place or
 * adverb. A first letter that reads as a clitic is the name's own only in a feminine form that no
 * list of common words holds ("بثينة", "لطيفة"); "و" opens the next item ("ملكة الأردن ويسرا فلان"
 * names two women), "لفرانس برس" is a preposition and a name.
 */
function mayBeGivenName(token: Token | undefined): boolean {
  if (token?.isWord !== true) return false;
  const word = token.folded;
  if (word.length < 3 || isDefinite(token) || isParticle(token) || CLAUSE_PARTICLES.has(word) || ADVERB_HEADS.has(word) || isOfficeWord(token) || isVerbLike(token) || isImperfectVerb(token) || isPlaceWord(word) || isNationalityWord(token)) return false;
  const clitic = procliticReadings(token).some(({ removed }) => removed > 0);
  return !clitic || (!word.startsWith('و') && /(?:ه|اء)$/.test(word) && !procliticReadings(token).some(({ removed, stem }) => removed > 0 && (isCommonWord(stem) || isListedNameWord(stem) || isOfficeStem(stem))));
}

/** A family name: a listed one, or a word rare in running text, or one with the article no common text uses. */
function mayBeFamilyName(token: Token | undefined): boolean {
  if (token?.isWord !== true || !/^[\u0621-\u064a]+$/.test(token.folded) || ADVERB_HEADS.has(token.folded) || isOfficeWord(token) || isVerbLike(token) || isNationalityWord(token)) return false;
  const word = token.folded;
  // ("السفيرة الأمريكية لدى العراق، جرى خلاله | التأكيد": a definite verbal noun of the "تفعيل"
  // pattern that the news writes is no family name for being rare in the tagger's training text.)
  return gazetteer().familyNames.has(word) || isListedNameWord(word) || (isRareWord(word) && !(DEFINITE_TAFIL_NOUN.test(word) && isCommonWord(token))) || personShareBucket(word) >= 1 || (word.startsWith('ال') && !isCommonWord(word) && !isCommonWord(word.slice(2)));
}

/**
 * The end of a woman's name of two words (three with her father's) at `start`, right after the phrase of the feminine office at
 * `head` (or its definite title alone), when `atBoundary` says the sentence goes on after it; -1 otherwise.
 */
export function nameAfterFeminineOfficeEnd(tokens: readonly Token[], head: number, start: number, atBoundary: (i: number) => boolean): number {
  // ("سألت النائبة أسماء الرواحنة عن": a definite feminine title alone names her too, with a given
  // name that is no adjective: "النائبة كريمة الشابي" is left to the passes that weigh the article's names.)
  const titleOnly = start - head === 1 && isDefinite(tokens[head]);
  // ("وزير الصحة الدكتورة رائدة خليل القضاة": or a feminine honorific of hers right before the name.)
  const titled = start - head >= 3 && isFeminineHonorific(tokens[start - 1]);
  const feminine = isFeminineOffice(tokens[head]) || titled;
  if ((start - head < 2 && !titleOnly) || !feminine || !mayBeGivenName(tokens[start])) return -1;
  if (titleOnly && isOrdinaryWord(tokens[start])) return -1;
  // ("رئيسة الاتحاد العراقي للتنس نجاح عبد الكريم": the father's compound name, "عبد" and its definite half.)
  const compoundEnd = isCompoundFatherName(tokens, start + 1) ? start + 3 : -1;
  if (compoundEnd > 0 && !titleOnly) return atBoundary(compoundEnd) ? compoundEnd : -1;
  // ("وزيرة المالية مشكاة سلامة الخالدي والمدير": her father's name, a common noun too, and a family
  // name with the article, up to where the sentence goes on; "آوات شيخ جناب إن": or a bare "شيخ" and
  // the word the news never wrote that it governs, a Kurdish family name.)
  const family = tokens[start + 2];
  // (After her title, a listed father's name and any definite word closed by punctuation: "القضاة".)
  const fathers = mayBeGivenName(tokens[start + 1]) && family !== undefined && isDefinite(family) && (mayBeFamilyName(family) || (titled && isListedGivenName(tokens[start + 1].folded) && !isVerbLike(family) && !tokens[start + 3]?.isWord));
  const sheikhFamily = tokens[start + 1]?.folded === 'شيخ' && family?.isWord === true && !isDefinite(family) && !isSeenInRunningText(family.folded);
  if (!titleOnly && (fathers || sheikhFamily) && atBoundary(start + 3)) return start + 3;
  if (!mayBeFamilyName(tokens[start + 1])) return -1;
  return atBoundary(start + 2) ? start + 2 : -1;
}

/** "الدكتورة", "المهندسة", "الأستاذة": a courtesy title written in the feminine. */
function isFeminineHonorific(token: Token | undefined): boolean {
  return token?.isWord === true && /^ال.{3,}ه$/.test(token.folded) && isHonorificWord(token);
}

/** "عبد الكريم": "عبد" and a definite word after it (the second half of a compound name). */
function isCompoundFatherName(tokens: readonly Token[], i: number): boolean {
  const half = tokens[i + 1];
  return tokens[i]?.folded === 'عبد' && half?.isWord === true && /^ال.{2,}$/.test(half.folded) && !isParticle(half);
}
