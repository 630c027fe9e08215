/** Which persons are kept: a one-word or doubtful name needs evidence from the article. */
import { isOnlyNamesake } from './namesake-places.js';
import type { Entity } from '../article/model.js';
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { latinGlossWordCount } from './latin-glosses.js';
import { gazetteer } from './gazetteer.js';
import { isParticle } from './lexicon.js';
import { isHonorificWord } from './honorific-titles.js';
import { isRarelyANameInNews, isRareWord, personShareBucket } from './tagger.js';
import { isSaidSubjectAt } from './sayer-names.js';
import { isAccusativeOfCommonWord } from './accusative-common-words.js';
import { isNamedAt } from './naming-names.js';
import { isGivenName, isListedGivenName } from './given-names.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { isOfficialBySurnameSlot } from './official-surname-slots.js';
import { isRulerEraMention } from './ruler-eras.js';
import { isQuotedNameTail } from './quoted-name-tails.js';
import { holdsUpAsOneWordName, isNounWithPronounAsWritten } from './one-word-names.js';
import { isNoNameAfterTitle } from './no-name-after-title.js';
import { hasPrepositionReading } from './titled-names.js';
import { isPredicateAfterCopula, isPredicateAfterDefiniteSubject } from './predicate-adjectives.js';
import { isDistinctiveKnownFamilyName } from './known-family-names.js';
import type { Token } from './tokenize.js';
import type { BlockTokens, Draft } from './extract-types.js';
import type { ArticleNames } from './article-names.js';
import { isAfterRelativeNoun } from './kinship-words.js';
import { namesQuotedAfterMediaHeads, titleWordsOpeningTeamNames, wordsAfterThingHeads } from './named-thing-heads.js';
import { isClubNameAt, isFirstTeamInFixtureRunAt, isOneWordClubWithNationality } from './club-names.js';
import { teamHeadBefore } from './team-names.js';
import { isInBracketedResultAt, isInResultLineAt, isSecondTeamOfFixtureListAt } from './fixture-teams.js';
import { isMeasurementAt } from './measurement-spans.js';
import { isDialectParticle, isSpokenDialectWord } from './dialect-particles.js';
import { isAdjectiveAfterFeminineNounAt, isCharacterEpithet, isVerbAfterParticleAt } from './descriptive-spans.js';
import { isForeignClubNameAt } from './foreign-club-words.js';
import { isQuotedVesselNameAt } from './vessel-names.js';
import { isLaterItemOfRegionListAt } from './region-list-items.js';
import { isAfterTeamPreposition, isInTeamSlotAt } from './team-slots.js';
import { isClosingSignatureAt } from './byline-words.js';
import { isCourtesyTitleNoun } from './courtesy-titles.js';
import { isOfficeOrPersonTitle } from './office-words.js';
import { isTradeNoun } from './trade-nouns.js';
import { hasTrait, NATIONALITY } from './word-traits.js';
import { OPENING_QUOTES, CLOSING_QUOTES } from './quote-marks.js';
import { isAfterCapitalHead } from './capital-cities.js';
import { isDerivedParticiple } from './common-word-shapes.js';
import { isAfterCompetitionHead, isAfterSaintEpithet } from './competition-names.js';
import { isTownAfterHouseHead } from './town-names.js';
import { isInQuoteAt, isQuotedTitleAt, wordsOfQuotedTitles } from './quoted-titles.js';
import { isDatelineSource } from './datelines.js';

/** The block of an article's headline. */
const HEADLINE_BLOCK = 0;

/** "رولان غاروس : ...": whether a mention ending at `end` opens the first block before a colon, as a headline's topic does. */
function isHeadlineTopicAt(block: number, tokens: readonly Token[], end: number): boolean {
  return block === HEADLINE_BLOCK && (tokens[end]?.text === ':' || tokens[end]?.text === '：');
}

