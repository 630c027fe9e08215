/**
 * Word-level tests of the officials grammar: office nouns, definiteness, places, nationalities,
 * heads of bodies, verbs and given names, each read through the word's clitics.
 */
import { rememberedPerWord, type WordHolder } from './word-memo.js';
import type { Token } from './tokenize.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isListedGivenName } from './given-names.js';
import { foldedLeadingNameParts, foldedNamedAfterHeads, foldedPortfolioGlosses } from './lexicon.js';
import { isCommonWord, isOfficeStem, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isOftenANameInNews, isRareWord, isSeenInRunningText } from './tagger.js';
import { hasTrait, OFFICE_WORD, ORGANIZATION_HEAD, PERSON_TITLE, PLACE } from './word-traits.js';

/** A word the unlabeled news takes for a person most of the time (isOftenANameInNews, `mostly`). */
export const isMostlyANameInNews = (word: string): boolean => isOftenANameInNews(word, true);

/** Whether a folded word is an office noun (held by ordinary-words.ts, which this module builds on). */
export { isOfficeStem };

/** "والي" behind one proclitic (folded): "ووالي", "بوالي", "لوالي", "فوالي". */
const CLITIC_GOVERNORS = new Set(['ووالي', 'بوالي', 'لوالي', 'فوالي']);

/** An office word, also with a clitic attached ("ووزير", "بوزير") or in the accusative ("وكيلاً"). */
export function isOfficeWord(token: Token): boolean {
  // "والي تونس" (governor) is written with ي; "والى" (and to) folds the same way.
  if (token.folded === 'والي') return /ي[\u064b-\u0652]*$/.test(token.text);
  // "ووالي سوسة", "بوالي القصرين": the governor behind a clitic, also written with ي ("ووالى" is the
  // verb "and he kept on").
  if (CLITIC_GOVERNORS.has(token.folded)) return /ي[\u064b-\u0652]*$/.test(token.text);
  // "آمر الحرس الرئاسي" (commander, Libyan and Iraqi usage) only with its madda: folded, it is
  // the verb "أمر" (ordered). (The folded ending is tested first: this runs at nearly every word.)
  // ("آمراً لمنطقة طرابلس العسكرية": also the commander one is made, in the accusative.)
  if (token.folded.endsWith('امر') && /^[وبل]?آمر$/.test(token.text)) return true;
  if (token.folded === 'امرا' && /^آمر(?:ا\u064b?|\u064bا)$/.test(token.text)) return true;
  // "للرئيس" is ل + الرئيس with the article's alef dropped.
  if (token.folded.startsWith('لل') && token.folded.length > 4) return hasTrait(`ال${token.folded.slice(2)}`, OFFICE_WORD);
  return hasTrait(token, OFFICE_WORD);
}

/** An office ("وزير", "المدير") or a person's title ("الدكتور", "الفريق"): a word a holder's name follows. */
export function isOfficeOrPersonTitle(token: Token): boolean {
  return isOfficeWord(token) || hasTrait(token, PERSON_TITLE);
}

/**
 * Whether a word may be an office word as a token (isOfficeWord) written any way: the folded word
 * alone decides, so the two words isOfficeWord tells by their writing ("والي", "آمر") are let in.
 */
export function mayBeOfficeWord(word: WordHolder): boolean {
  const folded = word.folded;
  if (folded === 'والي' || CLITIC_GOVERNORS.has(folded) || folded.endsWith('امر') || folded === 'امرا') return true;
  if (folded.startsWith('لل') && folded.length > 4) return hasTrait(`ال${folded.slice(2)}`, OFFICE_WORD);
  return hasTrait(word, OFFICE_WORD);
}

/** An office noun as a whole word, also in the accusative ("وكيلاً" is no "و" + office). */
export function isOfficeForm(folded: string): boolean {
  // "والي" is asked of here only when written with ي (isOfficeWord): the governor, no "و" + "الي".
  return isOfficeStem(folded) || folded === 'والي' || (folded.length > 3 && folded.endsWith('ا') && isOfficeStem(folded.slice(0, -1)));
}

