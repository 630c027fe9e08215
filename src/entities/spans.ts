/**
 * Candidate entity spans in one block: tagger spans tidied up (no titles, honorifics, trailing
 * nationality words or attached clitics) plus lexicon matches for places and organizations.
 */
import { isPrepositionalFifthFormMasdar } from './common-noun-words.js';
import { isCondolenceFormulaAt, isGreetingFormulaAt } from './greeting-formulas.js';
import { isConjunctionBeforeGlossedName, isGlossedWordForWord } from './latin-glosses.js';
import { isUnseenDefiniteWord } from './unseen-family-names.js';
import { isTribalNisbaAfterFather } from './lineage-chain-ends.js';
import { isSoundPluralParticiple } from './defective-participles.js';
import { rememberedPerWord, type WordHolder } from './word-memo.js';
import { isBareLikeReading, procliticReadings, stripProclitics, writtenOffset } from './clitics.js';
import { fold } from '../text/normalize.js';
import { courtesyCliticLength } from './courtesy-titles.js';
import { gazetteer } from './gazetteer.js';
import { foldedAliasMarkers, foldedCounterpartWords, foldedLeadingNameParts, foldedNameLikeTitles, foldedPortfolioGlosses, foldedRoleQualifiers, foldedTrailingNameParts, isParticle } from './lexicon.js';
import { binPlaceAt, isBinWithClitics, isCommonWord, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { COLON, COMMA, nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { isLineEntryOffice } from './colon-list-entries.js';
import { isAccusativeOffice, isOfficeWord, isOrganizationHead, isPlaceOrNationality, stems } from './office-words.js';
import { isSpokesmanGivenName, RELATIVE_PRONOUNS } from './office-phrase-parts.js';
import { isPressAddressee } from './press-addressees.js';
import { isLineageFamilySlot, isOfficeAsLineageFamilyName, isRareLineageFamilyName, opensApposedOffice } from './lineage-family-slot.js';
import { honorificBefore, isFadilaGivenName, isHonorificWord, isSayyidGivenName, isTitleAdjectiveOutOfPlace } from './honorific-titles.js';
import { isClericalQualifierAt } from './clerical-titles.js';
import { isOfficeInName } from './office-start.js';
import { isOfficeFamilyNameAtBoundary } from './office-family-names.js';
import { isPrepositionOnDualWithPronoun } from './dual-pronoun-nouns.js';
import { COMMAS, officePhraseBefore, roleBefore } from './role-before.js';
import { dualOffice, endsAccusativeOffice } from './roles.js';
import { isGivenName, isListedGivenName, isListedNameWord, isNewsDefiniteGivenName } from './given-names.js';
import { isPersianSurnameTailAt } from './ali-names.js';
import { isGroupHeadWord } from './named-thing-heads.js';
import { isChargingVerb } from './charging-verbs.js';
import { isLamGivenName } from './lam-given-names.js';
import { isDecreeAct } from './decree-names.js';
import { isDualPredicateAfterNisba } from './dual-predicates.js';
import { isGuestAppositionAt } from './guest-apposition.js';
import { isKnownOfficial } from './known-officials.js';
import { isOftenANameInNews, isRarelyANameInNews, isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { isDayOfMonthAt } from './datelines.js';
import { AMAZIGH_LINK, FAMILY_HONORIFICS, FATHER_KUNYA_HEADS, FEMININE_NAME_LIKE_TITLES, hasNotNameEnding, isGivenAndFathersName, isLoneGivenName, isSheikhBeforeHassaniyaLink, HASSANIYA_LINKS, LAMINE, MAGHREB_LINKS, KUNYA_WORDS, LINEAGE_CHAIN_LINKS, LINEAGE_LINKS_AFTER_NAME, SAINT_TITLES, TRIBAL_NAME_HEADS } from './name-parts.js';
import { opensSonName } from './office-son-names.js';
import { isVerbBeforeBaObject } from './ba-object-verbs.js';
import { opensNominalSentence } from './predicate-adjectives.js';
import { isFamilyNameBeforePause } from './pause-family-names.js';
import { isFamilyNameInOfficeApposition, isDefiniteFamilyNameBeforeOfficeApposition, isFamilyNameBeforeOfficeApposition, isTitleFamilyNameBeforeOfficeApposition } from './comma-apposed-family-names.js';
import { isMediumTailAfterItsName } from './medium-name-tails.js';
import { isLeadershipNoun } from './leadership-nouns.js';
import { BARE_ORGANIZATION_HEAD, hasTrait, HONORIFIC, LEXICON_FIRST_WORD, NATIONALITY, OFFICE_TITLE, PERSON_TITLE } from './word-traits.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';
import { isWawGivenName } from './waw-given-names.js';
import { isWawMiddleForeignName } from './waw-middle-names.js';
import { dinNameCliticLength } from './din-compound-names.js';
import { closesBodyNameBeforeDefiniteGivenName } from './body-name-last-words.js';
import { isClubTownAt } from './club-town-names.js';
import { isBelGivenName, isLearnedBelFamilyName } from './bel-family-names.js';
import { COMPOUND_NAME_ENDS, isDefiniteKeeperInCompoundName, isKeeperInCompoundName } from './compound-name-titles.js';
import { isDefiniteFamilyNameBeforeOffice, isFamilyNameBeforeAccusativePost, isFamilyNameBeforeCommaOffice } from './office-closed-family-names.js';
import { WEEKDAYS } from './fixture-teams.js';
import { personNamedRegionLength } from './person-named-regions.js';
import { isWholeFalName, PREPOSITION_WITH_PRONOUN } from './foreign-name-run.js';
import { closesDivineEpithetName, isTheophoricFirstNoun } from './divine-epithet-names.js';
import { isNisbaFamilyNameAfterTitledName } from './titled-definite-family-names.js';

export type SpanKind = 'person' | 'place' | 'organization';

export interface Span {
  kind: SpanKind;
  /** Token indices [start, end). */
  start: number;
  end: number;
  /** Code units to skip at the start of the first token (an attached clitic). */
  skip: number;
}

/** Kinds of the tags that open or continue a span, by tag: no string is built per token. */
const BEGIN_KINDS = new Map<string, SpanKind>([['B-PERS', 'person'], ['B-LOC', 'place'], ['B-ORG', 'organization']]);
const INSIDE_TAGS = new Map<string, string>([['B-PERS', 'I-PERS'], ['B-LOC', 'I-LOC'], ['B-ORG', 'I-ORG']]);
const MAX_LEXICON_WORDS = 4;
const MAX_ORGANIZATION_TAIL = 4;
/** "التابع", "التابعة" (affiliated to), folded. */
const AFFILIATED = new Set(['التابع', 'التابعه']);

/** Spans of PERS/LOC/ORG in BIO tags (MISC is ignored). */
export function taggedSpans(tags: readonly string[]): Array<{ kind: SpanKind; start: number; end: number }> {
  const spans: Array<{ kind: SpanKind; start: number; end: number }> = [];
  for (let i = 0; i < tags.length; i++) {
    const kind = BEGIN_KINDS.get(tags[i]);
    if (!kind) continue;
    const inside = INSIDE_TAGS.get(tags[i]);
    let end = i + 1;
    while (end < tags.length && tags[end] === inside) end++;
    spans.push({ kind, start: i, end });
  }
  return spans;
}

/** Whether a token is a title, honorific, rank, office word or office qualifier, not part of a name. */
export function isTitleWord(token: Token): boolean {
  const word = token.folded;
  // (The traits asked of the token, not of its folded word: its record is at hand, no look-up.)
  return hasTrait(token, HONORIFIC | OFFICE_TITLE) || isOfficeWord(token) || isHonorificWord(token) || (foldedRoleQualifiers.has(word) && !foldedTrailingNameParts.has(word));
}

function isNationality(token: Token): boolean {
  return hasTrait(token, NATIONALITY);
}

/**
 * "سمير بالحاج", "محمد بلقاسم": a Maghreb family name written with "بال"/"بل" glued on, after a name
 * word, reads like "ب" + a common word ("بالحاج": with the pilgrim). The unlabeled news tells them
 * apart: such a family name is often a person there, "بالوزير" never.
 */
function isFamilyNameWithBel(tokens: readonly Token[], start: number, index: number): boolean {
  const word = tokens[index].folded;
  // "بالشيخ" is as often "with the sheikh": a title behind "ب" must be a person mostly.
  if (index <= start || !/^با?ل../.test(word) || isOfficeWord(tokens[index])) return false;
  // ("مراد بالاكحل": a rarer one its word cluster puts among names; bel-family-names.ts.)
  return isOftenANameInNews(word, isTitleWord(tokens[index])) || isBelOnGivenName(tokens, index) || (!isTitleWord(tokens[index]) && isLearnedBelFamilyName(word));
}

/**
 * "عبد الرحمان حاج بالقاسم", "فلان بلقاسم": "بال"/"بل" (son of) on a given name that the lists know
 * or the news mostly takes for a person ("قاسم"), as the last word of the phrase (no definite word
 * after it: "بالأمين العام" governs one), is a family name the news may write too seldom to weigh.
 */
function isBelOnGivenName(tokens: readonly Token[], index: number): boolean {
  const stem = tokens[index].folded.replace(/^با?ل/, '');
  const next = tokens[index + 1];
  return stem.length >= 3 && (isListedGivenName(stem) || isOftenANameInNews(stem, true)) && !isTitleWord(tokens[index]) && !(next?.isWord && next.folded.startsWith('ال'));
}

/** "المقتبس", "المنتمي": the participle of the eighth form ("الم", a root letter, its infixed "ت"), folded. */
const FORM_EIGHT_PARTICIPLE = /^الم[^اوي]ت.{2,}$/;

/**
 * "فلان المنتسب إلى حزب", "فلان المكلف بالتسيير": a definite participle ("الم" + stem) after a name,
 * followed by the preposition it governs, describes the person and is no family name. "على" is left
 * out ("أكد فلان المرزوقي على ضرورة"), and so is "ل" ("صرح فلان المستيري لوكالة").
 */
export function isParticipleWithComplement(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.folded ?? '';
  const next = tokens[i + 1];
  if (!/^الم.{3,}$/.test(word) || !next?.isWord || gazetteer().familyNames.has(word) || gazetteer().firstNames.has(word) || isGivenName(word.slice(2))) return false;
  // A nisba ("المرزوقي") is a family name as often: the unlabeled news must say it is seldom a person,
  // unless the word has the shape of a derived participle ("المنتمي", "المستقيل"): then not mostly one.
  const derived = /^الم(?:ن?ت|ست)/.test(word);
  // "ياسر بن عبدالله المدخلي عن ...": a nisba right after "بن" + the father's name is the family name.
  if (!derived && /(?:ي|يه)$/.test(word) && isLineageFamilySlot(tokens, i)) return false;
  // A word of the shape of a plain passive participle ("مفعول": "المجدوب") that the news often takes for
  // a person is a family name before its verb's complement ("أقر الوزير فلان المجدوب بالنقص"): the
  // participles that govern one ("المحكوم", "المعروف") the news seldom takes for one.
  const passiveShape = /^الم[^و]{2}و[^و]$/.test(word);
  if (isOftenANameInNews(word, (derived || !word.endsWith('ي')) && !passiveShape)) return false;
  // "عضو المجلس رياض الموخر عن الحزب": before "عن" or "إلى", a word of no derived participle's shape
  // ("المقتبس عن"), rare in the tagger's text, that the news tagged a person at times is a family name;
  // the participles that govern a preposition ("المكلف", "المنتسب", "المنحدر") the news never tags so.
  // ("رئيس مجلس النواب محمود المشهداني | إلى": so is a nisba the news never wrote at all.)
  if (!derived && !FORM_EIGHT_PARTICIPLE.test(word) && !next.folded.startsWith('ب') && isRareWord(word) && (personShareBucket(word) >= 1 || (word.endsWith('ي') && !isSeenInRunningText(word)))) return false;
  // "إلى" (not "إلى جانب": "حضر فلان المرزوقي إلى جانب"), "عن", or "ب" + a definite noun ("بالملف").
  if (/^[إا]ل[ىي]$/.test(next.text)) return tokens[i + 2]?.folded !== 'جانب';
  // ("كروس المنتمي لريال مدريد": a derived participle the news does not often take for a name governs
  // "ل" too; a nisba the news often names people by returned above, "فلان المستيري لوكالة".)
  if (derived && /^ل.{3,}$/.test(next.folded) && !isParticle(next)) return true;
  return next.folded === 'عن' || /^بال.{3,}$/.test(next.folded);
}

/**
 * FAMILY_HONORIFICS ("سمير الحاج"), and a courtesy title with the article that the unlabeled news
 * often tags as a person ("عبد الرؤوف الشريف،"), where no further name word follows it ("الشريف
 * حسين" is the title of حسين).
 */
function isFamilyHonorific(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index].folded;
  if (FAMILY_HONORIFICS.has(word)) return true;
  const next = tokens[index + 1];
  const nameEnds = !next?.isWord || isParticle(next) || procliticReadings(next).some(({ stem }) => gazetteer().personVerbs.has(stem));
  // ("الصحفي كمال معالي، نقلا عن": a bare honorific governs the noun after it, "معالي الوزير"; one that
  // governs nothing, and that the news often tags as a person, is the family name as well.)
  if (!nameEnds || !gazetteer().honorifics.has(word)) return false;
  // ("مدير المعهد، فتحي الإمام ما": a title opens a name and governs what follows it; one with the
  // article right after a lone given name, closing the phrase, titles no one: it is the family name.)
  const before = tokens[index - 2];
  const afterLoneGivenName = word.startsWith('ال') && index > 0 && (isListedGivenName(tokens[index - 1].folded) || isOftenANameInNews(tokens[index - 1].folded, true)) && !(before?.isWord === true && isListedNameWord(before.folded));
  return isOftenANameInNews(word) || afterLoneGivenName;
}

/** "الجزائريات", "إيرانيان": the feminine plural or the dual of a nationality, never in a name. */
function isNationalPlural(folded: string): boolean {
  const nationalities = gazetteer().nationalities;
  return (folded.endsWith('ات') && nationalities.has(folded.slice(0, -2) + 'ه')) || (folded.endsWith('ان') && nationalities.has(folded.slice(0, -2)));
}

/** A preposition or conjunction attached to an ordinary word ("لاستقبال", "وعضوية"), not a name. */
export function isCliticNoun(word: string): boolean {
  const gaz = gazetteer();
  if (!isRareWord(word) || gaz.firstNames.has(word) || gaz.familyNames.has(word)) return false;
  return procliticReadings(word).some((reading) => reading.removed > 0 && reading.stem.length > 2 && !isRareWord(reading.stem) && !gaz.firstNames.has(reading.stem) && !isBareLikeReading(word, reading));
}

/**
 * "لميلاد", "بمعية": ب/ل/ك before a common noun of four letters or more, the whole no known name.
 * "ك" (as) governs a bare noun ("كشاهد"): its noun must be common without the article, or a family
 * name of the same letters ("محمد كحيلة": "حيلة" is common only as "الحيلة") reads as "as" + a noun.
 */
function isPrepositionNoun(word: string): boolean {
  const gaz = gazetteer();
  if (gaz.firstNames.has(word) || gaz.familyNames.has(word)) return false;
  // "لفيصل": a given name after the preposition stays ("الفيصل" is also a common word).
  return procliticReadings(word).some(({ removed, stem }) => {
    const letter = word[removed - 1];
    const common = isCommonWord(stem) || (letter !== 'ك' && isCommonWord(`ال${stem}`)) || FORM_TWO_MASDAR.test(stem) || isLeadershipNoun(stem);
    return removed > 0 && PREPOSITION_LETTERS.has(letter) && stem.length >= 4 && common && !isListedGivenName(stem);
  });
}

/** "استذكر", "واستعرض": a past verb of the tenth form (استفعل), "و"/"ف" allowed, folded. */
const FORM_TEN_PAST = /^[وف]?است[^اوي]{3}$/;

/**
 * A verb of charging, or a past verb of the form "استفعل", that the news never takes for a person
 * and no list has as a name ("كلف", "واستذكر"); of that form, one the news never wrote is one too:
 * no name has its shape.
 */
function isVerbNoOneIsNamed(token: Token): boolean {
  const charging = isChargingVerb(token);
  if (!charging && !FORM_TEN_PAST.test(token.folded)) return false;
  const share = personShareBucket(token.folded);
  return (charging ? share === 0 : share <= 0) && !isListedNameWord(token.folded);
}

/**
 * "أهدي نجاحي لأبي وأمي" (I dedicate my success): a verb in the first person, written with "أ",
 * whose "he" form ("يهدي") running text writes and seldom takes for a person; the word itself no
 * list gives as a name ("أحمد", "أكرم", "أشرف" read so too) and the news seldom takes for a person.
 */
function isFirstPersonImperfect(token: Token): boolean {
  // ("سأنتظر", "لأرى": also behind the future's "س" or the "ل" of purpose.)
  const behindParticle = /^[سل]أ/.test(token.text);
  const [text, folded] = behindParticle ? [token.text.slice(1), token.folded.slice(1)] : [token.text, token.folded];
  // (Nor an elative, "أكبر" (bigger; the Persian name), a word the lists know; no particle goes before an elative.)
  if (!text.startsWith('أ') || folded.length < 4 || isListedNameWord(folded) || (!behindParticle && isOrdinaryWord(folded)) || personShareBucket(folded) > 0) return false;
  const third = `ي${folded.slice(1)}`;
  return isSeenInRunningText(third) && personShareBucket(third) <= 0;
}

/** "بتنكيس", "لتكريم": the verbal noun of the second form (تفعيل), which no name takes, folded. */
const FORM_TWO_MASDAR = /^ت[^اويى]{2}ي[^اويىه]$/;

/** "لتنزانيا", "بباريس": ب/ل before a known place, the whole no known name ("لبنى" is one). */
function isPrepositionPlace(word: string): boolean {
  const gaz = gazetteer();
  if (isListedNameWord(word)) return false;
  return procliticReadings(word).some(({ removed, stem }) => removed > 0 && /[بل]/.test(word[removed - 1]) && stem.length >= 3 && (gaz.places.has(stem) || isPlaceWord(stem)));
}

/**
 * "ضامنا لتأهله", "بقراره": a preposition and a pronoun around a word the news writes, both clitics,
 * make no name word.
 */
function isPrepositionOnNounWithPronoun(token: Token): boolean {
  const clitics = /^[وف]?[لب](.{3,})ه[\u064b-\u0652]*$/.exec(token.text);
  // ("بوجاه": "بو" opens a Maghreb family name.)
  if (clitics === null || /ة/.test(token.text) || /^[وف]?بو/.test(token.text)) return false;
  const stem = fold(clitics[1]);
  // ("ماركوس لانغه،", "جيرارد بيكيه": a stem the news mostly takes for part of a name, "انغ" of
  // "يانغ", is a foreign name's letters, no noun with clitics.)
  return !isListedNameWord(token.folded) && (isCommonWord(stem) || (isSeenInRunningText(stem) && personShareBucket(stem) < 2));
}

/**
 * "رئيس الاتحاد الجهوي للفلاحة بتطاوين لطفي فلان": "ب" on a word that the news hardly ever takes
 * for a person (a town the lexicon lacks), right before a listed given name or a rare word the news
 * mostly takes for a person ("بتطاوين أنيس فلان"; not "بن", "عبد", which open names after any word),
 * completes the phrase before the name; no name opens with a preposition.
 */
export function isPrepositionBeforeGivenName(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start]?.folded ?? '';
  const next = tokens[start + 1]?.folded ?? '';
  const beforeGivenName = isLoneGivenName(next);
  if (!/^ب.{3,}$/.test(word) || isListedNameWord(word) || !(beforeGivenName || (isOftenANameInNews(next, true) && isRareWord(next)))) return false;
  const stem = word.slice(1);
  // "أحد المعتصمين بحيدرة فلان علان": "ب" on a listed given name that is also a town's ("حيدرة") may
  // be a person in the news as often ("with حيدرة"), but before a given and a family name it is no
  // name's first word either way.
  // (Not a woman's name of a given name and "ية": isGivenNameWithYaEnding.)
  if (beforeGivenName && stem.length >= 4 && isListedGivenName(stem) && !FATHER_KUNYA_HEADS.has(stem) && !isGivenNameWithYaEnding(word) && tokens[start + 2]?.isWord === true && !isParticle(tokens[start + 2]) && !isTitleWord(tokens[start + 2])) return true;
  if (personShareBucket(word) > 0) return false;
  // ("برئاسة فلان": not a common noun, which governs the name.)
  return !isListedNameWord(stem) && !isCommonWord(stem) && isRarelyANameInNews(stem);
}

/**
 * "حسن نصر الله إسرائيل", "نصر الله لـ": a country or city, a lone letter or a figure ends no name
 * of two words or more (a known family name aside).
 */
function isNotNameEnd(word: string): boolean {
  const gaz = gazetteer();
  if (gaz.familyNames.has(word)) return false;
  return word.length === 1 || /[0-9٠-٩]/.test(word) || gaz.places.has(word);
}

/**
 * "قال المدير التنفيذي للمرصد مروان جدة لإذاعة محلية": a town's name right after a lone given name that
 * an office names, where the phrase ends with it (punctuation, or "ل" + whom he spoke to), is
 * the family name: the holder of an office is named in full, and a place after him would need a verb
 * or a preposition.
 */
function isPlaceFamilyNameAfterHolder(tokens: readonly Token[], start: number, index: number): boolean {
  if (index !== start + 1 || !isLoneGivenName(tokens[start].folded) || isNationality(tokens[index])) return false;
  const next = tokens[index + 1];
  const closes = next === undefined || !next.isWord || (/^ل.{3,}$/.test(next.folded) && !isListedNameWord(next.folded));
  return closes && roleBefore(tokens, start) !== null;
}

/**
 * "محمد المحجوب نيابة", "إردوغان أكراد": after two name words, a common word without the article
 * that is no known given or family name is the next phrase, not a third name.
 */
function isCommonAfterName(tokens: readonly Token[], start: number, index: number): boolean {
  const word = tokens[index].folded;
  // "الطاهر بن نصر", "عبد الحميد شرف": in a name with "بن", "أبو" or "عبد" the words are fewer
  // than they look, and a family name may well be a common word.
  let plain = true;
  for (let i = start; i < index; i++) if (foldedLeadingNameParts.has(tokens[i].folded) || /^[وفبل](?:عبد|ابو|بن)$/.test(tokens[i].folded)) plain = false;
  // ("بالاتحاد المنستيري صالح مزالي مقابلتين": not a word the news often takes for a person before a
  // word it never does, or punctuation; the span may still open on a word that is none of the name.
  // Before another such word it goes on a list or an idiom: "فلان علان رمزي جلال", "شاهد عيان".)
  const next = tokens[index + 1];
  const closesName = next === undefined || !next.isWord || isParticle(next) || isRarelyANameInNews(next.folded);
  return index - start >= 2 && plain && !word.startsWith('ال') && isCommonWord(word) && !isListedNameWord(word) && !isFamilyNameAfterFather(tokens, start, index) && !(index - start === 2 && closesName && isOftenANameInNews(word));
}

/**
 * "وقال فلان حسن مدني إن", "فلان أمين سلامة،": after a given name and the father's (two given names
 * without the article), a common word that closes the phrase (punctuation, a particle after it) is
 * the family name: an indefinite adjective cannot describe a name. Not an accusative in "ا" ("مضيفا"),
 * nor a predicate.
 */
function isFamilyNameAfterFather(tokens: readonly Token[], start: number, index: number): boolean {
  const next = tokens[index + 1];
  const closes = next === undefined || !next.isWord || isParticle(next);
  // ("أن طه حسين باحث،": after "أن" or a copula the name is a subject, and the word its predicate.)
  return isGivenAndFathersName(tokens, start, index) && closes && !tokens[index].folded.endsWith('ا') && !isParticle(tokens[index]) && !opensNominalSentence(tokens[start - 1]);
}

/**
 * "العقيد المنجي القاضي الناطق الرسمي": after a lone given name, an office word with the article
 * right before another one (or the list's "و" + one) is the family name ("judge"): two offices in a row are never both bare.
 * "الرئيس" is left out ("الرئيس المدير العام" is one office). ("المهندس كامل الوزير، نائب رئيس
 * الوزراء": so is one before a comma and the office set off by it, `afterComma`: a bare "the
 * minister" would take its complement, not a second office in apposition.)
 */
export function isFamilyNameOffice(token: Token, next: Token | undefined, afterComma?: Token): boolean {
  if (next === undefined || !token.folded.startsWith('ال') || token.folded === 'الرييس' || !isOfficeWord(token)) return false;
  if ((next.text === '،' || next.text === ',') && afterComma?.isWord === true) return !afterComma.folded.startsWith('و') && !isAccusativeOffice(afterComma) && isOfficeWord(afterComma) && stems(afterComma).length === 1;
  // ("الدكتورة سليمة الأمين | والمدير الجهوي": or before "و" + one, the next entry of a list.)
  return (next.folded.startsWith('ال') || next.folded.startsWith('وال')) && isOfficeWord(next);
}

/**
 * "كريستين لاجارد دعت": a verb of saying after a name is the next clause ("أبي طالب" is a name).
 */
function isVerbAfterName(tokens: readonly Token[], start: number, index: number): boolean {
  const before = tokens[index - 1]?.folded ?? '';
  return index > start && !foldedLeadingNameParts.has(before) && before !== 'ابي' && procliticReadings(tokens[index]).some(({ stem }) => gazetteer().personVerbs.has(stem));
}

/**
 * "خططا" (plans, the object of a verb): a word of three letters with the accusative alef, the three
 * letters a common word, ends no name (isOrdinaryWord only judges longer words so, for "دينا").
 */
function isShortAccusative(word: string): boolean {
  const gaz = gazetteer();
  return word.length === 4 && word.endsWith('ا') && isCommonWord(word.slice(0, -1)) && !gaz.firstNames.has(word) && !gaz.familyNames.has(word);
}

/**
 * "جون ماكين مزاحا": an indefinite word (a definite one takes no tanween) with the accusative alef
 * that the news never writes so, while it uses the word without the alef and almost never as a name
 * ("أوباما" is a name).
 */
function isAccusativeOfNewsWord(word: string): boolean {
  return word.length >= 4 && !word.startsWith('ال') && word.endsWith('ا') && personShareBucket(word) < 0 && isRarelyANameInNews(word.slice(0, -1));
}

/**
 * "رئيس الاتحاد فيليب جودا قد أدى", "انريكي بينا نيتو": right after a lone listed given name, a word
 * in "ا" the news never writes so, rare in the tagger's text, is a foreign family name (Juda, Peña),
 * not an adverb (not "حلا جذريا", frequent there, after a word that is a given name too): an adverb or object follows the whole name
 * ("جون ماكين مزاحا").
 */
function isSurnameAfterLoneGivenName(tokens: readonly Token[], start: number, index: number): boolean {
  return index === start + 1 && isListedGivenName(tokens[start].folded) && isRareWord(tokens[index].folded);
}

/** "نقلت عن فلان قوله": "his/her saying", the object that reports what the person said. */
const QUOTED_SAYING = /^قول(?:ه|ها|هم|هما)$/;

/** No name has this many words without "بن", "آل" and the like; a tagged span this long is a list. */
const MIN_NAME_RUN = 6;

/**
 * "فتحي العيادي كريم الهاروني عبد المجيد النجار ...": names listed with no comma between them (a
 * table flattened into a line). Each known given name, or "عبد"/"أبو", after two words or more of
 * the name before it and not right after "بن", "ولد", "عبد", "أبو" or "آل", opens the next name.
 */
function nameRunStarts(tokens: readonly Token[], start: number, end: number): number[] {
  const starts = [start];
  for (let i = start + 2; i < end; i++) {
    const word = tokens[i].folded;
    const opens = isListedGivenName(word) || word === 'عبد' || word === 'ابو';
    // (Nor after the Hassaniya "ولد": "إبراهيم ولد عبد الرحمن ولد بوبكر" is one name; nor after its
    // "سيدي" or "مولاي" that opens a compound given name: "محمد الأمين ولد سيدي عبد الله".)
    if (opens && i - starts[starts.length - 1] >= 2 && !foldedLeadingNameParts.has(tokens[i - 1].folded) && !LINEAGE_CHAIN_LINKS.has(tokens[i - 1].folded) && !SAINT_TITLES.has(tokens[i - 1].folded)) starts.push(i);
  }
  return starts;
}

function isCommonAdjectiveBefore(word: string, next: string): boolean {
  const gaz = gazetteer();
  // ("الضحية الناصر الحاج سالم": not a word the news mostly takes for a person, a given name,
  // unless it is a nisba, "المنشد الصوفي فلان".)
  // ("، الطيب حسن أبكر،": nor one the news opens several people's names with.)
  const givenName = (isOftenANameInNews(word, true) && !word.endsWith('ي')) || isNewsDefiniteGivenName(word);
  return word.startsWith('ال') && isCommonWord(word) && !gaz.firstNames.has(word) && !gaz.familyNames.has(word) && !isCommonWord(next) && !foldedLeadingNameParts.has(next) && !givenName;
}

/**
 * Whether the definite word at `i`, no known name and almost never a name in the news, stands after a title (a definite adjective or two
 * may come between) and before a word without the article: an adjective of the title's person.
 */
function describesTitledPerson(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  const next = tokens[i + 1];
  if (!isDefiniteWord(word) || next === undefined || !next.isWord || next.folded.startsWith('ال')) return false;
  // "الباجي قائد السبسي": a given name with the article is one the news often uses as a name.
  if (isListedNameWord(word) || foldedLeadingNameParts.has(next.folded)) return false;
  // ("اللاعب الواعد فلان", "للمدرب المنسحب فلان": a word too rare in the news to count describes him
  // too before a listed given name, unless its bare form is a given name: "الحبيب".)
  const rareBeforeGivenName = personShareBucket(word) === -1 && isListedGivenName(next.folded) && !isGivenName(word.slice(2)) && !isListedGivenName(word.slice(2)) && !isNewsDefiniteGivenName(word);
  // ("المدرب الأرحنتيني فلان": a nisba the running text never showed, a misspelt or rare
  // nationality, describes him too; a given name of that form is one the news writes.)
  const unseenNisba = /^ال.{3,}ي$/.test(word) && personShareBucket(word) === -1 && !isSeenInRunningText(word) && !isGivenName(word.slice(2)) && !isNewsDefiniteGivenName(word);
  if (personShareBucket(word) !== 0 && !rareBeforeGivenName && !unseenNisba) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (isTitleWord(tokens[k]) || isTitleBehindLam(tokens[k])) return true;
    if (!isDefiniteWord(tokens[k].folded)) return false;
  }
  return false;
}