/** For each person entity (and its draft), whether it is kept: see keepsPerson. */
export function keptPersons(unsorted: readonly Entity[], persons: readonly Draft[], tokenized: readonly BlockTokens[], names: ArticleNames): boolean[] {
  const personEnds = new Set(persons.flatMap((draft) => draft.mentions.map(({ block, span }) => `${block.block}:${span.end}`)));
  const personStarts = new Set(persons.flatMap((draft) => draft.mentions.map(({ block, span }) => `${block.block}:${span.start}`)));
  // "وقال كيم" after "كيم إيل سونغ" and "كيم جونغ أون": the first word of two people named in full is
  // one of them (which one the article leaves unclear), not a third person.
  const firstWordCounts = new Map<string, number>();
  const familyNames = new Set<string>();
  for (const entity of unsorted) {
    const words = fold(entity.name.trim()).split(/\s+/);
    if (words.length > 1) firstWordCounts.set(words[0], (firstWordCounts.get(words[0]) ?? 0) + 1);
    if (words.length > 1 && words[0] !== 'ام' && words[0] !== 'ابو') familyNames.add(words[words.length - 1]);
  }
  const thingNames = wordsAfterThingHeads(tokenized);
  const quotedCompanies = namesQuotedAfterMediaHeads(tokenized);
  const titleWords = wordsOfQuotedTitles(tokenized);
  const teamTitleWords = titleWordsOpeningTeamNames(tokenized, isHonorificWord);
  const lastBlock = tokenized.length === 0 ? -1 : tokenized[tokenized.length - 1].block;
  const evidence: PersonEvidence = { familyNames, firstWordCounts, thingNames, quotedCompanies, titleWords, teamTitleWords, personEnds, personStarts, repeatedNameWords: names.repeatedNameWords, writesAlefMaqsura: names.writesAlefMaqsura, lastBlock };
  return unsorted.map((entity, i) => keepsPerson(entity, persons[i], evidence));
}

/** What the article says of its persons, for keepsPerson. */
interface PersonEvidence {
  /** Last words of the names of two words or more (not after "أم", "أبو"), folded. */
  familyNames: ReadonlySet<string>;
  /** How many names of two words or more open with each word. */
  firstWordCounts: ReadonlyMap<string, number>;
  /** Words right after the head of a product, award, company or body (wordsAfterThingHeads). */
  thingNames: ReadonlyMap<string, number>;
  /** First words of names quoted after a company's or medium's head (namesQuotedAfterMediaHeads). */
  quotedCompanies: ReadonlySet<string>;
  /** Words of titles quoted after the head of a work, a place or a body (wordsOfQuotedTitles). */
  titleWords: ReadonlySet<string>;
  /** Honorific words that open a team's name after its head (titleWordsOpeningTeamNames), folded. */
  teamTitleWords: ReadonlySet<string>;
  /** "block:token" where a mention of a person ends. */
  personEnds: ReadonlySet<string>;
  /** "block:token" where a mention of a person starts. */
  personStarts: ReadonlySet<string>;
  repeatedNameWords: ReadonlySet<string>;
  writesAlefMaqsura: boolean;
  /** Index of the article's last block, where its writer may sign. */
  lastBlock: number;
}

/**
 * Whether a person is kept. A one-word "name" with no title, office or known given or family name
 * anywhere in the article is a tagging guess ("وخطيب", "نبراس"): news names a person in full at
 * least once, or puts a verb only people do before the name ("وقال بلير", one-word-names.ts), or
 * uses it as a name at several places (repeatedNameWords). In text that never writes "ى" a bare
 * "علي" needs an honorific (see writesAlefMaqsura).
 */
