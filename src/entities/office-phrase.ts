/**
 * How far an office phrase runs: an office noun with its complements (definite words, nationalities,
 * places, genitives, prepositional complements, qualifiers, further offices joined by "و"), up to a
 * verb, particle, clause, punctuation or the next name.
 */
import { isDefiniteDerivedMasdar } from './common-noun-words.js';
import { isClericalTitle } from './clerical-titles.js';
import { isGenitiveBeforeTitledHolder } from './construct-genitives.js';
import { opensGreetingObject } from './greeting-formulas.js';
import { isNobleEpithetAt } from './honorific-titles.js';
import { TECHNICAL } from './national-team-trades.js';
import { gradeBeforeBodyEnd } from './decree-grades.js';
import { closesBodyNameBeforeDefiniteGivenName } from './body-name-last-words.js';
import { isGuestAppositionAt } from './guest-apposition.js';
import { isPersonNoun } from './human-noun-names.js';
import { isGluedHyphenAt, type Token, tokenReadAs } from './tokenize.js';
import { gazetteer, isTwoWordPlace } from './gazetteer.js';
import { isGovernorRankBeforePost, isProvinceGovernorAt } from './province-governors.js';
import { givenUnitNameEnd, governedUnitNameEnd, isJoinedGovernorPost } from './given-units.js';
import { ISSUED_DOCUMENTS, foldedExtraRoleStops, foldedLeadingNameParts, foldedNameQualifiers, foldedPortfolioGlosses, foldedRoleQualifiers, foldedRoleStops, foldedTrailingNameParts, isParticle } from './lexicon.js';
import { isSportComplementAt } from './sport-complements.js';
import { binPlaceAt, isCommonWord, isOfficeWithPronoun, isPlaceNameWord, isPlaceWord } from './ordinary-words.js';
import { isClubTownAt } from './club-town-names.js';
import { isListedGivenName, isListedNameWord, isNewsDefiniteGivenName } from './given-names.js';
import { fold } from '../text/normalize.js';
import { isOftenANameInNews, isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import { isWawGivenName } from './waw-given-names.js';
import { isConjunctionBeforeGlossedName } from './latin-glosses.js';
import { isProfessionPhraseAt } from './profession-phrases.js';
import { FOREIGN_NAME_PARTICLES, HASSANIYA_LINKS, LINEAGE_CHAIN_LINKS, MANS_NAME_OPENERS, opensDaughterName, SAINT_TITLES } from './name-parts.js';
import { rememberedPerPosition, rememberedValuePerPosition } from './block-memo.js';
import { hasTrait, OFFICE_WORD, PERSON_TITLE } from './word-traits.js';
import { isBareProperNoun } from './proper-noun-words.js';
import { isComma } from './located.js';
import { continuesHashemiteName, continuesStateName, isCountryName, isEnvoysState } from './envoy-states.js';
import { districtNameEnd } from './district-names.js';
import { isNamedPressAddressee, isQuotedMediumAt, isRadioAddresseeAt } from './press-addressees.js';
import { closesBareRegionName, closesPlaceGenitiveBeforeName, continuesRegionName, isPlaceNameAfterRegionHead, isUncommonRegionSeatAt } from './region-proper-names.js';
import { foreignCompanyTailEnd } from './medium-name-tails.js';
import { isVerbsBaObjectAt } from './ba-object-verbs.js';
import { continuesMosqueOffice } from './mosque-offices.js';
import { churchSeeWordsEnd } from './church-sees.js';
import { possessorPhraseEnd } from './possessor-phrases.js';
import { isWholeFalName } from './foreign-name-run.js';
import { BELONGING_PARTICIPLES } from './body-asides.js';
import { personNamedRegionLength } from './person-named-regions.js';
import { type IsNameToken, noNames } from './role-types.js';
import { DEFINITE_TAFIL_NOUN, INDEFINITE_TAFIL_NOUN, isAccusativeOffice, isDefinite, isGivenNameWord, isImperfectVerb, ISTIFAL_NOUN, isMostlyANameInNews, isNamedAfterHead, isNationalityWord, isOfficeForm, isOfficeStem, isOfficeStemWithOrWithoutArticle, isOfficeWord, isOrganizationHead, isPluralOffice, isPlaceOrNationality, isPlaceStem, isTimeWord, isVerbLike, isWrittenFeminine, COMPASS_QUARTERS, OFFICE_ADJECTIVES, PLACE_QUALIFIERS, REGION_HEADS, STATE_HEADS, stems } from './office-words.js';
import { isConjoinedHonorific, isHonorificWord, isNisbaOfDefiniteThing, isStyleBeforeNameAt, isOfficeNisba, isTeamInConstruct, isTitleWrittenAfterOffice, nameStartAfter } from './honorific-titles.js';
import { IN_CHARGE_HEADS, isChargeDAffairesAt, isOfficeAt, isOfficeInName, SAID_OPENER_WORDS } from './office-start.js';
import { isGluedPartyNamedForCountryAt } from './membership-offices.js';
import { compassQuarterOfPlaceEnd, ELECTORAL_DISTRICTS, isCommunitySeatAt, FEDERATED_STATES, isCompanyOfPlaceAndTrade, isEnvoy, isRegionalOffice, isRepresentative, prepositionComplement, WORKERS } from './office-prepositions.js';
import { townNameEnd } from './town-names.js';
import { isTradeNoun } from './trade-nouns.js';
import { continuesAfterGovernedObject, governedObjectEnd, isPersonNounObject } from './governed-prepositions.js';
import { isRegionalSeat } from './regional-seats.js';
import { isLedByWord, isPresidencyWonAt } from './leadership-nouns.js';
import { joinedActingLeadLength } from './acting-posts.js';
import { founderFirmNameEnd } from './family-houses.js';
import { definiteSeatEndAt, gluedRegionSeatEndBeforeName, isBranchSeatBeforeName, officeSeatEndAt, opensSeatAt, quarterSeatEndBeforeName, regionSeatEndBeforeName } from './branch-regions.js';
import { bodyAim, bodyInConstruct, isNeverAPersonFeminineNoun, bodySeat, deputyPortfolio, detachedPortfolioInConstruct, ENTOURAGE_NOUNS, furtherPortfolio, isConjoinedConstructAt, isPeopleInConstruct, membersWorkplace, parallelPortfolio, qualifiedOfficeAim, coordinatedBodyGenitive, sharesGenitiveAfterDetachedWaw } from './office-portfolios.js';
import { COMPASS_NOUNS, isCountryNisba, aliasEndAfter, isNameAfterBodyName, opensLineage, isDefiniteGivenName, officeOfState, FORMER, ACTING, officeBehindClitic, SPOKEN_FOR, isSpokesmanGivenName, preposedKnown, quotedEnd, isQuotedBodyAfterOffice, isSpokenForPronoun, isSecondBodyNameWord, CANDIDATES, isArticleGivenName, isCompoundRankBeforeName, isAddressee, closesTownGenitive, isPluralAfterSingularNisba, startsTwoWordName, coordinatedProperNoun, isRegionHeadWord, closesRegionWithNisba, LOCATIVE_ADVERBS, opensVerbComplementAfterTown, HEADED_BY_NAME, isOutgoingTermAt, isRareArticleGivenName, isGivenNameOffice, quotedBodyServedEnd, isEventYear, GRADE_NOUNS, breaksAccusativeAgreement, TOWN_NAME_HEADS, isPurposeNoun, closesRegionName, isHolyCityEpithetAt, isConstructStatePlural, namedAfterEnd, isConstituencyNumber, isNumberedUnit, isUnitArm, isTeenOrdinalTenAt, isNisbaOfDefiniteNoun, coordinatedPlace, IN_CHARGE, isNumberedBodyName, isPronounNounBehindClitic, isTaskInChargeAt, RELATIVE_PRONOUNS, takesGenitive, startsAfterClosedChain, closesKnownBody, communeAfterCouncilEnd } from './office-phrase-parts.js';
import { CLOSING_QUOTES } from './quote-marks.js';
import { isMeetingVerb } from './meeting-verbs.js';
import { nationalityClosedNameEnd } from './nationality-closed-names.js';
import { isMembersGenitive } from './body-member-nouns.js';
import { inChargeClauseEnd } from './in-charge-clauses.js';
import { HER_OUR_YOUR_THEIR_ENDING } from './pronoun-endings.js';
import { lateNamesakeEnd } from './late-namesakes.js';
import { latinBodyEnd } from './latin-body-names.js';
import { sovereignGenitiveLength } from './sovereign-genitives.js';
import { isOrdinalWord } from './counted-ordinals.js';
import { isFutureVerb } from './imperfect-verbs.js';
import { namesakeTownEnd, ownNamedNamesakeEnd } from './namesake-places.js';
import { opensDinCompoundName } from './din-compound-names.js';

/** "وآدابها", "وتطبيقاتها", "وعلومها" (folded): "and its literature, applications, sciences", a field's own branches. */
const FIELD_WITH_PRONOUN = /^و(?:اداب|تطبيقات|علوم|تقنيات|فنون)ها$/;

/** "المقيم", "المقيمة" (resident), as an office's adjective (folded: "ة" is "ه"). */
const RESIDENT = /^المقيمه?$/;

/** A company's heads, folded ("شركة", "مجموعة"): they take the company's own name as their genitive. */
const COMPANY_HEADS = new Set(['شركه', 'مجموعه']);

/** Whether the two words before `end` are a company's foreign name ("لشركة | أكوا باور"): bare, no common word. */
function isForeignCompanyNameBefore(tokens: readonly Token[], end: number): boolean {
  const foreign = (token: Token): boolean => token.isWord && !token.folded.startsWith('ال') && !isCommonWord(token.folded) && !isOfficeWord(token) && !isPlaceOrNationality(token) && !isVerbLike(token);
  const head = tokens[end - 3];
  return foreign(tokens[end - 2]) && foreign(tokens[end - 1]) && head.isWord && !isDefinite(head) && stems(head).some((stem) => COMPANY_HEADS.has(stem));
}

/** Whether a lineage ("سامي بن حسين") opens at `end` right after two bare words that name a place or body (isForeignCompanyNameBefore's shape, common words allowed). */
function isLineageOpenerAfterBareName(tokens: readonly Token[], end: number): boolean {
  const [given, link, father] = [tokens[end], tokens[end + 1], tokens[end + 2]];
  if (!given.isWord || !isListedGivenName(given.folded) || link?.folded !== 'بن' || father?.isWord !== true || !isListedGivenName(father.folded)) return false;
  const bare = (token: Token | undefined): boolean => token?.isWord === true && !token.folded.startsWith('ال') && !isOfficeWord(token) && !isNamedAfterHead(token) && !isHonorificWord(token) && !isListedGivenName(token.folded);
  return bare(tokens[end - 1]) && bare(tokens[end - 2]);
}

/** "أم", "أبو" (folded): kunya heads that also open places' names ("أم القيوين", "أبو ظبي"). */
const KUNYA_PLACE_HEADS = new Set(['ام', 'ابو']);

/** "لدى", "في", "إلى" (folded): the preposition before the state or body an envoy is posted to. */
const ENVOY_POSTINGS = new Set(['لدي', 'في', 'الي']);

/** "عضو", "العضو" (folded): a member, of a council whose seat may follow his membership. */
const COUNCIL_MEMBERS = new Set(['عضو', 'العضو']);

/** "لولاية", "لفترة", "لعهدة" (for a term), folded. */
const TERM_NOUNS = new Set(['لولايه', 'لفتره', 'لعهده']);
/** What says a term's length or rank after its noun: "مدتها", "ثانية", "جديدة", "أخرى", "واحدة", folded. */
const TERM_FOLLOWERS = /^(?:مدت(?:ه|ها)|ثاني[هة]|ثالث[هة]|جديد[هة]|اخري|واحد[هة]|انتقالي[هة])$/;

/** "ثانياً" ... "عاشراً" (second ... tenth, in the accusative), folded: a deputy's rank among the deputies. */
const ACCUSATIVE_ORDINALS = new Set(['ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا']);

/** "سان", "سانت" (Saint), folded: the first word of a town's name ("سان لويس", "سانت إتيان"), whose second is a saint's given name. */
const SAINTS = new Set(['سان', 'سانت']);

/** "والي", "الوالي" (a governor, of a region in Morocco), folded; behind "و" too ("ووالي جهة الرباط"). */
const WALI = new Set(['والي', 'الوالي', 'ووالي', 'والوالي']);

/**
 * End of the office phrase whose head is at `head`: the head and its complements. Stops before the
 * next name and before the honorifics that introduce it.
 */
export function officePhraseEnd(tokens: readonly Token[], head: number, isName: IsNameToken = noNames): number {
  return beforeTermOfOffice(tokens, head, beforeActivityClause(tokens, head, withGluedHyphenWords(tokens, head, withDistrictOrdinal(tokens, head, phraseEndWithNames(tokens, head, isName)), isName)));
}

/**
 * ("هيئة إدارة واستثمار | أموال الوقف السني": an indefinite common noun in the construct state with a
 * definite genitive, the two nouns' shared one.)
 */
function isNounBeforeDefiniteGenitive(tokens: readonly Token[], i: number): boolean {
  const genitive = tokens[i + 1];
  return !isDefinite(tokens[i]) && isBareCommonNoun(tokens[i]) && isCommonWord(tokens[i]) && !isVerbLike(tokens[i]) && !isOfficeWord(tokens[i]) && genitive?.isWord === true && isDefinite(genitive) && !isVerbLike(genitive);
}

/** ("ضحايا ومفقودي | فيضان درنة": an indefinite common noun in the construct state with a place's name.) */
function isNounBeforePlace(tokens: readonly Token[], i: number): boolean {
  const place = tokens[i + 1];
  return !isDefinite(tokens[i]) && isBareCommonNoun(tokens[i]) && isCommonWord(tokens[i]) && !isVerbLike(tokens[i]) && place?.isWord === true && !isDefinite(place) && isPlaceOrNationality(place);
}

/**
 * A word bare of clitics, or a common word whose reading behind one is none ("كهرباء", not "ك" +
 * "هرباء"; "فيضان", not "ف" + "يضان").
 */
function isBareCommonNoun(token: Token): boolean {
  const readings = stems(token);
  return readings.length === 1 || (readings.length === 2 && isCommonWord(token) && !isCommonWord(readings[1]));
}

/** "سكة", "سكك" (rail, rails), folded: "سكة حديد", a railway. */
const RAIL = new Set(['سكه', 'سكك']);


/** "فرع" (folded), a body's branch. */
const BRANCH = 'فرع';

/** "لولاية" (folded): "for a term", or "for the state of" before a state's name. */
const FOR_A_TERM = 'لولايه';
/** What makes "ولاية" a term: its ordinal or "new", "other", folded. */
const TERM_QUALIFIERS = new Set(['ثانيه', 'ثالثه', 'رابعه', 'خامسه', 'جديده', 'اخري', 'اولي', 'واحده', 'كامله', 'انتقاليه']);

/**
 * ("انتخاب فلان رئيساً للمجلس | لولاية ثانية مدتها سنة": the office ends before the term it is held
 * for; "لولاية" + a state's name goes on: "والياً لولاية تيزي وزو".)
 */
function beforeTermOfOffice(tokens: readonly Token[], head: number, end: number): number {
  for (let k = head + 1; k < end; k++) if ((tokens[k].folded === FOR_A_TERM && TERM_QUALIFIERS.has(tokens[k + 1]?.folded ?? '')) || isTimesOrSessionAt(tokens, k)) return k;
  return end;
}

/** "للمرة", "للدورة" (for the time, for the session), folded. */
const FOR_THE_TIME = 'للمره';
const FOR_THE_SESSION = 'للدوره';
/** The ordinals and "new", "next", "current" that count such a time or session, folded, with the article and without. */
const COUNTED_TERMS = new Set(['اولي', 'ثانيه', 'ثالثه', 'رابعه', 'خامسه', 'سادسه', 'جديده', 'مقبله', 'قادمه', 'حاليه', 'تاليه', 'اخيره', 'اخري'].flatMap((word) => [word, `ال${word}`]));

/**
 * ("أمين الصندوق | للدورة الثانية على التوالي", "رئيس فرع الزرقاء | للمرة الثانية.": the time or the
 * session for which he holds it, closing the clause, no part of the office; a festival's session with
 * its genitive after it is what the office serves, "رئيس اللجنة المنظمة للدورة الثانية من المهرجان".)
 */
function isTimesOrSessionAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].folded;
  if ((word !== FOR_THE_TIME && word !== FOR_THE_SESSION) || !COUNTED_TERMS.has(tokens[k + 1]?.folded ?? '')) return false;
  // (Where the holder's name follows the term, the phrase keeps it: the name rules read the holder
  // right after the office.)
  const after = tokens[k + 2];
  return after === undefined || !after.isWord || (after.folded === 'علي' && tokens[k + 3]?.folded === 'التوالي');
}

/**
 * ("الرئيسة التنفيذية لشركة هانزا-تك": a body's name whose words a hyphen glues together, no space
 * on either side, is one name: the phrase goes on over it.)
 */
function withGluedHyphenWords(tokens: readonly Token[], head: number, end: number, isName: IsNameToken): number {
  while (end - head >= 2 && tokens[end]?.text === '-' && tokens[end - 1].isWord && tokens[end + 1]?.isWord === true && isGluedHyphenAt(tokens, end) && !isName(end + 1)) end += 2;
  return end;
}

/**
 * Participles that say what a company does ("participating in", "specialized in", "carrying out"),
 * folded, masculine and feminine: with a preposition after them they describe the body, never the post.
 */
const ACTIVITY_PARTICIPLES = new Set(['المشارك', 'المشاركه', 'المتخصص', 'المتخصصه', 'المنفذ', 'المنفذه', 'المطور', 'المطوره', 'المشغل', 'المشغله', 'المالك', 'المالكه']);
/** Prepositions after such a participle, folded. */
const ACTIVITY_PREPOSITIONS = new Set(['في', 'ب', 'علي', 'ل']);

/**
 * ("المدير التنفيذي لشركة أكسيونا للمياه | المشاركة في تنفيذ المشروع", "الرئيس التنفيذي لشركة الصين
 * للهندسة البحرية | المنفذة للمشروع": the office ends before a participle of what the body does and
 * its preposition.)
 */
export function beforeActivityClause(tokens: readonly Token[], head: number, end: number): number {
  for (let k = head + 2; k < end; k++) {
    if (!ACTIVITY_PARTICIPLES.has(tokens[k].folded)) continue;
    const next = tokens[k + 1];
    // ("رئيساً للمحكمة الجزائية المتخصصة | بالرياض": not before "ب" + a town, the seat of a body
    // whose name the participle closes, "the specialized criminal court".)
    if (next?.isWord === true && next.folded.startsWith('بال') && isPlaceStem(next.folded.slice(1))) continue;
    if (ACTIVITY_PREPOSITIONS.has(next?.folded ?? '') || /^(?:[بل]ال|لل)/.test(next?.folded ?? '')) return k;
  }
  return end;
}

/**
 * ("رئيس حي المنتزه | أول", "مأمور قسم الدقي ثان", "مأمور قسم شرطة العامرية ثان": Egypt's districts
 * and police sections are numbered after the place's name, which closes the phrase.)
 */
function withDistrictOrdinal(tokens: readonly Token[], head: number, end: number): number {
  const ordinal = tokens[end];
  if (ordinal?.isWord !== true || !DISTRICT_ORDINALS.has(ordinal.folded) || end - head < 2 || !tokens[end - 1].isWord) return end;
  const numbered = (at: number): boolean => at >= head && tokens[at].isWord && stems(tokens[at]).some((stem) => NUMBERED_DISTRICT_HEADS.has(stem));
  return numbered(end - 2) || (tokens[end - 2].folded === 'شرطه' && numbered(end - 3)) ? end + 1 : end;
}

function phraseEndWithNames(tokens: readonly Token[], head: number, isName: IsNameToken): number {
  const plain = plainOfficePhrase(tokens, head);
  if (isName === noNames) return plain.end;
  // The grammar learns of names only through `isName`: where none of the positions the scan without
  // names asked about is a name, the scan with names goes the same way to the same end. Where one
  // is, it goes the same way up to the step that asked about it (each step depends on where it
  // starts alone), so the scan with names starts at that step.
  for (let k = 0; k < plain.asked.length; k++) if (isName(plain.asked[k])) return phraseEndFromStep(tokens, head, isName, plain.askedAtStep[k]);
  return plain.end;
}

/** A scan with names as it went: the step it started at, the positions it asked about, each answer, and its end. */
interface ScanWithNames {
  from: number;
  asked: number[];
  answers: boolean[];
  end: number;
}

// The passes ask for the same phrase with names again and again (the names change little between
// them). A scan goes where the answers about names take it, so one that gets the same answers to
// the same questions from the same step ends where an earlier one did.
const scansWithNames = rememberedValuePerPosition((): ScanWithNames[] => []);

/** phraseEndBeforeNames from step `from`, or the end of an earlier scan that the names would take the same way. */
function phraseEndFromStep(tokens: readonly Token[], head: number, isName: IsNameToken, from: number): number {
  const earlier = scansWithNames(tokens, head);
  for (const scan of earlier) if (scan.from === from && scan.asked.every((i, k) => isName(i) === scan.answers[k])) return scan.end;
  const scan: ScanWithNames = { from, asked: [], answers: [], end: -1 };
  scan.end = phraseEndBeforeNames(tokens, head, (i) => {
    const answer = isName(i);
    scan.asked.push(i);
    scan.answers.push(answer);
    return answer;
  }, from);
  earlier.push(scan);
  return scan.end;
}

// One loop body of ~130 rules on purpose. Split in 17 functions of consecutive rules (as
// mergedBlockSpans is split in steps), it cost more than it saved: remembered per head, the scan takes
// only ~3,700 steps a megabyte, so V8 ran the long body unoptimized through four megabytes but
// compiled the small functions early, 22 times over (whole process under callgrind, counted as
// scripts/count-extraction-instructions.sh counts it: 0 4 1, 32.05 → 32.62 billion instructions;
// 0 6 1, 45.29 → 45.45; 0 2 0.3, 8.485 → 8.489).
/** The scan of officePhraseEnd from `from`, where one of its steps starts; `onStep` hears where each step starts. */
/**
 * Whether a name starts at `k`, after its honorifics or a definite title that restates the office
 * ("قاضي التحقيق الأول في بيروت | القاضي فلان").
 */
function opensTitledName(tokens: readonly Token[], k: number, isName: IsNameToken): boolean {
  const opensName = (i: number): boolean => isName(i) || nameStartAfter(tokens, i, isName) >= 0;
  return opensName(k) || (tokens[k]?.isWord === true && isDefinite(tokens[k]) && isOfficeWord(tokens[k]) && opensName(k + 1));
}

/**
 * Whether tokens[i] ends a place of two words the lexicon knows, the word before it its first
 * (behind "ب", "ل" or "لل" as the phrase writes it): "تيزي وزو", "الدار البيضاء".
 */
export function closesTwoWordPlace(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i - 1];
  const second = tokens[i];
  if (first?.isWord !== true || second?.isWord !== true) return false;
  const firstForms = first.folded.startsWith('لل') ? [`ال${first.folded.slice(2)}`] : stems(first);
  return firstForms.some((form) => isTwoWordPlace(form, second.folded));
}

/** "ولمراقبة التراب" at i, after a complement in "ل" within the phrase from `head`: "و" + "ل" + a noun, then a definite word. */
function isJoinedLamComplementAt(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token.isWord || !/^ول[^ل].{2,}$/.test(token.folded) || next?.isWord !== true || !isDefinite(next) || isVerbLike(next) || isOfficeWord(token)) return false;
  return tokens.slice(head + 1, i).some((word) => word.isWord && /^لل./.test(word.folded));
}

