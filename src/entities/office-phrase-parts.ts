/**
 * What an office phrase reads on over or stops at: the tests that phraseEndBeforeNames
 * (office-phrase.ts) makes word by word.
 */
import { isOrdinalWord } from './counted-ordinals.js';
import { ABU_FAMILY_HEADS } from './name-parts.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { gazetteer } from './gazetteer.js';
import { isListedGivenName, isListedNameWord, isNewsDefiniteGivenName } from './given-names.js';
import { foldedExtraRoleStops, foldedLeadingNameParts, foldedNameLikeTitles, foldedNameQualifiers, foldedPortfolioGlosses, foldedRanks, foldedRoleQualifiers, foldedRoleStops } from './lexicon.js';
import { binPlaceAt, isCommonWord, isOfficeWithPronoun, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isOftenANameInNews, isRarelyANameInNews, isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import type { IsNameToken } from './role-types.js';
import { isAccusativeOffice, isDefinite, isGivenNameWord, ISTIFAL_NOUN, isTimeWord, isIndefiniteFeminineNisba, isMostlyANameInNews, isNamedAfterHead, isNationalityWord, isOfficeForm, isOfficeStem, isOfficeWord, isOrganizationHead, isPlace, isPlaceOrNationality, isPlaceStem, isRepresentativeStem, isVerbLike, PLACE_HEADS, PLACE_QUALIFIERS, REGION_HEADS, stems } from './office-words.js';
import { hasTrait, NATIONALITY, PERSON_TITLE, PLACE } from './word-traits.js';
import { isHonorificWord, nameStartAfter } from './honorific-titles.js';
import { isOfficeInName } from './office-start.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';
import { foreignNameRunEnd } from './foreign-name-run.js';

export function isGivenNameOffice(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const gaz = gazetteer();
  // ("السفير الإيراني لدى بغداد | أمير حسين كريمي": or after a place's bare name, which takes no genitive.)
  const closed = previous?.isWord === true && (isDefinite(previous) || gaz.places.has(previous.folded));
  if (!token.isWord || !closed || !next?.isWord || isDefinite(token) || stems(token).length !== 1 || !isOfficeWord(token) || isAccusativeOffice(token)) return false;
  // ("لدى بغداد | أمير حسين كريمي": a title that is also a given name, "أمير", before a listed one.)
  const nameLike = isListedGivenName(token.folded) || isRareWord(next.folded) || (foldedNameLikeTitles.has(token.folded) && isListedGivenName(next.folded));
  return nameLike && !isDefinite(next) && stems(next).length === 1 && !isOfficeWord(next) && !isOrganizationHead(next) && !isPlaceOrNationality(next) && !foldedRoleQualifiers.has(next.folded) && !foldedPortfolioGlosses.has(next.folded) && !gaz.organizationHeads.has(next.folded) && !isVerbLike(next) && !foldedRoleStops.has(next.folded);
}

/**
 * Words that make a rank compound ("الفريق الأول", "العميد الركن"; Sudan's "العميد شرطة", "العميد
 * جمارك": the service the officer serves), folded.
 */
export const RANK_COMPLEMENTS = new Set(['الاول', 'اول', 'الركن', 'ركن', 'شرطه', 'جمارك']);

export function isCompoundRankBeforeName(tokens: readonly Token[], i: number): boolean {
  if (!foldedRanks.has(tokens[i].folded)) return false;
  let k = i + 1;
  while (k < tokens.length && RANK_COMPLEMENTS.has(tokens[k].folded)) k++;
  // ("الفريق شرطة (حقوقي) فلان": the officer's branch in brackets, Sudan's usage.)
  // (After it the name may open with the article: "(حقوقي) الحسن مضوي".)
  const bracketed = k > i + 1 && tokens[k]?.text === '(' && tokens[k + 1]?.isWord === true && tokens[k + 2]?.text === ')';
  if (bracketed) k += 3;
  const next = tokens[k];
  return k > i + 1 && next?.isWord === true && (bracketed || !isDefinite(next)) && !/^[لب]/.test(next.folded) && !foldedRoleStops.has(next.folded) && !isVerbLike(next);
}

/** A post's grade in the civil service, with "ب" (folded): "بالمرتبة الممتازة", "بالدرجة الخامسة عشرة". */
export const GRADE_NOUNS = new Set(['بالمرتبه', 'بمرتبه', 'بالدرجه', 'بدرجه']);

/**
 * A definite sound plural ("الفائزين"; no nisba plural "الإيرانيين") right after a definite singular
 * nisba, or after a country or town named bare ("متاحف قطر | الفائزين"): a plural of people qualifies
 * neither, so it is the verb's object.
 */
export function isPluralAfterSingularNisba(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (!previous?.isWord || stems(previous).length !== 1) return false;
  const singularNisba = isDefinite(previous) && /يه?$/.test(previous.folded);
  if (!singularNisba && (isDefinite(previous) || !gazetteer().places.has(previous.folded))) return false;
  const word = token.folded;
  return word.startsWith('ال') && stems(token).length === 1 && /(?:ين|ون)$/.test(word) && !/يين$|يون$/.test(word) && !foldedPortfolioGlosses.has(word) && !isOfficeWord(token) && !isOrganizationHead(token) && !isPlaceOrNationality(token) && !foldedRoleQualifiers.has(word);
}

/** Whether a region's head and its nisba ("المنطقة الشرقية") end right before `i` and a plain definite noun follows. */
export function closesRegionWithNisba(tokens: readonly Token[], head: number, i: number): boolean {
  const nisba = tokens[i - 1];
  const region = tokens[i - 2];
  const token = tokens[i];
  if (i - 2 <= head || !region.isWord || !nisba.isWord || !token.isWord) return false;
  if (!isDefinite(nisba) || !/يه?$/.test(nisba.folded) || !stems(region).some((stem) => stem.startsWith('ال') && (REGION_HEADS.has(stem.slice(2)) || PLACE_HEADS.has(stem.slice(2))))) return false;
  return isPlainDefiniteNoun(token);
}

/**
 * "محافظ القطيف | المعرض": a town named with the article ("القطيف", "الخرج") as the genitive of an
 * indefinite office is a proper noun (no common word, nationality, office or body), which takes no
 * genitive; a plain definite noun after it, even one in "م" (a noun of place), is the verb's object.
 */
export function closesTownGenitive(tokens: readonly Token[], head: number, i: number): boolean {
  const town = tokens[i - 1];
  const office = tokens[i - 2];
  if (i - 2 < head || !office?.isWord || !town?.isWord || !tokens[i]?.isWord) return false;
  if (isDefinite(office) || !isOfficeWord(office) || !isDefiniteTownName(town)) return false;
  // ("الصليب | الأحمر": an adjective of the pattern "أفعل" (a colour, "الأعلى") agrees with the genitive.)
  return isPlainDefiniteNoun(tokens[i]) && !/^الا[^ا]{3}$/.test(tokens[i].folded);
}

/**
 * "محافظ محافظة العلا | بالدعم": after a town named with the article as a genitive, "ب" + a definite
 * common noun that names no place, body, office or portfolio is the verb's complement. (Right before
 * the holder's name it is the seat: "مندوب السياحة بالمهدية فلان", see branch-regions.ts.)
 */
export function opensVerbComplementAfterTown(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  const token = tokens[i];
  const construct = tokens[i - 2];
  if (i - 2 < head || !construct?.isWord || isDefinite(construct) || !token?.isWord || !token.folded.startsWith('بال') || stems(token).length < 2) return false;
  // ("بالكاف", "بالمهدية": a town news seldom names is rare, or a place word, even when common.)
  const noun = stems(token)[1];
  if (!(isDefiniteTownName(tokens[i - 1]) || isBareTownOfRegion(construct, tokens[i - 1])) || !isCommonWord(noun) || isRareWord(noun) || isPlaceWord(noun) || isVerbLike(token)) return false;
  if (preposedKnown(token) || foldedRoleQualifiers.has(token.folded) || isOrganizationHead(token) || isOfficeWord(token) || isPlaceOrNationality(token)) return false;
  return !isName(i + 1) && nameStartAfter(tokens, i + 1, isName) < 0;
}

/**
 * ("ممثل ولاية صحم | بالمشروع": or a bare town's name, no common word, in the genitive of a region's
 * head, "ولاية", "بلدية".)
 */
function isBareTownOfRegion(construct: Token, town: Token | undefined): boolean {
  return town?.isWord === true && !isDefinite(town) && stems(construct).some((stem) => REGION_HEADS.has(stem)) && !isCommonWord(town) && !isOfficeWord(town) && !isOrganizationHead(town);
}

/** A town named with the article ("القطيف", "العلا"): a place word, or one rare in news that is no sound plural, and no common word. */
function isDefiniteTownName(town: Token | undefined): boolean {
  if (!town?.isWord || !isDefinite(town) || stems(town).length !== 1) return false;
  if (isCommonWord(town) || isNationalityWord(town) || isOfficeWord(town) || isOrganizationHead(town) || foldedPortfolioGlosses.has(town.folded)) return false;
  // ("عميد الدبلوماسيين | العرب": a sound plural is no town.)
  return isPlaceWord(town.folded) || gazetteer().places.has(town.folded) || (isRareWord(town.folded) && !/(?:ين|ون|ات)$/.test(town.folded));
}

/**
 * Whether the word at `i` starts something new after a construct chain (from `head`) that a
 * definite genitive closed:
 * - "نائب وزير الصحة | مستشفى الملك خالد": a body's head bare and indefinite (no clitic, no office
 *   word) cannot be one more genitive; it opens a new noun phrase, the verb's object.
 * - "وسلم فلان وزير الاقتصاد والتخطيط | الجوائز", "وزير الدولة عضو مجلس الوزراء | التقرير": a
 *   definite noun can only be an adjective of the chain or a new noun phrase, the verb's object. A
 *   plain common noun of no adjective's pattern is the latter: no participle ("الم..."), "أفعل"
 *   ("الأعلى"), "فعيل" ("الجديد"), "فاعل" ("السابق"), "فعال" ("الحرام"), "فعلى" ("العليا"), dual or
 *   plural ending ("الشريفين") or nisba (see isPlainDefiniteNoun).
 */
export function startsAfterClosedChain(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (i <= head + 1 || !token?.isWord || !previous?.isWord || !isDefinite(previous) || isLamBeforeLamNoun(previous)) return false;
  // (One look at the chain for both readings: the phrase loop asks at every word.)
  // ("الأمين العام | اتحاد ...": a definite office and its adjective are no construct chain.)
  if (!opensConstructChain(tokens, head, i - 1)) return false;
  if (isUnitOfForceAt(tokens, i)) return false;
  return opensBody(token) || isObjectNoun(token);
}

/**
 * "نائب المدير التنفيذي للجنة | الانتخابات": "ل" + a noun that opens with "ل" ("لجنة") is spelt as
 * "ل" + the noun with the article; read bare, in construct, it takes the definite genitive after it.
 */
function isLamBeforeLamNoun(token: Token): boolean {
  if (!/^لل./.test(token.folded)) return false;
  const bare = tokenReadAs(token, token.folded.slice(1));
  return isOrganizationHead(bare) || isOfficeWord(bare);
}

/** Units of a force or service named by their town ("فوج", "الفوج"), folded. */
const FORCE_UNITS = new Set(['فوج']);

/**
 * "نقابة قوات الأمن | فوج قابس": after the force a chain names, a unit noun and the bare name of its
 * town say which of its units; they go on with the body's name.
 */
function isUnitOfForceAt(tokens: readonly Token[], i: number): boolean {
  const town = tokens[i + 1];
  return FORCE_UNITS.has(tokens[i].folded) && town?.isWord === true && !isDefinite(town) && stems(town).length === 1 && !isVerbLike(town) && !isCommonWord(town);
}

/** Whether a word in construct (indefinite) stands in the phrase from `head` before `end`. */
function opensConstructChain(tokens: readonly Token[], head: number, end: number): boolean {
  for (let k = head; k < end; k++) if (tokens[k].isWord && !isDefinite(tokens[k])) return true;
  return false;
}

/** A body's head, bare and indefinite, and no office word or qualifier. */
function opensBody(token: Token): boolean {
  return !isDefinite(token) && stems(token).length === 1 && isOrganizationHead(token) && !isOfficeWord(token) && !foldedRoleQualifiers.has(token.folded);
}

/** A definite plain common noun of no adjective's pattern. */
function isObjectNoun(token: Token): boolean {
  const stem = token.folded.slice(2).replace(/ه$/, '');
  if (token.folded.startsWith('الم') || stem.length < 4 || /(?:ين|ون|ان|ا)$/.test(token.folded) || ADJECTIVE_PATTERNS.some((pattern) => pattern.test(stem))) return false;
  return isPlainDefiniteNoun(token);
}

/** Adjectives' patterns, on the folded word after the article: أفعل, فعيل, فاعل, فعال. */
const ADJECTIVE_PATTERNS = [/^ا[^ا]{3}$/, /^[^ا]{2}ي[^ا]$/, /^[^ا]ا[^ا]{2}$/, /^[^ا]{2}ا[^ا]$/];

/** A definite common noun that is no adjective (nisba), qualifier, place, office, body or portfolio. */
function isPlainDefiniteNoun(token: Token): boolean {
  const word = token.folded;
  return isDefinite(token) && stems(token).length === 1 && isCommonWord(word) && !/يه?$/.test(word) && !isPlaceOrNationality(token) && !foldedRoleQualifiers.has(word) && !foldedNameQualifiers.has(word) && !PLACE_QUALIFIERS.has(word) && !isOfficeWord(token) && !isOrganizationHead(token) && !foldedPortfolioGlosses.has(word);
}

/** Relative pronouns, folded ("والذي كان", "التي"): they open a clause about the phrase, never extend it. */
export const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'اللايي']);