/**
 * "للمدرب", "للرئيس": "ل" + a definite title, its article's alef dropped behind the "ل" ("ل" +
 * "المدرب"); the title still opens the phrase its adjectives and the holder's name follow
 * ("خلفا للمدرب المنسحب فلان الفلاني").
 */
function isTitleBehindLam(token: Token): boolean {
  if (!token.isWord || !token.folded.startsWith('لل') || token.folded.length < 5) return false;
  return isTitleWord(tokenReadAs(token, `ال${token.folded.slice(2)}`, `ال${token.text.slice(2)}`));
}

const PREPOSITION_LETTERS = new Set(['ب', 'ل', 'ك']);

/**
 * Trims a tagged person span to the name: titles and honorifics off the front, nationality and
 * office words and punctuation off the back (only punctuation when the name fills a bracket: "(أحمد
 * خليفة السويدي)"); splits "X وY" lists into two names.
 */
/** The first word of a kunya ("أبو حمزة", "أبي بكر", "أم كلثوم"), not the object "أبا", folded. */
const NON_ACCUSATIVE_KUNYA_HEADS = new Set([...KUNYA_WORDS].filter((word) => word !== 'ابا'));

/** Whether a folded word is such a head, bare or after "و" ("وأبو حمزة"). */
function isNonAccusativeKunyaHead(folded: string): boolean {
  return NON_ACCUSATIVE_KUNYA_HEADS.has(folded) || (folded.startsWith('و') && NON_ACCUSATIVE_KUNYA_HEADS.has(folded.slice(1)));
}

