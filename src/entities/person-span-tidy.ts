/**
 * Pass 4 of the extractor: each span tidied; a person span cut into names, each trimmed of the words
 * around it that are no name, or dropped.
 */
import { isFamilyNameBeforeOfficeApposition } from './comma-apposed-family-names.js';
import { isPlaceListItem } from './place-list-items.js';
import { isPrinceStyle } from './prince-styles.js';
import { isComma } from './located.js';
import { openTheophoricName } from './theophoric-names.js';
import { isStatusParticiple } from './status-participles.js';
import { isAttributionPreposition } from './attributed-sources.js';
import { endBeforeElativeSpecification, isAccusativeParticiple } from './accusative-common-words.js';
import { isNounBeforeRecencyAdjective, isRecencyAdjective } from './recency-adjectives.js';
import { isDualPersonVerb } from './dual-predicates.js';
import { manAfterTeamName } from './team-names.js';
import { isBuTribeAt, isFamilyByNameAt, isFamilyHouseAt, isFirmNamedAfterFounder } from './family-houses.js';
import { isQualityIdiomAt } from './quality-idioms.js';
import { teamAfterNameStart } from './fixture-teams.js';
import { isCountedOrdinalAt } from './counted-ordinals.js';
import { opensOnNamesakeFamilyName } from './namesake-names.js';
import { nameStartAfterTradeNounComplement } from './trade-noun-names.js';
import { nameStartAfterClubComplement } from './club-complement-names.js';
import { bodyAdjectiveNameStart } from './body-adjective-tails.js';
import { isObjectAfterFamilyName, opensDaughterChain } from './lineage-chain-ends.js';
import { fold } from '../text/normalize.js';
import { procliticReadings, writtenOffset } from './clitics.js';
import { binPlaceAt, isCommonWord, isOfficeWithPronoun, isOrdinaryWord } from './ordinary-words.js';
import { BARE_ORGANIZATION_HEAD, hasTrait, PERSON_TITLE } from './word-traits.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { foldedRoyalTitles, isParticle } from './lexicon.js';
import { isDefinite, isNamedAfterHead, isOfficeWord, isVerbLike, OFFICE_ADJECTIVES, PLACE_HEADS, REGION_HEADS, stems } from './office-words.js';
import { opensApposedOffice } from './lineage-family-slot.js';
import { honorificBefore, isHonorificWord, isRulerTitle } from './honorific-titles.js';
import { gazetteer } from './gazetteer.js';
import { isEsteemAfterTitle, isVisitingAfterTitle } from './laudatory-adjectives.js';
import { courtesyCliticLength } from './courtesy-titles.js';
import { COMMAS, roleBefore } from './role-before.js';
import { isTitledDecreeName } from './decree-names.js';
import { isOutgoingTermAt, namedAfterEnd } from './office-phrase-parts.js';
import { CIRCUIT_ADJECTIVES, closesTwoWordPlace, holderAfterHeadedGovernment, isMPTitleBeforeName, MP } from './office-phrase.js';
import { personNamedRegionLength } from './person-named-regions.js';
import { isFamilyNameOffice, isTitleWord, isVerbBeforeWeekday, isWeekdayAfterFullName, type Span, tidyNameSpan, tidyPersonSpan } from './spans.js';
import { isCliticOnBin, isPrepositionalComplement, isPrepositionOnName, isPrepositionOnNoun, isSeldomAName } from './prepositional-words.js';
import { isRarelyANameInNews, isSeenInRunningText, personShareBucket } from './tagger.js';
import { isGlossedWordForWord } from './latin-glosses.js';
import { isConjoinedCommonNounAfterTitle } from './conjoined-common-nouns.js';
import { isConstructChainPhrase, isConstructNounPhrase } from './construct-idioms.js';
import { isGreetingFormulaAt } from './greeting-formulas.js';
import { isTradeNoun } from './trade-nouns.js';
import { isGenitiveBeforeTitledHolder } from './construct-genitives.js';
import { isDatelineSource, isDatelineTown } from './datelines.js';
import { isPrepositionalPlaceAfterFullName, isPrepositionalPlaceBeforeName } from './place-after-name.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isPersonNoun } from './human-noun-names.js';
import { groupWordIn, isFeminineSoundPlural, isListedNameToken } from './group-words.js';
import { isAccusativeNounPhrase, isBaGivenNameInConstruct, isCommonNounBehindPreposition, isCommonNounPhrase, isCommonNounWord, isDefiniteDerivedMasdar, isPrepositionalDerivedMasdar } from './common-noun-words.js';
import { isParticleNameWordAt } from './particle-given-names.js';
import { isGovernmentHeadMention } from './government-heads.js';
import { isCapacityWithKaf, isDerivedMasdarBeforeName, isFeminineDualOfCommonNoun, isNounWithPronounSuffix, isPluralVerbWithWaw, isPrepositionWithPronoun } from './common-word-shapes.js';
import { tokenReadAs, type Token } from './tokenize.js';
import { isGivenNameAfterTradeNoun, isGoverningNounBeforeName, isSeventhFormParticiple } from './verbs-beside-names.js';
import { definiteNamedAfterHeadBefore } from './namesake-places.js';
import type { BlockRawSpan, BlockTokens, Located } from './extract-types.js';
import type { ArticleNames } from './article-names.js';
import { FOREIGN_NAME_PARTICLES, isLoneGivenName, KUNYA_WORDS, LINEAGE_LINKS_AFTER_NAME, MAGHREB_LINKS, SECOND_FOREIGN_PARTICLES } from './name-parts.js';
import { opensSonName } from './office-son-names.js';
import { isDerivedImperfect, isEventNounBeforeName, isFutureVerb, isImperfectVerb, isPurposeVerb } from './imperfect-verbs.js';
import { BARE_KIN, describesRelative, isBareKinshipNoun, PLURAL_KIN_WITH_PRONOUN, UNCLE_SIBLING_KIN_WITH_PRONOUN } from './kinship-words.js';
import { afterQualifiers, hasNameEvidence, isTitleAfterOfficeComma } from './person-span-evidence.js';
import { persianCompoundNameEnd } from './ali-names.js';
import { isChineseNameOfThree, isSaidHolderNameAt } from './titled-names.js';
import { AGE_NUMBERS, blessingStart, CREDIT_NOUNS, isBodySpokenFor, isDescriptiveWord, isInitialAt, isMetalAward, isNumberWord, isPrepositionAlaAt, isPluralNounShape, isTribalNisba, describesMemberBeforeIn, isAgeDecadeWord, opensNounPhrase, startAfterOfficeComplement } from './person-span-words.js';
import { isServiceNoun } from './clerical-titles.js';
import { isPluralImperfect } from './plural-imperfects.js';
import { isRetiredWord } from './retired-ranks.js';
import { isVerbBeforeBaObject } from './ba-object-verbs.js';

/**
 * Pass 4: each tagged span tidied: a person span cut into names (tidyPersonSpan) that are then
 * trimmed of the words around them that are no name, or dropped; places and organizations tidied.
 */
export function tidySpans(chained: readonly BlockRawSpan[], tokenized: readonly BlockTokens[], names: ArticleNames): { people: Located[]; others: Located[] } {
  const adjectivesOfOffices = adjectivesAfterOfficesWithPronoun(tokenized);
  const people: Located[] = [];
  const others: Located[] = [];
  const personStarts = personSpanStarts(chained);
  const loneNameWords = loneWordPersonSpans(chained);
  for (const { block, kind, start, end, bracketed } of chained) {
    // ("وقال علي أكبر ولايتي": a Persian compound given name and the family name after it, whatever
    // the words mean apart, "bigger", "my province"; ali-names.ts.)
    if (kind === 'person' && names.writesAlefMaqsura && persianCompoundNameEnd(block.tokens, start) === end && personNamedRegionLength(block.tokens, start) === 0) {
      people.push({ block, span: { kind, start, end, skip: block.tokens[start].folded.startsWith('و') ? 1 : 0 } });
      continue;
    }
    if (kind === 'person') {
      for (const span of tidyPersonSpan(block.tokens, start, end, names.isKnownName, bracketed)) {
        const tokens = block.tokens;
        // ("أسرة آل حمدان الدوسري": a family's house, no person; family-houses.ts.)
        if (span.skip === 0 && (isFamilyHouseAt(tokens, span.start) || isBuTribeAt(tokens, span.start))) continue;
        // ("لمجموعة هائل سعيد أنعم وشركاه": a firm named after its founder; family-houses.ts.)
        // ("أشاد بحسن الضيافة": the praise of a quality; quality-idioms.ts.)
        if (isFirmNamedAfterFounder(tokens, span.start, span.end) || isQualityIdiomAt(tokens, span.start, span.end)) continue;
        // ("في المركب الرياضي الأمير مولاي عبد الله": a title after a place's definite head and its adjective; the name is the place's.)
        if (span.skip === 0 && isTitledNamesakeOfPlace(tokens, span.start)) continue;
        // ("مهاجم أوكسير فلان": the club a bare trade noun governs; trade-noun-names.ts.)
        if (span.skip === 0) {
          const nameStart = nameStartAfterTradeNounComplement(tokens, span.start, span.end, personStarts.get(block.block)?.has(span.end) === true);
          if (nameStart < 0) continue;
          span.start = nameStart;
          // ("المدرب السابق لبنفيكا جورج مارتينيز": the club a trade noun governs; club-complement-names.ts.)
          span.start = nameStartAfterClubComplement(tokens, span.start, span.end);
        }
        // ("بفريق إنبي عبد الناصر محمد": the team's name, then the man's; team-names.ts.)
        const manStart = span.skip === 0 ? manAfterTeamName(tokens, span.start, span.end) : -1;
        if (manStart > 0) span.start = manStart;
        // ("وزير التجارة في حكومة فلان الفلاني علان العلاني": the government's head, then the holder of
        // the office; each is a person, see holderAfterHeadedGovernment.)
        const holder = span.skip === 0 ? holderAfterHeadedGovernment(tokens, span.start, span.end) : -1;
        if (holder > 0) people.push({ block, span: { ...span, end: holder } });
        // ("حصة خميس مشيط من المشاريع": a place the lexicon knows by two words or more, untitled, is that place.)
        if (isUntitledPlaceOfWords(tokens, span) || closesPlaceOfWords(tokens, span) || isTitledPlaceName(tokens, span) || isPlaceListItem(tokens, span.start, span.skip) || isHolyPlaceName(tokens, span)) continue;
        // ("يعزي أسرة الردادي": once trimmed, a family noun and a family name alone are the family; family-houses.ts.)
        if (trimsNameEnds(tokens, span, bracketed, names.writesAlefMaqsura) && trimsNameOpening(tokens, span, adjectivesOfOffices, bracketed, loneNameWords) && holdsUpAsName(tokens, span, names.repeatedNameWords) && !isFamilyByNameAt(tokens, span.start, span.end)) {
          openTheophoricName(tokens, span);
          people.push({ block, span });
        }
      }
    } else {
      const span = tidyNameSpan(kind, block.tokens, start, end);
      if (span) others.push({ block, span });
    }
  }
  return { people, others };
}

