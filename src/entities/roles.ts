/**
 * The officials grammar: the office phrase and the honorific around a person's name, as the article
 * words them. An office phrase is an office noun ("وزير", "المتحدث", "حاكم") with its own complements:
 * the definite words, nationalities and places that follow it, the genitive of an indefinite noun
 * ("حاكم فلوريدا"), prepositional complements ("باسم وزارة الخارجية", "لدى رئيس الحكومة", "عن
 * فلوريدا"), qualifiers ("سابق", "العام") and further offices joined by "و" ("والمتحدث الرسمي").
 * It stops at verbs, particles, conjunction-led clauses, punctuation and the next name. It is found
 * before the name ("وزير الخارجية السعودي عادل الجبير") or after it, as an apposition ("مؤمني، وزير
 * الداخلية الإيراني"), after a list entry's bracket and colon ("فلان (62 عاما): حاكم فلوريدا"), or as
 * the accusative office of an appointment ("تعيين فلان وكيلاً للوزارة").
 */
import { isGuestAppositionAt } from './guest-apposition.js';
import { isForwardAdverb } from './forward-adverb.js';
import { rememberedPerWord } from './word-memo.js';
import { fold } from '../text/normalize.js';
import { tokenize, type Token } from './tokenize.js';
import { procliticReadings, writtenOffset } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isGivenName, isListedNameWord } from './given-names.js';
import {
  foldedAliasMarkers,
  foldedExtraOfficeHeads,
  foldedExtraRoleStops,
  foldedLeadingNameParts,
  foldedNamedAfterHeads,
  foldedNameLikeTitles,
  foldedNameQualifiers,
  foldedPortfolioGlosses,
  foldedRanks,
  foldedRoleQualifiers,
  foldedRoleStops,
  foldedRoyalTitles,
  foldedTrailingNameParts,
  foldedRulerTitles,
} from './lexicon.js';
import { binPlaceAt, isCommonWord, isOfficeWithPronoun, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isOftenANameInNews, isRarelyANameInNews, isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import { rememberedPerPosition, rememberedValuePerPosition } from './block-memo.js';
import { hasTrait, OFFICE_WORD, ORGANIZATION_HEAD, PERSON_TITLE, PLACE } from './word-traits.js';
import { isMeetingVerb } from './meeting-verbs.js';
import { isBareProperNoun } from './proper-noun-words.js';
import { isPressAddressee } from './press-addressees.js';
import { isEnvoysState, isStateHeadWord } from './envoy-states.js';
import { postLeadLength } from './post-phrases.js';
import { pluralListHead } from './plural-list-roles.js';
import { continuesMosqueOffice, isMosqueOfficeAt } from './mosque-offices.js';

/** A word the unlabeled news takes for a person most of the time (isOftenANameInNews, `mostly`). */
const isMostlyANameInNews = (word: string): boolean => isOftenANameInNews(word, true);

export interface RoleMatch {
  /** Token indices [start, end) of the office phrase. */
  start: number;
  end: number;
  /** True when the phrase is one title word ("الوزير", "الرئيس"). */
  titleOnly: boolean;
}

/** Which tokens of the block belong to a person's name (the grammar stops at the next name). */
export type IsNameToken = (index: number) => boolean;

const noNames: IsNameToken = () => false;

/** Where the run of name tokens right before index `end` starts (`end` itself when there is none). */
function nameStartBefore(end: number, isName: IsNameToken): number {
  let start = end;
  while (start > 0 && isName(start - 1)) start--;
  return start;
}

const MAX_ROLE_TOKENS = 16;

/** Whether a folded word is an office noun: the lexicon's titles or the grammar's extra heads. */
function isOfficeStem(stem: string): boolean {
  return gazetteer().officeTitles.has(stem) || foldedExtraOfficeHeads.has(stem);
}

/** An office word, also with a clitic attached ("ووزير", "بوزير") or in the accusative ("وكيلاً"). */
export function isOfficeWord(token: Token): boolean {
  // "والي تونس" (governor) is written with ي; "والى" (and to) folds the same way.
  if (token.folded === 'والي') return /ي[\u064b-\u0652]*$/.test(token.text);
  // "آمر الحرس الرئاسي" (commander, Libyan and Iraqi usage) only with its madda: folded, it is
  // the verb "أمر" (ordered). (The folded ending is tested first: this runs at nearly every word.)
  if (token.folded.endsWith('امر') && /^[وبل]?آمر$/.test(token.text)) return true;
  // "للرئيس" is ل + الرئيس with the article's alef dropped.
  if (token.folded.startsWith('لل') && token.folded.length > 4) return hasTrait(`ال${token.folded.slice(2)}`, OFFICE_WORD);
  return hasTrait(token.folded, OFFICE_WORD);
}

/**
 * "والنائبين", "الوزيرين": the dual of an office (two holders named next), read through its clitics.
 * Returns the singular as written ("النائب"), or null.
 */
export function dualOffice(token: Token): string | null {
  if (!token.isWord) return null;
  // Shortest stem first: "والنائبين" is "و" + "النائبين".
  for (const { removed, stem } of [...procliticReadings(token.folded)].reverse()) {
    const dual = /^(.{3,})(?:ين|ان)$/.exec(stem);
    if (!dual || !hasTrait(dual[1], OFFICE_WORD)) continue;
    const written = token.text.slice(writtenOffset(token.text, removed));
    return written.replace(DUAL_ENDING, '');
  }
  return null;
}

/**
 * "والأمينين العامين المساعدين فلان وعلان": the dual office right before a name, with the dual
 * adjectives that agree with it, in the singular as written ("الأمين العام المساعد"), or null.
 */
export function dualOfficePhraseBefore(tokens: readonly Token[], nameStart: number): string | null {
  // The farthest head whose adjectives all agree with it ("الأمينين | العامين المساعدين").
  for (let head = Math.max(0, nameStart - 3); head < nameStart; head++) {
    const office = dualOffice(tokens[head]);
    const adjectives = tokens.slice(head + 1, nameStart);
    if (!office || !adjectives.every(isDualAdjective)) continue;
    return [office, ...adjectives.map((token) => token.text.replace(DUAL_ENDING, ''))].join(' ');
  }
  return null;
}

/** The dual (or oblique plural) ending as written, a sukun allowed inside ("المساعديْن"). */
const DUAL_ENDING = /(?:ي|ا)[\u064b-\u0652]*ن[\u064b-\u0652]*$/;

/** "العامين", "المساعدين": a definite adjective in the dual, of a qualifier or an office. */
function isDualAdjective(token: Token): boolean {
  const singular = /^(ال.{2,})(?:ين|ان)$/.exec(token.folded)?.[1];
  return singular !== undefined && (foldedRoleQualifiers.has(singular) || isOfficeStem(singular) || OFFICE_NISBAS.has(singular));
}

/** Broken plurals of offices (folded): "وزراء خارجية", "نواب الحزب". */
const PLURAL_OFFICES = new Set(['نواب', 'وزراء', 'رووساء', 'سفراء', 'اعضاء', 'قاده', 'امراء', 'ملوك', 'مستشارو', 'ممثلو']);

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

/**
 * "الباجي قائد السبسي": a title that is also a given name, between two words rare in news text, is
 * part of a name, not an office.
 */
export function isOfficeInName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before?.isWord || !after?.isWord || !foldedNameLikeTitles.has(tokens[i].folded)) return false;
  const gaz = gazetteer();
  const plain = (token: Token): boolean => isRareWord(token.folded) && !gaz.places.has(token.folded) && !gaz.nationalities.has(token.folded);
  // "حافظ قائد السبسي": a given name that is also an ordinary adjective, before it.
  const givenName = (token: Token): boolean => !token.folded.startsWith('ال') && !gaz.places.has(token.folded) && !isOfficeWord(token) && !isOrdinaryWord(token.folded, false, token.text);
  if ((plain(before) || givenName(before)) && plain(after)) return true;
  // "محمد أمين بن عمر", "محمد أمين الصالحي": a compound given name, the title word between a given
  // name and the rest of a name ("بن", a name word); "محمد أمين عام الحزب" goes on as an office.
  const nameGoesOn = foldedLeadingNameParts.has(after.folded) || after.folded === 'بن' || isListedNameWord(after.folded) || (isMostlyANameInNews(after.folded) && !isOfficeWord(after));
  if ((gaz.firstNames.has(before.folded) || isGivenName(before.folded)) && nameGoesOn && !foldedRoleQualifiers.has(after.folded)) return true;
  // "محمد أمين التونسي": an indefinite office noun takes no definite nisba as its adjective (they
  // would agree) nor as its complement, so after a given name it is the second part of a compound
  // given name and the nisba is the family name.
  if ((gaz.firstNames.has(before.folded) || isGivenName(before.folded)) && !isDefinite(tokens[i]) && isDefinite(after) && stems(after).length === 1 && gaz.nationalities.has(after.folded) && !gaz.places.has(after.folded)) return true;
  return isFamilyNameAfterTitleWord(tokens, i + 1);
}

/**
 * "مدير المركز أمين العلي إن", "الرئيس التنفيذي للشركة أمين الناصر،": a name-like title before a
 * definite word that names people (one the news often uses as a name, or a tribal nisba that is no
 * ordinary word) and the end of the phrase is a given name. The complement of such a title is a place
 * or a body ("أمين العاصمة", "قائد الجيش"), no family name.
 */
function isFamilyNameAfterTitleWord(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const next = tokens[i + 1];
  if (!isDefinite(word) || stems(word).length !== 1 || isPlaceOrNationality(word) || isOfficeWord(word) || isOrganizationHead(word) || foldedPortfolioGlosses.has(word.folded)) return false;
  const named = isOftenANameInNews(word.folded) || gazetteer().familyNames.has(word.folded) || (/^ال..+ي$/.test(word.folded) && !isOrdinaryWord(word.folded));
  const ends = next === undefined || !next.isWord || foldedRoleStops.has(next.folded) || SAID_OPENER_WORDS.has(next.folded) || isVerbLike(next);
  return named && ends;
}
const SAID_OPENER_WORDS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه']);
/** "بوظيفة", "بمنصب": the post a decree gives someone, before its office ("لمنصب" is one he runs for). */
const POST_NOUN = /^(?:بوظيفه|بمنصب)$/;

/**
 * "مدرب الفريق فلان", "لاعب الفريق", "حارس الفريق": "الفريق" as the genitive of an indefinite noun of
 * a trade (one written as a title with the article: "المدرب فلان") is "the team", no rank; the rank
 * comes after a verb, a comma or a complete office ("رئيس الأركان الفريق فلان"). After an office
 * ("مساعد الفريق فلان") it stays the rank in the genitive (rankInGenitive).
 */
export function isTeamInConstruct(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const head = tokens[i - 1];
  if (!word?.isWord || !/^و?الفريق$/.test(word.folded)) return false;
  if (isTeamWithAdjective(tokens, i)) return true;
  if (!head?.isWord || isDefinite(head)) return false;
  // "تدعيم الفريق بصفقتين", "استعداد الفريق": a verbal noun of a derived verb (forms II and X, whose
  // shapes no verb takes) has the team as its genitive; no name is listed in that shape but "توفيق".
  if (stems(head).some((stem) => DERIVED_VERBAL_NOUN.test(stem) && !isListedNameWord(stem))) return true;
  // "قائد الفريق فلان", "رئيس الفريق": an office head in the construct state with "الفريق" heads
  // the team; only an aide's office takes the general himself as its genitive ("مساعد الفريق فلان").
  if (isOfficeWord(head)) return !stems(head).some((stem) => AIDES.has(stem));
  return stems(head).some((stem) => gazetteer().honorifics.has(`ال${stem}`));
}

/** "تفعيل" and "استفعال": the verbal nouns of the second and tenth forms, folded. */
const DERIVED_VERBAL_NOUN = /^(?:ت..ي.|است..ا.)$/;

/** Offices whose genitive is the person they serve ("مساعد الفريق فلان", "مستشار الرئيس"), folded. */
const AIDES = new Set(['مساعد', 'مساعده', 'مستشار', 'مستشاره', 'نائب', 'نائبه', 'مرافق', 'سكرتير', 'ممثل', 'مبعوث']);

/** Definite words that complete the rank "الفريق" ("الفريق الأول", "الفريق البحري"), folded. */
const RANK_ADJECTIVES = new Set(['الاول', 'الركن', 'البحري', 'الجوي', 'الطيار']);

/**
 * "الفريق الفرنسي", "الفريق الطبي": an adjective agrees with "the team"; the rank goes straight on to
 * the name or to its own complement ("الفريق الأول", "الفريق الركن") or another title ("الفريق الدكتور").
 */
function isTeamWithAdjective(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.isWord === true && isDefinite(next) && stems(next).length === 1 && !RANK_ADJECTIVES.has(next.folded) && !isHonorificWord(next) && !isOfficeWord(next);
}

/** Whether an office phrase may open at token i (an office word that is not part of a name). */
export function isOfficeStart(tokens: readonly Token[], i: number): boolean {
  return tokens[i].isWord && isOfficeAt(tokens, i);
}

/** An office word at i that is not part of a name ("عبد الأمير", "الباجي قائد السبسي"). */
function isOfficeAt(tokens: readonly Token[], i: number): boolean {
  return officeAtRemembered(tokens, i) === 1;
}

// The phrase grammars ask this of every position up to 16 words before each name, again and again.
const officeAtRemembered = rememberedPerPosition((tokens, i) => Number(officeAt(tokens, i)));

function officeAt(tokens: readonly Token[], i: number): boolean {
  const heads = specialOfficeHeads(tokens[i].folded);
  if (heads !== 0 && (((heads & SECRETARY_HEAD) !== 0 && isSecretaryGeneral(tokens, i)) || ((heads & IN_CHARGE_HEAD) !== 0 && isInChargeOf(tokens, i)) || ((heads & REPRESENTATIVE_HEAD) !== 0 && isRepresentativeOf(tokens, i))) || isMosqueOfficeAt(tokens, i)) return true;
  // (Most words are no office word: that is asked before the team's construct.)
  if (!isOfficeWord(tokens[i]) || isTeamInConstruct(tokens, i)) return false;
  if (isOfficeInName(tokens, i) || isUnnamedOfficial(tokens, i) || isScheduled(tokens, i)) return false;
  // ("فإن رئيس": "فإن" (so indeed) folds like the name particle "فان".)
  return !(i > 0 && !/[أإ]/.test(tokens[i - 1].text) && stems(tokens[i - 1]).some((stem) => foldedLeadingNameParts.has(stem)));
}

/** A reading is "كاتب" (isSecretaryGeneral), "المكلف" (isInChargeOf), "ممثل" (isRepresentativeOf). */
const SECRETARY_HEAD = 1;
const IN_CHARGE_HEAD = 2;
const REPRESENTATIVE_HEAD = 4;

// The heads of the offices that need their next word to be one, per folded word: officeAt asks at
// every position, and those three tests need one of these readings first.
const specialOfficeHeads = rememberedPerWord((folded) => {
  let heads = 0;
  for (const { stem } of procliticReadings(folded)) {
    if (/^(?:ال)?كاتب[هة]?$/.test(stem)) heads |= SECRETARY_HEAD;
    if (IN_CHARGE_HEADS.has(stem)) heads |= IN_CHARGE_HEAD;
    if (REPRESENTATIVES.has(stem)) heads |= REPRESENTATIVE_HEAD;
  }
  return heads;
});

/**
 * "كان مقررا ليومي 23 و24": the indefinite "مقرر" before a preposition or a time is "scheduled"; the
 * rapporteur is "مقرر لجنة ..." (a construct) or "المقرر الخاص".
 */
function isScheduled(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:مقرر|مقررا|مقرره)$/.test(tokens[i].folded)) return false;
  const next = tokens[i + 1];
  if (!next?.isWord) return true;
  const preposition = /^[لبف]/.test(next.folded) && stems(next).length > 1 && !isOrganizationHead(next) && !gazetteer().organizationHeads.has(next.folded);
  return preposition || /^[0-9٠-٩]/.test(next.text) || SCHEDULE_WORDS.has(next.folded);
}
const SCHEDULE_WORDS = new Set(['يوم', 'غدا', 'اليوم', 'مبدئيا', 'سابقا', 'سلفا']);

/** "مسؤول" (an official, one in charge), folded, bare or with "و". */
const OFFICIAL_NOUNS = new Set(['مسوول', 'مسووله', 'ومسوول', 'ومسووله']);
/** Adjectives news gives an unnamed source ("مسؤول كبير", "مسؤول رفيع"), folded. */
const SOURCE_ADJECTIVES = new Set(['كبير', 'رفيع', 'بارز', 'اخر', 'رسمي', 'سابق', 'من']);

/**
 * "قال مسؤول أمريكي", "مسؤولٌ كبير في إدارة الرئيس ...", "مسؤول من الشركة": an indefinite "مسؤول"
 * with tanween, a nisba or a source's adjective is an unnamed source, no office before a name.
 * ("مسؤول العلاقات الخارجية فلان", "مسؤول دائرة ..." name the post of the holder.)
 */
function isUnnamedOfficial(tokens: readonly Token[], i: number): boolean {
  if (!OFFICIAL_NOUNS.has(tokens[i].folded)) return false;
  if (/[\u064b-\u064d]/.test(tokens[i].text)) return true;
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  return SOURCE_ADJECTIVES.has(next.folded) || isNationalityWord(next) || (/ي$/.test(next.folded) && !isDefinite(next) && stems(next).length === 1);
}

/** "المكلف" (the one in charge), folded, with the article: an office only before "ب" + its matter. */
const IN_CHARGE_HEADS = new Set(['المكلف', 'المكلفه']);

/** "المكلف بالإعلام والناطق الرسمي ...": the one in charge of a definite matter holds a post. */
function isInChargeOf(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].isWord && next?.isWord === true && /^بال/.test(next.folded) && stems(tokens[i]).some((stem) => IN_CHARGE_HEADS.has(stem));
}

/** "ممثل", "الممثلة" (representative; also actor), folded. */
const REPRESENTATIVES = new Set(['ممثل', 'ممثله', 'الممثل', 'الممثله']);
/** Qualifiers that make a representative an envoy ("الممثل الخاص", "الممثلة العليا"), folded. */
const REPRESENTATIVE_QUALIFIERS = new Set(
  // ("الممثلة القارة": resident, the Maghreb's usage; "الممثل القانوني للحزب": its legal representative.)
  ['القانوني', 'القانونية', 'قانوني', 'قانونية', 'الخاص', 'الخاصة', 'خاص', 'خاصة', 'الأعلى', 'العليا', 'أعلى', 'الدائم', 'الدائمة', 'دائم', 'دائمة', 'الشخصي', 'الشخصية', 'شخصي', 'الرسمي', 'الرسمية', 'المقيم', 'المقيمة', 'مقيم', 'القار', 'القارة'].map(fold),
);

/** "ممثل" read without its clitics ("بممثلة"): the office as the role writes it. */
export function isRepresentativeStem(stem: string): boolean {
  return REPRESENTATIVES.has(stem);
}

/** Whether a representative's complement opens with this word: a body, a place, an office or a title. */
function isRepresentedParty(token: Token): boolean {
  if (!token.isWord || isVerbLike(token)) return false;
  if (isOrganizationHead(token) || gazetteer().organizations.has(token.folded) || isOfficeWord(token) || hasTrait(token.folded, PERSON_TITLE) || stems(token).some((stem) => REGION_HEADS.has(stem))) return true;
  // "ممثل كوريا", not "ممثل أمريكي" (an actor's nationality).
  if (isPlaceOrNationality(token)) return !isNationalityWord(token);
  // "ممثل النيابة العمومية", "ممثل العملة": a definite noun in the genitive; no adjective ("الكوميدي").
  return isDefinite(token) && stems(token).length === 1 && !/يه?$/.test(token.folded) && !/(?:ها|هم|ه)[\u064b-\u0652]*$/.test(token.text);
}

/**
 * "ممثل البنك الدولي بتونس", "ممثلة الصندوق", "الممثل الخاص للأمين العام", "ممثل عن وزارة الصحة": a
 * representative of a body, a place, an office or a person holds a post. The same noun is an actor
 * ("الممثل الأمريكي فلان", "ممثل مساعد", "أفضل ممثل عن دوره"), so it is an office only with such a
 * complement: the genitive of its construct state, an envoy's qualifier, or "عن" + a body.
 */