/**
 * "ناطقا", "وزيرا": an office word in the accusative (folded, with its alef); "مديرةً": a feminine
 * one, whose accusative only its written tanween shows.
 */
export function isAccusativeOffice(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || word.length <= 3) return false;
  // ("واليا لولاية تيبازة", "آمراً لمنطقة طرابلس العسكرية": offices whose bare forms the lists leave
  // out, "والي" also reading "and to me" and "أمر" "an order"; the accusative, and the madda, tell them.)
  if (word === 'واليا' || (word === 'امرا' && token.text.startsWith('آ'))) return true;
  return (word.endsWith('ا') && isOfficeStem(word.slice(0, -1))) || (/ة\u064b$/.test(token.text) && isOfficeStem(word));
}

/** Broken plurals of offices (folded): "وزراء خارجية", "نواب الحزب". */
const PLURAL_OFFICES = new Set(['نواب', 'وزراء', 'روساء', 'رووساء', 'سفراء', 'اعضاء', 'قاده', 'امراء', 'ملوك', 'مستشارو', 'ممثلو']);

/**
 * "وزراء خارجية", "مستشاري الرئيس": an office in the plural (or its sound plural), said of several
 * holders at once, read through its clitics.
 */
export function isPluralOffice(token: Token): boolean {
  return stems(token).some((stem) => {
    const bare = stem.startsWith('ال') ? stem.slice(2) : stem;
    if (PLURAL_OFFICES.has(bare)) return true;
    const sound = /^(.{3,})(?:ين|ون|و|ي)$/.exec(stem);
    return sound !== null && stem.length > 4 && isOfficeStem(sound[1]) && !isOfficeStem(stem);
  });
}

/** "ممثل", "الممثلة" (representative; also actor), folded. */
export const REPRESENTATIVES = new Set(['ممثل', 'ممثله', 'الممثل', 'الممثله', 'ممثلا']);

/** "ممثلا" (folded): a representative in the accusative, the capacity someone attends in ("فلان ممثلا عن ..."). */
export function isAccusativeRepresentative(token: WordHolder): boolean {
  return token.folded === 'ممثلا';
}

/** "مدير", "المديرة", "والمدير": a director, one of either gender, folded (no pronoun, dual or plural). */
const DIRECTOR = /^و?(?:ال)?مديره?$/;

/** Whether a folded word is a director's title (DIRECTOR). */
export function isDirectorWord(folded: string): boolean {
  return DIRECTOR.test(folded);
}

/** "ممثل" read without its clitics ("بممثلة"): the office as the role writes it. */
export function isRepresentativeStem(stem: string): boolean {
  return REPRESENTATIVES.has(stem);
}

/** Answers per folded word: the grammar asks about every word of the article, and words repeat. */
const stemsOf = rememberedPerWord<readonly string[]>((_, word) => procliticReadings(word).map((reading) => reading.stem));

/** The words of a written token under each reading: "والمتحدث" is also "المتحدث". */
export function stems(token: WordHolder): readonly string[] {
  return stemsOf(token);
}

/** Whether a stem is an office noun, with or without the article ("رئيس", "الرئيس"). */
export function isOfficeStemWithOrWithoutArticle(stem: string): boolean {
  return isOfficeStem(stem) || (stem.startsWith('ال') && isOfficeStem(stem.slice(2)));
}

/** Whether a reading of the token without its clitic is an office noun ("والناطق", "ورئيس", "بالوزير"). */
export function isOfficeBehindClitic(token: WordHolder): boolean {
  return stems(token).slice(1).some(isOfficeStemWithOrWithoutArticle);
}

/** A word written with the feminine "ة", diacritics aside ("المنسقة", "الدكتورة"). */
export function isWrittenFeminine(token: Token): boolean {
  return token.isWord && /ة[\u064b-\u0652]*$/.test(token.text);
}