/** After "ما يسمى"/"ما تسمى" (so-called) at i, the end of the quoted or definite name it calls so, or -1. */
function soCalledPortfolioEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.folded !== 'ما' || !/^[يت]سمي$/.test(tokens[i + 1]?.folded ?? '')) return -1;
  const quoted = quotedEnd(tokens, i + 2);
  if (quoted > 0) return quoted;
  return tokens[i + 2]?.isWord === true && isDefinite(tokens[i + 2]) && !isVerbLike(tokens[i + 2]) ? i + 3 : -1;
}

/**
 * "عمدة بلدية أطار | حمادي ولد سيدي المختار", "الوزير الأول | المختار ولد اجاي": a word before the
 * Hassaniya "ولد"/"منت" (son, daughter of) opens the holder's lineage: a bare word past the body's
 * first word (right after the head it is the town's name, "بلدية ولد ينجه"), or a word with the
 * article the news often takes for a person ("المختار"; "الرئيس السابق ولد عبد العزيز" names him
 * by his family name, after a qualifier the news never takes for one).
 */
function opensHassaniyaLineage(tokens: readonly Token[], head: number, at: number): boolean {
  const token = tokens[at];
  if (!token.isWord || !HASSANIYA_LINKS.has(tokens[at + 1]?.folded ?? '') || tokens[at + 2]?.isWord !== true) return false;
  // ("سفيرة موريتانيا لدى الدولة الغالية منت أحمد فال": before "منت" any definite word is a woman's
  // given name; name-parts.ts.)
  if (opensDaughterName(tokens, at)) return at - head >= 1;
  // ("رئيس الاتحادية الوطنية للصيد التقليدي | السالك ولد بلال": or one the news never takes for a
  // person or anything else, past the body's own words: no common word, qualifier or office.)
  const unmarkedDefinite = at - head >= 3 && personShareBucket(token.folded) < 0 && !isCommonWord(token) && !foldedRoleQualifiers.has(token.folded) && !isOfficeWord(token) && !isNationalityWord(token);
  return token.folded.startsWith('ال') ? at - head >= 1 && (personShareBucket(token.folded) >= 2 || unmarkedDefinite) : at - head >= 3;
}

/** Whether a quoted name opening with a word with the article ("الإدارة الذاتية") opens at `open` and a comma follows it. */
function isQuotedDefiniteBodyBeforeComma(tokens: readonly Token[], open: number): boolean {
  const end = quotedEnd(tokens, open);
  return end > 0 && /^ال.{2,}/.test(tokens[open + 1].folded) && isComma(tokens[end]);
}

/** Whether tokens[i] is "و" + an office in the plural without the article ("ورؤساء"), the office at `head` no plural. */
function isConjoinedPluralOfficeAt(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || !token.folded.startsWith('و') || token.folded.startsWith('وال') || isPluralOffice(tokens[head])) return false;
  // (The word after the "و": "وزراء" is itself a plural office, its "و" no conjunction.)
  return isPluralOffice(tokenReadAs(token, token.folded.slice(1)));
}

/** "سان", "سانت", "سانتا", "سانتو" (Saint), folded: the first word of many European and American towns. */
const FOREIGN_SAINTS = new Set(['سان', 'سانت', 'سانتا', 'سانتو']);

/** "مقيم", "مقيمة" (resident), folded as written in the accusative too: an envoy "غير مقيم" resides elsewhere. */
const NON_RESIDENT = /^مقيم(?:ا|ه|ين)?$/;

/** "young" (folded), the letters of a Tunisian town too ("الشابة", Chebba). */
const YOUNG_LIKE_TOWNS = new Set(['شاب', 'شابه']);

/**
 * "الاتحاد العراقي | المركزي لرفع الأثقال": a nisba of the body's own after its nationality ("المركزي",
 * "الوطني", "العام"), no name (folded, masculine).
 */
function isBodyNisbaAfterNationality(token: Token): boolean {
  return BODY_NISBAS.has(token.folded);
}

/** Nisbas a body's name takes after its country's ("الاتحاد العراقي المركزي"), folded. */
const BODY_NISBAS = new Set(['المركزي', 'الوطني', 'العام', 'الاعلي', 'الموحد', 'الفيدرالي', 'الاتحادي']);

/** A department of a ministry, behind "ل" or bare ("لإدارة", "إدارة"), folded. */
const DEPARTMENTS = new Set(['اداره', 'لاداره']);

/** The end of "حافظ الأختام" (keeper of the seals) from tokens[i], maybe after a comma, or -1. */
function keeperOfTheSealsEnd(tokens: readonly Token[], i: number): number {
  const k = isComma(tokens[i]) ? i + 1 : i;
  return tokens[k]?.folded === 'حافظ' && tokens[k + 1]?.folded === 'الاختام' ? k + 2 : -1;
}