/**
 * Whether the span is exactly a place the lexicon knows by two words or more ("خميس مشيط", "سيدي
 * بوزيد"), read as written (no clitic) and with no honorific before it: a given name ("خميس") opens
 * many places' names, and the tagger, which has seen the given name, takes the place for a man.
 */
function isUntitledPlaceOfWords(tokens: readonly Token[], span: Span): boolean {
  if (span.end - span.start < 2 || honorificBefore(tokens, span.start) !== null) return false;
  const words = tokens.slice(span.start, span.end);
  // ("مدارس أبها وخميس مشيط": also behind the "و" of a list, the clitic the span leaves out.)
  const first = span.skip > 0 ? fold(words[0].text.slice(span.skip)) : words[0].folded;
  return words.every((token) => token.isWord) && gazetteer().places.has([first, ...words.slice(1).map((token) => token.folded)].join(' '));
}

/**
 * "في مديرية الشيخ | عثمان", "في الشيخ | عثمان": a place the lexicon knows whose name opens with a
 * title (Aden's district), where a preposition of place or a region's head governs it; "الشيخ
 * عثمان" alone, after a verb, may still be a man.
 */
function isTitledPlaceName(tokens: readonly Token[], span: Span): boolean {
  const title = tokens[span.start - 1];
  if (span.skip > 0 || title?.isWord !== true || span.start < 2) return false;
  const rest = tokens.slice(span.start, span.end).map((token) => token.folded).join(' ');
  const readings = procliticReadings(title).filter(({ stem }) => gazetteer().places.has(`${stem} ${rest}`));
  if (readings.length === 0) return false;
  const governor = tokens[span.start - 2];
  const governed = governor.isWord && (PLACE_PREPOSITIONS.has(governor.folded) || stems(governor).some((stem) => PLACE_HEADS.has(stem) || REGION_HEADS.has(stem) || DISTRICT_HEADS.has(stem)));
  return governed || readings.some(({ removed }) => removed > 0);
}

/** The heads of holy places "الشريف" (noble) closes the name of, folded: a sanctuary, a mosque, a shrine. */
const HOLY_PLACE_HEADS = new Set(['الحرم', 'المسجد', 'الجامع', 'المقام']);

/**
 * "والحرم | الإبراهيمي الشريف": a span closed by "الشريف" right after a holy place's head (behind
 * any clitic) is that place's name, no man's.
 */
function isHolyPlaceName(tokens: readonly Token[], span: Span): boolean {
  const head = tokens[span.start - 1];
  return span.skip === 0 && span.end - span.start >= 2 && tokens[span.end - 1].folded === 'الشريف' && head?.isWord === true && procliticReadings(head).some(({ stem }) => HOLY_PLACE_HEADS.has(stem));
}

/**
 * Whether the span, untitled, is the rest of a place the lexicon knows by two words or more, whose
 * first word (maybe behind a preposition) is right before it: "في معرة | النعمان", where the tagger
 * took the second word, a given name, for a man.
 */
function closesPlaceOfWords(tokens: readonly Token[], span: Span): boolean {
  const head = tokens[span.start - 1];
  if (span.skip > 0 || head?.isWord !== true || honorificBefore(tokens, span.start) !== null) return false;
  const rest = tokens.slice(span.start, span.end).map((token) => token.folded).join(' ');
  return procliticReadings(head).some(({ stem }) => gazetteer().places.has(`${stem} ${rest}`));
}

/**
 * Whether the name at `start` follows a royal title that follows a place's definite head and its
 * adjective, after a preposition of place ("في المركب الرياضي | الأمير | فلان"). (After an office
 * the head is the body he serves, "مدير المستشفى الجامعي الدكتور فلان"; places are named after royals.)
 * Or a doctor's title after a hospital's (isDoctorNamesakeOfHospital).
 */
function isTitledNamesakeOfPlace(tokens: readonly Token[], start: number): boolean {
  const title = honorificBefore(tokens, start);
  if (title === null) return false;
  if (isDoctorNamesakeOfHospital(tokens, title.start, start)) return true;
  if (!tokens.slice(title.start, start).some((token) => foldedRoyalTitles.has(token.folded))) return false;
  // ("لدى وصوله إلى الملعب | صاحب السمو الملكي الأمير | فلان": a living prince's style, his highness;
  // a place takes the title alone, "ملعب الأمير فلان".)
  if (isPrinceStyle(tokens.slice(title.start, start).map((token) => token.folded))) return false;
  const head = definiteNamedAfterHeadBefore(tokens, -1, title.start);
  if (head < 0 || !stems(tokens[head]).some((stem) => VENUE_HEADS.has(stem))) return false;
  // (A preposition of place governs the venue: "في المركب الرياضي"; "جامع المدينة الشيخ فلان" is a
  // mosque's office. Or "ب" written on the venue before a ruler's title, "بالمجمع الرياضي الأمير مولاي
  // عبد الله": "ب" on a city or a mosque after an office is the office's seat, "رئيس المؤذنين بالمسجد
  // النبوي الشيخ فلان".)
  return isVenuePreposition(tokens[head - 1]) || (/^[وف]?بال/.test(tokens[head].folded) && tokens.slice(title.start, start).some((token) => isRulerTitle(token.folded)));
}

/**
 * Whether the token is a preposition of place before a venue (PLACE_PREPOSITIONS). ("إمام المسجد
 * النبوي فضيلة الشيخ فلان": "إمام", the imam, folds as "أمام", in front of.)
 */
function isVenuePreposition(token: Token | undefined): boolean {
  return token?.isWord === true && PLACE_PREPOSITIONS.has(token.folded) && !/^[وف]?إمام$/.test(token.text);
}

/** Titles a hospital's namesake keeps in its name ("الدكتور", "الشهيد", "المجاهد", "الحاج"), folded. */
const HOSPITAL_NAMESAKE_TITLES = new Set(['الدكتور', 'الشهيد', 'المجاهد', 'الحاج'].map(fold));
/** Definite heads of a hospital ("المستشفى", "المصحة"), folded. */
const HOSPITAL_HEADS = new Set(['المستشفى', 'المستوصف', 'المصحة'].map(fold));
/** Heads that name a hospital only with "الاستشفائية" after them ("المؤسسة الاستشفائية"), folded. */
const HOSPITAL_BODY_HEADS = new Set(['المؤسسة', 'المركز'].map(fold));

/**
 * "إلى المؤسسة الاستشفائية الجامعية | الدكتور | فلان علان بتلمسان", "بالمستشفى الجامعي | الدكتور | بن
 * زرجب": Algeria names hospitals after doctors and martyrs, the title kept; right after a hospital's
 * definite head and adjectives that a preposition or a verbal noun governs (written apart, or "ب" on
 * the head with no office before it: "مدير المستشفى الجامعي الدكتور فلان" names the director), the
 * name is the hospital's.
 */