/** Adjectives that close an office before the body it serves ("التنفيذي", "العام"), folded: a closed class. */
// (Not "خاص": "سكرتيرة خاصة لفلان" serves a person.)
export const OFFICE_ADJECTIVES = new Set(['التنفيذي', 'التنفيذيه', 'الرسمي', 'الرسميه', 'العام', 'العامه', 'الاعلامي', 'الاقليمي', 'الجهوي', 'الجهويه', 'الفني', 'المالي', 'الاداري', 'المكلف', 'المساعد', 'بالنيابه']);

/** Governors, folded: their office goes on with "على" + the place they govern. */
export const GOVERNORS = new Set(['والي', 'الوالي', 'واليا', 'واليه', 'الواليه']);

// The officials grammar asks these four of the same words again and again, each phrase word of
// each office: they depend on the folded word alone, so they are kept with the word's record.

export function isDefinite(token: Token): boolean {
  if (!definite(token)) return false;
  // (Most definite words open with the bare alef of "ال" or the "ل" of "لل", which no hamza precedes:
  // the test of the written word below is asked of the rest only; this runs at nearly every word.)
  const first = token.text.charCodeAt(0);
  if (first === BARE_ALEF || first === LAM) return true;
  return !(HAMZA_ALEF_BEFORE_LAM.test(token.text) && !isPlaceOrNationality(token));
}

const BARE_ALEF = 0x627;
const LAM = 0x644;

/**
 * "أليكس", "آلاف", "وإلغاء": a first alef written with a hamza or madda folds like the article's,
 * but the article is written with a bare alef: these words have none. (Asked of the word as written,
 * after the answer per folded word: only words that fold to "ال..." get here. A country's name,
 * "ألمانيا", is definite as a proper noun all the same.)
 */
const HAMZA_ALEF_BEFORE_LAM = /^[وفبك]?[أإآ]ل/;

const definite = rememberedPerWord((folded, word) => {
  // "واليا", "والي": the governor, not "و" + a word with the article.
  if (GOVERNORS.has(folded)) return folded.startsWith('ال');
  return folded.startsWith('لل') || stems(word).some((stem) => stem.startsWith('ال') && stem.length > 3);
});

export function isPlaceOrNationality(token: Token): boolean {
  return placeOrNationality(token);
}

const placeOrNationality = rememberedPerWord((_, word) => hasTrait(word, PLACE) || stems(word).some((stem) => gazetteer().nationalities.has(stem)));

export function isNationalityWord(token: Token): boolean {
  return nationalityWord(token);
}

// "ألمانيا" folds like the bare accusative of "الألماني": a country's name is no nationality.
const nationalityWord = rememberedPerWord((_, word) => stems(word).some((stem) => gazetteer().nationalities.has(stem) && !gazetteer().places.has(stem)));

export function isOrganizationHead(token: Token): boolean {
  return organizationHead(token);
}

const organizationHead = rememberedPerWord((folded, word) => {
  // "للجامعة" is ل + "الجامعة" with the alef dropped, a reading the proclitic slices cannot give.
  const definiteForm = folded.startsWith('لل') ? `ا${folded.slice(1)}` : '';
  return hasTrait(word, ORGANIZATION_HEAD) || (definiteForm !== '' && hasTrait(definiteForm, ORGANIZATION_HEAD));
});

/** Verbs of saying and doing, and words a verb ending or the accusative tanween marks ("مؤكداً"). */
export function isVerbLike(token: Token): boolean {
  if (/[\u064b-\u064d]/.test(token.text) && !isOfficeWord(token)) return true;
  if (isDoubledMiddlePerfect(token)) return true;
  if (isEighthFormPerfect(token)) return true;
  return stems(token).some((stem) => gazetteer().personVerbs.has(stem));
}

/**
 * "أن اللاعب اجتاز الفحص": "ا", a root letter, "ت" and the rest is the past of a verb of the eighth
 * form when its "he" imperfect ("يجتاز") is a word running text writes often; the verbal nouns of
 * that shape ("اجتماع", "انتصار") have no such imperfect.
 */
export const isEighthFormPerfect = rememberedPerWord((word) => {
  if (!/^ا[^ا]ت[^ا]{2,3}$/.test(word) && !/^ا[^ا]تا[^ا]$/.test(word)) return false;
  const imperfect = `ي${word.slice(1)}`;
  return isSeenInRunningText(imperfect) && !isRareWord(imperfect) && !isOftenANameInNews(word) && !isListedGivenName(word);
});