function phraseEndBeforeNames(tokens: readonly Token[], head: number, isName: IsNameToken, from = head + 1, onStep?: (end: number) => void): number {
  let end = from;
  while (end < tokens.length && end - head < MAX_ROLE_TOKENS) {
    onStep?.(end);
    const token = tokens[end];
    // ("النائب عن دائرة تبريز | وآذرشهر وأسكو", "النائبة عن طهران والري | وشميرانات": the further towns of
    // an MP's constituency, "و" + a town the lexicon knows or a word no running text writes.)
    if (end - head >= 3 && isConstituencyTownAt(tokens, head, end) && !isName(end)) {
      end++;
      continue;
    }
    // ("رئيساً لمجلس إدارة الشركة المصرية للتكرير | بمسطرد.": after an office in the accusative (its
    // holder named before it), "ب" + a word no running text writes, closing the clause, is the seat's town.)
    if (end - head >= 3 && isAccusativeOffice(tokens[head]) && isUnseenTownBehindBa(token) && tokens[end + 1]?.isWord !== true && isDefinite(tokens[end - 1])) {
      end++;
      break;
    }
    // ("المستشار الجماعي عن حزب الاستقلال | بأولاد سعيد": "ب" + "أولاد" and the ancestor's name, a
    // Maghreb commune or tribe named so, is the seat, whatever the name after "أولاد" reads as.)
    if (end - head >= 2 && SEAT_OF_SONS.has(token.folded) && tokens[end + 1]?.isWord === true && !tokens[end + 1].folded.startsWith('ال')) {
      end += 2;
      continue;
    }
    // ("المتحدث باسم التحالف الدولي | ضد داعش، العقيد فلان": "against" + what a body fights, one word, ends its name.)
    if (end - head >= 2 && token.folded === AGAINST && tokens[end + 1]?.isWord === true && !isName(end + 1) && !isVerbLike(tokens[end + 1]) && tokens.slice(head + 1, end).some(isOrganizationHead)) {
      end += 2;
      break;
    }
    // ("رئيس بلدية ترمسعيا | لافي إبراهيم شلبي": a word the news mostly takes for a person opens the
    // holder's name, though it reads as "ل" + a word, after a place's bare name, which takes no complement so.)
    if (end - head >= 2 && /^ل[^ل]/.test(token.folded) && isMostlyANameInNews(token.folded) && tokens[end + 1]?.isWord === true && !isDefinite(tokens[end - 1]) && !isOrganizationHead(tokens[end - 1]) && !isOfficeWord(tokens[end - 1])) break;
    // ("المدير الجهوي | لسوناطراك بحاسي مسعود، فلان": after an office and its adjective, "ل" + a word
    // running text writes and never takes for a person, nor as a common word, is the body it serves.)
    if (end - head >= 2 && isBodyBehindLamAfterOfficeAdjective(tokens, end) && !isName(end)) {
      end++;
      continue;
    }
    // ("مدير مركز جمرك | جابر | العقيد فلان": the construct noun's genitive before the holder's title; construct-genitives.ts.)
    if (end - head >= 2 && isGenitiveBeforeTitledHolder(tokens, end)) {
      end++;
      break;
    }
    // ("الأمين العام للمدارس الكاثوليكية | الأب جورج فلان": a clergyman's title before a given name,
    // after a definite word, opens the holder's name, however the phrase would read it: "الأب" (the
    // father) as an adjective; after a noun in the construct state it is the genitive, "أمين سر البطريرك".)
    if (end - head >= 2 && isClericalTitle(token) && isDefinite(tokens[end - 1]) && tokens[end + 1]?.isWord === true && (isName(end + 1) || isGivenNameWord(tokens[end + 1]))) break;
    // ("المهاجم فلان القاضي | التسجيل للتلال": a definite verbal noun right after a one-word definite
    // title is no adjective of it but the sentence's object, the title there a family name.)
    if (end === head + 1 && isDefinite(tokens[head]) && (DEFINITE_TAFIL_NOUN.test(token.folded) || isDefiniteDerivedMasdar(token)) && !isListedNameWord(token.folded)) break;
    // ("كرم الوزير | الملاكم فلان": nor is a definite trade noun, the verb's object's; a nisba, "الملحق الصحفي", agrees.)
    if (end === head + 1 && isDefinite(tokens[head]) && isDefinite(token) && isTradeNoun(token.folded) && !token.folded.endsWith('ي') && !isOfficeWord(token) && !isOfficeAt(tokens, end)) break;
    // ("رئيس اللجنة الحكومية للتفاوض | بشأن فتح الطرقات": "regarding" after a body's aim in "لل" + a
    // verbal noun, the aim's own complement.)
    if (end - head >= 2 && token.folded === 'بشان' && /^لل.{3,}/.test(tokens[end - 1].folded) && tokens[end + 1]?.isWord === true && !isDefinite(tokens[end + 1]) && !isVerbLike(tokens[end + 1]) && !isName(end + 1)) {
      // (The noun in the construct state takes its definite genitive with it: "فتح الطرقات".)
      end += tokens[end + 2]?.isWord === true && isDefinite(tokens[end + 2]) && !isHonorificWord(tokens[end + 2]) && !isName(end + 2) ? 3 : 2;
      continue;
    }
    // ("عضو مجلس النواب عن الدائرة | 187": an electoral district's number.)
    if (end - head >= 2 && /^[0-9٠-٩]+$/.test(token.text) && ELECTORAL_DISTRICTS.has(tokens[end - 1].folded)) {
      end++;
      continue;
    }
    // ("وزير دولة للاقتصاد الرقمي وتطبيقات العمل | عن بعد،": "remote", the adverb of the verbal noun before it, no "about".)
    if (isRemoteAdverbAt(tokens, head, end)) {
      end += 2;
      continue;
    }
    if (opensHassaniyaLineage(tokens, head, end)) break;
    // ("نائب وزير الخارجية في الحكومة | المعترف بها دولياً": a passive participle and "ب" + the
    // pronoun of the body before it, and its adverb, describe that body.)
    const recognised = end - head >= 2 ? bodyParticipleClauseLength(tokens, end) : 0;
    if (recognised > 0) {
      end += recognised;
      continue;
    }
    // ("المتحدث الرسمي باسم الكرملين | فاليري كوروليوف": a foreign given name in "فال" (Valery) that
    // running text writes whole and never without its "ف" is no "ف" + a definite word.)
    if (end - head >= 2 && isWholeFalName(token.folded)) break;
    // ("بطريرك أنطاكية | وسائر المشرق | للروم الأرثوذكس": the see of a church's head; church-sees.ts.)
    const seeEnd = end - head >= 1 ? churchSeeWordsEnd(tokens, head, end) : -1;
    if (seeEnd > end) {
      end = seeEnd;
      continue;
    }
    // ("النائب عن محافظة | صلاح الدين": a region named after a man; person-named-regions.ts.)
    const namedRegion = personNamedRegionLength(tokens, end);
    if (namedRegion > 0) {
      end += namedRegion;
      continue;
    }
    // ("المدير الإقليمي في الشرق الأوسط | وشمال أفريقيا": "و" + a quarter of another place the lexicon
    // knows, after a place, one region the office covers.)
    const quarterEnd = conjoinedQuarterEnd(tokens, head, end, isName);
    if (quarterEnd > end) {
      end = quarterEnd;
      continue;
    }
    // ("مديراً لمشروع ترميم قرية | رجال ألمع": a place the lexicon knows by two words, the genitive of
    // the indefinite noun before it, whatever its first word reads as alone ("رجال": men). A region's
    // head has rules of its own for the name it takes, "إقليم سيدي بنور | الحسين فلان".)
    // (The lexicon's first words first: no string is built for the two words at most steps.)
    if (end - head >= 2 && token.isWord && gazetteer().lexiconFirstWords.has(token.folded) && tokens[end + 1]?.isWord === true && isTwoWordPlace(token.folded, tokens[end + 1].folded) && tokens[end - 1].isWord && !isDefinite(tokens[end - 1]) && !stems(tokens[end - 1]).some((stem) => REGION_HEADS.has(stem)) && !isName(end)) {
      end += 2;
      continue;
    }
    // ("نائباً عاماً | استئنافياً في البقاع", "قاضياً | منفرداً جزائياً في المتن": a nisba, or
    // "single", in the accusative after a post given in the accusative, agrees with it.)
    if (end - head >= 1 && isAccusativeOffice(tokens[head]) && isAccusativeQualifierAt(tokens, end) && !isName(end)) {
      end++;
      continue;
    }
    // ("قائد القوة المشتركة | متعددة الجنسيات", "اللجنة رفيعة المستوى": an adjective in the construct
    // state with its definite genitive qualifies the noun before it, however bare it is written.)
    if (end - head >= 2 && IMPROPER_ANNEXATION_ADJECTIVES.has(token.folded) && tokens[end + 1]?.isWord === true && isDefinite(tokens[end + 1]) && !isVerbLike(tokens[end + 1]) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // ("المكتب الجهوي للاستثمار الفلاحي | لسوس ماسة", "رئيس الغرفة الفلاحية | لجهة سوس ماسة": "ل" + a
    // place the lexicon knows, or + a region's head and such a place, after a definite word: the
    // region the body serves.)
    const servedPlace = end - head >= 2 && tokens[end - 1].isWord && isDefinite(tokens[end - 1]) ? lamPlaceEnd(tokens, end) : -1;
    if (servedPlace > end && !namesSomeoneIn(isName, end, servedPlace)) {
      end = servedPlace;
      continue;
    }
    // ("المجلس القومي للأشخاص | ذوي الإعاقة": possessors of; possessor-phrases.ts.)
    const possessorEnd = end - head >= 2 ? possessorPhraseEnd(tokens, end) : -1;
    if (possessorEnd > end && !isName(end + 1)) {
      end = possessorEnd;
      continue;
    }
    // ("وزير الشؤون الخارجية والتعاون الإفريقي | والموريتانيين في الخارج": the nationals abroad, a
    // portfolio of their own, after any other.)
    if (end - head >= 2 && /^وال.{3,}يين$/.test(token.folded) && tokens[end + 1]?.folded === 'في' && tokens[end + 2]?.folded === 'الخارج') {
      end += 3;
      continue;
    }
    // ("السكرتير العام المساعد | ورؤساء الأحياء": "و" + an office in the plural and the construct state
    // after a singular office opens another group of holders, no part of this office.)
    if (isConjoinedPluralOfficeAt(tokens, head, end)) break;
    // ("قدم المحافظ | التعازي لأسرة الفقيد": the greeting he sends, the verb's object; greeting-formulas.ts.)
    if (opensGreetingObject(tokens, end)) break;
    // ("نعى رئيس المجلس | عضو المجلس السابق فلان": a second office over the same body is another holder's.)
    if (end - head >= 2 && isSameBodyOfficeAt(tokens, end)) break;
    // ("هنأ رئيس جامعة قطر | الخريجات": a definite plural after a place's name is the verb's
    // object; a proper name takes no genitive, and a plural nisba, "الكويتيين", would agree with the body.)
    if (end - head >= 2 && tokens[end - 1].isWord && gazetteer().places.has(tokens[end - 1].folded) && DEFINITE_SOUND_PLURAL.test(token.folded) && !NISBA_PLURAL.test(token.folded) && !isOfficeWord(token) && !isName(end)) break;
    // ("لولاية تيزي | وزو", "للدار | البيضاء": the second word of a place the lexicon knows by two.)
    if (end - head >= 2 && closesTwoWordPlace(tokens, end) && !isName(end)) {
      end++;
      continue;
    }
    // ("وزير داخلية مقاطعة نوردراين وستفالن | غرب ألمانيا": where the place lies, a quarter of a
    // country the lexicon knows, after the place's name.)
    if (end - head >= 2 && COMPASS_QUARTERS.has(token.folded) && tokens[end + 1]?.isWord === true && gazetteer().places.has(tokens[end + 1].folded) && (closesTwoWordPlace(tokens, end - 1) || (tokens[end - 1].isWord && gazetteer().places.has(tokens[end - 1].folded))) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // ("للدرك الوطني | بتيزي وزو": "ب" + such a place, where the office sits.)
    if (end - head >= 2 && /^ب[^ا]/.test(token.folded) && closesTwoWordPlace(tokens, end + 1) && !isName(end) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // ("مدير إدارة التجارة | بمقاطعة قوانغدونغ | تشن جيان بينغ": "ب" glued to a region's head and its
    // name, right before the holder's name, is the office's seat; branch-regions.ts.)
    const gluedSeatEnd = end - head >= 2 ? gluedRegionSeatEndBeforeName(tokens, end, isName) : -1;
    if (gluedSeatEnd > 0) {
      end = gluedSeatEnd;
      continue;
    }
    // ("وزيرة التنمية المحلية | والقائمة بأعمال وزير البيئة": a second post held acting; acting-posts.ts.)
    const actingLead = end - head >= 2 ? joinedActingLeadLength(tokens, end) : 0;
    if (actingLead > 0 && tokens[end + actingLead]?.isWord === true && isOfficeAt(tokens, end + actingLead) && !isName(end + actingLead)) {
      end += actingLead + 1;
      continue;
    }
    // ("عاملا على عمالة أكادير إداوتنان؛": the unit a decree's line gives a governor; given-units.ts.)
    const unitEnd = end === head + 1 ? givenUnitNameEnd(tokens, head) : -1;
    if (unitEnd > 0 && !namesSomeoneIn(isName, end, unitEnd)) {
      end = unitEnd;
      continue;
    }
    // ("واليا على جهة سوس ماسة | وعاملا على عمالة أكادير": "و" + the same holder's second post as a
    // governor, after a post given in the accusative; its phrase is read from its own head and closes the whole.)
    if (end - head >= 2 && isAccusativeOffice(tokens[head]) && isJoinedGovernorPost(token) && tokens[end + 1]?.isWord === true && !isName(end + 1)) {
      end = Math.max(end + 1, phraseEndBeforeNames(tokens, end, isName));
      break;
    }
    // ("والي جهة فاس مكناس | عامل عمالة فاس": Morocco's wali of a region is the governor of its
    // capital's prefecture too, and the news writes both posts one after the other.)
    if (end - head >= 2 && WALI.has(tokens[head].folded) && token.folded === 'عامل' && isProvinceGovernorAt(tokens, end) && !isName(end + 1)) {
      // (The prefecture's name to the comma, after his name: "عمالة الدار البيضاء أنفا،"; given-units.ts.)
      const unitEnd = governedUnitNameEnd(tokens, end);
      end = Math.max(end + 1, phraseEndBeforeNames(tokens, end, isName), unitEnd > 0 && !namesSomeoneIn(isName, end, unitEnd) ? unitEnd : -1);
      break;
    }
    // ("المتحدث باسم الحكومة | باسم العوادي": one speaks for one body; a second "باسم" is the holder's given name.)
    // ("محافظ ميسان | باسم حسين": so is one right after the place a governor serves; not after a
    // second word that is also a courtesy title, "الناطق الإعلامي | باسم الوزارة".)
    if ((end - head >= 3 || (end - head === 2 && !isHonorificWord(tokens[end - 1]))) && isSpokesmanGivenName(tokens, end)) break;
    // ("رئيس الجمهورية الإيطالية | ودولة السيدة فلانة رئيسة مجلس الوزراء": "و" + "دولة" before a
    // courtesy title or an office is a prime minister's style, opening the next entry ("ودولة
    // الكويت" is a state).)
    if (end - head >= 2 && token.folded === 'ودوله' && tokens[end + 1]?.isWord === true && (isHonorificWord(tokens[end + 1]) || isOfficeWord(tokens[end + 1]))) break;
    // ("سفير السودان لدى مصر | ومندوبه الدائم لدى الجامعة العربية": the ambassador to the League's host
    // is his state's permanent delegate to it too, "his" the state's: one holder of both posts.)
    if (end - head >= 3 && /^(?:ال)?سفير[ةه]?$/.test(tokens[head].folded) && /^ومندوب(?:ه|ها)$/.test(token.folded) && tokens[end + 1]?.folded === 'الدايم' && !isName(end + 2)) {
      end += 2;
      continue;
    }
    // ("لمجموعة ساكورا | موتور بارتس،": a foreign company's name runs on to its English tail, one to
    // three bare words after the body's head; medium-name-tails.ts.)
    const companyTail = end - head >= 2 ? foreignCompanyTailEnd(tokens, end) : -1;
    if (companyTail > 0 && !namesSomeoneIn(isName, end, companyTail)) {
      end = companyTail;
      continue;
    }
    // ("رئيس البعثة | من الجانب الياباني": the side of a joint body he heads, named by its nationality.)
    if (end - head >= 2 && token.folded === 'من' && tokens[end + 1]?.folded === 'الجانب' && tokens[end + 2]?.isWord === true && isNationalityWord(tokens[end + 2])) {
      end += 3;
      continue;
    }
    // ("المتحدث الرسمي للمركز الوطني للأرصاد | تركي بن سعيد": a bare nationality before "بن" is a given
    // name, the holder's, no adjective: one after a definite noun would take the article.)
    if (end - head >= 2 && !isDefinite(token) && isNationalityWord(token) && LINEAGE_CHAIN_LINKS.has(tokens[end + 1]?.folded ?? '')) break;
    // ("رئيس النقابة العامة للعاملين | بقطاع الكهرباء": "ب" + where the workers a union gathers work, no verb's
    // object: "رحب رئيس النقابة ... بتعيين".)
    if (WORKERS.test(tokens[end - 1].folded) && /^ب../.test(token.folded) && stems(token).length > 1 && !isVerbLike(token) && !isName(end)) {
      end++;
      continue;
    }
    // ("أشاد وزير الصحة | بجهود الكوادر": the object of a verb of praise or welcome; ba-object-verbs.ts.)
    // (Not the body a spokesman speaks for: "طالب الناطق الرسمي | باسم الجبهة".)
    if (end - head >= 2 && !SPOKEN_FOR.has(token.folded) && isVerbsBaObjectAt(tokens, head, end)) break;
    // ("رئيس بعثة صندوق النقد الدولي | إلى دولة الإمارات": where a mission is sent, a country after
    // "إلى", is part of the mission's head's office.)
    const missionEnd = end - head >= 2 ? missionDestinationEnd(tokens, head, end) : -1;
    if (missionEnd > 0 && !namesSomeoneIn(isName, end, missionEnd)) {
      end = missionEnd;
      continue;
    }
    // ("جهاز تنمية المشروعات المتوسطة والصغيرة | ومتناهية الصغر": Egypt's agency of small businesses,
    // whose last adjective governs a genitive of its own.)
    if (end - head >= 2 && token.folded === 'ومتناهيه' && tokens[end + 1]?.folded === 'الصغر') {
      end += 2;
      continue;
    }
    // ("سفير جمهورية جيبوتي | عميد السلك الدبلوماسي": the dean of the diplomatic corps, the longest
    // serving envoy's second office, stacked on his own; "عميد" is no brigadier's rank there.)
    if (end - head >= 2 && token.folded === 'عميد' && tokens[end + 1]?.folded === 'السلك' && tokens[end + 2]?.isWord === true && !isName(end + 2)) {
      end += 3;
      continue;
    }
    // ("عضو مجلس الشورى | ممثل ولاية صلالة": Oman's usage, a council member's wilayat he represents,
    // stacked on the membership as one office.)
    if (end - head >= 2 && COUNCIL_MEMBERS.has(tokens[head].folded) && token.folded === 'ممثل' && tokens[end + 1]?.isWord === true && REGION_HEADS.has(tokens[end + 1].folded) && tokens[end + 2]?.isWord === true && !isName(end + 1) && !isName(end + 2)) {
      end += 2;
      continue;
    }
    // ("سفيراً لدى مملكة بلجيكا | ومندوباً دائماً لدى الاتحاد الأوروبي": "و" + a second post in the
    // accusative after one a decree gives is a second office, no complement of the first.)
    // (Not "سفيراً فوق العادة | ومفوضاً", the rest of the ambassador's own title.)
    if (end - head >= 2 && isAccusativeOffice(tokens[head]) && /^و.{4,}ا$/.test(token.folded) && tokens[end - 1].folded !== 'العاده' && isAccusativeOffice(tokenReadAs(token, token.folded.slice(1), token.text.slice(1)))) break;
    // ("الحكيم مديراً لجامعة الملك سعود | والعتيبي رئيساً لهيئة الإحصاء": after a post given in the
    // accusative, "و" + a word before the next such post is the next appointee, no part of this one.)
    if (end - head >= 2 && isAccusativeOffice(tokens[head]) && /^و.{3,}/.test(token.folded) && !isOfficeWord(token) && tokens[end + 1]?.isWord === true && isAccusativeOffice(tokens[end + 1])) break;
    // ("والي طاقة | وسعادة الدكتور فلان رئيس بلدية ظفار": "و" + a courtesy title before another title
    // or a name opens the list's next entry.)
    if (end - head >= 2 && /^و.{3,}/.test(token.folded) && !isDefinite(token) && isConjoinedHonorific(token) && (isName(end + 1) || (tokens[end + 1]?.isWord === true && isHonorificWord(tokens[end + 1])))) break;
    // ("المدير العام للأمن الوطني | ولمراقبة التراب الوطني": "و" + "ل" + a noun joins a second
    // complement to one in "ل" before it, and its definite genitive.)
    if (end - head >= 2 && isJoinedLamComplementAt(tokens, head, end) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // ('وزير | ما يسمى "الأمن القومي" الإسرائيلي فلان': "so-called" before the portfolio, in the
    // copy of Palestinian agencies, and the portfolio in quotes.)
    const soCalled = soCalledPortfolioEnd(tokens, end);
    if (soCalled > 0) {
      end = soCalled;
      continue;
    }
    // ("مستشار هندسي | بالمرتبة الخامسة عشرة بوزارة البلديات": a decree's grade before the body; decree-grades.ts.)
    const grade = gradeBeforeBodyEnd(tokens, end);
    if (grade > end) {
      end = grade;
      continue;
    }
    // ("وزير الخارجية | بديوان عام الوزارة أمس": "at the ministry's general office", where he met
    // someone, no part of his office; but where a department is, in a decree's post: "مديرا لإدارة
    // شئون الواعظات بديوان عام الوزارة".)
    if (end - head >= 2 && token.folded === 'بديوان' && tokens[end + 1]?.folded === 'عام' && !(isAccusativeOffice(tokens[head]) && tokens.slice(head + 1, end).some((word) => DEPARTMENTS.has(word.folded)))) break;
    // ("للشركة التونسية للبنك | لطفي الدبابي": a given name the lists know whole, whose readings behind
    // "ل" or "ب" are words the news never writes, opens the holder's name; it is no complement.)
    // (Not a town's name after its head: "رئيس بلدية ليون"; nor after "سان" (Saint), "حاكم منطقة سان لويس".)
    if (end - head >= 2 && /^[لب]/.test(token.folded) && isListedGivenName(token.folded) && stems(token).length > 1 && stems(token).slice(1).every((stem) => isRareWord(stem)) && !isPlaceOrNationality(token) && !isRegionHeadWord(tokens[end - 1]) && !SAINTS.has(tokens[end - 1].folded)) break;
    // ("وزير العدل | حافظ الأختام، فلان": Algeria's minister of justice is also keeper of the seals, a
    // title whose first word is also a given name.)
    const seals = end - head >= 2 ? keeperOfTheSealsEnd(tokens, end) : -1;
    if (seals > end) {
      end = seals;
      continue;
    }
    // ("رئيسًا لحي الدقي", "مدير مدرسة بحي النصر": "ل" or "ب" + "حي" (a district), too short a word
    // for the clitic readings, and the district's name.)
    if (DISTRICT_BEHIND_CLITIC.has(token.folded) && tokens[end + 1]?.isWord === true && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // "لبلدية ساقية سيدي يوسف": a town's name after a region's head goes on with "سيدي" + a word.
    // ("مسؤول بعمالة | سيدي بنور": so does the town right after the head in the construct state,
    // whose genitive it is; after a definite head, "الإقليم سيدي محمد" may name the holder.)
    // ("البرلماني السابق عن دائرة | مولاي يعقوب": so does a Moroccan town on "مولاي", also after an electoral district.)
    const districtBefore = tokens[end - 1].isWord && ELECTORAL_DISTRICTS.has(tokens[end - 1].folded);
    if (SAINT_TITLES.has(token.folded) && tokens[end + 1]?.isWord && tokens[end - 1].isWord && ((end - head >= 2 && isRegionHead(tokens[end - 2])) || ((isRegionHead(tokens[end - 1]) || districtBefore) && !isDefinite(tokens[end - 1])))) {
      end += 2;
      // ("عامل إقليم سيدي بنور | الحسين أمزال": a definite given name after the town opens the holder's name.)
      if (isDefiniteGivenName(tokens, end) || isArticleGivenName(tokens, end)) break;
      continue;
    }
    // ("رئيس بلدية | سان ميشال دي بوا": so does a European or American town on "سان"/"سانتا" (Saint),
    // a particle ("دي", "دو", "لا") and the word after it carrying it on.)
    if (FOREIGN_SAINTS.has(token.folded) && tokens[end + 1]?.isWord === true && tokens[end - 1].isWord && isRegionHead(tokens[end - 1]) && !isDefinite(tokens[end - 1])) {
      end += 2;
      while (FOREIGN_NAME_PARTICLES.has(tokens[end]?.folded ?? '') && tokens[end + 1]?.isWord === true) end += 2;
      continue;
    }
    // ("رئيس ديوان | سمو ولي العهد", "رئيس مكتب | سمو الحاكم": a ruler's honorific in the genitive
    // of a noun in the construct state, before the ruler's office: the phrase goes on through both.)
    if (RULERS_HONORIFICS.has(token.folded) && tokens[end - 1].isWord && !isDefinite(tokens[end - 1]) && tokens[end + 1]?.isWord === true && isOfficeWord(tokens[end + 1]) && !isName(end + 1)) {
      end++;
      continue;
    }
    // ("مستشار | صاحب الجلالة فؤاد عالي الهمة": "صاحب الجلالة" (His Majesty) alone, the king, in the
    // genitive of a noun in the construct state, closes the phrase; before "الملك" it titles the king named after.)
    if (token.folded === 'صاحب' && MAJESTIES.has(tokens[end + 1]?.folded ?? '') && tokens[end - 1].isWord && !isDefinite(tokens[end - 1]) && tokens[end + 2]?.isWord === true && !isHonorificWord(tokens[end + 2]) && !isOfficeWord(tokens[end + 2])) {
      end += 2;
      // ("سفير صاحب الجلالة | لدى الجمهورية الإسلامية الموريتانية": an envoy's post goes on to the
      // state he is accredited to.)
      if (end - 2 === head + 1 && ENVOY_POSTINGS.has(tokens[end].folded) && isEnvoy(tokens[head])) continue;
      break;
    }
    // ("الوالي المنتدب للمقاطعة الإدارية | علي منجلي،": a district's proper name; district-names.ts.)
    const district = end - head >= 2 ? districtNameEnd(tokens, end) : -1;
    if (district > end) {
      end = district;
      continue;
    }
    // "إمام وخطيب المسجد الحرام": see mosque-offices.ts.
    if (continuesMosqueOffice(tokens, head, end)) {
      end++;
      continue;
    }
    // ("عمدة بلدية تفرغ | زينة بالنيابة فلان": a town's second bare word before the acting qualifier,
    // which closes an office and never a name.)
    if (end - head >= 3 && isRegionHeadWord(tokens[end - 2]) && isBareNameWord(tokens[end - 1]) && isBareNameWord(token) && ACTING.has(tokens[end + 1]?.folded ?? '') && !isName(end)) {
      end += 2;
      continue;
    }
    // ("بدمشق | وريفها", "بالعاصمة | وضواحيها": a place's countryside or outskirts, its pronoun the place's.)
    if (end - head >= 2 && isSurroundingsOfPlace(token) && tokens[end - 1].isWord) {
      end++;
      continue;
    }
    // "والي جهة فاس | مكناس": a Moroccan region named by two or three towns (region-proper-names.ts).
    if (continuesRegionName(tokens, end) && !isName(end)) {
      end++;
      continue;
    }
    // ("مدير مستشفى الحبيب ثامر | فلان": the two-word name of a hospital's namesake, then the holder's.)
    if (closesNamesake(tokens, head, end)) {
      end++;
      break;
    }
    // ("رئيسة القسم بالمستشفى الجامعي فلان الفلاني بصفاقس، الأستاذة فلانة": a place named after
    // someone, its namesake's name and its town, before the holder; namesake-places.ts.)
    const namesakeTown = namesakeTownEnd(tokens, head, end, isName);
    if (namesakeTown > end) {
      end = namesakeTown;
      // (After an office in the accusative the name ends the namesake, and the town after it may
      // go on the office: "... ابن رشد بالدار البيضاء".)
      if (isAccusativeOffice(tokens[head])) continue;
      break;
    }
    // ("مديرا لجامعة الجزائر 1 | بن يوسف بن خدة،": its own name first, then its namesake's; namesake-places.ts.)
    const ownNamedNamesake = ownNamedNamesakeEnd(tokens, head, end, isName);
    if (ownNamedNamesake > end) {
      end = ownNamedNamesake;
      break;
    }
    // ("مديرة مؤسسة الشهيد فلان الفلاني": a foundation named after someone dead takes his epithet and
    // name as its genitive; the name is no holder of the office, late-namesakes.ts.)
    const namesakeEnd = lateNamesakeEnd(tokens, end, isName, MAX_GENITIVE_NAME_WORDS);
    if (namesakeEnd > end) {
      end = namesakeEnd;
      continue;
    }
    if (isName(end)) {
      // "وزير الداخلية الأسبق في حكومة علي زيدان": a government or era named after its head takes
      // his name as its genitive; the office goes on through it. So does an indefinite office
      // right before a name: "مستشار ترامب" is Trump's adviser, not an office Trump holds.
      // ("تعيين فلان رئيسا | ومنجي ...", "رئيسها | فلان": an office on its tanween or a pronoun ending takes no genitive.)
      // ("رئيسه | فلان": written with "ه", not "ة", the office has the pronoun "his" and is complete.)
      // ("ورئيستها | فلان": so does one behind "و", or a feminine one, its "ة" written "ت" before the ending.)
      const genitiveOfOffice = end === head + 1 && !isDefinite(tokens[head]) && isOfficeWord(tokens[head]) && !isAccusativeOffice(tokens[head]) && !/ه[\u064b-\u0652]*$/.test(tokens[head].text) && !(HER_OUR_YOUR_THEIR_ENDING.test(tokens[head].text) && isOfficeWithPronoun(tokens[head]));
      // ("المتحدث باسم | فلان": the one he speaks for is the complement, not the holder.)
      const spokenFor = end > head + 1 && SPOKEN_FOR.has(tokens[end - 1].folded);
      // ("تعيين فلان مديراً تنفيذياً لمجمع صالات | حسن مصطفى": after a post a decree gives, its holder
      // named before it, a bare noun in the construct state takes the name as its genitive, a place's namesake.)
      // (Not an adjective in the accusative, "ناطقا رسميا | وجمال ...", nor a name with "و", the next entry.)
      const namesakeOfGivenPost = end - head >= 2 && isAccusativeOffice(tokens[head]) && isBareConstructNoun(tokens[end - 1]) && !/ا$/.test(tokens[end - 1].folded) && !token.folded.startsWith('و');
      // ("الرئيس التنفيذي لشركة | سيمنس للطاقة" beside the founder "فيرنر فون سيمنس": a company in the
      // construct state takes its own name, one word, though a person bears it.)
      const companyNamedAfter = end - head >= 2 && !isDefinite(tokens[end - 1]) && stems(tokens[end - 1]).some((stem) => COMPANY_HEADS.has(stem)) && !isName(end + 1);
      if (!genitiveOfOffice && !spokenFor && !namesakeOfGivenPost && !companyNamedAfter && !stems(tokens[end - 1]).some((stem) => HEADED_BY_NAME.has(stem))) break;
      // ("مساعدة | عبد المجيد بوعوني هاشم حمدي محمد ...": name words running on past the length of one
      // name are a list of names written without commas, no genitive of the office.)
      let nameEnd = end;
      let lineage = false;
      for (; nameEnd < tokens.length && isName(nameEnd); nameEnd++) if (LINEAGE_CHAIN_LINKS.has(tokens[nameEnd].folded)) lineage = true;
      if (nameEnd - end > (lineage ? MAX_GENITIVE_LINEAGE_WORDS : MAX_GENITIVE_NAME_WORDS)) break;
      // ("وزير التربية في حكومة فلان الفلاني علان العلاني": four name words after the government are
      // its head's name and the holder's; the phrase ends after the head's, see holderAfterHeadedGovernment.)
      if (!genitiveOfOffice && !spokenFor && nameEnd - end === 4 && holderAfterHeadedGovernment(tokens, end, nameEnd) === end + 2) {
        end += 2;
        break;
      }
      end = nameEnd;
      continue;
    }
    // "نائب رئيس المؤتمر 23 للاتحاد", "مدير الدورة 27 لأيام قرطاج": the number of a congress or
    // session after its definite noun, before "ل" + what it is of.
    // ("مديرة منظمة المادة 19 بتونس": a number that ends a body's name, after its head and a definite noun.)
    if (/^[0-9٠-٩]{1,3}$/.test(token.text) && isDefinite(tokens[end - 1]) && tokens[end + 1]?.isWord && (/^لل/.test(tokens[end + 1].folded) || (/^ل/.test(tokens[end + 1].folded) && stems(tokens[end + 1]).length > 1) || isNumberedBodyName(tokens, head, end))) {
      end++;
      continue;
    }
    // "رئيس الهيئة الفرعية للانتخابات نابل 2": the number of a constituency after its town's name;
    // "اللجنة المنظمة لدورة الألعاب الأولمبية 2016": the year of an event after its name.
    // ("آمر اللواء 24": the number of a military unit; "قائد الفرقة الأولى مشاة": its arm after it.)
    // ("اللواء الثامن | عشر مشاة": a teen ordinal's "ten".)
    if (isConstituencyNumber(tokens, head, end) || isEventYear(tokens, head, end) || isNumberedUnit(tokens, head, end) || (end - 2 > head && (isUnitArm(tokens, end) || isTeenOrdinalTenAt(tokens, end)))) {
      end++;
      continue;
    }
    // ("في حكومة الصيد 2،": one digit at the end of the phrase numbers the body named right before it.)
    if (/^[0-9٠-٩]$/.test(token.text) && tokens[end + 1]?.isWord !== true && isNumberedBodyEnd(tokens, head, end)) {
      end++;
      break;
    }
    if (!token.isWord) {
      // "رئيس حكومة ولاية بادن | -فورتمبرغ الألمانية": a hyphen glued to the words on both sides, after
      // the head of a region, joins the two parts of the region's proper name.
      if ((isHyphenInRegionName(tokens, head, end) || isDashBetweenTwinTowns(tokens, head, end) || isDashBeforeBodysPlace(tokens, head, end)) && !isName(end + 1)) {
        end += 2;
        // ("بلدية زحلة - معلقة | وتعنايل": "و" + a word no running text writes, a third town of the municipality.)
        if (isDashBetweenTwinTowns(tokens, head, end - 2) && tokens[end]?.isWord === true && /^و[^و].{2,}$/.test(tokens[end].folded) && !isSeenInRunningText(tokens[end].folded.slice(1)) && !isName(end)) end++;
        continue;
      }
      // ("شرطة مقاطعة "ناسو"": so may a place's name after the head of a region.)
      // ("المتحدث باسم "حركة النهضة"": so does the body he speaks for.)
      let quoted = isOrganizationHead(tokens[end - 1]) || isQuotedBodyAfterLam(tokens, head, end) || isRegionHeadWord(tokens[end - 1]) || isQuotedBodyAfterOffice(tokens, end) || isQuotedGenitive(tokens, head, end) || (end > head + 1 && SPOKEN_FOR.has(tokens[end - 1].folded)) ? quotedEnd(tokens, end) : -1;
      // "نقابة سيارات الأجرة "لواج" بسوسة": a body's short name inside the phrase, which goes on after it.
      if (quoted < 0) {
        const alias = aliasEndAfter(tokens, head, end);
        if (alias > 0 && tokens[alias]?.isWord && /^[بل]/.test(tokens[alias].folded) && stems(tokens[alias]).length > 1) quoted = alias;
        // ("مدير إدارة التعليم (بنات) | في منطقة القصيم": or the seat of the office.)
        else if (alias > 0 && opensSeatAt(tokens, alias)) quoted = alias;
        // ("ممثل منظمة الأمم المتحدة للطفولة «يونيسف» | في مصر": a town's or a country's seat, whole.)
        else if (alias > 0) quoted = officeSeatEndAt(tokens, head, alias);
      }
      // ("كاتب الدولة لدى وزير الشؤون المحلية، مكلف بالبيئة، فلان": the matter he is in charge of,
      // set off by commas, closes the phrase; in-charge-clauses.ts.)
      const inCharge = quoted < 0 && end > head + 1 ? inChargeClauseEnd(tokens, end) : -1;
      if (inCharge > 0) {
        end = inCharge;
        break;
      }
      if (quoted < 0) break;
      end = quoted;
      continue;
    }
    const word = token.folded;
    // ("مدير أمن الجيزة السابق | للعمل بديوان عام الوزارة": after a former office, "لل" + a noun that
    // is no body, office or place, before where he works ("ب" + a noun, "في"), is what he is moved to
    // do, no complement: the former office's own complement stands before "السابق".)
    if (end - 1 > head && FORMER.has(tokens[end - 1].folded) && isMovedToDoAt(tokens, end)) break;
    // "مدير التسويق | بـOoredoo": the company's name in Latin letters after "ب" (latin-body-names.ts).
    const latinBody = end > head + 1 ? latinBodyEnd(tokens, end) : -1;
    if (latinBody > 0) {
      end = latinBody;
      break;
    }
    // "رئيس نادي باريس | سان جيرمان الفرنسي": a body's own name closed by its nationality (nationality-closed-names.ts).
    const closedByNationality = nationalityClosedNameEnd(tokens, head, end, isName);
    if (closedByNationality > 0) {
      end = closedByNationality;
      continue;
    }
    // "حاكم سابق لتكساس | أحمد فلان", "سناتور سابق من بنسلفانيا | بشير فلان": "ل" or "من"/"عن" + a
    // place's proper name (no common word) takes no genitive, so a given name after it opens the name.
    // ("معتمد جربة ميدون": a word no list gives as a name may be the rest of the town's name.)
    if (end > head + 1 && token.isWord && (isGivenNameWord(token) || opensDinCompoundName(tokens, end)) && placeProperNounEndsAt(tokens, end)) break;
    // "حاكم أوهايو | جون فلان": so does one in the construct state right after the office's head
    // (before a given name, or before two words that are no common word and then the clause goes on).
    // ("والي صفاقس | نصر الدين فلان": or a given name "X الدين" whose first word is also a noun; din-compound-names.ts.)
    if (end === head + 2 && token.isWord && isPlaceProperNounAt(tokens, head + 1) && (isGivenNameWord(token) || opensDinCompoundName(tokens, end) || isForeignTwoWordNameAt(tokens, end))) break;
    // ("سناتور سابق من بنسلفانيا | بشير فلان": so does a rare word no list knows there, before a
    // given name and a further word.)
    if (end > head + 1 && isGivenNameWord(token) && tokens[end + 1]?.isWord === true && rarePlaceEndsAt(tokens, end)) break;
    // ("الرئيس التنفيذي لشركة أكوا باور | ريان بن عبدالله الحمدان": a word before "بن" after a
    // company's foreign name of two words opens the holder's lineage; a foreign brand has none.)
    if (end - head >= 4 && token.isWord && (tokens[end + 1]?.folded === 'بن' || tokens[end + 1]?.folded === 'ابن') && tokens[end + 2]?.isWord === true && isForeignCompanyNameBefore(tokens, end)) break;
    // ("عضو مجلس نواب الشعب عن دائرة باب بحر | سامي بن حسين الورتاني": so does a listed given name
    // before "بن" and another, after a place's or a body's name of bare words; not where a title or
    // a head that names places after people stands before it, "جامعة الإمام محمد بن سعود".)
    if (end - head >= 4 && isLineageOpenerAfterBareName(tokens, end)) break;
    // "وزار المحافظ | المواطن فلان": a noun for a kind of ordinary person before a bare word (his
    // name) is the verb's object, no complement of the office ("المدعي العام" goes on; so does the
    // genitive of a noun in construct, "لحقوق الطفل").
    // ("للأمن | والمواطن": with "و" it joins a body's aims.)
    // (Not "المقيم" agreeing with the office's head before its complement in "ل", "الممثلة المقيمة
    // لبرنامج ...": the resident post; nor before a second office joined by "و", "المنسقة المقيمة
    // ومنسقة الشؤون الإنسانية".)
    if (isDefinite(tokens[end - 1]) && word.startsWith('ال') && isPersonNoun(token) && tokens[end + 1]?.isWord && !isDefinite(tokens[end + 1]) && !(end === head + 1 && RESIDENT.test(word) && (/^ل/.test(tokens[end + 1].folded) || (tokens[end + 1].folded.startsWith('و') && isOfficeWord(tokens[end + 1]))))) break;
    // ("أشاد الوزير | بالممرضة فلانة": so behind "ب": what the verb praises or thanks, before her name.)
    // (Not "young", which a town's name reads as: "مدير دار الثقافة | بالشابة"; "التقى الوزير | بالطفلة
    // فلانة" is whom he met.)
    if (isDefinite(tokens[end - 1]) && /^بال./.test(word) && isPersonNoun(tokenReadAs(token, word.slice(1))) && !YOUNG_LIKE_TOWNS.has(word.slice(3)) && tokens[end + 1]?.isWord && !isDefinite(tokens[end + 1])) break;
    // "المتحدث باسمها | فلان": the one he speaks for as a pronoun, which completes the office.
    if (isSpokenForPronoun(token) && end > head) {
      end++;
      break;
    }
    // "الحزب الحاكم | برئاسة رجب طيب أردوغان": a noun of leadership before a name says who leads the
    // body, no complement of the office ("المستشار برئاسة الجمهورية" is one: a body's name follows).
    if (isLedByWord(token) && tokens[end + 1]?.isWord === true && (!isDefinite(tokens[end + 1]) || isDefiniteGivenName(tokens, end + 1))) break;
    // ("رئيس اتحاد الكونغو | برئاسة الكنفدرالية": the presidency of another body is the post a verb governs.)
    if (end > head + 1 && tokens[end + 1]?.isWord === true && isPresidencyWonAt(token, tokens[end + 1].folded)) break;
    // ("رئيس قسم اللغة العربية | وآدابها": a field joined with its pronoun to the definite field before it.)
    if (isDefinite(tokens[end - 1]) && FIELD_WITH_PRONOUN.test(word)) {
      end++;
      continue;
    }
    // "| بمنزله في تونس", "| ودعوته للتدخل": "ب" or "و" + a noun with a pronoun ending opens what the
    // sentence says of the holder (his home, calling him), no complement of the office.
    if (isPronounNounBehindClitic(token)) break;
    // "المنسق العام ل"إجابة"": a detached "ل" before a body's name in quotes.
    // (After a body the office already names, "لـ"الرياض"" is the paper he spoke to.)
    // ("النائب عن "التيار الديمقراطي"": right after the office, "عن" + the quoted body he sits for.)
    // ('الناطق الرسمي بالقطب القضائي | لـ"الجوهرة أف ام"': a quoted radio or paper is whom he spoke to.)
    // ('الكاتب العام للنقابة الأساسية | لـ"سوتيب"': after a union, the quoted company whose workers it unites.)
    if ((word === 'ل' || word === 'ب' || (word === 'عن' && end === head + 1)) && quotedEnd(tokens, end + 1) > 0 && (!tokens.slice(head + 1, end).some(isOrganizationHead) || (word === 'ل' && isWorkplaceUnionBefore(tokens, head, end))) && !(word === 'ل' && isQuotedMediumAt(tokens, end + 1))) {
      end = quotedEnd(tokens, end + 1);
      continue;
    }
    // ('الرئيسة المشاركة لدائرة العلاقات الخارجية في "الإدارة الذاتية"، فلانة': "في" + a body's
    // definite name in quotes, where the office is, before the comma of the holder's name.)
    if (word === 'في' && end - head >= 2 && isQuotedDefiniteBodyBeforeComma(tokens, end + 1)) {
      end = quotedEnd(tokens, end + 1);
      break;
    }
    // Honorifics that introduce the next name end the phrase: "خادم الحرمين الشريفين | الملك سلمان".
    // "رئيس مدينة الملك عبدالعزيز للعلوم": a place or body named after a person is one complement.
    const namedAfter = namedAfterEnd(tokens, end);
    if (namedAfter > end) {
      end = namedAfter;
      // ("رئيس جامعة السلطان قابوس | الطلبة المتفوقين": after the namesake's name a definite word
      // that is no nisba ("الإسلامية", "التخصصي"), office or place is the verb's object.)
      const after = tokens[end];
      if (after?.isWord === true && after.folded.startsWith('ال') && !/ي[ةه]?$/.test(after.folded) && !isOfficeWord(after) && !isPlaceOrNationality(after) && !isName(end)) break;
      continue;
    }
    // ("سفير الجمهورية الإسلامية الموريتانية المعين | لدى المملكة": the participle of an envoy's
    // appointment before the state he is posted to: the designate's office goes on.)
    if (end > head + 1 && NEWLY_MADE.test(word) && tokens[end + 1]?.folded === 'لدي') {
      end++;
      continue;
    }
    // ("رئيس بلدية الخيام المنتخب | حديثاً": "recently" after the participle of his election or
    // appointment dates the office, as "الجديد" does.)
    if (end > head + 1 && RECENTLY.has(word) && NEWLY_MADE.test(tokens[end - 1].folded)) {
      end++;
      // ("المنتخب حديثاً | جميل حسين سرور": the adverb closes the office; a bare word after it opens the holder's name.)
      if (tokens[end]?.isWord === true && !isDefinite(tokens[end]) && !/^[بلوف]/.test(tokens[end].folded) && !foldedRoleStops.has(tokens[end].folded)) break;
      continue;
    }
    // "والي بن عروس": a town whose name starts with "بن" is the complement, no lineage; it is a
    // proper noun, so it takes no genitive of its own (only a definite qualifier may follow).
    if (binPlaceAt(tokens, end) >= 0) {
      end += 2;
      if (tokens[end]?.isWord && !isDefinite(tokens[end])) break;
      continue;
    }
    // "معتمد بئر علي بن خليفة", "معتمد سيدي علي بن عون": after a town's head in the office's genitive,
    // the rest of the town's proper name (town-names.ts).
    const townEnd = townNameEnd(tokens, head, end, isName);
    if (townEnd > end) {
      end = townEnd;
      // (A proper noun takes no genitive: a bare word after it opens the name, "من ولاية سوسة" goes on.)
      if (tokens[end]?.isWord && !isDefinite(tokens[end]) && !foldedRoleStops.has(tokens[end].folded)) break;
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
    // ("سفير | صاحب الجلالة | بنواكشوط", "نائب وكيل الملك | فلان": the sovereign the office serves,
    // though a name follows; sovereign-genitives.ts.)
    const sovereign = sovereignGenitiveLength(tokens, end);
    if (sovereign > 0) {
      end += sovereign;
      continue;
    }
    // ("ولي عهد | أم القيوين،", "حاكم | أبو ظبي": a place of two words whose first is a kunya's
    // "أم" or "أبو" is no name after the office, whatever follows it.)
    if (KUNYA_PLACE_HEADS.has(word) && tokens[end + 1]?.isWord === true && isTwoWordPlace(word, tokens[end + 1].folded) && !isName(end)) {
      end += 2;
      continue;
    }
    if (nameStartAfter(tokens, end, isName) >= 0) break;
    // "النائب العام | المستشار حمادة الصاوي", "رئيس التيار | النائب فلان": after an office, a bare
    // title right before the name is the name's own title, not a further office.
    // ("نائبا أولا للرئيس فلان": "ل" + the title is the office's genitive, whose holder is named.)
    // ("وكيل إمارة منطقة القصيم المساعد فلان": a qualifier of the office, "المساعد", is none.)
    if (end > head + 1 && token.folded.startsWith('ال') && isOfficeWord(token) && !foldedRoleQualifiers.has(word) && stems(token).length === 1 && isName(end + 1)) break;
    // ("المستشار القانوني للرئيس | القاضي فلان": so is a judge's or envoy's title right after "لل" +
    // a title, the genitive of an office before it: a definite head takes no genitive of its own.)
    if (end === head + 1 && tokens[head].folded.startsWith('لل') && isTitleWrittenAfterOffice(word) && isName(end + 1)) break;
    // ("التقى رئيس حكومة إقليم كوردستان | القنصل العام الأميركي": a place's proper name takes no
    // adjective; a definite office after it opens another office, the verb's object. Not "المعتمدة
    // لدى" (accredited to), which qualifies the ambassador: "سفيرة سلطنة عُمان المعتمدة لدى".)
    // (So after a place of two words, "محافظة سيستان وبلوشستان | العميد الثاني فلان".)
    if (end > head + 1 && word.startsWith('ال') && isOfficeWord(token) && !foldedRoleQualifiers.has(word) && !/يه?$/.test(word) && stems(token).length === 1 && (isBarePlaceName(tokens[end - 1]) || closesTwoWordPlace(tokens, end - 1)) && !/^المعتمد/.test(word) && tokens[end + 1]?.folded !== 'لدي') break;
    // "رئيس المكتب السياسي للحركة | أمين محفوظ": after a complete definite phrase, a bare office word
    // that opens no genitive of its own (a bare word, no portfolio, body, place or qualifier) is a
    // given name that is also an office ("أمين", "مرشد"); a chained office takes a definite genitive.
    if (end > head + 1 && isGivenNameOffice(tokens, end)) break;
    // ("هنأ فلان وزير الاقتصاد | نائبه الجديد": an office with a pronoun is someone else's, his deputy, no office chained to his.)
    // (Written with "ه": "نائبة" folds alike.)
    // (Not the genitive of an office: "ونائب أمينه العام".)
    if (end > head + 1 && /[^ه]ه[\u064b-\u0652]*$/.test(token.text) && isOfficeWithPronoun(token) && !isOfficeWord(tokens[end - 1])) break;
    // "رئيس هيئة الأركان العامة | الفريق الأول الركن فياض": a compound rank before a bare word opens
    // the name's honorific ("مدرب الفريق الأول لكرة القدم" is a team).
    if (end > head + 1 && isCompoundRankBeforeName(tokens, end)) break;
    // "وزير العدل | الدكتور ...": a courtesy title introduces a name, it is no complement.
    // ("بجامعة الإمام": after the head of a body's name it is that name.)
    // ("لجنة احباء | النجم الساحلي": nor after a body's noun of members, whose genitive it is; body-member-nouns.ts.)
    // ("نائب رئيس | النجم الساحلي": nor a club's head that is also a title, after an office in the
    // construct state, whose genitive it is; honorific-titles.ts.)
    // ("شيخ الأزهر | الشريف", "القدس الشريف": "noble", the epithet of a holy place or institution, no title.)
    // ("السفير | الممثل الدائم للمملكة": the permanent representative is an envoy's second title, no actor.)
    if (gazetteer().honorifics.has(word) && !isOfficeWord(token) && word !== 'الملكي' && word !== 'الملكيه' && !(word === 'الممثل' && tokens[end + 1]?.folded === 'الدايم') && !isNobleEpithetAt(tokens, end) && !isNamedAfterHead(tokens[end - 1]) && !isOfficeNisba(tokens, end) && !isNisbaOfDefiniteThing(tokens, end) && !isMembersGenitive(tokens, head, end) && !isTeamInConstruct(tokens, end)) break;
    // ("مساعد رئيس مجلس الأعيان | العين فلان", "الجبهة الشعبية | الرفيق فلان": a senator's or a comrade's style.)
    if (end > head + 1 && isStyleBeforeNameAt(tokens, end)) break;
    // "النائب عن الحزب | ضيف بوليتيكا": "guest of" a programme says where he spoke, no complement.
    if (isGuestAppositionAt(tokens, end)) break;
    // "عضو مجلس النواب عن مينيسوتا | والذي كان": a relative pronoun opens a clause about the holder.
    if (stems(token).some((stem) => RELATIVE_PRONOUNS.has(stem))) break;
    // "نائبا لوزير التعليم | بالمرتبة الممتازة": the civil-service grade of a post is no complement.
    if (end > head + 1 && GRADE_NOUNS.has(word)) break;
    // "زعيمة الحزب | المرشحة للانتخابات الرئاسية": a candidacy after the office is no office.
    // ("لحملة المرشحة": the genitive of a noun in the construct state goes on.)
    if (end > head + 1 && CANDIDATES.has(word) && isDefinite(tokens[end - 1])) break;
    // "فلان رئيس الاتحاد الإفريقي | والمغربي علان الكاتب العام": "و" + a nationality right before a
    // name opens the next entry of a list (that person's nationality), no complement of this office.
    // (Only after an office in apposition to a name: "وزير الخارجية التونسي والمغربي فلان" is two states' ministers.)
    if (isName(head - 1) && isConjoinedNationalityBeforeName(tokens, end, isName)) break;
    // ("تتكون من فلان كرئيس | وعلان وفلتان كأعضاء": a bare office behind "ك" (as) says what the name
    // before it is made; "و" opens the list's next entry, no further office.)
    if (word.startsWith('و') && end === head + 1 && officeBehindClitic(tokens[head], /^ك/)) break;
    if (word === 'و') {
      // ("بالإتحاد | و المكلف بمتابعة هذا الملف": a task, no further office; office-phrase-parts.ts.)
      if (isTaskInChargeAt(tokens, end + 1)) break;
      if (furtherPortfolio(tokens, head, end, isName)) {
        end += 2;
        continue;
      }
      if (tokens[end + 1]?.isWord && (isDefinite(tokens[end + 1]) || isOfficeWord(tokens[end + 1]) || bodyInConstruct(tokens, end + 1, gazetteer().organizationHeads.has(tokens[end + 1].folded))) && !isName(end + 1)) {
        end++;
        continue;
      }
      // "المقرر الخاص بحماية | و تعزيز حقوق | الإنسان": a second verbal noun after a detached "و"
      // shares the genitive of the one behind "ب"/"ل" (office-portfolios.ts); the phrase takes both.
      if (sharesGenitiveAfterDetachedWaw(tokens, head, end, isName)) {
        end += 3;
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
    // ("رئيس نيابة الأموال العامة": the prosecution, the genitive of an office in the construct state;
    // "نيابة عن" is "on behalf of".)
    // "النقابة الأساسية بسوسة المنضوية | تحت النقابة الوطنية": the body a union is affiliated to,
    // after "under", is that union's as "التابعة للنقابة" is (roles.ts shows the office without it).
    // ("رئيس الهيئة القومية لسكك | حديد مصر", "مؤسسة سكة | حديد العقبة": "railway", a noun and its
    // genitive "iron" that no name opens.)
    if (end - head >= 1 && tokens[end + 1]?.folded === 'حديد' && token.isWord && stems(token).some((stem) => RAIL.has(stem))) {
      end += 2;
      continue;
    }
    // ("منسقة الطوارئ لمنظمة أطباء | بلا حدود", "مراسلون بلا حدود": "without borders", the end of a
    // body's name after its members' plural.)
    if (end - head >= 2 && word === 'بلا' && tokens[end + 1]?.folded === 'حدود' && tokens[end - 1].isWord && !isName(end - 1)) {
      end += 2;
      continue;
    }
    // ("مدير الإدارة المدنية بمحلية طويلة | التابعة لحركة جيش تحرير السودان": "belonging to" + "ل"
    // after a seat's bare name, as after any definite word, is what the body belongs to.)
    if (end - head >= 3 && BELONGING_PARTICIPLES.has(word) && /^ل./.test(tokens[end + 1]?.folded ?? '') && !isDefinite(tokens[end - 1]) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    if (isUnderAffiliatingBody(tokens, end)) {
      end++;
      continue;
    }
    // ("الرئيس المكلف | تشكيل الحكومة": the matter one is charged with, a verbal noun of the second
    // form and its definite genitive, after "المكلف" without "ب", as the Levant and Iraq write it.)
    if (IN_CHARGE_HEADS.has(tokens[end - 1].folded) && INDEFINITE_TAFIL_NOUN.test(word) && tokens[end + 1]?.isWord === true && isDefinite(tokens[end + 1]) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // ("سفيراً فوق العادة ومفوضاً": an envoy's rank, extraordinary; "سفيراً غير مقيم": non-resident.)
    const envoyRank = word === 'فوق' ? 'العاده' : word === 'غير' ? NON_RESIDENT.exec(tokens[end + 1]?.folded ?? '')?.[0] : undefined;
    if (envoyRank !== undefined && tokens[end + 1]?.folded === envoyRank && tokens.slice(head, end).some((t) => t.isWord && stems(t).some((stem) => AMBASSADORS.has(stem) || AMBASSADORS.has(stem.replace(/ا$/, ''))))) {
      end += 2;
      continue;
    }
    // ("المدير الإقليمي لمجموعة | هائل سعيد أنعم وشركاه": a firm named after its founder; family-houses.ts.)
    const firmEnd = founderFirmNameEnd(tokens, end - 1);
    if (firmEnd > 0) {
      end = firmEnd;
      continue;
    }
    // ("الشركة الرياضية ذات الأسهم | لشباب بلوزداد": Algeria's joint-stock sports company of a club,
    // "ل" + the club's name right after "ذات الأسهم".)
    if (end - head >= 3 && tokens[end - 1].folded === 'الاسهم' && tokens[end - 2].folded === 'ذات' && /^ل[^ل]/.test(word) && !isVerbLike(token) && !isName(end)) {
      end++;
      continue;
    }
    // ("المحامي العام | لنيابات غرب الإسكندرية الكلية": Egypt's attorney general of a circuit's prosecutions.)
    if (isAttorneyGeneralsProsecutionsAt(tokens, head, end)) {
      end = prosecutionsCircuitEnd(tokens, end);
      continue;
    }
    if (foldedExtraRoleStops.has(word)) {
      if (!isProsecutionGenitive(tokens, end)) break;
      // ("رئيس نيابة | مكافحة الفساد": the bare noun in construct after it goes with it, its definite genitive after.)
      if (!isDefinite(tokens[end + 1])) {
        end += 2;
        continue;
      }
    }
    if (word === 'في') {
      // "نائب الرئيس للشؤون المالية | في «معادن»،": the quoted body he serves (office-phrase-parts.ts).
      const servedEnd = quotedBodyServedEnd(tokens, head, end, isName);
      if (servedEnd > 0) {
        end = servedEnd;
        continue;
      }
      // "رئيس دائرة التحقيق بالهيئة | في جدة | الشيخ فلان": the seat of the body, see branch-regions.ts.
      if (isBranchSeatBeforeName(tokens, head, end, isName)) {
        end += 2;
        continue;
      }
      // "رئيس فرقة الشرطة البلدية | في بن عروس": a regional office's seat may be a town whose name
      // opens with "بن" (no lineage); a proper noun, it takes no genitive after it.
      if (binPlaceAt(tokens, end + 1) === 0 && isRegionalOffice(tokens, head, end) && !isName(end + 1)) {
        end += 3;
        if (tokens[end]?.isWord && !isDefinite(tokens[end])) break;
        continue;
      }
      // ("المديرة الإقليمية للبرنامج | في شرق أفريقيا | فلانة": a quarter of a continent; branch-regions.ts.)
      const quarterEnd = end - head >= 2 ? quarterSeatEndBeforeName(tokens, end, isName) : -1;
      if (quarterEnd > 0) {
        end = quarterEnd;
        continue;
      }
      // "مدير الدفاع المدني | في محافظة الزرقاء | العقيد فلان": the region of the office (branch-regions.ts).
      const seatEnd = regionSeatEndBeforeName(tokens, head, end, isName);
      if (seatEnd > 0) {
        end = seatEnd;
        continue;
      }
      // ("رئيس المجلس العسكري | في بوركينا فاسو | النقيب فلان": any office's seat right before the
      // holder's name, as the name grammar reads it; branch-regions.ts officeSeatEndAt.)
      const townSeatEnd = end - head > 1 ? officeSeatEndAt(tokens, head, end) : -1;
      if (townSeatEnd > 0 && opensTitledName(tokens, townSeatEnd, isName)) {
        end = townSeatEnd;
        continue;
      }
      // ("ممثل المنظمة | في الأرض الفلسطينية المحتلة | فلان": a body or territory; branch-regions.ts.)
      const definiteSeat = end - head > 1 ? definiteSeatEndAt(tokens, head, end, isName) : -1;
      if (definiteSeat > 0 && opensTitledName(tokens, definiteSeat, isName)) {
        end = definiteSeat;
        continue;
      }
      // ("تعيين فلان مديراً لدائرة التوجيه | في المنطقة العسكرية المركزية.": after an office in the
      // accusative, which follows its holder's name, a seat closing the sentence or clause is its own.)
      // (A place with the article, no time: "مستشارا للاتحاد | في ذلك الوقت".)
      const seatWord = tokens[end + 1];
      if (definiteSeat > 0 && isAccusativeOffice(tokens[head]) && seatWord?.isWord === true && isDefinite(seatWord) && !isTimeWord(tokens, end + 1) && (tokens[definiteSeat] === undefined || !tokens[definiteSeat].isWord)) {
        end = definiteSeat;
        continue;
      }
    }
    // "منظمة الدفاع عن المستهلك": the preposition of a verbal noun that names a body, and its object.
    const governedEnd = governedObjectEnd(tokens, head, end);
    if (governedEnd > 0 && !isName(end + 1)) {
      end = governedEnd;
      // ("هيئة الدفاع عن الشهيد محمد فلان": a name after an object that is a person's title is the
      // object's, not the holder's; after "عن المستهلك" the name is the holder's.)
      if (isPersonNounObject(tokens[end - 1])) for (let words = 0; words < MAX_GENITIVE_NAME_WORDS && end < tokens.length && isName(end); words++) end++;
      // ("للتحقيق في الفساد | (هيفا)", "لجنة التحقيق في تهريب الآثار | المقالة": the body's short name
      // and a qualifier of the office go on as after any complement.)
      if (continuesAfterGovernedObject(tokens[end]) || tokens[end]?.isWord === false || foldedRoleQualifiers.has(tokens[end]?.folded ?? '')) continue;
      break;
    }
    // ("مدير جهاز مكافحة الهجرة | غير الشرعية", "المنظمات غير الحكومية": "غير" + a nisba with the
    // article negates the adjective of the definite noun before it, no stop of the phrase.)
    // ("الشركة الرياضية | ذات الأسهم لمولودية الجزائر", "ذات المسؤولية المحدودة": "ذات" + a definite
    // genitive after a definite noun is its adjective, the body's kind.)
    if (word === 'ذات' && end > head + 1 && isDefinite(tokens[end - 1]) && tokens[end + 1]?.isWord === true && isDefinite(tokens[end + 1]) && !isVerbLike(tokens[end + 1]) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // ("سفيرة جمهورية كولومبيا | غير المقيمة لدى سلطنة عمان": so "non-resident" after any envoy's phrase.)
    if (word === 'غير' && end > head + 1 && ((isDefinite(tokens[end - 1]) && isNegatedNisbaAt(tokens, end + 1)) || RESIDENT.test(tokens[end + 1]?.folded ?? '')) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // ("محافظ النجف | الأشرف ماجد فلان": a holy city's epithet is part of its name, however it reads.)
    if (end - head >= 1 && isHolyCityEpithetAt(tokens, end)) {
      end++;
      continue;
    }
    // ("رئيس جهاز مكافحة الهجرة غير الشرعية | فرع الكفرة": the body's branch in a town.)
    if (word === BRANCH && end - head >= 2 && tokens[end + 1]?.isWord === true && isPlaceOrNationality(tokens[end + 1]) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // ("رئيس جامعة الصداقة | بين الشعوب", "رئيس جمعية التعاون بين البلدين": "بين" and its definite
    // object after a noun of a relation between parties, in a body's name, no stop of the phrase.)
    if (word === 'بين' && end - 1 > head && RELATION_NOUNS.has(tokens[end - 1].folded.replace(/^و(?=ال)/, '')) && tokens[end + 1]?.isWord === true && isDefinite(tokens[end + 1]) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    if (foldedRoleStops.has(word)) {
      if (!prepositionComplement(tokens, end, head) || isName(end + 1)) break;
      // ("في قطر للطاقة": a company named by a place and its trade; office-prepositions.ts.)
      if (word === 'في' && isCompanyOfPlaceAndTrade(tokens, end + 1)) {
        end += 3;
        continue;
      }
      // "قائد التنظيم في باكستان | رئيسته فلانة", "| والمعروف باسم": a country's one-word name takes
      // no genitive, and what follows describes the holder or opens another office. ("نائب رئيس
      // الجبهة | في فرنسا رئيستها فلانة": where another office follows the country, the country may be
      // that office's; the first one stops before it.)
      if (word === 'في' && isCountryName(tokens[end + 1])) {
        if (!(tokens[end + 2]?.isWord === true && (isOfficeWord(tokens[end + 2]) || isOfficeWithPronoun(tokens[end + 2])))) end += 2;
        break;
      }
      end += 2;
      // ("عن المكون | الإيزيدي": the community's nisba, which a family name might look like, is the seat's.)
      if (word === 'عن' && isCommunitySeatAt(tokens, end - 1)) end++;
      // ("في أديس أبابا": a place of two words.)
      if (word === 'في' && tokens[end]?.isWord && isTwoWordPlace(tokens[end - 1].folded, tokens[end].folded) && !isName(end)) end++;
      // "في ولاية هيسن | بيتر بويت": the state's proper name takes no genitive either.
      if (word === 'في' && FEDERATED_STATES.has(tokens[end - 1].folded)) {
        // ("في ولاية جنوب غرب الصومال": a state named by its quarter of a country, whole.)
        const quarter = compassQuarterOfPlaceEnd(tokens, end);
        if (quarter > 0 && !isName(quarter - 1)) {
          end = quarter;
          continue;
        }
        end++;
        // ("في إقليم شمال | وشرق سوريا": but a second region joined to it by "و".)
        if (tokens[end]?.isWord && !isDefinite(tokens[end]) && !coordinatedPlace(tokens, head, end)) break;
        continue;
      }
      // ("واليا على بنزرت | وليد الوقيني": a governor's bare town, a proper name, takes no genitive either.)
      if (word === 'علي' && isAccusativeOffice(tokens[head]) && isBareTownBeforeOther(tokens, end - 1)) {
        if (TOWN_NAME_HEADS.has(tokens[end - 1].folded) && tokens[end]?.isWord && !isName(end)) end++;
        break;
      }
      // "في سيدي بوزيد": the seat of a regional office is a town's proper name; it takes no genitive.
      if (word === 'في' && !isOrganizationHead(tokens[end - 1]) && isRegionalOffice(tokens, head, end - 2)) {
        if (TOWN_NAME_HEADS.has(tokens[end - 1].folded) && tokens[end]?.isWord && !isName(end)) end++;
        if (tokens[end]?.isWord && !isDefinite(tokens[end]) && conjoinedQuarterEnd(tokens, head, end, isName) < 0) break;
      }
      continue;
    }
    // ("عمدة بلدية تفرغ | زينة المنتهية ولايته": one bare word between a town's bare name and the
    // outgoing qualifier is the town's second word; a holder named there has two words at least.)
    if (end - head >= 3 && end + 2 < tokens.length && isOutgoingTermAt(tokens, end + 1) && token.isWord && !isDefinite(token) && stems(token).length === 1 && tokens[end - 1].isWord && !isDefinite(tokens[end - 1]) && isRegionHeadWord(tokens[end - 2]) && !isName(end)) {
      end++;
      continue;
    }
    // "الرئيس المنتهية ولايته": the outgoing holder, a qualifier of two words.
    if (isOutgoingTermAt(tokens, end)) {
      end += 2;
      // ("ولايته" has its pronoun: it takes no genitive, a bare word after it opens the name.)
      if (tokens[end]?.isWord && !isDefinite(tokens[end])) break;
      continue;
    }
    // "استقبل فلان وزير الداخلية | سفير اليابان": no one holds an envoy's post with a post at home, so
    // an envoy after a closed office phrase is another person, the verb's object ("مكتب سفير" is a genitive).
    if (end > head + 1 && isDefinite(tokens[end - 1]) && AMBASSADORS.has(word) && !tokens.slice(head, end).some(isEnvoy)) break;
    // ("مدير ماء البصرة وكالةً": "acting"; isActingAdverb.)
    if (isActingAdverb(token)) {
      end++;
      continue;
    }
    // "مديراً عاماً", "أمينةً عامةً": a qualifier agrees with an accusative office (the feminine's
    // tanween written on its "ة").
    if ((word.endsWith('ا') && foldedRoleQualifiers.has(word.slice(0, -1))) || (/ة\u064b$/.test(token.text) && foldedRoleQualifiers.has(word))) {
      end++;
      continue;
    }
    // "مديرا عاما مساعدا تقنيا | عملياتيا": so does a nisba adjective in the accusative ("ـيّا") after
    // an accusative office and its accusative qualifiers, whatever field it names (no adverb: "حاليا").
    if (isAccusativeNisbaAfter(tokens, head, end)) {
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
    // ("أصدر فلان رئيس الجمهورية | القرار الجمهوري رقم": the decree he issues, after a whole office.)
    if (ISSUED_DOCUMENTS.has(word) && isDefinite(tokens[end - 1])) break;
    // "عميد بلدية طرابلس المركز", "رئيس بلدية الجزائر الوسطى": the quarter names the municipality.
    if (TOWN_QUARTERS.has(word) && isPlaceOrNationality(tokens[end - 1]) && end - 2 > head && stems(tokens[end - 2]).includes('بلديه')) {
      end++;
      continue;
    }
    // ("رئيسة للجامعة اللبنانية | لولاية مدتها خمس سنوات", "لولاية ثانية": the term the post is held
    // for, no province: a term's length or rank follows.)
    if (TERM_NOUNS.has(word) && TERM_FOLLOWERS.test(tokens[end + 1]?.folded ?? '')) break;
    // ("نائباً | ثالثاً لحاكم مصرف لبنان": an ordinal in the accusative agreeing with the post, no verb.)
    if (ACCUSATIVE_ORDINALS.has(word) && isAccusativeOffice(tokens[end - 1])) {
      end++;
      continue;
    }
    // ("المدير العام للوكالة الوطنية | لسجل السكان": "ل" + a noun that also spells a verb, "سجل" (he
    // recorded), is a body's aim: no preposition goes on a verb in the past.)
    if ((isVerbLike(token) && !(/^ل[^ل]/.test(word) && bodyAim(tokens, head, end)) && !isAccusativeNisbaOfOffice(tokens, head, end) && !isVerbalNounAfterBodyHead(tokens, head, end)) || isImperfectVerb(token)) break;
    if (closesRegionName(tokens, end)) break;
    // ("إقليم كوردستان | مسرور بارزاني،": a region's name no list knows: region-proper-names.ts.)
    if (closesBareRegionName(tokens, end)) break;
    // ("محافظ نينوى | نجم الجبوري إن": a given and a family name after a place's proper name, region-proper-names.ts.)
    if (closesPlaceGenitiveBeforeName(tokens, end)) break;
    // "الرئيس التنفيذي لأرامكو": "ل" + a word with a written hamza is a complement (no name opens
    // so), even a body's name no list knows; not "لأجل", "لأن" (a common word or a particle).
    // ("وزير الشؤون الخارجية | لإعلامه بتأجيلها": but "ل" + a verbal noun with a pronoun after it,
    // written "ه"/"ها"/"هم" and not "ة", is the purpose of the act, "to inform him"; no body's name
    // carries a pronoun.)
    if (end > head + 1 && /^ل[أإآ]/.test(token.text) && isPurposeWithPronoun(token)) break;
    if (end > head + 1 && /^ل[أإآ]/.test(token.text) && word.length >= 5 && stems(token).slice(1).some((stem) => stem.length >= 4 && !isCommonWord(stem)) && !isName(end)) {
      end++;
      continue;
    }
    // "مدير المركز | أمين العلي": a title word that opens a name here ends the office before it.
    if (isOfficeInName(tokens, end)) break;
    // "تعيين فلان الوزير المكلف بالعلاقة مع مجلس النواب | ناطقا رسميا": an office in the accusative
    // after a nominative phrase is what he is made, a predicate of its own.
    if (isAccusativeOffice(token) && !isAccusativeOffice(tokens[head]) && !(end === head + 1 && isGovernorRankBeforePost(tokens, head))) break;
    // "تعيين فلان مستشارا لدى رئيس الحكومة | رئيس الحكومة يجري ...": no nominative office chains onto
    // one in the accusative (the post he is made); it opens the next clause.
    if (isAccusativeOffice(tokens[head]) && isDefinite(tokens[end - 1]) && !isDefinite(token) && stems(token).length === 1 && isOfficeWord(token) && !isAccusativeOffice(token)) break;
    // ("الوزير | بالقائم بالأعمال الليبي": so is the chargé d'affaires, a post of two words; office-start.ts.)
    if (isChargeDAffairesAt(tokens, end)) break;
    // "رئيس الجمهورية | بوزير الثقافة": "ب" + an office is whom the holder meets, another person.
    if (officeBehindClitic(token, /^ب/) && !isOrganizationHead(token)) break;
    // "الملك | ولي ولي العهد": a bare definite title takes no indefinite office as its complement.
    // ("استقبل الوزير | وزير البلدية": also an office word that reads as "و" + a word as well.)
    if (end === head + 1 && isDefinite(tokens[head]) && isOfficeWord(token) && !isDefinite(token) && (stems(token).length === 1 || isOfficeForm(word))) break;
    // "والي ولاية | وهران", "رئيس بلدية | وجدة": a region's name that opens with "و" after its head
    // (region-proper-names.ts); a proper name takes no genitive, so a bare word after it opens the name.
    if (isPlaceNameAfterRegionHead(tokens, end)) {
      end++;
      if (tokens[end]?.isWord && !isDefinite(tokens[end]) && !continuesRegionName(tokens, end)) break;
      continue;
    }
    // A word with a conjunction opens a new clause unless it joins another portfolio or office.
    const gaz = gazetteer();
    // ("مأمور مركز شرطة | وادي النطرون": a place the lexicon knows by two words, the first opening
    // with "و", is no conjunction: the phrase reads over it.)
    if (end - head >= 2 && word.startsWith('و') && tokens[end + 1]?.isWord === true && isTwoWordPlace(word, tokens[end + 1].folded) && !isName(end) && !isName(end + 1)) {
      end += 2;
      continue;
    }
    // ("رئيس ديوان | والي ولاية أدرار": "والي" written with its ي is the governor, no "و" + "الي"; isOfficeWord.)
    const wholeWordKnown = foldedRoleQualifiers.has(word) || isOfficeStem(word) || (word === 'والي' && isOfficeWord(token)) || foldedPortfolioGlosses.has(word) || gaz.organizationHeads.has(word) || gaz.places.has(word) || REGION_HEADS.has(word);
    // "نائبا أولا للرئيس | والمولدي الجندوبي نائبا ثانيا": "و" + a given name with the article
    // before a rare family name opens the next holder of a list, not another portfolio.
    if (word.startsWith('وال') && isArticleGivenName(tokens, end, word.slice(1))) break;
    // "مدير الصندوق | والتيجاني الحداد": so does "و" + a known given name with the article.
    if (word.startsWith('وال') && stems(token).length > 1 && isDefiniteGivenName([tokenReadAs(token, word.slice(1), token.text.slice(1)), ...tokens.slice(end + 1, end + 2)], 0)) break;
    // "ويسكونسن", "ووكر": a rare word whose rest is rare too is one foreign word, not "و" + word
    // (unless the rest is a common word the news seldom writes: "وتأطير" is "و" + "تأطير").
    // ("واستصلاح": a rare verbal noun of the "استفعال" pattern is "و" + a word all the same.)
    // ("ووقاية": nor is one whose rest is a noun in "ة" the news never takes for a person.)
    const conjunction = word.startsWith('و') && stems(token).length > 1 && !(isRareWord(word) && isRareWord(stems(token)[1]) && !isCommonWord(stems(token)[1]) && !ISTIFAL_NOUN.test(stems(token)[1]) && !isPeopleInConstruct(stems(token)[1]) && !isNeverAPersonFeminineNoun(stems(token)[1]));
    if (word.startsWith('و') && stems(token).length > 1 && (opensNextEntry(tokens, head, end, isName) || isTaskInChargeAt(tokens, end))) break;
    // "رئيس الهيئة | والعضوين المستقيلين": "و" + the dual of an office names two other holders.
    if (word.startsWith('وال') && isDualOfOffice(word.slice(1))) break;
    // "رئيس الحكومة | والمستشارة الألمانية فلانة": "و" + an office of the other gender than the
    // head's is held by another person, the next entry of a list.
    if (word.startsWith('و') && stems(token).length > 1 && isOfficeOfOtherGender(tokens[head], token)) break;
    // "مدير عام أيام قرطاج السينمائية | والمنتج التونسي فلان": "و" + a trade noun or a courtesy title
    // adds the holder's trade (or opens the next person), no further office.
    // ("المكلف بنزاعات الدولة | ورجل الأعمال فلان": so does "و" + a trade phrase's head; profession-phrases.ts.)
    if (word.startsWith('و') && (stems(token).slice(1).some((stem) => stem.startsWith('ال') && (isTradeNoun(stem) || (gazetteer().honorifics.has(stem) && !isOfficeStem(stem)))) || isProfessionPhraseAt(tokens, end + 1))) break;
    // ("لوكالة الموانئ | وتجهيزات الصيد البحري": a second genitive of the body's head, office-portfolios.ts.)
    if (coordinatedBodyGenitive(tokens, head, end)) {
      end++;
      continue;
    }
    if (conjunction && !wholeWordKnown) {
      // "لاستغلال | وتوزيع المياه": the second verbal noun of a body's aim.
      if (bodyAim(tokens, head, end - 1)) {
        end++;
        continue;
      }
      // ("مدير إدارة الشرق الأوسط | وآسيا الوسطى": or "و" + a second place after a place, one region of the office.)
      const secondPlace = (stem: string): boolean => gazetteer().places.has(stem) && end - head >= 2 && (isPlaceOrNationality(tokens[end - 1]) || closesTwoWordPlace(tokens, end - 1)) && !isName(end);
      const joined = stems(token).slice(1).some((stem) => (stem.startsWith('ال') && stem.length > 3) || isOfficeStem(stem) || foldedPortfolioGlosses.has(stem) || bodyInConstruct(tokens, end, gazetteer().organizationHeads.has(stem)) || secondPlace(stem)) || parallelPortfolio(tokens, head, end);
      // "مدير وحدة الطب": right after an indefinite office comes its genitive, never "و" ("وحدة" is a word).
      // ("رئيسا | ومنجي": an office in the accusative has its tanween, so no genitive.)
      const genitive = end === head + 1 && !isDefinite(tokens[head]) && isOfficeWord(tokens[head]) && !isAccusativeOffice(tokens[head]) && !isRareWord(word) && !isVerbLike(token);
      // "غرفة تجارة | وصناعة الكويت": a second noun in "ة" (never a verb) shares the genitive of the
      // indefinite noun before it; so does a verbal noun or a plural the lexicon knows as a common
      // word ("هيئة مراقبة | وتسيير الأسواق", "نقابة أعوان | وإطارات الصحة").
      const previousNoun = tokens[end - 1];
      // ("رئيسًا لمركز | ومدينة أوسيم": Egypt's district "مركز ومدينة" and the town's name, one no list
      // may know; with the article too, where the name is no common word: "ومدينة البدرشين".)
      const town = tokens[end + 1];
      if (token.folded === 'ومدينه' && stems(previousNoun).some((stem) => stem === 'مركز') && town?.isWord === true && (!isDefinite(town) || !isCommonWord(town) || isPlaceOrNationality(town)) && !isName(end + 1)) {
        end += 2;
        continue;
      }
      // ("غرفة تجارة | وصناعة ومناجم وزراعة | أرومية": more nouns may join the run before the genitive they share.)
      const after = afterSharingNouns(tokens, end + 1);
      const sharedGenitive = end > head + 1 && isSecondSharingNoun(token) && previousNoun.isWord && !isDefinite(previousNoun) && isBareCommonNoun(previousNoun) && (isCommonWord(previousNoun) || (isRareWord(previousNoun.folded) && personShareBucket(previousNoun.folded) === 0)) && (!isVerbLike(previousNoun) || isVerbalNounAfterBodyHead(tokens, head, end - 1)) && !isPlaceOrNationality(previousNoun) && tokens[after]?.isWord === true && (isDefinite(tokens[after]) || gazetteer().places.has(tokens[after].folded) || isNounBeforePlace(tokens, after) || isNounBeforeDefiniteGenitive(tokens, after)) && !isName(after);
      // (The shared genitive a noun and its place: "ومفقودي | فيضان درنة", the three words at once.)
      if (sharedGenitive && isNounBeforePlace(tokens, after) && !isName(after + 1)) {
        end = after + 2;
        continue;
      }
      if (sharedGenitive) {
        end = after;
        continue;
      }
      // ("رئيس نيابة الجرائم المالية | وغسل الأموال": "و" + a bare common noun before its definite
      // genitive, after a definite word, joins a second matter to the first; office-portfolios.ts.)
      if (isSecondAimOfBody(tokens, head, end, isName) || furtherPortfolio(tokens, head, end, isName) || isConjoinedConstructAt(tokens, end, isName) || isProgrammeNameSecondWord(tokens, head, end, isName)) {
        end++;
        continue;
      }
      if (!joined && !genitive) break;
      end++;
      continue;
    }
    const previous = tokens[end - 1];
    // ("رئيس المجلس الشعبي البلدي | لبازر صخرة،": the commune a local council serves; office-phrase-parts.ts.)
    const commune = communeAfterCouncilEnd(tokens, end, isName);
    if (commune > end) {
      end = commune;
      break;
    }
    // "رئيس الجمهورية | الباجي قايد السبسي": a definite word rare in running text, followed by
    // another such word, is the name that follows the office, not a complement.
    // ("للنقابة" is ل + a definite noun: no name starts so.)
    // ("القاضية | الكاليفورنية شيري": a feminine nisba after a feminine office agrees with it; no name
    // opens so. Nor after a feminine definite noun of no person: "للسلامة | المرورية فلان", the
    // body's matter; "لحملة المرشحة | الديموقراطية فلانة" names the candidate after her title.)
    const agreesWithNoun = /[^ا]يه$/.test(word) && /ه$/.test(previous.folded) && (isOfficeWord(previous) || (!hasTrait(previous, PERSON_TITLE) && !CANDIDATES.has(previous.folded)));
    // ("رئيس المجلس القروي | نضال أبو عرام": a masculine nisba after the body's masculine definite noun,
    // right before a listed given name, agrees with that noun; the name opens after it.)
    if (isMasculineNisbaBeforeGivenName(tokens, end)) {
      end++;
      continue;
    }
    // ("الأمين العام | المساعد حفيظ": a qualifier of the office, rare as it may be in running text, opens no name.)
    // ("عضو المجلس | الرئاسي مفتاح": nor a word the common-word list holds, rare as its spelling may be.)
    if (isDefinite(previous) && isDefinite(token) && !word.startsWith('لل') && stems(token).length === 1 && isRareWord(word) && !isCommonWord(token) && !isPlaceOrNationality(token) && !isCountryNisba(word) && !agreesWithNoun && !foldedRoleQualifiers.has(word) && startsTwoWordName(tokens, end)) break;
    // "وزير الداخلية | الهادي المجدوب": after an office and its complement, a definite word that is
    // no common word, right before a definite word rare in running text (a family name, often a
    // nisba), is a given name with the article, the Maghreb's usage ("الهادي", "المنجي", "الطاهر").
    // (So after a body's name in quotes: 'رئيس جمعية "أحباء المكتبة" | المنجي الورغي'.)
    // (So after a town's proper name, bare or after "ب"/"ل": "المدير الجهوي للصحة بقفصة | المنجي فلان".)
    const closedName = isDefinite(previous) || CLOSING_QUOTES.has(previous.text) || isTownProperNounWord(previous);
    // ("في المملكة الأردنية | الهاشمية الشقيقة": not the epithet of the kingdom's nationality.)
    if (end - head >= 2 && closedName && isArticleGivenName(tokens, end) && !continuesHashemiteName(tokens, end)) break;
    // "رئيس الحكومة | الحبيب الصيد", "النائب | الحبيب خذر": a given name with the article (its bare
    // form opens people's names) before another name word is the holder, whatever that word means.
    if (closedName && isDefiniteGivenName(tokens, end)) break;
    // ("مفوض العون الإنساني السابق بولاية البحر الأحمر | الطيب عبد الرحيم": so is one the news opens
    // names with, also an adjective, before a compound "عبد ال...".)
    if (closedName && isNewsDefiniteGivenName(word) && tokens[end + 1]?.folded === 'عبد' && tokens[end + 2]?.isWord === true && tokens[end + 2].folded.startsWith('ال')) break;
    // ("معتمد الجهة | الخمسي بكار": so is a rare word with the article before a bare name word.)
    if (end - head >= 2 && closedName && isRareArticleGivenName(tokens, end)) break;
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
    // "المتحدث باسم حماس | لرويترز": after a bare body's name too, "ل" + a news agency is whom he spoke to.
    if (isNamedPressAddressee(token, tokens[end + 1])) break;
    // ('للحرس الوطني | للنسمة "أف أم"': "ل" + a radio's name before its band is whom he spoke to.)
    if (isRadioAddresseeAt(tokens, end)) break;
    // "ولم تذكر المستشارة الألمانية | الرئيس الأميركي فلان": after a nationality, a definite title with
    // a nationality of its own is another person's office (the sentence's object), no chained one.
    if (previous.isWord && isDefinite(previous) && isNationalityWord(previous) && token.folded.startsWith('ال') && isOfficeWord(token) && tokens[end + 1]?.isWord === true && isDefinite(tokens[end + 1]) && isNationalityWord(tokens[end + 1])) break;
    // ("يلتقي الموفد الفرنسي | قائد الجيش العماد فلان": after a verb of meeting, an office after the
    // nationality that closes the subject's is the object's, whom he meets.)
    if (previous.isWord && isDefinite(previous) && isNationalityWord(previous) && isMeetingVerb(tokens[head - 1]) && !word.startsWith('و') && isOfficeWord(token) && !isDefinite(token)) break;
    // ("استقبل رئيس المجلس | الوزير السابق فلان", "التقى رئيس المجلس | المنسقة الخاصة": so is a
    // definite title after the subject's office, closed by a definite word, or an office of the other
    // gender, the office of whom he meets; "رئيس مجلس السيادة القائد العام" chains his own.)
    // ("استقبل رئيس الدولة | المدير العام للشركة الوطنية", "التقى رئيس الوزراء | المستشار بالديوان
    // الملكي": so is a director's or an adviser's title.)
    if (end > head + 1 && isDefinite(previous) && isMeetingVerb(tokens[head - 1]) && word.startsWith('ال') && stems(token).length === 1 && isOfficeWord(token) && !foldedRoleQualifiers.has(word) && (hasTrait(token, PERSON_TITLE) || DIRECTORS.has(word) || isWrittenFeminine(token) !== isWrittenFeminine(tokens[head]))) break;
    // ("رئيس لجنة الشؤون الاقتصادية في الجمعية الوطنية | النائب الداه ولد عبد الجليل": after a closed
    // phrase, "النائب" (the MP) right before a name word is the holder's own title; "النائب العام",
    // "النائب الأول", "النائب عن دائرة" go on with their complement.)
    if (end > head + 1 && isDefinite(previous) && word === MP && isMPTitleBeforeName(tokens, end + 1)) break;
    // ("والتقى رئيس الوزراء | رئيس بلدية إربد الكبرى الدكتور فلان": the subject's head noun again, bare,
    // heads the office of whom he meets; one holds no two posts of the same head in one phrase.)
    if (end > head + 1 && isDefinite(previous) && isMeetingVerb(tokens[head - 1]) && word === tokens[head].folded && isOfficeWord(token)) break;
    // "وزير الداخلية السابق | بالسجن المؤبد": after "former", "ب" + a noun that is no body, place,
    // office or portfolio is the sentence's (a sentence, a charge), not the office's.
    // ("مدير أملاك الدولة السابق | بالولاية": a region's head with the article, the region just named, is a place too.)
    if (FORMER.has(previous.folded) && word.startsWith('ب') && stems(token).length > 1 && !preposedKnown(token) && !isOrganizationHead(token) && !isPlaceOrNationality(token) && !isDefiniteRegionBehindBa(token)) break;
    // "| بالقرب من محل إقامته": a place adverb ends the office.
    if (LOCATIVE_ADVERBS.has(word)) break;
    // "وزير الاستثمار السعودي | بالرياض": after the nationality, "ب" + a town is where he spoke;
    // only an envoy's seat follows so ("السفير السعودي بالقاهرة").
    if (previous.isWord && isDefinite(previous) && isNationalityWord(previous) && word.startsWith('ب') && stems(token).slice(1).some((stem) => gazetteer().places.has(stem)) && !isEnvoy(tokens[head])) break;
    // "وزير الاستثمار | الأسبوع الماضي", "| الأحد": a time ends the office.
    // ("الأمين العام لمهرجان | فجر الدولي للشعر": not a word of time that names the event or body
    // whose indefinite head governs it, no time word after it.)
    if (isTimeWord(tokens, end) && !(previous.isWord && !isDefinite(previous) && isOrganizationHead(previous) && tokens[end + 1]?.isWord === true && !isTimeWord(tokens, end + 1) && !isName(end))) break;
    // "سناتور من تكساس | وخطيب في المؤتمر": a place's proper name (no common word) takes no
    // genitive, so "و" + a word rare in news after it opens a further description, not a portfolio.
    // ("ولي عهد دبي | وزير المالية": an office word that only spells "و" + a word chains on.)
    if (word.startsWith('و') && stems(token).length > 1 && previous.isWord && !isDefinite(previous) && stems(previous).length === 1 && isPlaceNameWord(previous) && !isOfficeWord(token)) break;
    // ("المجلس التنسيقي السعودي | الكويتي": a joint body takes a second nationality; so does
    // "لجنة الصداقة اليابانية | السعودية", the country whose name is a feminine nisba.)
    // ("سفير المملكة الأردنية | الهاشمية", "للهيئة الخيرية الأردنية | الهاشمية": the state's official
    // name goes on, and Jordan's epithet after any Jordanian body; envoy-states.ts.)
    if (previous.isWord && isDefinite(previous) && isNationalityWord(previous) && !(isDefinite(token) && (isNisbaNationality(token) || isFeminineParticipleOfBody(tokens, end) || isBodyNisbaAfterNationality(token)) && tokens.slice(head + 1, end).some(isOrganizationHead)) && !continuesStateName(tokens, end) && !continuesHashemiteName(tokens, end) && !foldedRoleQualifiers.has(word) && !foldedNameQualifiers.has(word) && !isOfficeWord(token) && !/^(?:لل|[بل]ال)/.test(word) && !preposedKnown(token) && !bodyAim(tokens, head, end) && !deputyPortfolio(tokens, head, end)) break;
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
    // So does a masculine nisba that qualifies the definite noun before it ("نائب رئيس المجلس
    // التنفيذي | الحفل"): only another adjective, a participle or a qualifier goes on after it.
    // (A nisba ends in "ي" as written: "للقوى" (of the forces) folds to the same shape.)
    const closingNisba = end - head >= 3 && isDefinite(tokens[end - 2]) && isDefinite(previous) && stems(previous).length === 1 && /[^ا]ي$/.test(previous.folded) && !/ى[\u064b-\u0652]*$/.test(previous.text) && !isNationalityWord(previous);
    const closingPlace = (/^[لب]/.test(previous.folded) && stems(previous).slice(1).some((stem) => (gazetteer().places.has(stem) || isPlaceNameWord(stem)) && !TOWN_NAME_HEADS.has(stem))) || (tokens[end - 2]?.folded === 'في' && gazetteer().places.has(previous.folded)) || genitivePlace || closingNisba;
    if (closingPlace && isDefinite(token) && stems(token).length === 1 && isCommonWord(word) && !/^الم/.test(word) && !/يه?$/.test(word) && !isPlaceOrNationality(token) && !foldedRoleQualifiers.has(word) && !foldedNameQualifiers.has(word) && !PLACE_QUALIFIERS.has(word) && !isOfficeWord(token) && !isOrganizationHead(token) && !foldedPortfolioGlosses.has(word)) break;
    // "محافظ مسقط | بالتنسيق القائم": after an office and the place it governs, "ب" + a verbal noun of
    // the "تفعيل" pattern with the article is what the sentence's verb takes ("أشاد بالتنسيق"), no complement.
    if (genitivePlace && /^بالت.{3,}$/.test(word) && VERBAL_NOUN_OF_TAFIL.test(word.slice(1)) && !isOrganizationHead(token) && !preposedKnown(token)) break;
    // "رئيس الهيئة العامة للسياحة والتراث الوطني | الفائزين": a definite sound plural cannot agree
    // with the singular nisba before it; it is the verb's object.
    if (isPluralAfterSingularNisba(tokens, end)) break;
    // "أمير المنطقة الشرقية | المعرض": a region named by its head and a nisba is whole; a common
    // noun with the article after it is the verb's object, even one in "م" (a noun of place).
    // ("قائد المنطقة العسكرية الرابعة | اللواء": an ordinal numbering the region closes it instead.)
    if (closesRegionWithNisba(tokens, head, end)) {
      if (isOrdinalWord(word)) end++;
      break;
    }
    // "محافظ القطيف | المعرض": so does a town named with the article as the office's genitive.
    if (closesTownGenitive(tokens, head, end)) break;
    if (opensVerbComplementAfterTown(tokens, head, end, isName)) break;
    if (startsAfterClosedChain(tokens, head, end)) break;
    // "وزير البلدية بدولة قطر الشقيقة": "sister" qualifies the country named just before.
    if (PLACE_QUALIFIERS.has(word) && isPlaceOrNationality(previous)) {
      end++;
      continue;
    }
    // ("مدير مهرجان قرطاج | رئيس اللجنة": nor an office word, which opens an office of its own.)
    if (!isDefinite(token) && stems(token).length === 1 && !isPlaceOrNationality(token) && endsChainOnProperNoun(tokens, head, end)) break;
    // "رئيس المجلس البلدي | لمدينة طنجة": "ل" + "مدينة" after a body names the town whose body it is.
    if (word.startsWith('ل') && stems(token).includes('مدينه') && tokens[end + 1]?.isWord === true && tokens.slice(head + 1, end).some(isOrganizationHead) && !isName(end + 1)) {
      end++;
      continue;
    }
    // ("رئيس جمعية حماية واحات | جمنة | الطاهر فلان": the last word of the body's name closes the
    // phrase; the holder's name follows; body-name-last-words.ts.)
    if (end - head >= 2 && closesBodyNameBeforeDefiniteGivenName(tokens, end)) {
      end++;
      break;
    }
    const accepted =
      isDefinite(token) ||
      isOfficeWord(token) ||
      isPlaceOrNationality(token) ||
      foldedRoleQualifiers.has(word) ||
      foldedPortfolioGlosses.has(word) ||
      isOrganizationHead(token) ||
      // ("رئيس نادي بايرن | ميونخ | فلان": a body's own name of two words before its holder's; office-phrase-parts.ts.)
      isSecondBodyNameWord(tokens, end) ||
      // ("الرئيس التنفيذي لشركة إيران | خودرو | المهندس فلان": a company's name of a country and a
      // word running text never writes, before the holder's honorific.)
      (end - head >= 3 && isPlaceOrNationality(previous) && tokens[end - 2].isWord && isOrganizationHead(tokens[end - 2]) && !isSeenInRunningText(word) && tokens[end + 1]?.isWord === true && isHonorificWord(tokens[end + 1]) && !isName(end)) ||
      // ("رئيس اتحاد بوروندي | لكرة القدم | فلان": the sport of a federation named by its country; sport-complements.ts.)
      isSportComplementAt(tokens, end) ||
      // ("عضو الهيئة المديرة | لترجي | جرجيس | فلان": a club named behind "ل" and its town; club-town-names.ts.)
      isClubTownAt(tokens, end + 1) ||
      isClubTownAt(tokens, end) ||
      // ("القائم | بالأعمال": the second word of the chargé d'affaires' post.)
      (end === head + 1 && isChargeDAffairesAt(tokens, head)) ||
      // ("نقابة وكلاء | بيع الخضر": the genitive of a body's noun of members; body-member-nouns.ts.)
      isMembersGenitive(tokens, head, end) ||
      // "بمجلس", "باسم", and after an indefinite office "حاكم سابق لاركنسو": a prepositional
      // complement written as one word ("باراك" after "الرئيس الأمريكي" is a name).
      // ("بولاية بنزرت | بسمة": a town's proper name takes no genitive; such a word opens the name.)
      // ("المندوب الجهوي للفلاحة بمدنين | لطفي": nor after a town behind "ب", or a place of two words, "بيت لحم | ليلى".)
      (/^[لب]/.test(word) && word.length > 3 && stems(token).length > 1 && (preposedKnown(token) || (previous.isWord && !isDefinite(previous) && !isPlaceOrNationality(previous) && !isPlaceNameWord(previous) && !isTownProperNounWord(previous) && !closesTwoWordPlace(tokens, end - 1)))) ||
      // ("نائب المدير العام لقوة الإطفاء": a deputy's noun before the definite office changes nothing.)
      // "المدير التجاري لوحدة أعمال ...", "الرئيس المدير العام لاتصالات تونس": after a definite office
      // and its adjective (or a second office, "الرئيس المدير العام"), "ل" + a common
      // noun in the construct state before its genitive is the body he works for (not an airport or a
      // hospital, whose name may be a person's: "لمطار المنستير الحبيب بورقيبة"); the genitive may be
      // the body's name in quotes ('الممثل القانوني لقناة "فلان"'); an airport or a prize may be named
      // after a title and a name all the same ("الأمين العام لجائزة الشيخ زايد للكتاب").
      // ("المفتي العام لسلطنة عمان": a state's head noun too, though "سلطنة" is too rare a word for the common ones.)
      (/^ل[^ل]/.test(word) && isShortDefiniteTitleBefore(tokens, head, end) && stems(token).slice(1).some((stem) => !stem.startsWith('ال') && (isCommonWord(stem) || STATE_HEADS.has(stem))) && (!isNamedAfterHead(token) || isBareTownAfter(tokens, end + 1) || namedAfterEnd(tokens, end + 1) > end + 1) && ((tokens[end + 1]?.isWord === true && !isVerbLike(tokens[end + 1]) && !isName(end + 1)) || quotedEnd(tokens, end + 1) > 0)) ||
      // ("رئيس الدائرة الخامسة | جنايات القاهرة": the kind of court a circuit sits in, Egypt's usage, and its town.)
      (COURT_KINDS.has(word) && tokens.slice(head + 1, end).some((t) => CONSTITUENCY_HEADS.has(t.folded))) ||
      // ("مدير الإدارة الهندسية بحي المعادي": "ب" + "حي" (a city's district), too short for the rule above, and its name.)
      (word === 'بحي' && tokens[end + 1]?.isWord === true && !isName(end + 1) && !isVerbLike(tokens[end + 1])) ||
      // ("القيادي بنداء تونس": a party named by a bare noun and its country; membership-offices.ts.)
      isGluedPartyNamedForCountryAt(tokens, head, end) ||
      // "المقرر الخاص المعني بحقوق الإنسان", "الوزير المكلف بالعلاقات": "ب" + the matter of one in charge.
      // ("المكلف العام بنزاعات الدولة": so after "العام" closing the title of one in charge.)
      (word.startsWith('ب') && word.length > 3 && stems(token).length > 1 && (IN_CHARGE.has(previous.folded) || (end - head === 1 && stems(previous).some((stem) => IN_CHARGE.has(stem))) || (previous.folded === 'العام' && end - head === 2 && IN_CHARGE.has(tokens[head].folded))) && !isVerbLike(token)) ||
      // "المقرر الخاص بحرية التعبير", "المبعوث الخاص بالشأن الليبي": "special" + "ب" + his mandate.
      isSpecialMandate(tokens, head, end) ||
      // "اللجنة الوطنية لمكافحة المخدرات": a body's name goes on with "ل" and its aim.
      bodyAim(tokens, head, end) ||
      isEnvoysState(tokens[head], token, tokens[end + 1], isEnvoy) ||
      // "لنقابات | قوات الأمن": the nouns of a body's aim in the construct state.
      // (Not after a place's second word that opens so: "بيت لحم | ليلى فلان".)
      (/^ل[^ل]/.test(previous.folded) && !closesTwoWordPlace(tokens, end - 1) && bodyAim(tokens, head, end - 1)) ||
      deputyPortfolio(tokens, head, end) ||
      bodySeat(tokens, head, end) ||
      isUncommonRegionSeatAt(tokens, end) ||
      // ("المنسق الجهوي للحركة بتطاوين،": the town of a regional branch; regional-seats.ts.)
      isRegionalSeat(tokens, head, end, isName) ||
      membersWorkplace(tokens, head, end) ||
      qualifiedOfficeAim(tokens, head, end) ||
      // ("رئيساً للجنة | تسيير بلدية زوارة": "ل" on "لجنة" reads as definite, "لل", but an indefinite
      // common noun after it shows the construct state.)
      // ("رئيسا للجنة | افتحاص التدبير المالي": so does a rare one before a definite word the news
      // writes and seldom takes for a person, its genitive.)
      (LAM_ON_COMMITTEE.test(previous.folded) && !isDefinite(token) && (!isRareWord(word) || isCommonGenitiveAt(tokens, end + 1)) && !isVerbLike(token) && !isName(end)) ||
      // The genitive of an indefinite noun: "حاكم فلوريدا", "وزير خارجية مصر".
      // ("رئيس جمعية طب ثقافة | عبد الباسط فلان": deep in a chain, "عبد" or "أبو" opens the holder's name.)
      // ("النائب عن محافظة ذي قار | حيدر فلان": a place's proper name of two words takes none.)
      // ("المدير التنفيذي لمحلية | أبو حمد": but after an indefinite region's head, the genitive it
      // needs is the town's name, however it opens.)
      // ("كل رئيس شركة | سيوقع على عقد": nor a future verb, however rare its word.)
      (previous.isWord && takesGenitive(previous) && !foldedRoleStops.has(previous.folded) && !isNameAfterBodyName(tokens, end) && !isFutureVerb(token) && !breaksAccusativeAgreement(previous, token) && !(end - head >= 3 && MANS_NAME_OPENERS.has(word) && !isRegionHeadWord(previous)) && !(end - head >= 3 && closesTwoWordPlace(tokens, end - 1)));
    // ("رئيس الإدارة الذاتية | لشمال وشرق سوريا": "ل" + a quarter of a place, and the place or a
    // second quarter, after a body's name: the region the body governs.)
    const bodysRegion = !accepted && end - head >= 2 ? bodysRegionLength(tokens, end, isName) : 0;
    if (bodysRegion > 0) {
      end += bodysRegion;
      continue;
    }
    if (!accepted) break;
    end++;
  }
  // A phrase does not end on a particle or a conjunction (but on "remote", "عن بعد", it may).
  while (end > head + 1 && (foldedRoleStops.has(tokens[end - 1].folded) || tokens[end - 1].folded === 'و') && !(end >= 2 && isRemoteAdverbAt(tokens, head, end - 2))) end--;
  // ("قائد كلية أحمد بن | محمد العسكرية": nor on "بن" of a namesake's lineage: the father's name
  // follows, and a nisba of the body after it.)
  if (end - head >= 3 && tokens[end - 1].folded === 'بن' && tokens[end]?.isWord === true && !isName(end)) {
    end++;
    if (tokens[end]?.isWord === true && /^ال.{2,}ي[ةه]$/.test(tokens[end].folded) && !isName(end)) end++;
  }
  return end;
}

/**
 * "وتطبيقات العمل | عن بعد،": "remote", the adverb of the definite verbal noun before it (no "about"),
 * closing the phrase.
 */
function isRemoteAdverbAt(tokens: readonly Token[], head: number, i: number): boolean {
  return i - head >= 2 && tokens[i].folded === 'عن' && tokens[i + 1]?.folded === 'بعد' && isDefinite(tokens[i - 1]) && tokens[i + 2]?.isWord !== true;
}

/**
 * "مستشاراً قانونياً", "ملحقاً عسكرياً": a nisba in the accusative with its tanween written (which
 * reads as verb-like elsewhere) agrees with the office in the accusative right before it.
 */
function isAccusativeNisbaOfOffice(tokens: readonly Token[], head: number, end: number): boolean {
  // ("وكيلاً فنياً": a short one too.)
  // ("رئيساً مشتركاً لهيئة ...", "رئيسةً مشتركةً": or "joint", the co-chair of Syria's north-east.)
  return end === head + 1 && isAccusativeOffice(tokens[head]) && (/^[^ا]\S+ي(?:ا\u064b|\u064bا|ة\u064b)$/.test(tokens[end].text) || JOINT_ACCUSATIVES.has(tokens[end].folded));
}

/** The length of "لشمال" + a place, or + "و" + another quarter + a place ("لشمال وشرقي سوريا"), at i after a definite word, or 0. */
function bodysRegionLength(tokens: readonly Token[], i: number, isName: IsNameToken): number {
  const [token, next, place] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!token.isWord || !token.folded.startsWith('ل') || !COMPASS_QUARTERS.has(token.folded.slice(1)) || !isDefinite(tokens[i - 1]) || next?.isWord !== true || isName(i + 1)) return 0;
  if (isPlaceOrNationality(next)) return 2;
  return next.folded.startsWith('و') && COMPASS_QUARTERS.has(next.folded.slice(1)) && place?.isWord === true && isPlaceOrNationality(place) && !isName(i + 2) ? 3 : 0;
}

/** "به", "بها" (folded): "ب" + the pronoun of the body a passive participle describes. */
const BA_PRONOUNS = new Set(['به', 'بها']);

/**
 * The length of "المعترف بها" (+ an adverb in "ياً": "دولياً") at i right after a definite word: a
 * definite passive participle of the derived forms ("المُفتعَل") and its "ب" + pronoun, or 0.
 */
function bodyParticipleClauseLength(tokens: readonly Token[], i: number): number {
  const [participle, pronoun, adverb] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!participle.isWord || !/^الم.{3,}$/.test(participle.folded) || stems(participle).length !== 1 || !isDefinite(tokens[i - 1]) || !BA_PRONOUNS.has(pronoun?.folded ?? '')) return 0;
  return adverb?.isWord === true && /يا$/.test(adverb.folded) && !adverb.folded.startsWith('ال') && stems(adverb).length === 1 ? 3 : 2;
}

/** "مشتركاً", "مشتركةً" (joint), folded: the accusative adjective of a co-chair's post. */
const JOINT_ACCUSATIVES = new Set(['مشتركا', 'مشتركه']);

/**
 * "الشركة المصرية | القابضة": a definite feminine active participle ("فاعلة") after a feminine
 * nationality agrees with the body before them, as its second adjective.
 */
function isFeminineParticipleOfBody(tokens: readonly Token[], end: number): boolean {
  // ("الحاكمة"; "المشتركة", the "مفتعلة" pattern: "الغرفة التجارية الإيرانية العراقية | المشتركة".)
  return /^ال(?:[^ا]ا[^ا]{2}|م[^ا]ت[^ا]{2})ه$/.test(tokens[end].folded) && /ه$/.test(tokens[end - 1].folded) && stems(tokens[end]).length === 1;
}

/**
 * "للجنة", "للواء", folded: "ل" + "لجنة" (a committee) or "لواء" (a district, Jordan's usage, or a
 * brigade: "مدير التربية والتعليم للواء قصبة إربد"), indefinite, written as "ل" + the definite
 * "اللجنة" is.
 */
const LAM_ON_COMMITTEE = /^[وف]?لل(?:جنه|واء)$/;

/** A region's head, read through its clitics ("بلدية", "بعمالة", "الولاية"). */
function isRegionHead(token: Token): boolean {
  return stems(token).some((stem) => REGION_HEADS.has(stem));
}

/** "بالولاية", "بالمحافظة" (folded): "ب" + a region's head with the article, the region the article names. */
function isDefiniteRegionBehindBa(token: Token): boolean {
  return /^بال/.test(token.folded) && REGION_HEADS.has(token.folded.slice(3));
}

/** "لحي", "بحي" (folded): "ل" or "ب" + "حي", a district. */
const DISTRICT_BEHIND_CLITIC = new Set(['لحي', 'بحي']);

/** "المدير", "المستشار" (folded, and their feminines): titles that head an office phrase of their own. */
const DIRECTORS = new Set(['المدير', 'المديره', 'المستشار', 'المستشاره']);

/** A definite word at i that running text writes and the news seldom takes for a person: a noun's genitive, no family name. */
function isCommonGenitiveAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.isWord === true && isDefinite(token) && stems(token).length === 1 && isSeenInRunningText(token.folded) && personShareBucket(token.folded) <= 0;
}

/** "المركز", "الوسطى", folded: the part of a town that names one of its municipalities ("بلدية طرابلس المركز"). */
const TOWN_QUARTERS = new Set(['المركز', 'الوسطي']);

/** "أول", "ثان", "ثالث" (folded): the ordinal of an Egyptian district or police section, after its place. */
const DISTRICT_ORDINALS = new Set(['اول', 'ثان', 'ثاني', 'ثالث']);
/** "حي", "قسم" (folded): a district and a police section, numbered after the place's name. */
const NUMBERED_DISTRICT_HEADS = new Set(['حي', 'قسم']);

/** Indefinite nouns of a deputy, folded: "نائب المدير العام" is the definite title's deputy. */
const DEPUTY_NOUNS = new Set(['نايب', 'نايبه', 'مساعد', 'مساعده']);

/**
 * Whether the office from `head` up to `end` is a definite title of two or three words, none a
 * nationality ("المدير التجاري", "الرئيس المدير العام"), after a deputy's noun if one opens it
 * ("نائب | المدير العام").
 */
function isShortDefiniteTitleBefore(tokens: readonly Token[], head: number, end: number): boolean {
  // (The deputy's noun may carry a list's "و", "، ونائب المدير العام | لقوة الإطفاء", or be the
  // accusative of a post given, "مساعداً للرئيس التنفيذي | لتجمع مكة المكرمة الصحي".)
  const deputy = tokens[head].folded.replace(/^و(?=.{4})/, '').replace(/(?<=.{4})ا$/, '');
  const start = (DEPUTY_NOUNS.has(tokens[head].folded) || DEPUTY_NOUNS.has(deputy)) && tokens[head + 1]?.isWord === true && isDefinite(tokens[head + 1]) ? head + 1 : head;
  return end - start >= 2 && end - start <= 3 && tokens.slice(start, end).every((t) => isDefinite(t) && !isNationalityWord(t));
}

export const MAX_ROLE_TOKENS = 16;

/** Honorifics of rulers and ministers that stand inside an office's genitive ("ديوان سمو ولي العهد"), folded. */
const RULERS_HONORIFICS = new Set(['سمو', 'جلاله', 'فخامه', 'معالي']);

/** "الجلالة", "السمو" (folded): after "صاحب", His Majesty, His Highness. */
const MAJESTIES = new Set(['الجلاله', 'السمو']);

/** "نقابة", "النقابة" (folded stems): a trade union, which unites the workers of a workplace. */
const UNION_NOUNS = new Set([fold('نقابة'), fold('النقابة')]);

/**
 * 'الكاتب العام لنقابة الأساسية | لـ"سوتيب"': a union (with at most one adjective, "الأساسية") right
 * before "ل" + a quoted name is the union of that company, its genitive; no paper he spoke to.
 */
function isWorkplaceUnionBefore(tokens: readonly Token[], head: number, end: number): boolean {
  for (let k = end - 1; k > head && k >= end - 2; k--) if (stems(tokens[k]).some((stem) => UNION_NOUNS.has(stem))) return true;
  return false;
}

/** "العضوين", "النائبتان" (folded): the dual of an office word, its "ة" written "ت" before the ending. */
function isDualOfOffice(folded: string): boolean {
  const singular = /^(ال.{3,})(?:ين|ان)$/.exec(folded)?.[1];
  if (singular === undefined) return false;
  return hasTrait(singular, OFFICE_WORD) || (singular.endsWith('ت') && hasTrait(`${singular.slice(0, -1)}ه`, OFFICE_WORD));
}
/**
 * "المجلس القروي | نضال": at `k` a definite masculine nisba that is no given name, after a masculine
 * definite noun that is no office or title, before a listed given name or a bare word that "أبو",
 * "بن" or a given name follows.
 */
function isMasculineNisbaBeforeGivenName(tokens: readonly Token[], k: number): boolean {
  const [noun, nisba, given] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  // ("الديوان الملكي | الهاشمي يوسف": the noun may be a nisba agreeing with a noun before it, which
  // no honorific is then, though "الملكي" opens "السمو الملكي".)
  const title = noun?.isWord === true && hasTrait(noun, PERSON_TITLE) && !isNisbaOfDefiniteNoun(tokens, k - 1);
  if (!noun?.isWord || !nisba?.isWord || !given?.isWord || !isDefinite(noun) || /ه$/.test(noun.folded) || isOfficeWord(noun) || title) return false;
  if (!/^ال..+ي$/.test(nisba.folded) || stems(nisba).length !== 1 || isListedGivenName(nisba.folded) || isListedGivenName(nisba.folded.slice(2))) return false;
  // ("نضال أبو عرام": or a bare word that opens a name with a kunya, a lineage or another given name after it.)
  const after = tokens[k + 2];
  const nameGoesOn = after?.isWord === true && (foldedLeadingNameParts.has(after.folded) || isListedGivenName(after.folded));
  return isListedGivenName(given.folded) || (nameGoesOn && !isDefinite(given) && !isOfficeWord(given) && !isVerbLike(given));
}

/** "وكالةً" (acting), the adverb after an office, written with its tanween, which the noun "agency" never has there. */
export function isActingAdverb(token: Token): boolean {
  return token.folded === 'وكاله' && /ة[\u064b-\u0652]*\u064b/.test(token.text);
}

/** An ambassador or consul in the construct state, folded (a representative may chain on: "ممثل المملكة"). */
const AMBASSADORS = new Set(['سفير', 'سفيره', 'قنصل', 'قنصله']);
/**
 * The most words a name that is an office's genitive runs to: four ("مستشار محمد أحمد محمود حسن"),
 * more with the links of a lineage ("مستشار محمد بن سلمان بن عبدالعزيز آل سعود").
 */
const MAX_GENITIVE_NAME_WORDS = 4;
const MAX_GENITIVE_LINEAGE_WORDS = 9;

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
/** A place's proper name that is no common word, folded ("تكساس", "بنسلفانيا"). */
function isPlaceProperNoun(stem: string): boolean {
  // ("سيدي", "عين": the head of a town's compound name goes on, "معتمد سيدي علي بن عون".)
  return !stem.startsWith('ال') && !TOWN_NAME_HEADS.has(stem) && (gazetteer().places.has(stem) || isPlaceWord(stem)) && !isCommonWord(stem);
}

/** "قفصة", "بقفصة", "لسوسة": a town's proper name (no common word), bare or behind "ب"/"ل". */
function isTownProperNounWord(token: Token): boolean {
  if (!token.isWord || isDefinite(token)) return false;
  if (isPlaceProperNoun(token.folded)) return true;
  return /^[بل][^ا]/.test(token.folded) && stems(token).includes(token.folded.slice(1)) && isPlaceProperNoun(token.folded.slice(1));
}

/** Whether the word before `end` is "لتكساس" or "من/عن تكساس": a place's proper name the office governs. */
function placeProperNounEndsAt(tokens: readonly Token[], end: number): boolean {
  const previous = tokens[end - 1];
  if (!previous.isWord) return false;
  const folded = previous.folded;
  if (folded.startsWith('ل') && !folded.startsWith('لل') && stems(previous).includes(folded.slice(1))) return isPlaceProperNoun(folded.slice(1));
  return PLACE_PREPOSITIONS.has(tokens[end - 2]?.folded ?? '') && isPlaceProperNoun(folded);
}

const PLACE_PREPOSITIONS = new Set(['من', 'عن']);

/** A bare place's proper name at i ("أوهايو"), no clitic on it. */
function isPlaceProperNounAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token.isWord && stems(token).length === 1 && isPlaceProperNoun(token.folded);
}

/** Words after which a two-word name is complete: the clause goes on ("إن", "أن", "قد"). */
const CLAUSE_OPENERS = new Set(['ان', 'قد', 'الذي', 'عن', 'في', 'خلال']);

/**
 * "إيفا كوبيتش إن": two bare words that are no common word and no office, then punctuation, the end
 * or a word that opens the rest of the clause: a two-word name no list knows.
 */
function isForeignTwoWordNameAt(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  const second = tokens[i + 1];
  if (second === undefined || !second.isWord) return false;
  // ("سفير إيطاليا | لدى مصر،": no preposition, no place or nationality.)
  const bare = (token: Token): boolean => !token.folded.startsWith('ال') && !isCommonWord(token.folded) && !isOfficeWord(token) && !isPlaceWord(token.folded) && !isParticle(token) && !isPlaceOrNationality(token);
  if (!bare(first) || !bare(second)) return false;
  const after = tokens[i + 2];
  return after === undefined || !after.isWord || CLAUSE_OPENERS.has(after.folded);
}

/** Whether the word before `end` is "لكاليدونيا" or "من بنسلفانيا": "ل"/"من"/"عن" + a bare word that is no common word and no name. */
function rarePlaceEndsAt(tokens: readonly Token[], end: number): boolean {
  const previous = tokens[end - 1];
  if (!previous.isWord || isGivenNameWord(previous)) return false;
  const folded = previous.folded;
  const stem = folded.startsWith('ل') && !folded.startsWith('لل') && stems(previous).includes(folded.slice(1)) ? folded.slice(1) : PLACE_PREPOSITIONS.has(tokens[end - 2]?.folded ?? '') ? folded : '';
  return stem.length > 2 && !stem.startsWith('ال') && !isCommonWord(stem) && !isMostlyANameInNews(stem);
}

/** The end of the farthest office phrase that opens before `start` and runs past it; -1 when none does. */
export function officeComplementEnd(tokens: readonly Token[], start: number): number {
  return complementEndPlusOne(tokens, start) - 1;
}

// The span passes ask it of the same positions again (a raw span's start, then the tidied one's), and
// it depends on the tokens alone: remembered per position, plus one so that "none" is 0.
const complementEndPlusOne = rememberedPerPosition((tokens, start) => {
  let end = -1;
  for (let head = Math.max(0, start - MAX_ROLE_TOKENS); head < start; head++) {
    // "رئيسها ألكسندر لوكاشنكو": an office with a pronoun ending ("its president") is complete, so
    // the name right after it is its holder, not its complement.
    if (head === start - 1 && isOfficeWithPronoun(tokens[head])) continue;
    if (isOfficeAt(tokens, head)) end = Math.max(end, officePhraseEnd(tokens, head));
  }
  return end > start ? end + 1 : 0;
});

/**
 * "وزير التربية في حكومة مهدي جمعة فتحي الجراي": four name words with no particle right after a
 * government named for its head, inside an office phrase, are two names: the head's (given and
 * family name) and then the holder's. Returns where the holder's name starts, or -1.
 */
export function holderAfterHeadedGovernment(tokens: readonly Token[], start: number, end: number): number {
  return end - start === 4 && startsTwoNamesAfterHeadedGovernment(tokens, start) === 1 ? start + 2 : -1;
}

/**
 * holderAfterHeadedGovernment's test of the four words from `start` (1 or 0), remembered per
 * position: the office phrase and the tidying of a person span (before and after trimming it) ask it
 * of the same span.
 */
const startsTwoNamesAfterHeadedGovernment = rememberedPerPosition((tokens, start) => {
  if (start < 2) return 0;
  if (!stems(tokens[start - 1]).some((stem) => HEADED_BY_NAME.has(stem))) return 0;
  if (tokens.slice(start, start + 4).some((token) => foldedLeadingNameParts.has(token.folded) || foldedTrailingNameParts.has(token.folded))) return 0;
  return isInOfficeComplement(tokens, start) ? 1 : 0;
});

/**
 * "و" + what opens the next entry of a list rather than a further portfolio: those who come with
 * the official ("والوفد المرافق له"), an office with a pronoun ("ونائبه": his deputy, another person),
 * or, after a name, an office whose phrase runs straight into the next name ("فلان وزير الصحة |
 * ووزير الاستثمار علان").
 */
export function opensNextEntry(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  const readings = stems(tokens[i]).slice(1);
  // Only "ه" (his: the holder just named) opens another person's entry; "ومندوبها" (its delegate: the
  // state's) is a further office of the same person. (The written "ة" of "ومديرة" folds like "ه".)
  const pronoun = /[^ه]ه[\u064b-\u0652]*$/.test(tokens[i].text) && readings.some(isOfficeWithPronoun);
  if (pronoun || readings.some((stem) => ENTOURAGE_NOUNS.has(stem))) return true;
  if (isName === noNames || !isName(head - 1) || !readings.some(isOfficeStem)) return false;
  const end = officePhraseEnd(tokens, i, isName);
  // ("ولي العهد | ونائب حاكم الشارقة وليلى فلان": a name with "و" of its own opens yet another
  // entry; the office joined before it is the first holder's.)
  if (isName(end) && isConjunctionOnName(tokens, end, isName)) return false;
  return isName(end) || nameStartAfter(tokens, end, isName) >= 0;
}

/** Whether the name word at `i` carries the conjunction "و" ("وليلى"; "وليد" is a name of its own). */
function isConjunctionOnName(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const word = tokens[i].folded;
  if (!word.startsWith('و') || isListedGivenName(word) || isWawGivenName(word)) return false;
  const rest = word.slice(1);
  let end = i;
  while (isName(end)) end++;
  return isListedGivenName(rest) || isOftenANameInNews(rest, true) || isConjunctionBeforeGlossedName(tokens, i, end);
}

/** "و المغربي فلان", "والمغربي فلان": "و" + a nationality at `i`, and a name right after it. */
function isConjoinedNationalityBeforeName(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const token = tokens[i];
  if (!token.isWord || !token.folded.startsWith('و')) return false;
  if (token.folded === 'و') return tokens[i + 1]?.isWord === true && isDefinite(tokens[i + 1]) && isNationalityWord(tokens[i + 1]) && isName(i + 2);
  return token.folded.startsWith('وال') && stems(token).length > 1 && isNationalityWord(tokenReadAs(token, token.folded.slice(1), token.text.slice(1))) && isName(i + 1);
}

/**
 * 'رئيس مهرجان "ليالي المدينة"': a name in quotes right after a noun of the office's complement in
 * the construct state (no article, clitic or verb) is that noun's genitive, whatever the noun
 * names (a festival, a programme, a team); what is quoted opens with no particle or verb.
 */
function isQuotedGenitive(tokens: readonly Token[], head: number, open: number): boolean {
  const noun = tokens[open - 1];
  const first = tokens[open + 1];
  if (open - 1 <= head || !noun?.isWord || !isCliticFree(noun) || !takesGenitive(noun) || isVerbLike(noun) || !first?.isWord) return false;
  // ('رئيس وزراء "فلان"': an office noun before the quotes is the office of the name quoted.)
  if (isOfficeWord(noun) || isPluralOffice(noun)) return false;
  // Only in a chain of nouns in the construct state from the office on ("مدير تحرير موقع").
  for (let k = head; k < open - 1; k++) if (!tokens[k].isWord || isDefinite(tokens[k]) || !isCliticFree(tokens[k])) return false;
  return !isVerbLike(first) && !isImperfectVerb(first) && !foldedRoleStops.has(first.folded) && !foldedExtraRoleStops.has(first.folded) && !SAID_OPENER_WORDS.has(first.folded);
}

/**
 * A word read with no clitic: it has one reading, or the news uses the whole word as a common noun
 * ("كتلة" is no "ك" + "تلة", "بلدية" no "ب" + "لدية").
 */
function isCliticFree(token: Token): boolean {
  return stems(token).length === 1 || isCommonWord(token);
}

/**
 * The end of "و" + a quarter of a place the lexicon knows ("وشمال أفريقيا") at `end`, right after a
 * place of the office phrase opened at `head` ("في الشرق الأوسط | وشمال أفريقيا"), or -1.
 */
function conjoinedQuarterEnd(tokens: readonly Token[], head: number, end: number, isName: IsNameToken): number {
  const [token, place, before] = [tokens[end], tokens[end + 1], tokens[end - 1]];
  if (end - head < 2 || !token?.isWord || token.folded.length <= 3 || !token.folded.startsWith('و') || !COMPASS_QUARTERS.has(token.folded.slice(1))) return -1;
  const places = gazetteer().places;
  return place?.isWord === true && places.has(place.folded) && before.isWord && (places.has(before.folded) || closesTwoWordPlace(tokens, end - 1)) && !isName(end + 1) ? end + 2 : -1;
}

/** Heads of a programme's or campaign's own name ("برنامج تكافل وكرامة"), folded, behind a clitic too. */
const PROGRAMME_HEADS = new Set(['برنامج', 'مشروع', 'مبادره', 'حمله']);

/**
 * ("مدير برنامج تكافل | وكرامة بوزارة التضامن": "و" + a bare indefinite noun after a programme's head
 * and one bare indefinite noun is the second word of the programme's name, no next item: an
 * indefinite noun right after the head names it, as no genitive of two nouns joined by "و" does.)
 */
function isProgrammeNameSecondWord(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  const [programme, first, token] = [tokens[i - 2], tokens[i - 1], tokens[i]];
  if (i - 2 <= head || !programme?.isWord || !stems(programme).some((stem) => PROGRAMME_HEADS.has(stem)) || !first.isWord || !token.isWord) return false;
  const bare = (word: Token): boolean => !isDefinite(word) && !isOfficeWord(word) && !isVerbLike(word) && !isPlaceOrNationality(word);
  return stems(first).length === 1 && bare(first) && !first.folded.startsWith('و') && token.folded.startsWith('و') && !token.folded.startsWith('وال') && bare(token) && stems(token)[1] === token.folded.slice(1) && !isName(i);
}

/** The position after the nouns from `i` on that "و" joins to the run sharing one genitive (isSecondSharingNoun), at most four. */
function afterSharingNouns(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k - i < 4 && tokens[k]?.isWord === true && tokens[k].folded.startsWith('و') && isSecondSharingNoun(tokens[k])) k++;
  return k;
}

/**
 * "و" + a noun that may share the genitive of the noun before it: one in "ة" that is no rare word,
 * or a common word of four letters or more (a verbal noun, "وتسيير"; a plural, "وإطارات") that is
 * no verb, name word or particle ("وقال", "وكان" open a clause).
 */
function isSecondSharingNoun(token: Token): boolean {
  const rest = stems(token)[1] ?? '';
  if (/ة$/.test(token.text) && !isRareWord(rest)) return true;
  // ("نقابة عمال | وموظفي الكهرباء": a plural in "ين" loses its "ن" in the construct state.)
  const plural = /^.{3,}ي$/.test(rest) && isCommonWord(`${rest}ن`);
  // ("ومناجم وزراعة": or a word the news writes often and never for a person, a plural no list holds.)
  return rest.length >= 4 && (isCommonWord(rest) || plural || (!isRareWord(rest) && personShareBucket(rest) === 0)) && !isVerbLike(token) && !isImperfectVerb(token) && !isGivenNameWord(token) && !foldedRoleStops.has(rest) && !foldedExtraRoleStops.has(rest);
}

/**
 * A noun of running text with no article or clitic, no office or name word: one in the construct
 * state ("مدرسة", "صالات": common, or seen in the news and never as a person).
 */
function isBareConstructNoun(token: Token): boolean {
  if (!token.isWord || isDefinite(token) || stems(token).length !== 1 || isOfficeWord(token) || isVerbLike(token) || isListedNameWord(token.folded)) return false;
  return isCommonWord(token) || (isSeenInRunningText(token.folded) && personShareBucket(token.folded) <= 0);
}

/** What lies around a place, "و" + the noun + its pronoun ("وريفها", "وضواحيها", "وأحوازها"), folded. */
const PLACE_SURROUNDINGS = /^و(?:ريف|ضواحي|احواز|نواحي|محيط)(?:ها|ه)$/;

function isSurroundingsOfPlace(token: Token): boolean {
  return token.isWord && PLACE_SURROUNDINGS.test(token.folded);
}

/** "الخريجات", "المواطنين", "المهندسون": a definite sound plural, folded. */
const DEFINITE_SOUND_PLURAL = /^ال.{3,}(?:ات|ين|ون)$/;

/** "الكويتيين", "القطريات": a plural nisba, folded. */
const NISBA_PLURAL = /ي(?:ين|ات|ون)$/;

/** A word with no article or clitic reading, no office or common word: a proper name's ("تفرغ", "زينة"). */
function isBareNameWord(token: Token): boolean {
  return token.isWord && !isDefinite(token) && stems(token).length === 1 && !isOfficeWord(token) && !isCommonWord(token) && !isVerbLike(token);
}

/**
 * "لصندوق التنمية | وإعادة إعمار ليبيا": a body's head in the construct state and one definite noun
 * of its aim, then "و" + a second aim in the construct state before its own genitive.
 */
function isSecondAimAfterDefiniteAim(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  const [body, aim, next] = [tokens[i - 2], tokens[i - 1], tokens[i + 1]];
  if (i - 2 < head || !body?.isWord || !aim?.isWord || !next?.isWord) return false;
  if (isDefinite(body) || !isOrganizationHead(body) || !isDefinite(aim) || stems(aim).length !== 1 || !isCommonWord(aim) || isOfficeWord(aim) || isPlaceOrNationality(aim)) return false;
  // (Not an active participle, "فاعل(ة)": "النائب بمجلس الشعب | وصاحبة نزل" adds what she is.)
  const second = stems(tokens[i])[1] ?? '';
  return !ACTIVE_PARTICIPLE.test(second) && !isDefinite(next) && isCommonWord(next) && !isVerbLike(next) && !isName(i + 1) && isSecondSharingNoun(tokens[i]);
}

/**
 * "للهيئة السعودية للمدن الصناعية | ومناطق التقنية": the body's aim behind "لل" (and a nisba
 * adjective of it), then "و" + a second such noun before its own definite genitive.
 */
function isSecondAimAfterLamAim(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  const adjective = tokens[i - 1]?.isWord === true && /^ال.{3,}يه?$/.test(tokens[i - 1].folded) && !isNationalityWord(tokens[i - 1]);
  const aim = tokens[adjective ? i - 2 : i - 1];
  const next = tokens[i + 1];
  if (i - (adjective ? 2 : 1) <= head || aim?.isWord !== true || !/^لل.{3,}/.test(aim.folded) || !isCommonWord(`ال${aim.folded.slice(2)}`) || next?.isWord !== true) return false;
  return isDefinite(next) && stems(next).length === 1 && !isName(i + 1) && !isVerbLike(next) && !isNationalityWord(next) && isSecondSharingNoun(tokens[i]);
}

/** A mission or delegation (folded), with or without the article. */
const MISSIONS = new Set(['بعثه', 'البعثه', 'وفد', 'الوفد']);

/** After a mission in the phrase from `head`, the end of "إلى" + a country (its state's head first, maybe) at `i`, or -1. */
function missionDestinationEnd(tokens: readonly Token[], head: number, i: number): number {
  if (tokens[i].folded !== 'الي' || !tokens.slice(head + 1, i).some((token) => token.isWord && stems(token).some((stem) => MISSIONS.has(stem)))) return -1;
  const country = STATE_HEADS.has(tokens[i + 1]?.folded ?? '') ? i + 2 : i + 1;
  return tokens[country]?.isWord === true && isPlaceOrNationality(tokens[country]) && !isNationalityWord(tokens[country]) ? country + 1 : -1;
}

/** The shape of the active participle of a three-letter root, "فاعل" or "فاعلة" (folded). */
const ACTIVE_PARTICIPLE = /^[^ا]ا[^ا][^ا]ه?$/;

/**
 * "جمعية حماية المستهلك | وتأطير المواطن": a body's head in the construct state, a noun (its aim) and
 * that noun's definite genitive, then "و" + a second such noun before its own definite genitive: the
 * body's second aim, no new clause.
 */
function isSecondAimOfBody(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  if (isSecondAimAfterDefiniteAim(tokens, head, i, isName) || isSecondAimAfterLamAim(tokens, head, i, isName)) return true;
  const [body, aim, genitive, next] = [tokens[i - 3], tokens[i - 2], tokens[i - 1], tokens[i + 1]];
  if (i - 3 < head || !body?.isWord || !aim?.isWord || !genitive?.isWord || !next?.isWord) return false;
  if (isDefinite(body) || !isOrganizationHead(body) || isDefinite(aim) || !isCliticFree(aim) || !isCommonWord(aim) || isVerbLike(aim)) return false;
  return isDefinite(genitive) && isDefinite(next) && stems(next).length === 1 && !isName(i + 1) && !isVerbLike(next) && isSecondSharingNoun(tokens[i]);
}

/**
 * 'الممثل القانوني لقناة "فلان"', 'المدير التجاري لشركة "فلان"': "ل" + a common noun in the
 * construct state (the body's head) before the quotes at `open` takes the quoted name as its
 * genitive, where the phrase names no body before it (after one, 'لقناة "..."' is whom he spoke to).
 */
function isQuotedBodyAfterLam(tokens: readonly Token[], head: number, open: number): boolean {
  const noun = tokens[open - 1];
  if (open - 1 <= head || !noun.isWord || !/^ل[^ل]/.test(noun.folded) || isDefinite(noun)) return false;
  const rest = stems(noun)[1];
  if (rest === undefined || rest.startsWith('ال') || !isCommonWord(rest) || isVerbLike(noun)) return false;
  return !tokens.slice(head + 1, open - 1).some(isOrganizationHead);
}

/**
 * "مدير مستشفى الحبيب ثامر | هشام فلان", "بمستشفى فرحات حشاد | لطفي فلان": after the head of a place
 * or body named after a person, a given name (with the article or bare) and a bare word at `i` are
 * the namesake's name when a given name and a further word follow: the holder's. The phrase takes
 * the word at i and ends.
 */
function closesNamesake(tokens: readonly Token[], head: number, i: number): boolean {
  const [named, given, family, next, after] = [tokens[i - 2], tokens[i - 1], tokens[i], tokens[i + 1], tokens[i + 2]];
  if (i - 2 <= head - 1 || !named?.isWord || !given?.isWord || !family?.isWord || !next?.isWord || !after?.isWord) return false;
  if (!isNamedAfterHead(named) || isDefinite(named)) return false;
  // ("عمدة مدينة انجمينا | محمد زين": a town the lexicon knows is named after no one.)
  if (isPlaceOrNationality(given)) return false;
  // (The bare given name may be one no list knows, "فرحات": a rare word that is no common word.)
  if (!(isDefiniteGivenName(tokens, i - 1) || (!isDefinite(given) && stems(given).slice(1).every((stem) => isRareWord(stem) && !isCommonWord(stem)) && (isGivenNameWord(given) || (isRareWord(given.folded) && !isCommonWord(given)))))) return false;
  // ("مفوض مديرية مهاس | عبد القادر فلان": "عبد" or "أبو" opens a compound name, the holder's.)
  if (isDefinite(family) || isCommonWord(family) || isVerbLike(family) || MANS_NAME_OPENERS.has(family.folded)) return false;
  return (isGivenNameWord(next) || isDefiniteGivenName(tokens, i + 1)) && !isVerbLike(after) && !foldedRoleStops.has(after.folded);
}

/** Whether an office word ends in the feminine "ة" (folded "ه"). */
function isFeminineForm(word: string): boolean {
  return word.endsWith('ه');
}

/** A bare word (no article, no region's head: "ولاية سطيف" goes on) with a bare word after it. */
function isBareTownBeforeOther(tokens: readonly Token[], i: number): boolean {
  const [town, next] = [tokens[i], tokens[i + 1]];
  return town.isWord && !isDefinite(town) && !REGION_HEADS.has(town.folded) && !/^(?:جهه|عماله|اقليم)$/.test(town.folded) && next?.isWord === true && !isDefinite(next);
}

/** "النائب" (the member of parliament, or a deputy), folded. */
export const MP = 'النايب';

/** The word at `i` after "النائب" opens a name: a word, no qualifier, office, particle or preposition with a noun. */
export function isMPTitleBeforeName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  // ("رئيس لجنة الصحة النيابية | النائب | الدكتور فلان": or a courtesy title before the name.)
  if (next?.isWord === true && isHonorificWord(next) && !isOfficeWord(next) && tokens[i + 1]?.isWord === true && !isDefinite(tokens[i + 1])) return true;
  if (next?.isWord !== true || foldedRoleQualifiers.has(next.folded) || foldedRoleStops.has(next.folded) || isOfficeWord(next) || isVerbLike(next) || /^[بل]ال/.test(next.folded)) return false;
  return !isDefinite(next) || isNewsDefiniteGivenName(next.folded) || HASSANIYA_LINKS.has(tokens[i + 1]?.folded ?? '');
}

/** Whether any position from `start` to `end` is a name. */
function namesSomeoneIn(isName: IsNameToken, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isName(k)) return true;
  return false;
}

/** Whether `joined` is "و" + an office word whose gender differs from that of the office `head`. */
function isOfficeOfOtherGender(head: Token, joined: Token): boolean {
  const office = stems(joined).slice(1).find(isOfficeStemWithOrWithoutArticle);
  if (office === undefined || !head.isWord) return false;
  const headWord = stems(head).find(isOfficeStemWithOrWithoutArticle);
  return headWord !== undefined && isFeminineForm(headWord) !== isFeminineForm(office);
}

/** "وزير", "الوزيرة", "سفير" (folded): posts of a state, which no regional governor holds as well. */
const NATIONAL_POSTS = /^(?:ال)?(?:وزير|سفير)ه?$/;

/** "أرباب", "أصحاب": a plural of the "أفعال" pattern that running text writes and the news never takes for a person, no listed name. */
function isAfalPlural(token: Token): boolean {
  return /^ا..ا.$/.test(token.folded) && isSeenInRunningText(token.folded) && personShareBucket(token.folded) === 0 && !isListedNameWord(token.folded);
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
  // ("لجنة استرداد | أراضي الدولة": nor a verbal noun of the "استفعال" pattern, however rare, no proper noun.)
  // ("جمعية أرباب | مراكب الصيد": nor a plural of the "أفعال" pattern the news never takes for a person.)
  if (stems(name).length !== 1 || !isBareProperNoun(name) || isConstructStatePlural(name) || ISTIFAL_NOUN.test(name.folded) || isAfalPlural(name)) return false;
  const next = tokens[end];
  // "ولي عهد دبي | نائب رئيس مجلس الوزراء", "نائب حاكم دبي | وزير المالية": where the words before the
  // place make one office ("ولي عهد", an office of an office), the place is that office's own
  // genitive, not one deep in a chain, and a further office chains on as after "حاكم عجمان".
  if (isOfficeWord(next) && isOneOffice(tokens.slice(head, end - 1))) return false;
  // ("محافظ محافظة تعز | رئيس اللجنة الأمنية": so where the office is over a region its head noun
  // names, the place that region's own name; a further office of the region chains on as after
  // "محافظ تعز". Not a minister's or an envoy's post, which no governor holds: "استقبل رئيس بلدية
  // صفاقس | وزير الداخلية" names two men.)
  if (isOfficeWord(next) && end - head === 3 && isOfficeWord(tokens[head]) && isRegionHead(tokens[head + 1]) && !NATIONAL_POSTS.test(next.folded)) return false;
  // ("رئيس نادي بايرن | ميونخ تامر تركاوي": a second word of the body's own name before its holder's.)
  if (isSecondBodyNameWord(tokens, end)) return false;
  return !(stems(next).length === 1 && (isBareProperNoun(next) || isPlaceWord(next.folded)));
}

/** "التنسيق", "التعاون" (folded, with the article): a verbal noun of the "تفعيل"/"تفاعل" patterns. */
const VERBAL_NOUN_OF_TAFIL = /^الت(?:.ا..|..ي.)$/;

/** "حديثاً", "مؤخراً" (recently), folded. */
const RECENTLY = new Set(['حديثا', 'موخرا']);
/** "المنتخب", "المعينة" (elected, appointed), folded: the participles "recently" may date. */
const NEWLY_MADE = /^ال(?:منتخب|معين|مكلف)ه?$/;

/** "المنضوية", "المنضوي" (affiliated), folded: the body it is affiliated to follows "تحت". */
const AFFILIATED_UNDER = new Set(['المنضوي', 'المنضويه', 'المنضوين', 'المنضوون']);

/** "المنضوية | تحت | النقابة الوطنية": "under" after a participle of affiliation, before a definite body. */
function isUnderAffiliatingBody(tokens: readonly Token[], i: number): boolean {
  const [participle, body] = [tokens[i - 1], tokens[i + 1]];
  return tokens[i].folded === 'تحت' && participle?.isWord === true && AFFILIATED_UNDER.has(participle.folded) && body?.isWord === true && isDefinite(body) && isOrganizationHead(body);
}

/** "لنيابة", "لنيابات" (of the prosecution office, of the prosecutions), folded. */
const OF_PROSECUTIONS = new Set(['لنيابه', 'لنيابات']);

/**
 * "المحامي العام (الأول) | لنيابات غرب الإسكندرية": "ل" + the prosecution office or offices right after
 * Egypt's attorney general (the office noun "المحامي" and its "العام"), before the circuit's name.
 */
function isAttorneyGeneralsProsecutionsAt(tokens: readonly Token[], head: number, i: number): boolean {
  if (!OF_PROSECUTIONS.has(tokens[i].folded) || tokens[i + 1]?.isWord !== true || isVerbLike(tokens[i + 1])) return false;
  const general = /^(?:ال)?اول$/.test(tokens[i - 1].folded) ? i - 2 : i - 1;
  // ("تعيين فلان محامياً عاماً أول | لنيابة استئناف القاهرة": or the post he is made, in the accusative.)
  if (general - 1 >= head && tokens[general].folded === 'عاما' && /^[وف]?محاميا$/.test(tokens[general - 1].folded)) return true;
  return general - 1 >= head && tokens[general].folded === 'العام' && /^[وف]?المحامي$/.test(tokens[general - 1].folded);
}

/** Bare nouns before a prosecution circuit's place: "استئناف" (appeal) and the quarters ("غرب الإسكندرية"), folded. */
const CIRCUIT_NOUNS = new Set(['استيناف', ...COMPASS_NOUNS]);
/** Adjectives closing a circuit's name: "الكلية" (of the full court), "الجزئية" (of the summary court), folded. */
export const CIRCUIT_ADJECTIVES: ReadonlySet<string> = new Set(['الكليه', 'الجزييه']);

/** The end of the circuit's name after "لنيابات" at i ("لنيابات | غرب الإسكندرية الكلية", "لنيابات | استئناف طنطا"). */
function prosecutionsCircuitEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  while (end - i <= 2 && tokens[end]?.isWord === true && CIRCUIT_NOUNS.has(tokens[end].folded)) end++;
  if (tokens[end]?.isWord !== true || isVerbLike(tokens[end])) return i + 1;
  end++;
  return tokens[end]?.isWord === true && CIRCUIT_ADJECTIVES.has(tokens[end].folded) ? end + 1 : end;
}

/**
 * "رئيس | نيابة الأموال العامة": "نيابة" right after an indefinite office, before a definite noun or
 * a bare noun in construct with one ("نيابة مكافحة الفساد", "نيابة أمن الدولة"); "نيابة عن" is "on
 * behalf of".
 */
function isProsecutionGenitive(tokens: readonly Token[], i: number): boolean {
  const [office, next, after] = [tokens[i - 1], tokens[i + 1], tokens[i + 2]];
  if (tokens[i].folded !== 'نيابه' || !office.isWord || isDefinite(office) || !isOfficeWord(office) || next?.isWord !== true || isVerbLike(next)) return false;
  // ("رئيس نيابة أوسيم الجزئية": or the bare name of a district's town the news seldom writes, and the court's level.)
  const town = stems(next).length === 1 && !isCommonWord(next) && isRareWord(next.folded) && !isParticle(next) && after?.isWord === true && isDefinite(after) && !isVerbLike(after);
  // ("رئيس نيابة استئناف عدن": a bare noun in construct with a place's name too.)
  return isDefinite(next) || town || (stems(next).length === 1 && isCommonWord(next) && !isParticle(next) && after?.isWord === true && (isDefinite(after) || isPlaceOrNationality(after)) && !isVerbLike(after));
}

/** A nationality, or a country whose name is a nisba in the feminine ("السعودية"). */
function isNisbaNationality(token: Token): boolean {
  return isNationalityWord(token) || (/^ال.{3,}يه$/.test(token.folded) && isPlaceOrNationality(token));
}

/**
 * "الرئيس التنفيذي لميناء | صحار والمنطقة الحرة": after a port's or airport's head, a bare word no
 * name list knows, then "و" + a definite word or punctuation, is the town it is named after (one
 * named after a person goes on with his name: "لمطار المنستير الحبيب بورقيبة").
 */
function isBareTownAfter(tokens: readonly Token[], i: number): boolean {
  const town = tokens[i];
  const next = tokens[i + 1];
  if (!town?.isWord || isDefinite(town) || stems(town).length !== 1 || isArticleGivenName(tokens, i) || isGivenNameWord(town)) return false;
  return next === undefined || !next.isWord || (next.folded.startsWith('وال') && stems(next).length > 1);
}

/**
 * Whether the words are office words and their qualifiers only ("النائب الأول لحاكم"), "عهد" after
 * "ولي" counting as the crown prince's.
 */
function isOneOffice(words: readonly Token[]): boolean {
  return words.every((word, i) => isOfficeWord(word) || foldedRoleQualifiers.has(word.folded) || (word.folded === 'عهد' && words[i - 1]?.folded === 'ولي'));
}

// Without names to stop at, the phrase depends on the tokens alone: the name rules ask for it at the
// same heads many times (each candidate name looks back 16 words), with names or without. The scan
// records where it asked whether a name stands (the answer being no each time), and where the step
// that asked it started.
const plainOfficePhrase = rememberedValuePerPosition((tokens, head) => {
  const asked: number[] = [];
  const askedAtStep: number[] = [];
  let step = head + 1;
  const end = phraseEndBeforeNames(
    tokens,
    head,
    (i) => {
      asked.push(i);
      askedAtStep.push(step);
      return false;
    },
    head + 1,
    (start) => {
      step = start;
    },
  );
  return { end, asked, askedAtStep };
});

/** "بأولاد", "لأولاد" (in, of the sons of), folded: a Maghreb commune or tribe as a seat. */
const SEAT_OF_SONS = new Set(['باولاد', 'لاولاد']);

/** "ضد" (against), folded. */
const AGAINST = 'ضد';

/** Whether tokens[i] is "ل" + a body's proper name ("لسوناطراك") right after an office's adjective ("المدير الجهوي"). */
function isBodyBehindLamAfterOfficeAdjective(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  // (Not a technical director's: "المدير الفني لفيورنتينا" is a club's coach; national-team-trades.ts.)
  if (!token.isWord || !/^ل[^ل].{3,}$/.test(token.folded) || !OFFICE_ADJECTIVES.has(tokens[i - 1].folded) || TECHNICAL.test(tokens[i - 1].folded) || !isOfficeWord(tokens[i - 2])) return false;
  const body = token.folded.slice(1);
  return isSeenInRunningText(body) && personShareBucket(body) < 0 && !isCommonWord(body) && !isListedNameWord(body);
}

/** Whether tokens[i] is "و" + a further town of the constituency an MP's "عن" opened in the phrase from `head`. */
function isConstituencyTownAt(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || !/^و[^و].{2,}$/.test(token.folded) || !isRepresentative(tokens[head])) return false;
  let afterAbout = false;
  for (let k = head + 1; k < i && !afterAbout; k++) afterAbout = tokens[k].folded === 'عن';
  if (!afterAbout) return false;
  const town = token.folded.slice(1);
  return gazetteer().places.has(town) || ((!isSeenInRunningText(town) || (isRareWord(town) && personShareBucket(town) < 0)) && !isListedNameWord(town) && !isCommonWord(town));
}

/** "منفرداً" (folded): a single judge's bench, "قاضياً منفرداً". */
const SINGLE = 'منفردا';

/** Whether tokens[i] is an accusative nisba ("استئنافياً", "جزائياً") or "منفرداً", after a word in the accusative too. */
function isAccusativeQualifierAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  if (!token?.isWord || !before?.isWord || !/ا\u064b?$/.test(before.text) || isOfficeWord(token)) return false;
  return token.folded === SINGLE || (/^[^و].{2,}يا$/.test(token.folded) && /ياً?$/.test(token.text.replace(/[\u064c-\u0652]/g, '')) && stems(token).length === 1);
}

/** Adjectives that take a definite genitive ("متعددة الجنسيات", "رفيع المستوى"), folded, masculine and feminine. */
const IMPROPER_ANNEXATION_ADJECTIVES = new Set(['متعدد', 'متعدده', 'رفيع', 'رفيعه', 'عالي', 'عاليه', 'رفيعي']);

/** "جهة" (folded): Morocco's region, a region's head here only before a place the lexicon knows ("جهة" is also a side). */
const MOROCCAN_REGION = 'جهه';

/** The end of "ل" + a place the lexicon knows (one word or two), or of "ل" + a region's head and such a place, from `i`; -1 if none. */
function lamPlaceEnd(tokens: readonly Token[], i: number): number {
  const word = tokens[i].folded;
  if (!tokens[i].isWord || !/^ل[^ل]/.test(word)) return -1;
  const rest = word.slice(1);
  const placeEnd = (first: string, k: number): number => {
    const second = tokens[k + 1];
    if (second?.isWord === true && gazetteer().lexiconFirstWords.has(first) && isTwoWordPlace(first, second.folded)) return k + 2;
    return gazetteer().places.has(first) ? k + 1 : -1;
  };
  if (REGION_HEADS.has(rest) || rest === MOROCCAN_REGION) {
    const name = tokens[i + 1];
    return name?.isWord === true ? placeEnd(name.folded, i + 1) : -1;
  }
  return placeEnd(rest, i);
}

/** Whether a bare office word at `i` takes the same definite genitive as the word before it ("المجلس | عضو المجلس"). */
function isSameBodyOfficeAt(tokens: readonly Token[], i: number): boolean {
  const [body, office, genitive] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return office.isWord && !isDefinite(office) && isOfficeWord(office) && body.isWord && isDefinite(body) && genitive?.isWord === true && genitive.folded === body.folded;
}

/**
 * "مديراً لإدارة | بحث وتحري الفروانية": whether the bare word at `i`, right after a body's head in
 * the construct state (no article) within the phrase from `head`, is that head's genitive, a verbal
 * noun, though it also spells a verb ("بحث": he searched).
 */
function isVerbalNounAfterBodyHead(tokens: readonly Token[], head: number, i: number): boolean {
  const body = tokens[i - 1];
  return i - 1 > head && body.isWord && !isDefinite(body) && isOrganizationHead(body) && tokens[i].isWord && !/^[وف]/.test(tokens[i].folded);
}

/** Whether tokens[i] is "لل" + a noun that is no body, office or place, before "ب" + a noun or "في" ("للعمل بديوان"). */
function isMovedToDoAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || !/^لل.{3,}$/.test(token.folded) || isOfficeWord(token) || isOrganizationHead(token) || isPlaceWord(`ال${token.folded.slice(2)}`) || gazetteer().places.has(`ال${token.folded.slice(2)}`)) return false;
  const next = tokens[i + 1]?.folded ?? '';
  return next === 'في' || /^ب[^ا]./.test(next);
}

/** Whether a token is a place's proper name as written, without the article or a clitic ("كوردستان", "أربيل"). */
function isBarePlaceName(token: Token): boolean {
  return token.isWord && !/^(?:ال|و)/.test(token.folded) && gazetteer().places.has(token.folded);
}


/**
 * Nouns of a relation between parties, with the article ("الصداقة بين الشعوب", "وزير الشؤون الدينية
 * والوئام بين الأديان"), folded.
 */
const RELATION_NOUNS = new Set(['الصداقة', 'التعاون', 'الحوار', 'التقارب', 'التآخي', 'الأخوة', 'الشراكة', 'التبادل', 'التنسيق', 'التكامل', 'الوئام', 'التعايش', 'التقريب', 'التسامح'].map(fold));

/** Whether tokens[i] is a nisba adjective with the article ("الشرعية", "الحكومي"), no verb, that "غير" before it negates. */
function isNegatedNisbaAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  // ("والقطاع غير المنظم", "الهجرة غير النظامية": a nisba, or a participle in "الم", the informal sector.)
  return token?.isWord === true && /^ال(?:..+يه?|م...+)$/.test(token.folded) && !isVerbLike(token) && !isOfficeWord(token);
}

/** Whether token `i` is a hyphen glued between two words of the phrase from `head`, after a region's head ("ولاية بادن-فورتمبرغ"). */
function isHyphenInRegionName(tokens: readonly Token[], head: number, i: number): boolean {
  if (!isGluedHyphenAt(tokens, i)) return false;
  // ("النائب عن دائرة حفوز-العلا": so a constituency named by two towns.)
  for (let k = Math.max(head + 1, i - 3); k < i - 1; k++) if (isRegionHeadWord(tokens[k]) || (tokens[k].isWord && stems(tokens[k]).some((stem) => CONSTITUENCY_HEADS.has(stem)))) return true;
  return false;
}

/**
 * "رئيس بلدية جزين | – عين مجدلين": a spaced dash between a town's name right after an indefinite
 * region's head and another town's, a municipality of two towns (Lebanese usage); the second town is
 * no common word, or opens with a town's head ("عين", "دير").
 */
function isDashBetweenTwinTowns(tokens: readonly Token[], head: number, i: number): boolean {
  // ("رئيس بلدية قب الياس | - وادي الدلم": the first town may be named by two words, neither common.)
  const twoWordTown = i - 3 > head && tokens[i - 3].isWord && !isDefinite(tokens[i - 3]) && isRegionHeadWord(tokens[i - 3]) && tokens[i - 2].isWord && !isCommonWord(tokens[i - 2]);
  const [region, town, dash, next] = [twoWordTown ? tokens[i - 3] : tokens[i - 2], tokens[i - 1], tokens[i], tokens[i + 1]];
  if (i - 2 <= head || !/^[-–—]$/.test(dash.text) || isGluedHyphenAt(tokens, i) || !region?.isWord || !town?.isWord || next?.isWord !== true) return false;
  if (isDefinite(region) || !isRegionHeadWord(region) || isCommonWord(town)) return false;
  return (TOWN_NAME_HEADS.has(next.folded) && tokens[i + 2]?.isWord === true) || (!isCommonWord(next) && !isVerbLike(next) && !isOfficeWord(next));
}

/**
 * "رئيس دائرة الصحة | – أبوظبي،": a dash and a place the gazetteer knows after a body's name, at the
 * end of the phrase, name the emirate or city whose body it is (the Emirates' usage, "هيئة الصحة - دبي").
 */
function isDashBeforeBodysPlace(tokens: readonly Token[], head: number, i: number): boolean {
  const [dash, place, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (i - 2 < head || !/^[-–—]$/.test(dash.text) || isGluedHyphenAt(tokens, i) || place?.isWord !== true || after?.isWord === true) return false;
  return gazetteer().places.has(place.folded) && tokens.slice(head + 1, i).some((token) => token.isWord && isOrganizationHead(token));
}

/** Kinds of criminal court a circuit ("الدائرة") belongs to, folded: felonies, misdemeanours. */
const COURT_KINDS = new Set(['جنايات', 'جنح']);

/** "بمسطرد": "ب" + a word of three letters or more that no running text writes, nor its whole, and no list gives as a name. */
function isUnseenTownBehindBa(token: Token): boolean {
  const word = token.folded;
  return token.isWord && /^ب[^ا].{2,}$/.test(word) && !isSeenInRunningText(word) && !isSeenInRunningText(word.slice(1)) && !isListedNameWord(word.slice(1));
}

/** "دائرة" (constituency), folded, with and without the article. */
const CONSTITUENCY_HEADS = new Set(['دايره', 'الدايره']);

/** "حكومة الصيد | 2", "المحكمة الابتدائية بصفاقس | 2": a body's head one or two words before i, inside the phrase. */
function isNumberedBodyEnd(tokens: readonly Token[], head: number, i: number): boolean {
  for (let k = Math.max(head + 1, i - 3); k < i; k++) if (tokens[k].isWord && isOrganizationHead(tokens[k])) return tokens.slice(k + 1, i).every((t) => t.isWord);
  return false;
}

/** Adverbs in "ـيا" that date or qualify the act, no adjective of an office ("حاليا", "نهائيا"), folded. */
const NISBA_ADVERBS = new Set(['حاليا', 'نهاييا', 'تدريجيا', 'فعليا', 'مبدييا', 'جزييا', 'كليا', 'يوميا', 'سنويا', 'شهريا', 'شخصيا', 'تلقاييا', 'وقتيا', 'قانونيا', 'نظريا', 'عمليا', 'اسبوعيا', 'جماعيا', 'ظرفيا', 'محليا']);

/**
 * "مديرا عاما مساعدا تقنيا | عملياتيا": a bare word in "ـيا" (an accusative nisba, no verb, no
 * adverb) after an office in the accusative whose words up to i all end in the accusative "ا".
 */
function isAccusativeNisbaAfter(tokens: readonly Token[], head: number, i: number): boolean {
  const word = tokens[i];
  if (i - head < 2 || !isAccusativeOffice(tokens[head]) || !/^[^ا].{2,}يا$/.test(word.folded) || stems(word).length !== 1) return false;
  if (NISBA_ADVERBS.has(word.folded) || isVerbLike(word) || isImperfectVerb(word)) return false;
  for (let k = head + 1; k < i; k++) if (!tokens[k].isWord || !tokens[k].folded.endsWith('ا')) return false;
  return true;
}

/** "الخاص", "الخاصة" (special), folded: the qualifier of an envoy or a rapporteur with a mandate. */
const SPECIAL = new Set(['الخاص', 'الخاصه']);

/**
 * "المقرر الخاص | بحرية التعبير", "المبعوثة الخاصة | بشؤون اللاجئين": right after an office word and
 * "special", "ب" + a common noun (no verb, no town) names the mandate; no place or pronoun noun.
 */
function isSpecialMandate(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  if (i < head + 2 || !SPECIAL.has(tokens[i - 1].folded) || !isOfficeWord(tokens[i - 2]) || !token.folded.startsWith('ب')) return false;
  const rest = stems(token)[1];
  if (rest === undefined || rest.length < 4 || isVerbLike(token) || isPlaceOrNationality(token) || gazetteer().places.has(rest)) return false;
  return isCommonWord(rest) || isCommonWord(rest.replace(/^ال/, ''));
}

/** "لإعلامه", "لإبلاغها", "لإطلاعهم": "ل" + a verbal noun the lexicon knows + an attached pronoun. */
function isPurposeWithPronoun(token: Token): boolean {
  const pronoun = /^ل([أإآ]\S{2,}?)(?:ه|ها|هم|هما)$/u.exec(token.text);
  if (!pronoun) return false;
  const noun = fold(pronoun[1]);
  return isCommonWord(noun) || foldedPortfolioGlosses.has(`ال${noun}`) || foldedPortfolioGlosses.has(noun);
}