/** End of a quoted name right after an organization head ("ائتلاف "تحيا مصر""), or -1. */
export function quotedEnd(tokens: readonly Token[], open: number): number {
  if (!OPENING_QUOTES.has(tokens[open]?.text ?? '')) return -1;
  for (let i = open + 1; i < tokens.length && i - open <= 6; i++) {
    if (CLOSING_QUOTES.has(tokens[i].text)) return i > open + 1 ? i + 1 : -1;
    if (!tokens[i].isWord) return -1;
  }
  return -1;
}

/** "concerned with", "in charge of" (folded): their matter follows with "ب" ("المعني بحقوق الإنسان"). */
export const IN_CHARGE = new Set(['المعني', 'المعنيه', 'معني', 'معنيه', 'المكلف', 'المكلفه', 'مكلف', 'مكلفه', 'المختص', 'المختصه']);

/** "هذا", "هذه", "ذلك", "تلك" (this, that), folded. */
export const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هذين', 'هاتين']);

/**
 * "و المكلف بمتابعة هذا الملف": one in charge (the word at i, "و" glued or not) of a task of the
 * moment ("ب" + an indefinite verbal noun whose genitive is "this ..."), no portfolio: no further office.
 */
export function isTaskInChargeAt(tokens: readonly Token[], i: number): boolean {
  const task = tokens[i + 1];
  if (!tokens[i]?.isWord || !task?.isWord || !stems(tokens[i]).some((stem) => IN_CHARGE.has(stem))) return false;
  return /^ب/.test(task.folded) && !/^بال/.test(task.folded) && DEMONSTRATIVES.has(tokens[i + 2]?.folded ?? '');
}

/** "منظمة المادة 19 | بتونس": the number at i closes a body's name (its head, then one definite noun). */
export function isNumberedBodyName(tokens: readonly Token[], head: number, i: number): boolean {
  const body = tokens[i - 2];
  return i - 2 >= head && body?.isWord === true && !isDefinite(body) && isOrganizationHead(body) && stems(tokens[i + 1]).length > 1 && /^[بل]/.test(tokens[i + 1].folded);
}

/**
 * "للانتخابات نابل | 2 في ...": a one- or two-digit number right after a town's bare name, with no
 * word of its own after it (a counted noun would follow a quantity: "تونس 3 أشخاص"), numbers an
 * electoral constituency, part of the town's name in the office phrase.
 */
export function isConstituencyNumber(tokens: readonly Token[], head: number, i: number): boolean {
  const town = tokens[i - 1];
  const next = tokens[i + 1];
  if (!/^[0-9٠-٩]{1,2}$/.test(tokens[i].text) || i - 1 <= head || !town.isWord || isDefinite(town) || !isPlaceStem(town.folded)) return false;
  return next === undefined || !next.isWord || foldedRoleStops.has(next.folded);
}

/** Nouns of a sporting or cultural event held in a given year, folded, read without a clitic. */
const EVENT_NOUNS = new Set(['دوره', 'الدوره', 'بطوله', 'البطوله', 'كاس', 'الكاس', 'مونديال', 'المونديال', 'العاب', 'الالعاب', 'اولمبياد', 'الاولمبياد', 'مهرجان', 'المهرجان']);

/** At `k` a definite masculine nisba ("الملكي") after a definite masculine noun that is no office or title ("الديوان"). */
export function isNisbaOfDefiniteNoun(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k - 1];
  return /^ال..+ي$/.test(tokens[k].folded) && noun?.isWord === true && isDefinite(noun) && !/ه$/.test(noun.folded) && !isOfficeWord(noun) && !hasTrait(noun, PERSON_TITLE);
}