/** "روى", "روت" (folded, "و"/"ف" allowed): the verbs of narrating. */
const NARRATION_VERBS = /^[وف]?(?:روي|روت)$/;
/** "أفادت", "بيّنت", "لفتت", "نوّهت" (folded, "و"/"ف" allowed): verbs of saying in the feminine past, no name. */
const FEMININE_SAYING_VERBS = /^[وف]?(?:افادت|بينت|لفتت|نوهت)$/;
/** "ويرى", "وترى" (folded, with "و" or "ف"): "he/she holds (that)", before who holds it; no name word. */
const OPINION_VERBS = /^[وف](?:يري|تري)$/;

/**
 * "وروت أم خالد الشمري قصتها", "روى أبو فلان": a verb of narrating right before a kunya is the
 * verb whose subject the kunya is; a given name ("روى", a woman's) opens no kunya.
 */
function isNarrationVerbBeforeKunya(tokens: readonly Token[], i: number): boolean {
  return NARRATION_VERBS.test(tokens[i].folded) && NON_ACCUSATIVE_KUNYA_HEADS.has(tokens[i + 1]?.folded ?? '');
}

function isDefiniteWord(folded: string): boolean {
  return folded.startsWith('ال') && folded.length > 3;
}

function isBodyOrPlaceBeforeGivenName(word: Token, next: Token): boolean {
  const gaz = gazetteer();
  return (gaz.organizations.has(word.folded) || gaz.places.has(word.folded)) && !isListedNameWord(word.folded) && isListedGivenName(next.folded);
}

/**
 * "الدكتور الطيب الأمين أحمد": an office word with the article whose bare form is a listed given name
 * ("الأمين": the secretary; "أمين") is the father's name between a name word and a listed given name
 * without the article: an office would take its complement there, no given name.
 */
function isGivenOfficeWordBetweenNames(tokens: readonly Token[], i: number, end: number, isKnownName: (stem: string) => boolean): boolean {
  const [word, next] = [tokens[i].folded, tokens[i + 1]];
  if (i + 1 >= end || !next?.isWord || !word.startsWith('ال') || !isListedGivenName(word.slice(2))) return false;
  return isKnownName(tokens[i - 1].folded) && !next.folded.startsWith('ال') && isListedGivenName(next.folded) && !isOfficeWord(next);
}

/**
 * "جابر سلطان الدرويش": a bare title that is also a given name ("سلطان", "أمير"), between a given name
 * and the last word of the span, a family name with the article that is no place, nationality, title
 * or office, is the father's given name: as a title it would govern a place ("سلطان عمان").
 */
function isFathersTitleNameAt(tokens: readonly Token[], start: number, i: number, end: number): boolean {
  const family = tokens[i + 1];
  if (i === start || i + 2 !== end || !foldedNameLikeTitles.has(tokens[i].folded) || !family?.isWord || !/^ال.{3,}/.test(family.folded)) return false;
  return !isTitleWord(family) && !isOfficeWord(family) && !isPlaceOrNationality(family) && !isNationality(family) && !isOrganizationHead(family);
}

/**
 * "دخول فلان مكان فلان", "فلان بدلا من فلان": a word that puts one person in another's place stands
 * between two names, never inside one (a closed class of adverbs of substitution).
 */
const SUBSTITUTION_WORDS = new Set(['مكان', 'بدلا', 'عوضا'].map(fold));
/** The dashes that stand between list entries or names (hyphen, en dash, em dash). */
const DASHES = new Set(['-', '–', '—']);

/** The index of the first token in start..end that separates two names: a substitution word, or a dash with spaces on both sides ("فلان - فلان" in a list of players; not "جان-بول"). */
function nameSeparatorAt(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (token.isWord ? SUBSTITUTION_WORDS.has(token.folded) : DASHES.has(token.text) && i > start && i + 1 < end && tokens[i - 1].end < token.start && token.end < tokens[i + 1].start) return i;
  }
  return -1;
}

/** Ranks that are hardly family names ("الجندي", "البحري" are), folded: a closed class. */
const LIST_RANKS = new Set(['اللواء', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'الملازم', 'الرقيب', 'العريف', 'المشير'].map(fold));


/** Where a rank stands inside [start, end) after two words and before a name word, or -1. */
function listedRankAt(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start + 2; i + 1 < end; i++) if (LIST_RANKS.has(tokens[i].folded)) return i;
  return -1;
}

/**
 * "الدكتورة مريم | سلطاني": after a woman's title (feminine, in "ة") and her given name, a bare
 * masculine nisba cannot be an adjective of her, which would take the feminine: it is her family name.
 */
function isMasculineNisbaAfterTitledWoman(tokens: readonly Token[], start: number, index: number): boolean {
  const title = tokens[start - 1];
  const nisba = tokens[index];
  if (index !== start + 1 || !title?.isWord || !/ه$/.test(title.folded) || !(isHonorificWord(title) || isTitleWord(title))) return false;
  return nisba.isWord && /^[^وفبلك].{2,}[^ي]ي$/.test(nisba.folded) && /ي[\u064b-\u0652]*$/.test(nisba.text) && !nisba.folded.startsWith('ال') && !isPlaceWord(nisba.folded) && !isNationality(nisba) && !isTitleWord(nisba) && !isCommonWord(nisba);
}

/**
 * "لموزاييك إن", "لهسبريس أن": "ل" + a word that is no name, right before "إن"/"أن": the outlet he told.
 * (Not "لطفي إن": a given name in "ل" closes a name so.)
 */
function isToldOutletBeforeSaying(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1]?.text;
  return token.isWord && /^ل[^ل].{2,}$/.test(token.folded) && (next === 'إن' || next === 'أن') && !isListedNameWord(token.folded) && !isLamGivenName(token.folded);
}

/**
 * "أشرف على", "أشرف شخصيا على": the given name "أشرف" that spells the verb "supervised", with "على"
 * (written with "ى", not the name "علي") after it, maybe across an adverb in the accusative.
 */
function isSupervisedAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.folded !== 'اشرف') return false;
  const adverb = tokens[i + 1]?.isWord === true && /^[^ا].{2,}ا$/.test(tokens[i + 1].folded) ? 1 : 0;
  return tokens[i + 1 + adverb]?.text === 'على';
}

/** "لـRT", "بـCNN" (folded "لrt"): a preposition, perhaps with a tatweel, on a word in Latin letters. */
function isClitickedLatinWord(token: Token): boolean {
  return token.isWord && /^[وفبلك]{1,2}[a-z]/.test(token.folded);
}

/** Whether tokens[i] is a body the lexicon knows by one word ("طالبان", "حماس") in the genitive of a body's head or an office. */
function isOneWordBodyAfterHead(tokens: readonly Token[], i: number): boolean {
  const [head, body] = [tokens[i - 1], tokens[i]];
  if (head?.isWord !== true || !body.isWord || !gazetteer().organizations.has(body.folded) || tokens[i + 1]?.folded === 'الله') return false;
  return isOrganizationHead(head) || isOfficeWord(head);
}

/**
 * Past verbs of the second form news writes often that fold to a given name without their shadda
 * ("كرّم", honoured: "كرم"; "حسّن": "حسن"; "فضّل": "فضل"; "سلّم": "سلم"), folded. Names are written
 * with a shadda too ("قيّس", "درّة"), so only these verbs, and only as written with it.
 */
const SECOND_FORM_VERBS_LIKE_NAMES = new Set(['كرم', 'حسن', 'فضل', 'سلم']);

/** "كرّم", "وكرّمت": one of those verbs as written, the middle letter doubled, maybe after "و"/"ف" and with the feminine "ت". */
function isSecondFormVerbAsWritten(text: string): boolean {
  const match = /^[وف]?([\u0621-\u064a])([\u0621-\u064a])\u0651([\u0621-\u064a])ت?$/.exec(text.replace(/[\u064b-\u0650\u0652]/g, ''));
  return match !== null && SECOND_FORM_VERBS_LIKE_NAMES.has(match[1] + match[2] + match[3]);
}