function keepsPerson(entity: Entity, draft: Draft, evidence: PersonEvidence): boolean {
  const gaz = gazetteer();
  const { familyNames, firstWordCounts, thingNames, quotedCompanies, titleWords, teamTitleWords, personEnds, personStarts, repeatedNameWords, writesAlefMaqsura } = evidence;
  // "أم الرحوي" beside "منجي الرحوي": "mother of" + the family name of someone the article names is
  // his mother, a relative it does not name (a kunya takes a given name: "أم كلثوم", "أبو محمد").
  const nameWords = fold(entity.name.trim()).split(/\s+/);
  // ('منظمة "هيومن رايتس ووتش"': the tail of a thing's quoted name; quoted-name-tails.ts.)
  if (isQuotedNameTail(draft)) return false;
  // A person with neither honorific nor office: only such a one can be a thing's or a place's name.
  const untitled = entity.honorific === null && !entity.official;
  // "جينت البلجيكي - توتنهام الإنقليزي": a name with a nationality adjective after it, in a list of
  // such names or after a club noun, is a club at every mention (club-names.ts).
  // ("- غوري السنغالي * حوريا كوناكري الغيني 0 - 0": so in a result line; fixture-teams.ts.)
  // ("فلان الفرنسي علان أسبانيي - نيقوسيا القبرصي": so in a fixture list run together; club-names.ts.)
  // ("الترجي الرياضي ـــ فلان علان الاحد ...": so after a club's dash in a fixture list; fixture-teams.ts.)
  // ("اللعب لفلان و علان", "الترجي يواجه فلان", "المدرب السابق لفلان": so in a team's slot; team-slots.ts.)
  // ("فلان (إثيوبيا) - علان (كينيا) 1 : 1": so in a result line with countries in brackets; fixture-teams.ts.)
  // ("أمام يونيون سبورتيف فلان": so with a transliterated club word; foreign-club-words.ts.)
  if (untitled) {
    const inTeamSlot = draft.mentions.map(({ block, span }) => isInTeamSlotAt(block.tokens, span.start, span.end));
    if (draft.mentions.every(({ block, span }, i) => inTeamSlot[i] || isClubNameAt(block.tokens, span.start, span.end) || isFirstTeamInFixtureRunAt(block.tokens, span.start, span.end) || isInResultLineAt(block.tokens, span.start, span.end) || isInBracketedResultAt(block.tokens, span.start, span.end) || isForeignClubNameAt(block.tokens, span.start, span.end) || isSecondTeamOfFixtureListAt(block.tokens, span.start, span.end))) return false;
    // ("اللعب لفلان ... وسجل 11 هدفا مع فلان": a name a team's slot shows to be a club's, written
    // elsewhere only after "مع", "ضد" or "أمام" in the report; team-slots.ts.)
    if (inTeamSlot.includes(true) && draft.mentions.every(({ block, span }, i) => inTeamSlot[i] || isAfterTeamPreposition(block.tokens, span.start))) return false;
  }
  // ("طهران - تسنيم: ... وقال لتسنيم إن": a name the article's dateline credits as its source is the
  // agency's at every mention; datelines.ts.)
  if (untitled && draft.mentions.some(({ block, span }) => isDatelineSource(block.tokens, span.start, span.end))) return false;
  // ("بـ57 سنتيميترا": a number in the span, or a unit of measure after one; measurement-spans.ts.)
  if (untitled && draft.mentions.every(({ block, span }) => isMeasurementAt(block.tokens, span.start, span.end))) return false;
  // ('فقدان المركبين "فلانة" و"علان"': a name quoted after a vessel's noun, or in its list; vessel-names.ts.)
  if (untitled && draft.mentions.every(({ block, span }) => isQuotedVesselNameAt(block.tokens, span.start))) return false;
  // ("بممرات آمنة", "رجل كريم النفس", "وأن نرد الجميل": an adjective, an epithet, a verb; descriptive-spans.ts.)
  if (isCharacterEpithet(nameWords) || (untitled && draft.mentions.every(({ block, span }) => isAdjectiveAfterFeminineNounAt(block.tokens, span.start, span.end) || isVerbAfterParticleAt(block.tokens, span.start)))) return false;
  // ('"موش كيف..."': a name opening with a dialect particle is speech or a slogan; dialect-particles.ts.)
  if (untitled && isDialectParticle(nameWords[0])) return false;
  // ('"ربنا كان كريم معانا"': nor holds one a word of dialect speech anywhere.)
  if (untitled && nameWords.some(isSpokenDialectWord)) return false;
  // ("بجهة المروجات و الزهراء و سيدي فلان": a later item of a list after a region's head; region-list-items.ts.)
  if (untitled && draft.mentions.every(({ block, span }) => isLaterItemOfRegionListAt(block.tokens, span.start))) return false;
  // ("فاز على جوفنتس الإيطالي": one word no name list knows and a nationality; club-names.ts.)
  if (untitled && isOneWordClubWithNationality(nameWords)) return false;
  // ("لدوري فلان علان للمحترفين", "جائزة فلان علان": a name written only after the head of a league,
  // a cup or a prize is its namesake's; competition-names.ts.)
  if (untitled && draft.mentions.every(({ block, span }) => isAfterCompetitionHead(block.tokens, span.start))) return false;
  // ('مهرجان "الولي الصالح سيدي فلان"': a name only ever after a saint's epithet is the saint's, a
  // festival's or a shrine's namesake; competition-names.ts.)
  if (untitled && draft.mentions.every(({ block, span }) => isAfterSaintEpithet(block.tokens, span.start))) return false;
  // ('مسلسل "فلان وشركاه" ... شخصية صهر "فلان"', 'برنامج "فلان ملك" ... شارك في "فلان ملك"': a name
  // every mention of which is quoted, whose first word the article quotes in a title after the head of
  // a work, a place or a body, is that title or its character, no one reported on; quoted-titles.ts.)
  if (untitled && titleWords.has(nameWords[0]) && draft.mentions.every(({ block, span }) => isInQuoteAt(block.tokens, span.start) || isQuotedTitleAt(block.tokens, span.start))) return false;
  // ("بمنزل عبد الرحمان": a given name alone, only ever after "منزل", is a town's; town-names.ts.)
  if (untitled && draft.mentions.every(({ block, span }) => isTownAfterHouseHead(block.tokens, span.start, nameWords))) return false;
  // "و فريق سانتا ريتا ... ونوه رئيس فريق سانتا ريتا": a name the article gives only as the rest of a
  // team's name is the team's, even where an office stands before the team. ("فريق ترامب" is his
  // team: a person is named elsewhere too.)
  // ("بين فريقي معالي فلان و ...": a title word right after the head is the team's first word, no honorific.)
  if (draft.mentions.every(({ block, span }) => isInTeamName(block.tokens, span.start, entity.honorific !== null))) return false;
  // ("بين فريقي معالي فلان ... وفوز معالي فلان": that title word before the name, away from the head,
  // still opens the team's name; no office is written with it.)
  if (entity.role === null && draft.mentions.every(({ block, span }) => span.start > 0 && teamTitleWords.has(block.tokens[span.start - 1].folded))) return false;
  // ('بالعاصمة الإثيوبية "أديس أبابا"': a city named after "the capital" and its nationality; capital-cities.ts.
  // Named so once, it is that city at its other mentions too: 'في "أديس أبابا"'.)
  if (untitled && draft.mentions.some(({ block, span }) => isAfterCapitalHead(block.tokens, span.start))) return false;
  // ("مدير مستشفى فلان علان بسوسة": a name written only after heads of places named after someone,
  // one of them in the construct state, is the places' namesake; namesake-places.ts.)
  if (draft.mentions.length > 0 && isOnlyNamesake(draft.mentions.map(({ block, span }) => ({ tokens: block.tokens, start: span.start })))) return false;
  // "بحضور أصحاب السمو والمعالي": the nouns of courtesy titles in a guest list are nobody's name.
  if (nameWords.every(isCourtesyTitleNoun)) return false;
  if (entity.honorific === null && nameWords.length === 2 && nameWords[0] === 'ام' && nameWords[1].startsWith('ال') && familyNames.has(nameWords[1])) return false;
  // "أفراد أسرة آل سعود", "بجهود آل سعود": "آل" + a family alone names the family,
  // unless a verb of saying makes it one of them speaking ("وقال آل الشيخ إن").
  if (entity.honorific === null && nameWords.length === 2 && nameWords[0] === 'ال' && !draft.mentions.some(({ block, span }) => isAfterVerbOfSaying(block.tokens, span.start) || isSaidSubjectAt(block.tokens, span.start, isHonorificWord))) return false;
  // 'فلان علان : نادال يتوج ... بطولة فرنسا المفتوحة للتنس "فلان علان"': a name of two words or more
  // that the article writes only as the topic its headline opens with and in quote marks is a thing's
  // (a tournament, a brand, a work); a person the body names goes unquoted somewhere, or is quoted
  // after a word that describes a person ('المغنية الأمريكية "فلانة"', 'وقال "فلان"').
  if (untitled && nameWords.length >= 2 && isHeadlineTopicAndQuotedThing(draft)) return false;
  // "هاتف آيفون", "جائزة التانيت الذهبي": a name no name list knows that the article puts right
  // after the head of a product or an award names that thing, wherever else the tagger took it
  // for someone ("وفاز بالتانيت الفضي").
  if (entity.honorific === null) {
    const words = fold(entity.name.trim()).split(/\s+/);
    // ("هاتف أنيس العامري" is his phone: a name of two words or more that the article also gives
    // elsewhere, away from such a head, is still that person's.)
    const afterHeads = thingNames.get(words[0]) ?? 0;
    // ("رولان غاروس : فلان يواجه": a headline's "name :" may open with a thing; it is no mention elsewhere.)
    // ("معيار فلان علان كابتشر ... ومن خلال فلان علان كابتشر": each mention running on into the same
    // word writes the thing's longer name again, no mention elsewhere.)
    const alsoElsewhere = words.length >= 2 && !runsOnIntoOneWord(draft) && draft.mentions.filter(({ block, span }) => !isHeadlineTopicAt(block.block, block.tokens, span.end)).length > afterHeads;
    // ('وكالة "فيتش رايتنغ"': a name the article quotes after a company's head is the company's everywhere.)
    const company = quotedCompanies.has(words[0]) && !entity.official;
    if ((company || (afterHeads > 0 && !alsoElsewhere)) && !words.some((word) => isListedGivenName(word))) return false;
  }
  const word = fold(entity.name.trim());
  if (!/^\S+$/.test(word)) return true;
  // ("... في البلاغ. حلا": the writer's signature closing the article; byline-words.ts.)
  if (untitled && draft.mentions.every(({ block, span }) => block.block === evidence.lastBlock && isClosingSignatureAt(block.tokens, span.start))) return false;
  // ("الغنوشي : مستعد ...": a listed official's family name in a person's slot; official-surname-slots.ts.)
  if (isOfficialBySurnameSlot(word, draft.mentions.map(({ block, span }) => ({ tokens: block.tokens, start: span.start, end: span.end })))) return true;
  // ("في عهد بورقيبة": a listed official's surname after the noun of his era names him; ruler-eras.ts.)
  if (draft.mentions.some(({ block, span }) => isRulerEraMention(block.tokens, span.start, span.end))) return true;
  const listedName = gaz.firstNames.has(word) || gaz.familyNames.has(word);
  if (!writesAlefMaqsura && entity.honorific === null && word === 'علي') return false;
  // "الوزير شارك في": a one-word "name" that the news corpus almost never uses as a name, and no
  // name list knows, is a verb or noun the tagger or a title rule took for one.
  // ("الرئيس البرازيلي لولا (Lula)": not one the article glosses in Latin letters.)
  const glossed = draft.mentions.some(({ block, span }) => latinGlossWordCount(block.tokens, span.end) === 1);
  if (!listedName && !isGivenName(word) && isRarelyANameInNews(word) && !glossed) return false;
  // "الإعلامي المنضم حديثا", "المدرب المعوض": the participle of a derived verb after a title is an
  // adjective of the titled person, no name (common-word-shapes.ts).
  if (isDerivedParticiple(word)) return false;
  // "انتهى ببيان أكد", "الرئيس وعد بمواصلة": a listed given name that the news almost never takes
  // for a person (a common noun or verb that is also a name), alone, with no honorific or office, is
  // that word; after an office ("الرئيس بري") or a verb of saying or meeting ("وقال بري") it is
  // someone named by one word.
  if (listedName && untitled && personShareBucket(word) === 0 && !holdsUpAsOneWordName(word, oneWordMentions(draft))) return false;
  // '"العرض الجديد يا رابح"': a word only ever addressed after the vocative "يا" is a slogan's or a
  // quote's epithet, no one the article reports on (a person it names in full has a longer name).
  if (untitled && draft.mentions.every(({ block, span }) => isAfterVocative(block.tokens, span.start))) return false;
  // "أنه ولد ميتا", 'على "فيسبوك" ميّتا': the accusative of a common word, with no title, is no one
  // (after a verb, a comma or a quote alike: it describes or is the object of what comes before).
  if (untitled && isAccusativeOfCommonWord(word)) return false;
  // "غير أن الرئيس وعد بمواصلة", "يحضر الرئيس المنتخب قداسا دينيا": a word that at every mention
  // follows a title with the shape of the holder's verb or its object is no name (no-name-after-title.ts).
  if (draft.mentions.every(({ block, span }) => span.end === span.start + 1 && isNoNameAfterTitle(block.tokens, span.start, hasPrepositionReading, (i) => personStarts.has(`${block.block}:${i}`)))) return false;
  if (entity.official || entity.honorific !== null) return true;
  if (draft.mentions.every(({ block, span }) => isPredicateAfterDefiniteSubject(block.tokens, span.start) || isPredicateAfterCopula(block.tokens, span.start, span.end))) return false;
  if (isNounWithPronounAsWritten(draft.mentions.map(({ block, span }) => ({ tokens: block.tokens, start: span.start, end: span.end, text: block.text })))) return false;
  // "ووالد الطفلة بلال ووك": a listed given name every mention of which runs on into another word
  // is the start of a name the tagger cut short, not a person named by one word.
  if (listedName && !isIsolatedSomewhere(draft)) return false;
  const named =
    listedName ||
    ((firstWordCounts.get(word) ?? 0) < 2 &&
      (holdsUpAsOneWordName(word, draft.mentions.map(({ block, span }) => ({ tokens: block.tokens, start: span.start, end: span.end }))) ||
        (repeatedNameWords.has(word) && !gaz.places.has(word) && !gaz.organizations.has(word) && !isCommonNounAtEveryMention(word, draft)) ||
        isRepeatedUnknownWord(word, draft) ||
        isDistinctiveKnownFamilyName(word) ||
        draft.mentions.some(({ block, span }) => isNamedAt(block.tokens, span.start) || isAfterRelativeNoun(block.tokens, span.start))));
  return named && !trailsAName(draft, personEnds);
}