function isRepresentativeOf(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token.isWord || !next?.isWord || !stems(token).some((stem) => REPRESENTATIVES.has(stem))) return false;
  if (REPRESENTATIVE_QUALIFIERS.has(next.folded)) return true;
  const after = tokens[i + 2];
  if (next.folded === 'عن') return after?.isWord === true && isRepresentedParty(after);
  // ("الممثل التونسي": the definite noun takes no genitive; with a nationality it is an actor.)
  return !isDefinite(token) && isRepresentedParty(next) && !(isOfficeWord(next) && !isDefinite(next) && !(after?.isWord === true && (isDefinite(after) || isPlaceOrNationality(after))));
}

/**
 * "الكاتب العام للنقابة" (secretary-general, the Maghreb's usage): "الكاتب" (the writer, a courtesy
 * title) is an office only before "العام".
 */
function isSecretaryGeneral(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next?.isWord || !/^(?:ال)?عام[هة]?$/.test(next.folded)) return false;
  return stems(tokens[i]).some((stem) => /^(?:ال)?كاتب[هة]?$/.test(stem));
}

/**
 * Adjectives that belong to a title only right after its word: "الملكي" after "السمو" ("الديوان
 * الملكي", "الحرس الملكي" are bodies), "البحري" after a rank ("العميد البحري"; "والصيد البحري" is fishing).
 */
export function isTitleAdjectiveOutOfPlace(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  const previous = tokens[i - 1]?.folded;
  if (/^الملكيه?$/.test(word)) return previous !== 'السمو';
  return word === 'البحري' && !(previous !== undefined && foldedRanks.has(previous) && previous !== 'البحري');
}

/** An honorific word at i, written with a name (not a family name after "آل", "آل الشيخ"). */
export function isHonorificAt(tokens: readonly Token[], i: number): boolean {
  // (Asked of every word: most are no honorific, which a set tells before any pattern is tried.)
  if (!isHonorificWord(tokens[i]) || isTitleAdjectiveOutOfPlace(tokens, i)) return false;
  return !(i > 0 && tokens[i - 1].folded === 'ال') && !isOfficeNisba(tokens, i);
}

/**
 * "المستشار الإعلامي", "المتحدث الصحفي": a courtesy title that is a nisba adjective ("الإعلامي"),
 * right after an office word, agrees with that office and qualifies it; it introduces no name.
 */
function isOfficeNisba(tokens: readonly Token[], i: number): boolean {
  return i > 0 && /يه?$/.test(tokens[i].folded) && tokens[i].folded.startsWith('ال') && isOfficeWord(tokens[i - 1]) && gazetteer().honorifics.has(tokens[i].folded);
}

export function isHonorificWord(token: Token): boolean {
  const word = token.folded;
  if (isHonorificStem(word)) return true;
  // "والعريف سلطان", "والدكتور علي": the next item of a list, its honorific with the conjunction.
  return word.length > 4 && word.startsWith('وال') && isHonorificStem(word.slice(1));
}

function isHonorificStem(word: string): boolean {
  return honorificStems().has(word);
}

let honorificStemSet: ReadonlySet<string> | undefined;

/** Honorifics, ranks, royal titles, "أول" and "د" in one set: asked of nearly every word. */
function honorificStems(): ReadonlySet<string> {
  honorificStemSet ??= new Set([...gazetteer().honorifics, ...foldedRanks, ...foldedRoyalTitles, 'اول', 'د']);
  return honorificStemSet;
}

/** A title that is the office itself when no fuller phrase is given ("الملك حسين", "السلطان قابوس"). */
export function isRulerTitle(word: string): boolean {
  return foldedRulerTitles.has(word);
}

/** A rank that makes its holder an official: an officer's, not a private's or corporal's. */
export function isRank(word: string): boolean {
  return foldedRanks.has(word) && !ENLISTED_RANKS.has(word);
}

/** Ranks of the rank and file ("الجندي عمر", "العريف سلطان"): an honorific, no public office. */
const ENLISTED_RANKS = new Set(['الجندي', 'العريف', 'الرقيب', 'الشرطي', 'الوكيل رقيب', 'الطيار'].map(fold));

/**
 * The honorific words right before a name that starts at `nameStart`: "صاحب السمو الملكي الأمير",
 * "الفريق أول", "د." — returned as [start, nameStart), or null. "أول" counts only after a rank.
 */
export function honorificBefore(tokens: readonly Token[], nameStart: number): { start: number; end: number } | null {
  let start = nameStart;
  // "د. فلان": the abbreviation and its dot, "أ.د." (professor) whole.
  if (start >= 2 && tokens[start - 1].text === '.' && tokens[start - 2].folded === 'د') {
    start -= 2;
    if (start >= 2 && tokens[start - 1].text === '.' && tokens[start - 2].folded === 'ا') start -= 2;
  }
  while (start > 0 && tokens[start - 1].isWord) {
    const word = tokens[start - 1].folded;
    // "آية الله": the title's second word is no name.
    if (word === 'الله' && start >= 2 && tokens[start - 2].folded === 'ايه') {
      start -= 2;
      continue;
    }
    // "آل الشيخ", "عبد الملك": after "آل" or "عبد" a title word is part of the name.
    if (start >= 2 && foldedLeadingNameParts.has(tokens[start - 2].folded)) break;
    // "الفريق الأول الركن": the article on "الأول" too, after a rank.
    if (word === 'الاول' && start >= 2 && foldedRanks.has(tokens[start - 2].folded)) {
      start--;
      continue;
    }
    if ((word === 'اول' || word === 'ركن') && !(start >= 2 && (foldedRanks.has(tokens[start - 2].folded) || tokens[start - 2].folded === 'اول'))) break;
    // "صاحب السمو الملكي", "العميد البحري": not "القصور الملكية", "والصيد البحري فلان".
    if (isTitleAdjectiveOutOfPlace(tokens, start - 1)) break;
    if (!isHonorificWord(tokens[start - 1]) || word === 'د' || isOfficeNisba(tokens, start - 1) || isTeamInConstruct(tokens, start - 1) || isForwardAdverb(tokens, start - 1)) break;
    // "صاحب السمو": "صاحب" is a title only before another one ("صاحب مقولة" is "the author of a saying").
    if ((word === 'صاحب' || word === 'صاحبه') && start === nameStart) break;
    start--;
  }
  // A "د" alone without its dot is no honorific; neither is a chain that ended up empty.
  return start < nameStart ? { start, end: nameStart } : null;
}

/**
 * "وقال الأستاذ المحامي، فلان", "الدكتورة، فلانة": the honorific set off from the name by a comma,
 * as [start, end) without the comma, or null. Only honorific words stand before the comma: an office
 * there ("المدير العام، فلان") is an apposition the office grammar reads.
 */
export function honorificBeforeComma(tokens: readonly Token[], nameStart: number): { start: number; end: number } | null {
  const comma = tokens[nameStart - 1];
  if (comma === undefined || (comma.text !== '،' && comma.text !== ',')) return null;
  return honorificBefore(tokens, nameStart - 1);
}

/** Answers per folded word: the grammar asks about every word of the article, and words repeat. */
const stemsOf = rememberedPerWord<readonly string[]>((folded) => procliticReadings(folded).map((reading) => reading.stem));

/** The words of a written token under each reading: "والمتحدث" is also "المتحدث". */
function stems(token: Token): readonly string[] {
  return stemsOf(token.folded);
}

function isDefinite(token: Token): boolean {
  // "واليا", "والي": the governor, not "و" + a word with the article.
  if (GOVERNORS.has(token.folded)) return token.folded.startsWith('ال');
  return token.folded.startsWith('لل') || stems(token).some((stem) => stem.startsWith('ال') && stem.length > 3);
}

function isPlaceOrNationality(token: Token): boolean {
  return hasTrait(token.folded, PLACE) || stems(token).some((stem) => gazetteer().nationalities.has(stem));
}

function isNationalityWord(token: Token): boolean {
  // "ألمانيا" folds like the bare accusative of "الألماني": a country's name is no nationality.
  return stems(token).some((stem) => gazetteer().nationalities.has(stem) && !gazetteer().places.has(stem));
}

export function isOrganizationHead(token: Token): boolean {
  // "للجامعة" is ل + "الجامعة" with the alef dropped, a reading the proclitic slices cannot give.
  const definite = token.folded.startsWith('لل') ? `ا${token.folded.slice(1)}` : '';
  return hasTrait(token.folded, ORGANIZATION_HEAD) || (definite !== '' && hasTrait(definite, ORGANIZATION_HEAD));
}

/** "علان | وموفد الولايات المتحدة": an office with "و" right after the name that starts at `nameStart`. */
function furtherOfficeAfterName(tokens: readonly Token[], officeEnd: number, isName: IsNameToken): RoleMatch | null {
  // (Honorifics may open that name: "مساعد الجنرال الأمريكي الفريق علان".)
  const nameStart = isName(officeEnd) ? officeEnd : nameStartAfter(tokens, officeEnd, isName);
  if (nameStart < 0) return null;
  let k = nameStart;
  while (k < tokens.length && isName(k)) k++;
  if (k === nameStart || !tokens[k] || !officeBehindClitic(tokens[k], /^و/)) return null;
  const end = officePhraseEnd(tokens, k, isName);
  return end - k >= 2 ? { start: k, end, titleOnly: false } : null;
}

/** Verbs of saying and doing, and words a verb ending or the accusative tanween marks ("مؤكداً"). */
function isVerbLike(token: Token): boolean {
  if (/[\u064b-\u064d]/.test(token.text) && !isOfficeWord(token)) return true;
  return stems(token).some((stem) => gazetteer().personVerbs.has(stem));
}

/** "ناطقا", "وزيرا": an office word in the accusative (folded, with its alef). */
export function isAccusativeOffice(token: Token): boolean {
  const word = token.folded;
  return token.isWord && word.length > 3 && word.endsWith('ا') && isOfficeStem(word.slice(0, -1));
}

/** How far back from a word the accusative office whose phrase ends before it may stand. */
const MAX_ACCUSATIVE_LOOKBACK = 6;

/** Whether an office phrase in the accusative ("رئيسا", "نائبا أول للرئيس") ends right before `i`. */
export function endsAccusativeOffice(tokens: readonly Token[], i: number): boolean {
  for (let head = i - 1; head >= 0 && i - head <= MAX_ACCUSATIVE_LOOKBACK; head--) {
    if (!tokens[head].isWord) return false;
    if (isAccusativeOffice(tokens[head])) return officePhraseEnd(tokens, head) === i;
  }
  return false;
}

/** "The candidate" (folded): it describes a race the holder runs, not his office. */
const CANDIDATES = new Set(['المرشح', 'المرشحه']);
const MAX_CANDIDACY_WORDS = 6;

/** The office phrase that ends at a candidacy ("المرشحة للانتخابات") which runs up to `end`. */
function officeBeforeCandidacy(tokens: readonly Token[], end: number, isName: IsNameToken): RoleMatch | null {
  for (let k = end - 1; k > 0 && end - k <= MAX_CANDIDACY_WORDS && tokens[k].isWord && !isName(k); k--) {
    if (!CANDIDATES.has(tokens[k].folded)) continue;
    const role = officePhraseBefore(tokens, k, isName);
    return role && !role.titleOnly ? role : null;
  }
  return null;
}

function isGivenNameOffice(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!token.isWord || !previous?.isWord || !next?.isWord || !isDefinite(previous) || isDefinite(token) || stems(token).length !== 1 || !isOfficeWord(token) || isAccusativeOffice(token)) return false;
  const gaz = gazetteer();
  const nameLike = gaz.firstNames.has(token.folded) || isGivenName(token.folded) || isRareWord(next.folded);
  return nameLike && !isDefinite(next) && stems(next).length === 1 && !isOfficeWord(next) && !isOrganizationHead(next) && !isPlaceOrNationality(next) && !foldedRoleQualifiers.has(next.folded) && !foldedPortfolioGlosses.has(next.folded) && !gaz.organizationHeads.has(next.folded) && !isVerbLike(next) && !foldedRoleStops.has(next.folded);
}

/** Words that make a rank compound ("الفريق الأول", "العميد الركن"), folded. */
const RANK_COMPLEMENTS = new Set(['الاول', 'اول', 'الركن', 'ركن']);

function isCompoundRankBeforeName(tokens: readonly Token[], i: number): boolean {
  if (!foldedRanks.has(tokens[i].folded)) return false;
  let k = i + 1;
  while (k < tokens.length && RANK_COMPLEMENTS.has(tokens[k].folded)) k++;
  const next = tokens[k];
  return k > i + 1 && next?.isWord === true && !isDefinite(next) && !/^[لب]/.test(next.folded) && !foldedRoleStops.has(next.folded) && !isVerbLike(next);
}

/** A post's grade in the civil service, with "ب" (folded): "بالمرتبة الممتازة", "بالدرجة الخامسة عشرة". */
const GRADE_NOUNS = new Set(['بالمرتبه', 'بمرتبه', 'بالدرجه', 'بدرجه']);

/** A definite sound plural ("الفائزين"; no nisba plural "الإيرانيين") right after a definite singular nisba. */
function isPluralAfterSingularNisba(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (!previous?.isWord || !isDefinite(previous) || stems(previous).length !== 1 || !/يه?$/.test(previous.folded)) return false;
  const word = token.folded;
  return word.startsWith('ال') && stems(token).length === 1 && /(?:ين|ون)$/.test(word) && !/يين$|يون$/.test(word) && !foldedPortfolioGlosses.has(word) && !isOfficeWord(token) && !isOrganizationHead(token) && !isPlaceOrNationality(token) && !foldedRoleQualifiers.has(word);
}

/** Whether a region's head and its nisba ("المنطقة الشرقية") end right before `i` and a plain definite noun follows. */
function closesRegionWithNisba(tokens: readonly Token[], head: number, i: number): boolean {
  const nisba = tokens[i - 1];
  const region = tokens[i - 2];
  const token = tokens[i];
  if (i - 2 <= head || !region.isWord || !nisba.isWord || !token.isWord) return false;
  if (!isDefinite(nisba) || !/يه?$/.test(nisba.folded) || !stems(region).some((stem) => stem.startsWith('ال') && (REGION_HEADS.has(stem.slice(2)) || PLACE_HEADS.has(stem.slice(2))))) return false;
  const word = token.folded;
  return isDefinite(token) && stems(token).length === 1 && isCommonWord(word) && !/يه?$/.test(word) && !isPlaceOrNationality(token) && !foldedRoleQualifiers.has(word) && !foldedNameQualifiers.has(word) && !PLACE_QUALIFIERS.has(word) && !isOfficeWord(token) && !isOrganizationHead(token) && !foldedPortfolioGlosses.has(word);
}

/** Those who represent a constituency ("النائب عن", "سناتور عن", "عضو مجلس النواب عن"), folded. */
const CONSTITUENCY_REPRESENTATIVES = new Set(['نايب', 'نايبه', 'نواب', 'عضو', 'عضوه', 'اعضاء', 'سناتور', 'سيناتور', 'برلماني', 'برلمانيه', 'ممثل', 'ممثله', 'مرشح', 'مرشحه', 'البرلمان', 'الكنيست', 'الكونغرس']);

function isRepresentative(token: Token): boolean {
  return stems(token).some((stem) => CONSTITUENCY_REPRESENTATIVES.has(stem) || (stem.startsWith('ال') && CONSTITUENCY_REPRESENTATIVES.has(stem.slice(2))));
}

/** Months whose names open with "ي", folded: nouns, not verbs of "he". */
const Y_MONTHS = new Set(['يناير', 'يونيو', 'يوليو', 'يونيه', 'يوليه']);

/** Relative pronouns, folded ("والذي كان", "التي"): they open a clause about the phrase, never extend it. */
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'اللائي']);

/** A verb of "he" in the imperfect ("يحظى بلقاء", "سيلتقي"): a word in "ي" that reads as an ordinary word. */
function isImperfectVerb(token: Token): boolean {
  const word = token.folded;
  // "سيلتقي": the future prefix on a verb the news uses often ("سياسة", "سيارات" are no such verb).
  if (/^سي.{3,5}$/.test(word) && isCommonWord(word.slice(1))) return true;
  return /^ي.{3,5}$/.test(word) && !Y_MONTHS.has(word) && !isPlaceOrNationality(token) && !isOfficeWord(token) && isOrdinaryWord(word);
}

const QUOTE_OPEN = new Set(['"', '«', '“']);
const QUOTE_CLOSE = new Set(['"', '»', '”']);

/** End of a quoted name right after an organization head ("ائتلاف "تحيا مصر""), or -1. */
function quotedEnd(tokens: readonly Token[], open: number): number {
  if (!QUOTE_OPEN.has(tokens[open]?.text ?? '')) return -1;
  for (let i = open + 1; i < tokens.length && i - open <= 6; i++) {
    if (QUOTE_CLOSE.has(tokens[i].text)) return i > open + 1 ? i + 1 : -1;
    if (!tokens[i].isWord) return -1;
  }
  return -1;
}

/** Prepositions that may open an office's complement, with what must follow them. */
/** "supervising", "supervisory" (folded): what they supervise follows with "على". */
const SUPERVISING = new Set(['المشرف', 'المشرفه', 'مشرف', 'مشرفه', 'الاشرافي', 'الاشرافيه', 'اشرافي', 'اشرافيه']);

/** "concerned with", "in charge of" (folded): their matter follows with "ب" ("المعني بحقوق الإنسان"). */
const IN_CHARGE = new Set(['المعني', 'المعنيه', 'معني', 'معنيه', 'المكلف', 'المكلفه', 'مكلف', 'مكلفه', 'المختص', 'المختصه']);

/** "relations" as a portfolio ("بالعلاقة", "للعلاقات"), folded: the other party follows with "مع". */
const RELATIONS = new Set(['بالعلاقه', 'بالعلاقات', 'العلاقات', 'للعلاقات', 'العلاقه']);

/** "responsible", whose portfolio follows with "عن" (folded). */
const RESPONSIBLE = new Set(['المسوول', 'المسووله', 'مسوول', 'مسووله']);