export function tidyPersonSpan(tokens: readonly Token[], start: number, end: number, isKnownName: (stem: string) => boolean, bracketed = false, listed = false): Span[] {
  // ("المرسوم رقم 112 لعام 2025، القاضي بإعادة ...": a name has letters; a number before an apposition is none.)
  if (!tokens.slice(start, end).some((token) => HAS_LETTER.test(token.text))) return [];
  // ("ويلهم أهله وذويه جميل الصبر وحسن العزاء": the condolence formula names no one.)
  if (isCondolenceFormulaAt(tokens, start)) return [];
  // ("مع سمو راعي الحفل": "patron of" + what he patronizes describes the person, never names him.)
  const patron = tokens.slice(start, end).findIndex((token, k) => /^و?راعي$/.test(token.folded) && isDefiniteWord(tokens[start + k + 1]?.folded ?? ''));
  if (patron === 0) start += 2;
  else if (patron > 0) end = start + patron;
  // ("روت فاطمة آدم": "she narrated", a verb of telling before the teller's name; "أفادت بن عمار
  // بأن": "she stated", a feminine verb of saying the lists lack.)
  if (start < end - 1 && (NARRATION_VERBS.test(tokens[start].folded) || FEMININE_SAYING_VERBS.test(tokens[start].folded) || OPINION_VERBS.test(tokens[start].folded))) start++;
  // ("كما كرّم | الدوسري رئيس ...": a verb of the second form written with its shadda, though it
  // folds to a given name ("كرم").)
  if (start < end - 1 && isSecondFormVerbAsWritten(tokens[start].text)) start++;
  // ("استقبل المفوضة الأوروبية | صباح الخميس": a time phrase after an office names no one.)
  if (isTimePhrase(tokens, start)) start += 2;
  // ("عضو المكتب السياسي لأنصار الله | حمزة فلان": nor a body the lexicon knows by two words, behind a clitic or not.)
  // (The lexicon's first words first: no string is built for the two words of most spans.)
  while (start < end - 2 && tokens[start + 1].isWord && procliticReadings(tokens[start]).some(({ stem }) => gazetteer().lexiconFirstWords.has(stem) && gazetteer().organizations.has(`${stem} ${tokens[start + 1].folded}`))) start += 2;
  // ("قائد فيلق بيشاور، الفريق فلان": a bare head of an armed group's or unit's name and one word
  // are that group, no person.)
  if (end - start === 2 && stems(tokens[start]).length === 1 && isGroupHeadWord(tokens[start])) return [];
  // ("المتحدث باسم حكومة | طالبان | نصرت الله فاروقي": nor a body the lexicon knows by one word, as
  // the genitive of a body's head or an office; "فتح الله" is a compound given name.)
  if (start < end - 1 && isOneWordBodyAfterHead(tokens, start)) start++;
  // ("قال عنها | الزهراني": nor does a preposition with its pronoun, "about it", before the name;
  // "علية" in "ة" is a given name, no "عليه" (on him).)
  while (start < end - 1 && PREPOSITION_WITH_PRONOUN.test(tokens[start].folded) && !/ة[\u064b-\u0652]*$/.test(tokens[start].text)) start++;
  if (start >= end) return [];
  // ("رفع الدكتور المناعي | أسمى آيات الشكر", "نقل الأمير بندر | تحيات خادم الحرمين": a formula of
  // greeting after the name is none of it; greeting-formulas.ts.)
  for (let k = start + 1; k < end; k++) {
    if (isGreetingFormulaAt(tokens, k)) {
      end = k;
      break;
    }
  }
  // ("فاليري غوربونوف | لـRT": an Arabic preposition glued to a name in Latin letters, whom he spoke to.)
  while (end - start >= 2 && isClitickedLatinWord(tokens[end - 1])) end--;
  // ("والي أمن فاس سعيد بن جلون أشرف شخصيا على العملية": "أشرف" before "على" is the verb "supervised".)
  if (end - start >= 2 && isSupervisedAt(tokens, end - 1)) end--;
  // ("عامل إقليم طاطا | أشرف شخصيا على": so is the word alone after an office, no honorific
  // before it; "على هامش" (on the sidelines of) is where the one named so spoke.)
  if (end - start === 1 && isSupervisedAt(tokens, start) && honorificBefore(tokens, start) === null && tokens.slice(start + 1, start + 4).every((token) => token.folded !== 'هامش')) return [];
  // ("محافظ المنيا صباح اليوم" beside "صباح محمود": a given name that is a part of the day, before a day, is the time.)
  if (end - start === 1 && isTimePhrase(tokens, start)) return [];
  // ("أهالي بني | وليد": one word right after "بني" (sons of) is the rest of a town's or a tribe's name.)
  if (end - start === 1 && tokens[start - 1]?.folded === 'بني') return [];
  const separator = nameSeparatorAt(tokens, start, end);
  if (separator >= 0) return [...tidyPersonSpan(tokens, start, separator, isKnownName, bracketed, listed), ...tidyPersonSpan(tokens, separator + 1, end, isKnownName, bracketed, listed)];
  // "النقيب فلان فلان الملازم علان علان": in a list of officers a rank after two name words opens the
  // next entry (with "أول" after it); it is no family name.
  const rank = listedRankAt(tokens, start, end);
  if (rank >= 0) {
    const next = tokens[rank + 1]?.folded === 'اول' ? rank + 2 : rank + 1;
    return [...tidyPersonSpan(tokens, start, rank, isKnownName, bracketed, listed), ...tidyPersonSpan(tokens, next, end, isKnownName, bracketed, listed)];
  }
  // "الرئيس التونسي الباجي ...": a nationality before the name belongs to the title.
  // ... but "تركي بن سعود": a nationality word without the article before "بن" is a given name.
  // "سلطان بن عبدالعزيز", "سلطان محمد": a title that is also a given name, before "بن" or another
  // name word, is the name.
  // "الدكتور مساعد بن محمد": right after an honorific, any office word before "بن" is a given name.
  // "الحاج سيد أبو العينين": so is a bare "سيد" after another title (honorific-titles.ts).
  const givenName = (i: number): boolean =>
    // ("والي الحوض الشرقي: الشيخ ولد باب أحمد": a Mauritanian given name before the Hassaniya "ولد"/"منت".)
    (i + 2 < end && isSheikhBeforeHassaniyaLink(tokens, i)) ||
    // ("والعميد الممتاز أمين بنسلام": or before a bare word the news never wrote, which no title governs.)
    // ("، وسلطان بن فهد العتيبي رئيساً": so behind a list's "و".)
    // ("وأمير علي كوهستاني": or before a given name a list knows and a further name word.)
    (/^و./.test(tokens[i].folded) && foldedNameLikeTitles.has(tokens[i].folded.slice(1)) && i + 2 < end && (tokens[i + 1].folded === 'بن' || tokens[i + 1].folded === 'ابن' || (isListedGivenName(tokens[i + 1].folded) && !isTitleWord(tokens[i + 1]) && !isTitleWord(tokens[i + 2])))) ||
    (foldedNameLikeTitles.has(tokens[i].folded) && i + 1 < end && (tokens[i + 1].folded === 'بن' || tokens[i + 1].folded === 'ابن' || (isKnownName(tokens[i + 1].folded) && !isTitleWord(tokens[i + 1])) || isUnseenBareWord(tokens[i + 1]))) ||
    // ("الفنانة أمينة فلان", "وأمينة فلان": the feminine of such a title is a woman's given name before a
    // name word the article tags or a list knows; as a title it governs a definite noun, "أمينة المال".)
    (FEMININE_NAME_LIKE_TITLES.has(tokens[i].folded.replace(/^و(?=.{4})/, '')) && i + 1 < end && isKnownName(tokens[i + 1].folded) && !isTitleWord(tokens[i + 1])) ||
    // ("قالت القاضية، فضيلة فلان": "فضيلة" before a name word is a given name; honorific-titles.ts.)
    (i + 1 < end && isFadilaGivenName(tokens, i)) ||
    (i > 0 && i + 2 < end && isHonorificWord(tokens[i - 1]) && (tokens[i + 1].folded === 'بن' || tokens[i + 1].folded === 'ابن')) ||
    (i + 1 < end && isSayyidGivenName(tokens, i)) ||
    // ("العقيد الطالب ولد أمين", "وزير المالية الطالب ولد فلان": office-son-names.ts.)
    (i + 2 < end && opensSonName(tokens, i)) ||
    // ("رئيس الاتحاد لامين دياك": "لامين" is no "ل" + the title "أمين"; isWholeGivenNameAtBareSlot.)
    (i + 1 < end && tokens[i + 1].isWord && !isTitleWord(tokens[i + 1]) && isWholeGivenNameAtBareSlot(tokens, i)) ||
    // ("الدكتور فخري الفقي": a bare qualifier that is no office, "فخري" (honorary), before a family
    // name (unseen-family-names.ts): a given name, as no qualifier is so placed.)
    (i + 1 < end && tokens[i].isWord && foldedRoleQualifiers.has(tokens[i].folded) && !/^(?:ال|و)/.test(tokens[i].folded) && !isOfficeWord(tokens[i]) && isUnseenDefiniteWord(tokens[i + 1]) && !isOfficeWord(tokens[i + 1]) && !isNationality(tokens[i + 1])) ||
    // ("محافظ بنك إسرائيل | أمير يارون": a span whose bounds the office gave opens with the given name.)
    (bracketed && i === start && foldedNameLikeTitles.has(tokens[i].folded) && i + 1 < end && tokens[i + 1].isWord && !isTitleWord(tokens[i + 1]));
  // "أوضح المغزاوي": a verb of saying before the name is no part of it.
  // ("كلف النجار اللواء فلان", "واستذكر المعمري": so is a verb no one is named; isVerbNoOneIsNamed.)
  // ("أهدي نجاحي": so is a verb in the first person, not a theophoric name's first half, "أمان الله".)
  const firstPersonVerb = (i: number): boolean => isFirstPersonImperfect(tokens[i]) && tokens[i + 1]?.folded !== 'الله';
  while (start < end - 1 && (procliticReadings(tokens[start]).some(({ stem }) => gazetteer().personVerbs.has(stem)) || isNarrationVerbBeforeKunya(tokens, start) || isVerbNoOneIsNamed(tokens[start]) || firstPersonVerb(start))) start++;
  // "رجل الدين الشيعي نمر النمر", "رجل الأعمال السعودي": "man of" + a definite noun describes the
  // person, with the frequent adjectives after it; a rare one ("المنصف") is the given name.
  if (end - start > 2 && /^و?رجل$/.test(tokens[start].folded) && isDefiniteWord(tokens[start + 1].folded)) {
    start += 2;
    while (end - start > 2 && isDefiniteWord(tokens[start].folded) && !isRareWord(tokens[start].folded) && !isGivenName(tokens[start].folded)) start++;
  }
  // "الأمير تركي الفيصل", "العقيد الركن تركي المالكي": after a definite title or an honorific, a
  // nationality without the article (an adjective would agree and take it) opens the name.
  // ("رئيسة الوزراء الإيطالية جورجيا ميلوني": nor can it agree with the definite nationality closing the office.)
  const givenNationality = (i: number): boolean =>
    !tokens[i].folded.startsWith('ال') && i > 0 && i + 1 < end && tokens[i - 1].isWord && (((tokens[i - 1].folded.startsWith('ال') || isHonorificWord(tokens[i - 1])) && isTitleWord(tokens[i - 1])) || (tokens[i - 1].folded.startsWith('ال') && isNationality(tokens[i - 1]))) && tokens[i + 1].isWord && !isNationality(tokens[i + 1]) && !isTitleWord(tokens[i + 1]);
  // ("ولينا مندوني (Lina Mendoni)": a Latin gloss of as many words bounds the name, whose first word
  // is then no title, "ولي"; latin-glosses.ts.)
  const glossedWhole = isGlossedWordForWord(tokens, start, end);
  // ("وسعادة فلان": a courtesy title with the list's "و" opens no name either; courtesy-titles.ts.)
  while (!glossedWhole && start < end && !givenName(start) && (isTitleWord(tokens[start]) || isClericalQualifierAt(tokens, start) || courtesyCliticLength(tokens[start]) > 0 || dualOffice(tokens[start]) !== null || foldedAliasMarkers.has(tokens[start].folded) || (isNationality(tokens[start]) && (tokens[start + 1]?.folded !== 'بن' || tokens[start].folded.startsWith('ال')) && !givenNationality(start)) || !tokens[start].isWord || tokens[start].folded === '')) start++;
  // ("في صلاح الدين | ماهر فلان": a region named after a man opens no name; person-named-regions.ts.)
  start += personNamedRegionLength(tokens, start);
  if (start >= end) return [];
  // "باسم حماس إسماعيل رضوان", "في سوريا بشار الأسد": a body or place the lexicon knows, no given name
  // itself, before a given name is the end of the phrase before the name.
  while (end - start >= 3 && (isBodyOrPlaceBeforeGivenName(tokens[start], tokens[start + 1]) || closesBodyNameBeforeDefiniteGivenName(tokens, start))) start++;
  // ("نائب رئيس ترجي جرجيس الهاشمي فلان": a club's head and its town before the holder's name; club-town-names.ts.)
  if (end - start >= 4 && isClubTownAt(tokens, start + 1)) start += 2;
  // "آية الله الخميني": "الله" belongs to the title.
  if (start > 0 && start < end - 1 && tokens[start].folded === 'الله' && tokens[start - 1].folded === 'ايه') start++;
  // Portfolio words ("شؤون", "الحرمين") and words with a preposition ("للتعاون") open no name.
  // ("المتحدث باسم الحكومة باسم العوادي": a second "باسم" after the office is a given name; titled-names.ts.)
  while (start < end && !isSpokesmanGivenName(tokens, start) && (foldedPortfolioGlosses.has(tokens[start].folded) || tokens[start].folded.startsWith('لل'))) start++;
  // "لميلاد كيم إيل سونغ", "بمعية", "بزعامة": a preposition glued to an ordinary noun (or one of
  // leadership, leadership-nouns.ts) governs the name that follows; it is no part of it.
  while (end - start > 1 && isPrepositionNoun(tokens[start].folded)) start++;
  // ("ميليشيا | الحوثي": the head of an armed group's name, which names it after a man, opens none.)
  while (end - start > 1 && isGroupHeadWord(tokens[start])) start++;
  // "الرئيس السابق لتنزانيا جاكايا كيكويتي": "ل"/"ب" + a country or city completes the office before.
  while (end - start > 1 && (isPrepositionPlace(tokens[start].folded) || isPrepositionBeforeGivenName(tokens, start))) start++;
  // ("بواشنطن بوست كريستيان فلان": the tail of a medium's name before a name; medium-name-tails.ts.)
  while (end - start >= 3 && isMediumTailAfterItsName(tokens, start)) start++;
  // "القانون الدستوري الصادق بلعيد": a common adjective with the article before a name of two
  // words qualifies the noun before it.
  if (end - start >= 3 && isCommonAdjectiveBefore(tokens[start].folded, tokens[start + 1].folded) && !givenName(start)) start++;
  // "الرئيس العراقي الأسير صدام حسين", "الفنانة المحجبة عفاف شعيب": a definite word between a title
  // (and its adjectives) and a name that does not open with the article describes the person.
  while (end - start >= 3 && describesTitledPerson(tokens, start) && !givenName(start)) start++;
  // ("الدكتور محمد خير عبد الله القاسم معاوناً": an office the tagger ran on into, which tidying
  // leaves out below, adds no word to the run.)
  const runEnd = end - start > 1 && tokens[end - 1].isWord && isAccusativeOffice(tokens[end - 1]) ? end - 1 : end;
  if (!bracketed && runEnd - start >= MIN_NAME_RUN) {
    const starts = nameRunStarts(tokens, start, end);
    if (starts.length > 1) return starts.flatMap((from, k) => tidyPersonSpan(tokens, from, starts[k + 1] ?? end, isKnownName, bracketed, listed));
  }
  // Tanween ("تاركًا") marks an adverb or object, never a name.
  // A trailing word with a verb's or a pronoun's affixes ("لتفقد", "شكره") ends no name.
  // "منصور التركي": right after a known given name, a nationality word is the family name.
  // "أبو حمزة المصري", "أبو عبد الله التركي": after a kunya the nisba is the rest of the name (a nom
  // de guerre), not a nationality said of the person.
  const kunyaNisba = (index: number): boolean =>
    index === end - 1 && index >= start + 2 && isNonAccusativeKunyaHead(tokens[start].folded) && tokens[index].folded.startsWith('ال');
  // "عمر بن علي التركي": after "بن X" too (news puts a nationality before the name, not after a lineage).
  const familyName = (token: Token): boolean =>
    (end - start === 2 && token === tokens[start + 1] && isKnownName(tokens[start].folded)) ||
    // "محمد أمين التونسي": after a compound given name whose second word is a title word.
    (end - start === 3 && token === tokens[end - 1] && isOfficeInName(tokens, end - 2)) ||
    // "صلاح الدين المصري", "عبد الله الليبي": after a given name of two words, as after one.
    (end - start === 3 && token === tokens[end - 1] && isCompoundGivenName(tokens, start)) ||
    // ("الحكم محمد سعيد الكردي على": after two name words, a nationality that the news often takes
    // for a person is a family name; news puts a nationality said of someone before his name.)
    // (Not after a foreign name: "المهاجم فلان علان الكاميروني" says where he is from.)
    (end - start === 3 && token === tokens[end - 1] && token.folded.startsWith('ال') && isOftenANameInNews(token.folded) && isGivenAndFathersName(tokens, start, end - 1)) ||
    (token === tokens[end - 1] && end - start >= 4 && token.folded.startsWith('ال') && (tokens[end - 3].folded === 'بن' || tokens[end - 3].folded === 'بنت'));
  const officeFamily = (index: number): boolean => index === start + 1 && isFamilyNameOffice(tokens[index], tokens[index + 1], tokens[index + 2]);
  // "عبدالله يحيى": a given name written with a final "ى" after another name word is the father's
  // name, not the verb its folded form also spells ("يحيي").
  const fatherWithAlefMaqsura = (token: Token, index: number): boolean =>
    index > start && /ى[\u064b-\u0652]*$/.test(token.text) && isGivenName(token.folded) && isKnownName(tokens[index - 1].folded);
  // "خالد بن فيصل بن تركي": the word after "بن" inside a name is the next forefather's name,
  // whatever else it may read as (a nationality, an ordinary word). ("الياس بو صعب": so is the word
  // after the Levantine "بو" (Abu) of a family name, "صعب" (hard); and after "أبو" itself, "خالد أبو
  // دي", whose second word reads as a European name's particle.)
  const forefather = (index: number): boolean => index > start + 1 && (tokens[index - 1].folded === 'بن' || tokens[index - 1].folded === 'بنت' || tokens[index - 1].text === 'بو' || tokens[index - 1].folded === 'ابو') && !isParticle(tokens[index]);
  // "لطفي عبد الناظر": the definite word after "عبد" inside a name closes a compound name, whatever
  // else it reads as (an office, "الناظر"; a rank, "الرقيب").
  const compoundNameHalf = (index: number): boolean => index > start + 1 && tokens[index - 1].folded === 'عبد' && tokens[index].folded.startsWith('ال') && !isParticle(tokens[index]);
  const trailing = (token: Token, index: number): boolean =>
    !bracketed &&
    !forefather(index) &&
    !compoundNameHalf(index) &&
    !fatherWithAlefMaqsura(token, index) &&
    !officeFamily(index) &&
    !isOfficeAsLineageFamilyName(tokens, index, end) &&
    !isRareLineageFamilyName(tokens, index, end) &&
    // ("وزيرة التضامن فلانة والي قالت": office-family-names.ts.)
    !(index === end - 1 && isOfficeFamilyNameAtBoundary(tokens, index)) &&
    !isFamilyNameWithBel(tokens, start, index) &&
    // ("رضا أميري مقدم": ali-names.ts.)
    !(index > start && isPersianSurnameTailAt(tokens, index)) &&
    !(index === end - 1 && isNisbaAfterCompoundGivenName(tokens, start, index)) &&
    // ("رئيس الوزراء محمد شياع السوداني إن": titled-definite-family-names.ts.)
    !(index === end - 1 && isNisbaFamilyNameAfterTitledName(tokens, start, index)) &&
    !(index === end - 1 && isMasculineNisbaAfterTitledWoman(tokens, start, index)) &&
    // ("لؤي شبانه،": pause-family-names.ts.)
    !(index === end - 1 && isFamilyNameBeforePause(tokens, start, index)) &&
    // ("وزير الصحة، سامي نجيب معروف،": comma-apposed-family-names.ts.)
    !(index === end - 1 && isFamilyNameInOfficeApposition(tokens, start, index)) &&
    // ("بتعيين فلان عادل حرب مديرا عاما": office-closed-family-names.ts.)
    !(index === end - 1 && isFamilyNameBeforeAccusativePost(tokens, start, index)) &&
    // ("قال نور الدين البابا، المتحدث باسم الوزارة،": comma-apposed-family-names.ts.)
    !(index === end - 1 && isTitleFamilyNameBeforeOfficeApposition(tokens, start, index)) &&
    // ("المستشار هشام عادل يسري، المتحدث الرسمي": comma-apposed-family-names.ts.)
    !(index === end - 1 && isFamilyNameBeforeOfficeApposition(tokens, start, index)) &&
    // ("اللواء شريف عبد المنعم الجندي، مساعد الوزير": comma-apposed-family-names.ts.)
    !(index === end - 1 && isDefiniteFamilyNameBeforeOfficeApposition(tokens, start, index)) &&
    !(isFamilyHonorific(tokens, index) && index > start && !isTitleWord(tokens[index - 1])) &&
    // ("بيار سعادة الشهر الماضي": a bare honorific closing the name with no title or name after it.)
    !(index === end - 1 && index > start && isHonorificFamilyNameAt(tokens, index)) &&
    // ("محمد أمين الشريف": the family name after a compound given name on "أمين", whatever title it reads as; compound-name-titles.ts.)
    !(index === end - 1 && index - 1 > start && isKeeperInCompoundName(tokens, index - 1)) &&
    // ("فلان ولد محمد الأمين إلى": "الأمين" closing the father's compound given name; compound-name-titles.ts.)
    !(index === end - 1 && index - 2 > start && isDefiniteKeeperInCompoundName(tokens, index)) &&
    // ("الدكتور نصر فريد واصل، مفتي الجمهورية": office-closed-family-names.ts.)
    !(index === end - 1 && isFamilyNameBeforeCommaOffice(tokens, start, index)) &&
    // ("العقيد الركن ناصر فهد السويدي مدير إدارة": office-closed-family-names.ts.)
    !(index === end - 1 && isDefiniteFamilyNameBeforeOffice(tokens, start, index)) &&
    ((isNationality(token) && !familyName(token) && !kunyaNisba(index)) ||
      isNationalPlural(token.folded) ||
      // ("الأميرة فلانة بنت فلان الفائزات": defective-participles.ts.)
      (end - start > 1 && isSoundPluralParticiple(token.folded)) ||
      isPrepositionOnNounWithPronoun(token) ||
      // ("أبو حسين | وأمثاله", "فلان | ورفاقه": "و" + a noun with "his", the ones with him, no name word.)
      (index === end - 1 && index > start && isConjoinedNounWithPronoun(token)) ||
      // ("وقالت عرفات | بتأثر": "ب" + the verbal noun of the fifth form, with emotion; no name's word.)
      (index === end - 1 && index > start && isPrepositionalFifthFormMasdar(token)) ||
      isDualPredicateAfterNisba(tokens, start, index) ||
      foldedCounterpartWords.has(token.folded) || (isTitleWord(token) && !isTitleAdjectiveOutOfPlace(tokens, index)) || /[\u064b-\u064d]/.test(token.text) || isShortAccusative(token.folded) || (end - start > 1 && ((isAccusativeOfNewsWord(token.folded) && !isSurnameAfterLoneGivenName(tokens, start, index)) || QUOTED_SAYING.test(token.folded))) || isVerbAfterName(tokens, start, index) || (end - start > 1 && isNotNameEnd(token.folded) && !isPlaceFamilyNameAfterHolder(tokens, start, index)) || isCommonAfterName(tokens, start, index) || (end - start > 1 && (isOrdinaryWord(token.folded, true, token.text) || foldedLeadingNameParts.has(token.folded))));
  // "إبراهيم عواد المكنى أبو بكر": an alias marker ends the name; so does a prayer for the person
  // ("الملك عبدالعزيز طيب الله ثراه", "رحمه الله").
  for (let i = start + 1; i < end; i++) {
    // ("فلان ضيف بوليتيكا": "guest of" a programme ends the name as an alias marker does.)
    // ("سيدتي هل أنت": a question word opens a question, never goes on a name.)
    if ((foldedAliasMarkers.has(tokens[i].folded) && introducesAlias(tokens, i)) || isGuestAppositionAt(tokens, i) || QUESTION_WORDS.has(tokens[i].folded)) {
      end = i;
      break;
    }
    if (!bracketed && (isParticipleWithComplement(tokens, i) || isVerbalNounWithComplement(tokens, i))) {
      end = i;
      break;
    }
    // ("قال فلان لرويترز إن": "ل" + a news agency or the press is whom he spoke to; press-addressees.ts.)
    // ("العميد حسام الدين الجبابلي لموزاييك إن": so is "ل" + an outlet no list knows, right before what he said.)
    // ("محمد ولد صباح أمس": right after a Maghreb link, "صباح" is the father's name, the day after it the time.)
    if ((isTimePhrase(tokens, i) && !MAGHREB_LINKS.has(tokens[i - 1].folded)) || isPressAddressee(tokens[i], tokens[i + 1]) || (i >= start + 2 && isToldOutletBeforeSaying(tokens, i))) {
      end = i;
      break;
    }
    if (i + 1 < end && isPrayer(tokens, i)) {
      end = i;
      break;
    }
    // ("الوزير ولد حمادي | وعد بمراجعة اللائحة", "الرئيس غويتا | أمر بفتح تحقيق": a verb of promise,
    // order or praise after the name, its "ب" object after it; ba-object-verbs.ts.)
    if (isVerbBeforeBaObject(tokens, i)) {
      end = i;
      break;
    }
  }
  // "محمد بن نايف بن عبدالعزيز ولي العهد": the name ends where an office begins.
  // ("مريم منت الشيخ سيديا": not right after the Hassaniya "ولد"/"منت", where it is the father's name.)
  // ("مامادو لامين نيانغ": nor at the given name "لامين", no "ل" + "أمين".)
  for (let i = start + 1; i < end; i++) {
    if (!bracketed && isOfficeWord(tokens[i]) && tokens[i].folded !== LAMINE && !isOfficeInName(tokens, i) && !foldedLeadingNameParts.has(tokens[i - 1].folded) && !MAGHREB_LINKS.has(tokens[i - 1].folded) && !(i === end - 1 && isTitleFamilyNameBeforeOfficeApposition(tokens, start, i)) && !officeFamily(i) && !isOfficeAsLineageFamilyName(tokens, i, end) && !isGivenOfficeWordBetweenNames(tokens, i, end, isKnownName) && !isFathersTitleNameAt(tokens, start, i, end)) {
      end = i;
      break;
    }
  }
  // "عبيد البريكي كشاهد": a preposition glued to a common noun (not "بال...": "سمير بالطيب") ends the name;
  // so does "ل" + the article ("سامي للزمالك"), with which no name begins.
  for (let i = start + 1; i < end; i++) {
    // ("محمد عبد الله ولد لولي": right after a Maghreb link the word is the father's name.)
    if (MAGHREB_LINKS.has(tokens[i - 1].folded)) continue;
    if (!bracketed && ((!/^[بلك]ال/.test(tokens[i].folded) && isPrepositionNoun(tokens[i].folded)) || /^[وف]?لل.{3,}/.test(tokens[i].folded) || isPrepositionOnDualWithPronoun(tokens[i]))) {
      end = i;
      break;
    }
  }
  // "آل الشيخ", "بن سلطان": after "آل" a title word, after "بن" a title that is also a given name, is a name.
  // ("محمد عبد الله ولد ببانه": after the Hassaniya "ولد"/"منت" the father's name, whatever it reads as, ends the name.)
  // ("كمال محمد نور الدائم": so is God's epithet completing a Sudanese name; divine-epithet-names.ts.)
  const afterLink = (index: number): boolean =>
    index - 1 >= start &&
    (tokens[index - 1].folded === 'ال' ||
      closesDivineEpithetName(tokens, index) ||
      (LINEAGE_CHAIN_LINKS.has(tokens[index - 1].folded) && foldedNameLikeTitles.has(tokens[index].folded)) ||
      // ("مريم منت الشيخ سيديا": so after the link and a title that opens the father's name.)
      (index === end - 1 && tokens[index].isWord && !isParticle(tokens[index]) &&
        ((index - 2 >= start && MAGHREB_LINKS.has(tokens[index - 1].folded)) || (index - 3 >= start && HASSANIYA_LINKS.has(tokens[index - 2].folded) && isTitleWord(tokens[index - 1])))));
  // ("نيكولا أورلاندو (Nicola Orlando)": a Latin gloss of as many words bounds the name; latin-glosses.ts.)
  const glossed = isGlossedWordForWord(tokens, start, end);
  while (!glossed && end > start && (!tokens[end - 1].isWord || trailing(tokens[end - 1], end - 1)) && !afterLink(end - 1)) end--;
  if (start >= end) return [];
  // ("ابتداء من فاتح دجنبر": a day of a month, no name; datelines.ts.)
  if (end - start === 2 && isDayOfMonthAt(tokens, start)) return [];
  // A lone word that is a preposition or conjunction plus an ordinary word ("وعضوية") is no name.
  if (end - start === 1 && (isCliticNoun(tokens[start].folded) || isPrepositionPlace(tokens[start].folded))) return [];
  for (let i = start + 1; i < end; i++) {
    const token = tokens[i];
    // "الشمري وعبد الأمير", "بعبد الأمير": a clitic on a word opens another name.
    const compound = /^[وبلف](?:عبد|ابو)$/.test(token.folded);
    // "ووكر", "وودوارد": a doubled و opens a foreign name, it is no conjunction.
    // "سعد بن أبي وقاص": right after "بن", "أبو", "أبي" or "عبد" the word is the rest of the name;
    // so after the Amazigh "أيت" ("الحسين أيت وعزيز").
    const afterLeadingPart = foldedLeadingNameParts.has(tokens[i - 1].folded) || tokens[i - 1].folded === 'ابي' || tokens[i - 1].folded === AMAZIGH_LINK;
    // ("ميغان والش": "و" + the article + one letter leaves no word; the whole is a foreign name.)
    const conjunction = token.folded.startsWith('و') && !token.folded.startsWith('وو') && token.folded.length > 3 && !/^وال.$/.test(token.folded) && !gazetteer().firstNames.has(token.folded) && !isWawGivenName(token.folded) && !afterLeadingPart && !isForeignNameWithWaw(token.folded) && !isWawMiddleForeignName(tokens, start, i, end) && !(i === end - 1 && (isOfficeFamilyNameAtBoundary(tokens, i) || isFamilyNameBeforeCommaOffice(tokens, start, i)));
    if (compound || conjunction) {
      return [...tidyPersonSpan(tokens, start, i, isKnownName, bracketed), ...tidyPersonSpan(tokens, i, end, isKnownName, bracketed, true)];
    }
  }
  const first = tokens[start];
  const glued = gluedHonorificLength(first);
  if (glued > 0) return [{ kind: 'person', start, end, skip: writtenOffset(first.text, glued) }];
  // "وإبراهيم", "وعبدالحفيظ": a hamza alef or "عبد" right after the letter shows it is a clitic.
  if (/^[وفبل][أإآ]/.test(first.text) || /^[وفبل]عبد/.test(first.folded)) return [{ kind: 'person', start, end, skip: writtenOffset(first.text, 1) }];
  // ("تعود لخير الدين فلان": the clitic before the first word of a name "X الدين"; din-compound-names.ts.)
  if (dinNameCliticLength(tokens, start) > 0) return [{ kind: 'person', start, end, skip: writtenOffset(first.text, 1) }];
  if (isKunyaReadingBeforeNoName(tokens, start, end)) return [{ kind: 'person', start, end, skip: 0 }];
  if (!listed && isWholeGivenNameAtBareSlot(tokens, start)) return [{ kind: 'person', start, end, skip: 0 }];
  if (isListedWithConjunction(tokens, start, listed) || (glossedWhole && isConjunctionBeforeGlossedName(tokens, start, end))) return [{ kind: 'person', start, end, skip: writtenOffset(first.text, 1) }];
  // ("من أعضاء حكومته كصابر فلان": "ك" (such as) before a listed given name, the whole no name word
  // nor ever a person in the news, introduces an example of a list.)
  if (isSuchAsBeforeGivenName(first.folded)) return [{ kind: 'person', start, end, skip: writtenOffset(first.text, 1) }];
  // "كريم", "بشير", "فيصل": a known name as a whole keeps its first letter; else "ك" (like) hardly
  // ever stands before a name, so a name word that begins with it keeps it too.
  // ("بلقاسم خليفة حفتر": so does a Maghreb "بل" + a given name; bel-family-names.ts.)
  if (isKnownWholeName(first.folded) || first.folded.startsWith('ك') || isBelGivenName(first.folded)) return [{ kind: 'person', start, end, skip: 0 }];
  if (isLamGivenNameAfterBareSlot(tokens, start)) return [{ kind: 'person', start, end, skip: 0 }];
  // "لا مكان لبشار الأسد": a preposition on the name of a well-known officeholder named in full.
  const cliticOnKnown = knownOfficialBehindClitic(tokens, start, end);
  if (cliticOnKnown > 0) return [{ kind: 'person', start, end, skip: writtenOffset(first.text, cliticOnKnown) }];
  if (carriesPreposition(tokens, start)) return [{ kind: 'person', start, end, skip: writtenOffset(first.text, 1) }];
  // ("ووسيم فلان": the conjunction before such a given name; waw-given-names.ts.)
  const { offset } = stripProclitics(first, (word) => isKnownName(word) || isWawGivenName(word));
  // ("فاليري غوربونوف": no "ف" + the article in a foreign name in "فال", foreign-name-run.ts; "و" + "ال" is the
  // conjunction as a rule; nor "ب" + "درية" in "بدرية", isGivenNameWithYaEnding.)
  const wholeWord = (offset === 1 && isWholeFalName(first.folded)) || isGivenNameWithYaEnding(first.folded) || isFaNameAfterOffice(tokens, start, offset);
  return [{ kind: 'person', start, end, skip: wholeWord ? 0 : offset }];
}