/** A draft's mentions as holdsUpAsOneWordName takes them. */
function oneWordMentions(draft: Draft): Array<{ tokens: readonly Token[]; start: number; end: number }> {
  return draft.mentions.map(({ block, span }) => ({ tokens: block.tokens, start: span.start, end: span.end }));
}

/** "يا", "ويا" (folded): the vocative particle. */
const VOCATIVES = new Set(['يا', 'ويا']);

/** Whether the word right before token i is the vocative "يا" ("يا رابح"). */
function isAfterVocative(tokens: readonly Token[], i: number): boolean {
  return VOCATIVES.has(tokens[i - 1]?.folded ?? '');
}

/** Whether a draft's mentions are the topic its headline opens with and, in the body, quoted after no word describing a person. */
function isHeadlineTopicAndQuotedThing(draft: Draft): boolean {
  const isTopic = ({ block, span }: Draft['mentions'][number]): boolean => isHeadlineTopicAt(block.block, block.tokens, span.end);
  if (!draft.mentions.some((m) => m.span.start === 0 && isTopic(m))) return false;
  const quoted = draft.mentions.filter((m) => !isTopic(m));
  return quoted.length > 0 && quoted.every((m) => isQuoted(m) && !describesAPerson(m.block.tokens[m.span.start - 2]));
}