function prepositionComplement(tokens: readonly Token[], i: number, head: number): boolean {
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  switch (tokens[i].folded) {
    case 'الي': // "المبعوث الخاص للأمم المتحدة إلى العراق": where an envoy is sent
      return stems(tokens[head]).some((stem) => ENVOYS.has(stem)) && !/ي$/.test(tokens[i].text) && (isPlaceOrNationality(next) || (isDefinite(next) && !isVerbLike(next)));
    case 'لدي': // "كاتب الدولة لدى وزير الخارجية", "مندوبها الدائم لدى الجامعة العربية"
      // "سفيرة خادم الحرمين الشريفين لدى الولايات المتحدة": an envoy's host state, a definite name.
      if (isEnvoy(tokens[head]) && (isDefinite(next) || isStateHeadWord(next)) && !isVerbLike(next)) return true;
      // ("تعيينه سفيراً لدى جمهورية ...": so after the envoy he is made, in the accusative.)
      if (isStateHeadWord(next) && isAccusativeOffice(tokens[head]) && isEnvoy({ ...tokens[head], folded: tokens[head].folded.slice(0, -1) })) return true;
      return isOfficeWord(next) || isOrganizationHead(next) || isPlaceOrNationality(next) || gazetteer().organizations.has(next.folded);
    case 'في': // "عضو لجنة ... في مجلس النواب"; "السفير الروسي في تركيا": where an envoy serves
      // "المندوب الجهوي للتربية في سيدي بوزيد", "رئيس فرع النقابة في صفاقس": where a regional office sits.
      // ("في مؤتمر صحفي": a body's head with a nisba adjective of its own is where he spoke, no body.)
      if (isOrganizationHead(next)) return !(stems(next).length === 1 && !isDefinite(next) && isIndefiniteNisba(tokens[i + 2]));
      // "مدير إدارة التعليم في محافظة جدة": the province or region where a body's branch sits.
      if (REGION_HEADS.has(next.folded) && tokens[i + 2]?.isWord === true && !isVerbLike(tokens[i + 2]) && tokens.slice(head + 1, i).some(isOrganizationHead)) return true;
      // "وزير الداخلية في ولاية هيسن": the state of a federation whose government the office is in.
      if (FEDERATED_STATES.has(next.folded) && isProperNounAt(tokens, i + 2)) return true;
      // ("لبنان", "واشنطن" also read as "ل" + a word: a whole word the lexicon knows as a place is one.)
      if (isEnvoy(tokens[head]) && ((hasTrait(next.folded, PLACE) && stems(next).length === 1) || gazetteer().places.has(next.folded) || isStateHeadWord(next))) return true;
      // "محافظ المنيا في مصر": the country of the place an office governs.
      if (isCountryOfPlaceAt(tokens, head, i)) return true;
      // ("مدير مكتب القناة في بيروت": also a town that reads as a clitic and a word.)
      return isRegionalOffice(tokens, head, i) && ((stems(next).length === 1 && (hasTrait(next.folded, PLACE) || isPlaceWord(next.folded))) || gazetteer().places.has(next.folded));
    case 'علي': // "المشرف العام على المركز", "على برامج خدمة المجتمع": only after the head's qualifier
      // "السابق علي عبدالله صالح": written with ي before a name word, it is the given name Ali.
      if (/ي[\u064b-\u0652]*$/.test(tokens[i].text) && isNameWordAfterAli(next)) return false;
      // "واليا على نابل", "والي على قابس": the place a governor governs.
      if (/ى$/.test(tokens[i].text) && GOVERNORS.has(tokens[head].folded) && i === head + 1 && (isPlaceOrNationality(next) || isTownName(next) || (isDefinite(next) && stems(next).length === 1 && !isVerbLike(next)))) return true;
      // "اللجنة المشرفة على البرنامج": what one who supervises supervises.
      return (foldedRoleQualifiers.has(tokens[i - 1].folded) || SUPERVISING.has(tokens[i - 1].folded)) && !foldedRoleStops.has(next.folded) && !isVerbLike(next);
    case 'مع': // "الوزير المكلف بالعلاقة مع مجلس النواب": whom a portfolio of relations is with.
      return RELATIONS.has(tokens[i - 1].folded) && (isOrganizationHead(next) || isPlaceOrNationality(next) || (isDefinite(next) && !isVerbLike(next)));
    case 'من':
    case 'عن': // "سناتور عن فلوريدا", "سناتور سابق من بنسلفانيا", "النائب عن الجبهة الشعبية"
      // "من جهتها" (for her part) is no constituency.
      if (isOrganizationHead(next) && stems(next).length === 1) return true;
      // "الأمين العام المساعد المسؤول عن الوظيفة العمومية": the portfolio of the one "responsible".
      // ("المسؤول عن قسم العلاقات العامة": also a noun in the construct state before a definite genitive.)
      if (tokens[i].folded === 'عن' && RESPONSIBLE.has(tokens[i - 1].folded)) return !isVerbLike(next) && (isDefinite(next) || (stems(next).length === 1 && isCommonWord(next.folded) && tokens[i + 2]?.isWord === true && isDefinite(tokens[i + 2]) && !isVerbLike(tokens[i + 2])));
      // "رئيس الجمعية التونسية للدفاع عن المستهلك": after a definite body's aim ("ل" + a definite
      // verbal noun), "عن" + a definite noun (or a noun before its definite genitive) is the aim's complement.
      if (tokens[i].folded === 'عن' && isAimOfDefiniteBody(tokens, head, i - 1)) return !isVerbLike(next) && (isDefinite(next) || (stems(next).length === 1 && isCommonWord(next.folded) && tokens[i + 2]?.isWord === true && isDefinite(tokens[i + 2]) && !isVerbLike(tokens[i + 2])));
      // ("رئيس مجلس إدارة أرامكو | عن خطة": only one who represents has a constituency after "عن".)
      if (tokens[i].folded === 'عن' && !tokens.slice(head, i).some((token) => isRepresentative(token) || stems(token).some((stem) => RESPONSIBLE.has(stem)))) return false;
      // ("من منصبه": a pronoun ending, also "ه" as written (his), names no constituency.)
      return !foldedRoleStops.has(next.folded) && !isDefinite(next) && !isVerbLike(next) && !/(?:ها|هم|هما|كم|ه)[\u064b-\u0652]*$/.test(next.text);
    default:
      return false;
  }
}

/**
 * "الجمعية التونسية | للدفاع": "ل" + a definite word at i after a definite body's head and its
 * qualifier, the way bodies are named ("رئيس الجمعية | للحديث عن" is what he came for).
 */
function isAimOfDefiniteBody(tokens: readonly Token[], head: number, i: number): boolean {
  if (i <= head + 1 || !tokens[i].isWord || !tokens[i].folded.startsWith('لل') || isVerbLike(tokens[i])) return false;
  for (let k = head; k < i - 1; k++) if (tokens[k].isWord && isDefinite(tokens[k]) && isOrganizationHead(tokens[k]) && isDefinite(tokens[k + 1]) && !tokens[k + 1].folded.startsWith('لل')) return true;
  return false;
}

/** "المنتهية ولايته" (whose term is ending): the outgoing holder of the office, folded. */
export function isOutgoingTermAt(tokens: readonly Token[], i: number): boolean {
  return /^المنتهي[ةه]?$/.test(tokens[i].folded) && /^ولايت(?:ه|ها|هم|هما)$/.test(tokens[i + 1]?.folded ?? '');
}

/**
 * "محافظ المنيا | في مصر", "حاكم ولاية تكساس | في الولايات المتحدة": "في" + a country after a place
 * the office already names says where that place is.
 */
function isCountryOfPlaceAt(tokens: readonly Token[], head: number, i: number): boolean {
  const country = tokens[i + 1];
  if (!country?.isWord || stems(country).length !== 1 || !(gazetteer().places.has(country.folded) || hasTrait(country.folded, PLACE))) return false;
  for (let k = head + 1; k < i; k++) if (tokens[k].isWord && (isPlace(tokens[k]) || stems(tokens[k]).some(isPlaceStem))) return true;
  return false;
}

/** "منظمة المادة 19 | بتونس": the number at i closes a body's name (its head, then one definite noun). */
function isNumberedBodyName(tokens: readonly Token[], head: number, i: number): boolean {
  const body = tokens[i - 2];
  return i - 2 >= head && body?.isWord === true && !isDefinite(body) && isOrganizationHead(body) && stems(tokens[i + 1]).length > 1 && /^[بل]/.test(tokens[i + 1].folded);
}

/** Participles of belonging or place ("التابعة", "الموجودة", "الكائن"), folded: they describe a body. */
const AFFILIATION_PARTICIPLES = new Set(['التابع', 'التابعة', 'التابعين', 'الموجود', 'الموجودة', 'الكائن', 'الكائنة', 'الواقع', 'الواقعة', 'المنضوي', 'المنضوية'].map(fold));

/** "بمنزله", "ودعوته" (not "ومندوبها": an office, see opensNextEntry; not "بمدينة", written with "ة"). */
function isPronounNounBehindClitic(token: Token): boolean {
  if (!/^[وب]/.test(token.folded) || !/(?:ه|ها|هم|هما)[\u064b-\u0652]*$/.test(token.text) || /^[وب]?ال/.test(token.folded)) return false;
  // ("وزاره": text that writes "ة" as "ه" has a body there, a word the news uses often as written.)
  if (isCommonWord(token.folded) || isOrganizationHead(token) || isPlaceOrNationality(token)) return false;
  const readings = stems(token);
  return readings.length > 1 && readings[readings.length - 1].length >= 4 && !readings.some(isOfficeWithPronoun) && !readings.slice(1).some(isOfficeStem) && !isGivenName(readings[1]) && !gazetteer().firstNames.has(readings[1]);
}

/**
 * "الغيني", "النيوزيلندي", "السينغالي": the nisba of a country the nationality list lacks, read off
 * the country's name ("غينيا", "نيوزيلندا", "السينغال"), folded. After an office it is the holder's
 * nationality, no given name with the article.
 */
function isCountryNisba(word: string): boolean {
  const base = /^ال(.{3,})ي$/.exec(word)?.[1];
  if (base === undefined) return false;
  return [base, `${base}ا`, `ال${base}`, `${base}يا`, `${base}ي`].some((country) => gazetteer().places.has(country) || (isPlaceWord(country) && !isCommonWord(country)));
}

/** Heads of a federated state's name ("ولاية هيسن", "إقليم كردستان", "مقاطعة كيبيك"), folded. */
const FEDERATED_STATES = new Set(['ولايه', 'اقليم', 'مقاطعه']);

/** A bare proper noun at i: a place, or a word no common text uses and no given name, no verb. */
function isProperNounAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.isWord === true && !isDefinite(token) && stems(token).length === 1 && !isVerbLike(token) && (isPlace(token) || isPlaceStem(token.folded) || (!isCommonWord(token.folded) && !isGivenNameWord(token)));
}

/**
 * "نائب رئيس "الجبهة الوطنية"": a body's name in quotes as the genitive of an indefinite office (a
 * body's head, a known body or a place opens it); a name in quotes after an office is its holder's
 * ("رئيس وزراء "البغدادي المحمودي""), and so is a radio's ("موفد "الجوهرة أف أم"" is its reporter).
 */
function isQuotedBodyAfterOffice(tokens: readonly Token[], open: number): boolean {
  const office = tokens[open - 1];
  const first = tokens[open + 1];
  if (!office?.isWord || isDefinite(office) || !isOfficeWord(office) || !first?.isWord) return false;
  return isOrganizationHead(first) || gazetteer().organizations.has(first.folded) || isPlace(first);
}

/**
 * 'رئيس مهرجان "ليالي المدينة"': a name in quotes right after a noun of the office's complement in
 * the construct state (no article, clitic or verb) is that noun's genitive, whatever the noun
 * names (a festival, a programme, a team); what is quoted opens with no particle or verb.
 */
function isQuotedGenitive(tokens: readonly Token[], head: number, open: number): boolean {
  const noun = tokens[open - 1];
  const first = tokens[open + 1];
  if (open - 1 <= head || !noun?.isWord || stems(noun).length !== 1 || !takesGenitive(noun) || isVerbLike(noun) || !first?.isWord) return false;
  // Only in a chain of nouns in the construct state from the office on ("مدير تحرير موقع").
  for (let k = head; k < open - 1; k++) if (!tokens[k].isWord || isDefinite(tokens[k]) || stems(tokens[k]).length !== 1) return false;
  return !isVerbLike(first) && !isImperfectVerb(first) && !foldedRoleStops.has(first.folded) && !foldedExtraRoleStops.has(first.folded) && !SAID_OPENER_WORDS.has(first.folded);
}

/** A town news rarely names and the lexicon lacks ("نابل"): one bare word rare in running text. */
function isTownName(token: Token): boolean {
  return token.isWord && stems(token).length === 1 && !isDefinite(token) && isRareWord(token.folded) && !isVerbLike(token) && !foldedRoleStops.has(token.folded);
}

/** Words that make an office a regional one ("الجهوي", "فرع"), folded. */
const REGIONAL_WORDS = new Set(['الجهوي', 'الجهويه', 'جهوي', 'جهويه', 'المحلي', 'المحليه', 'فرع', 'الفرع', 'مكتب', 'المكتب']);

/** Words that open a town's two-word name ("سيدي بوزيد", "بئر الحفي", "منزل بورقيبة"), folded. */
const TOWN_NAME_HEADS = new Set(['سيدي', 'بير', 'عين', 'منزل', 'حمام', 'قصر', 'بني', 'وادي', 'راس', 'حي', 'دوار']);

/** Whether the office phrase from `head` to `end` is a regional one: its seat may follow with "في". */
function isRegionalOffice(tokens: readonly Token[], head: number, end: number): boolean {
  for (let k = head; k < end; k++) if (REGIONAL_WORDS.has(tokens[k].folded) || LOCAL_FORCES.has(tokens[k].folded)) return true;
  return false;
}

/**
 * Forces a city or a province has its own of ("قائد الشرطة في لندن", "مدير الأمن في بنغازي"),
 * folded: like a regional branch, their office goes on with "في" + the town.
 */
const LOCAL_FORCES = new Set(['الشرطه', 'شرطه', 'الامن', 'امن', 'الدرك', 'الحرس', 'الاطفاء', 'المطافي']);

/** A word that continues the name "علي": a given name, or "عبد" + a name ("عبدالله"). */
function isNameWordAfterAli(token: Token): boolean {
  return gazetteer().firstNames.has(token.folded) || isGivenName(token.folded) || /^عبد/.test(token.folded);
}

/** A one-word prepositional phrase whose noun is known: "بمجلس", "لشؤون", "باسم", "باسم" (lexicon words only). */
function preposedKnown(token: Token): boolean {
  // "بدولة قطر" (in the State of Qatar) places an office; "لجمهورية مصر" is where a visit goes.
  // So does "ب" + a town news names after "في" ("رئيس الفرع الجهوي للمحامين بجندوبة").
  const placeHead = token.folded.startsWith('ب');
  // "المعتمد الأول لولاية صفاقس": "ل" + a region of the country's administration; "الرئيس السابق
  // لتنزانيا": "ل" + a country or town news names after "في".
  const regionHead = token.folded.startsWith('ل');
  return stems(token)
    .slice(1)
    .some((stem) => (regionHead && REGION_HEADS.has(stem)) || isOfficeStem(stem) || gazetteer().organizationHeads.has(stem) || foldedPortfolioGlosses.has(stem) || gazetteer().places.has(stem) || (placeHead && (PLACE_HEADS.has(stem) || isPlaceWord(stem))) || (regionHead && isPlaceWord(stem)) || stem === 'اسم');
}

/**
 * "لل" + a noun after a complete office that is neither a portfolio, a body, a place nor an office,
 * and that no definite word or name follows: the purpose of the holder's visit ("للنقاش حول").
 */
function isPurposeNoun(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const token = tokens[i];
  if (!token.isWord || !token.folded.startsWith('لل') || token.folded.length < 5) return false;
  const noun = `ال${token.folded.slice(2)}`;
  const gaz = gazetteer();
  if (isOfficeWord(token) || isOrganizationHead(token) || foldedPortfolioGlosses.has(noun) || gaz.places.has(noun) || gaz.nationalities.has(noun) || gaz.organizationHeads.has(noun) || isPlaceWord(noun)) return false;
  const next = tokens[i + 1];
  return !isName(i + 1) && !(next?.isWord === true && isDefinite(next) && !isVerbLike(next) && !foldedRoleStops.has(next.folded));
}

/** "وزير الخارجية الروسي", "الرئيس الأمريكي": a title or an office and its portfolio, naming no body. */
function officeOfState(tokens: readonly Token[], head: number, end: number): boolean {
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
function isAddressee(tokens: readonly Token[], head: number, i: number): boolean {
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

/** Those who come with an official ("والوفد المرافق له", "والحضور"), folded: a closed class. */
const ENTOURAGE_NOUNS = new Set(['الوفد', 'المرافقين', 'المرافقون', 'الحضور', 'الحاضرين', 'المسوولين', 'القاده', 'المشاركين', 'المدعوين', 'الضيوف']);

/**
 * "و" + what opens the next entry of a list rather than a further portfolio: those who come with
 * the official ("والوفد المرافق له"), an office with a pronoun ("ونائبه": his deputy, another person),
 * or, after a name, an office whose phrase runs straight into the next name ("فلان وزير الصحة |
 * ووزير الاستثمار علان").
 */
function opensNextEntry(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  const readings = stems(tokens[i]).slice(1);
  // Only "ه" (his: the holder just named) opens another person's entry; "ومندوبها" (its delegate: the
  // state's) is a further office of the same person. (The written "ة" of "ومديرة" folds like "ه".)
  const pronoun = /[^ه]ه[\u064b-\u0652]*$/.test(tokens[i].text) && readings.some(isOfficeWithPronoun);
  if (pronoun || readings.some((stem) => ENTOURAGE_NOUNS.has(stem))) return true;
  if (isName === noNames || !isName(head - 1) || !readings.some(isOfficeStem)) return false;
  const end = officePhraseEnd(tokens, i, isName);
  return isName(end) || nameStartAfter(tokens, end, isName) >= 0;
}

/** "Former" (folded): the qualifier that closes an office of the past. */
const FORMER = new Set(['السابق', 'السابقه', 'الاسبق', 'سابق', 'سابقه', 'اسبق']);
/** Adverbs of place written with "ب" ("بالقرب من", "بجوار"), folded: a closed class. */
const LOCATIVE_ADVERBS = new Set(['بالقرب', 'بجوار', 'بجانب', 'بمحاذاه', 'بمحاذات', 'بالجوار']);

/** "صحفي", "رسمي": an indefinite masculine nisba adjective in common use (no place, nationality or name). */
function isIndefiniteNisba(token: Token | undefined): boolean {
  if (token?.isWord !== true || !/ي$/.test(token.folded) || isDefinite(token) || stems(token).length !== 1 || !isCommonWord(token.folded)) return false;
  return !isPlaceOrNationality(token) && !gazetteer().firstNames.has(token.folded) && !isGivenName(token.folded);
}

/** Days of the week and parts of the day and year, folded: times, never an office's complement. */
const TIME_NOUNS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليله', 'الليله', 'الاسبوع', 'الشهر', 'اسبوع']);
/** What makes "العام" (also "general") the year: "العام الماضي", "العام المقبل". */
const YEAR_QUALIFIERS = new Set(['الماضي', 'المقبل', 'الجاري', 'المنصرم', 'القادم']);

/** A time at i: a day, a part of the day, a week or month, or "العام" + "الماضي" (the year). */
function isTimeWord(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  // ("الجمعة التونسية" with a nationality after it is a misspelt body, no day.)
  if (TIME_NOUNS.has(word)) return !(tokens[i + 1]?.isWord === true && isNationalityWord(tokens[i + 1]));
  return (word === 'العام' || word === 'عام') && YEAR_QUALIFIERS.has(tokens[i + 1]?.folded ?? '');
}

/**
 * "تعيين فلان رئيسا | ومنجي الرحوي نائبا": an office in the accusative ends on its tanween, in no
 * construct state; only an adjective that agrees with it, in the accusative too, may follow bare
 * ("مستشارا فنيا", "نائبا ثانيا").
 */
function breaksAccusativeAgreement(previous: Token, token: Token): boolean {
  // ("معتمدا أول": "أول" is a diptote, written without the tanween's alef.)
  return isAccusativeOffice(previous) && !token.folded.endsWith('ا') && token.folded !== 'اول' && !foldedRoleQualifiers.has(token.folded);
}

/** "أجنبية", "رسمية": an indefinite feminine nisba adjective in common use, no body, portfolio, place or office. */
export function isIndefiniteFeminineNisba(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || !/[^ا]يه$/.test(word) || isDefinite(token) || stems(token).length !== 1 || !isCommonWord(word)) return false;
  return !isOfficeWord(token) && !isOrganizationHead(token) && !gazetteer().organizationHeads.has(word) && !foldedPortfolioGlosses.has(word) && !REGION_HEADS.has(word) && !PLACE_HEADS.has(word) && !isPlaceOrNationality(token);
}

/** Words that take a genitive complement: an indefinite office, organization head or portfolio noun. */
function takesGenitive(token: Token): boolean {
  // A body the lexicon names ("حماس", "الناتو") is a proper noun too.
  if (isDefinite(token) || isPlaceOrNationality(token) || gazetteer().organizations.has(token.folded)) return false;
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
  return isOfficeWord(token) || isOrganizationHead(token) || foldedPortfolioGlosses.has(token.folded) || stems(token).some((stem) => !isRareWord(stem));
}

/** Whether an office word ends in the feminine "ة" (folded "ه"). */
function isFeminineForm(word: string): boolean {
  return word.endsWith('ه');
}

/** Whether `joined` is "و" + an office word whose gender differs from that of the office `head`. */
function isOfficeOfOtherGender(head: Token, joined: Token): boolean {
  const office = stems(joined).slice(1).find((stem) => isOfficeStem(stem) || (stem.startsWith('ال') && isOfficeStem(stem.slice(2))));
  if (office === undefined || !head.isWord) return false;
  const headWord = stems(head).find((stem) => isOfficeStem(stem) || (stem.startsWith('ال') && isOfficeStem(stem.slice(2))));
  return headWord !== undefined && isFeminineForm(headWord) !== isFeminineForm(office);
}

/** "سائقي", "موظفي": "ين" plural in the construct state (see takesGenitive); no name, nisba or place. */
function isConstructStatePlural(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || word.length < 4 || !word.endsWith('ي') || stems(token).length !== 1 || isListedNameWord(word) || isPlaceOrNationality(token)) return false;
  return isSeenInRunningText(`${word}ن`) && personShareBucket(`${word}ن`) === 0 && personShareBucket(word) <= 0;
}