/**
 * ("نائب رئيس الوزراء الأوكراني لإعادة الإعمار فاسيل هونتشارينكو": no "ف" (so, then) opens the holder's
 * name right after his office phrase: the letter is the name's own, "فاسيل" no "ف" + "أسيل".)
 */
function isFaNameAfterOffice(tokens: readonly Token[], start: number, offset: number): boolean {
  return offset === 1 && tokens[start].folded.startsWith('ف') && tokens[start - 1]?.isWord === true && officePhraseBefore(tokens, start) !== null;
}

/**
 * "القضاء الفرنسي بابا ماساتا دياك": a rest that is a kunya head ("أبا", "أبو") calls for a given
 * name after it ("أبا بكر"); before a word no name list knows as one, the letter is
 * the name's own ("بابا"), no "ب" + "أبا".
 */
function isKunyaReadingBeforeNoName(tokens: readonly Token[], start: number, end: number): boolean {
  const rest = tokens[start].folded.slice(1);
  const next = tokens[start + 1];
  if (!/^[وفبل]/.test(tokens[start].folded) || !FATHER_KUNYA_HEADS.has(rest) || start + 1 >= end || !next.isWord) return false;
  return !isListedNameWord(next.folded) && !next.folded.startsWith('ال');
}

/**
 * "رئيس الاتحاد الدولي لامين دياك", "وقال لامين فلان": where a name stands bare (opening the block, after
 * punctuation, a title, a nationality, a verb of saying or an office phrase) a word in "و", "ف", "ب" or
 * "ل" that the news writes as a person more often than the rest after the letter ("لامين" over
 * "أمين", a title too) is the whole given name, not the letter + a name; so it is before a word the
 * news mostly writes as a person (a family name), after any word.
 */