function isDoctorNamesakeOfHospital(tokens: readonly Token[], titleStart: number, start: number): boolean {
  if (start - titleStart !== 1 || !HOSPITAL_NAMESAKE_TITLES.has(tokens[titleStart].folded)) return false;
  const head = definiteNamedAfterHeadBefore(tokens, -1, titleStart);
  if (head < 0) return false;
  const stem = stems(tokens[head]).find((reading) => HOSPITAL_HEADS.has(reading) || HOSPITAL_BODY_HEADS.has(reading));
  if (stem === undefined || (HOSPITAL_BODY_HEADS.has(stem) && !(tokens[head + 1]?.folded ?? '').startsWith(fold('الاستشفائي')))) return false;
  // (An adjective at least, "الجامعي": "بالمستشفى الدكتور فلان" is where the doctor works.)
  if (titleStart - head < 2) return false;
  // ("وعصرنة المستشفى الجامعي | الدكتور بن زرجب": or a noun in the construct state, the work done on
  // the hospital; no verb, whose subject the hospital's head would be.)
  const before = tokens[head - 1];
  const governed = isVenuePreposition(before) || tokens[head].folded.startsWith('بال') || (before?.isWord === true && !isDefinite(before) && !isVerbLike(before) && !isOfficeWord(before));
  return governed && !isOfficeInClauseBefore(tokens, head);
}

/** Words looked back over, within the clause, for an office the hospital is a complement of. */
const MAX_CLAUSE_WORDS_BEFORE = 8;

/**
 * ("رئيس قسم جراحة القلب في المستشفى الجامعي الدكتور فلان": an office earlier in the clause, the
 * hospital its seat, names the doctor its holder.)
 */
function isOfficeInClauseBefore(tokens: readonly Token[], head: number): boolean {
  for (let k = head - 1; k >= 0 && head - k <= MAX_CLAUSE_WORDS_BEFORE && tokens[k].isWord; k--) if (isOfficeWord(tokens[k])) return true;
  return false;
}

/** Heads of a town's parts ("مديرية", "حي", "أحياء"), folded. */
const DISTRICT_HEADS = new Set(['مديريه', 'حي', 'احياء']);

/** Prepositions of place before a venue, folded. */
const PLACE_PREPOSITIONS = new Set(['في', 'الي', 'علي', 'من', 'داخل', 'قرب', 'بجوار', 'امام']);

/** Prepositions that open a complement of the verb after its object (folded). */
const OBJECT_PREPOSITIONS = new Set(['من', 'الي', 'عن', 'علي', 'في', 'مع']);

/** Definite heads of buildings and grounds named after royals ("المركب", "المستشفى"), folded: no event ("المقابلة"). */
const VENUE_HEADS = new Set(['المركب', 'المجمع', 'الملعب', 'المستشفى', 'المدينة', 'الجامعة', 'القاعة', 'المطار', 'الميناء', 'المسجد', 'الجامع', 'الكلية', 'المعهد', 'المدرسة', 'المكتبة', 'الحديقة', 'الميدان', 'الساحة', 'الصالة', 'المسبح'].map(fold));

/** The words that make a person span alone, folded: "وأضافت بروس". */
function loneWordPersonSpans(chained: readonly BlockRawSpan[]): Set<string> {
  const words = new Set<string>();
  for (const raw of chained) if (raw.kind === 'person' && raw.end - raw.start === 1) words.add(raw.block.tokens[raw.start].folded);
  return words;
}

/** Where the person spans start, by block (numbers, not "block:start" strings built for each span). */
function personSpanStarts(chained: readonly BlockRawSpan[]): Map<number, Set<number>> {
  const starts = new Map<number, Set<number>>();
  for (const raw of chained) {
    if (raw.kind !== 'person') continue;
    let ofBlock = starts.get(raw.block.block);
    if (ofBlock === undefined) starts.set(raw.block.block, (ofBlock = new Set()));
    ofBlock.add(raw.start);
  }
  return starts;
}

/**
 * The words of a person span that are no name, at its ends: particles, verbs, prepositions,
 * descriptions, what says whose relative he is. False when nothing of the span is left a name.
 */