/** "المغنية", "الأمريكية", "الدكتور", "وقال": a word before a quoted name that makes it a person's. */
function describesAPerson(token: Token | undefined): boolean {
  if (token === undefined || !token.isWord) return false;
  return isOfficeOrPersonTitle(token) || hasTrait(token, NATIONALITY) || procliticReadings(token).some(({ stem }) => isTradeNoun(stem) || gazetteer().personVerbs.has(stem));
}

/** Whether a mention stands between quote marks ('"فلان علان"'). */
function isQuoted({ block, span }: Draft['mentions'][number]): boolean {
  return OPENING_QUOTES.has(block.tokens[span.start - 1]?.text ?? '') && CLOSING_QUOTES.has(block.tokens[span.end]?.text ?? '');
}

/**
 * Whether every mention of a draft (two or more) runs on into one and the same word, neither a
 * particle, an ordinary word nor an office or title: a longer name the tagger cut short each time.
 */
function runsOnIntoOneWord(draft: Draft): boolean {
  if (draft.mentions.length < 2) return false;
  const next = draft.mentions.map(({ block, span }) => block.tokens[span.end]);
  const first = next[0];
  if (first === undefined || !first.isWord || first.folded === '' || isParticle(first) || isOrdinaryWord(first) || isOfficeOrPersonTitle(first)) return false;
  return next.every((token) => token?.folded === first.folded);
}