function isWholeGivenNameAtBareSlot(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start].folded;
  const before = tokens[start - 1];
  if (!/^[وفبل]/.test(word)) return false;
  const whole = personShareBucket(word);
  const rest = word.slice(1);
  if (whole < 2 || whole <= personShareBucket(rest)) return false;
  // ("عرض الحكواتي لعلي فلان": a rest the name lists know, no title, is the name after the letter.)
  if (isListedNameWord(rest) && !hasTrait(rest, HONORIFIC | OFFICE_TITLE)) return false;
  if (before === undefined || !before.isWord) return true;
  if (isPrepositionalWord(before)) return false;
  return isBareNameSlotAfterWord(tokens, start) || isFamilyNameWord(tokens[start + 1]);
}

/**
 * "رئيس الجامعة وديع فلان": a word in "و" the running text writes whole and the tagger's text
 * rarely (as names), whose rest is no word the news knows as a common word, a verb of saying, a place
 * or a name ("ديع": rare, seen, never a person), is a given name of its own, no "و" + a word. (A rest
 * the news never saw may be an unknown name: "ويسرا", "وتريز".)
 */
function isWawOnNoWord(word: string): boolean {
  const rest = word.slice(1);
  if (rest.length < 3 || rest.startsWith('ال') || !isSeenInRunningText(word) || personShareBucket(word) < 0 || !isRareWord(word) || isCommonWord(word)) return false;
  // (A verb of saying, a place: "وشدد", "وسوسة" are "و" + a word.)
  return personShareBucket(rest) === 0 && isRareWord(rest) && !isCommonWord(rest) && !isListedNameWord(rest) && !isPersonVerb(rest) && !isPlaceWord(rest);
}

/**
 * "رئيس الجامعة وديع الجريء": a word in "و" whose rest is no word (isWawOnNoWord), before a family
 * name with the article, is the given name; before a bare word it may be a verb and the "و" the
 * clause's ("وعبرت سامية فلان").
 */
export function isWawGivenNameBefore(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1];
  return next !== undefined && next.isWord && /^ال..../.test(next.folded) && !isCommonWord(next.folded) && isWawOnNoWord(tokens[start].folded) && !isOrdinaryWord(tokens[start].folded, false, tokens[start].text);
}

/** "لامين دياك": a word the news mostly writes as a person and no common word, the family name after a given name. */
function isFamilyNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && !token.folded.startsWith('ال') && isOftenANameInNews(token.folded, true) && !isCommonWord(token.folded);
}

/**
 * "بدرية" (folded "بدريه"): a woman's name made of a listed given name and "ية" ("بدر" + "ية"), read
 * whole, though "ب" + "درية" is a given name too ("والوكيل المساعد للتعليم العام بدرية فلان").
 */
function isGivenNameWithYaEnding(word: string): boolean {
  return word.endsWith('يه') && isListedGivenName(word.slice(0, -2));
}

/** "خلفا" (succeeding), folded. */
const SUCCEEDING = 'خلفا';

/**
 * "الإطاحة بمعمر القذافي", "المتعلقة بسهام": a word the news wrote too seldom to count, "ب"/"ل" + a
 * word it mostly writes as a name, right after a word that governs it (a verb or a noun: no title or
 * nationality, after which names stand bare, nor punctuation, after which a foreign name may open with
 * the letter: "بريان"; nor a verb of saying, "وقال ليزلي"), carries the preposition. Not before a long
 * vowel: "بوعبدالله" is a Maghreb name, "ليزلي" a foreign one.
 */
function carriesPreposition(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start].folded;
  const before = tokens[start - 1];
  // ("خلفا لبان قونغ شنغ": after "خلفا" (succeeding), "ل" governs the name of the one succeeded.)
  if (word.startsWith('ل') && word.length > 3 && before?.folded === SUCCEEDING) return true;
  if (!/^[بل]/.test(word) || /^.[اوي]/.test(word) || before === undefined || !before.isWord || isGivenNameWithYaEnding(word)) return false;
  if (opensBareNameSlot(before)) return false;
  return personShareBucket(word) === -1 && isOftenANameInNews(word.slice(1));
}

/**
 * "المدرب التونسي لسعد معمر", "وقال لسعد فلان", "الكاتب العام للتعليم الثانوي لسعد فلان": after a
 * title, a nationality, a verb of saying or an office phrase a name stands bare, no preposition
 * governs it; there a word in "ل" that the news mostly writes as a person, and whose form with "الأ"
 * is a name, is a Maghreb given name ("لسعد", "لزهر"), not "ل" + "سعد".
 */
function isLamGivenNameAfterBareSlot(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start].folded;
  const before = tokens[start - 1];
  // ("إعفاء لحسن فلان": after a decree's act, which governs the one it names with no preposition,
  // also "ل" for the whole article, Morocco's "لحسن" for "الحسن", a form the news nearly always takes for a person.)
  if (isDecreeAct(before) && /^ل[^ال]/.test(word) && personShareBucket(word) >= MOSTLY_A_PERSON && personShareBucket(`ال${word.slice(1)}`) >= MOSTLY_A_PERSON) return true;
  // ("الكاتب العام للنقابة | لسعد فلان": a whole office phrase before it ends in its own complement.)
  if (!isLamGivenName(word) || (before !== undefined && isPrepositionalWord(before) && !isEntryAfterOffice(tokens, start))) return false;
  // ("لسعد فلان : ..." opening a headline, "الكاتب العام للنقابة، لسعد فلان": nothing before to
  // govern, or a comma after the office in apposition.)
  if (before === undefined) return true;
  // ("23' لسعد فلان": a match minute opens a scorer's entry, no preposition governs it.)
  if (/^['’′]$/.test(before.text) && /^\d+$/.test(tokens[start - 2]?.text ?? '')) return true;
  if (COMMAS.has(before.text)) return isEntryAfterOffice(tokens, start - 1);
  // ('الرئيس المدير العام لشركة "فلان تور" | لسعد فلان': a body's name in quotes closes the office phrase.)
  if (CLOSING_QUOTES.has(before.text)) return isEntryAfterOffice(tokens, start);
  return before.isWord && isBareNameSlotAfterWord(tokens, start);
}

/** "للرئيس لدونالد ترامب": a word in "ب" or "ل" (after "و", "ف"); a title that carries a preposition passes it on to the name after it. */
function isPrepositionalWord(before: Token): boolean {
  return before.isWord && /^[وف]?[لب]/.test(before.folded);
}

/** Whether the word before `start` leaves a name there bare: a title, a nationality, an honorific, a verb of saying, or the end of a whole office phrase. */
function isBareNameSlotAfterWord(tokens: readonly Token[], start: number): boolean {
  return opensBareNameSlot(tokens[start - 1]) || isEntryAfterOffice(tokens, start);
}

/** A title, a nationality, an honorific or a verb of saying: after one a name stands bare, no preposition governs it. */
function opensBareNameSlot(before: Token): boolean {
  return isTitleWord(before) || isNationality(before) || isHonorificWord(before) || procliticReadings(before).some(({ stem }) => isPersonVerb(stem));
}

/**
 * "روبرت واتسون", "جون ويلسون": a foreign name that opens with "و" and a long vowel, which the news
 * mostly uses as a name (or, with and without the "و", never uses), while the rest without "و" is no
 * known name ("وأحمد" is "و" + "أحمد").
 */
export function isForeignNameWithWaw(folded: string): boolean {
  const rest = folded.slice(1);
  // ("أمنه | واستقراره": a common noun with "his" after it is none: "استقرار" + "ه".)
  const nounWithHis = /..ه$/.test(rest) && isCommonWord(rest.slice(0, -1));
  return /^و[اي]/.test(folded) && !rest.startsWith('ال') && !isCommonWord(rest) && !isListedNameWord(rest) && !nounWithHis && (isOftenANameInNews(folded, true) || (personShareBucket(folded) < 0 && personShareBucket(rest) < 0));
}

/** Letters of proclitics on the first word of a known officeholder's whole name ("لبشار الأسد"), or 0. */
function knownOfficialBehindClitic(tokens: readonly Token[], start: number, end: number): number {
  if (end - start < 2) return 0;
  const rest = tokens.slice(start + 1, end).map((token) => token.folded);
  return procliticReadings(tokens[start]).find((reading) => reading.removed > 0 && isKnownOfficial([reading.stem, ...rest]))?.removed ?? 0;
}

/** "كصابر": "ك" (such as) + a listed given name of three letters or more, the whole word no name (folded). */
function isSuchAsBeforeGivenName(folded: string): boolean {
  return folded.startsWith('ك') && folded.length >= 4 && isListedGivenName(folded.slice(1)) && !isKnownWholeName(folded) && !isListedNameWord(folded) && personShareBucket(folded) <= 0;
}

function isKnownWholeName(folded: string): boolean {
  const gaz = gazetteer();
  // ("، وسيم فلان": a given name whose "و" is its own; waw-given-names.ts.)
  return gaz.firstNames.has(folded) || gaz.familyNames.has(folded) || isWawGivenName(folded);
}

/**
 * "، وفوزي عبد الرحمان"، "فلان وسميرة الشواشي": a name listed after punctuation or another name carries
 * the conjunction "و" ("and"), whatever the name. Names that begin with و are known ones ("وليد")
 * or foreign ones whose next letter is a long vowel ("ويليام", "والتر"), and keep it.
 */
export function isListedWithConjunction(tokens: readonly Token[], start: number, listed: boolean): boolean {
  const word = tokens[start].folded;
  // "تعيين فلان رئيسا | ومنجي الرحوي نائبا": after the post the previous entry is given, the next
  // entry of the list opens with the conjunction.
  if (!listed && word.startsWith('و') && endsAccusativeOffice(tokens, start)) listed = true;
  // "وائل", "واصف", "وودوارد" open with و; right after another name ("مارين لوبان وايمانويل ماكرون")
  // the letter is still the conjunction.
  if (!word.startsWith('و') || word.length < 4 || /^وو/.test(word) || (/^و[اي]/.test(word) && !listed && !isConjoinedForeignName(tokens, start)) || isKnownWholeName(word)) return false;
  // ("رئيس الجامعة وديع فلان": after an office or a title, the rest no word at all, the letter is
  // the name's own; after a name it stays the list's "و".)
  if (!listed && tokens[start - 1]?.isWord === true && (opensBareNameSlot(tokens[start - 1]) || officePhraseBefore(tokens, start) !== null) && isWawGivenNameBefore(tokens, start)) return false;
  // "، وجدي صالح": the rest a common word no name list knows ("جدي"), the letter is the name's own.
  if (!listed && isOrdinaryWord(word.slice(1)) && !isListedNameWord(word.slice(1)) && !isOrdinaryWord(word)) return false;
  // After a comma or any other punctuation ("ثابت.. وبشار الأسد"), or at the start of the block.
  const before = tokens[start - 1];
  if (!listed && isBetweenListDashes(tokens, start)) return false;
  if (!listed && isWholeWordWithWaw(word)) return false;
  // ("الرئيس الكيني وليام روتو": a word the news often takes whole for a person, its rest a word it
  // never writes, is a name of its own.)
  if (!listed && personShareBucket(word) >= 2 && !isSeenInRunningText(word.slice(1))) return false;
  return listed || before === undefined || !before.isWord || afterNameWord(before, word.slice(1)) || isEntryAfterOffice(tokens, start) || isConjoinedGivenName(word) || isUnseenWawWord(word);
}

/** The bucket of words the ANT news tagged a person in 70% of their occurrences or more (tagger.ts personShareBucket). */
const MOSTLY_A_PERSON = 3;

/**
 * "الرئيسين الباجي قايد السبسي وايمانويل ماكرون", "فلان وياسين": a word in "و" + a long vowel that
 * the news wrote too seldom to count, whose rest it mostly writes as a person, right after a name
 * word (no common word: "وشقيقه ويليا" is a brother named so) is "و" + the next name ("واتسون",
 * "ويليام" the news writes whole as names).
 */
function isConjoinedForeignName(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start].folded;
  const before = tokens[start - 1];
  if (before?.isWord !== true || isParticle(before) || isTitleWord(before) || isOrdinaryWord(before.folded) || isCommonWord(before.folded)) return false;
  return personShareBucket(word) < 0 && personShareBucket(word.slice(1)) === MOSTLY_A_PERSON;
}