/** Military units that go by a number, with the article, folded ("اللواء 24", "الفرقة الخامسة" is a word). */
const NUMBERED_UNITS = new Set(['اللواء', 'الفرقه', 'الفوج', 'الكتيبه', 'الفيلق', 'السرب', 'السريه']);

/**
 * "آمر اللواء | 24 في الحشد الشعبي": a number right after a military unit inside the phrase is the
 * unit's, and the phrase goes on after it. ("اللواء" right after the head is the unit, not the rank:
 * a rank takes no number.)
 */
export function isNumberedUnit(tokens: readonly Token[], head: number, i: number): boolean {
  return i - 1 > head && /^[0-9٠-٩]{1,3}$/.test(tokens[i].text) && isNumberedUnitWord(tokens[i - 1]);
}

/**
 * A military unit that goes by a number, with the article or after "ل" ("قائداً للفرقة 22"; "للواء"
 * is "ل" + "لواء", whose own first letter is "ل").
 */
function isNumberedUnitWord(token: Token | undefined): boolean {
  const word = token?.folded ?? '';
  return NUMBERED_UNITS.has(word) || (word.startsWith('لل') && (NUMBERED_UNITS.has(`ال${word.slice(2)}`) || NUMBERED_UNITS.has(`ال${word.slice(1)}`)));
}

/** The arm a military unit is of, folded ("مشاة", infantry; "مدرعة", armoured), written bare after its number. */
const UNIT_ARMS = new Set(['مشاه', 'مدرعه', 'مدرعات']);

/**
 * "قائد الفرقة الأولى | مشاة", "اللواء 24 | مشاة": the arm right after a unit's number or ordinal
 * is the unit's, as the number is; it takes no genitive, so a given name after it opens the holder's name.
 */
export function isUnitArm(tokens: readonly Token[], i: number): boolean {
  if (i < 2 || !UNIT_ARMS.has(tokens[i].folded)) return false;
  // ("اللواء الثامن عشر | مشاة": after a teen ordinal, two words.)
  return isNumberedUnitWord(tokens[i - 2]) || (i >= 3 && isTeenOrdinalTenAt(tokens, i - 1) && isNumberedUnitWord(tokens[i - 3]));
}

/** "الحادي"/"الحادية" (folded), eleventh's first word, which only a teen ordinal uses. */
const ELEVENTH = new Set(['الحادي', 'الحاديه']);

/**
 * "اللواء الثامن | عشر", "الدورة الحادية | عشرة": "ten" right after a definite ordinal is the second
 * word of a teen ordinal (eleventh to nineteenth), no number of things.
 */
export function isTeenOrdinalTenAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.folded;
  return (word === 'عشر' || word === 'عشره') && i > 0 && (isOrdinalWord(tokens[i - 1].folded) || ELEVENTH.has(tokens[i - 1].folded));
}

/** How many words before a year the event's noun may stand ("لدورة الألعاب الأولمبية | 2016"). */
const MAX_EVENT_YEAR_GAP = 3;

/**
 * "مدير الاتصالات في اللجنة المنظمة لدورة الألعاب الأولمبية 2016": a year right after the name of an
 * event (a session, games, a cup, a festival) is part of that name, and of the office phrase.
 */
export function isEventYear(tokens: readonly Token[], head: number, i: number): boolean {
  if (!/^(?:19|20)[0-9]{2}$/.test(tokens[i].text)) return false;
  for (let k = i - 1; k > head && i - k <= MAX_EVENT_YEAR_GAP; k--) {
    if (!tokens[k].isWord) return false;
    if (stems(tokens[k]).some((stem) => EVENT_NOUNS.has(stem))) return true;
  }
  return false;
}

/** "بمنزله", "ودعوته" (not "ومندوبها": an office, see opensNextEntry; not "بمدينة", written with "ة"). */
export function isPronounNounBehindClitic(token: Token): boolean {
  if (!/^[وب]/.test(token.folded) || !/(?:ه|ها|هم|هما)[\u064b-\u0652]*$/.test(token.text) || /^[وب]?ال/.test(token.folded)) return false;
  // ("وزاره": text that writes "ة" as "ه" has a body there, a word the news uses often as written.)
  if (isCommonWord(token) || isOrganizationHead(token) || isPlaceOrNationality(token)) return false;
  // ("ورئيس بعثتها": "بعثة" (a mission) with the pronoun is no "ب" + a word: without the pronoun,
  // its "ة" written back, the whole word is a common one.)
  const withoutPronoun = token.folded.replace(/(?:هما|هم|ها|ه)$/, '').replace(/ت$/, 'ه');
  if (withoutPronoun.length >= 3 && isCommonWord(withoutPronoun)) return false;
  const readings = stems(token);
  // ("هيئة كهرباء | ومياه دبي": nor a word whose "ه" is its own, the word behind the clitic a common one.)
  if (readings.length === 2 && isCommonWord(readings[1])) return false;
  return readings.length > 1 && readings[readings.length - 1].length >= 4 && !readings.some(isOfficeWithPronoun) && !readings.slice(1).some(isOfficeStem) && !isListedGivenName(readings[1]);
}

/**
 * "الغيني", "النيوزيلندي", "السينغالي": the nisba of a country the nationality list lacks, read off
 * the country's name ("غينيا", "نيوزيلندا", "السينغال"), folded. After an office it is the holder's
 * nationality, no given name with the article.
 */
export function isCountryNisba(word: string): boolean {
  const base = /^ال(.{3,})ي$/.exec(word)?.[1];
  if (base === undefined) return false;
  return [base, `${base}ا`, `ال${base}`, `${base}يا`, `${base}ي`].some((country) => gazetteer().places.has(country) || (isPlaceWord(country) && !isCommonWord(country)));
}

/**
 * "نائب رئيس "الجبهة الوطنية"": a body's name in quotes as the genitive of an indefinite office (a
 * body's head, a known body or a place opens it); a name in quotes after an office is its holder's
 * ("رئيس وزراء "البغدادي المحمودي""), and so is a radio's ("موفد "الجوهرة أف أم"" is its reporter).
 */
export function isQuotedBodyAfterOffice(tokens: readonly Token[], open: number): boolean {
  const office = tokens[open - 1];
  const first = tokens[open + 1];
  if (!office?.isWord || isDefinite(office) || !isOfficeWord(office) || !first?.isWord) return false;
  return isOrganizationHead(first) || gazetteer().organizations.has(first.folded) || isPlace(first);
}

/**
 * "فلان، نائب الرئيس للشؤون المالية في «معادن»، ...": "في" at i + a quoted company's or body's name
 * after an office that names no body of its own yet, closing an apposition (a comma) or right before
 * the holder's name, is the body he serves. Returns where the quote ends, or -1.
 */
export function quotedBodyServedEnd(tokens: readonly Token[], head: number, i: number, isName: (index: number) => boolean): number {
  if (tokens[i]?.folded !== 'في' || i <= head + 1) return -1;
  const end = quotedEnd(tokens, i + 1);
  if (end < 0 || end - i > 5) return -1;
  for (let k = head + 1; k < i; k++) if (isOrganizationHead(tokens[k]) || isPlace(tokens[k])) return -1;
  const next = tokens[end];
  return next === undefined || next.text === '،' || next.text === ',' || isName(end) ? end : -1;
}

/** Words that open a town's two-word name ("سيدي بوزيد", "بئر الحفي", "منزل بورقيبة", "فم زكيد", "ساقية الزيت"), folded. */
export const TOWN_NAME_HEADS = new Set(['سيدي', 'بير', 'عين', 'منزل', 'حمام', 'قصر', 'بني', 'وادي', 'راس', 'حي', 'دوار', 'فم', 'ساقيه']);

/** "مدير الكرة بفريق إنبي": "فريق" behind a clitic is a team; the rank "الفريق" is written with the article. */
export function isTeamBehindClitic(token: Token): boolean {
  return token.isWord && /^[بل]فريق$/.test(token.folded);
}

/** A one-word prepositional phrase whose noun is known: "بمجلس", "لشؤون", "باسم", "باسم" (lexicon words only). */
export function preposedKnown(token: Token): boolean {
  // "بدولة قطر" (in the State of Qatar) places an office; "لجمهورية مصر" is where a visit goes.
  // So does "ب" + a town news names after "في" ("رئيس الفرع الجهوي للمحامين بجندوبة").
  const placeHead = token.folded.startsWith('ب');
  // "المعتمد الأول لولاية صفاقس": "ل" + a region of the country's administration; "الرئيس السابق
  // لتنزانيا": "ل" + a country or town news names after "في".
  const regionHead = token.folded.startsWith('ل');
  return isTeamBehindClitic(token) || stems(token)
    .slice(1)
    .some((stem) => (regionHead && REGION_HEADS.has(stem)) || isOfficeStem(stem) || gazetteer().organizationHeads.has(stem) || foldedPortfolioGlosses.has(stem) || gazetteer().places.has(stem) || (placeHead && (PLACE_HEADS.has(stem) || (isPlaceWord(stem) && !isTafilMasdar(stem)))) || (regionHead && isPlaceWord(stem)) || stem === 'اسم' || (placeHead && stem === 'لسان'));
}