function trimsNameEnds(tokens: readonly Token[], span: Span, bracketed: boolean | undefined, writesAlefMaqsura: boolean): boolean {
  // Names do not contain particles: "مكلف لدى" is a tagging slip, not a person.
  // A particle at the end ("... علي هامش" in text without "ى") is left out, not the whole name.
  // ("الرئيس السابق زين العابدين بن على": after a lineage link it is the father's name, "علي" spelled "على".)
  // ("الخارجية الصينية وانغ ون بين": nor a Chinese syllable that spells one; titled-names.ts.)
  while (span.end - span.start > 1 && isParticle(tokens[span.end - 1]) && !LINEAGE_LINKS_AFTER_NAME.has(tokens[span.end - 2].folded) && !(bracketed && isChineseNameOfThree(tokens, span.start, span.end))) span.end--;
  // ("المستشار الأسبق لبن علي حسب ما أكده": nor does a preposition of attribution; attributed-sources.ts.)
  while (span.end - span.start > 1 && isAttributionPreposition(tokens[span.end - 1])) span.end--;
  // ("خيار الرئيس سعيد | أمام ضغوط", "نفى أمام قاضي التحقيق": "أمام" written with its hamza above is
  // the preposition "in front of" before the word it governs; the family name is "إمام".)
  if (tokens[span.end - 1]?.text === 'أمام' && tokens[span.end]?.isWord === true) {
    if (span.end - span.start === 1) return false;
    span.end--;
  }
  // ("الرئيس فلان الأوفر حظا": an elative and its specification; accusative-common-words.ts.)
  span.end = endBeforeElativeSpecification(tokens, span.start, span.end);
  // ("ترأس البطريرك فلان بطرس الشامي | قداس الأحد": the service he leads; clerical-titles.ts.)
  if (span.end - span.start >= 3 && isServiceNoun(tokens[span.end - 1])) span.end--;
  // ("قال الوزير فلان الفلاني معلقا على": a circumstantial participle after the name.)
  if (!bracketed && span.end - span.start >= 2 && isAccusativeParticiple(tokens[span.end - 1].folded)) span.end--;
  // ("أشاد الأمير نايف بن خالد | بحسن التنظيم": "ب" + a given name, no name word, is the verb's complement.)
  if (!bracketed && span.end - span.start >= 2 && isBaGivenNameInConstruct(tokens, span.end - 1)) span.end--;
  // "علي الفور", "فلان علي هامش" where "على" is written "علي": the preposition ends the name.
  if (!writesAlefMaqsura) {
    for (let k = span.start + 1; k < span.end; k++) {
      if (isPrepositionAlaAt(tokens, k)) {
        span.end = k;
        break;
      }
    }
    if (span.skip === 0 && isPrepositionAlaAt(tokens, span.start)) return false;
  }
  // "استقبل الأمير سلطان بن سلمان الوفد": after "بن X" a definite common word that the news corpus
  // almost never uses as a name is the verb's object, not the family name.
  if (!bracketed && span.end - span.start >= 4 && LINEAGE_LINKS_AFTER_NAME.has(tokens[span.end - 3].folded)) {
    const last = tokens[span.end - 1].folded;
    // "أقام الأمير محمد بن سلمان مأدبة غداء": so is a word that reads as a common noun before
    // another (a noun in construct); before punctuation it may be the family name ("بوزيد،").
    const indefiniteNoun = (token: Token | undefined): boolean => token !== undefined && !token.folded.startsWith('ال') && isCommonNounWord(token);
    // ("علي بن أبي طالب": after "أبي" the word is the kunya's name.)
    const kunya = KUNYA_WORDS.has(tokens[span.end - 2].folded);
    // ("تلقى رئيس الجامعة فلان بن خليل رسالة من": so is a noun the news almost never uses as a name
    // before a preposition, where a family name of common-noun shape would be one the news uses so.)
    const objectBeforePreposition = indefiniteNoun(tokens[span.end - 1]) && isRarelyANameInNews(last) && OBJECT_PREPOSITIONS.has(tokens[span.end]?.folded ?? '');
    const object = !kunya && ((indefiniteNoun(tokens[span.end - 1]) && indefiniteNoun(tokens[span.end]) && !isParticle(tokens[span.end])) || objectBeforePreposition);
    // ("ناصر بن فهد السيف نائباً لرئيس المجلس": before an office in apposition it is the family name.)
    // ("وقال فلان بن علي العمران إن ...": so before "إن", which only follows a verb of saying, no object.)
    const beforeSaying = tokens[span.end]?.text === 'إن';
    // ("ناصر بن حمد بن سيف الكندي، سفير سلطنة عمان": so before a comma and an office in apposition.)
    const beforeApposedOffice = opensApposedOffice(tokens[span.end]) || (isComma(tokens[span.end]) && opensApposedOffice(tokens[span.end + 1]));
    const commonNoun = (isOrdinaryWord(last) && !isTribalNisba(last)) || isPluralNounShape(last);
    // ("فاطمة بنت عبد المالك": after "عبد" the word is the second half of the father's compound name.)
    const compoundHalf = tokens[span.end - 2].folded === 'عبد';
    if (!compoundHalf && ((last.startsWith('ال') && commonNoun && isRarelyANameInNews(last) && !beforeApposedOffice && !beforeSaying) || object)) span.end--;
  }
  // "فلان إبن محمد القحطاني التهاني", "آل سعيد الحفل": lineage-chain-ends.ts.
  if (!bracketed && isObjectAfterFamilyName(tokens, span.start, span.end)) span.end--;
  // "ماريو إيديه ابن التاسعة والعشرين": "ابن"/"بنت" + an ordinal or a tens number gives an age;
  for (let k = span.start + 1; k < span.end - 1; k++) {
    // "فلان ابن عمه", "فلان ابن أخيه": "ابن" + a kinship word with a pronoun gives a relation.
    // "سعيد ابن الضحية", "ابن عم الشهيد": "ابن" + a definite common noun, or a bare kinship noun, says whose relative he is.
    const next = tokens[k + 1];
    // ("محمد بن العربي": "بن" written without the alef, the Maghreb's, goes on with the family name.)
    const relation = (next.folded.startsWith('ال') && isOrdinaryWord(next) && isRarelyANameInNews(next.folded) && tokens[k].text !== 'بن') || BARE_KIN.has(next.folded);
    if (LINEAGE_LINKS_AFTER_NAME.has(tokens[k].folded) && (AGE_NUMBERS.has(next.folded) || UNCLE_SIBLING_KIN_WITH_PRONOUN.test(next.folded) || relation)) {
      span.end = k;
      break;
    }
  }
  // "الممثلة الكوميدية كاثي جريفن", "الرئيس الأسير صدام حسين": a definite word the news corpus
  // almost never uses as a name, before two name words, describes the person.
  // ("الجوهرة بنت عبدالله": before "بنت" it is her given name; lineage-chain-ends.ts.)
  // ("التركي ألب أرسلان فلان": an alif with hamza before "ل" is no article.)
  while (span.end - span.start >= 3 && span.skip === 0 && isDescriptiveWord(tokens[span.start].folded) && !/^[أإ]ل/.test(tokens[span.start].text) && !opensDaughterChain(tokens, span.start) && !opensSonName(tokens, span.start)) span.start++;
  // ("رجل الأعمال الموقوف فلان الفلاني", "فلان الفلاني المتهم": a participle of his state; status-participles.ts.)
  while (span.end - span.start >= 2 && span.skip === 0 && isStatusParticiple(tokens[span.start])) span.start++;
  while (span.end - span.start >= 2 && isStatusParticiple(tokens[span.end - 1])) span.end--;
  // ("المدير الجهوي للمعهد بقابس سامي فلان": the office's place with "ب"; place-after-name.ts.)
  if (span.skip === 0 && isPrepositionalPlaceBeforeName(tokens, span.start, span.end)) span.start++;
  // ("للمدرب المنسحب فلان الفلاني": a seventh-form participle describes him; verbs-beside-names.ts.)
  while (span.end - span.start >= 3 && span.skip === 0 && isSeventhFormParticiple(tokens[span.start])) span.start++;
  // ("الأخ العزيز أبا محمد": an adjective of esteem belongs to the title; laudatory-adjectives.ts.
  // "اتفق النجم القدير مع الوزير": alone after the title, it is no name at all.)
  if (span.skip === 0 && isEsteemAfterTitle(tokens, span.start)) {
    if (span.end - span.start === 1) return false;
    span.start++;
  }
  // ("ونقل الوزير الضيف إلى ...": so does "visiting", which alone after the title is no name at all.)
  if (span.skip === 0 && isVisitingAfterTitle(tokens, span.start)) {
    if (span.end - span.start === 1) return false;
    span.start++;
  }
  // "الرئيس المنتهية ولايته باراك أوباما": the outgoing term qualifies the office, no name.
  if (span.skip === 0 && isOutgoingTermAt(tokens, span.start)) {
    if (span.end - span.start <= 2) return false;
    span.start += 2;
  }
  // "غازي الجريبي السيرة الذاتية": a definite common noun after a full name, before a definite
  // adjective the news almost never uses as a name, opens a noun phrase of its own.
  while (span.end - span.start >= 3 && opensNounPhrase(tokens, span.end - 1)) span.end--;
  // ("زيارة فلان الفلاني المرتقبة", "فلان الفلاني الخطاب الأخير": an adjective of recency and the
  // noun it qualifies; recency-adjectives.ts.)
  while (span.end - span.start >= 2 && isRecencyAdjective(tokens[span.end - 1])) span.end--;
  if (span.end - span.start >= 3 && !bracketed && isNounBeforeRecencyAdjective(tokens, span.end - 1)) span.end--;
  if (span.end - span.start >= 2 && (describesMemberBeforeIn(tokens, span.end - 1) || isAgeDecadeWord(tokens[span.end - 1]))) span.end--;
  // "تأليف الطاهر رضواني", "وإخراج فلان": the credit of a work names its maker after it.
  while (span.end - span.start >= 2 && procliticReadings(tokens[span.start]).some(({ stem }) => CREDIT_NOUNS.has(stem))) {
    span.start++;
    span.skip = 0;
  }
  // "ابنها الأصغر المدلل سليم": after a kinship word, definite words describe the relative.
  while (span.end - span.start >= 2 && span.skip === 0 && describesRelative(tokens, span.start)) span.start++;
  // "وسيلتقي المالكي", "شيراك سيقرر": a verb in the future ("س" + a common imperfect) is no name word.
  while (span.end - span.start >= 2 && isFutureVerb(tokens[span.start])) {
    span.start++;
    span.skip = 0;
  }
  // ("محمد عبد الله ولد لولي", "مانع بن يمين": not right after a link, where the word is the father's name.)
  const afterLink = (): boolean => LINEAGE_LINKS_AFTER_NAME.has(tokens[span.end - 2].folded) || MAGHREB_LINKS.has(tokens[span.end - 2].folded);
  while (span.end - span.start >= 2 && isFutureVerb(tokens[span.end - 1]) && !afterLink()) span.end--;
  // "أردوغان يأمر بإزالة", "الطيار التائه يسأل": a verb in the imperfect after the name is its predicate.
  // ("نزل أوباما ليتنصت": so is one with the "ل" of purpose.)
  // ("المستشار هشام عادل يسري، المتحدث الرسمي": not before an office's comma; comma-apposed-family-names.ts.)
  while (span.end - span.start >= 2 && (isImperfectVerb(tokens[span.end - 1]) || isPurposeVerb(tokens[span.end - 1])) && !afterLink() && !isFamilyNameBeforeOfficeApposition(tokens, span.start, span.end - 1)) span.end--;
  // ("فلان علان قررا التركيز": a dual verb of two subjects after the name; dual-predicates.ts.)
  while (span.end - span.start >= 2 && isDualPersonVerb(tokens[span.end - 1])) span.end--;
  // "أعلنت عن مقتل العامري": a noun of what befell someone, in the construct before the name, is none of it.
  // ("حيث تتم ملاحقة فلان الفلاني", "إطلاق سراح فلان": so is a noun governing the person, verbs-beside-names.ts.)
  if (span.end - span.start >= 2 && span.skip === 0 && (isEventNounBeforeName(tokens[span.start]) || isGoverningNounBeforeName(tokens[span.start]))) span.start++;
  // "الرئيس سيوقع القرار", "الأمير سيترأس": a verb in the future right after a title is no one-word name.
  if (span.end - span.start === 1 && isFutureVerb(tokens[span.start]) && !isLoneGivenName(tokens[span.start].folded)) return false;
  // "ولي العهد يهنئ رئيس ...": a headline's verb right after the office is no one-word name.
  // ("لعل معالي الوزير يلتفت إلى": nor is a verb of a derived form, imperfect-verbs.ts.)
  if (span.end - span.start === 1 && span.skip === 0 && (/^ي..+ئ[\u064b-\u0652]*$/.test(tokens[span.start].text) || isDerivedImperfect(tokens[span.start].folded)) && isImperfectVerb(tokens[span.start]) && !isLoneGivenName(tokens[span.start].folded)) return false;
  // ("والي سطيف يمهل المقاولات": nor one before its definite object that the news never takes for a
  // person, however seldom it writes the verb, if it writes its "she" form.)
  if (span.end - span.start === 1 && span.skip === 0 && isImperfectBeforeDefiniteObject(tokens, span.start)) return false;
  // "الترجي الرياضي الجرجيسي فلان", "الاتحاد المنستيري ينتدب فلان": the last adjective of a body's
  // name opens no person's name (body-adjective-tails.ts).
  // ("مستشفى فرحات حشاد فلان": the family name of a namesake; namesake-names.ts.)
  if (span.skip === 0 && opensOnNamesakeFamilyName(tokens, span.start, span.end)) span.start++;
  const bodyAdjectiveEnd = span.skip === 0 ? bodyAdjectiveNameStart(tokens, span.start, span.end) : -1;
  if (bodyAdjectiveEnd === span.end) return false;
  if (bodyAdjectiveEnd > 0) span.start = bodyAdjectiveEnd;
  // ("الهدف الثاني وكاسيميرو الثالث": the ordinal of a count; counted-ordinals.ts.)
  if (isCountedOrdinalAt(tokens, span.start, span.end)) span.end--;
  // ("الحكم : فلان علان الترجي الجرجيسي * ...": the next fixture's first team; fixture-teams.ts.)
  const teamStart = bracketed ? -1 : teamAfterNameStart(tokens, span.start, span.end);
  if (teamStart > 0) span.end = teamStart;
  // "فلان أولمبيك مدنين", "فلان وزارة": a bare head of a body's name opens that name, no name ends on it.
  while (span.end - span.start >= 2 && hasTrait(tokens[span.end - 1], BARE_ORGANIZATION_HEAD)) span.end--;
  // "يكرم فلان", "يأمر بتفكيك" (a headline): one before the name governs it. ("ياوي": a plain
  // alef after "ي" spells a foreign given name; the verb writes its hamza.)
  const verbEnd = span.start;
  // (A span whose bounds a bracket or a list gives keeps its first word: "، يسري حمزة،".)
  // (Nor does one right after a woman's office, "رئيسة الجمعية يسرى فلان": her verb would open with "ت".)
  // (Nor one right after a trade noun, "اللاعب يسري حمزة", "اللاعبة اليابانية يوكي فلان": see isGivenNameAfterTradeNoun.)
  // (Nor one right after an office and its holder's honorific, "محافظ اللاذقية الدكتور يعرب سليمان":
  // an honorific there titles the name that follows, never a verb.)
  while (!bracketed && span.end - span.start >= 2 && span.skip === 0 && !/^يا/.test(tokens[span.start].text) && isImperfectVerb(tokens[span.start]) && !isAfterOfficeTitlingName(tokens, span.start) && !isGivenNameAfterTradeNoun(tokens, span.start)) span.start++;
  // ("ويوضح بن حميدة أن": so behind "و"/"ف", before two name words at least.)
  if (!bracketed && span.end - span.start >= 3 && span.skip === 0 && isImperfectVerbBehindConjunction(tokens[span.start])) span.start++;
  // "يأمر بتفكيك الخيام": a preposition after the verb opens its complement, no name.
  if (span.start > verbEnd && isPrepositionalComplement(tokens[span.start].folded)) return false;
  // "لمراسل الجوهرة أف أم ماهر الصغير": "أف أم" is FM, the radio's name, not the kunya "أم ...".
  if (span.end - span.start >= 3 && tokens[span.start].folded === 'اف' && tokens[span.start + 1].folded === 'ام') {
    span.start += 2;
    span.skip = 0;
  } else if (span.end - span.start >= 2 && span.skip === 0 && tokens[span.start].folded === 'ام' && tokens[span.start - 1]?.folded === 'اف') span.start++;
  // "زار الأمير فلان بن فلان مستشفى الأمير فلان", "الرئيس الفرنسي وسام الملك عبدالعزيز": the
  // head of a place or body named after someone, right before that someone's title, is none of the name.
  while (span.end > span.start && isNamedAfterHead(tokens[span.end - 1]) && namedAfterEnd(tokens, span.end) > span.end) span.end--;
  // ("نقل الوزير حسين | تحيات الرئيس": a feminine sound plural of running text before a definite
  // word or a title is what the verb carries, in the construct state; no family name.)
  const after = tokens[span.end];
  if (span.end - span.start >= 2 && isFeminineSoundPlural(tokens[span.end - 1]) && after?.isWord === true && (isDefinite(after) || isHonorificWord(after))) span.end--;
  if (span.end === span.start) return false;
  return true;
}