/**
 * "عيّن", "قرّر", "وقّع": three root letters, the shadda written on the middle one and nothing after
 * the last, is the past of a verb of the second form ("he appointed"); a noun of that shape carries
 * an ending ("مدّة", "سرّي"). The shadda tells the verb from a noun or name spelled alike ("عين").
 */
function isDoubledMiddlePerfect(token: Token): boolean {
  return token.folded.length === 3 && /^[\u0621-\u064a][\u064e-\u0650]?[\u0621-\u064a]\u0651[\u064e-\u0650]?[\u0621-\u0647\u0649-\u064a][\u064e]?$/.test(token.text) && !/[اوىيه]$/.test(token.folded);
}

/** Months whose names open with "ي", folded: nouns, not verbs of "he". */
const Y_MONTHS = new Set(['يناير', 'يونيو', 'يوليو', 'يونيه', 'يوليه']);

/** A verb of "he" in the imperfect ("يحظى بلقاء", "سيلتقي"): a word in "ي" that reads as an ordinary word. */
export function isImperfectVerb(token: Token): boolean {
  const word = token.folded;
  // "سيلتقي": the future prefix on a verb the news uses often ("سياسة", "سيارات" are no such verb).
  if (/^سي.{3,5}$/.test(word) && isCommonWord(word.slice(1))) return true;
  return /^ي.{3,5}$/.test(word) && !Y_MONTHS.has(word) && !isPlaceOrNationality(token) && !isOfficeWord(token) && isOrdinaryWord(word);
}

export function isPlace(token: Token): boolean {
  return hasTrait(token, PLACE);
}

/** A place by the lexicon or by the news ("مالطا"), read without clitics: no common word. */
export function isPlaceStem(stem: string): boolean {
  return gazetteer().places.has(stem) || (isPlaceWord(stem) && !isCommonWord(stem));
}

/** Units of a country's administration ("ولاية", "معتمدية", the Moroccan "عمالة"): "ل" + one of them places an office. */
export const REGION_HEADS = new Set(['ولايه', 'معتمديه', 'محافظه', 'بلديه', 'منطقه', 'اقليم', 'عماده', 'عماله', 'محليه', 'ناحيه']);

/** "شمال", "جنوب", "شرق", "غرب", "وسط" (folded): the quarter of a country a place lies in. */
export const COMPASS_QUARTERS: ReadonlySet<string> = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);

/** Heads of a state's name ("دولة الكويت", "سلطنة عمان"), folded. */
export const STATE_HEADS = new Set(['دوله', 'جمهوريه', 'مملكه', 'سلطنه', 'اماره']);

/** Heads of a country's or region's name ("بدولة قطر", "بمنطقة عسير", Sudan's "بمحلية طويلة", Tunisia's "بمعتمدية"). */
export const PLACE_HEADS = new Set([...STATE_HEADS, 'ولايه', 'منطقه', 'محافظه', 'اقليم', 'بلديه', 'مدينه', 'محليه', 'معتمديه']);

/** Epithets that praise a country ("قطر الشقيقة"): the office phrase reads through them, the role shown leaves them out. */
export const PLACE_EPITHETS = new Set(['الشقيقه', 'الشقيق', 'الصديقه', 'الصديق', 'المجاوره', 'الجاره']);

/**
 * The elatives of a region's own name, masculine, folded: "ولاية الشاري الأوسط" (Middle Chari), "الفرات
 * الأوسط", "المغرب الأقصى", as "الكبرى" and "العظمى" are the feminine's.
 */
const PLACE_ELATIVES = ['الاوسط', 'الاعلي', 'الادني', 'الاقصي', 'الاكبر', 'الاصغر'];

/**
 * Qualifiers of a country or city: part of the office phrase that names it. The epithets above, and
 * the adjectives of a place's own name, which the role keeps ("رئيس بلدية أنقرة الكبرى", greater
 * Ankara; "بريطانيا العظمى").
 */
