/** Words and phrases at the edges of a person span that are none of the name (pass 4, person-span-tidy.ts). */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { isCommonWord, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { hasTrait, NATIONALITY } from './word-traits.js';
import { gazetteer } from './gazetteer.js';
import { foldedLeadingNameParts, foldedRoleQualifiers, isParticle } from './lexicon.js';
import { isDefinite, isGivenNameWord, isOfficeWord, isOrganizationHead, STATE_HEADS } from './office-words.js';
import { isBoardHead } from './board-heads.js';
import { isDefiniteGivenName, isDefiniteGivenNameClosingComplement, isTeamBehindClitic, isUnitArm } from './office-phrase-parts.js';
import { officeComplementEnd } from './office-phrase.js';
import { isTitleWord } from './spans.js';
import { isOftenANameInNews, isRarelyANameInNews, isRareWord, personShareBucket } from './tagger.js';
import { SPECIALIST_NOUNS } from './person-nouns.js';
import { isForeignGivenName, isListedGivenName, isListedNameWord } from './given-names.js';
import type { Token } from './tokenize.js';
import { LINEAGE_LINKS_AFTER_NAME } from './name-parts.js';

/**
 * "علي" (as text without "ى" writes the preposition "على") before a word that is no name: an ordinary
 * word or one the news almost never uses as a name ("علي الفور", "علي قبول", "علي الأرجح"). Before a
 * name word, a name part, a particle or a conjunction ("علي حسن", "علي بن", "علي في", "علي ورجاله"),
 * or after "بن"/"بنت", it stays a possible name.
 */
export function isPrepositionAlaAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  // "سعد بن علي الشهري": after a lineage link "علي" is the father's name, never the preposition.
  if (LINEAGE_LINKS_AFTER_NAME.has(tokens[i - 1]?.folded ?? '')) return false;
  if (tokens[i].folded !== 'علي' || !next?.isWord || !/^[\u0621-\u064a]/.test(next.folded) || isParticle(next) || next.folded.startsWith('و') || foldedLeadingNameParts.has(next.folded)) return false;
  if (isListedNameWord(next.folded)) return false;
  // "محمد علي البوغديري": a word the news often uses as a name is the family name after "علي".
  if (isOftenANameInNews(next.folded)) return false;
  return isOrdinaryWord(next.folded, false, next.text) || isRarelyANameInNews(next.folded);
}

/**
 * "سعد بن علي الشهري", "فهد بن محمد العتيبي": after "بن X" a nisba ("ال...ي") is the family or tribal
 * name even when it is also an adjective ("الشهري": monthly); an adjective cannot describe a name,
 * and a verb's object is a noun. A nationality ("السعودي") is none.
 */
export function isTribalNisba(folded: string): boolean {
  return /^ال..+ي$/.test(folded) && folded.length >= 6 && !hasTrait(folded, NATIONALITY);
}

/**
 * "التعازي", "التهاني", "الأهالي": the shape of a verbal noun or plural ("تفاعي", "أفاعي") which the
 * news writes as a verb's object after a sender's lineage chain ("نقل فلان بن فهد التعازي"). Only
 * with "ت" or "أ" first: "فِعالي" is also a nisba's shape ("الفلاحي", "الرفاعي"); a family nisba of
 * this one ("التهامي") is told apart by the news evidence the caller also asks for.
 */
export function isPluralNounShape(folded: string): boolean {
  return /^ال[تا].ا.ي$/.test(folded);
}

/** Ordinals and tens after "ابن"/"بنت" that give an age ("ابن الخامسة", "بنت العشرين"), folded. */
export const AGE_NUMBERS = new Set(
  ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة',
   'الحادية', 'العشرين', 'الثلاثين', 'الأربعين', 'الخمسين', 'الستين', 'السبعين', 'الثمانين', 'التسعين',
   'المائة', 'المئة'].map(fold),
);

/** A definite word that no name list knows and the news corpus almost never uses as a name. */
export function isDescriptiveWord(folded: string): boolean {
  return folded.startsWith('ال') && !isListedNameWord(folded) && !foldedLeadingNameParts.has(folded) && isRarelyANameInNews(folded);
}