/**
 * "مدير مطار قرطاج | ضيف البرنامج": deep in a genitive chain (the genitive of a noun that is itself
 * a genitive), a place's or body's own name (proper-noun-words.ts) takes no genitive of its own; an
 * indefinite noun after it is a predicate or an apposition, unless it is a proper name too ("مطار
 * جربة جرجيس").
 */
function endsChainOnProperNoun(tokens: readonly Token[], head: number, end: number): boolean {
  const name = tokens[end - 1];
  if (end - 2 <= head || isDefinite(tokens[end - 2]) || isOfficeWord(name) || isOrganizationHead(name) || foldedPortfolioGlosses.has(name.folded)) return false;
  if (stems(name).length !== 1 || !isBareProperNoun(name) || isConstructStatePlural(name)) return false;
  const next = tokens[end];
  return !(stems(next).length === 1 && (isBareProperNoun(next) || isPlaceWord(next.folded)));
}

/**
 * End of the office phrase whose head is at `head`: the head and its complements. Stops before the
 * next name and before the honorifics that introduce it.
 */
export function officePhraseEnd(tokens: readonly Token[], head: number, isName: IsNameToken = noNames): number {
  const plain = plainOfficePhrase(tokens, head);
  if (isName === noNames) return plain.end;
  // The grammar learns of names only through `isName`: where none of the positions the scan without
  // names asked about is a name, the scan with names goes the same way to the same end.
  for (let k = 0; k < plain.asked.length; k++) if (isName(plain.asked[k])) return phraseEndBeforeNames(tokens, head, isName);
  return plain.end;
}

// Without names to stop at, the phrase depends on the tokens alone: the name rules ask for it at the
// same heads many times (each candidate name looks back 16 words), with names or without. The scan
// records where it asked whether a name stands (the answer being no each time).
const plainOfficePhrase = rememberedValuePerPosition((tokens, head) => {
  const asked: number[] = [];
  const end = phraseEndBeforeNames(tokens, head, (i) => {
    asked.push(i);
    return false;
  });
  return { end, asked };
});

function phraseEndBeforeNames(tokens: readonly Token[], head: number, isName: IsNameToken): number {
  let end = head + 1;
  while (end < tokens.length && end - head < MAX_ROLE_TOKENS) {
    const token = tokens[end];
    // "لبلدية ساقية سيدي يوسف": a town's name after a region's head goes on with "سيدي" + a word.
    if (token.folded === 'سيدي' && end - head >= 2 && tokens[end + 1]?.isWord && tokens[end - 1].isWord && stems(tokens[end - 2]).some((stem) => REGION_HEADS.has(stem))) {
      end += 2;
      continue;
    }
    // "إمام وخطيب المسجد الحرام": see mosque-offices.ts.
    if (continuesMosqueOffice(tokens, head, end)) {
      end++;
      continue;
    }
    if (isName(end)) {
      // "وزير الداخلية الأسبق في حكومة علي زيدان": a government or era named after its head takes
      // his name as its genitive; the office goes on through it. So does an indefinite office
      // right before a name: "مستشار ترامب" is Trump's adviser, not an office Trump holds.
      // ("تعيين فلان رئيسا | ومنجي ...", "رئيسها | فلان": an office on its tanween or a pronoun ending takes no genitive.)
      const genitiveOfOffice = end === head + 1 && !isDefinite(tokens[head]) && isOfficeWord(tokens[head]) && !isAccusativeOffice(tokens[head]);
      // ("المتحدث باسم | فلان": the one he speaks for is the complement, not the holder.)
      const spokenFor = end > head + 1 && SPOKEN_FOR.has(tokens[end - 1].folded);
      if (!genitiveOfOffice && !spokenFor && !stems(tokens[end - 1]).some((stem) => HEADED_BY_NAME.has(stem))) break;
      while (end < tokens.length && isName(end)) end++;
      continue;
    }
    // "نائب رئيس المؤتمر 23 للاتحاد": the number of a congress or session after its definite noun.
    // ("مديرة منظمة المادة 19 بتونس": a number that ends a body's name, after its head and a definite noun.)
    if (/^[0-9٠-٩]{1,3}$/.test(token.text) && isDefinite(tokens[end - 1]) && tokens[end + 1]?.isWord && (/^لل/.test(tokens[end + 1].folded) || isNumberedBodyName(tokens, head, end))) {
      end++;
      continue;
    }
    if (!token.isWord) {
      // ("شرطة مقاطعة "ناسو"": so may a place's name after the head of a region.)
      let quoted = isOrganizationHead(tokens[end - 1]) || isRegionHeadWord(tokens[end - 1]) || isQuotedBodyAfterOffice(tokens, end) || isQuotedGenitive(tokens, head, end) ? quotedEnd(tokens, end) : -1;
      // "نقابة سيارات الأجرة "لواج" بسوسة": a body's short name inside the phrase, which goes on after it.
      if (quoted < 0) {
        const alias = aliasEndAfter(tokens, head, end);
        if (alias > 0 && tokens[alias]?.isWord && /^[بل]/.test(tokens[alias].folded) && stems(tokens[alias]).length > 1) quoted = alias;
      }
      if (quoted < 0) break;
      end = quoted;
      continue;
    }
    const word = token.folded;
    // "| بمنزله في تونس", "| ودعوته للتدخل": "ب" or "و" + a noun with a pronoun ending opens what the
    // sentence says of the holder (his home, calling him), no complement of the office.
    if (isPronounNounBehindClitic(token)) break;
    // "المنسق العام ل"إجابة"": a detached "ل" before a body's name in quotes.
    // (After a body the office already names, "لـ"الرياض"" is the paper he spoke to.)
    if ((word === 'ل' || word === 'ب') && quotedEnd(tokens, end + 1) > 0 && !tokens.slice(head + 1, end).some(isOrganizationHead)) {
      end = quotedEnd(tokens, end + 1);
      continue;
    }
    // Honorifics that introduce the next name end the phrase: "خادم الحرمين الشريفين | الملك سلمان".
    // "رئيس مدينة الملك عبدالعزيز للعلوم": a place or body named after a person is one complement.
    const namedAfter = namedAfterEnd(tokens, end);
    if (namedAfter > end) {
      end = namedAfter;
      continue;
    }
    // "والي بن عروس": a town whose name starts with "بن" is the complement, no lineage; it is a
    // proper noun, so it takes no genitive of its own (only a definite qualifier may follow).
    if (binPlaceAt(tokens, end) >= 0) {
      end += 2;
      if (tokens[end]?.isWord && !isDefinite(tokens[end])) break;
      continue;
    }
    // "نائب الرئيس مايك بنس", "مستشار الملك": an indefinite office in the construct state takes the
    // definite title after it as its genitive; the title opens no name there.
    const previousWord = tokens[end - 1];
    const genitiveTitle = end === head + 1 && !isDefinite(previousWord) && isOfficeWord(previousWord) && isDefinite(token) && hasTrait(word, PERSON_TITLE) && !isName(end);
    if (genitiveTitle) {
      end++;
      continue;
    }
    if (nameStartAfter(tokens, end, isName) >= 0) break;
    // "النائب العام | المستشار حمادة الصاوي", "رئيس التيار | النائب فلان": after an office, a bare
    // title right before the name is the name's own title, not a further office.
    // ("نائبا أولا للرئيس فلان": "ل" + the title is the office's genitive, whose holder is named.)
    // ("وكيل إمارة منطقة القصيم المساعد فلان": a qualifier of the office, "المساعد", is none.)
    if (end > head + 1 && token.folded.startsWith('ال') && isOfficeWord(token) && !foldedRoleQualifiers.has(word) && stems(token).length === 1 && isName(end + 1)) break;
    // "رئيس المكتب السياسي للحركة | أمين محفوظ": after a complete definite phrase, a bare office word
    // that opens no genitive of its own (a bare word, no portfolio, body, place or qualifier) is a
    // given name that is also an office ("أمين", "مرشد"); a chained office takes a definite genitive.
    if (end > head + 1 && isGivenNameOffice(tokens, end)) break;
    // "رئيس هيئة الأركان العامة | الفريق الأول الركن فياض": a compound rank before a bare word opens
    // the name's honorific ("مدرب الفريق الأول لكرة القدم" is a team).
    if (end > head + 1 && isCompoundRankBeforeName(tokens, end)) break;
    // "وزير العدل | الدكتور ...": a courtesy title introduces a name, it is no complement.
    // ("بجامعة الإمام": after the head of a body's name it is that name.)
    if (gazetteer().honorifics.has(word) && !isOfficeWord(token) && word !== 'الملكي' && word !== 'الملكيه' && !isNamedAfterHead(tokens[end - 1]) && !isOfficeNisba(tokens, end)) break;
    // "النائب عن الحزب | ضيف بوليتيكا": "guest of" a programme says where he spoke, no complement.
    if (isGuestAppositionAt(tokens, end)) break;
    // "عضو مجلس النواب عن مينيسوتا | والذي كان": a relative pronoun opens a clause about the holder.
    if (stems(token).some((stem) => RELATIVE_PRONOUNS.has(stem))) break;
    // "نائبا لوزير التعليم | بالمرتبة الممتازة": the civil-service grade of a post is no complement.
    if (end > head + 1 && GRADE_NOUNS.has(word)) break;
    // "زعيمة الحزب | المرشحة للانتخابات الرئاسية": a candidacy after the office is no office.
    // ("لحملة المرشحة": the genitive of a noun in the construct state goes on.)
    if (end > head + 1 && CANDIDATES.has(word) && isDefinite(tokens[end - 1])) break;
    if (word === 'و') {
      if (furtherPortfolio(tokens, head, end, isName)) {
        end += 2;
        continue;
      }
      if (tokens[end + 1]?.isWord && (isDefinite(tokens[end + 1]) || isOfficeWord(tokens[end + 1]) || bodyInConstruct(tokens, end + 1, gazetteer().organizationHeads.has(tokens[end + 1].folded))) && !isName(end + 1)) {
        end++;
        continue;
      }
      // "وزير العلاقة مع الهيئات الدستورية و المجتمع المدني | و حقوق الإنسان": a further portfolio in
      // the construct state after a detached "و" that already joined one.
      if (detachedPortfolioInConstruct(tokens, head, end, isName)) {
        end += 2;
        continue;
      }
      break;
    }
    if (foldedExtraRoleStops.has(word)) break;
    if (foldedRoleStops.has(word)) {
      if (!prepositionComplement(tokens, end, head) || isName(end + 1)) break;
      end += 2;
      // "في ولاية هيسن | بيتر بويت": the state's proper name takes no genitive either.
      if (word === 'في' && FEDERATED_STATES.has(tokens[end - 1].folded)) {
        end++;
        if (tokens[end]?.isWord && !isDefinite(tokens[end])) break;
        continue;
      }
      // "في سيدي بوزيد": the seat of a regional office is a town's proper name; it takes no genitive.
      if (word === 'في' && !isOrganizationHead(tokens[end - 1]) && isRegionalOffice(tokens, head, end - 2)) {
        if (TOWN_NAME_HEADS.has(tokens[end - 1].folded) && tokens[end]?.isWord && !isName(end)) end++;
        if (tokens[end]?.isWord && !isDefinite(tokens[end])) break;
      }
      continue;
    }
    // "الرئيس المنتهية ولايته": the outgoing holder, a qualifier of two words.
    if (isOutgoingTermAt(tokens, end)) {
      end += 2;
      // ("ولايته" has its pronoun: it takes no genitive, a bare word after it opens the name.)
      if (tokens[end]?.isWord && !isDefinite(tokens[end])) break;
      continue;
    }
    // "مديراً عاماً": a qualifier agrees with an accusative office.
    if (word.endsWith('ا') && foldedRoleQualifiers.has(word.slice(0, -1))) {
      end++;
      continue;
    }
    if (coordinatedPlace(tokens, head, end)) {
      end++;
      continue;
    }
    if (coordinatedProperNoun(tokens, end)) {
      end++;
      // A proper noun takes no genitive: only a definite qualifier may follow.
      if (tokens[end]?.isWord && !isDefinite(tokens[end])) break;
      continue;
    }
    if (isVerbLike(token) || isImperfectVerb(token)) break;
    if (closesRegionName(tokens, end)) break;
    // "الرئيس التنفيذي لأرامكو": "ل" + a word with a written hamza is a complement (no name opens
    // so), even a body's name no list knows; not "لأجل", "لأن" (a common word or a particle).
    if (end > head + 1 && /^ل[أإآ]/.test(token.text) && word.length >= 5 && stems(token).slice(1).some((stem) => stem.length >= 4 && !isCommonWord(stem)) && !isName(end)) {
      end++;
      continue;
    }
    // "مدير المركز | أمين العلي": a title word that opens a name here ends the office before it.
    if (isOfficeInName(tokens, end)) break;
    // "تعيين فلان الوزير المكلف بالعلاقة مع مجلس النواب | ناطقا رسميا": an office in the accusative
    // after a nominative phrase is what he is made, a predicate of its own.
    if (isAccusativeOffice(token) && !isAccusativeOffice(tokens[head])) break;
    // "تعيين فلان مستشارا لدى رئيس الحكومة | رئيس الحكومة يجري ...": no nominative office chains onto
    // one in the accusative (the post he is made); it opens the next clause.
    if (isAccusativeOffice(tokens[head]) && isDefinite(tokens[end - 1]) && !isDefinite(token) && stems(token).length === 1 && isOfficeWord(token) && !isAccusativeOffice(token)) break;
    // "رئيس الجمهورية | بوزير الثقافة": "ب" + an office is whom the holder meets, another person.
    if (officeBehindClitic(token, /^ب/) && !isOrganizationHead(token)) break;
    // "الملك | ولي ولي العهد": a bare definite title takes no indefinite office as its complement.
    // ("استقبل الوزير | وزير البلدية": also an office word that reads as "و" + a word as well.)
    if (end === head + 1 && isDefinite(tokens[head]) && isOfficeWord(token) && !isDefinite(token) && (stems(token).length === 1 || isOfficeForm(word))) break;
    // A word with a conjunction opens a new clause unless it joins another portfolio or office.
    const gaz = gazetteer();
    const wholeWordKnown = foldedRoleQualifiers.has(word) || isOfficeStem(word) || foldedPortfolioGlosses.has(word) || gaz.organizationHeads.has(word) || gaz.places.has(word);
    // "نائبا أولا للرئيس | والمولدي الجندوبي نائبا ثانيا": "و" + a given name with the article
    // before a rare family name opens the next holder of a list, not another portfolio.
    if (word.startsWith('وال') && isArticleGivenName(tokens, end, word.slice(1))) break;
    // "مدير الصندوق | والتيجاني الحداد": so does "و" + a known given name with the article.
    if (word.startsWith('وال') && stems(token).length > 1 && isDefiniteGivenName([{ ...token, text: token.text.slice(1), folded: word.slice(1) }, ...tokens.slice(end + 1, end + 2)], 0)) break;
    // "ويسكونسن", "ووكر": a rare word whose rest is rare too is one foreign word, not "و" + word.
    const conjunction = word.startsWith('و') && stems(token).length > 1 && !(isRareWord(word) && isRareWord(stems(token)[1]));
    if (word.startsWith('و') && stems(token).length > 1 && opensNextEntry(tokens, head, end, isName)) break;
    // "رئيس الحكومة | والمستشارة الألمانية فلانة": "و" + an office of the other gender than the
    // head's is held by another person, the next entry of a list.
    if (word.startsWith('و') && stems(token).length > 1 && isOfficeOfOtherGender(tokens[head], token)) break;
    if (conjunction && !wholeWordKnown) {
      // "لاستغلال | وتوزيع المياه": the second verbal noun of a body's aim.
      if (bodyAim(tokens, head, end - 1)) {
        end++;
        continue;
      }
      const joined = stems(token).slice(1).some((stem) => (stem.startsWith('ال') && stem.length > 3) || isOfficeStem(stem) || foldedPortfolioGlosses.has(stem) || bodyInConstruct(tokens, end, gazetteer().organizationHeads.has(stem))) || parallelPortfolio(tokens, head, end);
      // "مدير وحدة الطب": right after an indefinite office comes its genitive, never "و" ("وحدة" is a word).
      // ("رئيسا | ومنجي": an office in the accusative has its tanween, so no genitive.)
      const genitive = end === head + 1 && !isDefinite(tokens[head]) && isOfficeWord(tokens[head]) && !isAccusativeOffice(tokens[head]) && !isRareWord(word) && !isVerbLike(token);
      // "غرفة تجارة | وصناعة الكويت": a second noun in "ة" (never a verb) shares the genitive of the
      // indefinite noun before it.
      const previousNoun = tokens[end - 1];
      const sharedGenitive = end > head + 1 && /ة$/.test(token.text) && !isRareWord(stems(token)[1] ?? '') && previousNoun.isWord && !isDefinite(previousNoun) && stems(previousNoun).length === 1 && isCommonWord(previousNoun.folded) && !isVerbLike(previousNoun) && !isPlaceOrNationality(previousNoun) && tokens[end + 1]?.isWord === true && (isDefinite(tokens[end + 1]) || gazetteer().places.has(tokens[end + 1].folded)) && !isName(end + 1);
      if (sharedGenitive || furtherPortfolio(tokens, head, end, isName)) {
        end++;
        continue;
      }
      if (!joined && !genitive) break;
      end++;
      continue;
    }
    const previous = tokens[end - 1];
    // "رئيس الجمهورية | الباجي قايد السبسي": a definite word rare in running text, followed by
    // another such word, is the name that follows the office, not a complement.
    // ("للنقابة" is ل + a definite noun: no name starts so.)
    // ("القاضية | الكاليفورنية شيري": a feminine nisba after a feminine office agrees with it; no name opens so.)
    if (isDefinite(previous) && isDefinite(token) && !word.startsWith('لل') && stems(token).length === 1 && isRareWord(word) && !isPlaceOrNationality(token) && !isCountryNisba(word) && !(/[^ا]يه$/.test(word) && /ه$/.test(previous.folded) && isOfficeWord(previous)) && startsTwoWordName(tokens, end)) break;
    // "وزير الداخلية | الهادي المجدوب": after an office and its complement, a definite word that is
    // no common word, right before a definite word rare in running text (a family name, often a
    // nisba), is a given name with the article, the Maghreb's usage ("الهادي", "المنجي", "الطاهر").
    // (So after a body's name in quotes: 'رئيس جمعية "أحباء المكتبة" | المنجي الورغي'.)
    const closedName = isDefinite(previous) || QUOTE_CLOSE.has(previous.text);
    if (end - head >= 2 && closedName && isArticleGivenName(tokens, end)) break;
    // "رئيس الحكومة | الحبيب الصيد", "النائب | الحبيب خذر": a given name with the article (its bare
    // form opens people's names) before another name word is the holder, whatever that word means.
    if (closedName && isDefiniteGivenName(tokens, end)) break;
    // "مستشار وزير التربية | الهادي بن خليفة": a word with the article before "بن" and a name is
    // a given name opening a lineage chain (a town named "بن ..." aside), no complement.
    if (closedName && opensLineage(tokens, end)) break;
    // A nationality closes the phrase it qualifies ("الرئيس التونسي | الباجي"): after it only a
    // qualifier ("السابق", "الشمالي"), another office or a prepositional complement ("لشؤون").
    // "وزير الخارجية الروسي | للنقاش حول الأزمة": after the nationality, "لل" + a noun the lexicon
    // knows as no portfolio, body, place or office, with no definite word of its own after it, is
    // the purpose of a visit or meeting ("للتباحث", "للمشاركة في"), no complement.
    // (A body's name goes on with its aim: "منظمة الهلال الأحمر التركية للإغاثة", "منسق المرصد
    // التونسي للماء"; so the office must be one of state: a bare title or an office and its portfolio.)
    if (previous.isWord && isDefinite(previous) && isNationalityWord(previous) && isPurposeNoun(tokens, end, isName) && officeOfState(tokens, head, end)) break;
    // "المتحدث باسم الوزارة | للصحفيين", "المتحدث الرسمي لوزارة النقل | لوكالة الأنباء": whom he spoke to.
    if (isAddressee(tokens, head, end)) break;
    // "ولم تذكر المستشارة الألمانية | الرئيس الأميركي فلان": after a nationality, a definite title with
    // a nationality of its own is another person's office (the sentence's object), no chained one.
    if (previous.isWord && isDefinite(previous) && isNationalityWord(previous) && token.folded.startsWith('ال') && isOfficeWord(token) && tokens[end + 1]?.isWord === true && isDefinite(tokens[end + 1]) && isNationalityWord(tokens[end + 1])) break;
    // "وزير الداخلية السابق | بالسجن المؤبد": after "former", "ب" + a noun that is no body, place,
    // office or portfolio is the sentence's (a sentence, a charge), not the office's.
    if (FORMER.has(previous.folded) && word.startsWith('ب') && stems(token).length > 1 && !preposedKnown(token) && !isOrganizationHead(token) && !isPlaceOrNationality(token)) break;
    // "| بالقرب من محل إقامته": a place adverb ends the office.
    if (LOCATIVE_ADVERBS.has(word)) break;
    // "وزير الاستثمار السعودي | بالرياض": after the nationality, "ب" + a town is where he spoke;
    // only an envoy's seat follows so ("السفير السعودي بالقاهرة").
    if (previous.isWord && isDefinite(previous) && isNationalityWord(previous) && word.startsWith('ب') && stems(token).slice(1).some((stem) => gazetteer().places.has(stem)) && !isEnvoy(tokens[head])) break;
    // "وزير الاستثمار | الأسبوع الماضي", "| الأحد": a time ends the office.
    if (isTimeWord(tokens, end)) break;
    // "سناتور من تكساس | وخطيب في المؤتمر": a place's proper name (no common word) takes no
    // genitive, so "و" + a word rare in news after it opens a further description, not a portfolio.
    if (word.startsWith('و') && stems(token).length > 1 && previous.isWord && !isDefinite(previous) && stems(previous).length === 1 && isPlaceWord(previous.folded) && !isCommonWord(previous.folded)) break;
    // ("المجلس التنسيقي السعودي | الكويتي": a joint body takes a second nationality.)
    if (previous.isWord && isDefinite(previous) && isNationalityWord(previous) && !(isDefinite(token) && isNationalityWord(token) && tokens.slice(head + 1, end).some(isOrganizationHead)) && !foldedRoleQualifiers.has(word) && !foldedNameQualifiers.has(word) && !isOfficeWord(token) && !/^(?:لل|[بل]ال)/.test(word) && !preposedKnown(token) && !bodyAim(tokens, head, end)) break;
    // "المتحدث باسم البيت الأبيض | الصور التي ...": a well-known body's whole name closes the phrase;
    // a common noun with the article after it is the object of the sentence's verb.
    // (A nisba adjective or a participle goes on with it: "مجلس الأمن القومي", "تنظيم داعش المتشدد".)
    // (The gazetteer look-ups of closesKnownBody come last: the word tests rule out most tokens.)
    if (isDefinite(token) && !/يه?$/.test(word) && !/^الم/.test(word) && stems(token).length === 1 && isCommonWord(word) && !isPlaceOrNationality(token) && !foldedRoleQualifiers.has(word) && !foldedNameQualifiers.has(word) && !isOfficeWord(token) && !isOrganizationHead(token) && !foldedPortfolioGlosses.has(word) && closesKnownBody(tokens, end)) break;
    // "رئيس غرفة التجارة لتونس | الزيارة": "ل" or "ب" + a place closes the genitive chain; a common
    // noun with the article after it (no adjective, participle or qualifier) is the verb's object.
    // So does a place named bare after "في" ("الملحق الثقافي في بريطانيا | الطلاب").
    // ("بنابل": a town the lexicon lacks but news names after prepositions, no common word.)
    // So does a country or town as the genitive of an indefinite office ("ملكة الأردن | الوفد").
    const genitivePlace = gazetteer().places.has(previous.folded) && end - 2 >= head && !isDefinite(tokens[end - 2]) && isOfficeWord(tokens[end - 2]);
    const closingPlace = (/^[لب]/.test(previous.folded) && stems(previous).slice(1).some((stem) => gazetteer().places.has(stem) || (isPlaceWord(stem) && !isCommonWord(stem)))) || (tokens[end - 2]?.folded === 'في' && gazetteer().places.has(previous.folded)) || genitivePlace;
    if (closingPlace && isDefinite(token) && stems(token).length === 1 && isCommonWord(word) && !/^الم/.test(word) && !/يه?$/.test(word) && !isPlaceOrNationality(token) && !foldedRoleQualifiers.has(word) && !foldedNameQualifiers.has(word) && !PLACE_QUALIFIERS.has(word) && !isOfficeWord(token) && !isOrganizationHead(token) && !foldedPortfolioGlosses.has(word)) break;
    // "رئيس الهيئة العامة للسياحة والتراث الوطني | الفائزين": a definite sound plural cannot agree
    // with the singular nisba before it; it is the verb's object.
    if (isPluralAfterSingularNisba(tokens, end)) break;
    // "أمير المنطقة الشرقية | المعرض": a region named by its head and a nisba is whole; a common
    // noun with the article after it is the verb's object, even one in "م" (a noun of place).
    if (closesRegionWithNisba(tokens, head, end)) break;
    // "وزير البلدية بدولة قطر الشقيقة": "sister" qualifies the country named just before.
    if (PLACE_QUALIFIERS.has(word) && isPlaceOrNationality(previous)) {
      end++;
      continue;
    }
    // ("مدير مهرجان قرطاج | رئيس اللجنة": nor an office word, which opens an office of its own.)
    if (!isDefinite(token) && stems(token).length === 1 && !isPlaceOrNationality(token) && endsChainOnProperNoun(tokens, head, end)) break;
    const accepted =
      isDefinite(token) ||
      isOfficeWord(token) ||
      isPlaceOrNationality(token) ||
      foldedRoleQualifiers.has(word) ||
      foldedPortfolioGlosses.has(word) ||
      isOrganizationHead(token) ||
      // "بمجلس", "باسم", and after an indefinite office "حاكم سابق لاركنسو": a prepositional
      // complement written as one word ("باراك" after "الرئيس الأمريكي" is a name).
      (/^[لب]/.test(word) && word.length > 3 && stems(token).length > 1 && (preposedKnown(token) || (previous.isWord && !isDefinite(previous) && !isPlaceOrNationality(previous)))) ||
      // "المقرر الخاص المعني بحقوق الإنسان", "الوزير المكلف بالعلاقات": "ب" + the matter of one in charge.
      (word.startsWith('ب') && word.length > 3 && stems(token).length > 1 && IN_CHARGE.has(previous.folded) && !isVerbLike(token)) ||
      // "اللجنة الوطنية لمكافحة المخدرات": a body's name goes on with "ل" and its aim.
      bodyAim(tokens, head, end) ||
      isEnvoysState(tokens[head], token, tokens[end + 1], isEnvoy) ||
      // "لنقابات | قوات الأمن": the nouns of a body's aim in the construct state.
      (/^ل[^ل]/.test(previous.folded) && bodyAim(tokens, head, end - 1)) ||
      deputyPortfolio(tokens, head, end) ||
      bodySeat(tokens, head, end) ||
      membersWorkplace(tokens, head, end) ||
      qualifiedOfficeAim(tokens, head, end) ||
      // The genitive of an indefinite noun: "حاكم فلوريدا", "وزير خارجية مصر".
      (previous.isWord && takesGenitive(previous) && !foldedRoleStops.has(previous.folded) && !isNameAfterBodyName(tokens, end) && !breaksAccusativeAgreement(previous, token));
    if (!accepted) break;
    end++;
  }
  // A phrase does not end on a particle or a conjunction.
  while (end > head + 1 && (foldedRoleStops.has(tokens[end - 1].folded) || tokens[end - 1].folded === 'و')) end--;
  return end;
}