/**
 * "رئيسة المجمع وحيدة فلان": a common word in "و" whose rest no list or news reading makes a name is
 * that word, no conjunction (folded).
 */
export function isWholeWordWithWaw(word: string): boolean {
  return word.startsWith('و') && isCommonWord(word) && !isListedNameWord(word.slice(1)) && personShareBucket(word.slice(1)) <= 0;
}

/**
 * "وآلان عون وسيزار أبي خليل": the names that open with "و" + a consonant are Arabic ones the news
 * writes often ("وليد", "وجدي"); a whole word the running text never saw, whose rest it saw, is "و" +
 * a (foreign) name. ("ولفغانغ": the rest is unseen too, the letter is the name's.)
 */
function isUnseenWawWord(word: string): boolean {
  return word.length >= 5 && !isSeenInRunningText(word) && personShareBucket(word) < 0 && isSeenInRunningText(word.slice(1));
}

/**
 * "أمين بن عمر - وهبي الخزري - نعيم السليتي": an entry with a dash on both sides stands in a list
 * whose separator is the dash; such a list puts no "و" before its middle entries, so the letter is
 * the name's own.
 */
function isBetweenListDashes(tokens: readonly Token[], start: number): boolean {
  if (!DASHES.has(tokens[start - 1]?.text ?? '')) return false;
  for (let i = start + 1; i < tokens.length && i <= start + MAX_LIST_ENTRY_WORDS; i++) {
    if (!tokens[i].isWord) return DASHES.has(tokens[i].text);
  }
  return false;
}

/** The longest entry of a dash list looked at (a name with its lineage). */
const MAX_LIST_ENTRY_WORDS = 6;

/**
 * "فلان وزير السياحة وسميرة فلان": right after a full office phrase (the apposition of the entry
 * before) the "و" of a word that is no known name opens the next entry of the list. Known names
 * that begin with و ("وليد", "وداد") were spared above.
 */
function isEntryAfterOffice(tokens: readonly Token[], start: number): boolean {
  const office = officePhraseBefore(tokens, start);
  return office !== null && !office.titleOnly && office.start < start - 1;
}

/**
 * "دائرة سليانة ومهدي بن غربية": "و" + a given name (listed, or a word frequent in the news and mostly
 * a person there: "وسيم" is no "و" + "سيم"), the
 * whole word on no name list and no likelier a name than the rest, is the conjunction before that
 * name wherever it stands.
 */
function isConjoinedGivenName(word: string): boolean {
  const rest = word.slice(1);
  return (isListedGivenName(rest) || (isOftenANameInNews(rest, true) && !isRareWord(rest))) && !isKnownWholeName(word) && !isGivenName(word) && personShareBucket(rest) >= personShareBucket(word);
}

/**
 * "سامية عبو ومنجي الرحوي": the word before is a name word the tagger left out of this name (rare in
 * running text, no ordinary word, particle or verb), and the rest after "و" is a rare word too.
 */
function afterNameWord(before: Token, rest: string): boolean {
  const plain = (word: string): boolean => isRareWord(word) && !isOrdinaryWord(word) && !isCommonWord(word);
  // "للمخرجة وفاء حسين": a title (here behind "لل") introduces the name, it is no name word.
  return plain(before.folded) && plain(rest) && !isParticle(before) && !isTitleWord(before) && !hasTrait(before, PERSON_TITLE) && !/^[وف]/.test(before.folded) && !procliticReadings(before).some(({ stem }) => isPersonVerb(stem));
}

/** Object pronouns a verb may end with ("أكدته": "she confirmed it"), longest first. */
const OBJECT_PRONOUN = /(?:هما|هم|ها|ه)$/;

/** A verb only people do, with or without an object pronoun ("وفق ما أكدته | وفاء فلان"). */
export function isPersonVerb(stem: string): boolean {
  const verbs = gazetteer().personVerbs;
  return verbs.has(stem) || (OBJECT_PRONOUN.test(stem) && verbs.has(stem.replace(OBJECT_PRONOUN, '')));
}

/** How many words the first entry of a bracketed list of names may have. */
const MAX_FIRST_ENTRY_WORDS = 4;

/**
 * "(سامية عبو ومنجي الرحوي وعصام الشابي)": in a bracket whose later entries are names joined by "و",
 * the words from the bracket to the first of them are a name too, when none of them is a particle, a
 * title or an ordinary word. `people` are the person spans found so far.
 */
export function bracketListFirstEntries(tokens: readonly Token[], people: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const next of people) {
    const first = tokens[next.start];
    if (!first?.folded.startsWith('و') || first.folded.length < 4 || /^وو/.test(first.folded)) continue;
    let open = next.start - 1;
    while (open >= 0 && next.start - open <= MAX_FIRST_ENTRY_WORDS && tokens[open].isWord) open--;
    if (open < 0 || tokens[open].text !== '(' || open + 1 >= next.start) continue;
    const words = tokens.slice(open + 1, next.start);
    if (people.some((p) => p.start < next.start && open < p.end)) continue;
    if (words.some((t) => isParticle(t) || isTitleWord(t) || isOrdinaryWord(t.folded, true, t.text) || /^[وف]/.test(t.folded))) continue;
    found.push({ start: open + 1, end: next.start });
  }
  return found;
}

/** A pronoun written at the end of a word: "ثراه", "روحها", "رحمه". */
const WRITTEN_PRONOUN = /(?:ه|ها|هم|هما)[\u064b-\u0652]*$/;

/**
 * "طيب الله ثراه", "رحمه الله", "حفظهما الله": a prayer after a name, at token i. "الله" there is
 * between a verb and a noun with a pronoun, or after a verb with a pronoun, never in a name such
 * as "عبد الله" or "ضيف الله".
 */
export function isPrayer(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  // ("إيلي نصر الله طربيه": nor "نصر", "فضل" (victory, favour) that open a name on "الله", whatever
  // ending the family name after it has.)
  if (next?.folded !== 'الله' || foldedLeadingNameParts.has(tokens[i].folded) || isTheophoricFirstNoun(tokens[i].folded)) return false;
  const after = tokens[i + 2];
  return WRITTEN_PRONOUN.test(tokens[i].text) || (after !== undefined && after.isWord && WRITTEN_PRONOUN.test(after.text) && !isOfficeWord(after));
}

/** Honorifics that news text sometimes glues to the name without a space ("الدكتورفلان"). */
const GLUED_HONORIFICS = ['الدكتور', 'الدكتورة', 'المهندس', 'المهندسة', 'الشيخ', 'الأستاذ', 'اللواء', 'العميد', 'العقيد', 'الأمير', 'الملك', 'السيد', 'الحاج']
  .map(fold)
  .sort((a, b) => b.length - a.length);

/**
 * Folded letters of an honorific glued to a name ("الدكتورفلان" → 7), or 0. The rest must be a name
 * (a known given name, or a word rare in news text) and the whole word rare too, so that ordinary
 * words that merely start like one ("الشيخوخة", "الدكتوراه", "الملكية") are left alone.
 */
const gluedLengths = rememberedPerWord((folded) => gluedLengthUncached(folded));

export function gluedHonorificLength(word: WordHolder): number {
  // Most words cannot hold a glued title at all: answer them without a lookup.
  if (word.folded.length < 7 || !word.folded.startsWith('ال')) return 0;
  return gluedLengths(word);
}

function gluedLengthUncached(folded: string): number {
  const gaz = gazetteer();
  if (gaz.honorifics.has(folded)) return 0;
  for (const honorific of GLUED_HONORIFICS) {
    if (!folded.startsWith(honorific)) continue;
    const rest = folded.slice(honorific.length);
    if (rest.length < 3 || !isRareWord(folded)) return 0;
    // "الشيخوخة" beside "شيخوخة": a word news text also writes without the article is a noun
    // of its own, not a title glued to a name (no one writes "دكتورفلان").
    if (isSeenInRunningText(folded.slice(2))) return 0;
    return gaz.firstNames.has(rest) || gaz.familyNames.has(rest) || isRareWord(rest) ? honorific.length : 0;
  }
  return 0;
}

const MAX_LINEAGE_TOKENS = 12;

/**
 * End of a person span carried through its lineage chain: "محمد بن نايف" + "بن عبدالعزيز آل سعود" is
 * one name, however the tagger cut it. `canContinue` says whether a word may be part of a name.
 */
export function lineageEnd(tokens: readonly Token[], start: number, end: number, canContinue: (token: Token) => boolean): number {
  while (end < tokens.length && end - start < MAX_LINEAGE_TOKENS) {
    const last = tokens[end - 1];
    const next = tokens[end];
    // The span stopped on a link ("... آل"): the link's name follows.
    // "آل الشيخ": after "آل" any word is the family's name.
    // "بندر بن سلطان": after "بن" a title that is also a given name is the father's name.
    // ("ليلى أولاد | علي": the span stopped on "أولاد", the head of a family name; TRIBAL_NAME_HEADS.)
    if ((LINEAGE_CHAIN_LINKS.has(last.folded) || (TRIBAL_NAME_HEADS.has(last.folded) && end - start >= 2)) && next.isWord && (canContinue(next) || last.folded === 'ال' || foldedNameLikeTitles.has(next.folded))) {
      end++;
      continue;
    }
    // "فرنسوا فيون ولد فرنسوا فيون في العام 1954": "ولد" before the same name again is the verb "was born".
    if (next.folded === 'ولد' && tokens.slice(start, end).every((token, k) => tokens[end + 1 + k]?.folded === token.folded)) break;
    if (LINEAGE_CHAIN_LINKS.has(next.folded) && tokens[end + 1]?.isWord && (canContinue(tokens[end + 1]) || next.folded === 'ال' || foldedNameLikeTitles.has(tokens[end + 1].folded))) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

/** A place or organization span with the clitic of its first word removed. */
export function tidyNameSpan(kind: SpanKind, tokens: readonly Token[], start: number, end: number): Span | null {
  while (start < end && !tokens[start].isWord) start++;
  while (end > start && !tokens[end - 1].isWord) end--;
  if (start >= end) return null;
  const first = tokens[start];
  if (first.folded.startsWith('لل') && first.folded.length > 3) return null;
  const gaz = gazetteer();
  const known = (stem: string): boolean => gaz.places.has(stem) || gaz.placeWords.has(stem) || gaz.organizations.has(stem) || gaz.organizationHeads.has(stem);
  const { offset } = stripProclitics(first, known);
  return { kind, start, end, skip: offset };
}

/** Readings of a token range as a phrase: the first word under each clitic reading, then the rest. */
function phraseReadings(tokens: readonly Token[], start: number, count: number): string[] {
  if (start + count > tokens.length) return [];
  const rest: string[] = [];
  for (let k = 1; k < count; k++) {
    if (!tokens[start + k].isWord) return [];
    rest.push(tokens[start + k].folded);
  }
  return procliticReadings(tokens[start]).map((reading) => [reading.stem, ...rest].join(' '));
}

/**
 * "بيار سعادة الشهر الماضي", "فلان سعادة مديرا": a bare honorific ("سعادة", his Excellency) titles the
 * name or title after it; with none after it (a definite word that is no title, a post in the
 * accusative, punctuation or the end) it is the family name before.
 */
function isHonorificFamilyNameAt(tokens: readonly Token[], i: number): boolean {
  const [word, next] = [tokens[i], tokens[i + 1]];
  if (!word.isWord || word.folded.startsWith('ال') || !isHonorificWord(word)) return false;
  if (next === undefined || !next.isWord) return true;
  return (next.folded.startsWith('ال') && !isHonorificWord(next) && !isTitleWord(next) && !isOfficeWord(next)) || isAccusativeOffice(next);
}

/** Places and organizations named in the lexicons, longest match first. */
/** The first word of a lexicon place or body, or "بن" + clitics before a place (lexiconSpans). */
const LEXICON_OPENER = triggerWord((word) => hasTrait(word, LEXICON_FIRST_WORD) || isBinWithClitics(word.folded));
const BARE_ORGANIZATION_OPENER = triggerWord((word) => hasTrait(word, BARE_ORGANIZATION_HEAD));

export function lexiconSpans(tokens: readonly Token[]): Span[] {
  const gaz = gazetteer();
  const spans: Span[] = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, LEXICON_OPENER, 0); i >= 0; i = nextTriggered(triggers, LEXICON_OPENER, i + 1)) {
    const binClitics = binPlaceAt(tokens, i);
    if (binClitics >= 0) {
      spans.push({ kind: 'place', start: i, end: i + 2, skip: writtenOffset(tokens[i].text, binClitics) });
      i++;
      continue;
    }
    if (!tokens[i].isWord || !hasTrait(tokens[i], LEXICON_FIRST_WORD)) continue;
    for (let count = MAX_LEXICON_WORDS; count >= 1; count--) {
      const phrases = phraseReadings(tokens, i, count);
      const reading = phrases.findIndex((phrase) => gaz.places.has(phrase) || gaz.organizations.has(phrase));
      if (reading < 0) continue;
      const match = phrases[reading];
      const kind: SpanKind = gaz.places.has(match) ? 'place' : 'organization';
      const span = tidyNameSpan(kind, tokens, i, i + count);
      // ("أبها وخميس مشيط": the clitic the phrase matched without stays out of the name, though the
      // first word alone is no place.)
      const removed = procliticReadings(tokens[i])[reading].removed;
      if (span) spans.push(count > 1 && removed > 0 ? { ...span, skip: writtenOffset(tokens[i].text, removed) } : span);
      i += count - 1;
      break;
    }
  }
  return spans;
}