/** Whether the definite common word at i, no name, has a definite adjective after it: a noun phrase. */
export function opensNounPhrase(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  const next = tokens[i + 1];
  if (!word.startsWith('ال') || !isCommonWord(word) || isListedNameWord(word) || isOftenANameInNews(word)) return false;
  // ("إلى" folds to "الي", like a word with the article: a particle opens no noun phrase.)
  if (next === undefined || !next.isWord || !next.folded.startsWith('ال') || isParticle(next) || !isCommonWord(next) || !isRarelyANameInNews(next.folded) || hasTrait(next, NATIONALITY)) return false;
  // The adjective is a nisba that agrees with the noun ("السيرة الذاتية", "الطابع الرسمي"); a noun
  // after an ordinal ("عبد الله الثاني المعرض") is the object of the verb.
  const feminine = word.endsWith('ه');
  return feminine ? next.folded.endsWith('يه') : next.folded.endsWith('ي');
}

/** Nouns of a member or specialist of a body or field, said with "في" after a name, folded: a closed class. */
const MEMBER_NOUNS = new Set([...SPECIALIST_NOUNS, ...['القيادي', 'القيادية', 'الخبيرة', 'المختص', 'المختصة', 'المحللة', 'الأخصائي', 'الأخصائية'].map(fold)]);

/**
 * "اغتيل فلان فلان القيادي في "كتائب القسام"", "فلان الخبير في السياحة": a member noun last in the
 * span, before "في", describes the person as one of a body or a field; it is no family name.
 */
export function describesMemberBeforeIn(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.folded === 'في' && MEMBER_NOUNS.has(tokens[i].folded);
}

/** "الأربعيني", "الخمسينية": a person's age by decade (folded), said after the name, never a family name. */
const AGE_DECADE = /^ال(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)يه?$/;

/** Whether the token is such an age word ("منير الأربعيني"). */
export function isAgeDecadeWord(token: Token): boolean {
  return AGE_DECADE.test(token.folded);
}

/** Verbal nouns that credit the makers of a work ("تأليف", "إخراج", "تلحين"), folded: a closed class. */
export const CREDIT_NOUNS = new Set(
  ['تأليف', 'إخراج', 'تلحين', 'أداء', 'بطولة', 'سيناريو', 'كلمات', 'إشراف', 'تقديم', 'توزيع', 'إنتاج', 'غناء', 'تمثيل', 'ترجمة', 'تصوير', 'إعداد', 'رسوم'].map(fold),
);


/** "طيب الله ثراه", "رضي الله عنه": what follows "الله" in a blessing, folded: a closed class. */
const BLESSING_OBJECT = /^(?:ثرا|عمر|ضريح|روح|قبر|مثوا|عن|علي|ل)(?:ه|ها|هما|هم)$/;

/**
 * Where a blessing formula starts inside a span ("حفظه الله", "رعاه الله", "يحفظها الله", "طيب الله
 * ثراه"), or -1: "الله" after a verb with a pronoun ending, or before its object with one. A name
 * with "الله" ("عبد الله", "نصر الله", "هبة الله") has neither.
 */
export function blessingStart(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start; k < end; k++) {
    if (tokens[k].folded !== 'الله' || k === 0) continue;
    const verb = tokens[k - 1];
    if (!verb.isWord || foldedLeadingNameParts.has(verb.folded)) continue;
    // The pronoun is written "ه" ("حفظه"); a name's "ة" ("هبة") is not.
    const withPronoun = /..(?:ه|ها|هما|هم|ك|كم)[\u064b-\u0652]*$/.test(verb.text) && !isListedGivenName(verb.folded);
    if (withPronoun || BLESSING_OBJECT.test(tokens[k + 1]?.folded ?? '')) return Math.max(start, k - 1);
  }
  return -1;
}

/** Gold, silver and bronze as adjectives (folded): a closed class. */
const METALS = new Set(['الذهبي', 'الفضي', 'البرونزي', 'الذهبيه', 'الفضيه', 'البرونزيه']);

/**
 * "فاز بالتانيت الذهبي", "الأسد الفضي": a definite word no name list knows with a metal after it
 * names a prize or medal ("محمد الذهبي", a given name first, is a person).
 */