/**
 * "تكثيف", "تعميق", "تكريس" (folded): the verbal noun of a doubled verb, "تفعيل". News writes it after
 * "في" as it writes a place ("في تكثيف الرحلات"), but "ب" + it is the task one is charged with ("وكلف
 * وزير النقل بتكثيف الرحلات"), no place of the office. A town of that shape is a known place.
 */
function isTafilMasdar(stem: string): boolean {
  return /^ت[^ا]{2}ي[^ا]$/.test(stem);
}

/**
 * "لل" + a noun after a complete office that is neither a portfolio, a body, a place nor an office,
 * and that no definite word or name follows: the purpose of the holder's visit ("للنقاش حول").
 */
export function isPurposeNoun(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const token = tokens[i];
  if (!token.isWord || !token.folded.startsWith('لل') || token.folded.length < 5) return false;
  const noun = `ال${token.folded.slice(2)}`;
  const gaz = gazetteer();
  if (isOfficeWord(token) || isOrganizationHead(token) || foldedPortfolioGlosses.has(noun) || gaz.places.has(noun) || gaz.nationalities.has(noun) || gaz.organizationHeads.has(noun) || isPlaceWord(noun)) return false;
  const next = tokens[i + 1];
  return !isName(i + 1) && !(next?.isWord === true && isDefinite(next) && !isVerbLike(next) && !foldedRoleStops.has(next.folded));
}

/** "وزير الخارجية الروسي", "الرئيس الأمريكي": a title or an office and its portfolio, naming no body. */
export function officeOfState(tokens: readonly Token[], head: number, end: number): boolean {
  for (let k = head + 1; k < end; k++) if (isOrganizationHead(tokens[k])) return false;
  const genitive = tokens[head + 1];
  return isDefinite(tokens[head]) || (genitive !== undefined && (foldedPortfolioGlosses.has(genitive.folded) || isOfficeWord(genitive)));
}

/** Audiences a speaker addresses with "ل" ("للصحفيين", "للحضور"), bare and folded: a closed class. */
const AUDIENCE_NOUNS = new Set(['صحفيين', 'صحافيين', 'اعلاميين', 'مشاركين', 'حضور', 'حاضرين', 'مراسلين', 'صحفي', 'صحافه']);

/** Media a speaker talks to with "ل" ("لوكالة الأنباء", "لصحيفة عكاظ"), bare and folded. */
const MEDIA_NOUNS = new Set(['صحيفه', 'وكاله', 'قناه', 'مجله', 'جريده', 'موقع', 'شبكه', 'اذاعه', 'تلفزيون', 'وسايل']);

/**
 * "ل" + an audience ("للصحفيين"), or + a medium once the office already names its own body ("المتحدث
 * الرسمي لوزارة النقل | لوكالة الأنباء"): whom the holder spoke to, no complement. ("المدير العام
 * لوكالة الأنباء" heads that medium.)
 */
export function isAddressee(tokens: readonly Token[], head: number, i: number): boolean {
  const word = tokens[i].folded;
  if (!word.startsWith('ل') || word.length < 4) return false;
  // "النقابة الوطنية للصحفيين", "النقابة الأساسية للإذاعة": after a body's adjective it is the body's aim.
  const previous = tokens[i - 1];
  if (previous.isWord && isDefinite(previous) && /يه?$/.test(previous.folded) && !isNationalityWord(previous) && !isOrganizationHead(previous)) return false;
  const bare = (word.startsWith('لل') ? word.slice(2) : word.slice(1)).replace(/^ال/, '');
  if (AUDIENCE_NOUNS.has(bare)) return true;
  if (!MEDIA_NOUNS.has(bare)) return false;
  for (let k = head + 1; k < i; k++) if (isOrganizationHead(tokens[k])) return true;
  return false;
}

/** "بالنيابة", "بالإنابة" (acting), folded. */
export const ACTING = new Set(['بالنيابه', 'بالانابه']);

/** "Former" (folded): the qualifier that closes an office of the past. */
export const FORMER = new Set(['السابق', 'السابقه', 'الاسبق', 'سابق', 'سابقه', 'اسبق']);

/** Adverbs of place written with "ب" ("بالقرب من", "بجوار"), folded: a closed class. */
export const LOCATIVE_ADVERBS = new Set(['بالقرب', 'بجوار', 'بجانب', 'بمحاذاه', 'بمحاذات', 'بالجوار']);

/**
 * "تعيين فلان رئيسا | ومنجي الرحوي نائبا": an office in the accusative ends on its tanween, in no
 * construct state; only an adjective that agrees with it, in the accusative too, may follow bare
 * ("مستشارا فنيا", "نائبا ثانيا").
 */
export function breaksAccusativeAgreement(previous: Token, token: Token): boolean {
  // ("معتمدا أول": "أول" is a diptote, written without the tanween's alef.)
  // ("مديرةً إقليمية", "منسقةً مقيمة": a feminine office's tanween has no alef to write, and its
  // indefinite adjective in "ة" (a nisba, a participle, "عامة") is often written without the tanween at all.)
  const feminineAdjective = previous.folded.endsWith('ه') && !token.folded.startsWith('ال') && (/^.{3,}يه$/.test(token.folded) || /^م.{2,}ه$/.test(token.folded) || token.folded === 'عامه') && stems(token).length === 1;
  return isAccusativeOffice(previous) && !token.folded.endsWith('ا') && token.folded !== 'اول' && !foldedRoleQualifiers.has(token.folded) && !feminineAdjective;
}

/** "بلادنا", "بلاده", "بلادها" (our, his, her country), folded: an envoy's host state behind "لدى". */
export const HOST_COUNTRY_WITH_PRONOUN = /^بلاد(?:نا|ه|ها|هم)$/;

/** Words that take a genitive complement: an indefinite office, organization head or portfolio noun. */
export function takesGenitive(token: Token): boolean {
  // A body the lexicon names ("حماس", "الناتو") is a proper noun too; "بلادنا" has its pronoun.
  if (isDefinite(token) || isPlaceOrNationality(token) || gazetteer().organizations.has(token.folded) || HOST_COUNTRY_WITH_PRONOUN.test(token.folded)) return false;
  // "بقفصة": a town is a proper noun and takes no genitive; a name may follow it.
  if (token.folded.startsWith('ب') && stems(token).slice(1).some((stem) => isPlaceWord(stem))) return false;
  // "مدير عام الجمارك": of the qualifiers only "عام" stands in the construct state ("رئيس وزراء
  // سابق | عمره 63 عاما": "سابق" takes no genitive).
  if (foldedRoleQualifiers.has(token.folded)) return /^عام[هة]?$/.test(token.folded);
  // "زعيمة أجنبية | تزور": an indefinite feminine nisba adjective agrees with the office before it
  // and takes no genitive (the bodies "جمعية", "بلدية", "مديرية" and portfolios "خارجية" do).
  if (isIndefiniteFeminineNisba(token)) return false;
  // "نقابة سائقي | سيارات الأجرة": a masculine sound plural in the construct state, which drops the
  // "ن" of its running form ("سائقين"), takes the genitive after it.
  if (isConstructStatePlural(token)) return true;
  // ("مدير استخبارات | عمليات ديالى": a portfolio written without its article, as the construct
  // state writes it, rare so in the tagger's text.)
  return isOfficeWord(token) || isOrganizationHead(token) || foldedPortfolioGlosses.has(token.folded) || foldedPortfolioGlosses.has(`ال${token.folded}`) || stems(token).some((stem) => !isRareWord(stem));
}

/**
 * "المتحدث باسم حركة حماس إسماعيل رضوان", "رئيس شركة أرامكو أمين الناصر": after a body's head in the
 * construct state, the bare word that follows is the body's own name, a proper noun that governs no
 * genitive; a given name after it, with another word, opens the holder's name.
 */
export function isNameAfterBodyName(tokens: readonly Token[], i: number): boolean {
  // ("رئيس نادي بايرن ميونخ تامر تركاوي": the body's own name may be two such words, after a body's head.)
  return nameAfterBodyNameWords(tokens, i, 1) || nameAfterBodyNameWords(tokens, i, 2);
}

/** Heads of a club's name, folded: clubs take foreign names of two words ("نادي ريال مدريد"). */
const CLUB_HEADS = new Set(['نادي', 'فريق']);