/** "وزارة الداخلية الإيرانية", "مجلس الأمن": a head noun and the definite words that follow it. */
export function organizationPatternSpans(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, BARE_ORGANIZATION_OPENER, 0); i >= 0; i = nextTriggered(triggers, BARE_ORGANIZATION_OPENER, i + 1)) {
    let end = i + 1;
    // ("حركة النهضة | التي تقود", "جماعة الشباب | التابعة لتنظيم القاعدة": a relative pronoun or
    // "affiliated to" opens what is said of the body.)
    while (end < tokens.length && end - i <= MAX_ORGANIZATION_TAIL && tokens[end].isWord && tokens[end].folded.startsWith('ال') && !RELATIVE_PRONOUNS.has(tokens[end].folded) && !AFFILIATED.has(tokens[end].folded)) end++;
    if (end === i + 1) continue;
    const span = tidyNameSpan('organization', tokens, i, end);
    if (span) spans.push(span);
    i = end - 1;
  }
  return spans;
}

const MAX_APPOSITIVE_NAME = 4;

/**
 * The word right before the comma at `comma` has the article and no title, nationality, pronoun or
 * verb ending, and the word before it looks like a name: a family name that may also be a common word.
 */
function isLooseFamilyNameBeforeComma(tokens: readonly Token[], comma: number, looksLikeName: (token: Token) => boolean): boolean {
  const [family, before] = [tokens[comma - 1], tokens[comma - 2]];
  if (!family?.isWord || !before?.isWord || !/^ال.{3,}$/.test(family.folded) || isTitleWord(family) || isNationality(family) || hasNotNameEnding(family) || isParticle(family)) return false;
  return !before.folded.startsWith('ال') && !isTitleWord(before) && !hasNotNameEnding(before) && looksLikeName(before) && isListedNameWord(before.folded);
}

/**
 * "إسكندر مؤمني، وزير الداخلية الإيراني": the words right before a comma that opens an office phrase
 * are a name when each looks like one (a known name word, or a word rare in ordinary text). So are
 * those that open a line "مارين لوبان : زعيمة حزب الجبهة الوطنية", a list's entry "name : office".
 */
export function appositivePersonSpans(tokens: readonly Token[], looksLikeName: (token: Token) => boolean): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const gaz = gazetteer();
  const triggers = triggersIn(tokens);
  for (let comma = nextTriggered(triggers, COLON | COMMA, 1); comma >= 0 && comma + 1 < tokens.length; comma = nextTriggered(triggers, COLON | COMMA, comma + 1)) {
    const colon = (triggers[comma] & COLON) !== 0 && comma <= MAX_APPOSITIVE_NAME;
    if (!colon && ((triggers[comma] & COMMA) === 0 || (tokens[comma].text !== '،' && tokens[comma].text !== ','))) continue;
    if (!colon && !gaz.officeTitles.has(tokens[comma + 1].folded)) continue;
    // ("راشيد الطالبي العلمي، رئيس مجلس النواب": right before the comma, after words that look like a
    // name, a word with the article may be the family name whatever else it means: "العلمي", scientific.)
    let start = !colon && isLooseFamilyNameBeforeComma(tokens, comma, looksLikeName) ? comma - 1 : comma;
    // ("في ختام اجتماعها | الكواري، الرئيس السابق": a noun with a pronoun opens no name.)
    while (start > 0 && comma - start < MAX_APPOSITIVE_NAME && tokens[start - 1].isWord && !isTitleWord(tokens[start - 1]) && !isNationality(tokens[start - 1]) && !hasNotNameEnding(tokens[start - 1]) && looksLikeName(tokens[start - 1])) start--;
    if (colon && (start > 0 || !isLineEntryOffice(tokens, comma))) continue;
    if (start < comma) spans.push({ start, end: comma });
  }
  return spans;
}

/** A letter of any script: a name has one. */
const HAS_LETTER = /\p{L}/u;

/** A bare word (no article, no title) the news never wrote: a name's, no noun a title governs. */
export function isUnseenBareWord(token: Token): boolean {
  return token.isWord && /^[\u0621-\u064a]{3,}$/.test(token.folded) && !token.folded.startsWith('ال') && !isSeenInRunningText(token.folded) && !isTitleWord(token);
}

/** Time words that may stand right after a name as an adverb ("وصل محمد صباح الأحد"), folded. */
const TIME_WORDS = new Set(['صباح', 'مساء', 'ظهر', 'عصر', 'ليلة', 'ليل', 'فجر', 'غداة', 'عشية', 'أمس', 'غدا', 'يوم', 'اليوم', 'حاليا', 'أيضا'].map(fold));

/** Days and the words that a part of the day ("صباح", "مساء") governs in a time phrase, folded. */
const DAY_WORDS = new Set(['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'اليوم', 'أمس', 'الأمس', 'الغد', 'يوم'].map(fold));

/**
 * "أصدر الرئيس بشار الأسد الخميس مرسوما": a weekday after a given and a family name dates the act;
 * it is no second family name. (After "بن X" it may be the family name: "عبدالله بن محمد الخميس".)
 */
export function isWeekdayAfterFullName(tokens: readonly Token[], start: number, index: number): boolean {
  if (!WEEKDAYS.has(tokens[index].folded) || LINEAGE_LINKS_AFTER_NAME.has(tokens[index - 2]?.folded ?? '')) return false;
  // ("عبد العزيز الخميس": "عبد", "أبو" make one given name with the next word.)
  let nameWords = 0;
  for (let k = start; k < index; k++) if (!foldedLeadingNameParts.has(tokens[k].folded)) nameWords++;
  return nameWords >= 2;
}

/**
 * "وزير الخارجية أسعد حسن الشيباني أجرى | الخميس اتصالاً": an indefinite common word that no name
 * list knows, after a name of two words or more and right before a weekday, is the verb of the act
 * the day dates (a name's last word before the day is a listed or a rare one: "بشار الأسد الخميس").
 */
export function isVerbBeforeWeekday(tokens: readonly Token[], start: number, index: number): boolean {
  const word = tokens[index];
  if (index - start < 2 || !word.isWord || word.folded.startsWith('ال') || !WEEKDAYS.has(tokens[index + 1]?.folded ?? '')) return false;
  return isCommonWord(word) && !isListedNameWord(word.folded) && !foldedLeadingNameParts.has(tokens[index - 1].folded);
}

/**
 * "رئيس الكتلة نور الدين البحري دخل": a given name of two words ("نور الدين", "عبد الرحمن") is no
 * noun an adjective can qualify, so the definite nisba after it ("البحري": maritime), where no
 * further definite word follows, is the family name, whatever else it reads as; an office word
 * ("المدير") opens an apposition instead.
 */
export function isNisbaAfterCompoundGivenName(tokens: readonly Token[], start: number, index: number): boolean {
  const word = tokens[index];
  const after = tokens[index + 1];
  if (index !== start + 2 || !word?.isWord || !/^ال.{3,}ي$/.test(word.folded) || isOfficeWord(word) || !isCompoundGivenName(tokens, start)) return false;
  // (Nor a derived participle the news does not often take for a name: "المتوفى", the deceased.)
  if (/^الم(?:ن?ت|ست)/.test(word.folded) && !isOftenANameInNews(word.folded)) return false;
  return after === undefined || !after.isWord || isParticle(after) || !after.folded.startsWith('ال');
}

function isCompoundGivenName(tokens: readonly Token[], start: number): boolean {
  const second = tokens[start + 1];
  // ("محمد أمين", "عبدالله أمين": a given name and "أمين", whose nisba after it is the family name.)
  const keeperSecond = second?.folded === 'امين' && (isListedGivenName(tokens[start].folded) || /^عبد.{3,}$/.test(tokens[start].folded));
  return second?.isWord === true && (COMPOUND_NAME_ENDS.has(second.folded) || keeperSecond || (tokens[start].folded === 'عبد' && second.folded.startsWith('ال')));
}

/**
 * "وصل خالد صباح الأحد", "غادر سامي مساء أمس": a part of the day before a day is a time phrase,
 * no family name ("صباح الأحمد" keeps its given name).
 */
export function isTimePhrase(tokens: readonly Token[], i: number): boolean {
  return tokens[i] !== undefined && TIME_WORDS.has(tokens[i].folded) && DAY_WORDS.has(tokens[i + 1]?.folded ?? '');
}

/**
 * "المهندس عادل فقيه", "لطفي نقض": a proper name is definite, so an indefinite word right after a
 * lone given name cannot be an adjective of it; it is the family name. Not so a verb (of saying, in
 * the future or the imperfect), an adverb or accusative (tanween, final alef), a number or time
 * word, a particle, a title or nationality, a word with a conjunction (a new clause), nor a word the
 * news corpus almost never uses as a name. A common word (also a past verb or a noun governing
 * what follows: "نقض الاتفاق") counts only when the phrase ends with it (punctuation, a particle, an
 * office in apposition, or a verb of saying after it).
 */
export function isIndefiniteFamilyName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token?.isWord) return false;
  const word = token.folded;
  const gaz = gazetteer();
  const known = isListedNameWord(word);
  if (word.length < 3 || word.startsWith('ال') || isParticle(token) || isTitleWord(token) || isNationality(token) || TIME_WORDS.has(word)) return false;
  if (/[\u064b-\u064d]/.test(token.text) || /[0-9٠-٩]/.test(word) || isShortAccusative(word)) return false;
  if (procliticReadings(word).some(({ stem }) => gaz.personVerbs.has(stem))) return false;
  // "محمد رسول الله", "عادل وزير الاقتصاد": before a definite noun an indefinite one heads a
  // construct (a description in apposition, or a verb's object), not a family name; a given name
  // may still come before a definite family name ("حسن الشريف").
  const after = tokens[index + 1];
  const nameAfter = after !== undefined && (isListedNameWord(after.folded) || isOftenANameInNews(after.folded));
  if (after?.isWord && !isParticle(after) && after.folded.startsWith('ال') && !(known && nameAfter)) return false;
  if (known) return true;
  // "نعمته", "حكومتها": a feminine noun with a pronoun ("نعمة" + "ه") is someone's, no name (a
  // family name so written, "شحاته", is a known one).
  const pronoun = /ت(?:ه|ها|هم|هما)$/.exec(token.text);
  if (pronoun && word.length >= 5 && !isOftenANameInNews(word)) return false;
  // "وزير", "فقيه" are no "و"/"ف" + a word; "ورئيس", "وخالد" are.
  const rest = word.slice(1);
  if (/^[وف]/.test(word) && (isCommonWord(rest) || isListedNameWord(rest) || isOrdinaryWord(rest) || rest.startsWith('ال'))) return false;
  if (word.endsWith('ا') || isRarelyANameInNews(word) || isOrdinaryWord(word, true, token.text) || isPrepositionNoun(word) || isCliticNoun(word)) return false;
  // "يقول", "سيزور": an imperfect or future verb.
  if (/^(?:س?[يتن]|س)/.test(word) && isCommonWord(word.slice(word.startsWith('س') ? 2 : 1))) return false;
  // "ينكرون", "توصلنا": a common word's inflections (isOrdinaryWord with no title) are verbs or nouns.
  if (!isCommonWord(word) && isOrdinaryWord(word, false, token.text)) return false;
  const next = tokens[index + 1];
  if (!isCommonWord(word)) return true;
  return next === undefined || !next.isWord || isParticle(next) || isTitleWord(next) || procliticReadings(next).some(({ stem }) => gaz.personVerbs.has(stem));
}

/**
 * Whether the alias marker at i introduces another name: one follows it, maybe in quotes or brackets.
 * "أكد فلان المكني أنه": before a particle, a comma or a full stop the word is the family name it
 * also is ("المكني"), no marker.
 */
function introducesAlias(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && (next.isWord ? !isParticle(next) : OPENING_QUOTES_BRACKETS_OR_COLON.has(next.text));
}

/**
 * "قرار المشير السيسي الترشح للانتخابات": a definite verbal noun of a derived form that no name list
 * knows and the news seldom takes for a person, before "لل" + its complement, is the object of the
 * phrase, no family name.
 */
function isVerbalNounWithComplement(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.folded ?? '';
  // (The verbal nouns of the derived forms: "الترشح", "الانسحاب", "الاستقالة".)
  return /^ال[تا].{3,}/.test(word) && isCommonWord(word) && !isListedNameWord(word) && personShareBucket(word) === 0 && /^لل.{3,}/.test(tokens[i + 1]?.folded ?? '');
}

/** Question words, folded, a conjunction allowed: a closed class. */
const QUESTION_WORDS = new Set(['هل', 'وهل', 'فهل', 'اين', 'واين', 'متي', 'ومتي', 'كيف', 'وكيف', 'لماذا', 'ولماذا', 'ماذا', 'وماذا', 'ايان']);

/** Opening quotes and brackets, and ":": marks that may stand between an alias marker and the alias ('المكنى "أبو بكر"'). */
const OPENING_QUOTES_BRACKETS_OR_COLON = new Set([...OPENING_QUOTES, "'", '(', ':', '[']);

/**
 * "د. عبدالله بن عبدالعزيز الربيعة." tagged up to "عبدالعزيز": after "بن" + the father's name, a
 * definite word that the news never or mostly uses as a name (no ordinary word, nationality, title
 * or office), where the phrase ends with it, is the family name.
 */
export function isFamilyNameAfterLineage(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[end];
  if (end - start < 3 || !LINEAGE_LINKS_AFTER_NAME.has(tokens[end - 2].folded) || !word?.isWord) return false;
  const next = tokens[end + 1];
  const folded = word.folded;
  // ("هيا بنت مطلق العنزي", "سعد بن عايض الشهري": lineage-chain-ends.ts.) "سارة بنت فهد العنزي نيابة
  // عن": a word without the article cannot qualify the definite nisba, so the phrase has ended too.
  const phraseEnds = next === undefined || !next.isWord || isParticle(next) || opensApposedOffice(next);
  if ((phraseEnds || !next.folded.startsWith('ال')) && isTribalNisbaAfterFather(folded) && !isTitleWord(word) && !isPlaceWord(folded)) return true;
  // ("شيخة بنت خلفان الراشدية وزيرة ...": an office in apposition ends the phrase as well.)
  if (!phraseEnds) return false;
  if (!folded.startsWith('ال') || folded.length < 5 || isCommonWord(folded) || isOrdinaryWord(folded) || isTitleWord(word) || hasTrait(folded, NATIONALITY | PERSON_TITLE) || isPlaceWord(folded)) return false;
  return personShareBucket(folded) < 0 || isOftenANameInNews(folded);
}

/**
 * "وأمثاله", "ورفاقه" (and his like, and his companions): "و" + a word running text writes and never
 * takes for a person, with a pronoun ending (written "ه", no "ة"), no listed name ("وعبده").
 */
function isConjoinedNounWithPronoun(token: Token): boolean {
  const noun = /^و(.{3,}?)(?:ه|ها|هم|هما)$/.exec(token.folded)?.[1];
  return token.isWord && noun !== undefined && /(?:ه|ها|هم|هما)$/.test(token.text) && isSeenInRunningText(noun) && personShareBucket(noun) <= 0 && !isListedNameWord(noun) && !isListedNameWord(token.folded.slice(1));
}