/**
 * A given name as written: one a name list has, or a word without the article that the news mostly
 * takes for a name ("حازم", which no list has; not "أبو" or "عبد", which only open one).
 */
export function isGivenNameWord(token: Token): boolean {
  const word = token.folded;
  return gazetteer().firstNames.has(word) || isGivenName(word) || (isMostlyANameInNews(word) && !word.startsWith('ال') && !foldedLeadingNameParts.has(word));
}

/**
 * "المتحدث باسم حركة حماس إسماعيل رضوان", "رئيس شركة أرامكو أمين الناصر": after a body's head in the
 * construct state, the bare word that follows is the body's own name, a proper noun that governs no
 * genitive; a given name after it, with another word, opens the holder's name.
 */
function isNameAfterBodyName(tokens: readonly Token[], i: number): boolean {
  const bodyName = tokens[i - 1];
  const bodyHead = tokens[i - 2];
  const given = tokens[i];
  // "محافظ نينوى نوفل العاكوب": so does an office's own place or body, a word no common text uses.
  if (!bodyHead?.isWord || !bodyName.isWord) return false;
  const officeOfProperNoun = isOfficeWord(bodyHead) && !isCommonWord(bodyName.folded);
  if (isDefinite(bodyHead) || !(isOrganizationHead(bodyHead) || officeOfProperNoun) || stems(bodyHead).some((stem) => HEADED_BY_NAME.has(stem)) || !tokens[i + 1]?.isWord) return false;
  const gaz = gazetteer();
  const isGiven = isGivenNameWord;
  // ("حكومة مهدي جمعة", "مركز جيمس مارتن": a body named after a person; "بلدية قصر هلال": a town's two-word name.)
  if (isDefinite(bodyName) || stems(bodyName).length > 1 || isOfficeWord(bodyName) || isOrganizationHead(bodyName) || foldedPortfolioGlosses.has(bodyName.folded) || isGiven(bodyName) || gaz.familyNames.has(bodyName.folded) || isOftenANameInNews(bodyName.folded) || TOWN_NAME_HEADS.has(bodyName.folded)) return false;
  // ("برنامج شرق آسيا بمركز": a place that is also a given name, before a preposition, is no holder's name.)
  const rest = tokens[i + 1];
  return isGiven(given) && !gaz.places.has(given.folded) && !isOfficeWord(given) && !foldedRoleStops.has(given.folded) && (stems(rest).length === 1 || isGiven(rest) || gaz.familyNames.has(rest.folded));
}

/** A place by the lexicon or by the news ("مالطا"), read without clitics: no common word. */
function isPlaceStem(stem: string): boolean {
  return gazetteer().places.has(stem) || (isPlaceWord(stem) && !isCommonWord(stem));
}

/**
 * "سفير مصر | وليبيا", "مدير منطقة المغرب العربي | ومالطا بالبنك الدولي": "و" + a place after a
 * place the office already names is a second place it covers, not a new clause.
 */
function coordinatedPlace(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || !token.folded.startsWith('و') || stems(token).length < 2 || isVerbLike(token)) return false;
  const second = stems(token)[1];
  if (!isPlaceStem(second) || gazetteer().firstNames.has(second) || isGivenName(second)) return false;
  for (let k = head + 1; k < i; k++) if (tokens[k].isWord && stems(tokens[k]).some(isPlaceStem)) return true;
  return false;
}

/**
 * "رئيس الهيئة الملكية للجبيل وينبع": "و" + a proper noun (rare in running text, no common word or
 * given name) right after "ل"/"ب" + another proper noun is the second of two places or bodies the
 * office covers, not the holder's name (which opens with no "و").
 */
function coordinatedProperNoun(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (!token.isWord || !previous?.isWord || !token.folded.startsWith('و') || !/^[لب]/.test(previous.folded)) return false;
  const properNoun = (word: string): boolean =>
    word.length >= 3 && isRareWord(word) && !isCommonWord(word) && !gazetteer().firstNames.has(word) && !isGivenName(word) && !gazetteer().familyNames.has(word);
  const second = token.folded.slice(1);
  // ("للجبيل": the first may carry the article, as the town's name does.)
  // ("ينبع" is also a verb: the second need only be no common word.)
  return !second.startsWith('ال') && second.length >= 3 && !isCommonWord(second) && !gazetteer().firstNames.has(second) && !isGivenName(second) && !gazetteer().familyNames.has(second) && !isOfficeWord(token) && [...stems(previous).slice(1), ...(previous.folded.startsWith('لل') ? [`ال${previous.folded.slice(2)}`] : [])].some(properNoun);
}

/**
 * "أمير منطقة القصيم | التهنئة", "أمير منطقة مكة المكرمة | المؤتمر": a region's proper name after
 * its head ("منطقة", "محافظة"), with an adjective of its own, closes the construct chain; a definite
 * common noun after it that is no adjective (nisba, qualifier, feminine participle agreeing with the
 * place: "المكرمة", "الشقيقة") is the object of the sentence's verb.
 */
function closesRegionName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const word = token.folded;
  // (The nisba as written: "التهنئة" folds to the same ending as "الشرقية".)
  if (!word.startsWith('ال') || stems(token).length !== 1 || !(isCommonWord(word) || isRarelyANameInNews(word)) || /ي[ةه]?[\u064b-\u0652]*$/.test(token.text) || /^الم.+ه$/.test(word)) return false;
  // (A body's head is the object too: a proper name takes no genitive.)
  if (foldedRoleQualifiers.has(word) || foldedNameQualifiers.has(word) || PLACE_QUALIFIERS.has(word) || isPlaceOrNationality(token) || isOfficeWord(token) || foldedPortfolioGlosses.has(word)) return false;
  const regionName = (k: number): boolean => {
    const name = tokens[k];
    const head = tokens[k - 1];
    return name?.isWord === true && head?.isWord === true && stems(head).some((stem) => REGION_HEADS.has(stem)) && !isOfficeWord(name) && !isOrganizationHead(name) && !foldedPortfolioGlosses.has(name.folded);
  };
  // "منطقة مكة المكرمة": the place's own adjective between.
  const adjective = tokens[i - 1]?.isWord === true && isDefinite(tokens[i - 1]) && (/^الم.+ه$/.test(tokens[i - 1].folded) || /يه$/.test(tokens[i - 1].folded));
  return regionName(i - 1) || (adjective && regionName(i - 2) && !isDefinite(tokens[i - 2]));
}

/**
 * "رئيس اللجنة الوطنية لمكافحة المخدرات", "مدير الإدارة العامة لمكافحة الإرهاب": after a definite
 * body ("اللجنة", "الإدارة") in the phrase, "ل" + a noun with a definite complement names its aim.
 */
function bodyAim(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  // "لاستغلال وتوزيع المياه": two verbal nouns joined by "و" share the definite genitive.
  const coordinated = next?.isWord === true && next.folded.startsWith('و') && stems(next).length > 1 && tokens[i + 2]?.isWord === true && isDefinite(tokens[i + 2]);
  // "للاتحاد العام لطلبة تونس": the genitive may also be a place; "لأصحاب سيارات التاكسي": a
  // chain of nouns in the construct state that ends in a definite one.
  const chain = next?.isWord === true && stems(next).length === 1 && isCommonWord(next.folded) && tokens[i + 2]?.isWord === true && isDefinite(tokens[i + 2]) && !isVerbLike(tokens[i + 2]);
  if (!token.folded.startsWith('ل') || token.folded.startsWith('لل') || stems(token).length < 2 || !next?.isWord || !(isDefinite(next) || coordinated || chain || isPlaceOrNationality(next)) || isVerbLike(next)) return false;
  if (!isDefinite(tokens[i - 1]) || foldedMediaHeadStems.has(stems(token)[1])) return false;
  // ("الأمين العام لمجلس التعاون لدول الخليج": a body in the construct state before its definite genitive.)
  // Its aim is a common noun there too ("لسعد اليعقوبي" is to whom something went).
  const namedAim = !isCommonWord(stems(token)[1]) || gazetteer().firstNames.has(stems(token)[1]) || isGivenName(stems(token)[1]);
  for (let k = head + 1; k < i; k++) if (isOrganizationHead(tokens[k]) && (isDefinite(tokens[k]) || (k + 1 < i && isDefinite(tokens[k + 1]) && !namedAim))) return true;
  // "رئيس المرصد التونسي لحقوق الإنسان": the definite genitive of an indefinite office is a body,
  // whatever its head noun, unless it is an office of state ("رئيس الحكومة"); its aim is a common
  // noun ("لمحمد السعدني" is to whom someone spoke).
  const body = tokens[head + 1];
  const aim = stems(token)[1];
  return isCommonWord(aim) && !gazetteer().firstNames.has(aim) && !isGivenName(aim) && !isDefinite(tokens[head]) && isOfficeWord(tokens[head]) && body.isWord && isDefinite(body) && stems(body).length === 1 && !foldedPortfolioGlosses.has(body.folded) && !isPlaceOrNationality(body) && !isOfficeWord(body);
}

/**
 * "رئيس غرفة عدول المنفذين | سوسة القيروان": after a body the office names, a town the news names
 * as a place (no common word, no given or family name) is the seat of that body's branch; it may
 * be one the lexicon lacks. A second such town follows it bare.
 */
function bodySeat(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || stems(token).length !== 1 || isDefinite(token) || !isPlaceWord(token.folded) || isCommonWord(token.folded)) return false;
  if (isListedNameWord(token.folded) || isOftenANameInNews(token.folded)) return false;
  for (let k = head + 1; k < i; k++) if (isOrganizationHead(tokens[k])) return true;
  return false;
}

/**
 * "كاتب عام نقابة أعوان | مطار قرطاج": a body's head in the construct state, then the noun of its
 * members (workers, agents, staff) in the construct state too, whose genitive is where they work: a
 * facility's head ("مطار", "ميناء", "مستشفى") with its name after it belongs to the body's name,
 * whatever the tagger's text says of the members' noun (a plural it seldom saw takes a genitive all
 * the same).
 */
function membersWorkplace(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const members = tokens[i - 1];
  const body = tokens[i - 2];
  const name = tokens[i + 1];
  if (i - 2 < head || !token.isWord || !members?.isWord || !body?.isWord || !name?.isWord) return false;
  if (isDefinite(token) || stems(token).length !== 1 || !isNamedAfterHead(token) || isOrganizationHead(token)) return false;
  if (isDefinite(members) || stems(members).length !== 1 || !isCommonWord(members.folded) || isVerbLike(members) || isOfficeWord(members) || isOrganizationHead(members) || isPlaceOrNationality(members)) return false;
  if (isDefinite(body) || !isOrganizationHead(body)) return false;
  // The facility's name: a definite word, a place, or a proper noun no common word (no verb).
  const stem = stems(name).at(-1) ?? '';
  return !isVerbLike(name) && (isDefinite(name) || isPlaceOrNationality(name) || isPlaceWord(stem) || !isCommonWord(stem));
}

/**
 * "مساعد الأمين لتقنية المعلومات", "نائب المدير لشؤون الطلاب": a deputy's office (an indefinite office
 * and the definite office it serves) goes on with "ل" + the portfolio and its definite genitive.
 */
function deputyPortfolio(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (i !== head + 2 || isDefinite(tokens[head]) || !isOfficeWord(tokens[head]) || !isDefinite(tokens[head + 1]) || !isOfficeWord(tokens[head + 1])) return false;
  return /^ل[^ل]/.test(token.folded) && stems(token).length > 1 && next?.isWord === true && isDefinite(next) && !isVerbLike(next);
}

/** Nisba adjectives of an office's kind ("المدير التنفيذي", "المدير الإقليمي"), folded. */
const OFFICE_NISBAS = new Set(['التنفيذي', 'التنفيذية', 'الإقليمي', 'الإقليمية', 'الفني', 'الفنية', 'المالي', 'المالية', 'الإداري', 'الإدارية'].map(fold));