/**
 * What opens a person span before the name (a body the office serves, a kinship noun, a group,
 * a common noun phrase, a blessing...). False when the span is no name at all.
 */
function trimsNameOpening(tokens: readonly Token[], span: Span, adjectivesOfOffices: ReadonlySet<string>, bracketed: boolean | undefined, loneNameWords: ReadonlySet<string>): boolean {
  // "الرئيس التنفيذي لسابك فلان", "المتحدث الرسمي لـ"هيئة" فلان": after an office and its
  // adjective, a word with "ل" that no name list knows is the body the office serves, no name.
  if (OFFICE_ADJECTIVES.has(tokens[span.start - 1]?.folded ?? '') && /^ل./.test(tokens[span.start].folded)) {
    const first = tokens[span.start].folded;
    // (A common noun with "ل" and its complement, "لدار الإفتاء", is read further below.)
    if (!isListedNameWord(first) && !isListedNameWord(first.slice(1)) && !isOrdinaryWord(first) && !isCommonWord(first.slice(1))) {
      if (span.end - span.start === 1) return false;
      span.start++;
      span.skip = 0;
    }
  }
  // ("وحضر فلان والطالبة مريم منت أحمد": a definite noun for a kind of person that opens the span
  // describes the one named after it; human-noun-names.ts. Not before a lineage link: "الطالب ولد
  // أمين" is a Hassaniya given name.)
  if (span.end - span.start >= 3 && /^و?ال/.test(tokens[span.start].folded) && isPersonNoun(tokens[span.start]) && !MAGHREB_LINKS.has(tokens[span.start + 1].folded) && !LINEAGE_LINKS_AFTER_NAME.has(tokens[span.start + 1].folded)) {
    span.start++;
    span.skip = 0;
  }
  // "قال ضيف بوليتيكا الصحفي ...": "the guest of" a programme or medium opens no name; what it
  // governs is the programme ("ضيف الله" is a compound given name).
  if (span.skip === 0 && GUEST_NOUNS.has(tokens[span.start].folded) && tokens[span.start + 1]?.folded !== 'الله') {
    if (span.end - span.start <= 2) return false;
    span.start++;
  }
  // ("بشر الرئيس الجديد بمضاعفتها", "استبداد فلان علان", "فلان كمعد بدني": words whose shape no
  // name has, at the span's edges; common-word-shapes.ts.)
  if (!trimsCommonWordShapes(tokens, span)) return false;
  // "، وسعادة فلان بن علان": a courtesy title with the "و" of a list opens the next entry; before a
  // name of two words or more it is that name's honorific, no given name ("سعادة" is one too).
  if (span.end - span.start >= 3 && tokens[span.start].folded.startsWith('و') && courtesyCliticLength(tokens[span.start]) > 0) {
    span.start++;
    span.skip = 0;
  }
  // "ويتقبل أبناؤه سعيد وخالد العزاء": a plural kinship noun with a pronoun introduces the names.
  if (span.end - span.start >= 2 && PLURAL_KIN_WITH_PRONOUN.test(fold(tokens[span.start].text.slice(span.skip)))) {
    span.start++;
    span.skip = 0;
  }
  // "ولد لأبوين كوبيين هاجرا", "فلان والمصريين": a dual or plural kinship noun or nisba speaks of
  // a group. Opening the span, it and what follows up to a word of a name list are no name;
  // further on, it ends the name. (A span whose bounds a bracket or a list gives keeps its last
  // words: "- عضو مكلف بالهيكلة: فلان الأخوة -"; so after a preposition, "فلان بالسرور -".)
  const groupAt = groupWordIn(tokens, span.start, span.end);
  if (groupAt === span.start) {
    let next = span.start;
    while (next < span.end && !isListedNameToken(tokens[next])) next++;
    if (next === span.end) return false;
    span.start = next;
    span.skip = 0;
  } else if (groupAt > span.start && !bracketed) span.end = groupAt;
  // "بعث أمير دولة قطر برقية تهنئة", "أقام ولي العهد مأدبة غداء": words that all read as common
  // nouns in the news (evidence and word cluster) are the verb's object, no name.
  // (One such word is left to the checks below, which weigh it with its neighbours.)
  // (Not between a decree's honorific and the office it gives, which bound a name: decree-names.ts.)
  // ("ببرقية تهنئة": so behind a preposition, common-noun-words.ts.)
  const commonNouns = isCommonNounPhrase(tokens, span.start, span.end) || (isCommonNounBehindPreposition(tokens[span.start]) && isCommonNounPhrase(tokens, span.start + 1, span.end));
  // (Not a given name and a definite nisba whose bounds are given, "والي الجهة، فاخر القابسي،": a
  // town's nisba the news writes as an adjective is a family name there.)
  const givenNisbaName = bracketed === true && span.end - span.start === 2 && /^ال..+ي$/.test(tokens[span.end - 1].folded);
  // (Nor an honorific's given name and an office word that is the family name before a comma and
  // an office in apposition: "المهندس كامل الوزير، نائب رئيس الوزراء"; spans.ts isFamilyNameOffice.)
  const officeFamilyName = span.end - span.start === 2 && honorificBefore(tokens, span.start) !== null && isFamilyNameOffice(tokens[span.end - 1], tokens[span.end], tokens[span.end + 1]);
  // (Nor a speaker's name between his office and what he said: "وقال وزير الشباب نضال الحديد إن"; titled-names.ts.)
  const saidHolder = bracketed === true && isSaidHolderNameAt(tokens, span.start, span.end);
  // (Nor a bare given name and a family name with the article right after an honorific, common words
  // as both may be: "الدكتورة أمل الشهري"; an honorific titles a name, never a verb's object.)
  const honouredName = span.end - span.start === 2 && !isDefinite(tokens[span.start]) && isDefinite(tokens[span.end - 1]) && honorificBefore(tokens, span.start) !== null;
  if (span.end - span.start >= 2 && (commonNouns || isAccusativeNounPhrase(tokens, span.start, span.end)) && !isTitledDecreeName(tokens, span.start, span.end, bracketed) && !givenNisbaName && !officeFamilyName && !saidHolder && !honouredName) return false;
  // "نور الشمس", "حسن الظن": a given name that is also a noun, before a definite common noun, is in
  // the construct state with it (construct-idioms.ts).
  if (span.end - span.start === 2 && span.skip === 0 && !honouredName && (isConstructNounPhrase(tokens, span.start) || isConstructChainPhrase(tokens, span.start))) return false;
  // ("أسمى آيات التهاني": a formula of greeting after an office; greeting-formulas.ts.)
  if (span.skip === 0 && isGreetingFormulaAt(tokens, span.start)) return false;
  // "وزيرنا المحبوب وزير التعليم": an office with a pronoun describes someone, and the definite
  // words after it are its adjectives ("رئيسها التنفيذي فلان"), no name unless a name list knows them.
  // "وزيرنا المحبوب ... الوزير المحبوب": a word the article puts after an office with a pronoun
  // (no title of a name) is an adjective describing the office holder, wherever it stands.
  if (span.skip === 0 && tokens.slice(span.start, span.end).every((token) => adjectivesOfOffices.has(token.folded))) return false;
  // "منح رئيس الجمهورية وسام الاستحقاق": a noun (even one that is also a given name) before the
  // verbal noun of a derived verb heads a construct phrase; no name ends with such a noun.
  if (span.end - span.start >= 2 && isDefiniteDerivedMasdar(tokens[span.end - 1])) {
    if (span.end - span.start === 2) return false;
    span.end--;
  }
  // "رئيس الحكومة وعد بإرجاع الأطفال": "ب" + a derived verbal noun is a verb's complement; the word
  // before it is that verb, even when it is also a given name ("وعد"), and no name goes on past it.
  const complement = tokens.slice(span.start + 1, span.end).findIndex(isPrepositionalDerivedMasdar);
  if (complement === 0) return false;
  // ("أن القائد العام رحب بالضيفين": so is "ب" + a definite word after a word the news never takes
  // for a person; a Maghreb family name opens so too, "بالحاج", "بالقاسم", but on a name.)
  if (span.end - span.start === 2 && isVerbBeforeDefiniteComplement(tokens[span.start], tokens[span.start + 1])) return false;
  if (complement > 0) span.end = span.start + 1 + complement;
  if (span.end - span.start === 1 && isFeminineSoundPlural(tokens[span.start])) return false;
  if (span.end - span.start === 1 && isConjoinedCommonNounAfterTitle(tokens, span.start)) return false;
  // ("لم يثبت وجود فارق جوهري": a nisba after a bare common noun is its adjective; isNisbaAfterBareNoun.)
  if (span.end - span.start === 1 && span.skip === 0 && isNisbaAfterBareNoun(tokens, span.start)) return false;
  // "وقال أبو الطفل", "أم الضحية": "father"/"mother" of a common noun says whose parent he is;
  // a kunya takes a name ("أبو الحسن", "أبو الغيط"), whose word cluster is one of names.
  if (span.end - span.start === 2 && KUNYA_WORDS.has(tokens[span.start].folded) && tokens[span.start + 1].folded.startsWith('ال') && isCommonNounWord(tokens[span.start + 1])) return false;
  // "الرئيس بشار الأسد الخميس": the day of the act after a full name (spans.ts).
  while (span.end - span.start >= 3 && isWeekdayAfterFullName(tokens, span.start, span.end - 1)) span.end--;
  if (isVerbBeforeWeekday(tokens, span.start, span.end - 1)) span.end--;
  // "رئيس الدولة حفظه الله", "طيب الله ثراه": a blessing formula ends the name, or is none.
  const blessing = blessingStart(tokens, span.start, span.end);
  if (blessing >= 0) {
    if (blessing === span.start) return false;
    span.end = blessing;
  }
  // "وبايع آل سعود": a common word, no given name, before "آل" + a family is a verb or a noun
  // governing the family's name.
  if (span.end - span.start >= 3 && tokens[span.start + 1].folded === 'ال') {
    const first = span.skip > 0 ? fold(tokens[span.start].text.slice(span.skip)) : tokens[span.start].folded;
    if (isOrdinaryWord(first) && !isListedGivenName(first)) {
      span.start++;
      span.skip = 0;
    }
  }
  // "فازت فلانة بالتانيت الفضي": a prize after the name is none of it.
  if (span.end - span.start >= 4 && isMetalAward(tokens.slice(span.end - 2, span.end))) span.end -= 2;
  // "ابن خلدون بسوسة", "قرار ترامب بشأن": a preposition on a place or common noun ends the name.
  // ("فون دير لاين": after the particles of a European name the word is its family name.)
  // ("تامي بروس" ... "وأضافت بروس": a word the article names a person by, alone, is a name here too,
  // however it reads as "ب" + a noun.)
  // ("محمد عبد الله ولد لولي": nor after a Maghreb link, where the word is the father's name.)
  const afterParticleOrLink = (k: number): boolean => FOREIGN_NAME_PARTICLES.has(tokens[k - 1]?.text ?? '') || SECOND_FOREIGN_PARTICLES.has(tokens[k - 1]?.text ?? '') || MAGHREB_LINKS.has(tokens[k - 1]?.folded ?? '');
  while (!bracketed && span.end - span.start >= 2 && isPrepositionOnNoun(tokens[span.end - 1].folded, tokens[span.end - 1].text) && !afterParticleOrLink(span.end - 1) && !loneNameWords.has(tokens[span.end - 1].folded)) span.end--;
  if (isPrepositionalPlaceAfterFullName(tokens, span.start, span.end)) span.end--;
  // "لدار الفتوى", "لرجل الدين الشيعي": one on a common noun, with the definite words of its
  // complement, opens a noun phrase: the name, if any, starts after it ("لدار الإفتاء فلان").
  if (span.end - span.start >= 2 && span.skip === 0 && isPrepositionOnNoun(tokens[span.start].folded, tokens[span.start].text, 2)) {
    span.start++;
    while (span.start < span.end && tokens[span.start].folded.startsWith('ال') && !isLoneGivenName(tokens[span.start].folded)) span.start++;
    if (span.start === span.end) return false;
  }
  if (span.end - span.start >= 2 && span.skip === 0 && isPrepositionOnName(tokens[span.start].folded)) span.skip = writtenOffset(tokens[span.start].text, 1);
  // ("المستشار السابق لبن علي", "وبن عاشور (45 عاما)": a clitic on the "بن" of a family name; what
  // stands before it, "كلامه لبن عاشور", is no part of the name.)
  for (let k = span.end - 2; k >= span.start; k--) {
    if (!isCliticOnBin(tokens[k].folded) || (k === span.start && span.skip > 0)) continue;
    span.start = k;
    span.skip = writtenOffset(tokens[k].text, 1);
    break;
  }
  // ("المستشار الأسبق لبن | علي حسب" where "علي" reads "على": "بن" alone is no name.)
  if (span.end - span.start === 1 && span.skip === 0 && isCliticOnBin(tokens[span.start].folded)) return false;
  // "ابن شقيقة فلان", "ابن عم فلان": "son of" + a bare kinship noun says whose relative he is; the name is the relative's.
  if (span.end - span.start >= 3 && span.skip === 0 && (tokens[span.start].folded === 'ابن' || tokens[span.start].folded === 'بنت') && isBareKinshipNoun(tokens[span.start + 1])) span.start += 2;
  // "الشرطي القتيل، وهو فلان": the pronoun with a conjunction introduces the name, no name word.
  if (span.end - span.start >= 2 && span.skip === 0 && INTRODUCING_PRONOUNS.has(tokens[span.start].folded)) span.start++;
  // "فلان بن فلان، ابن خديجة فلان": after a comma, "ابن" + a woman's given name (with "ة", or a
  // kunya on "أم") is "son of": it says whose son the one before is, and the name is his mother's.
  if (span.end - span.start >= 2 && span.skip === 0 && tokens[span.start].folded === 'ابن' && COMMAS.has(tokens[span.start - 1]?.text ?? '') && (/ة$/.test(tokens[span.start + 1].text) || tokens[span.start + 1].folded === 'ام')) span.start++;
  // "شقيقة زوجة بن علي": a bare kinship noun before "بن" heads the construct; the name ("بن علي", a
  // family name) is the relative's, and the kinship noun no given name.
  if (span.end - span.start >= 3 && isBareKinshipNoun(tokens[span.start]) && LINEAGE_LINKS_AFTER_NAME.has(tokens[span.start + 1].folded)) {
    span.start++;
    span.skip = 0;
  }
  // "التنمية المستدامة رفقة": a definite word, then words, that the unlabeled news almost never
  // takes for a person, none a known name, are no name even after an office (an adjective of it).
  if (span.end - span.start >= 2 && span.skip === 0 && tokens[span.start].folded.startsWith('ال') && tokens.slice(span.start, span.end).every((token) => isSeldomAName(token.folded))) return false;
  return true;
}