/**
 * Whether a mention at `start` continues a team's name (teamHeadBefore); with an honorific, only
 * where that title word stands between the team's head and the mention, as the team's first word.
 */
function isInTeamName(tokens: readonly Token[], start: number, honorific: boolean): boolean {
  const head = teamHeadBefore(tokens, start);
  return head >= 0 && (!honorific || head === start - 2);
}

/**
 * "تسبب حمار في شجار", "بسبب حمار": a common noun the tagger takes for a person at every mention is
 * still that noun when each mention follows an ordinary word or one the news seldom takes for a
 * name (a verb, a noun it completes); after a word that may be a given name ("سنية مبارك") it may
 * be a family name.
 */
function isCommonNounAtEveryMention(word: string, draft: Draft): boolean {
  return isCommonWord(word) && draft.mentions.every(({ block, span }) => {
    const before = block.tokens[span.start - 1];
    return before === undefined || !before.isWord || isOrdinaryWord(before) || personShareBucket(before.folded) <= 0;
  });
}

/**
 * "آل الشيخ خطاب تهنئة": a one-word "name" only ever right after someone else's name is not a
 * second person.
 */
function trailsAName(draft: Draft, personEnds: ReadonlySet<string>): boolean {
  return draft.mentions.every(({ block, span }) => span.end - span.start === 1 && personEnds.has(`${block.block}:${span.start}`));
}