/**
 * "المندوب الجهوي لحماية الطفولة", "المدير العام لتنمية الصادرات": after a definite office and its
 * qualifier ("الجهوي", "العام"), "ل" + a noun with a definite genitive names the office's field.
 */
function qualifiedOfficeAim(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  if (i !== head + 2 || !isDefinite(tokens[head]) || !isOfficeWord(tokens[head]) || !(foldedRoleQualifiers.has(previous.folded) || REGIONAL_WORDS.has(previous.folded) || OFFICE_NISBAS.has(previous.folded))) return false;
  if (!/^ل[^ل]/.test(token.folded) || stems(token).length < 2 || isVerbLike(token) || !next?.isWord || !isDefinite(next) || isVerbLike(next)) return false;
  // ("المدير العام لمطار المنستير الحبيب بورقيبة": a place or body named after someone runs on into
  // that name; the loose apposition grammar reads it instead.)
  return !foldedMediaHeadStems.has(stems(token)[1]) && !foldedNamedAfterHeads.has(stems(token)[1]);
}

/**
 * "مدير حفظ الصحة | وحماية المحيط": "و" + a second verbal noun with its definite genitive, parallel to
 * the portfolio before it (an indefinite noun and its definite genitive inside the phrase).
 */
function parallelPortfolio(tokens: readonly Token[], head: number, i: number): boolean {
  const next = tokens[i + 1];
  const before = tokens[i - 2];
  // ("وزير الاتصالات | وتقنية المعلومات": right after the office's own genitive, a noun in "ة", never a verb.)
  if (i - 2 < head || (i - 2 === head && !/ة$/.test(tokens[i].text)) || !before?.isWord || isDefinite(before) || !isDefinite(tokens[i - 1]) || !next?.isWord || !isDefinite(next) || isVerbLike(next)) return false;
  return !isVerbLike(tokens[i]) && !isRareWord(stems(tokens[i])[1] ?? '') && !isVerbLike(before);
}

/** Quantifiers ("وأحد الصناعيين", "وكبار الشخصيات"), folded: they count people, no portfolio. */
const QUANTIFIERS = new Set(['أحد', 'إحدى', 'بعض', 'كل', 'جميع', 'عدد', 'معظم', 'أغلب', 'باقي', 'بقية', 'سائر', 'كافة', 'كبار', 'مختلف', 'أبرز', 'عامة'].map(fold));

/**
 * "وزير العلاقة مع الهيئات الدستورية والمجتمع المدني | وحقوق الإنسان": after the definite genitive
 * of a minister's portfolio, "و" + a common noun in the construct state before a definite genitive
 * is a further portfolio of the same office (never a verb, another office or those who come with him).
 */
function furtherPortfolio(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  // ("و حقوق الإنسان": the conjunction may stand apart.)
  const detached = tokens[i].folded === 'و';
  const noun = detached ? (stems(tokens[i + 1] ?? tokens[i])[0] ?? '') : stems(tokens[i])[1];
  const nounToken = detached ? tokens[i + 1] : tokens[i];
  const genitive = detached ? i + 2 : i + 1;
  const previous = tokens[i - 1];
  const next = tokens[genitive];
  if (i < head + 2 || isDefinite(tokens[head]) || !isOfficeWord(tokens[head]) || isPluralOffice(tokens[head]) || !previous.isWord || !isDefinite(previous) || !next?.isWord || isName(genitive)) return false;
  if (nounToken === undefined || !nounToken.isWord || (detached && stems(nounToken).length !== 1)) return false;
  if (noun === undefined || QUANTIFIERS.has(noun) || noun.startsWith('ال') || !isCommonWord(noun) || isRareWord(noun) || isVerbLike(nounToken) || isOfficeStem(noun) || ENTOURAGE_NOUNS.has(noun) || isPluralOffice(nounToken)) return false;
  return isDefinite(next) && stems(next).length === 1 && !isVerbLike(next) && !isNationalityWord(next) && !isTimeWord(tokens, genitive);
}

/** Whether the detached "و" at i joins a noun in the construct state, as an earlier detached "و" of the phrase joined a portfolio. */
function detachedPortfolioInConstruct(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  const noun = tokens[i + 1];
  const genitive = tokens[i + 2];
  if (!noun?.isWord || !genitive?.isWord || isDefinite(noun) || stems(noun).length !== 1 || !isCommonWord(noun.folded) || isVerbLike(noun) || isImperfectVerb(noun) || isName(i + 1) || isName(i + 2)) return false;
  if (!isDefinite(genitive) || isVerbLike(genitive) || !isDefinite(tokens[i - 1])) return false;
  return tokens.slice(head + 1, i).some((token) => token.folded === 'و');
}

/**
 * "و جامعة الدول العربية", "وهيئة الانتخابات": a further body of the portfolio, its head (`isHead`,
 * read without the conjunction) in the construct state before a definite genitive.
 */
function bodyInConstruct(tokens: readonly Token[], i: number, isHead: boolean): boolean {
  const next = tokens[i + 1];
  return isHead && next?.isWord === true && isDefinite(next) && !isVerbLike(next);
}

/** Media whose name a "ل" may open ("لصحيفة الحياة"): never a body's aim. */
const foldedMediaHeadStems = new Set(['وسايل', 'صحيفه', 'وكاله', 'قناه', 'مجله', 'جريده', 'موقع', 'شبكه', 'اذاعه', 'تلفزيون', 'شركه']);

/** Whether the word after the one at i is a name word too: rare and no place, or a title inside a name. */
function isArticleGivenName(tokens: readonly Token[], i: number, withoutConjunction?: string): boolean {
  const token = withoutConjunction === undefined ? tokens[i] : { ...tokens[i], text: tokens[i].text.slice(1), folded: withoutConjunction };
  const next = tokens[i + 1];
  // Both words bare with the article: "للنقابة" after "التنفيذي" is a complement, no family name.
  const bare = (t: Token): boolean => t.folded.startsWith('ال') && t.folded.length > 3 && stems(t).length === 1;
  if (!next?.isWord || !bare(token) || !bare(next)) return false;
  // "والكتاب السياحيين": a plural nisba ("-يين", "-يون") is an adjective, never a family name.
  if (/(?:يين|يون)$/.test(next.folded) || /(?:يين|يون)$/.test(token.folded)) return false;
  const plainWord = (t: Token): boolean => !isPlaceOrNationality(t) && !isOfficeWord(t) && !foldedRoleQualifiers.has(t.folded) && !foldedNameQualifiers.has(t.folded);
  // ("عضو المكتب التنفيذي | الصحبي بن فرج": a given name with the article next, opening a lineage
  // chain, starts the name there.)
  const chainNext = /^(?:بن|ابن|ولد)$/.test(tokens[i + 2]?.folded ?? '') && isDefiniteGivenName(tokens, i + 1);
  return plainWord(token) && plainWord(next) && !isCommonWord(token.folded) && isRareWord(next.folded) && !isCommonWord(next.folded) && !chainNext;
}

/** "الحبيب الصيد": a bare word with the article whose form without it is a given name, before a name word. */
export function isDefiniteGivenName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token?.isWord || !token.folded.startsWith('ال') || token.folded.length < 5 || stems(token).length !== 1 || !next?.isWord) return false;
  const bare = token.folded.slice(2);
  // "المنجي", "الصحبي": also a word the unlabeled news mostly tags as a person (no title: "الحاج").
  if (!gazetteer().firstNames.has(bare) && !isGivenName(bare) && !(isMostlyANameInNews(token.folded) && !isHonorificWord(token))) return false;
  const plainWord = (t: Token): boolean => !isPlaceOrNationality(t) && !isOfficeWord(t) && !foldedRoleQualifiers.has(t.folded) && !foldedNameQualifiers.has(t.folded) && !foldedRoleStops.has(t.folded) && !foldedExtraRoleStops.has(t.folded);
  return plainWord(token) && plainWord(next) && !isCommonWord(token.folded) && !isVerbLike(next) && !/^(?:[وف]|لل)/.test(next.folded) && stems(next).length === 1;
}

/** Whether the one to three words before `end` are a well-known organization's whole name ("البيت الأبيض"). */
function closesKnownBody(tokens: readonly Token[], end: number): boolean {
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

function opensLineage(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const link = tokens[i + 1]?.folded;
  if (!token.folded.startsWith('ال') || stems(token).length !== 1 || (link !== 'بن' && link !== 'ابن' && link !== 'بنت') || !tokens[i + 2]?.isWord || binPlaceAt(tokens, i + 1) >= 0) return false;
  return !isPlaceOrNationality(token) && !isOfficeWord(token) && !isCommonWord(token.folded) && !isHonorificWord(token) && !foldedRoleQualifiers.has(token.folded);
}

function startsTwoWordName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  // "المتشدد أبوبكر البغدادي": a kunya or "عبد..." written as one word opens the name itself.
  if (/^(?:ابو|ابي|عبد).{2,}$/.test(next.folded)) return false;
  return (isRareWord(next.folded) && stems(next).length === 1 && !isPlaceOrNationality(next) && !isDefinite(next)) || isOfficeInName(tokens, i + 1);
}

/**
 * Whether a candidate name starting at `start` sits in the complement of an office phrase that opens
 * before it: "حاكم ويسكونسن", "حاكم سابق لاركنسو" name a place, not a person.
 */
export function isInOfficeComplement(tokens: readonly Token[], start: number): boolean {
  return officeComplementEnd(tokens, start) > start;
}

/**
 * Where the office phrase that `start` stands in ends (the longest such phrase), or -1 when `start`
 * is in none: "والي صفاقس | سليم ..." tagged from "صفاقس" keeps the words after the complement.
 */
export function officeComplementEnd(tokens: readonly Token[], start: number): number {
  let end = -1;
  for (let head = Math.max(0, start - MAX_ROLE_TOKENS); head < start; head++) {
    // "رئيسها ألكسندر لوكاشنكو": an office with a pronoun ending ("its president") is complete, so
    // the name right after it is its holder, not its complement.
    if (head === start - 1 && isOfficeWithPronoun(tokens[head].folded)) continue;
    if (isOfficeAt(tokens, head)) end = Math.max(end, officePhraseEnd(tokens, head));
  }
  return end > start ? end : -1;
}

/** Whether the token names a place or body that may be named after a person ("مدينة", "لمركز"). */
export function isNamedAfterHead(token: Token): boolean {
  // Institutions and places, not verbal nouns: "بقيادة الأمير فلان" is led by him, not named after him.
  return stems(token).some((stem) => foldedNamedAfterHeads.has(stem));
}

/**
 * After a head such as "مدينة" or "مركز", the title and the name that make its name ("الملك عبدالعزيز",
 * "الأمير سلطان بن عبدالعزيز"): the end of that name, or `i` when there is none.
 */
export function namedAfterEnd(tokens: readonly Token[], i: number): number {
  // The head is in the construct state ("مدينة", "لمركز"), never "المركز": "المركز د. فلان" is an office and a name.
  const head = tokens[i - 1];
  if (i === 0 || !tokens[i].isWord || tokens[i].folded === 'د' || !isHonorificWord(tokens[i]) || !tokens[i + 1]?.isWord) return i;
  if (!head?.isWord || isDefinite(head) || !isNamedAfterHead(head)) return i;
  let end = i + 1;
  while (end < tokens.length && end - i <= 6 && tokens[end].isWord && !foldedRoleStops.has(tokens[end].folded) && !isDefinite(tokens[end]) && !isVerbLike(tokens[end])) {
    // "بن" and "آل" carry the name on.
    end += foldedLeadingNameParts.has(tokens[end].folded) && tokens[end + 1]?.isWord ? 2 : 1;
    if (!foldedLeadingNameParts.has(tokens[end]?.folded ?? '')) break;
  }
  return end;
}

/** The next name start at or after i within a short honorific chain (or tokens.length). */
function nameStartAfter(tokens: readonly Token[], i: number, isName: IsNameToken): number {
  let j = i;
  // "رئيس الجمهورية | الرئيس عبدالفتاح السيسي": a bare title right before the name opens it too.
  while (j < tokens.length && j - i < 5 && !isName(j) && !isOfficeNisba(tokens, j) && !isTitleAdjectiveOutOfPlace(tokens, j) && (isHonorificAt(tokens, j) || tokens[j].text === '.' || (hasTrait(tokens[j].folded, PERSON_TITLE) && isDefinite(tokens[j])))) j++;
  // "رئيس الفرقة | النقيب، فلان": the name's title may be set off from it by a comma.
  if (j > i && (tokens[j]?.text === '،' || tokens[j]?.text === ',') && isName(j + 1) && honorificBeforeComma(tokens, j + 1) !== null) return j + 1;
  return j < tokens.length && isName(j) && j > i ? j : -1;
}

const QUOTES = new Set(['"', '«', '»', '“', '”']);
/** Governors, folded: their office goes on with "على" + the place they govern. */
const GOVERNORS = new Set(['والي', 'الوالي', 'واليا', 'واليه', 'الواليه']);
/** Offices sent somewhere ("المبعوث ... إلى العراق", "سفير ... إلى"), folded. */
const ENVOYS = new Set(['مبعوث', 'المبعوث', 'مبعوثه', 'المبعوثه', 'موفد', 'الموفد', 'سفير', 'السفير', 'سفيره', 'السفيره', 'مندوب', 'المندوب', 'ممثل', 'الممثل', 'قنصل', 'القنصل', 'قنصله', 'القنصله', 'ملحق', 'الملحق', 'ملحقه', 'الملحقه']);

function isEnvoy(token: Token): boolean {
  return stems(token).some((stem) => ENVOYS.has(stem));
}

/** "On behalf of" (folded): "المتحدث باسم فلان" speaks for the one named after it. */
const SPOKEN_FOR = new Set(['باسم']);

/** A government, administration or era known by the name of its head ("حكومة فلان", "إدارة فلان"), folded. */
const HEADED_BY_NAME = new Set(['حكومه', 'اداره', 'عهد']);

/**
 * "وزير التربية في حكومة مهدي جمعة فتحي الجراي": four name words with no particle right after a
 * government named for its head, inside an office phrase, are two names: the head's (given and
 * family name) and then the holder's. Returns where the holder's name starts, or -1.
 */
export function holderAfterHeadedGovernment(tokens: readonly Token[], start: number, end: number): number {
  if (end - start !== 4 || start < 2) return -1;
  if (!stems(tokens[start - 1]).some((stem) => HEADED_BY_NAME.has(stem))) return -1;
  if (tokens.slice(start, end).some((token) => foldedLeadingNameParts.has(token.folded) || foldedTrailingNameParts.has(token.folded))) return -1;
  return isInOfficeComplement(tokens, start) ? start + 2 : -1;
}

/** Units of a country's administration ("ولاية", "معتمدية"): "ل" + one of them places an office. */
const REGION_HEADS = new Set(['ولايه', 'معتمديه', 'محافظه', 'بلديه', 'منطقه', 'اقليم', 'عماده']);

/** Pronoun forms of "عهد" in "ولي عهده الأمين" (his trusted crown prince), folded. */
const CROWN_WORDS = new Set(['عهده', 'عهدها', 'العهد']);

/** Whether the word at k is an epithet of the place or the prince named before it ("الشقيقة", "الأمين"). */
function isEpithetAt(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1];
  if (!previous?.isWord || !tokens[k].isWord) return false;
  if (PLACE_QUALIFIERS.has(tokens[k].folded)) return isPlaceOrNationality(previous);
  return tokens[k].folded === 'الامين' && CROWN_WORDS.has(previous.folded);
}

/**
 * The office phrase as the role shows it, without the words that describe its body or praise its
 * country. "وزير البلدية بدولة قطر | الشقيقة", "ولي عهده | الأمين": an
 * epithet of the country or of the prince at the end of an office phrase praises them; it is no part
 * of the office the article states. (The grammar reads through it so that the phrase still reaches
 * the name.) Opening words written twice by a slip are shown once.
 */
export function officeAsShown(tokens: readonly Token[], role: RoleMatch): RoleMatch {
  let end = role.end;
  // "بالمؤسسة المالية الدولية | التابعة للبنك العالمي": a participle of belonging or place describes
  // the body (a relative clause in all but name), no part of the office.
  for (let k = role.start + 2; k < end; k++) {
    if (AFFILIATION_PARTICIPLES.has(tokens[k].folded)) {
      end = k;
      break;
    }
  }
  while (end - role.start > 1 && isEpithetAt(tokens, end - 1)) end--;
  const start = afterRepeatedOpening(tokens, role.start, end);
  return end === role.end && start === role.start ? role : { start, end, titleOnly: end - start === 1 };
}

/**
 * "مديرة منطقة مديرة منطقة المغرب العربي": the words that open the office written twice in a row
 * (two words or more: "ولي ولي العهد" is a title of its own) are a slip of the pen; the office
 * starts at the second copy.
 */
function afterRepeatedOpening(tokens: readonly Token[], start: number, end: number): number {
  for (let length = Math.floor((end - start) / 2); length >= 2; length--) {
    let same = true;
    for (let k = 0; k < length && same; k++) same = tokens[start + k].isWord && tokens[start + k].folded === tokens[start + length + k].folded;
    if (same) return start + length;
  }
  return start;
}

/** "مقاطعة" (county, province; also "boycott"), folded: a region's head only before its name in quotes. */
const QUOTED_REGION_HEADS = new Set(['مقاطعه']);

/** A region's or country's head, read through its clitics ("بمقاطعة", "ولاية"), before a name in quotes. */
function isRegionHeadWord(token: Token): boolean {
  return token.isWord && stems(token).some((stem) => REGION_HEADS.has(stem) || PLACE_HEADS.has(stem) || QUOTED_REGION_HEADS.has(stem));
}

/** Heads of a country's or region's name ("بدولة قطر", "بمنطقة عسير"). */
const PLACE_HEADS = new Set(['دوله', 'جمهوريه', 'مملكه', 'ولايه', 'اماره', 'منطقه', 'محافظه', 'اقليم', 'سلطنه', 'بلديه', 'مدينه']);
/** Qualifiers of a country ("قطر الشقيقة"): part of the office phrase that names it. */
const PLACE_QUALIFIERS = new Set(['الشقيقه', 'الشقيق', 'الصديقه', 'الصديق', 'المجاوره', 'الجاره']);
const COMMAS = new Set(['،', ',']);

/**
 * "حذّر فلان، عضو المجلس عن حزب حراك تونس الإرادة | من وجود شبكة": after the name, "من" + a common
 * noun (no place) late in the office phrase is the complement of the sentence's verb ("warned of");
 * a constituency follows the head or its qualifier ("سناتور سابق من بنسلفانيا"), a body's aim is
 * "من أجل". Before a name the phrase must reach the name, which rules this out by itself.
 */
function verbsComplementStart(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 3; k < end - 1; k++) {
    const next = tokens[k + 1];
    if (tokens[k].folded !== 'من' || next.folded === 'اجل' || foldedRoleQualifiers.has(tokens[k - 1].folded)) continue;
    if (next.isWord && isCommonWord(next.folded) && !isPlaceOrNationality(next) && !REGION_HEADS.has(next.folded) && !PLACE_HEADS.has(next.folded) && !isOfficeWord(next) && !isOrganizationHead(next)) return k;
  }
  return end;
}

/**
 * "وكتب فلان مساعد الجنرال الأمريكي علان": an office in the construct state straight after one name
 * and before another is the first name's apposition; the office in its genitive ("الجنرال
 * الأمريكي") is the second name's. Given the phrase, that inner office, or null. Not when the first
 * name has an office or honorific of its own before it, nor after a verb of meeting: there the
 * office and the second name are the object ("استقبل الوزير فلان مستشار الرئيس علان").
 */
export function innerOfficeBetweenNames(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  const head = tokens[role.start];
  if (role.titleOnly || role.start === 0 || !isName(role.start - 1) || isDefinite(head) || stems(head).length !== 1 || isAccusativeOffice(head)) return null;
  const first = nameStartBefore(role.start - 1, isName);
  if (isMeetingVerb(tokens[first - 1]) || hasOwnTitleBefore(tokens, first, isName)) return null;
  for (let k = role.start + 1; k < role.end; k++) {
    if (isDefinite(tokens[k]) && stems(tokens[k]).length === 1 && isOfficeAt(tokens, k) && officePhraseEnd(tokens, k, isName) === role.end) return { start: k, end: role.end, titleOnly: role.end - k === 1 };
  }
  return null;
}