export const PLACE_QUALIFIERS = new Set([...PLACE_EPITHETS, 'الكبري', 'العظمي', ...PLACE_ELATIVES]);

/**
 * A given name as written: one a name list has, or a word without the article that the news mostly
 * takes for a name ("حازم", which no list has; not "أبو" or "عبد", which only open one).
 */
export function isGivenNameWord(token: Token): boolean {
  const word = token.folded;
  return isListedGivenName(word) || (isMostlyANameInNews(word) && !word.startsWith('ال') && !foldedLeadingNameParts.has(word));
}

/** Whether the token names a place or body that may be named after a person ("مدينة", "لمركز"). */
export function isNamedAfterHead(token: Token): boolean {
  // Institutions and places, not verbal nouns: "بقيادة الأمير فلان" is led by him, not named after him.
  // ("بحي السيدة زينب": "حي" behind a clitic, a word too short for the clitic readings.)
  return stems(token).some((stem) => foldedNamedAfterHeads.has(stem)) || /^(?:[وف]?[بل]|[وف])حي$/.test(token.folded);
}

/** A time at i: a day, a part of the day, a week or month, or "العام" + "الماضي" (the year). */
export function isTimeWord(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  // ("الجمعة التونسية" with a nationality after it is a misspelt body, no day.)
  if (TIME_NOUNS.has(word)) return !(tokens[i + 1]?.isWord === true && isNationalityWord(tokens[i + 1]));
  return (word === 'العام' || word === 'عام') && YEAR_QUALIFIERS.has(tokens[i + 1]?.folded ?? '');
}

/** Days of the week and parts of the day and year, folded: times, never an office's complement. */
const TIME_NOUNS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليله', 'الليله', 'الاسبوع', 'الشهر', 'اسبوع']);

/** What makes "العام" (also "general") the year: "العام الماضي", "العام المقبل". */
const YEAR_QUALIFIERS = new Set(['الماضي', 'المقبل', 'الجاري', 'المنصرم', 'القادم']);

/** The verbal noun of the "استفعال" pattern, folded ("استصلاح", "استثمار"): never a verb or a name. */
export const ISTIFAL_NOUN = /^است..ا.$/;

/** "التسجيل", "التنسيق" (folded): the definite verbal noun of the second form, "التفعيل". */
export const DEFINITE_TAFIL_NOUN = /^الت..ي.$/;
/** "تشكيل", "تصريف" (folded): the same without the article, no long vowel in its root's letters. */
export const INDEFINITE_TAFIL_NOUN = /^ت[^اوي]{2}ي[^اوي]$/;
/** "التدخل" (folded): the definite verbal noun of the fifth form, "التفعّل". */
export const DEFINITE_TAFAUL_NOUN = /^الت[^اويه]{3}$/;
/** The same bare ("تكرير", refining), folded. */
export const TAFIL_NOUN = /^ت..ي.$/;

/** "ترقية", "تنمية", "تربية" (folded): verbal nouns of the "تفعلة" pattern of defective verbs. */
export const TAFILA_NOUN = /^ت..يه$/;

/** "أجنبية", "رسمية": an indefinite feminine nisba adjective in common use, no body, portfolio, place or office. */
export function isIndefiniteFeminineNisba(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || !/[^ا]يه$/.test(word) || isDefinite(token) || stems(token).length !== 1 || !isCommonWord(word)) return false;
  // ("مديرة تنمية | محافظة إربد": "تفعلة" of a root ending in a weak letter, "تنمية", "توعية", is a
  // verbal noun, no nisba; "تالية" (following), an alef among its letters, and "تقنية" stay adjectives.)
  if (TAFILA_NOUN.test(word) && !word.includes('ا') && word !== 'تقنيه') return false;
  return !isOfficeWord(token) && !isOrganizationHead(token) && !gazetteer().organizationHeads.has(word) && !foldedPortfolioGlosses.has(word) && !REGION_HEADS.has(word) && !PLACE_HEADS.has(word) && !isPlaceOrNationality(token);
}