/**
 * The words at a person span's edges whose shape no name has (common-word-shapes.ts): a noun with
 * a pronoun ending ("بمضاعفتها"), anywhere at the edges; the verbal noun of a derived verb in the
 * construct before the name ("استبداد فلان"), at the start; "ك" on a trade or office noun
 * ("كمعد بدني"), which with the words after it gives a capacity, no name, unless a listed name
 * follows ("كرئيس فلان" is not the usage, but a list may run on). False when nothing is left.
 */
function trimsCommonWordShapes(tokens: readonly Token[], span: Span): boolean {
  // "وعلى الشاهد التدخل", "وإلى فلان علان": "و"/"ف" + a particle (the preposition written with its
  // alef maqsura) opens no name.
  if (span.end - span.start >= 2 && isConjoinedParticle(tokens[span.start])) {
    span.start++;
    span.skip = 0;
  }
  while (span.end > span.start && isNounWithPronounSuffix(tokens[span.start])) {
    span.start++;
    span.skip = 0;
  }
  while (span.end > span.start && isNounWithPronounSuffix(tokens[span.end - 1])) span.end--;
  if (span.end === span.start) return false;
  // ("عندما أسقطوا | بن علي": a verb with the plural's "وا" at either edge.)
  if (isPluralVerbWithWaw(tokens[span.start])) {
    if (span.end - span.start === 1) return false;
    span.start++;
    span.skip = 0;
  }
  if (span.end - span.start >= 2 && isPluralVerbWithWaw(tokens[span.end - 1])) span.end--;
  // ("ايقاف مدافع النادي فلان بن صالح | لمباراتين": the dual of a feminine common noun closing it.)
  if (span.end - span.start >= 2 && isFeminineDualOfCommonNoun(tokens[span.end - 1])) span.end--;
  // (Not right after a title before two more name words: "اللواء تحسين عبد الرزاق الخفاجي" names him in full.)
  if (isDerivedMasdarBeforeName(tokens[span.start]) && !(span.end - span.start >= 3 && honorificBefore(tokens, span.start) !== null)) {
    if (span.end - span.start === 1) return false;
    span.start++;
    span.skip = 0;
  }
  const capacity = tokens.slice(span.start, span.end).findIndex(isCapacityWithKaf);
  if (capacity === 0 && !tokens.slice(span.start + 1, span.end).some((token) => isListedGivenName(token.folded))) return false;
  if (capacity === 0) {
    span.start++;
    span.skip = 0;
  } else if (capacity > 0) span.end = span.start + capacity;
  return true;
}