/** Whether the name starting at `first` has an honorific or an office of its own right before it. */
function hasOwnTitleBefore(tokens: readonly Token[], first: number, isName: IsNameToken): boolean {
  const before = tokens[first - 1];
  return before !== undefined && (isHonorificAt(tokens, first - 1) || (before.isWord && isOfficeWord(before)) || officePhraseBefore(tokens, first, isName) !== null);
}

/** Whether the name ending at `last` follows a verb of meeting (its honorifics in between). */
function isMetSubjectEndingAt(tokens: readonly Token[], last: number, isName: IsNameToken): boolean {
  let k = nameStartBefore(last, isName);
  while (k > 0 && (isHonorificAt(tokens, k - 1) || tokens[k - 1].text === '.')) k--;
  return isMeetingVerb(tokens[k - 1]);
}

/**
 * "سلّم فلان، المبعوث الخاص للملك ووزير الدولة للشؤون القانونية رئيس الجمهورية علان": a chain of
 * offices that opens after a name and its comma is that name's apposition up to the last office
 * chained without "و" (a bare office word after a definite one), which is the next name's.
 */
function chainedOfficeAfterApposition(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  // ("والتقى الأمير فلان ولي العهد رئيسة الوزراء البريطانية علانة": so after the subject of a verb of
  // meeting, whose object follows.)
  const afterMetName = role.start > 0 && isName(role.start - 1) && isMetSubjectEndingAt(tokens, role.start - 1, isName);
  if (!afterMetName && !isAppositionOfEarlierName(tokens, role.start, isName)) return null;
  for (let k = role.start + 2; k < role.end; k++) {
    const previous = tokens[k - 1];
    if (stems(tokens[k]).length !== 1 || !previous.isWord || !isDefinite(previous) || !isOfficeAt(tokens, k) || isDefinite(tokens[k])) continue;
    if (officePhraseEnd(tokens, k, isName) === role.end) return { start: k, end: role.end, titleOnly: role.end - k === 1 };
  }
  return null;
}

/**
 * The office phrase that ends right before `end` (a name, or an honorific before one): the farthest
 * office head whose phrase runs exactly up to `end`, so the most complete one.
 */
export function officePhraseBefore(tokens: readonly Token[], end: number, isName: IsNameToken = noNames): RoleMatch | null {
  let throughName: RoleMatch | null = null;
  for (let head = Math.max(0, end - MAX_ROLE_TOKENS); head < end; head++) {
    if (isName(head) || !isOfficeAt(tokens, head)) continue;
    // Everything from the head to the end must be free of sentence breaks.
    if (officePhraseEnd(tokens, head, isName) !== end) continue;
    const phrase = { start: head, end, titleOnly: end - head === 1 };
    // "زعيمة أجنبية تزور الرئيس الأمريكي فلان": an office that takes a name as its genitive ("مستشار
    // ترامب") is the holder's only when no office of its own opens after that name.
    if (isName !== noNames && throughName === null && head + 1 < end && isName(head + 1)) {
      throughName = phrase;
      continue;
    }
    return phrase;
  }
  return throughName;
}

/**
 * Office phrase before a name starting at `nameStart` (honorifics, a quote or a colon in between);
 * none when the name carries the conjunction "و" (`conjoined`).
 */
export function roleBefore(tokens: readonly Token[], nameStart: number, isName: IsNameToken = noNames, conjoined = false): RoleMatch | null {
  // "تعيين أربعة أعضاء في مجلس الشورى، هم: فلان، وعلان": see plural-list-roles.ts.
  const listHead = pluralListHead(tokens, nameStart, { isName, isHonorificAt, isPluralOffice, officePhraseEnd: (t, head) => officePhraseEnd(t, head) });
  if (listHead) return { ...listHead, titleOnly: false };
  // "رئيسا للمجلس الوطني، وفوزي ...": a name joined by "و" starts a new item, the office before is another's.
  if (conjoined) return null;
  if (tokens[nameStart - 1]?.text === '(') {
    const listed = listRoleBefore(tokens, nameStart - 1, isName);
    if (listed) return listed;
    // "وزير العدل الدكتور (وليد الصمعاني)": the bracket only sets the name off.
    nameStart--;
  }
  // ("رئيس الفرقة النقيب، فلان": a rank or honorific set off by a comma is the name's all the same.)
  let end = honorificBefore(tokens, nameStart)?.start ?? honorificBeforeComma(tokens, nameStart)?.start ?? nameStart;
  // "الرئيس الجزائري، والسلطان قابوس": an honorific with "و" opens the next item of a list.
  if (end < nameStart && tokens[end].folded.startsWith('وال') && !isHonorificStem(tokens[end].folded)) return null;
  // (A quote that closes a body's name inside the office is no quote around the name: "رئيس حزب "النهضة" فلان".)
  if (end > 0 && QUOTES.has(tokens[end - 1].text) && !officePhraseBefore(tokens, end, isName)) end--;
  // "أمير أنصار الشريعة المكنى بأبي عياض": the office stands before the alias marker.
  if (end > 0 && foldedAliasMarkers.has(tokens[end - 1].folded)) end--;
  // "عمر منصور، والي تونس ـ محمد قويدر": a dash ends one list entry, the office before it is the
  // previous name's.
  if (end > 0 && isDash(tokens[end - 1])) return null;
  // Lists of appointments write "وزير العدل: غازي الجريبي"; apposition "وزير الخارجية، خميس الجهيناوي،".
  const separated = end > 0 && (tokens[end - 1].text === ':' || COMMAS.has(tokens[end - 1].text));
  // "منسق الحزب : الرياحي كان يسعى ...": a headline names its speaker before the colon, and the
  // name after it opens the quoted clause; in a list the name is followed by no verb.
  if (separated && tokens[end - 1].text === ':' && opensClauseAfterName(tokens, nameStart, isName)) return null;
  if (separated) end--;
  // "رئيس الاتحاد الدولي للسباحة "فينا"، فلان": the body's short name in quotes or brackets.
  const alias = aliasOpenBefore(tokens, end);
  if (alias > 0) end = alias;
  // A remark in brackets between office and name: "الرئيس الليبي (الراحل) معمر القذافي".
  if (end > 2 && tokens[end - 1].text === ')' && tokens[end - 3].text === '(' && foldedNameQualifiers.has(tokens[end - 2].folded)) end -= 3;
  if (end > 0 && tokens[end - 1].text === '(') return listRoleBefore(tokens, end - 1, isName);
  // "الوزيرين في حكومة يوسف الشاهد": the name is the genitive of a body, not the holder of the office.
  // So is a title and the name after such a body: "مساعد الشؤون السياسية بمكتب الرئيس حسن روحاني".
  if (!separated && end > 0 && isOrganizationHead(tokens[end - 1]) && !isDefinite(tokens[end - 1]) && !isOfficeWord(tokens[end - 1])) return null;
  // "رئيس اللجنة المشرفة على برنامج سوق عكاظ الدكتور فلان": an honorific before the name closes the
  // office phrase as a comma does, so the phrase may run on to it through loose complements.
  const closedByHonorific = !separated && end < nameStart && tokens[end].isWord && isHonorificWord(tokens[end]);
  let role = officePhraseBefore(tokens, end, isName) ?? (separated || closedByHonorific ? appositionPhraseBefore(tokens, end, isName) : null);
  // "الرئيس الليبي الراحل معمر القذافي": a remark the phrase does not take stands between.
  let bare = end;
  while (!role && bare > 0 && tokens[bare - 1].isWord && foldedNameQualifiers.has(tokens[bare - 1].folded) && !isOfficeWord(tokens[bare - 1])) {
    bare--;
    role = officePhraseBefore(tokens, bare, isName);
  }
  // "زعيمة الحزب المرشحة للانتخابات الرئاسية فلانة": the office ends before the candidacy.
  if (!role && !separated) role = officeBeforeCandidacy(tokens, end, isName);
  // "لرئيس الجمهورية الرئيس عبدالفتاح السيسي": the full office before the bare title is his; so is
  // a chain of offices set off by commas before it ("سفير المملكة لدى الجامعة، السفير فلان").
  // (A title with "و" opens a new entry of a list: "... أمير الكويت السابق، والملك حسين".)
  if (role?.titleOnly && !separated && role.start > 0 && !(tokens[role.start].folded.startsWith('و') && stems(tokens[role.start]).length > 1)) {
    const fuller = officePhraseBefore(tokens, role.start, isName);
    // ("بمكتب الرئيس فلان": a phrase ending on a body in the construct state takes the title as its genitive.)
    const body = tokens[role.start - 1];
    const genitiveOfBody = body.isWord && isOrganizationHead(body) && !isDefinite(body) && !isOfficeWord(body);
    if (fuller && !fuller.titleOnly && !genitiveOfBody) role = fuller;
    else if (role.start > 1 && COMMAS.has(tokens[role.start - 1].text)) {
      const chained = commaChainBefore(tokens, role, isName);
      if (chained.start < role.start) role = { start: chained.start, end: role.start - 1, titleOnly: false };
    }
  }
  // After a comma only a full office phrase counts: "قال الوزير، محمد" is not an apposition.
  if (!role || (separated && role.titleOnly)) return null;
  // "دخل السياسة مستشارا للرئيس الاشتراكي فرانسوا هولاند": an office in the accusative describes the
  // sentence's subject; the name after "لل" + a title is that title's holder.
  if (!separated) {
    const inner = accusativeOfficeInner(tokens, role, isName) ?? rankInGenitive(tokens, role, isName);
    if (inner) return inner;
    // "مساعد الشؤون السياسية بمكتب الرئيس حسن روحاني": a bare title right before the name, after "ب"
    // or "ل" + a body ("بمكتب", "لديوان"), is the name's own title; the office around it is another's.
    if (isTitleAfterBody(tokens, role)) return { start: role.end - 1, end: role.end, titleOnly: true };
    // "كونواي مستشارة الرئيس الأمريكي | ترامب": the title in the genitive is this name's.
    const title = innerTitleBetweenNames(tokens, role.start, role.end, isName);
    if (title > 0) return { start: title, end: role.end, titleOnly: role.end - title === 1 };
    const between = innerOfficeBetweenNames(tokens, role, isName) ?? chainedOfficeAfterApposition(tokens, role, isName);
    if (between) return between;
  }
  // "والتقى نواب سليم الرياحي": a plural office before one name is his deputies, not his office;
  // it is each one's only before a list of names ("نواب الحزب فلان وعلان").
  if (!separated && isPluralOffice(tokens[role.start]) && !nameListAfter(tokens, nameStart, isName)) return null;
  if (separated && isAppositionOfEarlierName(tokens, role.start, isName)) return innerOfficeBefore(tokens, role, isName);
  return separated ? commaChainBefore(tokens, role, isName) : role;
}

function isTitleAfterBody(tokens: readonly Token[], role: RoleMatch): boolean {
  const title = role.end - 1;
  const body = tokens[title - 1];
  if (title - 1 <= role.start || !tokens[title].folded.startsWith('ال') || !isOfficeWord(tokens[title]) || stems(tokens[title]).length !== 1) return false;
  return body.isWord && /^[بل][^ل]/.test(body.folded) && !isDefinite(body) && isOrganizationHead(body);
}

/**
 * "مساعد الجنرال الأميركي فلان": a rank in the genitive of an indefinite office introduces its own
 * holder, as a rank does anywhere; the name after it is the general's, the office around it another's.
 */
function rankInGenitive(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  const rank = role.start + 1;
  if (rank >= role.end || isDefinite(tokens[role.start]) || !isOfficeWord(tokens[role.start]) || !isRank(tokens[rank].folded)) return null;
  // Only the rank and its nationality ("أمير اللواء بالبحرية" is a rank of its own, Tunisia's usage).
  for (let k = rank + 1; k < role.end; k++) if (!isNationalityWord(tokens[k])) return null;
  return isOfficeAt(tokens, rank) && officePhraseEnd(tokens, rank, isName) === role.end ? { start: rank, end: role.end, titleOnly: role.end - rank === 1 } : null;
}

/**
 * "كيليان كونواي مستشارة الرئيس الأمريكي دونالد ترامب", "كالين المتحدث باسم الرئيس التركي أردوغان":
 * an office right after one name, whose genitive is a title that always precedes its holder's name
 * ("الرئيس", "الملك"; also "بنس نائب الرئيس ترامب"), running into a second name: the first name holds the office, the second the
 * title. (After a verb of meeting the phrase is whom the first one met: no such reading.) Returns
 * where the title starts, or -1.
 */
function innerTitleBetweenNames(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): number {
  if (start < 1 || !isName(start - 1)) return -1;
  const nameStart = nameStartBefore(start - 1, isName);
  if (isMeetingVerb(tokens[(honorificBefore(tokens, nameStart)?.start ?? nameStart) - 1])) return -1;
  // (Nor when the first name has an office or honorific of its own: "وزير الخارجية فلان نائب الرئيس علان".)
  if (hasOwnTitleBefore(tokens, nameStart, isName)) return -1;
  if (!isName(end) && nameStartAfter(tokens, end, isName) < 0) return -1;
  for (let k = start + 1; k < end; k++) {
    const title = tokens[k];
    // (Not a rank: "فلان أمير اللواء علان" lists ranks, Tunisia's usage.)
    if (title.isWord && title.folded.startsWith('ال') && hasTrait(title.folded, PERSON_TITLE) && !foldedRanks.has(title.folded) && isOfficeAt(tokens, k) && officePhraseEnd(tokens, k, isName) === end) return k;
  }
  return -1;
}

function accusativeOfficeInner(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  // "أعضاء بالفريق الأمني للرئيس التركي فلان": an office behind a preposition is a group or post the
  // sentence names, not the holder's own; so the name after "لل" + a title is that title's holder.
  if (!isAccusativeOffice(tokens[role.start]) && !/[\u064b]/.test(tokens[role.start].text) && !officeBehindClitic(tokens[role.start], /^[بل]/)) return null;
  for (let k = role.start + 1; k < role.end; k++) {
    if (tokens[k].folded.startsWith('لل') && isOfficeWord(tokens[k]) && officePhraseEnd(tokens, k, isName) === role.end) return { start: k, end: role.end, titleOnly: false };
  }
  return null;
}

/** Titles whose complement may follow the holder's name ("النائب فلان عن الحزب"), folded. */
const SPLIT_TITLES = new Set(['النائب', 'النائبة', 'السفير', 'السفيرة'].map(fold));

/**
 * "النائب سالم حمدي عن حركة نداء تونس": a bare title before the name whose complement ("عن" + the
 * party, "لدى" + the country) comes after it. Given the title's index and the name's end, the end
 * of that complement, or -1.
 */
export function splitComplementEnd(tokens: readonly Token[], title: number, nameEnd: number, isName: IsNameToken = noNames): number {
  const preposition = tokens[nameEnd]?.folded;
  if (!SPLIT_TITLES.has(tokens[title].folded) || (preposition !== 'عن' && preposition !== 'لدي')) return -1;
  // ... a party, a body or a country ("عن قرب الموعد" is "about").
  const body = tokens[nameEnd + 1];
  if (!body?.isWord || !(isOrganizationHead(body) || gazetteer().organizations.has(body.folded) || isPlaceOrNationality(body))) return -1;
  const joined = [tokens[title], ...tokens.slice(nameEnd, nameEnd + MAX_ROLE_TOKENS)];
  let end = officePhraseEnd(joined, 0, (i) => i > 0 && isName(nameEnd + i - 1));
  // "عن حركة نداء تونس دائرة سيدي بوزيد | الاستقالة": a proper noun takes no genitive, so a common
  // noun with the article after a place or another word news uses rarely is the sentence's object.
  for (let k = 3; k < end; k++) {
    const previous = joined[k - 1];
    if (isDefinite(joined[k]) && isCommonWord(joined[k].folded) && !/يه?$/.test(joined[k].folded) && (isPlaceOrNationality(previous) || (!isDefinite(previous) && !isCommonWord(previous.folded) && !isOrganizationHead(previous) && !isOfficeWord(previous)))) {
      end = k;
      break;
    }
  }
  return end >= 3 ? nameEnd + end - 1 : -1;
}

/** Whether another name follows the one at `nameStart`, after "و" or a comma: the names are a list. */
function nameListAfter(tokens: readonly Token[], nameStart: number, isName: IsNameToken): boolean {
  let after = nameStart;
  while (after < tokens.length && isName(after)) {
    // "حسن الجبالي وكريم المحمدي": the next name of the list carries "و".
    if (after > nameStart && tokens[after].folded.startsWith('و')) return true;
    after++;
  }
  if (after === nameStart) return true;
  if (COMMAS.has(tokens[after]?.text ?? '')) after++;
  return isName(after) || nameStartAfter(tokens, after, isName) >= 0;
}

/** Brackets and quotes that may set off a body's short name after it ("فينا", "(فيفا)"). */
const ALIAS_OPEN = new Set(['"', '«', '“', '(']);
const ALIAS_CLOSE = new Set(['"', '»', '”', ')']);
const MAX_ALIAS_WORDS = 3;

/**
 * A body's short name set off after the office phrase that opens at `head`: "الاتحاد الدولي للسباحة
 * "فينا"". Given the index of its opening mark, the index after its closing one, or -1. The phrase
 * must name a body ("الاتحاد", "حزب") for the short name to be its.
 */
export function aliasEndAfter(tokens: readonly Token[], head: number, open: number): number {
  if (!ALIAS_OPEN.has(tokens[open]?.text ?? '') || !tokens[open - 1]?.isWord) return -1;
  if (!tokens.slice(head + 1, open).some((token) => isOrganizationHead(token))) return -1;
  for (let i = open + 1; i < tokens.length && i - open <= MAX_ALIAS_WORDS + 1; i++) {
    if (ALIAS_CLOSE.has(tokens[i].text)) return i > open + 1 && (tokens[open].text === '(') === (tokens[i].text === ')') ? i + 1 : -1;
    if (!tokens[i].isWord || isVerbLike(tokens[i])) return -1;
  }
  return -1;
}

/** The opening mark of such a short name that closes right before `end`, or -1. */
function aliasOpenBefore(tokens: readonly Token[], end: number): number {
  if (end < 3 || !ALIAS_CLOSE.has(tokens[end - 1].text)) return -1;
  for (let open = end - 3; open >= 0 && end - open <= MAX_ALIAS_WORDS + 2; open--) {
    if (!ALIAS_OPEN.has(tokens[open].text)) continue;
    const role = officePhraseBefore(tokens, open);
    return role && aliasEndAfter(tokens, role.start, open) === end ? open : -1;
  }
  return -1;
}

/**
 * "كان" and its sisters, negations and "قد", or a verb of saying: words that open a clause whose
 * subject is the name before.
 */
const CLAUSE_OPENER = /^[وف]?(?:س?[يتن]كون|كان|كانت|كانوا|اصبح|اصبحت|بات|باتت|ظل|ظلت|صار|صارت|مازال|مازالت|لازال|لازالت|[يت]زال|ليس|ليست|لم|لن|لا|ما|قد)$/;

/** Whether the name starting at `nameStart` is the subject of a clause that follows it. */
function opensClauseAfterName(tokens: readonly Token[], nameStart: number, isName: IsNameToken): boolean {
  let after = nameStart;
  while (after < tokens.length && isName(after)) after++;
  const next = tokens[after];
  return after > nameStart && next?.isWord === true && (CLAUSE_OPENER.test(next.folded) || isVerbLike(next));
}

/**
 * "فلان، مدير الحملة ...": the office phrase at `start` already stands in apposition after a name
 * (one behind a preposition or "و" does not: "فلان، بوزير الخارجية، علان" is whom he met, and
 * علان is that; "فلان، ومديرة المكتب، فلانة" is the next entry of a list).
 */
function isAppositionOfEarlierName(tokens: readonly Token[], start: number, isName: IsNameToken): boolean {
  return start > 1 && COMMAS.has(tokens[start - 1].text) && isName(start - 2) && !officeBehindClitic(tokens[start], /^[وبلك]/);
}