/** "رئيس نادي بايرن | ميونخ | تامر تركاوي": the second word of a body's own name, right before its holder's. */
export function isSecondBodyNameWord(tokens: readonly Token[], i: number): boolean {
  return nameAfterBodyNameWords(tokens, i + 1, 2);
}

function nameAfterBodyNameWords(tokens: readonly Token[], i: number, nameWords: number): boolean {
  const bodyName = tokens[i - 1];
  const bodyHead = tokens[i - 1 - nameWords];
  const given = tokens[i];
  // "محافظ نينوى نوفل العاكوب": so does an office's own place or body, a word no common text uses.
  if (!bodyHead?.isWord || !bodyName.isWord || !tokens[i - 2].isWord) return false;
  const officeOfProperNoun = nameWords === 1 && isOfficeWord(bodyHead) && !isCommonWord(bodyName);
  if (isDefinite(bodyHead) || !(isOrganizationHead(bodyHead) || isTeamBehindClitic(bodyHead) || officeOfProperNoun) || stems(bodyHead).some((stem) => HEADED_BY_NAME.has(stem)) || !tokens[i + 1]?.isWord) return false;
  const gaz = gazetteer();
  const isGiven = isGivenNameWord;
  // ("حكومة مهدي جمعة", "مركز جيمس مارتن": a body named after a person; "بلدية قصر هلال": a town's two-word name.)
  const ownNameWord = (word: Token): boolean =>
    !(isDefinite(word) || readsAsWordBehindClitic(word) || isOfficeWord(word) || isOrganizationHead(word) || foldedPortfolioGlosses.has(word.folded) || isGiven(word) || gaz.familyNames.has(word.folded) || isOftenANameInNews(word.folded) || TOWN_NAME_HEADS.has(word.folded));
  if (!tokens.slice(i - nameWords, i).every(ownNameWord)) return false;
  // (Two words of a body's name are proper nouns no common text uses: "شركة نفط عدن" is a body's name, no holder's.)
  // ("مدير مستشفى فرحات حشاد لطفي الورتاني": two words the news takes for a person's are the name of
  // the one a hospital or school is named after, no body's own name.)
  if (nameWords === 2 && tokens.slice(i - nameWords, i).some((word) => isCommonWord(word))) return false;
  // ("مدير مستشفى فرحات حشاد لطفي الورتاني": after the head of a thing named after a person, two words
  // are that person's name; a club's two words, "نادي بايرن ميونخ", are its own foreign name.)
  if (nameWords === 2 && isNamedAfterHead(bodyHead) && !stems(bodyHead).some((stem) => CLUB_HEADS.has(stem))) return false;
  // ("برنامج شرق آسيا بمركز": a place that is also a given name, before a preposition, is no holder's name.)
  const rest = tokens[i + 1];
  // ("بفريق إنبي عبد الناصر محمد": "عبد" before a word with the article opens a compound given name.)
  // (Only after a body's or team's head: "وكيل أعماله عبد الله" is an agent, whose name the office takes.)
  const compoundGiven = given.folded === 'عبد' && isDefinite(rest) && (isOrganizationHead(bodyHead) || isTeamBehindClitic(bodyHead));
  // ("النائبة عن حزب تقدم | فرح عادل النعيمي": or a word the news now and then takes for a person
  // before a listed given name, the holder's given name and father's.)
  const sometimesGiven = nameWords === 1 && personShareBucket(given.folded) >= 1 && isListedGivenName(rest.folded) && tokens[i + 2]?.isWord === true;
  // ("رئيس غرفة تجارة غازي عنتاب، فلان": nor is a place the lexicon knows by two words, the first a given name.)
  return (isGiven(given) || compoundGiven || sometimesGiven) && !gaz.places.has(given.folded) && !gaz.places.has(`${given.folded} ${rest.folded}`) && !isOfficeWord(given) && !foldedRoleStops.has(given.folded) && (stems(rest).length === 1 || isGiven(rest) || gaz.familyNames.has(rest.folded));
}

/**
 * "نادي برشلونة", "شركة بوينغ": a foreign name whose first letter reads as a clitic ("ب", "ل", "و")
 * is still one word when what is left no list knows; "بتونس", "لوزارة", "والده" read as clitic + word.
 */
function readsAsWordBehindClitic(token: Token): boolean {
  return stems(token)
    .slice(1)
    .some((stem) => isCommonWord(stem) || isPlaceWord(stem) || isListedNameWord(stem) || isOfficeStem(stem) || !isRareWord(stem));
}

/**
 * "سفير مصر | وليبيا", "مدير منطقة المغرب العربي | ومالطا بالبنك الدولي": "و" + a place after a
 * place the office already names is a second place it covers, not a new clause.
 */
export function coordinatedPlace(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || !token.folded.startsWith('و') || stems(token).length < 2 || isVerbLike(token)) return false;
  const second = stems(token)[1];
  // ("قسم الشرق الأوسط | وشمال أفريقيا": a compass noun in construct with a place names a region.)
  const compassRegion = COMPASS_NOUNS.has(second) && tokens[i + 1]?.isWord === true && isPlaceStem(tokens[i + 1].folded);
  if (!compassRegion && (!isPlaceStem(second) || isListedGivenName(second))) return false;
  // ("الشرق الأوسط | وشمال أفريقيا": the first region may be named by a compass noun too.)
  const isRegionWord = (stem: string): boolean => isPlaceStem(stem) || (compassRegion && COMPASS_NOUNS.has(stem.replace(/^ال/, '')));
  for (let k = head + 1; k < i; k++) if (tokens[k].isWord && stems(tokens[k]).some(isRegionWord)) return true;
  return false;
}

/** Compass nouns that name a region in construct with a place ("شمال أفريقيا", "جنوب آسيا"). */
export const COMPASS_NOUNS: ReadonlySet<string> = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط']);

/**
 * "الجنوب إفريقي", "الجنوب سوداني": a compass noun with the article and a place's nisba, one
 * nationality of two words; its length at `i` (2), or 0.
 */
export function compassNationalityLength(tokens: readonly Token[], i: number): number {
  const [compass, nisba] = [tokens[i], tokens[i + 1]];
  if (compass?.isWord !== true || nisba?.isWord !== true || !compass.folded.startsWith('ال') || !COMPASS_NOUNS.has(compass.folded.slice(2)) || !nisba.folded.endsWith('ي')) return 0;
  return isPlaceStem(`${nisba.folded}ا`) || isPlaceStem(nisba.folded.slice(0, -1)) ? 2 : 0;
}

/** "غرب | أفريقيا": a compass noun at `i` in construct with a place, the two a region's name. */
export function isCompassRegionAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.isWord === true && COMPASS_NOUNS.has(tokens[i].folded) && tokens[i + 1]?.isWord === true && isPlaceStem(tokens[i + 1].folded);
}

/**
 * "رئيس الهيئة الملكية للجبيل وينبع": "و" + a proper noun (rare in running text, no common word or
 * given name) right after "ل"/"ب" + another proper noun is the second of two places or bodies the
 * office covers, not the holder's name (which opens with no "و").
 */
export function coordinatedProperNoun(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (!token.isWord || !previous?.isWord || !token.folded.startsWith('و') || !/^[لب]/.test(previous.folded)) return false;
  const properNoun = (word: string): boolean =>
    word.length >= 3 && isRareWord(word) && !isCommonWord(word) && !isListedNameWord(word);
  const second = token.folded.slice(1);
  // ("للجبيل": the first may carry the article, as the town's name does.)
  // ("ينبع" is also a verb: the second need only be no common word.)
  return !second.startsWith('ال') && second.length >= 3 && !isCommonWord(second) && !isListedNameWord(second) && !isOfficeWord(token) && [...stems(previous).slice(1), ...(previous.folded.startsWith('لل') ? [`ال${previous.folded.slice(2)}`] : [])].some(properNoun);
}

/** Holy cities and the epithet that follows their name (folded): "النجف الأشرف", "مكة المكرمة", "كربلاء المقدسة". */
const HOLY_CITY_EPITHETS = new Map([
  ['النجف', 'الاشرف'],
  ['مكه', 'المكرمه'],
  ['المدينه', 'المنوره'],
  ['كربلاء', 'المقدسه'],
  ['القدس', 'الشريف'],
]);

/** Whether the word at i is the epithet of the holy city named right before it ("النجف | الأشرف"). */
export function isHolyCityEpithetAt(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i].isWord && HOLY_CITY_EPITHETS.get(tokens[i - 1].folded.replace(/^[بل]/, '')) === tokens[i].folded;
}