/** Whether some mention of a draft ends at punctuation, a particle or the end of its block. */
function isIsolatedSomewhere(draft: Draft): boolean {
  return draft.mentions.some(({ block, span }) => {
    const next = block.tokens[span.end];
    return next === undefined || !next.isWord || isParticle(next);
  });
}

/**
 * "وسجل فيرانديلو هدفين ... وقال المدرب إن فيرانديلو ... ويغيب فيرانديلو": a word the tagger takes
 * for a name, that neither its training text nor the news share of persons knows, named at three
 * places or more of the article is someone it keeps writing about, not a one-off tagging guess.
 * Not a word always followed by another ("بايرون باي"): that is the start of a longer name.
 * Mentions in quote marks do not count.
 */
function isRepeatedUnknownWord(word: string, draft: Draft): boolean {
  // A word in quote marks ("« فلان »") names a ship, a brand or a work as often as a person.
  const unquoted = draft.mentions.filter(({ block, span }) => !(OPENING_QUOTES.has(block.tokens[span.start - 1]?.text ?? '') && CLOSING_QUOTES.has(block.tokens[span.end]?.text ?? '')));
  return unquoted.length >= 3 && isRareWord(word) && personShareBucket(word) < 0 && isIsolatedSomewhere(draft);
}

/** Whether the word before token i is a verb of saying or another verb only people do ("وقال", "أكد"). */
function isAfterVerbOfSaying(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before?.isWord === true && procliticReadings(before).some(({ stem }) => gazetteer().personVerbs.has(stem));
}