export function isMetalAward(words: readonly Token[]): boolean {
  if (words.length !== 2 || !METALS.has(words[1].folded)) return false;
  const first = procliticReadings(words[0]).find(({ stem }) => stem.startsWith('ال'))?.stem;
  return first !== undefined && !isListedNameWord(first) && !isListedGivenName(first.slice(2));
}

/** Spokesmen, folded: "المتحدث باسم ...", "الناطقة باسم ...". */
const SPOKESPERSONS = new Set(['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'والمتحدث', 'والمتحدثة', 'والناطق', 'والناطقة'].map(fold));

/** Whether the definite word at `i` is the body a spokesman speaks for ("المتحدث باسم | الكرملين"), an indefinite word after it. */
export function isBodySpokenFor(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return i >= 2 && tokens[i].folded.startsWith('ال') && tokens[i - 1].folded === 'باسم' && SPOKESPERSONS.has(tokens[i - 2].folded) && next?.isWord === true && !next.folded.startsWith('ال');
}

/** A one-letter initial standing for a family name: a letter other than "و" followed by a period. */
export function isInitialAt(tokens: readonly Token[], i: number): boolean {
  const letter = tokens[i];
  return letter !== undefined && letter.isWord && /^[\u0621-\u064a]$/.test(letter.folded) && letter.folded !== 'و' && tokens[i + 1]?.text === '.' && tokens[i - 1]?.isWord === true && !/[0-9٠-٩]/.test(tokens[i - 1].folded);
}

/** Cardinal number words (folded; "ستون", "وخمسون", "مائة"): a closed class, never a name. */
const NUMBER_WORDS = new Set(
  [
    'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون',
    'عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين', 'مائة', 'مئة', 'مائتان', 'مائتين', 'مئات', 'ألف', 'آلاف', 'مليون', 'ملايين', 'مليار',
    // ("اثنا عشر", "ثلاثة عشر": the compound numbers' words.)
    'اثنا', 'اثنتا', 'اثني', 'اثنتي', 'عشر',
  ].map(fold),
);

/**
 * "مئة" (a hundred) folds to the same letters as the given name "مية" (Maya): the number keeps its
 * hamza ("مئة", "مائة"), the name is written with a plain "ي" ("الأمينة العامة مية فلان"). Diacritics
 * and tatweel are left out of the written form compared.
 */
const HAMZALESS_NUMBER_SPELLING = /^[وفبلك]?(?:ال)?مي[ةه]$/;

/** ("مالك الصقور الثمانين": with the article too, a number agreeing with the noun before it.) */
export function isNumberWord(token: Token): boolean {
  if (HAMZALESS_NUMBER_SPELLING.test(token.text.replace(/[\u064b-\u0652\u0640]/g, ''))) return false;
  return procliticReadings(token).some(({ stem }) => NUMBER_WORDS.has(stem) || (stem.startsWith('ال') && NUMBER_WORDS.has(stem.slice(2))));
}

/**
 * A person span [start, end) that opens inside the complement of an office phrase (the phrase is
 * blind to names): where the name really starts, or -1 when the span is all complement. A span that
 * runs on past the complement keeps the words after it when they open with a given name and the
 * complement has none ("والي صفاقس | سليم التيساوي", not "الحبيب | بورقيبة"); a given name the phrase
 * took for an adjective or a genitive opens the whole span ("وزير الداخلية الهادي مجدوب").
 */
/** A rare bare word, no given name, that may be a place the lists lack ("لويزيانا", "كاليدونيا"). */
function isRareForeignComplement(token: Token): boolean {
  return token.isWord && isRareWord(token.folded) && !token.folded.startsWith('ال') && !isGivenNameWord(token) && !/^عبد/.test(token.folded);
}

export function startAfterOfficeComplement(tokens: readonly Token[], start: number, end: number): number {
  const complementEnd = officeComplementEnd(tokens, start);
  if (complementEnd < 0) return start;
  const gaz = gazetteer();
  const isGiven = (token: Token): boolean => isGivenNameWord(token) || /^عبد/.test(token.folded);
  // ("رئيس إيباما | رودريغو أغوستينيو": or a foreign given name the news writes often enough.)
  const opensName = (token: Token): boolean => isGiven(token) || isForeignGivenName(token.folded) || (isRareWord(token.folded) && !token.folded.startsWith('ال'));
  // (A given name with the article, "الهادي", or a rare word, "نيكولا", may open the name too.)
  // ("مدير الكرة بفريق | إنبي | عبد الناصر محمد": a rare word right after a body's or team's head
  // in the construct state is that body's own name, no person's.)
  // ("حاكم لويزيانا | منير السالمي": so is one right after an indefinite office, its place or body.)
  const bodyOwnName = (k: number): boolean => k > 0 && tokens[k - 1].isWord && !isDefinite(tokens[k - 1]) && (isOrganizationHead(tokens[k - 1]) || isTeamBehindClitic(tokens[k - 1]) || isOfficeWord(tokens[k - 1]));
  const mayBeName = (token: Token, k: number): boolean =>
    isGiven(token) || isDefiniteGivenName(tokens, k) || personShareBucket(token.folded) >= 1 || (isRareWord(token.folded) && !isPlaceWord(token.folded) && !bodyOwnName(k)) || (k === start && isDefiniteGivenNameClosingComplement(tokens, k));
  if (complementEnd < end && opensName(tokens[complementEnd]) && !tokens.slice(start, complementEnd).some((token, k) => mayBeName(token, start + k))) return complementEnd;
  // "حاكم لويزيانا أحمد قطان", "سفير كاليدونيا سامي فلان": one rare word the lists do not know as a
  // place, then a given name and more name words: the rare word is the place or body the office
  // governs, and the holder's name opens at the given name.
  if (complementEnd === start + 1 && end - complementEnd >= 2 && isRareForeignComplement(tokens[start]) && isGivenNameWord(tokens[complementEnd])) return complementEnd;
  // ("وزير الزراعة | والري | الطيب سعد الدين محمد": a definite given name the complement ends on,
  // before a given name, opens the name; definite-given-names.ts. Not the name of a body its head
  // governs: "رئيس حزب الإنصاف محمد".)
  const last = complementEnd - 1;
  if (complementEnd < end && last > start && isDefiniteGivenNameClosingComplement(tokens, last)) return last;
  // "سفير جمهورية | مالي | إسماعيل تراوري": the word after a state's head is the state's name (the
  // phrase, blind to names, runs on over the holder's), and a given name after it opens his.
  if (STATE_HEADS.has(tokens[start - 1]?.folded ?? '') && end - start >= 3 && isGivenNameWord(tokens[start + 1])) return start + 1;
  // "وزير الداخلية الهادي مجدوب": the phrase took a given name with the article for an adjective.
  const first = tokens[start];
  const definiteGiven = first.folded.startsWith('ال') && !isTitleWord(first) && !hasTrait(first, NATIONALITY) && (isDefiniteGivenName(tokens, start) || personShareBucket(first.folded) >= 1 || isDefiniteGivenNameClosingComplement(tokens, start));
  // "رئيس الجمهورية الأسبق أمين الجميل": after a definite word no indefinite noun is a genitive, so a
  // given name that is also an office ("أمين") opens the name there.
  const before = tokens[start - 1];
  // ("هيئة فلان الفلاني": so after a board named for its president; board-heads.ts.)
  // ("قائد الفرقة الأولى مشاة فلان": or after the arm of a military unit.)
  const givenAfterDefinite = !first.folded.startsWith('ال') && isGiven(first) && before?.isWord === true && (before.folded.startsWith('ال') || isBoardHead(before) || isUnitArm(tokens, start - 1));
  const second = tokens[start + 1];
  const familyAfter = second !== undefined && !foldedRoleQualifiers.has(second.folded) && !isPlaceWord(second.folded) && !hasTrait(second, NATIONALITY) && !isOfficeWord(second) && !isParticle(second);
  // (After a given name with the article the family name must look like one; after a plain given
  // name the tagger's word is taken, "الجميل" as well.)
  const familyLooksLikeOne = (token: Token): boolean =>
    opensName(token) || personShareBucket(token.folded) >= 1 || (token.folded.startsWith('ال') && (isRareWord(token.folded) || !isCommonWord(token) || gaz.familyNames.has(token.folded)));
  const nameTakenIn = end - start >= 2 && familyAfter && ((definiteGiven && familyLooksLikeOne(second)) || givenAfterDefinite);
  return nameTakenIn ? start : -1;
}