/**
 * "أمير منطقة القصيم | التهنئة", "أمير منطقة مكة المكرمة | المؤتمر": a region's proper name after
 * its head ("منطقة", "محافظة"), with an adjective of its own, closes the construct chain; a definite
 * common noun after it that is no adjective (nisba, qualifier, feminine participle agreeing with the
 * place: "المكرمة", "الشقيقة") is the object of the sentence's verb.
 */
export function closesRegionName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const word = token.folded;
  // (The nisba as written: "التهنئة" folds to the same ending as "الشرقية".)
  if (!word.startsWith('ال') || stems(token).length !== 1 || !(isCommonWord(word) || isRarelyANameInNews(word)) || /ي[ةه]?[\u064b-\u0652]*$/.test(token.text) || /^الم.+ه$/.test(word)) return false;
  // (A body's head is the object too: a proper name takes no genitive.)
  // ("رئيس بلدية الدائرة | التاسعة": nor an ordinal, the district's number.)
  if (foldedRoleQualifiers.has(word) || foldedNameQualifiers.has(word) || PLACE_QUALIFIERS.has(word) || isPlaceOrNationality(token) || isOfficeWord(token) || foldedPortfolioGlosses.has(word) || isOrdinalWord(word)) return false;
  const regionName = (k: number): boolean => {
    const name = tokens[k];
    const head = tokens[k - 1];
    return name?.isWord === true && head?.isWord === true && stems(head).some((stem) => REGION_HEADS.has(stem)) && !isOfficeWord(name) && !isOrganizationHead(name) && !foldedPortfolioGlosses.has(name.folded);
  };
  // "منطقة مكة المكرمة": the place's own adjective between.
  const adjective = tokens[i - 1]?.isWord === true && isDefinite(tokens[i - 1]) && (/^الم.+ه$/.test(tokens[i - 1].folded) || /يه$/.test(tokens[i - 1].folded));
  // ("أمير منطقة المدينة المنورة | الوفد": a holy city's name has the article and its epithet.)
  return regionName(i - 1) || (adjective && regionName(i - 2) && (!isDefinite(tokens[i - 2]) || isHolyCityEpithetAt(tokens, i - 1)));
}

// (isArticleGivenName's tests of a word, functions of their own: the grammar asks it at many steps,
// and a closure written inside would be made anew at each.)
function isBareWithArticle(t: Token): boolean {
  // ("الاتحادي | ألكسندر دوبرينت": a hamza on the first alef is no article; isDefinite.)
  return t.folded.startsWith('ال') && t.folded.length > 3 && stems(t).length === 1 && isDefinite(t);
}

function isPlainWord(t: Token): boolean {
  return !isPlaceOrNationality(t) && !isOfficeWord(t) && !foldedRoleQualifiers.has(t.folded) && !foldedNameQualifiers.has(t.folded);
}

/** Whether the word after the one at i is a name word too: rare and no place, or a title inside a name. */
export function isArticleGivenName(tokens: readonly Token[], i: number, withoutConjunction?: string): boolean {
  const token = withoutConjunction === undefined ? tokens[i] : tokenReadAs(tokens[i], withoutConjunction, tokens[i].text.slice(1));
  const next = tokens[i + 1];
  // Both words bare with the article: "للنقابة" after "التنفيذي" is a complement, no family name.
  if (!next?.isWord || !isBareWithArticle(token) || !isBareWithArticle(next)) return false;
  // "والكتاب السياحيين": a plural nisba ("-يين", "-يون") is an adjective, never a family name.
  if (/(?:يين|يون)$/.test(next.folded) || /(?:يين|يون)$/.test(token.folded)) return false;
  // ("عضو المكتب التنفيذي | الصحبي بن فرج": a given name with the article next, opening a lineage
  // chain, starts the name there.)
  const chainNext = /^(?:بن|ابن|ولد)$/.test(tokens[i + 2]?.folded ?? '') && isDefiniteGivenName(tokens, i + 1);
  // ("رئيس النادي الصفاقسي | المنجي فلان": a town's nisba before a given name with the article and
  // its family name qualifies the body; the name opens at the given name.)
  const townBeforeGivenName = isCountryNisba(token.folded) && isDefiniteGivenName(tokens, i + 1);
  // ("مديرة للمركز | الاستشفائي الجهوي": a word the news never writes before one it writes and
  // almost never takes for a person are two adjectives of the body, no given name and family name.)
  if (!isSeenInRunningText(token.folded) && personShareBucket(next.folded) === 0) return false;
  // ("برنامج الأمم | المتحدة الإنمائي": nor a feminine adjective the news almost never takes for a
  // person; the Maghreb's given names with the article are men's.)
  if (token.folded.endsWith('ه') && personShareBucket(token.folded) === 0) return false;
  // ("لإدارة المخاطر | والاستخبار الجمركي": nor a verbal noun of the "استفعال" pattern, no given name.)
  if (ISTIFAL_NOUN.test(token.folded.slice(2))) return false;
  return isPlainWord(token) && isPlainWord(next) && !isCommonWord(token) && isRareWord(next.folded) && !isCommonWord(next) && !chainNext && !townBeforeGivenName;
}

/**
 * "معتمد الجهة | الخمسي بكار": after a complete office phrase, a word with the article that running
 * text seldom has (no common word, place, nationality, office or qualifier) before a bare word the
 * news mostly takes for a person is a given name with the article (the Maghreb's usage) and its
 * family name, even when no list knows the given name.
 */
export function isRareArticleGivenName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token?.isWord || !next?.isWord || !token.folded.startsWith('ال') || token.folded.length < 5 || stems(token).length !== 1) return false;
  // (The word after must be a family name, no given name: "الترابية | محمد" is an adjective of the
  // office before a name that opens with its given name.)
  if (/^(?:ال|و)/.test(next.folded) || !isMostlyANameInNews(next.folded) || isCommonWord(next) || isPlaceOrNationality(next) || isOfficeWord(next)) return false;
  if (isListedGivenName(next.folded) || foldedLeadingNameParts.has(next.folded)) return false;
  if (!isRareWord(token.folded) || isCommonWord(token) || isOrdinaryWord(token) || isPlaceOrNationality(token) || isOfficeWord(token) || foldedRoleQualifiers.has(token.folded) || foldedNameQualifiers.has(token.folded)) return false;
  // ("رئيس النادي الصفاقسي | فلان": the nisba of a town qualifies the body, no given name.)
  if (isCountryNisba(token.folded)) return false;
  // ("رئيس المجلس الشعبي | الولائي كريم فلان": nor does a nisba the news never writes right after
  // another that qualifies the body: adjectives in a row.)
  const previous = tokens[i - 1];
  if (/^ال.{3,}ي$/.test(token.folded) && !isSeenInRunningText(token.folded) && previous?.isWord === true && /^ال.{3,}ي$/.test(previous.folded) && isDefinite(tokens[i - 2] ?? previous)) return false;
  // (A feminine or plural ending makes it an adjective: "الرشيدة", "السياحيين".)
  return !/(?:يين|يون|ات|ه)$/.test(token.folded);
}

/** Whether the one to three words before `end` are a well-known organization's whole name ("البيت الأبيض"). */
export function closesKnownBody(tokens: readonly Token[], end: number): boolean {
  const organizations = gazetteer().organizations;
  // The words after the first one, joined as the gazetteer writes names (built up, not re-sliced).
  let rest = '';
  for (let start = end - 1; start >= 0 && end - start <= 3; start--) {
    if (!tokens[start].isWord) return false;
    for (const stem of stems(tokens[start])) if (organizations.has(rest === '' ? stem : `${stem} ${rest}`)) return true;
    rest = rest === '' ? tokens[start].folded : `${tokens[start].folded} ${rest}`;
  }
  return false;
}

export function opensLineage(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const link = tokens[i + 1]?.folded;
  if (!token.folded.startsWith('ال') || stems(token).length !== 1 || (link !== 'بن' && link !== 'ابن' && link !== 'بنت') || !tokens[i + 2]?.isWord || binPlaceAt(tokens, i + 1) >= 0) return false;
  return !isPlaceOrNationality(token) && !isOfficeWord(token) && !isCommonWord(token) && !isHonorificWord(token) && !foldedRoleQualifiers.has(token.folded);
}

export function startsTwoWordName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  // "المتشدد أبوبكر البغدادي": a kunya or "عبد..." written as one word opens the name itself.
  if (/^(?:ابو|ابي|عبد).{2,}$/.test(next.folded)) return false;
  // "زعيمة اليمين المتطرف | مارين لوبان": nor does a definite participle of a derived verb, which
  // describes the body before it.
  if (isDerivedParticiple(tokens[i])) return false;
  return (isRareWord(next.folded) && stems(next).length === 1 && !isPlaceOrNationality(next) && !isDefinite(next)) || isOfficeInName(tokens, i + 1);
}