/** An office word read with a proclitic that `clitic` matches ("ووزير", "بمديرة"). */
function officeBehindClitic(token: Token, clitic: RegExp): boolean {
  if (!clitic.test(token.folded) || stems(token).length < 2) return false;
  // ("وممثلة الصندوق": a representative, no office word of the lexicon, behind its clitic too.)
  return (isOfficeWord(token) && !isOfficeForm(token.folded)) || stems(token).slice(1).some(isRepresentativeStem);
}

/** An office noun as a whole word, also in the accusative ("وكيلاً" is no "و" + office). */
function isOfficeForm(folded: string): boolean {
  // "والي" is asked of here only when written with ي (isOfficeWord): the governor, no "و" + "الي".
  return isOfficeStem(folded) || folded === 'والي' || (folded.length > 3 && folded.endsWith('ا') && isOfficeStem(folded.slice(0, -1)));
}

/**
 * "سلال، مدير الحملة الانتخابية للرئيس الجزائري، عبد العزيز بوتفليقة": an office phrase is one
 * person's; the name after the next comma is the apposition of the office inside its genitive
 * ("الرئيس الجزائري"), or of nothing ("فلان، وزير المالية، علان، وزير العدل": a list).
 */
function innerOfficeBefore(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  for (let head = role.start + 1; head < role.end; head++) {
    if (isOfficeAt(tokens, head) && officePhraseEnd(tokens, head, isName) === role.end && role.end - head > 1) return { start: head, end: role.end, titleOnly: false };
  }
  return null;
}

/**
 * "والمديرة العامة لشركة نسيم لتمويل المشاريع، فلانة": the comma before the name closes the office
 * phrase, so the phrase may run on to it through words the strict grammar does not know as
 * complements (a firm's own name, "ل" + its aim), as long as none of them opens a clause.
 */
function appositionPhraseBefore(tokens: readonly Token[], comma: number, isName: IsNameToken): RoleMatch | null {
  for (let head = Math.max(0, comma - MAX_ROLE_TOKENS); head < comma; head++) {
    if (isName(head) || !isOfficeAt(tokens, head)) continue;
    const strictEnd = officePhraseEnd(tokens, head, isName);
    if (strictEnd - head < 2 || strictEnd >= comma) continue;
    // "نائب مدير سكوتلاند | يارد،": the second word of a foreign body's name the strict phrase ends on.
    let k = isForeignSecondWord(tokens, strictEnd) ? strictEnd + 1 : strictEnd;
    // Before an honorific (no comma) a bare rare word is no complement: "وزير الثقافة يكرم الفنان فلان".
    const bareRare = (token: Token): boolean => !COMMAS.has(tokens[comma].text) && !isDefinite(token) && stems(token).length === 1 && isRareWord(token.folded) && !isPlaceOrNationality(token);
    while (k < comma && isLooseComplement(tokens, k, isName) && !bareRare(tokens[k])) k++;
    if (k === comma) return { start: head, end: comma, titleOnly: false };
  }
  return null;
}

/** A bare word, no common one, right after a bare word rare in running text (a proper noun). */
function isForeignSecondWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  return token?.isWord === true && previous?.isWord === true && isRareWord(previous.folded) && stems(previous).length === 1 && !isDefinite(previous) && stems(token).length === 1 && !isDefinite(token) && !isCommonWord(token.folded) && !isVerbLike(token);
}

/** What closes an apposition after a name: a comma, a full stop, a relative pronoun. */
const APPOSITION_ENDS = new Set(['،', ',', '.', 'الذي', 'التي', 'اللذين', 'اللتين', 'الذين']);

/** The end of loose complements from `end`, if they run up to one of `closers`; else `end`. */
function looseEndBefore(tokens: readonly Token[], end: number, isName: IsNameToken, closers: ReadonlySet<string>): number {
  let k = end;
  // "حاكم سابق لاركنسو وقس معمداني": after the name, "و" adds a second description, and a bare
  // word rare in running text is no complement there.
  // ("لرويترز": whom he spoke to ends the phrase; see press-addressees.ts.)
  while (k < tokens.length && k - end < MAX_ROLE_TOKENS && !tokens[k].folded.startsWith('و') && !isPressAddressee(tokens[k]) && isLooseComplement(tokens, k, isName) && !(isRareWord(tokens[k].folded) && stems(tokens[k]).length === 1 && !isDefinite(tokens[k]) && !isPlaceOrNationality(tokens[k]))) k++;
  return k > end && (k === tokens.length || closers.has(tokens[k].folded) || closers.has(tokens[k].text)) ? k : end;
}

/** A word an office phrase set off by a comma may go on with: no verb, particle, pronoun or name. */
function isLooseComplement(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const token = tokens[i];
  if (!token.isWord || isName(i) || isVerbLike(token) || foldedRoleStops.has(token.folded) || foldedExtraRoleStops.has(token.folded)) return false;
  if (/(?:ها|هم|هما|كم|نا)[\u064b-\u0652]*$/.test(token.text) || gazetteer().personVerbs.has(token.folded)) return false;
  const readings = stems(token);
  // "و" joins a further portfolio or place ("وشمال إفريقيا"), never a new clause nor the next entry.
  if (token.folded.startsWith('و') && readings.length > 1) {
    if (opensNextEntry(tokens, i, i, noNames)) return false;
    const next = tokens[i + 1];
    return readings.slice(1).some((stem) => stem.startsWith('ال') || isOfficeStem(stem) || gazetteer().organizationHeads.has(stem)) || (next?.isWord === true && isPlaceOrNationality(next));
  }
  // "لتمويل", "بتونس": a preposition and its noun; a definite word; a proper noun rare in running text.
  return (/^[لب]/.test(token.folded) && readings.length > 1) || isDefinite(token) || isPlaceOrNationality(token) || isOrganizationHead(token) || isRareWord(token.folded);
}

/**
 * "ولي ولي العهد، وزير الدفاع، الأمير محمد": offices set off by commas before the name are one office
 * phrase, as the article words it.
 */
function commaChainBefore(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch {
  let start = role.start;
  while (start > 1 && COMMAS.has(tokens[start - 1].text)) {
    const previous = officePhraseBefore(tokens, start - 1, isName);
    if (!previous || previous.titleOnly) break;
    start = previous.start;
  }
  return start === role.start ? role : { start, end: role.end, titleOnly: false };
}

/** How far back from a bracketed name the head of its list may be. */
const MAX_LIST_TOKENS = 80;

function isPlace(token: Token): boolean {
  return hasTrait(token.folded, PLACE);
}

/**
 * "وزراء خارجية كل من: السعودية (الأمير سعود الفيصل)، والأردن (عبد الحميد شرف)": an office heading a
 * list of countries, each with its office-holder in brackets. `open` is the bracket before the name.
 */
export function listRoleBefore(tokens: readonly Token[], open: number, isName: IsNameToken = noNames): RoleMatch | null {
  if (open === 0 || !isPlace(tokens[open - 1])) return null;
  for (let colon = open - 2; colon >= 0 && open - colon <= MAX_LIST_TOKENS; colon--) {
    const text = tokens[colon].text;
    if (text === '.' || text === '؟' || text === '!') return null;
    if (text !== ':') continue;
    const listStart = tokens[colon - 2]?.folded === 'كل' && tokens[colon - 1]?.folded === 'من' ? colon - 2 : colon;
    const role = officePhraseBefore(tokens, listStart, isName);
    return role && !role.titleOnly ? role : null;
  }
  return null;
}

/** A dash between list entries: "-", "–", "—" or a tatweel written alone ("ـ"). */
function isDash(token: Token | undefined): boolean {
  return token !== undefined && (/^[-–—]$/.test(token.text) || /^\u0640+$/.test(token.text));
}

/** "وهو", "وهي" (folded): before an office after a name they open its description. */
const PRONOUNS_OF_APPOSITION = new Set(['وهو', 'وهي']);

/** Skips a short bracket after a name: "(62 عاما)", "(الراحل)". Returns the index after it. */
function skipBracket(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(') return i;
  for (let j = i + 1; j < tokens.length && j - i <= 5; j++) if (tokens[j].text === ')') return j + 1;
  return i;
}

/**
 * Office phrase after the name ending at `nameEnd`: set off by a comma, a dash, or a bracket and a
 * colon ("فلان (62 عاما): حاكم فلوريدا"), or right after it ("محمد بن سلمان ولي ولي العهد"). A phrase
 * that runs straight into another name is that name's office, not this one's.
 */
export function roleAfter(tokens: readonly Token[], nameEnd: number, isName: IsNameToken = noNames): RoleMatch | null {
  // "خليفة بن حمد (أمير قطر الأسبق)": the bracket holds the office; "(62 عاما):" is skipped.
  // ("عن "فلان" الرئيس التنفيذي للشركة": the quote that closes the name sets it off, no more.)
  if (isQuotedName(tokens, nameEnd)) nameEnd++;
  // "فلان (قاض، رئيس دائرة بالمحكمة الإدارية)": a bare noun of his trade, then his office after a comma.
  const tradeFirst = tokens[nameEnd]?.text === '(' && tokens[nameEnd + 1]?.isWord === true && !isDefinite(tokens[nameEnd + 1]) && COMMAS.has(tokens[nameEnd + 2]?.text ?? '') && tokens[nameEnd + 3] !== undefined && isOfficeStart(tokens, nameEnd + 3);
  let start = tradeFirst ? nameEnd + 2 : tokens[nameEnd]?.text === '(' && tokens[nameEnd + 1] && isOfficeStart(tokens, nameEnd + 1) ? nameEnd : skipBracket(tokens, nameEnd);
  const separator = tokens[start]?.text;
  // A colon right after a name introduces what he said ("قطان: ولي ولي العهد يحضر ..."); after a
  // list entry's bracket it introduces the office.
  const afterBracket = start > nameEnd;
  // "* فلان : مديرا عاما للمركز": an appointment list puts the office he is given, in the accusative,
  // after the colon; no quote opens so.
  const appointedAfterColon = separator === ':' && tokens[start + 1] !== undefined && isAccusativeOffice(tokens[start + 1]);
  const separated = separator === '،' || separator === ',' || (separator === ':' && (afterBracket || appointedAfterColon)) || isDash(tokens[start]) || separator === '(';
  if (separator === ':' && !afterBracket && !appointedAfterColon) return null;
  if (separated) start++;
  // "فلان، وهو مدير مدرسة ابتدائية في أبها،": "وهو" (and he is) + an office describes the name before.
  const pronounLed = PRONOUNS_OF_APPOSITION.has(tokens[start]?.folded ?? '') && tokens[start + 1]?.isWord === true && isOfficeAt(tokens, start + 1) && !officeBehindClitic(tokens[start + 1], /^[وبلك]/);
  if (pronounLed) start++;
  // "تعيين فلان بوظيفة وكيل وزارة", "في منصب مدير عام": the post he is given, named by its office.
  else if (!separated && POST_NOUN.test(tokens[start]?.folded ?? '') && tokens[start + 1]?.isWord && !isDefinite(tokens[start + 1])) start++;
  else if (!separated && (tokens[start]?.folded === 'في' || tokens[start]?.folded === 'علي') && /^(?:منصب|وظيفه)$/.test(tokens[start + 1]?.folded ?? '') && tokens[start + 2]?.isWord && !isDefinite(tokens[start + 2])) start += 2;
  // "إعفاء فلان من منصبه وزيراً للصحة", "تكليف فلان بالقيام بعمل مدير عام ...": see post-phrases.ts.
  else if (!separated) start += postLeadLength(tokens, start, (i) => isOfficeAt(tokens, i), isAccusativeOffice);
  if (!tokens[start] || isName(start) || !isOfficeAt(tokens, start)) return null;
  // "التقت اللومي بكاتبة الدولة": an office behind a preposition is someone the person meets; one
  // behind "و" ("جون الن وموفد ...") is coordinated with an earlier office, not this name's.
  // After a comma "و" may still join a further office of his, but a preposition never opens an
  // apposition ("زياد العذاري، بمديرة الوكالة": he met her).
  if (officeBehindClitic(tokens[start], separated ? /^[بلك]/ : /^[وبلك]/)) return null;
  let end = officePhraseEnd(tokens, start, isName);
  // "زيارة الأمير فلان وزير الدفاع | لجمهورية مصر العربية": after a visit named before the holder,
  // "ل" + a country is where the visit goes, not the office's.
  if (isVisitBefore(tokens, nameEnd, isName)) end = visitDestinationAt(tokens, start, end);
  // "ميركل، المستشارة الفدرالية لجمهورية ألمانيا الاتحادية التي ...": an apposition set off by a
  // comma ends at the next comma, full stop or relative pronoun, so it may run on to it through
  // loose complements.
  if ((separated || pronounLed) && end - start >= 2) end = looseEndBefore(tokens, end, isName, APPOSITION_ENDS);
  end = verbsComplementStart(tokens, start, end);
  const titleOnly = end - start === 1;
  // "تعيين فلان رئيسا ومنجي ... نائبا للرئيس": a bare office in the accusative right after the name
  // is the post he is given, his even without a complement.
  const madeBare = !separated && start === nameEnd && isAccusativeOffice(tokens[start]);
  if ((!separated || pronounLed) && titleOnly && !madeBare) return null;
  // "رئيس الحكومة فلان المكلف بالملف": right after a name "المكلف" and a bare matter describe his
  // task; a post names the body too ("فلان المكلف بالإعلام بوزارة الداخلية").
  if (!separated && isInChargeOf(tokens, start) && end - start <= 2) return null;
  // ... unless that name carries "و" and so starts the next entry ("وزيرا للتجارة وخليل الغرياني ...").
  const runsIntoName = isName(end) || nameStartAfter(tokens, end, isName) >= 0;
  // ("فلان وزير النقل لسامي العلوي": a name behind "ل" or "ب" is whom he spoke to, not the holder.)
  const addressee = isName(end) && /^[لب]/.test(tokens[end].text) && !isKnownName(tokens[end].folded) && stems(tokens[end]).slice(1).some(isKnownName);
  // ("فلان مساعد الجنرال الأمريكي علان": unless the office in its genitive is the next name's.)
  const apposition = runsIntoName && !separated && start === nameEnd && innerOfficeBetweenNames(tokens, { start, end, titleOnly }, isName) !== null;
  // ("فلان، المبعوث الخاص للملك ووزير الدولة | رئيس الجمهورية علان": his offices end where the next name's chained one opens.)
  const chained = runsIntoName && (separated || start === nameEnd) ? chainedOfficeAfterApposition(tokens, { start, end, titleOnly }, isName) : null;
  if (chained) return { start, end: chained.start, titleOnly: chained.start - start === 1 };
  if (runsIntoName && !tokens[end].folded.startsWith('و') && !addressee && !apposition) {
    // "كونواي | مستشارة الرئيس الأمريكي ترامب": the next name is the title's in the genitive.
    if (innerTitleBetweenNames(tokens, start, end, isName) > 0) return { start, end, titleOnly: false };
    // "أويحيى مدير ديوان | الرئيس بوتفليقة": the phrase stopped at the next name's own title, which
    // is also its genitive: the office runs through that title.
    const next = nameStartAfter(tokens, end, isName);
    return next > end && innerTitleBetweenNames(tokens, start, next, isName) > 0 ? { start, end: next, titleOnly: false } : null;
  }
  // "... مساعد الجنرال الأمريكي علان | وموفد الولايات المتحدة الخاص": "و" + an office after that next
  // name adds a further office of the first; the fuller of the two is the more specific.
  if (apposition) {
    const further = furtherOfficeAfterName(tokens, end, isName);
    if (further && further.end - further.start > end - start) return further;
  }
  // "برفقة السراج رئيس المجلس الأعلى، عبد الرحمن السويحلي": an office straight after one name and
  // set off by a comma before the next is that next name's apposition.
  // (A next name with "و" is the next entry of a list: "فلان سفيرا لدى فرنسا، وعلان سفيرا لدى إيطاليا".)
  if (!separated && COMMAS.has(tokens[end]?.text ?? '') && (isName(end + 1) || nameStartAfter(tokens, end + 1, isName) >= 0) && !isConjoinedName(tokens[end + 1])) return null;
  return { start, end, titleOnly };
}

/** Whether a closing quote at `nameEnd` closes one opened right before the name ending there. */
function isQuotedName(tokens: readonly Token[], nameEnd: number): boolean {
  if (!QUOTE_CLOSE.has(tokens[nameEnd]?.text ?? '')) return false;
  let start = nameEnd;
  while (start > 0 && tokens[start - 1].isWord && nameEnd - start < 6) start--;
  return start > 0 && QUOTE_OPEN.has(tokens[start - 1].text) && start < nameEnd;
}

/** Verbal nouns of a visit or tour, folded: what follows with "ل" is where it goes. */
const VISIT_NOUNS = new Set(['زياره', 'جوله']);

/** Whether a visit noun stands right before the name ending at `nameEnd` (or its honorifics). */
function isVisitBefore(tokens: readonly Token[], nameEnd: number, isName: IsNameToken): boolean {
  let start = nameStartBefore(nameEnd, isName);
  if (start === nameEnd) return false;
  start = honorificBefore(tokens, start)?.start ?? start;
  const before = tokens[start - 1];
  return before?.isWord === true && stems(before).some((stem) => VISIT_NOUNS.has(stem));
}

/** The first "ل" + a country or a state's head ("لمصر", "لجمهورية", "للمملكة") after the office's head, or `end`. */
function visitDestinationAt(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 2; k < end; k++) {
    const word = tokens[k].folded;
    if (!word.startsWith('ل')) continue;
    const noun = word.startsWith('لل') ? `ال${word.slice(2)}` : word.slice(1);
    if (gazetteer().places.has(noun) || PLACE_HEADS.has(noun)) return k;
  }
  return end;
}

function isKnownName(folded: string): boolean {
  return gazetteer().firstNames.has(folded) || isGivenName(folded);
}

/** Words that open a compound given name or a kunya ("عبد الكريم", "أبو بكر"), folded. */
const COMPOUND_NAME_OPENERS = new Set(['عبد', 'ابو', 'ام']);

/**
 * "وفهد", "وسامي": a given name with the conjunction "و" ("وليد" is a name of its own); also an
 * honorific with it ("واللواء", "والدكتور"), which opens the next entry of a list as well.
 */
function isConjoinedName(token: Token): boolean {
  const rest = token.folded.slice(1);
  if (token.folded.startsWith('وال') && isHonorificWord(token) && !isHonorificStem(token.folded)) return true;
  // ("، والدكتور فلان": the next entry may open with its honorific.)
  // ("وعبد الكريم", "وأبو بكر": a compound name's opening word, which opens no other word.)
  return token.folded.startsWith('و') && (gazetteer().firstNames.has(rest) || isGivenName(rest) || COMPOUND_NAME_OPENERS.has(rest) || (rest.startsWith('ال') && isHonorificWord(token)));
}

/**
 * "نائب رئيس مجلس الوزراء وزير الخارجية": the last of the offices a phrase chains without "و" (a bare
 * office word after a complete definite phrase), the one a counterpart ("نظيره العماني") shares; the
 * whole phrase when it holds one office.
 */
export function lastChainedOffice(role: string): string {
  const tokens = tokenize(role);
  for (let k = tokens.length - 2; k > 0; k--) {
    const previous = tokens[k - 1];
    if (tokens[k].isWord && isOfficeStem(tokens[k].folded) && previous.isWord && isDefinite(previous) && isOfficeAt(tokens, k)) return role.slice(tokens[k].start);
  }
  return role;
}

/** The country an office belongs to, from a nationality adjective or a place named in it. */
export function countryOfRole(roleTokens: readonly Token[]): string | null {
  const gaz = gazetteer();
  for (const token of roleTokens) {
    for (const { stem } of procliticReadings(token.folded)) {
      const country = gaz.nationalities.get(stem);
      if (country) return country;
    }
  }
  for (const token of roleTokens) {
    for (const { stem } of procliticReadings(token.folded)) {
      if (gaz.places.has(stem) && stem !== 'المملكه') return token.text.slice(token.text.length - stem.length);
    }
  }
  return null;
}