/**
 * "وعلى", "فإلى": "و" or "ف" on a preposition written with its final "ى" (isParticle), which no name
 * ends in after a conjunction ("فان", "وفي" fold like "ف" + "إن", "و" + "في" but may be names).
 */
function isConjoinedParticle(token: Token): boolean {
  return token.isWord && /^[وف]../.test(token.folded) && /ى[\u064b-\u0652]*$/.test(token.text) && isParticle(tokenReadAs(token, token.folded.slice(1), token.text.slice(writtenOffset(token.text, 1))));
}

/** "ضيف", "ضيفة" (folded): the guest of a programme, named after it. */
const GUEST_NOUNS = new Set(['ضيف', 'ضيفه']);

/** "وهو", "وهي", "فهو", "فهي" (folded): "and he is" before the name it introduces. */
const INTRODUCING_PRONOUNS = new Set(['وهو', 'وهي', 'فهو', 'فهي']);

/**
 * Whether what is left of a person span holds up as a name (after the body a spokesman speaks for
 * or an office's complement is cut off): no particle, award, number or place named after someone,
 * and some evidence of a name.
 */
/** "الضيف", "الضيفة" (the guest), folded. */
const GUEST = new Set(['الضيف', 'الضيفه']);

/** "الملك" (folded): the king, or the domain, property ("الملك العمومي"). */
const DOMAIN = 'الملك';

/** "كان" (was) in its persons and tenses, with "و" or "ف", folded. */
const KANA_FORMS = new Set(['كان', 'كانت', 'كانوا', 'كنت', 'كنا', 'كنتم', 'يكون', 'تكون', 'نكون', 'اكون', 'سيكون', 'ستكون'].flatMap((form) => [form, `و${form}`, `ف${form}`]));

function holdsUpAsName(tokens: readonly Token[], span: Span, repeatedNameWords: ReadonlySet<string>): boolean {
  // "المتحدث باسم الكرملين دميتري بيسكوف": the body a spokesman speaks for, one definite word,
  // is no part of the name an indefinite word opens after it (no genitive follows a definite noun).
  // ("كرم الوزير | الملاكم | فلان": nor is a definite trade noun before a name of two words or more.)
  if (span.end - span.start >= 3 && span.skip === 0 && tokens[span.start].folded.startsWith('ال') && isTradeNoun(tokens[span.start].folded)) span.start++;
  // ("محافظ ذي | قار | كاظم حمود السعيدي": the second word of a place of two words is no name's.)
  if (span.end - span.start >= 3 && span.skip === 0 && closesTwoWordPlace(tokens, span.start)) span.start++;
  // ("غرفة طوارئ | أم درمان | نور الهدى سليمان": so is a whole place of two words, however its first
  // word reads ("أم", a kunya), before a name of two words or more.)
  else if (span.end - span.start >= 4 && span.skip === 0 && closesTwoWordPlace(tokens, span.start + 1)) span.start += 2;
  const spokenFor = span.end - span.start >= 2 && span.skip === 0 && isBodySpokenFor(tokens, span.start);
  if (spokenFor) span.start++;
  // "أوقف الأمن محمد ب.": an initial (one letter and a period) after a name is its family name cut short.
  if (isInitialAt(tokens, span.end)) span.end++;
  const words = tokens.slice(span.start, span.end);
  // "دو لا" in a European family name is no particle ("جان دو لا فلان"); nor is "على" after "بن" (the father "علي").
  const fatherAfterLink = (k: number): boolean => k > 0 && k === words.length - 1 && LINEAGE_LINKS_AFTER_NAME.has(words[k - 1].folded);
  // ("لان فوآن (Lan Fo'an)": nor is a word the Latin gloss after the name spells, "لأن" as it reads.)
  // ("وانغ ون بين": nor a Chinese syllable that spells a particle, "بين"; titled-names.ts.)
  const spelled = isGlossedWordForWord(tokens, span.start, span.end) || isChineseNameOfThree(tokens, span.start, span.end);
  if (!spelled && words.some((word, k) => isParticle(word) && !(k > 0 && SECOND_FOREIGN_PARTICLES.has(word.text) && FOREIGN_NAME_PARTICLES.has(words[k - 1].text)) && !fatherAfterLink(k) && !isParticleNameWordAt(tokens, span.start + k, span.start))) return false;
  if (isMetalAward(words)) return false;
  // ("رحب الدوسري بالوزير | الضيف": "the guest" after a title is its adjective, no family name.)
  if (words.length === 1 && span.skip === 0 && GUEST.has(words[0].folded) && tokens[span.start - 1]?.isWord === true && stems(tokens[span.start - 1]).some((stem) => stem.startsWith('ال') && isTitleWord(tokenReadAs(tokens[span.start - 1], stem)))) return false;
  // ("على حساب الملك | الغابوي": "الملك" before a definite nisba no list names anyone by is the
  // domain, property ("الملك الغابوي", "الملك العمومي"), no king.)
  if (words.length === 1 && span.skip === 0 && tokens[span.start - 1]?.folded === DOMAIN && /^ال.{2,}ي$/.test(words[0].folded) && !isListedNameWord(words[0].folded) && !isListedNameWord(words[0].folded.slice(2))) return false;
  // ("نيابة الشيخ زايد الجزئية": a court's level, of the summary or the full court, closes a court's
  // or a prosecution's place name, no person's.)
  if (CIRCUIT_ADJECTIVES.has(words[words.length - 1].folded)) return false;
  // ("وقالت: كنت أرى المنارة", "العائدون يجدون بيوتا": a form of "كان" or a verb's "they" imperfect is
  // no name's word; nor is "retired" alone, its rank's ("اللواء | المتقاعد | فلان").)
  if (words.some((word) => KANA_FORMS.has(word.folded) || isPluralImperfect(word.folded)) || (words.length === 1 && isRetiredWord(words[0].folded))) return false;
  // ("السفير الأمريكي أشاد بمستوى التعايش", "يستقبل السفير الفرنسي | ويبحثان": a verb after its
  // subject's title, with its "ب" object or behind "و", is no one-word name.)
  if (words.length === 1 && span.skip === 0 && (isVerbBeforeBaObject(tokens, span.start) || isImperfectVerbBehindConjunction(words[0]))) return false;
  // ("بمنصب نائب الرئيس | بالتزكية": "ب" + the definite verbal noun of the second form, by acclamation.)
  if (span.end - span.start === 1 && PREPOSED_DEFINITE_TAFILA.test(tokens[span.start].folded)) return false;
  // ("بتاريخ 8 / 7 / 1391هـ، القاضي بتشكيل": a date before an apposition's comma; no name has a digit.)
  if (words.some((word) => /[0-9٠-٩۰-۹]/.test(word.text))) return false;
  // ("وطبقت | بحقها | الغرامات": a preposition with a pronoun inside the span is no name's word.)
  if (words.some((word, k) => k > 0 && k < words.length - 1 && isPrepositionWithPronoun(word))) return false;
  // ("وارسو - «الشرق الأوسط»:": the town a wire story was filed from; datelines.ts.)
  // ("طهران - تسنيم: أكد": nor the agency it credits after the dash; datelines.ts.)
  if (isDatelineTown(tokens, span.start, span.end) || isDatelineSource(tokens, span.start, span.end)) return false;
  // "منحة قدرها ستون (60) ألف دينار": a number written in words is no name ("ستون" is also "Stone").
  if (words.some(isNumberWord)) return false;
  // "حاكم ويسكونسن", "سفير فرنسا": the complement of an office names a place or body.
  // "الملك الراحل الحسن الثاني": a qualifier may stand between the title and the name.
  const titleEnd = afterQualifiers(tokens, span.start);
  const before = tokens[titleEnd - 1];
  // ("النائب الداه ولد عبد الجليل": "the MP" right before a name titles it too; office-phrase.ts isMPTitleBeforeName.)
  const titled = before !== undefined && (hasTrait(before, PERSON_TITLE) || honorificBefore(tokens, titleEnd) !== null || isTitleAfterOfficeComma(tokens, titleEnd - 1) || (before.folded === MP && isMPTitleBeforeName(tokens, titleEnd)));
  // (The holder after a government named for its head is no complement, whatever the phrase reads.)
  const holder = holderAfterHeadedGovernment(tokens, span.start, span.end);
  // ("وزير الصناعة في حكومة فلان الفلاني، إن": the genitive of "حكومة" is the man who heads it, even
  // inside another's office phrase; government-heads.ts.)
  const headsGovernment = span.skip === 0 && span.end - span.start >= 2 && isGovernmentHeadMention(tokens, span.start);
  // ("ونائب حاكم الشارقة ولينا مندوني (Lina Mendoni)": the name's Latin spelling in brackets, word for
  // word, says it is one; no office's complement is so glossed. latin-glosses.ts.)
  const glossed = isGlossedWordForWord(tokens, span.start, span.end);
  if (holder > 0) {
    span.start = holder;
    span.skip = 0;
  } else if (!titled && !spokenFor && !headsGovernment && !glossed) {
    const holderStart = startAfterOfficeComplement(tokens, span.start, span.end);
    if (holderStart < 0) return false;
    if (holderStart > span.start) {
      span.start = holderStart;
      span.skip = 0;
    }
  }
  // "مدينة الملك عبدالعزيز": the name of a place or body named after a person.
  if (span.start >= 2 && namedAfterEnd(tokens, span.start - 1) > span.start - 1) return false;
  // ("مستشفى الملك المؤسس | عبدالله الجامعي": or the title's epithet before it.)
  if (span.start >= 3 && namedAfterEnd(tokens, span.start - 2) > span.start) return false;
  // ("مدير مركز جمرك | جابر | العقيد فلان": the genitive closing an office, before the holder's rank and name; construct-genitives.ts.)
  if (span.end - span.start === 1 && span.skip === 0 && isGenitiveBeforeTitledHolder(tokens, span.start) && roleBefore(tokens, span.start) !== null) return false;
  if (!glossed && !hasNameEvidence(tokens, span, repeatedNameWords)) return false;
  // "شباب بن قردان": "بن" before the rest of a town's name opens a place, not a lineage.
  // ("فيصل بن غازي الحربي": not "بن" + a word inside a lineage, a listed given name before it and a
  // family name after, though it spells a town, "بنغازي".)
  if (words.some((_, k) => binPlaceAt(tokens, span.start + k) >= 0 && !(k > 0 && k + 2 < words.length && isListedGivenName(words[k - 1].folded)))) return false;
  return true;
}