/**
 * "المتطرف", "المتشدد", "المستقل" (folded): the shape of a definite participle of the fifth, sixth
 * or tenth verb form (مُتَفَعِّل, مُتَفاعِل, مُسْتَفْعِل), an adjective; a definite given name of that
 * shape is a nisba ("المستوري"), so none ending in "ي" is taken.
 */
function isDerivedParticiple(token: Token): boolean {
  return /^ال(?:مت|مست)..{1,3}[^ي]$/.test(token.folded) && !isDefiniteGivenNameWord(token);
}

/** "On behalf of", "in the tongue of" (folded): "المتحدث باسم فلان", "الناطق بلسان الجيش" speak for the one named after it. */
export const SPOKEN_FOR = new Set(['باسم', 'بلسان']);

/**
 * "المتحدث باسم الحكومة | باسم العوادي": one speaks for one body, so a second "باسم" one to three
 * words after the office's own, before a word that is no verb, is the holder's given name ("Basim").
 * So is "باسم" right after a courtesy title or rank ("المهندس باسم محمد الحلفي"), which titles a name.
 */
export function isSpokesmanGivenName(tokens: readonly Token[], i: number): boolean {
  if (!SPOKEN_FOR.has(tokens[i]?.folded ?? '') || tokens[i + 1]?.isWord !== true || isVerbLike(tokens[i + 1])) return false;
  if (tokens[i].folded === 'باسم' && i > 0 && tokens[i - 1].isWord && isHonorificWord(tokens[i - 1]) && !isOfficeWord(tokens[i - 1])) return true;
  // ("محافظ ميسان | باسم حسين الكناني": so after an office and the place it serves, before a listed
  // given name, the father's: no governor speaks for a person.)
  if (tokens[i].folded === 'باسم' && i > 1 && tokens[i - 1].isWord && isPlaceOrNationality(tokens[i - 1]) && !isNationalityWord(tokens[i - 1]) && isOfficeWord(tokens[i - 2]) && isListedGivenName(tokens[i + 1].folded)) return true;
  for (let k = i - 2; k >= Math.max(1, i - 4); k--) if (SPOKEN_FOR.has(tokens[k].folded)) return tokens[k - 1].isWord;
  return false;
}

/** "باسمها", "باسمه", "باسمهم": in the name of her, him, them (the body just named), folded. */
export function isSpokenForPronoun(token: Token): boolean {
  return token.isWord && /^باسم(?:ه|ها|هم|هما)$/.test(token.folded);
}

/** A government, administration or era known by the name of its head ("حكومة فلان", "إدارة فلان"), folded. */
export const HEADED_BY_NAME = new Set(['حكومه', 'اداره', 'عهد']);

/** "مقاطعة" (county, province; also "boycott"), folded: a region's head only before its name in quotes. */
const QUOTED_REGION_HEADS = new Set(['مقاطعه']);

/** A region's or country's head, read through its clitics ("بمقاطعة", "ولاية"), before a name in quotes. */
export function isRegionHeadWord(token: Token): boolean {
  return token.isWord && stems(token).some((stem) => REGION_HEADS.has(stem) || PLACE_HEADS.has(stem) || QUOTED_REGION_HEADS.has(stem));
}

/** Brackets and quotes that may set off a body's short name after it ("فينا", "(فيفا)", "{يونامي}": Iraqi outlets' braces). */
export const ALIAS_OPEN = new Set([...OPENING_QUOTES, '(', '{', '[']);

export const ALIAS_CLOSE = new Set([...CLOSING_QUOTES, ')', '}', ']']);

/** Each bracket's closing mark (quotes pair loosely: news mixes their shapes). */
const CLOSING_BRACKET: Readonly<Record<string, string>> = { '(': ')', '{': '}', '[': ']' };
const CLOSING_BRACKETS = new Set(Object.values(CLOSING_BRACKET));

/** Whether `close` closes `open`: a bracket its own mark, a quote any closing quote. */
function closesAlias(open: string, close: string): boolean {
  return open in CLOSING_BRACKET ? CLOSING_BRACKET[open] === close : !CLOSING_BRACKETS.has(close);
}

export const MAX_ALIAS_WORDS = 3;

/** "إدارة", "الإدارة" (an administration), folded. */
const ADMINISTRATIONS = new Set(['اداره', 'الاداره']);

/**
 * A body's short name set off after the office phrase that opens at `head`: "الاتحاد الدولي للسباحة
 * "فينا"". Given the index of its opening mark, the index after its closing one, or -1. The phrase
 * must name a body ("الاتحاد", "حزب") for the short name to be its.
 */
export function aliasEndAfter(tokens: readonly Token[], head: number, open: number): number {
  if (!ALIAS_OPEN.has(tokens[open]?.text ?? '') || !tokens[open - 1]?.isWord) return -1;
  // ("القائد العام لقوات سوريا الديمقراطية (قسد)": the body's head may carry "ل".)
  // ("رئيس إدارة الكوارث والطوارئ التركية «آفاد»": or an administration, a body the lexicon's heads leave out.)
  if (!tokens.slice(head + 1, open).some((token) => isOrganizationHead(token) || stems(token).some((stem, r) => ADMINISTRATIONS.has(stem) || (r > 0 && isOrganizationHead(tokenReadAs(token, stem)))))) return -1;
  for (let i = open + 1; i < tokens.length && i - open <= MAX_ALIAS_WORDS + 1; i++) {
    // ('المدعية العامة للمحكمة الدولية " فاتو بنسودا "': a foreign name in quotes is the holder's, no alias.)
    if (ALIAS_CLOSE.has(tokens[i].text)) return i > open + 1 && closesAlias(tokens[open].text, tokens[i].text) && !isQuotedForeignName(tokens, open, i) ? i + 1 : -1;
    // ("«آفاد»": a word written with a madda is no verb of the "أفعل" form its folding spells, "أفاد".)
    if (!tokens[i].isWord || (isVerbLike(tokens[i]) && !tokens[i].text.startsWith('آ'))) return -1;
  }
  return -1;
}

/** Whether the quotes from `open` to `close` hold two words or more that read as a foreign name (foreign-name-run.ts). */
function isQuotedForeignName(tokens: readonly Token[], open: number, close: number): boolean {
  return CLOSING_QUOTES.has(tokens[close].text) && close - open >= 3 && foreignNameRunEnd(tokens, open + 1, false, (k) => k >= close, () => false) === close;
}

/** An office word read with a proclitic that `clitic` matches ("ووزير", "بمديرة"). */
export function officeBehindClitic(token: Token, clitic: RegExp): boolean {
  if (!clitic.test(token.folded) || stems(token).length < 2) return false;
  // ("وممثلة الصندوق": a representative, no office word of the lexicon, behind its clitic too.)
  return (isOfficeWord(token) && !isOfficeForm(token.folded)) || stems(token).slice(1).some(isRepresentativeStem);
}

/** "الحبيب الصيد": a bare word with the article whose form without it is a given name, before a name word. */
export function isDefiniteGivenName(tokens: readonly Token[], i: number): boolean {
  // ("نائب رئيس مجلس النواب الياس بو صعب": or a family name opening with "بو"/"أبو" and its word.)
  return isDefiniteGivenNameWord(tokens[i]) && (isFamilyNameAfterDefiniteGiven(tokens[i + 1]) || (ABU_FAMILY_HEADS.has(tokens[i + 1]?.folded ?? '') && tokens[i + 2]?.isWord === true && !tokens[i + 2].folded.startsWith('ال')));
}

/**
 * The word after a definite given name that may be his family name: a plain word, no verb, clitic or
 * compound, and no day ("وأضاف الأنصاري | الثلاثاء أن": the day he said it).
 */
function isFamilyNameAfterDefiniteGiven(next: Token | undefined): boolean {
  return next?.isWord === true && isPlainNameWord(next) && !isVerbLike(next) && !/^(?:[وف]|لل)/.test(next.folded) && stems(next).length === 1 && !isTimeWord([next], 0);
}

/** "الحبيب", "المنجي": the word alone, whatever follows it (see isDefiniteGivenName). */
export function isDefiniteGivenNameWord(token: Token | undefined): boolean {
  return isDefiniteGivenNameShape(token) && !isCommonWord(token);
}

/**
 * Whether a folded word may be a definite given name by its spelling and lists: what
 * isDefiniteGivenNameShape asks of the word alone (so a block's trigger bits can rule words out).
 */
export function mayBeDefiniteGivenName(folded: string): boolean {
  return folded.startsWith('ال') && folded.length >= 5 && (isListedGivenName(folded.slice(2)) || isNewsDefiniteGivenName(folded) || isMostlyANameInNews(folded));
}

/**
 * "وزير الزراعة والري | الطيب | سعد الدين": whether the word at `last`, where an office's complement
 * ends, is a definite given name before a given name, so the holder's name opens there: no
 * nationality or place ("بمنطقة الرياض محمد"), and not the name of a body its head governs ("رئيس
 * حزب الإنصاف محمد").
 */
export function isDefiniteGivenNameClosingComplement(tokens: readonly Token[], last: number): boolean {
  const token = tokens[last];
  const next = tokens[last + 1];
  if (token?.isWord !== true || next?.isWord !== true || hasTrait(token, NATIONALITY) || hasTrait(token, PLACE) || !isGivenNameWord(next)) return false;
  // (A body's head with the article governs no name: "أمين عام الرئاسة | الطيب عارف السقا".)
  if (isOrganizationHead(tokens[last - 1]) && !isDefinite(tokens[last - 1])) return false;
  // ("مصرف الجمهورية | المنذر علي الككلي", "بحكومة الوحدة الوطنية | الصديق عمر الشتيوي": or a word the
  // news often takes for a person, or whose form without the article it mostly does, when a given name
  // and a family name the news does not write as a common word follow.)
  return mayBeDefiniteGivenName(token.folded) || (isNewsLikeDefiniteGivenName(token.folded) && tokens[last + 2]?.isWord === true && !isCommonWord(tokens[last + 2]));
}

/**
 * "الصديق", "المنذر": a word with the article the news often takes for a person, or whose form
 * without it the news mostly does; no nisba ("ديوان الوقف | الشيعي | حيدر" describes the body).
 */
function isNewsLikeDefiniteGivenName(folded: string): boolean {
  return folded.startsWith('ال') && folded.length >= 5 && !folded.endsWith('ي') && (isOftenANameInNews(folded) || isMostlyANameInNews(folded.slice(2)));
}

/** A definite given name by its lists and news evidence, whether or not it is also an ordinary word ("الطيب"). */
function isDefiniteGivenNameShape(token: Token | undefined): token is Token {
  if (!token?.isWord || !token.folded.startsWith('ال') || token.folded.length < 5 || stems(token).length !== 1) return false;
  const bare = token.folded.slice(2);
  // "المنجي", "الصحبي": also a word the unlabeled news mostly tags as a person (no title: "الحاج").
  // ("المنصف", "الشاذلي": the ANT news opens several people's names with it, where the lists lack it.)
  if (!isListedGivenName(bare) && !isNewsDefiniteGivenName(token.folded) && !(isMostlyANameInNews(token.folded) && !isHonorificWord(token))) return false;
  return isPlainNameWord(token);
}

/**
 * "وزير العدل الجزائري الطيب فلان": a definite given name that is also an ordinary adjective ("الطيب",
 * the good) and the name word after it. Read as a name only where one is due (an office closed by
 * its nationality: an adjective after the nationality would describe the nationality's noun).
 */
export function isAdjectiveDefiniteGivenName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  // (The family name may be an ordinary word, "لوح", but no definite one: "الطيب العمل" is no name.)
  return isDefiniteGivenNameShape(tokens[i]) && isFamilyNameAfterDefiniteGiven(next) && !(next?.folded.startsWith('ال') === true && isCommonWord(next));
}

const isPlainNameWord = (t: Token): boolean =>
  !isPlaceOrNationality(t) && !isOfficeWord(t) && !foldedRoleQualifiers.has(t.folded) && !foldedNameQualifiers.has(t.folded) && !foldedRoleStops.has(t.folded) && !foldedExtraRoleStops.has(t.folded);

/**
 * Titles of a head of state or a leader, folded, that streets and airports carry with his name
 * ("جادة الرئيس فلان"), the judge of old ("جامعة القاضي عياض"); also the British "Sir" ("بمطار سير
 * فلان علان": the airport's name).
 */
const NAMED_AFTER_TITLES = new Set(['الرييس', 'الزعيم', 'سير', 'القاضي']);

/** "المؤسس" (the founder), folded: a founding king's epithet. */
const FOUNDER = new Set(['الموسس']);

/**
 * After a head such as "مدينة" or "مركز", the title and the name that make its name ("الملك عبدالعزيز",
 * "الأمير سلطان بن عبدالعزيز"): the end of that name, or `i` when there is none.
 */
export function namedAfterEnd(tokens: readonly Token[], i: number): number {
  // The head is in the construct state ("مدينة", "لمركز"), never "المركز": "المركز د. فلان" is an office and a name.
  const head = tokens[i - 1];
  // ("شارع الرئيس فؤاد شهاب", "مطار الزعيم فلان": so does a head of state's bare title, NAMED_AFTER_TITLES.)
  // ("جائزة سلطان بن علي العويس": or a title that is also a given name, before "بن", the given name.)
  const givenBeforeLineage = foldedNameLikeTitles.has(tokens[i]?.folded ?? '') && (tokens[i + 1]?.folded === 'بن' || tokens[i + 1]?.folded === 'ابن');
  if (i === 0 || i >= tokens.length || !tokens[i].isWord || tokens[i].folded === 'د' || !(isHonorificWord(tokens[i]) || NAMED_AFTER_TITLES.has(tokens[i].folded) || givenBeforeLineage) || !tokens[i + 1]?.isWord) return i;
  // ("برنامج سير العمل": "سير" before a definite word is the noun "course", no title.)
  if (tokens[i].folded === 'سير' && isDefinite(tokens[i + 1])) return i;
  if (!head?.isWord || isDefinite(head) || !isNamedAfterHead(head)) return i;
  // ("رئيس نادي | الرائد | فلان": a rank right after a club's head is the club's name, "Al-Raed".)
  if (CLUB_HEADS.has(head.folded) && foldedRanks.has(tokens[i].folded)) return i;
  // ("مستشفى الملك | المؤسس | عبدالله الجامعي": the title's epithet before the name.)
  let end = FOUNDER.has(tokens[i + 1].folded) && tokens[i + 2]?.isWord === true ? i + 2 : i + 1;
  while (end < tokens.length && end - i <= 6 && tokens[end].isWord && !foldedRoleStops.has(tokens[end].folded) && !isDefinite(tokens[end]) && !isVerbLike(tokens[end])) {
    // "بن" and "آل" carry the name on.
    end += foldedLeadingNameParts.has(tokens[end].folded) && tokens[end + 1]?.isWord ? 2 : 1;
    if (!foldedLeadingNameParts.has(tokens[end]?.folded ?? '')) break;
  }
  return end;
}

/**
 * "المنتهية ولايته" (whose term is ending): the outgoing holder of the office, folded; the term is
 * also "عهدته" (Maghreb usage), "مدته" or "مهامه".
 */
export function isOutgoingTermAt(tokens: readonly Token[], i: number): boolean {
  return /^المنتهي[ةه]?$/.test(tokens[i].folded) && /^(?:ولايت|عهدت|مدت|مهام)(?:ه|ها|هم|هما)$/.test(tokens[i + 1]?.folded ?? '');
}

/** "The candidate" (folded): it describes a race the holder runs, not his office. */
export const CANDIDATES = new Set(['المرشح', 'المرشحه']);

/** "سائقي", "موظفي": "ين" plural in the construct state (see takesGenitive); no name, nisba or place. */
export function isConstructStatePlural(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || word.length < 4 || !word.endsWith('ي') || stems(token).length !== 1 || isListedNameWord(word) || isPlaceOrNationality(token)) return false;
  return isSeenInRunningText(`${word}ن`) && personShareBucket(`${word}ن`) === 0 && personShareBucket(word) <= 0;
}

/** The nisbas of the Maghreb's local councils, folded: municipal ("البلدي"), of the wilaya ("الولائي"). */
const LOCAL_COUNCIL_NISBAS = new Set(['البلدي', 'الولايي']);

/**
 * "رئيس المجلس الشعبي البلدي | لبازر صخرة، فلان": after a local council's nisba, "ل" + the commune's
 * name, one or two bare words up to punctuation, however rare (no name, verb or definite word).
 * Where the commune ends, or `i`.
 */
export function communeAfterCouncilEnd(tokens: readonly Token[], i: number, isName: (i: number) => boolean): number {
  const [council, first] = [tokens[i - 1], tokens[i]];
  if (council?.isWord !== true || !LOCAL_COUNCIL_NISBAS.has(council.folded) || !first?.isWord || !/^ل[^ل].{2,}$/.test(first.folded) || isVerbLike(first) || isName(i)) return i;
  const bare = (k: number): boolean => tokens[k]?.isWord === true && !isDefinite(tokens[k]) && !isVerbLike(tokens[k]) && !isName(k) && !/^و/.test(tokens[k].folded);
  const end = bare(i + 1) ? i + 2 : i + 1;
  return tokens[end] === undefined || !tokens[end].isWord ? end : i;
}