/** "بالتزكية", "بالتوعية" (folded): "ب" or "ل" + the definite verbal noun "التفعلة"/"التفعيل", never a name. */
const PREPOSED_DEFINITE_TAFILA = /^[بل]الت[^اوي]{2}ي[^اوي]$/;

/**
 * "وزيرنا المحبوب", "رئيسها الجديد": an office with an attached pronoun describes someone and takes
 * no name after it, so the definite words right after it that no name list knows, and that the news
 * does not often take for a name ("سلطانها الناصر محمد"), are adjectives. A short stem with a
 * pronoun is as often a verb with its object ("وليه": he appointed him), so the office has four
 * letters or more.
 */
function adjectivesAfterOfficesWithPronoun(tokenized: readonly BlockTokens[]): Set<string> {
  const adjectives = new Set<string>();
  const isAdjective = (token: Token): boolean => token.isWord && token.folded.startsWith('ال') && !isListedNameToken(token) && personShareBucket(token.folded) <= 0;
  for (const { tokens } of tokenized) {
    const triggers = triggersIn(tokens);
    // (Through nextTriggered: a loop over every position of the whole article in one call is the
    // hot loop V8 compiles, while such offices are few; word-triggers.ts.)
    for (let i = nextTriggered(triggers, OFFICE_WITH_PRONOUN, 0); i >= 0 && i + 1 < tokens.length; i = nextTriggered(triggers, OFFICE_WITH_PRONOUN, i + 1)) {
      if (!tokens[i].isWord) continue;
      for (let k = i + 1; k < tokens.length && isAdjective(tokens[k]); k++) adjectives.add(tokens[k].folded);
    }
  }
  return adjectives;
}

/** The pronoun an office may carry ("وزيرنا", "رئيسها", "مديرهم"). */
const OFFICE_PRONOUN = /(?:هما|هم|ها|كم|نا|ه|ي)$/;

/**
 * "فارق | جوهري": a bare word in "ي" whose feminine ("جوهرية") the news writes, that it seldom takes
 * for a person, right after a bare noun of running text it never takes for one (no article, title,
 * office or verb) is that noun's nisba adjective; a name after a noun ("بحضور سامي") is one the
 * news mostly takes for a person.
 */
function isNisbaAfterBareNoun(tokens: readonly Token[], i: number): boolean {
  const [noun, word] = [tokens[i - 1], tokens[i]];
  if (!word.isWord || !/^[^و].{2,}ي$/.test(word.folded) || personShareBucket(word.folded) > 1 || !isSeenInRunningText(`${word.folded}ه`)) return false;
  if (noun?.isWord !== true || /^و?ال/.test(noun.folded) || isTitleWord(noun) || isOfficeWord(noun) || isVerbLike(noun) || isListedNameWord(noun.folded)) return false;
  return personShareBucket(noun.folded) === 0;
}

/** "يمهل | المقاولات": a "he" imperfect (its "she" form in the news, no person there, no list's name) before a definite word that names no one. */
function isImperfectBeforeDefiniteObject(tokens: readonly Token[], i: number): boolean {
  const [verb, object] = [tokens[i], tokens[i + 1]];
  if (!verb.isWord || !/^ي.{3,4}$/.test(verb.folded) || object?.isWord !== true || !/^ال.{3,}$/.test(object.folded) || isListedNameToken(object) || isLoneGivenName(verb.folded)) return false;
  return personShareBucket(verb.folded) <= 0 && !isListedNameWord(verb.folded) && isSeenInRunningText(`ت${verb.folded.slice(1)}`);
}

/** "رحب | بالضيفين": a bare word the news never takes for a person, before "ب" + a definite word that names no one. */
function isVerbBeforeDefiniteComplement(word: Token, complement: Token): boolean {
  if (!word.isWord || !complement.isWord || !/^بال.{3,}$/.test(complement.folded) || word.folded.startsWith('ال')) return false;
  return personShareBucket(word.folded) === 0 && !isListedNameWord(word.folded) && !isListedNameWord(complement.folded.slice(1)) && !isListedNameWord(complement.folded.slice(3));
}

/**
 * Whether the office phrase right before `start` says a name opens there: one headed by a feminine
 * office word ("رئيسة", "الوزيرة") right before it, or any office and then its holder's honorific
 * ("محافظ اللاذقية الدكتور | يعرب"). The office phrase is found once for both.
 */
function isAfterOfficeTitlingName(tokens: readonly Token[], start: number): boolean {
  const role = roleBefore(tokens, start);
  if (role === null) return false;
  if (role.end === start) return /ة[\u064b-\u0652]*$/.test(tokens[role.start].text);
  return start >= 2 && role.end === start - 1 && isHonorificWord(tokens[start - 1]);
}

/** An office with its pronoun, four letters at least without it ("وزيرنا"; adjectivesAfterOfficesWithPronoun). */
const OFFICE_WITH_PRONOUN = triggerWord((word) => isOfficeWithPronoun(word) && word.folded.replace(OFFICE_PRONOUN, '').length >= 4);

/** "ويوضح", "فيقول": "و" or "ف" + an imperfect verb (no name opens so: "وليد" reads no verb). */
function isImperfectVerbBehindConjunction(token: Token): boolean {
  return token.isWord && /^[وف]ي.{3,}/.test(token.folded) && isImperfectVerb(tokenReadAs(token, token.folded.slice(1), token.text.slice(1)));
}
