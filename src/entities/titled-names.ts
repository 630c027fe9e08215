/**
 * Person names found by the words around them rather than by the tagger, for news patterns the
 * training corpus rarely shows:
 * - a title right before the name, possibly with a nationality or a remark in between:
 *   "الرئيس أنور السادات", "الرئيس الليبي (الراحل) معمر القذافي", "والسلطان قابوس";
 * - a name after an office and a colon, as in lists of appointments: "وزير النقل: أنيس غديرة";
 * - a name in brackets after a country in a list headed by an office: "وزراء خارجية كل من: السعودية
 *   (الأمير سعود الفيصل)، والإمارات (أحمد خليفة السويدي)".
 */
import { isLearnedBelFamilyName } from './bel-family-names.js';
import { participleClauseEnd } from './participle-clauses.js';
import { isAbbreviatedTitleAt } from './abbreviated-titles.js';
import { isForwardAdverb } from './forward-adverb.js';
import { isDefectiveParticiple } from './defective-participles.js';
import { isBareLikeReading, procliticReadings } from './clitics.js';
import { fold } from '../text/normalize.js';
import { gazetteer } from './gazetteer.js';
import { ISSUED_DOCUMENTS, foldedAliasMarkers, foldedCounterpartWords, foldedExtraRoleStops, foldedKinshipWords, foldedNameLikeTitles, foldedRoleStops, foldedLeadingNameParts, foldedNameQualifiers, foldedRanks, foldedRoleQualifiers, foldedTrailingNameParts, foldedWeakNameParts, isParticle } from './lexicon.js';
import { DEFINITE_TAFAUL_NOUN, DEFINITE_TAFIL_NOUN, isAccusativeOffice, isDefinite, isEighthFormPerfect, isGivenNameWord, isOfficeWord, isPlaceOrNationality, isTimeWord, isVerbLike, isWrittenFeminine } from './office-words.js';
import { isOrdinalWord } from './counted-ordinals.js';
import { HONORIFIC_WORD, honorificBefore, isHonorificAt, isHonorificWord, isRank, isTeamInConstruct, isTitleWrittenAfterOffice } from './honorific-titles.js';
import { isOfficeAt, isOfficeInName, isOfficeStart, OFFICE_OPENER } from './office-start.js';
import { COLON, nextTriggered, OPENING_BRACKET, triggersIn, triggerWord } from './word-triggers.js';
import { aliasEndAfter, compassNationalityLength, DEMONSTRATIVES, isAdjectiveDefiniteGivenName, isHolyCityEpithetAt, isDefiniteGivenName, isDefiniteGivenNameClosingComplement, isNisbaOfDefiniteNoun, namedAfterEnd, isSpokesmanGivenName } from './office-phrase-parts.js';
import { isMPTitleBeforeName, MP, officePhraseEnd } from './office-phrase.js';
import { listRoleBefore, roleBefore } from './role-before.js';
import { dualOffice } from './roles.js';
import { AGE_WORDS, isNameLikeTitleBeforeName, isTitleBeforeCompoundName } from './compound-name-titles.js';
import { elativeAsideEnd } from './body-asides.js';
import { isOfficeFamilyNameAtBoundary } from './office-family-names.js';
import { gluedHonorificLength, isCliticNoun, isFamilyNameOffice, isParticipleWithComplement, isTimePhrase, isTitleWord, isWawGivenNameBefore } from './spans.js';
import { isCommonWord, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isSaidSubjectAt, opensWhatWasSaid } from './sayer-names.js';
import { isForeignGivenName, isGivenName, isGivenNameAfterBa, isListedGivenName, isListedNameWord, isNewsDefiniteGivenName } from './given-names.js';
import { isDualImperfectShape, isFutureVerb as isFutureVerbToken, isImperfectVerb, isSoundImperfectShape } from './imperfect-verbs.js';
import { isBaGivenNameInConstruct, isDefiniteDerivedMasdar, isPrepositionalDerivedMasdar } from './common-noun-words.js';
import { foreignNameRunEnd, isCliticOnSeenWord, isDefiniteNationality, isFeminineNounInflection, PREPOSITION_WITH_PRONOUN } from './foreign-name-run.js';
import { ABU_FAMILY_HEADS, AMAZIGH_LINK, DAUGHTER_LINK, FAMILY_HONORIFICS, HASSANIYA_LINKS, hasNotNameEnding, isSheikhBeforeHassaniyaLink, opensDaughterName, opensRankedSonName } from './name-parts.js';
import { isAccusativeObject } from './accusative-objects.js';
import { particleGivenNameEnd } from './particle-given-names.js';
import { isWarStaffAt } from './rank-services.js';
import { listedOfficialNameEnd } from './listed-official-names.js';
import { isLamGivenName } from './lam-given-names.js';
import { closesPlaceGenitiveBeforeName } from './region-proper-names.js';
import { ADVERB_HEADS, nameAfterFeminineOfficeEnd } from './feminine-office-names.js';
import { isGuestAppositionAt } from './guest-apposition.js';
import { isProfessionPhraseAt, professionPhraseEnd, TRADE_HEAD_WORD } from './profession-phrases.js';
import { AGENT_OR_REPRESENTATIVE, groupRepresentativeEnd } from './represented-groups.js';
import { isOftenANameInNews, isRarelyANameInNews, isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import { PRONOUN_SUFFIX } from './common-word-shapes.js';
import { isGlossedWordForWord, latinGlossEnd, latinGlossWordCount } from './latin-glosses.js';
import { isPersonNoun } from './human-noun-names.js';
import { isGluedHyphenAt, tokenReadAs, type Token } from './tokenize.js';
import { isTheophoricGivenName } from './theophoric-names.js';
import { isComma } from './located.js';
import { opensDinCompoundName } from './din-compound-names.js';
import { isRetiredWord } from './retired-ranks.js';
import { isClericalQualifierAt } from './clerical-titles.js';
import { followsClosedChain } from './lineage-chain-ends.js';
import { definiteSeatEndAt, officeSeatEndAt, opensUnlistedTownSeatAt } from './branch-regions.js';
import { hasTrait, PERSON_TITLE, PLACE } from './word-traits.js';
import { courtesyCliticLength, EXCELLENCY } from './courtesy-titles.js';
import { isUnseenDefiniteWord } from './unseen-family-names.js';
import { isFathersNameBeforeUnseenFamilyAt } from './fathers-names.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';
import { isNewsOutletAddressee } from './press-addressees.js';

export interface NameSpan {
  start: number;
  end: number;
  /**
   * The name fills a bracket, or what was said opens right after it (saidFamilyNameEnd): all its
   * words belong to it, even one that reads as a nationality or a title.
   */
  bracketed?: boolean;
}

const MAX_NAME_WORDS = 4;
/** A lineage chain ("محمد بن نايف بن عبدالعزيز آل سعود") may run longer than a plain name. */
const MAX_LINEAGE_WORDS = 10;
/** Tanween fath ("مباغتًا", "تاركًا") marks an adverb or object, never a name. */
const TANWEEN = /[\u064b-\u064d]/;

/** Titles always followed by a person; "الحاكم", "الفريق", "المتحدث" also qualify or head other nouns. */
function isPersonTitle(token: Token): boolean {
  return hasTrait(token, PERSON_TITLE);
}

/**
 * "تقديره" (his appreciation): an ordinary word with the pronoun "ه" written after it
 * (the folded "ه" of a name's "ة" is written "ة", so "فاطمة" is none).
 */
function isNounWithPronoun(token: Token): boolean {
  // ("هواجسها": or "her", "their", "your": "أبلغت الرئيس المكلف | هواجسها".)
  const ending = PRONOUN_SUFFIX.exec(token.folded)?.[0] ?? (/ه[\u064b-\u0652]*$/.test(token.text) ? 'ه' : '');
  const stem = token.folded.slice(0, -ending.length);
  // ("صدارته": before the pronoun a noun's "ة" is written "ت"; folded, the noun ends in "ه".)
  const noun = (word: string): boolean => isOrdinaryWord(word) || (word.endsWith('ت') && isOrdinaryWord(`${word.slice(0, -1)}ه`));
  // (Behind the longer pronouns, which end no name, any word running text writes is the noun.)
  const written = (word: string): boolean => ending !== 'ه' && isSeenInRunningText(word) && !isOftenANameInNews(token.folded);
  return ending !== '' && stem.length >= 3 && (noun(stem) || written(stem)) && !isListedGivenName(token.folded) && !isListedGivenName(stem);
}

function isNationality(token: Token): boolean {
  return gazetteer().nationalities.has(token.folded);
}

/**
 * "برنامجا", "هدفا": a common noun with the accusative ending (tanween written as a bare alef). Names
 * ending in alef ("زكريا", "ماريا") do not leave a common word when it is removed.
 */
function isIndefiniteAccusative(word: string): boolean {
  if (word.length < 5 || !word.endsWith('ا')) return false;
  const gaz = gazetteer();
  const noun = word.slice(0, -1);
  if (gaz.firstNames.has(word) || gaz.familyNames.has(word)) return false;
  // ("ظل منصب السفير شاغرا": a noun rare in the tagger's text that the news writes, never of a person.)
  return !isRareWord(noun) || (isSeenInRunningText(noun) && personShareBucket(noun) === 0 && !isSeenInRunningText(word));
}

/**
 * "وسيكون لي (48 عاما)", "وكان لي": "كان" and its sisters, with a conjunction or the future "س",
 * open a clause whose subject is the name; they are never part of it.
 */
const COPULA = /^[وف]?(?:س?[يتن]كون|كان|كانت|كانوا|اصبح|اصبحت|بات|باتت|ظل|ظلت|صار|صارت|ليس|ليست)$/;

/**
 * "مرفوقا", "مصحوبا", "مدعوما": a passive participle (maf'ul) in the accusative is a circumstantial
 * phrase ("accompanied by"), never a name.
 */
const PASSIVE_PARTICIPLE_ACCUSATIVE = /^م[^اوي]{2}و[^اوي]ا$/;

/** Adverbs that follow the subject or a noun ("فلان وحده", "اللاعب فقط"), folded: never a name word. */
const ADVERBS = new Set(['فقط', 'أيضا', 'كذلك', 'مجددا', 'مؤخرا', 'بدوره', 'بدورها', 'شخصيا'].map(fold));

/** "الستيني", "الأربعينية": the nisba of a person's decade of age, with or without the article, folded. */
const AGE_DECADES = /^(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)ي[هة]?$/;

/** "الفاتنة", "الراحلة": a feminine active participle with the article (الفاعلة), folded. */
const FEMININE_PARTICIPLE = /^ال.ا..ه$/;

/** "ابنة الرئيس الجديد الفاتنة": an adjective in the feminine that no name list knows and the news never saw as a person. */
function isFeminineParticiple(word: string): boolean {
  const gaz = gazetteer();
  return FEMININE_PARTICIPLE.test(word) && !gaz.firstNames.has(word) && !gaz.familyNames.has(word) && !isGivenName(word.slice(2)) && !isOftenANameInNews(word);
}

/** Words that cannot be part of a name whatever else is known about them. */
function cannotBeName(token: Token): boolean {
  const gaz = gazetteer();
  const word = token.folded;
  return (
    !token.isWord ||
    TANWEEN.test(token.text) ||
    (word.startsWith('لل') && word.length > 3) ||
    /^[0-9a-z]/.test(word) ||
    // "الرئيس الـ45": an ordinal in figures.
    /[0-9٠-٩]/.test(word) ||
    isParticle(token) ||
    // ("بهذه الردود": a demonstrative, behind a clitic or not.)
    procliticReadings(token).some(({ stem }) => DEMONSTRATIVES.has(stem)) ||
    COPULA.test(word) ||
    ADVERBS.has(word) ||
    // ("تقول السيدة الستينية إنها": a person's decade of age, no name.)
    AGE_DECADES.test(word) ||
    (PASSIVE_PARTICIPLE_ACCUSATIVE.test(word) && !gaz.firstNames.has(word) && !gaz.familyNames.has(word)) ||
    isFeminineParticiple(word) ||
    isDefectiveParticiple(word) ||
    // ("أن اللاعب اجتاز الفحص": the past of a verb of the eighth form; office-words.ts.)
    isEighthFormPerfect(token) ||
    foldedExtraRoleStops.has(word) ||
    foldedNameQualifiers.has(word) ||
    foldedKinshipWords.has(word) ||
    foldedAliasMarkers.has(word) ||
    foldedCounterpartWords.has(word) ||
    isIndefiniteAccusative(word) ||
    gaz.honorifics.has(word) ||
    gaz.officeTitles.has(word) ||
    gaz.nationalities.has(word) ||
    gaz.organizationHeads.has(word) ||
    hasTrait(word, PLACE)
  );
}

/**
 * "ويدشن", "وتفتتح": "و" + an imperfect ("ي", "ت" or "ن" + three letters or more) the news writes and
 * never takes for a person, the whole word one it never writes ("ويلسون": no "و" + "يلسون").
 */
function isConjoinedImperfect(token: Token): boolean {
  if (!/^و[يتن].{3,}$/.test(token.folded) || isSeenInRunningText(token.folded) || isListedNameWord(token.folded)) return false;
  return isNeverANameAfterConjunction(token);
}

/** "والناخب", "والمدير": "و" + a definite word the news writes and never takes for a person. */
function isConjoinedDefiniteNoun(token: Token): boolean {
  return /^وال.{3,}$/.test(token.folded) && isNeverANameAfterConjunction(token);
}

/** The word after its "و" is one the news writes and never takes for a person. */
function isNeverANameAfterConjunction(token: Token): boolean {
  const stem = token.folded.slice(1);
  return isSeenInRunningText(stem) && personShareBucket(stem) === 0;
}

/**
 * "نصر الدين عوشيش | ومديرو المشرق العربي": "و" + a sound masculine plural in the construct state
 * (its "و" ending: "مديرو" and "مديرين" are words of running text) opens the next entry; "وأحمدو"
 * has no such plural.
 */
function isConjoinedConstructPlural(token: Token): boolean {
  const stem = /^و(.{3,})و$/.exec(token.folded)?.[1];
  return stem !== undefined && isSeenInRunningText(`${stem}و`) && (isSeenInRunningText(`${stem}ون`) || isSeenInRunningText(`${stem}ين`));
}

/**
 * "سفير جمهورية السنغال في انواكشوط شيخ تيجان انيانغ": a bare "شيخ" before a bare name word is the
 * given name Cheikh; the title takes the article, or a definite genitive ("شيخ الأزهر").
 */
function isCheikhGivenName(tokens: readonly Token[], i: number, looksLikeName: (token: Token) => boolean): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.folded === 'شيخ' && next?.isWord === true && !next.folded.startsWith('ال') && !isParticle(next) && (looksLikeName(next) || !isSeenInRunningText(next.folded)) && !cannotBeName(next);
}

/**
 * Name words starting at `start`: each looks like a name; "بن", "عبد", "آل" only when a name word
 * follows them, "الله", "الثاني" only after one. Returns the end of the name (start when there is none).
 */
function nameEnd(tokens: readonly Token[], start: number, looksLikeName: (token: Token) => boolean, stop: (token: Token) => boolean): number {
  let end = start;
  let plain = 0;
  // "معتمد المنطقة أمير خير الله": a name-like title before a two-word given name opens the name.
  if (isTitleBeforeCompoundName(tokens, start) && !stop(tokens[start + 1]) && !stop(tokens[start + 2])) {
    end = start + 3;
    plain = 1;
  }
  while (end < tokens.length && plain < MAX_NAME_WORDS && end - start < MAX_LINEAGE_WORDS) {
    const token = tokens[end];
    if (end > start && isOfficeInName(tokens, end) && !stop(token)) {
      end++;
      continue;
    }
    // ("مرتضى | نظام الدين": a given name "X الدين" after the first word, whatever "X" reads as alone; din-compound-names.ts.)
    if (end > start && opensDinCompoundName(tokens, end) && !stop(token) && !stop(tokens[end + 1])) {
      end += 2;
      plain++;
      continue;
    }
    // "تركي بن سعود": a nationality word before "بن" is a given name; so is a title that is also
    // one ("الأمير سلطان بن عبدالعزيز", "العريف سلطان محمد") when a name word follows.
    const next = tokens[end + 1];
    // "اللواء منصور التركي": right after a known given name, a nationality word is the family name.
    // "عمر بن علي التركي": so is one after "بن X" that ends the name.
    // (An office after it is the apposition that follows the name: "منى بنت خلفان الكندية مديرة".)
    const afterLineage = end >= start + 3 && (tokens[end - 2].folded === 'بن' || tokens[end - 2].folded === 'بنت') && token.folded.startsWith('ال') && !(next?.isWord === true && looksLikeName(next) && !isOfficeWord(next));
    const familyName = isNationality(token) && ((end === start + 1 && looksLikeName(tokens[start])) || afterLineage);
    // "الدكتور مساعد بن محمد": right after an honorific, an office word before "بن" is a given name.
    const titledLineage = end === start && start > 0 && isHonorificWord(tokens[start - 1]) && (next?.folded === 'بن' || next?.folded === 'ابن') && tokens[end + 2]?.isWord === true && looksLikeName(tokens[end + 2]);
    // "العقيد الركن تركي المالكي": right after a definite title or an honorific, a nationality
    // without the article (an adjective would take it) before a name word is a given name.
    const before = tokens[start - 1];
    const titledNationality = end === start && isNationality(token) && !token.folded.startsWith('ال') && before?.isWord === true && (before.folded.startsWith('ال') || isHonorificWord(before)) && next?.isWord === true && looksLikeName(next) && !cannotBeName(next);
    // ("المكلف بالعلاقات مع البرلمان لزهر العكرمي": a Maghreb given name in "ل", no preposition; lam-given-names.ts.)
    const lamGiven = end === start && isLamGivenName(token.folded);
    const cheikhGiven = end === start && isCheikhGivenName(tokens, end, looksLikeName);
    // ("ووزيرة الاقتصاد الغالية منت الشيخ": a definite word before "منت" is her given name; name-parts.ts.)
    const daughterGiven = end === start && opensDaughterName(tokens, end);
    // ("العقيد الطالب ولد أمين": so, right after a rank, is one before "ولد" and a name word; name-parts.ts.)
    // ("للصيد التقليدي السالك ولد بلال": so is one no common word before "ولد", after an office.)
    const unmarkedBeforeSon = token.folded.startsWith('ال') && next?.folded === 'ولد' && personShareBucket(token.folded) < 0 && !isCommonWord(token) && !isOfficeWord(token);
    const sonGiven = end === start && (opensRankedSonName(tokens, end) || unmarkedBeforeSon) && isFathersNameAfterLink(tokens[end + 2], looksLikeName);
    const givenName =
      familyName ||
      daughterGiven ||
      sonGiven ||
      titledLineage ||
      titledNationality ||
      (isNationality(token) && next?.folded === 'بن') ||
      lamGiven ||
      cheikhGiven ||
      (end === start && foldedNameLikeTitles.has(token.folded) && next !== undefined && next.isWord && (foldedLeadingNameParts.has(next.folded) || (looksLikeName(next) && !cannotBeName(next))));
    // "العقيد سمير الحاج قائد اللواء": an honorific after the given name is the family name.
    if (end > start && FAMILY_HONORIFICS.has(token.folded) && !stop(token) && (!next?.isWord || !looksLikeName(next) || isOfficeWord(next))) {
      end++;
      break;
    }
    // "وزيرة الطاقة هالة شيخ روحه،": a bare "شيخ" after a given name titles no one (a title takes the
    // article); with the word it governs, closing the phrase, it is the family name.
    if (isBareSheikhFamilyName(tokens, start, end)) {
      end += 2;
      break;
    }
    // "العقيد المنجي القاضي الناطق الرسمي": after a lone given name, an office word with the article
    // right before another one is the family name ("judge"); two offices in a row are never both bare.
    if (end === start + 1 && isFamilyNameOffice(token, next) && !stop(token)) {
      end++;
      break;
    }
    // "الرئيس برويز مشرف": an indefinite participle ending a name; see isParticipleFamilyName.
    if (plain > 0 && !stop(token) && (cannotBeName(token) || !looksLikeName(token)) && isParticipleFamilyName(tokens, end)) {
      end++;
      break;
    }
    if ((cannotBeName(token) && !givenName) || stop(token)) break;
    // ("تصريحات الوزير | بارتياح": "ب" + the verbal noun of a derived verb opens no name, a shape no
    // name takes. Further on it is a verb's complement, "وعد بإرجاع", which tidying sees to.)
    if (end === start && isPrepositionalDerivedMasdar(token)) break;
    // ("حاكم مصرف لبنان كريم سعيد | سيتوجه": a verb in the future opens the predicate; "ستور" of
    // "أرد فان دير ستور" is too short to tell.)
    if (end > start && token.folded.length >= 5 && isFutureVerbToken(token)) break;
    // ("النائبة سهام الجنابي | للسومرية نيوز": the outlet she spoke to; press-addressees.ts.)
    if (end > start && isNewsOutletAddressee(token, next)) break;
    // ("أما الوزير فلان | فاستعرض تجربة بلاده": "ف" + a past verb answers "أما", the predicate.)
    // ("أشاد الأمير نايف بن خالد | بحسن التنظيم": "ب" + a given name, no name word, opens the verb's complement.)
    if (end > start && (isPastVerbAfterFa(token) || isBaGivenNameInConstruct(tokens, end))) break;
    // ("ورئيسة المجلس الجماعي للرباط فتيحة المودني | والناخب الوطني": "و" + a definite word the
    // news writes and never takes for a person opens the next entry of a list.)
    if (end > start && (isConjoinedDefiniteNoun(token) || isConjoinedConstructPlural(token))) break;
    // ("الوزير فلان الفلاني | ضيف بوليتيكا": "guest of" a programme after two name words; guest-apposition.ts.)
    if (end >= start + 2 && isGuestAppositionAt(tokens, end)) break;
    // ("فلان بن محمد المفرج | اكتمال الاستعدادات": lineage-chain-ends.ts.)
    if (followsClosedChain(tokens, end)) break;
    // "النائب فلان المنتسب إلى حزب": a participle and its complement follow the name.
    if (end > start && isParticipleWithComplement(tokens, end)) break;
    if (foldedTrailingNameParts.has(token.folded)) {
      if (end === start) break;
      end++;
      continue;
    }
    // "إسماعيل ولد الشيخ أحمد": the Hassaniya link "ولد" (son of) goes on to the father's name, which
    // may be a title ("الشيخ"); "ولد في" (was born in) is the verb. ("محمد ولد صباح أمس": a bare word
    // the news now and then takes for a person is the father's name there, though also a noun.)
    if (HASSANIYA_LINKS.has(token.folded) && end > start && next?.isWord === true && !isParticle(next) && !stop(next) && (isHonorificWord(next) || isFathersNameAfterLink(next, looksLikeName))) {
      end += 2;
      continue;
    }
    // ("ولد الطالب أعمر سفير ...": a definite word is the father's name too before the bare word
    // that closes it, isSecondWordOfFathersName.)
    if (HASSANIYA_LINKS.has(token.folded) && end > start && next?.isWord === true && /^ال.{3,}$/.test(next.folded) && !isOfficeWord(next) && !stop(next) && isSecondWordOfFathersName(tokens, end + 2)) {
      end += 3;
      break;
    }
    // ("سيدي محمد ولد الطالب أعمر سفير ...", "خديجة منت امبارك فال الأمينة العامة": a Hassaniya
    // father's name may go on with a bare word, however common ("فال"), closed by the office in
    // apposition.)
    if (end - start >= 3 && HASSANIYA_LINKS.has(tokens[end - 2].folded) && isSecondWordOfFathersName(tokens, end)) {
      end++;
      break;
    }
    // ("النائب عادل بني هاني": a tribe's "بني" and its name close the name; isTribeLinkAt.)
    if (end > start && isTribeLinkAt(tokens, end) && !stop(tokens[end + 1]) && end + 1 - start < MAX_LINEAGE_WORDS) {
      end += 2;
      break;
    }
    if (foldedLeadingNameParts.has(token.folded)) {
      const next = tokens[end + 1];
      // "آل الشيخ": a family may be named after a title.
      const family = token.folded === 'ال' && next?.isWord && isHonorificWord(next);
      // ("الفريق عبد الأمير الشمري": after "عبد" a title is the second half of the given name.)
      const servant = token.folded === 'عبد' && next?.isWord === true && /^ال/.test(next.folded) && (isHonorificWord(next) || isOfficeWord(next));
      if (!next || (cannotBeName(next) && !family && !servant) || stop(next) || end + 1 - start >= MAX_LINEAGE_WORDS) break;
      end += 2;
      // "آل سعود", "آل الشيخ": the family name closes the name.
      if (token.folded === 'ال') break;
      continue;
    }
    // ("والي الجهة فتحي بديرة إن": a word the news mostly takes for a person is no clitic noun.)
    // ("الدكتورة منى بنت خلفان الكندية": a nationality read as the family name above is one, however rare.)
    if ((!looksLikeName(token) && !(familyName && afterLineage) && !daughterGiven && !sonGiven && !cheikhGiven) || (isCliticNoun(token.folded) && !isMostlyNameNotClitic(token.folded) && !lamGiven)) {
      // ("رئيس الشبيبة مراد بالاكحل في تصريح": a "بال" family name the learned signals know; bel-family-names.ts.)
      if (plain > 0 && (isLastNameAtBoundary(tokens, end) || (isLearnedBelFamilyName(token.folded) && isAtBoundary(tokens, end + 1)))) end++;
      break;
    }
    // ("الفريق الملكي صدارته": a noun with its pronoun opens no name after a title either.)
    if ((isNounWithPronoun(token) || (end > start && hasNotNameEnding(token) && !isForeignNameWithPronounEnding(token))) && !gazetteer().familyNames.has(token.folded)) break;
    end++;
    plain++;
  }
  return end;
}

/**
 * "وزير الخارجية الأوكراني أندريه سيبيها", "أمير أوحانا": a family name ending as "her"/"our" do, where
 * neither the word nor what is left without that ending is a word of running text, is a foreign
 * name's own ending ("وزيرها" leaves "وزير").
 */
function isForeignNameWithPronounEnding(token: Token): boolean {
  const ending = /^(.{3,})(?:ها|نا)$/.exec(token.folded);
  if (ending === null || isSeenInRunningText(token.folded)) return false;
  const stem = ending[1];
  return !isSeenInRunningText(stem) && !isSeenInRunningText(`${stem}ه`) && !isCommonWord(stem) && !isCommonWord(`${stem}ه`);
}

/** Whether the bare "شيخ" at `i`, after a name word from `start`, and the word after it close the phrase: a family name ("شيخ روحه"). */
function isBareSheikhFamilyName(tokens: readonly Token[], start: number, i: number): boolean {
  const next = tokens[i + 1];
  return i > start && tokens[i]?.folded === 'شيخ' && next?.isWord === true && !isParticle(next) && isAtBoundary(tokens, i + 2);
}

/**
 * "المهندس عادل فقيه،", "رئيسة الوزراء تيريزا ماي في": a family name that is also an ordinary word
 * ("jurist", "May"), right after a given name and before a comma, a particle or a verb. An
 * indefinite word that is not frequent in running text and takes no affix of a verb or pronoun.
 */
function isLastNameAtBoundary(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  // "مؤخرا", "أيضا": an adverb with the accusative alef, never a family name.
  if (!(isUnmarkedWord(token) || isArticleFamilyName(tokens, i)) || (token.folded.length >= 4 && token.folded.endsWith('ا'))) return false;
  return isAtBoundary(tokens, i + 1);
}

/**
 * Nouns of time, place or comparison of the participle's shape that head a phrase of their own
 * ("مطلع الأسبوع", "مقابل مليون"), folded: a closed class, never a family name.
 */
/** Words that close the subject of a sentence: "إن"/"أن" opening what was said, relative pronouns. */
const SUBJECT_ENDS = new Set(['ان', 'انه', 'الذي', 'التي', 'خلال', 'اثناء', 'عندما']);

const ADVERBIAL_PARTICIPLES = new Set(['مطلع', 'منتصف', 'مقابل', 'مثل', 'معظم', 'مجرد', 'مرات', 'مساء', 'مسا']);

/**
 * "الرئيس برويز مشرف بدعم", "الرئيس محمد حسني مبارك تم": after a known given name, an indefinite
 * word of a participle's shape ("م" + three to five letters: "supervisor", "blessed") is the family
 * name: a proper name is definite, so an indefinite adjective could not agree with it. Not a
 * plural, feminine, accusative or a word with a pronoun, not one heading a construct ("مطلع
 * الأسبوع"), and not an office, nationality or place (cannotBeName).
 */
function isParticipleFamilyName(tokens: readonly Token[], i: number): boolean {
  const gaz = gazetteer();
  const token = tokens[i];
  const before = tokens[i - 1];
  const word = token.folded;
  if (!/^م[^ا].{2,4}$/.test(word) || /(?:[اهى]|ين|ون|ات|يه)$/.test(word) || ADVERBIAL_PARTICIPLES.has(word) || TANWEEN.test(token.text) || hasNotNameEnding(token)) return false;
  if (!before?.isWord || foldedLeadingNameParts.has(before.folded) || isOrdinaryWord(before.folded, false, before.text)) return false;
  // An apposition or a predicate of this shape goes on ("مدير تحرير الموقع", "ملتزم بما اتفق"): the
  // family name is followed by a clear end of the subject (punctuation, a verb of saying, "إن"/"أن",
  // a relative pronoun, a word of time).
  const next = tokens[i + 1];
  if (next?.isWord === true && !gaz.personVerbs.has(next.folded) && !TIME_WORDS.has(next.folded) && !SUBJECT_ENDS.has(next.folded)) return false;
  if (gaz.officeTitles.has(word) || isOfficeWord(token)) {
    return !isParticle(token) && !gaz.honorifics.has(word) && !gaz.nationalities.has(word) && !hasTrait(word, PLACE) && !isHonorificWord(token);
  }
  return !cannotBeName(token) && !isHonorificWord(token) && !isNationality(token);
}

/** Whether isParticipleFamilyName closed the name start..end (later tidying must then leave it). */
function endsWithParticipleFamilyName(tokens: readonly Token[], start: number, end: number): boolean {
  return end - 1 > start && isParticipleFamilyName(tokens, end - 1);
}

/**
 * "رئيس الوزراء الصيني لي كه تشيانغ", "الرئيس الكوري لي ميونغ باك": the Chinese and Korean family
 * name Li/Lee/Yi is written "لي", which reads as the particle "to me" and so never opens a name
 * elsewhere. Right after an office phrase or a title, before one to three words that are no
 * ordinary words (rare in running text, no article or clitic) and a boundary, it opens the name.
 * Returns the name's end (start when there is none).
 */
function surnameLiNameEnd(tokens: readonly Token[], start: number): number {
  if (tokens[start]?.folded !== 'لي') return start;
  let end = start + 1;
  while (end < tokens.length && end - start <= 3) {
    const token = tokens[end];
    // ("المندوب الصيني الدائم لدى الأمم المتحدة لي وينهاو،": a syllable in "و" no running text has seen is no "و" + a word.)
    const conjoined = /^ال/.test(token.folded) || (/^و/.test(token.folded) && isSeenInRunningText(token.folded));
    // ("لي يوي هوا": the syllable "هوا", three letters, is no verb in "وا".)
    const verbEnding = hasNotNameEnding(token) && !(token.folded.length === 3 && token.folded.endsWith('وا'));
    if (!token.isWord || conjoined || isParticle(token) || verbEnding || isOfficeWord(token) || isNationality(token) || hasTrait(token, PLACE) || TIME_WORDS.has(token.folded)) break;
    if (isOrdinaryWord(token.folded, false, token.text) || isCommonWord(token)) break;
    end++;
  }
  // ("افتتحت مديرة المعهد لي شياو نا | معرضا": the verb's object in the accusative closes it too.)
  return end > start + 1 && (isAtBoundary(tokens, end) || isAccusativeObject(tokens[end])) ? end : start;
}

/** Nationalities whose names the Arabic press writes as short syllables ("تشانغ لي هوا", "كيم مين سوك"), folded. */
const SYLLABLE_NAME_NATIONALITIES = new Set(['الصيني', 'الصينيه', 'الكوري', 'الكوريه', 'الفيتنامي', 'الفيتناميه', 'التايواني', 'التايوانيه'].map(fold));

/**
 * "نائبة وزير التجارة الصيني تشانغ لي هوا،": after an office closed by a Chinese, Korean,
 * Vietnamese or Taiwanese nationality, two or three short words that are no ordinary or common words (the name's
 * syllables; "لي" among them), up to a boundary, are the holder's name. Returns its end, or `start`.
 */
function eastAsianNameEnd(tokens: readonly Token[], start: number): number {
  // ("حاكم مقاطعة هونان ماو وي مينغ،": without the nationality, three such words, one of them
  // spelling a Chinese syllable in "نغ" or opening with "تش", which no Arabic word does.)
  // ("السفير الصيني لدى السعودية تشانغ هوا": the nationality may close the office before the
  // country of the posting.)
  const afterNationality = SYLLABLE_NAME_NATIONALITIES.has(tokens[start - 1]?.folded ?? '') || (tokens[start - 2]?.folded === 'لدي' && SYLLABLE_NAME_NATIONALITIES.has(tokens[start - 3]?.folded ?? ''));
  // ("سفير الصين لدى السودان ما شين مين", "المبعوث الخاص ... قوه تشي مينغ": a Chinese family name
  // that is also an Arabic word opens the three syllables all the same, when the two after it are
  // rare in running text.)
  const surname = CHINESE_SURNAMES_ALSO_WORDS.has(tokens[start]?.folded ?? '');
  let end = start;
  while (end < tokens.length && end - start < 3) {
    const token = tokens[end];
    // ("المتحدث باسم الخارجية الصينية وانغ ون بين": a syllable written with a first "و" is no "و" + a word.)
    const wawSyllable = WAW_SYLLABLES.has(token.folded);
    if (!token.isWord || !/^[\u0621-\u064a]{2,5}$/.test(token.folded) || (/^(?:ال|و)/.test(token.folded) && !wawSyllable) || isOfficeWord(token) || isNationality(token) || hasTrait(token, PLACE) || TIME_WORDS.has(token.folded)) break;
    if (token.folded !== 'لي' && !wawSyllable && !(surname && end === start) && (isParticle(token) || isOrdinaryWord(token.folded, false, token.text) || isCommonWord(token))) {
      // ("وانغ ون | بين، إن": after two syllables and the nationality, a bare word that is also
      // common ("بين": between) is the third syllable where the sentence goes on right after it, as
      // no preposition or noun of it can.)
      if (afterNationality && end - start === 2 && token.folded.length >= 3 && token.folded.length <= 4 && isAtBoundary(tokens, end + 1)) end++;
      break;
    }
    end++;
  }
  const words = tokens.slice(start, end);
  const syllables = afterNationality
    ? end - start >= 2
    : end - start === 3 && (words.some((token) => /^(?:.{2,}نغ|تش..+)$/.test(token.folded)) || ((surname || CHINESE_SURNAMES.has(words[0].folded)) && words.slice(1).every((token) => token.folded === 'لي' || isRareWord(token.folded))));
  return syllables && isAtBoundary(tokens, end) ? end : start;
}

/**
 * Chinese family names as the Arabic press writes them, folded, that are also Arabic words ("تشن"
 * wages, "قوة" power, "ما" what): only three syllables rare in running text make them a name.
 */
const CHINESE_SURNAMES_ALSO_WORDS = new Set(['تشن', 'قوه', 'ما', 'هو', 'بان', 'شي']);
/** Other common Chinese family names as the Arabic press writes them, folded. */
const CHINESE_SURNAMES = new Set([
  'وانغ', 'تشانغ', 'ليو', 'تشين', 'يانغ', 'هوانغ', 'تشاو', 'وو', 'تشو', 'سون', 'لين', 'قاو', 'غاو', 'لوه', 'تشنغ', 'ليانغ', 'شيه', 'سونغ',
  'تانغ', 'شيوي', 'هان', 'فنغ', 'دنغ', 'تساو', 'بنغ', 'شياو', 'تيان', 'دونغ', 'يوان', 'جيانغ', 'تساي', 'دو', 'يه', 'وي', 'سو', 'دينغ',
  'ياو', 'جين', 'فانغ', 'تان', 'غوه', 'كونغ', 'باي', 'دوان', 'لياو', 'يين', 'وين', 'شن', 'رن', 'لو', 'قو', 'غو', 'يو', 'تشيان', 'شيونغ', 'مو', 'كانغ',
]);

/** Chinese syllables that spell an Arabic particle as the press writes them, folded ("بين": between). */
const PARTICLE_SYLLABLES = new Set(['بين']);

/**
 * ("المتحدث باسم الخارجية الصينية وانغ ون بين": whether tokens[start..end) is a Chinese name of
 * three syllables: a common family name, a syllable no common word spells, and one that spells a
 * particle.)
 */
export function isChineseNameOfThree(tokens: readonly Token[], start: number, end: number): boolean {
  const middle = tokens[start + 1];
  return end - start === 3 && CHINESE_SURNAMES.has(tokens[start].folded) && PARTICLE_SYLLABLES.has(tokens[start + 2].folded) && middle.isWord && middle.folded.length <= 4 && !isParticle(middle) && !isCommonWord(middle);
}

/** Chinese syllables the press writes with a first "و" ("وي", "وانغ"), folded: no "و" + a word there. */
const WAW_SYLLABLES = new Set(['وي', 'وانغ', 'وو', 'وين', 'ونغ', 'ون']);

/**
 * "رئيس البلدية ضياء الحق قريشي إن", "وزير المالية شمس الله كرمي": a compound given name of a noun
 * and a word with the article ("light of the truth"), then a family name rare in running text, right
 * after an office phrase or a title and before a boundary. The first word is no ordinary word (or
 * one the news mostly takes for a name) nor a known given name (after one, the word with the article
 * is the family name); neither it nor the second is an office, a nationality, a place or a word of
 * time. Returns the name's end (start when there is none).
 */
function compoundGivenNameEnd(tokens: readonly Token[], start: number): number {
  const [first, second, family] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (!first?.isWord || !second?.isWord || !family?.isWord) return start;
  const plainWord = (token: Token): boolean => !cannotBeName(token) && !isOfficeWord(token) && !isHonorificWord(token) && !isNationality(token) && !hasTrait(token, PLACE) && !TIME_WORDS.has(token.folded);
  const firstOk = !/^(?:و|ال)/.test(first.folded) && !hasPrepositionReading(first.folded) && !hasNotNameEnding(first) && plainWord(first) && (!isOrdinaryWord(first.folded, false, first.text) || isOftenANameInNews(first.folded));
  const secondOk = /^ال.{2,}$/.test(second.folded) && !hasNotNameEnding(second) && plainWord(second);
  // After a known given name the word with the article is already the family name ("أحمد الصديق").
  const known = isListedGivenName(first.folded);
  return firstOk && !known && secondOk && isRareSurname(family) && !isNounWithPronoun(family) && isAtBoundary(tokens, start + 3) ? start + 3 : start;
}

/** Quantifiers that open the object of the verb whose subject the name is ("رفض فلان أي وساطة"), folded. */
const OBJECT_QUANTIFIERS = new Set(['اي', 'ايه', 'كل', 'جميع', 'كافه']);

/**
 * "ورفض رئيس الوزراء نواز شريف أي وساطة": right after a full office phrase, a first word that is no
 * ordinary word and a second word of any kind without the article, a clitic, a verb's prefix or a
 * pronoun ("شريف": noble), before a quantifier opening the object or a boundary, are the name.
 * Returns the name's end (start when there is none).
 */
function nameBeforeObjectEnd(tokens: readonly Token[], start: number): number {
  const [first, family, after] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (!first?.isWord || !family?.isWord || !isUnmarkedWord(first) || OBJECT_QUANTIFIERS.has(first.folded)) return start;
  // The first word is a given name the lists know or one rare in running text ("أوامر" is common).
  const given = isListedGivenName(first.folded);
  // (Nor a clitic on a word the news writes often: "فرزانة" is no "ف" + "رزانة".)
  if (!given && (isCommonWord(first) || !isRareWord(first.folded) || (/^[وفبلك]/.test(first.folded) && !isRareWord(first.folded.slice(1))))) return start;
  const word = family.folded;
  const plain =
    word.length >= 3 && !/^(?:ال|لل|[وفبلك]|س[يتن]|[يتن].{3,})/.test(word) && !/(?:ا|ين|ون|ات|يه)$/.test(word) && !hasNotNameEnding(family) && !isNounWithPronoun(family) &&
    !cannotBeName(family) && !isOfficeWord(family) && !isHonorificWord(family) && !isNationality(family) && !hasTrait(word, PLACE) && !TIME_WORDS.has(word);
  // ("وزيرة الطرق فرزانة صادق مشاريع": after a given name rare in running text, no Arabic one, a bare
  // common word the news almost never takes for a person opens the object too.)
  const objectNoun = !given && after?.isWord === true && !/^(?:ال|و|ف)/.test(after.folded) && isCommonWord(after) && personShareBucket(after.folded) === 0 && !isVerbLike(after) && !isOfficeWord(after);
  const ends = after?.isWord === true && OBJECT_QUANTIFIERS.has(after.folded) ? true : objectNoun || isAtBoundary(tokens, start + 2);
  // ("كيم جونغ-أون": a hyphen glued to both words joins the name's next part.)
  return plain && ends && !isGluedHyphenAt(tokens, start + 2) ? start + 2 : start;
}

/** A word rare in running text with no article, clitic, verb or pronoun affix: a family name. */
function isRareSurname(token: Token): boolean {
  const word = token.folded;
  return isRareWord(word) && !/^(?:[وفبلك]|ال|س[يتن])/.test(word) && !hasNotNameEnding(token) && !hasPrepositionReading(word) && !cannotBeName(token);
}

/**
 * Words of time that news puts right after the subject ("قال فلان أمس", "يزور فلان اليوم", "أعلن
 * فلان السبت"), folded: they are never part of a name.
 */
const TIME_WORDS = new Set(['امس', 'اليوم', 'غدا', 'الليله', 'حاليا', 'انذاك', 'حينها', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);

/** "ستزور", "سيلتقي": the future prefix on an imperfect the news uses often (a conjunction allowed). */
function isFutureVerb(folded: string): boolean {
  const verb = /^[وف]?س([يتن].{2,})$/.exec(folded);
  return verb !== null && isCommonWord(verb[1]);
}

/**
 * Whether the name may end before token i: no word, a particle (also a detached "بـ", "لـ"), "و" + an
 * office, a verb of saying, a word of time or a verb in the future.
 */
const MAX_QUOTED_NAME_WORDS = 4;

/**
 * The end of a name of two to four words in quotes at `open` (the index of its closing mark), when no
 * word inside is an ordinary word, particle or verb, and a comma or full stop follows the quotes;
 * else -1. Given `looksLikeName`, the quotes need not be set off, but the name may not open with the
 * article (a body's name in quotes does: "زعيمة "الجبهة الوطنية"") and each word must look like a
 * name word ("مبعوث الجوهرة "اف ام"": a radio's name goes on in the quotes).
 */
function quotedNameEnd(tokens: readonly Token[], open: number, looksLikeName?: (token: Token) => boolean): number {
  if (!OPENING_QUOTES.has(tokens[open]?.text ?? '')) return -1;
  if (looksLikeName && tokens[open + 1]?.folded.startsWith('ال')) return -1;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_QUOTED_NAME_WORDS + 1; k++) {
    const token = tokens[k];
    if (CLOSING_QUOTES.has(token.text)) {
      const after = tokens[k + 1]?.text;
      return k - open >= 3 && (looksLikeName !== undefined || after === '،' || after === ',' || after === '.') ? k : -1;
    }
    if (!token.isWord || isParticle(token) || isOrdinaryWord(token) || isCommonWord(token) || gazetteer().personVerbs.has(token.folded) || (looksLikeName && !looksLikeName(token))) return -1;
  }
  return -1;
}

/**
 * "المدعية العامة للمحكمة الجنائية الدولية " فاتو بنسودا " في": right after a full office phrase, a
 * foreign name in quotes (foreign-name-run.ts, the closing mark its end), two words or more; returns
 * the index of the closing mark, or -1.
 */
function quotedForeignNameEnd(tokens: readonly Token[], open: number, afterNationality: boolean): number {
  if (!OPENING_QUOTES.has(tokens[open]?.text ?? '')) return -1;
  const end = foreignRunEnd(tokens, open + 1, afterNationality);
  return end - open >= 3 && CLOSING_QUOTES.has(tokens[end]?.text ?? '') ? end : -1;
}

/**
 * A holder's name in quotes right after a full office phrase that ends before `open`; returns the index
 * of the closing mark, or -1. "وزير خارجية مملكة النرويج، "بورج براند"،": set off by commas (the caller
 * asks quotedNameEnd alone). "وزير الزراعة "فلان علان"": right after an office that closes on a definite
 * word (after a bare noun, "مدير معهد "..."", the quotes hold the body it governs). "المدعية العامة
 * للمحكمة " فاتو بنسودا "": a foreign name run after any full office.
 */
function quotedNameRightAfterOffice(tokens: readonly Token[], open: number, looksLikeName: (token: Token) => boolean): number {
  const last = tokens[open - 1];
  const closedOffice = last.isWord && procliticReadings(last).some(({ stem }) => stem.startsWith('ال'));
  const quoted = closedOffice ? quotedNameEnd(tokens, open, looksLikeName) : -1;
  return quoted > 0 ? quoted : quotedForeignNameEnd(tokens, open, isDefiniteNationality(last));
}

/**
 * "قائلا", "مؤكدة", "مضيفا": the circumstantial participle of a verb of saying right after the speaker's
 * name ("فلان قائلا إن"), folded; no name word.
 */
const SAYING_PARTICIPLES = new Set(['قائلا', 'قائلة', 'مؤكدا', 'مؤكدة', 'مشيرا', 'مضيفا', 'مضيفة', 'معتبرا', 'معتبرة', 'موضحا', 'موضحة', 'لافتا', 'مبينا', 'مبينة', 'معربا', 'معربة', 'منوها', 'منوهة'].map(fold));

/** "وهو", "وهي" (and he, and she), folded: the subject of a clause on the one just named. */
const CIRCUMSTANTIAL_PRONOUNS = new Set(['وهو', 'وهي']);

/** The end of the block or a full stop at `i`. */
function closesSentenceAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i] === undefined || tokens[i].text === '.';
}

/** "و" + an office ("ورئيس الحكومة الحالي", "والكاتب العام"): the next entry of a list opens at `i`. */
function opensNextOfficeEntry(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.isWord === true && token.folded.startsWith('و') && (isOfficeWord(token) || isOfficeStart(tokens, i));
}

function isAtBoundary(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  const nextEntry = opensNextOfficeEntry(tokens, i);
  // "رئيس الحكومة الحبيب الصيد يطلب": an imperfect verb the news uses often opens the predicate.
  const imperfectVerb = next?.isWord === true && /^[يت].{3,}$/.test(next.folded) && isCommonWord(next) && !isListedGivenName(next.folded);
  // "رئيس الحكومة الحبيب الصيد ظهر اليوم": a part of the day before a day opens a time phrase.
  return (
    !next || !next.isWord || nextEntry || imperfectVerb || SAYING_PARTICIPLES.has(next.folded) || isTimePhrase(tokens, i) || isParticipleWithComplement(tokens, i) || isGuestAppositionAt(tokens, i) || /^[بلكف]\u0640*$/.test(next.text) || foldedRoleStops.has(next.folded) ||
    foldedExtraRoleStops.has(next.folded) || gazetteer().personVerbs.has(next.folded) || TIME_WORDS.has(next.folded) || isFutureVerb(next.folded) ||
    // ("أما رئيس النقابة فلان فلان | فحذر من": the "ف" answering "أما", on the verb of what he said.)
    (next.folded.startsWith('ف') && gazetteer().personVerbs.has(next.folded.slice(1))) ||
    // "أصدر الرئيس فلان الشرع | مرسوما": the verb's object in the accusative (accusative-objects.ts),
    // after a family name with the article (a bare word before it may be a verbal noun: "بإعطائه دورا").
    (isAccusativeObject(next) && tokens[i - 1]?.folded.startsWith('ال') === true) ||
    // "أصدره رئيس الجمهورية أحمد الشرع | بحذف صفرين", "فلانة عبد الكريم | بمنصب": so is "ب" + a word
    // the news writes and never takes for a person, after a family name with the article; so is "ل" +
    // one ("بتوجيه من رئيس الجمهورية أحمد الشرع | لفتح صفحة جديدة").
    (/^[بل]/.test(next.folded) && next.folded.length > 3 && tokens[i - 1]?.folded.startsWith('ال') === true && !isListedNameWord(next.folded) && isSeenInRunningText(next.folded) && personShareBucket(next.folded) <= 0) ||
    // "أصدر رئيس الجمهورية أحمد الشرع | المرسوم رقم 118": so is the decree he issues, with the article.
    (ISSUED_DOCUMENTS.has(next.folded) && tokens[i - 1]?.folded.startsWith('ال') === true) ||
    // ("ومحافظ صنعاء عبدالباسط الهادي | والشيخ علي": "و" + an honorific opens the list's next entry.)
    (next.folded.startsWith('وال') && isHonorificWord(next)) ||
    // ("إلى وزيرة المالية نجلاء الطرابلسي | وهي تتحدث": "and he"/"and she" opens a circumstantial
    // clause, after a family name with the article.)
    (CIRCUMSTANTIAL_PRONOUNS.has(next.folded) && tokens[i - 1]?.folded.startsWith('ال') === true)
  );
}


/** A foreign name from tokens[start] after a title with a nationality adjective (foreign-name-run.ts), with this grammar's boundary. */
export function foreignNameAfterNationalityEnd(tokens: readonly Token[], start: number): number {
  return foreignRunEnd(tokens, start, true);
}

/** The end of a foreign name run from tokens[start] (foreign-name-run.ts) with this grammar's boundary and prepositions. */
function foreignRunEnd(tokens: readonly Token[], start: number, afterNationality: boolean): number {
  return foreignNameRunEnd(tokens, start, afterNationality, (k) => isAtBoundary(tokens, k), hasPrepositionReading);
}

/**
 * "نبيل الأحمر", "سعود الفرحان": after a known given name, a word with the article that is also an
 * adjective ("red", "glad") is the family name (not after a father's name); isLastNameAtBoundary
 * still wants a boundary after it.
 */
function isArticleFamilyName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  // "سلطان بن عبدالعزيز الوفد": after a father's name the word is more often the verb's object.
  // (A given name by the lists, or a bare word the news mostly takes for a person: "فتحي الحامدي".)
  if (!before) return false;
  const given = isListedGivenName(before.folded) || (!before.folded.startsWith('ال') && isMostlyNameNotClitic(before.folded));
  if (!given || foldedLeadingNameParts.has(tokens[i - 2]?.folded ?? '')) return false;
  return isPlainArticleWord(token);
}

/** A word with the article that is no ordinary word, title, nationality or place. */
function isPlainArticleWord(token: Token): boolean {
  return /^ال.{3,}$/.test(token.folded) && !hasNotNameEnding(token) && !cannotBeName(token) && !isOfficeWord(token) && !isHonorificWord(token) && !isNationality(token) && !hasTrait(token, PLACE) && !isOrdinaryWord(token.folded, true, token.text);
}

/**
 * "عضو مجلس النواب عن ولاية فلانية، الطيب المدني، بأنه": right after a full office phrase and its
 * comma, two words with the article closed by a second comma are the holder's name in apposition,
 * when the first is a word the unlabeled news often takes for a person (a given name that is also
 * an adjective: "الطيب", "الصادق") and neither is an office, title, nationality or place: nothing
 * else stands set off by commas there. (The family name may be a common nisba: "المدني".)
 */
function isEnclosedArticleName(tokens: readonly Token[], start: number): boolean {
  const given = tokens[start];
  const family = tokens[start + 1];
  const plain = (token: Token | undefined): token is Token =>
    token?.isWord === true && /^ال.{3,}$/.test(token.folded) && !cannotBeName(token) && !isOfficeWord(token) && !isHonorificWord(token) && !isNationality(token) && !hasTrait(token, PLACE);
  const closing = tokens[start + 2]?.text;
  return plain(given) && plain(family) && (closing === '،' || closing === ',') && isOftenANameInNews(given.folded);
}

/**
 * "وزير الدفاع، فرحات الحرشاني إن": right after a full office phrase, an unmarked word and a nisba
 * with the article ("ال...ي", no ordinary adjective) up to a boundary are the holder's name.
 */
function isNameWithNisba(tokens: readonly Token[], start: number): boolean {
  return tokens[start]?.isWord === true && isUnmarkedWord(tokens[start]) && closesWithPlainNisba(tokens, start);
}

/**
 * A family nisba with the article ("الماجري") right after `start`, then a boundary. (Written with
 * "ي": "الطوارئ", "المبادئ" fold to the same ending but are plurals.)
 */
function closesWithPlainNisba(tokens: readonly Token[], start: number): boolean {
  const nisba = tokens[start + 1];
  return nisba?.isWord === true && nisba.folded.endsWith('ي') && /ي[\u064b-\u0652]*$/.test(nisba.text) && isPlainArticleWord(nisba) && isAtBoundary(tokens, start + 2);
}

/**
 * "قال والي الجهة، فاضل الحمداني إن": right after a full office phrase and the comma that sets the
 * holder off, a bare given name that is also a common word (an adjective or participle: "فاضل",
 * "كامل", "فاخر", even one whose first letter reads as a clitic, ف + "آخر") before a family nisba
 * with the article and a boundary is the holder's name: an adjective of the office would agree with
 * it right after it, never stand after a comma before a nisba.
 */
function isCommonGivenNameWithNisbaAfterComma(tokens: readonly Token[], start: number): boolean {
  const given = tokens[start];
  if (given?.isWord !== true || given.folded.length < 3 || /^(?:ال|لل|و|س[يتن])/.test(given.folded)) return false;
  const nameShaped = !hasNotNameEnding(given) && !cannotBeName(given) && !isOfficeWord(given) && !isHonorificWord(given) && !isVerbLike(given) && !isNounWithPronoun(given);
  return nameShaped && closesWithPlainNisba(tokens, start);
}

/**
 * "وقال مدير التعليم بمنطقة الرياض محمد المرشد إن", "وأكد المهندس إبراهيم بن محمد السلطان، أن": in
 * the subject of a verb of saying, right before what was said opens, a word with the article after a
 * name word is the family name even when it is also an ordinary word ("المرشد": the guide). Nothing
 * else stands between the speaker and his words; a word of time ("الخميس") may. `phrase` is where
 * the office or title before the name starts. Returns the end of the name. (A span that ends with
 * such a family name has given bounds: later tidying, which takes it for a common word, leaves it.)
 */
function saidFamilyNameEnd(tokens: readonly Token[], phrase: number, start: number, end: number): number {
  const word = tokens[end];
  if (end <= start || !word?.isWord || !/^ال.{3,}$/.test(word.folded) || foldedLeadingNameParts.has(tokens[end - 1].folded)) return end;
  // A bare title there is a family name too ("السلطان", "المرشد"): an office in apposition would
  // carry its complement ("المرشد الأعلى").
  const title = isOfficeWord(word) || isHonorificWord(word) || gazetteer().officeTitles.has(word.folded) || gazetteer().honorifics.has(word.folded);
  const other = title ? isNationality(word) || hasTrait(word, PLACE) || dualOffice(word) !== null : cannotBeName(word);
  if (other || TIME_WORDS.has(word.folded) || hasNotNameEnding(word)) return end;
  return opensWhatWasSaid(tokens, end + 1) && isSaidSubjectAt(tokens, phrase, isHonorificWord) ? end + 1 : end;
}

/** Skips what may stand between a title and the name: nationalities, remarks "(الراحل)", more titles. */
function skipToName(tokens: readonly Token[], from: number): number {
  let i = from;
  for (;;) {
    const token = tokens[i];
    if (!token) return i;
    // ("الأمير تركي الفيصل": after a definite title a nationality without the article, which could
    // not agree with it as an adjective, is the given name.)
    // ("البطريرك الماروني مار فلان": a rite's nisba and "مار" in a clergyman's title; clerical-titles.ts.)
    // ("العقيد أركان حرب فلان": Egypt's war staff after a rank; rank-services.ts.)
    if ((isNationality(token) && token.folded.startsWith('ال')) || foldedNameQualifiers.has(token.folded) || isPersonTitle(token) || isClericalQualifierAt(tokens, i) || isWarStaffAt(tokens, i)) i++;
    else if (token.text === '(' && tokens[i + 2]?.text === ')' && foldedNameQualifiers.has(tokens[i + 1].folded)) i += 3;
    else return i;
  }
}

/**
 * "السفير تميم خلاف، أن", "المقدم محمد النقيب، لـ": right after a title, a listed given name and one
 * word closed by a comma are the name, whatever else that word means ("disagreement", "captain"): an
 * object or a complement of the title would not stand between the name and the comma. Not a
 * nationality, place, time, ordinal or office with a complement, nor a word with "و" or a pronoun.
 * Returns the end, or `start`.
 */
function titledFamilyNameBeforeCommaEnd(tokens: readonly Token[], start: number, afterHonorific: boolean): number {
  const [given, family, comma] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (!given?.isWord || !family?.isWord || (comma?.text !== '،' && comma?.text !== ',')) return start;
  // (No preposition or adverb that spells a given name: "الرئيس المنتخب أمام الإليزيه،".)
  if (foldedRoleStops.has(given.folded) || foldedExtraRoleStops.has(given.folded) || isParticle(given)) return start;
  // (A given name the lists know, or a word the news takes for a person at times and no common word: "تميم".)
  if (!isListedGivenName(given.folded) && (personShareBucket(given.folded) < 1 || isCommonWord(given) || /^(?:ال|و)/.test(given.folded)) && !(afterHonorific && isRareGivenAfterHonorific(given, family))) return start;
  if (/^(?:و|ف|لل|[بلك]ال)/.test(family.folded) || isNationality(family) || hasTrait(family, PLACE) || isTimeWord(tokens, start + 1) || TIME_WORDS.has(family.folded) || isOrdinalWord(family.folded)) return start;
  // (A title with the article may be the family name there: "محمد النقيب" (captain), "كامل الوزير".)
  const definiteTitle = family.folded.startsWith('ال') && (isOfficeWord(family) || hasTrait(family, PERSON_TITLE) || foldedRanks.has(family.folded));
  // ("طلبت من السيد بوخاري | التدخل،": after a given name no list knows, nor a definite verbal noun
  // the news never takes for a person, what he is asked to do; "يعرب القضاة" keeps its plural noun.)
  const verbalNoun = DEFINITE_TAFAUL_NOUN.test(family.folded) || DEFINITE_TAFIL_NOUN.test(family.folded) || isDefiniteDerivedMasdar(family);
  const neverAName = !isListedGivenName(given.folded) && verbalNoun && isCommonWord(family) && personShareBucket(family.folded) === 0;
  if ((cannotBeName(family) && !definiteTitle) || isNounWithPronoun(family) || isVerbLike(family) || isParticle(family) || neverAName) return start;
  return start + 2;
}

/**
 * "المهندس يعرب القضاة،", "الدكتور واعد باذيب،": after a courtesy title or a rank (no office, whose
 * complement could stand there) a given name the lists and the news do not know, or a common word
 * read as one: no article, no verb or pronoun affix, and with "و" only as its own first letter (no
 * word is left without it) or before a family name the news never saw, no common word.
 */
function isRareGivenAfterHonorific(given: Token, family: Token): boolean {
  const word = given.folded;
  if (word.length < 3 || word.startsWith('ال') || isVerbLike(given) || isNounWithPronoun(given) || isOfficeWord(given) || isHonorificWord(given) || cannotBeName(given)) return false;
  return !word.startsWith('و') || !isOrdinaryWord(word.slice(1)) || (personShareBucket(family.folded) < 0 && !isOrdinaryWord(family.folded));
}

/** "الرئيس أنور السادات", "والشيخ (الراحل) زايد آل نهيان". */
/** A word a title opens a name with: glued to it, a person title, or a rank (titledNameSpans). */
const TITLE_OPENER = triggerWord((word) => gluedHonorificLength(word) > 0 || hasTrait(word, PERSON_TITLE) || foldedRanks.has(word.folded) || (word.folded.startsWith('و') && foldedRanks.has(word.folded.slice(1))));

export function titledNameSpans(tokens: readonly Token[], looksLikeName: (token: Token) => boolean): NameSpan[] {
  const spans: NameSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, TITLE_OPENER, 0); i >= 0; i = nextTriggered(triggers, TITLE_OPENER, i + 1)) i = nameAfterTitleAt(tokens, i, looksLikeName, spans);
  return spans;
}

/**
 * titledNameSpans at a word that may be a title: adds the name it opens to `spans` and returns the
 * position the scan goes on after. (Apart from the scan over every word, as nameAfterOpenerAt is:
 * V8 compiled the scan with these rules inside it twice, 12 ms for 0.6 MB of news.)
 */
function nameAfterTitleAt(tokens: readonly Token[], i: number, looksLikeName: (token: Token) => boolean, spans: NameSpan[]): number {
  // "الدكتورعلي الغامدي": the title glued to the first word of the name.
  if (tokens[i].isWord && gluedHonorificLength(tokens[i]) > 0) {
    const end = nameEnd(tokens, i + 1, looksLikeName, () => false);
    spans.push({ start: i, end });
    return end - 1;
  }
  // (An enlisted rank, "والعريف", opens only a name in full: see commonWordNameChainEnd.)
  const titled = isPersonTitle(tokens[i]);
  const rankOnly = !titled && isRankWord(tokens[i]);
  // ("عبد الملك فلان": after "عبد" the title is the second half of a given name.)
  // ("الديوان الملكي": a title's nisba agreeing with the noun before it is that noun's adjective.)
  if ((!titled && !rankOnly) || (i > 0 && (tokens[i - 1].folded === 'ال' || tokens[i - 1].folded === 'عبد')) || isForwardAdverb(tokens, i) || isTeamInConstruct(tokens, i) || isNisbaOfDefiniteNoun(tokens, i)) return i;
  // ("من رضا بالحاج | إرجاع الأختام": a title behind "ب" that the news mostly takes whole for a
  // person is a Maghreb family name, "بالحاج" (Belhadj), no "ب" + "الحاج".)
  if (tokens[i].folded.startsWith('ب') && personShareBucket(tokens[i].folded) >= 2) return i;
  // "مركز الملك سلمان", "جامعة الملك سعود": the title is part of an organization's name.
  if (i > 0 && namedAfterEnd(tokens, i) > i) return i;
  // ("الكاتب الجهوي للجامعة ... فلان": a courtesy title that opens an office there, a union's
  // secretary, titles the holder after the office, not the word after it; office-start.ts.)
  if (isHonorificWord(tokens[i]) && !isOfficeWord(tokens[i]) && isOfficeAt(tokens, i)) return i;
  const start = skipToName(tokens, i + 1);
  // ("الزميلة والمنشطة الإذاعية فلانة": "و" + a definite word after the title joins a second title.)
  if (tokens[start]?.isWord && /^وال../.test(tokens[start].folded)) return i;
  // ("رئيس الإمارات والرئيس الكيني | يبحثان": after the second of two titles joined by "و", the
  // imperfect in the dual is the two holders' verb.)
  if (tokens[i].folded.startsWith('و') && tokens[start]?.isWord && IMPERFECT_DUAL.test(tokens[start].folded) && !isListedNameWord(tokens[start].folded)) return i;
  // ("يستقبل السفير الإيطالي | ويدشن كنيسة": "و" + an imperfect the news writes opens the next clause.)
  if (tokens[start]?.isWord && isConjoinedImperfect(tokens[start])) return i;
  // Right after such a title a name is expected: its first word need only not be an ordinary
  // word ("اللواء خليفة حفتر", "رئيسة الوزراء تيريزا ماي").
  const first = (token: Token): boolean => looksLikeName(token) || (token === tokens[start] && (isUnmarkedWord(token) || isMaddaGivenName(token)));
  // (Only after a rank or a courtesy title: after an office, "الرئيس تعيين فلان", the word may be what he does.)
  const ranked = rankOnly || isRankWord(tokens[i]) || (isHonorificWord(tokens[i]) && !isOfficeWord(tokens[i]));
  // ("اللواء الركن فارس عودة الخريشا": or when a chain of three words runs on past the name its
  // first word opens.)
  const chainEnd = ranked && tokens[start] ? commonWordNameChainEnd(tokens, start, looksLikeName) : start;
  if (chainEnd > start && (!first(tokens[start]) || (chainEnd === start + 3 && chainEnd > nameEnd(tokens, start, first, () => false)))) {
    spans.push({ start, end: chainEnd });
    return chainEnd - 1;
  }
  // ("السيد العربي بوخاري،": a definite nisba the Maghreb gives as a given name; nisbaGivenNameEnd.)
  const nisbaGivenEnd = nisbaGivenNameEnd(tokens, start);
  if (nisbaGivenEnd > start) {
    spans.push({ start, end: nisbaGivenEnd, bracketed: true });
    return nisbaGivenEnd - 1;
  }
  if (rankOnly) return i;
  const liEnd = Math.max(surnameLiNameEnd(tokens, start), compoundGivenNameEnd(tokens, start));
  if (liEnd > start) {
    spans.push({ start, end: liEnd, bracketed: true });
    return liEnd - 1;
  }
  // ("السفير تميم خلاف، أن": a listed given name and a word closed by a comma; titledFamilyNameBeforeCommaEnd.)
  const commaClosed = titledFamilyNameBeforeCommaEnd(tokens, start, ranked);
  if (commaClosed > start) {
    spans.push({ start, end: commaClosed, bracketed: true });
    return commaClosed - 1;
  }
  const plainEnd = nameEnd(tokens, start, first, () => false);
  const end = saidFamilyNameEnd(tokens, i, start, plainEnd);
  // ("الدكتورة لطيفة خلفان السويدي": a masculine nationality cannot qualify a titled woman; it is her family name.)
  // (Not after a second title joined by "و": "الممثلة فلانة بكار والمسرحي المغربي".)
  if (end > start && end - start <= 3 && isWrittenFeminine(tokens[i]) && isMasculineDefiniteNationality(tokens[end]) && tokens.slice(start, end).every((token) => !/^و?ال/.test(token.folded) || isListedNameWord(token.folded))) {
    spans.push({ start, end: end + 1, bracketed: true });
    return end;
  }
  if (end > start) {
    // ("وزيرة التضامن فلانة والي قالت": an office word closing the name before a verb of saying bounds it too.)
    spans.push(saidFamilyNameEnd(tokens, i, start, end - 1) === end || endsWithParticipleFamilyName(tokens, start, end) || isOfficeFamilyNameAtBoundary(tokens, end - 1) || closesFathersName(tokens, start, end) ? { start, end, bracketed: true } : { start, end });
    return end - 1;
  }
  return i;
}

/**
 * "السيد العربي بوخاري،", "العقيد الهادي بورقعة إن": after a title, a definite nisba (the Maghreb's
 * "العربي", "الهادي") before a bare family name that no running text writes, and a boundary, is the
 * given name, adjective or nationality as it may read elsewhere. Returns the name's end, or `start`.
 */
function nisbaGivenNameEnd(tokens: readonly Token[], start: number): number {
  const [given, family] = [tokens[start], tokens[start + 1]];
  // (Not a family name the lists know or the news's name evidence lacks: "الوزير الخوري | بمتابعته".)
  const nisbaGiven = /^ال..+ي$/.test(given?.folded ?? '') && personShareBucket(given.folded) >= 0 && !isListedNameWord(given.folded);
  // (Nor an office's adjective and "ل" + a body: "الرئيس | التنفيذي لأرامكو".)
  if (given?.isWord !== true || !(nisbaGiven || isNewsDefiniteGivenName(given.folded)) || isOfficeWord(given) || isHonorificWord(given) || foldedRoleQualifiers.has(given.folded)) return start;
  // (No verb, clitic + a word or word + pronoun the news writes: "الوزير الخوري | بمتابعته", "الحسيني | أطلعه".)
  if (family?.isWord !== true || /^(?:ال|و|ف)/.test(family.folded) || family.folded.length < 3 || isSeenInRunningText(family.folded) || hasTrait(family, PLACE) || cannotBeName(family) || isVerbLike(family) || hasPrepositionReading(family.folded) || isWordWithHisPronoun(family) || /^ل[^ل]/.test(family.folded)) return start;
  return isAtBoundary(tokens, start + 2) ? start + 2 : start;
}

/** "أطلعه": a word the news writes and "ه" (him, his), folded like a final "ة". */
function isWordWithHisPronoun(token: Token): boolean {
  return token.folded.endsWith('ه') && isSeenInRunningText(token.folded.slice(0, -1));
}

/** "السويدي", "المصري": a nationality with the article, in the masculine (no "ة"). */
function isMasculineDefiniteNationality(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && token.folded.startsWith('ال') && isNationality(token) && !/[ةه][\u064b-\u0652]*$/.test(token.text);
}

/**
 * "رئيس المجلس القروي نضال أبو عرام": after a full office, a bare word before a family name opened
 * by "أبو" is the given name, whatever else it means ("نضال": struggle).
 */
function isGivenBeforeKunyaFamilyName(tokens: readonly Token[], start: number): boolean {
  const [given, kunya, family] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (!given?.isWord || kunya?.folded !== 'ابو' || !family?.isWord || family.folded.startsWith('ال')) return false;
  return !/^(?:ال|و)/.test(given.folded) && given.folded.length >= 3 && !cannotBeName(given) && !isVerbLike(given) && !isOfficeWord(given) && !isHonorificWord(given) && !cannotBeName(family);
}

/** A military or police rank ("العريف", "والرقيب"), "و" allowed. */
function isRankWord(token: Token): boolean {
  return token.isWord && (foldedRanks.has(token.folded) || (token.folded.startsWith('و') && foldedRanks.has(token.folded.slice(1))));
}

/**
 * "ووزير الاقتصاد والصناعة محمد نضال الشعار، خصص ...": right after a whole office phrase, a listed
 * given name and two more words closed by a comma are the holder's name (the Levant's second given
 * name, "نضال", and the family name, "الشعار", both also common words), unless a word reads as an
 * imperfect verb ("محمد يبحث الملف،": what he does), a place, a nationality, an office or a time.
 * Returns the end, or `start`.
 */
function givenNameBeforeCommaEnd(tokens: readonly Token[], start: number): number {
  const [given, second, family, comma] = [tokens[start], tokens[start + 1], tokens[start + 2], tokens[start + 3]];
  // ("وزير الشؤون الدينية الباكستاني عمران أحمد أعوان،": or a word the news often takes for a person,
  // though also a common one, "عمران".)
  if (!given?.isWord || !(isListedGivenName(given.folded) || isOftenANameInNews(given.folded)) || (comma?.text !== '،' && comma?.text !== ',')) return start;
  const nameWord = (token: Token | undefined): token is Token =>
    token?.isWord === true && !/^(?:[وف]|[بلك]ال|لل)/.test(token.folded) && !isImperfectVerb(token) && !cannotBeName(token) && !isOfficeWord(token) && !isHonorificWord(token) && !isNationality(token) && !hasTrait(token, PLACE) && !TIME_WORDS.has(token.folded) && !ADVERB_HEADS.has(token.folded);
  // (The second given name rare in the tagger's text, as names are: "شهداء" in "ذكرى شهداء المقاومة"
  // is frequent; or a listed given name, "أحمد".)
  return nameWord(second) && !second.folded.startsWith('ال') && (isRareWord(second.folded) || isListedGivenName(second.folded)) && nameWord(family) ? start + 3 : start;
}

/**
 * "قال الدكتور فخري الفقي، رئيس لجنة ...": after an honorific, a bare word, though also a common one
 * ("فخري": honorary), and a word with the article that running text never wrote, up to a boundary,
 * are a given name and its family name (unseen-family-names.ts). Returns the end, or `start`.
 */
function unseenFamilyNameEnd(tokens: readonly Token[], start: number): number {
  const [given, family] = [tokens[start], tokens[start + 1]];
  if (given?.isWord !== true || family?.isWord !== true || given.folded.length < 3 || /^(?:[فبلك]?ال|لل|و)/.test(given.folded) || hasPrepositionReading(given.folded)) return start;
  if (hasNotNameEnding(given) || cannotBeName(given) || isOfficeWord(given) || isHonorificWord(given) || isVerbLike(given) || isImperfectVerb(given) || TIME_WORDS.has(given.folded)) return start;
  if (!isUnseenDefiniteWord(family) || cannotBeName(family) || isOfficeWord(family) || isNationality(family) || hasTrait(family, PLACE)) return start;
  return isAtBoundary(tokens, start + 2) ? start + 2 : start;
}

/**
 * "وحضر معالي مطر الطاير المدير العام ...", "وقال معالي مطر الطاير إن": "معالي" styles only holders
 * of high office, so right after it a bare word and a word with the article or a bare one, both
 * common words as they may be ("مطر": rain), up to a boundary or the office in apposition, are the
 * holder's name; no office, title, nationality or place. Returns the end, or `start`.
 */
function excellencyNameEnd(tokens: readonly Token[], title: number, start: number): number {
  if (tokens[title].folded.slice(courtesyCliticLength(tokens[title])) !== EXCELLENCY) return start;
  const nameWord = (token: Token | undefined): token is Token =>
    token?.isWord === true && !/^(?:[وف]|[بلك]ال|لل)/.test(token.folded) && !hasNotNameEnding(token) && !cannotBeName(token) && !isOfficeWord(token) && !isHonorificWord(token) && !isNationality(token) && !hasTrait(token, PLACE) && !TIME_WORDS.has(token.folded) && !isImperfectVerb(token);
  const [given, family] = [tokens[start], tokens[start + 1]];
  if (!nameWord(given) || given.folded.startsWith('ال') || !nameWord(family)) return start;
  return isAtBoundary(tokens, start + 2) || (tokens[start + 2]?.isWord === true && isOfficeWord(tokens[start + 2])) ? start + 2 : start;
}

/**
 * "والعريف عيد ماطر مبارك الشهراني": right after a title, a first word that is also a common noun
 * ("عيد", a feast) is the given name when one to three bare words follow it and end in a family
 * nisba with the article ("الشهراني") that reads as a name, as soldiers and officials are named in
 * full in lists of the fallen and in decrees. Returns the end of that name, or `start`.
 */
export function commonWordNameChainEnd(tokens: readonly Token[], start: number, looksLikeName: (token: Token) => boolean): number {
  const bare = (token: Token | undefined): boolean =>
    token !== undefined && token.isWord && token.folded.length >= 3 && !/^(?:[فبلك]?ال|لل|و)/.test(token.folded) && !hasNotNameEnding(token) && !cannotBeName(token) && !isOfficeWord(token) && !isHonorificWord(token);
  // ("المهندس باسم محمد خضير الحلفي": "باسم" right after a title is the given name Basim, no "on behalf of".)
  // ("الدكتور واصل حسن الطيطي": a given name that opens with the "و" of its root, a verb in running
  // text; such a first word only opens a chain that a nisba closes, never "و" + a second title's noun.)
  const wawGiven = !bare(tokens[start]) && isWawRootGivenNameShape(tokens[start]) && !hasNotNameEnding(tokens[start]) && ![tokens[start], tokenReadAs(tokens[start], tokens[start].folded.slice(1))].some((reading) => isOfficeWord(reading) || isHonorificWord(reading));
  if ((!bare(tokens[start]) && !wawGiven) || (!wawGiven && hasPrepositionReading(tokens[start].folded) && !isSpokesmanGivenName(tokens, start))) return start;
  let k = start + 1;
  while (k - start <= 3 && bare(tokens[k])) k++;
  const family = tokens[k];
  const isFamilyNisba = family !== undefined && k >= start + 2 && family.isWord && /^ال..+ي$/.test(family.folded) && looksLikeName(family) && !cannotBeName(family);
  return isFamilyNisba || (!wawGiven && k >= start + 2 && isUnseenDefiniteFamilyName(family)) ? k + 1 : start;
}

/** A bare word of four letters or more opening with "و" but not "وال"/"وو": the shape of "واصل", "وديع". */
function isWawRootGivenNameShape(token: Token): boolean {
  return token.isWord && /^و[^و].{2,}$/.test(token.folded) && !token.folded.startsWith('وال');
}

/**
 * "الخريشا" in "اللواء الركن فارس عودة الخريشا": a family name with the article, five letters or
 * more, that running text never writes (nor its stem), closing commonWordNameChainEnd's chain as a
 * nisba does: an officer is named in full.
 */
function isUnseenDefiniteFamilyName(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && /^ال.{3,}$/.test(token.folded) && !isSeenInRunningText(token.folded) && !isSeenInRunningText(token.folded.slice(2)) && !cannotBeName(token);
}

/**
 * "بصرف" (ب + صرف): a clitic before a word known in running text, so no name. Not a word the news
 * mostly takes for a person ("فتحي" as ف + تحي, "بديرة" as ب + ديرة): there the name is the reading
 * (isMostlyNameNotClitic).
 */
export function hasPrepositionReading(word: string): boolean {
  if (isMostlyNameNotClitic(word)) return false;
  // ("ببرقيتي تهنئة": "ب" + the dual of a common noun in "ة"; foreign-name-run.ts.)
  if (/^[بلك]/.test(word) && isFeminineNounInflection(word.slice(1))) return true;
  return procliticReadings(word).some((reading) => reading.removed > 0 && reading.stem.length >= 3 && (!isRareWord(reading.stem) || isCommonWord(reading.stem)) && !isBareLikeReading(word, reading));
}

/**
 * A word the news mostly takes for a person ("فتحي", "بديرة") whose first letters also read as a
 * clitic: the name is the reading. Not so a name behind the conjunction "و" ("ومنير", "وسيف"), which
 * the news takes for a person too but which opens the next name of a list.
 */
function isMostlyNameNotClitic(word: string): boolean {
  return !word.startsWith('و') && isOftenANameInNews(word, true);
}

/**
 * "عادل بني هاني": "بني" (sons of) between a name word and a word the news mostly takes for a
 * person opens a tribe's name, the holder's family name (Jordan's "بني هاني", "بني عطا"), no word
 * "built" or "my son" that ends the name.
 */
function isTribeLinkAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.folded === 'بني' && tokens[i - 1]?.isWord === true && tokens[i + 1]?.isWord === true && isOftenANameInNews(tokens[i + 1].folded);
}

/**
 * "الدكتورة آنا لوسيا بيريرا": "آنا" (Anna) written with the madda, which the pronoun "أنا" (I),
 * folded the same, never takes.
 */
function isMaddaGivenName(token: Token): boolean {
  return token.text === 'آنا';
}

/**
 * Whether a word opens with a letter that reads as a clitic ("و", "ف", the future's "سي"/"ست"/"سن")
 * on a word running text writes: "ويتاكر" (Whittaker) and "سيلفا" (Silva) do not, their rest
 * ("يتاكر", "يلفا") being no word of the news.
 */
function opensWithCliticLetter(token: Token): boolean {
  const word = token.folded;
  if (!/^(?:[وف]|س[يتن])/.test(word)) return false;
  // (A rest of three letters or fewer may be a word the news happens not to write: "وقس", a priest;
  // "وهوإدوار": "وهو" (and he is) glued by a typo to the name after it; "والخريجات": a rest with the
  // article, which no foreign name opens with.)
  return word.length <= 4 || /^[وف]ه[وي]/.test(word) || /^(?:[وف][بك]?ال|[وف]لل)/.test(word) || isSeenInRunningText(word.slice(1));
}

/** A word with no article, no clitic and no verb or pronoun affix, and not frequent in running text. */
function isUnmarkedWord(token: Token): boolean {
  const word = token.folded;
  if (hasPrepositionReading(word)) return false;
  // A conjunction "و" opens the next item; other first letters that read as clitics ("فقيه",
  // "بكر") are judged with the clitic removed by isOrdinaryWord.
  return word.length >= 3 && !/^(?:[فبلك]?ال|لل|و|س[يتن])/.test(word) && !hasNotNameEnding(token) && !cannotBeName(token) && !isOfficeWord(token) && !isHonorificWord(token) && !isOrdinaryWord(word, false, token.text);
}

/** Whether the name from `start` to `end` ends on such a second word (isSecondWordOfFathersName): its bounds are given. */
function closesFathersName(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start >= 4 && HASSANIYA_LINKS.has(tokens[end - 3].folded) && isSecondWordOfFathersName(tokens, end - 1);
}

/** A bare word at i after the Hassaniya father's name, before an office word (in apposition): the name's last word. */
function isSecondWordOfFathersName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.isWord !== true || token.folded.length < 3 || /^(?:ال|و|[بلك]ال|لل)/.test(token.folded) || isParticle(token) || cannotBeName(token) || isOfficeWord(token) || isHonorificWord(token) || isVerbLike(token) || TIME_WORDS.has(token.folded)) return false;
  const next = tokens[i + 1];
  return next?.isWord === true && isOfficeWord(next);
}

/**
 * The father's name after "ولد"/"منت": a word that looks like a name, or a bare one (no article or
 * "و") the news takes for a person now and then, though also a noun ("صباح", "أمين").
 */
function isFathersNameAfterLink(token: Token | undefined, looksLikeName: (token: Token) => boolean): boolean {
  if (token?.isWord !== true) return false;
  return looksLikeName(token) || (!/^(?:ال|و)/.test(token.folded) && personShareBucket(token.folded) >= 1 && !isVerbLike(token) && !isOfficeWord(token));
}

/** A bare common word the news takes for a person now and then, right before a word it mostly takes for one. */
function isSometimesANameBeforeAName(tokens: readonly Token[], start: number): boolean {
  const first = tokens[start];
  const next = tokens[start + 1];
  if (!first?.isWord || next?.isWord !== true || /^(?:ال|و)/.test(first.folded) || first.folded.length < 3) return false;
  // ("وزير الشباب والرياضة باقر جواد الحسيني": a word the news takes for a person as often as not
  // is the name, though it reads as "ب" + a word too.)
  if (personShareBucket(first.folded) < 1 || (hasPrepositionReading(first.folded) && personShareBucket(first.folded) < 2) || isOfficeWord(first) || isVerbLike(first) || isHonorificWord(first) || cannotBeName(first) || hasNotNameEnding(first)) return false;
  return isOftenANameInNews(next.folded, true) && !next.folded.startsWith('و') && !isOfficeWord(next);
}

/**
 * "رئيس وزراء حكومة بورتسودان كامل إدريس، الذي": after a full office phrase, a common word that is
 * also a given name ("كامل", "complete"), before a word the news mostly takes for a person (or never
 * writes) and a punctuation mark, opens the holder's name: an adjective of the office would stand
 * before a noun it governs or agree with it, never close it so before a name.
 */
function isCommonWordGivenBeforePunctuatedName(tokens: readonly Token[], start: number): boolean {
  const [first, next, after] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (!first?.isWord || next?.isWord !== true || after === undefined || after.isWord || !/^[،,.]$/.test(after.text)) return false;
  // ("ووالية قسنطينة، فريدة بوحجار،": or before a word the news never writes, a family name it has
  // not met, set off by commas; then a first "ف" is the name's, "فريدة", no conjunction.)
  const unseenFamilyName = !isSeenInRunningText(next.folded) && next.folded.length >= 4 && /^[،,]$/.test(after.text);
  if (/^(?:ال|و)/.test(first.folded) || (first.folded.startsWith('ف') && !unseenFamilyName) || first.folded.length < 3 || hasPrepositionReading(first.folded) || isOfficeWord(first) || isVerbLike(first) || isHonorificWord(first) || cannotBeName(first) || hasNotNameEnding(first)) return false;
  return (personShareBucket(next.folded) >= 2 || unseenFamilyName) && !/^(?:ال|و)/.test(next.folded) && !isOfficeWord(next) && !cannotBeName(next);
}

/**
 * A bare noun at `start` (no clitic, verb or particle), then a family name with the article the news
 * never writes, then a boundary. (`withFather`: "القاضي رائد مصلح اللهيبي،", or two such nouns, the
 * given and the father's name, before it, after a title that a name must follow.)
 */
function isGivenBeforeUnseenFamilyName(tokens: readonly Token[], start: number, withFather = false): boolean {
  const bare = (token: Token | undefined): boolean => token?.isWord === true && !/^(?:ال|و|ف)/.test(token.folded) && token.folded.length >= 3 && !isVerbLike(token) && !isParticle(token) && !hasPrepositionReading(token.folded) && !cannotBeName(token) && !isOfficeWord(token) && !isHonorificWord(token);
  if (!bare(tokens[start])) return false;
  const family = withFather && bare(tokens[start + 1]) && !isCommonWord(tokens[start + 1]) ? start + 2 : start + 1;
  return tokens[family] !== undefined && isUnseenDefiniteWord(tokens[family]) && !isOfficeWord(tokens[family]) && isAtBoundary(tokens, family + 1);
}

/**
 * "وزير الطاقة والمياه جو الصدي عن": a word of two or three letters the news now and then takes for
 * a person ("جو"), before a family name with the article that is rare in it and a boundary.
 */
function isShortGivenNameBeforeFamilyName(tokens: readonly Token[], start: number): boolean {
  const [first, family] = [tokens[start], tokens[start + 1]];
  if (!first?.isWord || !/^[\u0621-\u064a]{2,3}$/.test(first.folded) || /^(?:ال|و|ف)/.test(first.folded) || personShareBucket(first.folded) < 1) return false;
  if (isParticle(first) || isOfficeWord(first) || isHonorificWord(first) || hasPrepositionReading(first.folded) || PREPOSITION_WITH_PRONOUN.test(first.folded) || cannotBeName(first)) return false;
  return family?.isWord === true && /^ال.{3,}$/.test(family.folded) && isRareWord(family.folded) && !isCommonWord(family) && isDefiniteFamilyNameWord(family) && isAtBoundary(tokens, start + 2);
}

/**
 * Names right after an office phrase or an honorific: "رئيس وزراء إسرائيل مناحيم بيغن", "رئيس هيئة
 * قناة السويس الفريق مهاب مميش", "لمفوضة السياسة الخارجية للاتحاد الأوروبي، فيديريكا موغيريني".
 * The office phrase is parsed by the officials grammar, so the name starts where its complements end.
 */
export function officeNameSpans(tokens: readonly Token[], looksLikeName: (token: Token) => boolean, isKnownNameWord: (token: Token) => boolean): NameSpan[] {
  const spans: NameSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let i = 0; i < tokens.length; i++) {
    // (Nothing opens a name here but an office, a group's representative, an honorific, or a trade
    // phrase's noun after its head: the words that may be one are marked.)
    if ((triggers[i] & (OFFICE_OPENER | AGENT_OR_REPRESENTATIVE | HONORIFIC_WORD)) === 0 && !(i > 0 && (triggers[i - 1] & TRADE_HEAD_WORD) !== 0)) continue;
    i = nameAfterOpenerAt(tokens, i, looksLikeName, isKnownNameWord, spans);
  }
  return spans;
}

/**
 * officeNameSpans at a word that may open a name (an office, a representative, an honorific): adds
 * the name it opens to `spans` and returns the position the scan goes on after. (A function apart
 * from the scan over every word: V8 optimized the scan with all of this inside, twice after a
 * deoptimization, which cost more than it saved.)
 */
function nameAfterOpenerAt(tokens: readonly Token[], i: number, looksLikeName: (token: Token) => boolean, isKnownNameWord: (token: Token) => boolean, spans: NameSpan[]): number {
  // Without a title's certainty, a name must start with a known name word, or be two or more words
  // each rare in news text, none with a conjunction, a verb prefix or a pronoun ending.
  // ("وزراء الصحة | الخليجيون يقرون": no plural of a nisba, no imperfect verb in the plural, however rare.)
  const plain = (token: Token): boolean =>
    isKnownNameWord(token) || (looksLikeName(token) && !opensWithCliticLetter(token) && !hasNotNameEnding(token) && !isOrdinaryWord(token) && !hasPrepositionReading(token.folded) && !DEFINITE_NISBA_PLURAL.test(token.folded) && !isSoundImperfectShape(token));
  const part = (token: Token): boolean => foldedLeadingNameParts.has(token.folded) || foldedTrailingNameParts.has(token.folded);
  // ("هالة شيخ روحه": the bare "شيخ" of a family name and the word it governs; isBareSheikhFamilyName.)
  const inBareSheikhFamilyName = (start: number, i: number): boolean => isBareSheikhFamilyName(tokens, start, i) || isBareSheikhFamilyName(tokens, start, i - 1);
  // ("رئيس الكنيست أمير أوحانا": a title that is also a given name, after a whole office or a
  // definite title; compound-name-titles.ts.)
  // ("المتحدث باسم الحكومة باسم العوادي": after the body he speaks for, "باسم" is his given name; office-phrase.ts.)
  const isTitleGivenName = (start: number): boolean =>
    ((start - i > 1 || tokens[i].folded.startsWith('ال')) && isNameLikeTitleBeforeName(tokens, start, looksLikeName)) ||
    (start - i > 1 && isSpokesmanGivenName(tokens, start));
  const convincing = (start: number, end: number): boolean => {
    if (isTitleBeforeCompoundName(tokens, start)) return true;
    if (end - start === 3 && start - i > 1 && isBareLineageBeforePunctuation(tokens, start)) return true;
    if (end - start >= 3 && isCheikhGivenName(tokens, start, looksLikeName)) return true;
    // ("السالك ولد بلال": the Hassaniya "ولد"/"منت" that the name grammar read between two name words.)
    if (end - start >= 3 && HASSANIYA_LINKS.has(tokens[start + 1].folded)) return true;
    const words = tokens.slice(start, end);
    // "ذكرى شهداء المقاومة": a given name ("ذكرى") followed by an ordinary word is no name.
    // ("النائب عادل بني هاني": the tribe's "بني" and its name are the family name; isTribeLinkAt.)
    const tribal = (k: number): boolean => isTribeLinkAt(tokens, start + k) || isTribeLinkAt(tokens, start + k - 1);
    // ("وزير التربية فرهاد | نجم الدين | كويي": nor the first word of a given name "X الدين"; din-compound-names.ts.)
    if (words.some((token, k) => k > 0 && !part(token) && !part(words[k - 1]) && !tribal(k) && !opensDinCompoundName(tokens, start + k) && !isOfficeInName(tokens, start + k) && isOrdinaryWord(token) && !(k === words.length - 1 && isArticleFamilyName(tokens, start + k)) && !inBareSheikhFamilyName(start, start + k))) return false;
    // "النائب العام يأمر بحبس 4 متهمين": a headline's office is the subject of the imperfect verb after it.
    if (isImperfectVerb(tokens[start])) return false;
    // ("الوزير المكلف بالعلاقات مع البرلمان لزهر العكرمي": a Maghreb given name in "ل" opens it; lam-given-names.ts.)
    const lamGiven = (k: number): boolean => k === 0 && isLamGivenName(words[0].folded);
    const titleGiven = (k: number): boolean => k === 0 && isTitleGivenName(start);
    // ("رئيس الكنيست أمير أوحانا إن": a last word the news never writes is a family name, however it
    // ends: "أوحانا" is no "أوحا" + "نا" (our).)
    const unseenLast = (token: Token, k: number): boolean => k === words.length - 1 && k > 0 && !isSeenInRunningText(token.folded) && !/^(?:ال|و|[فبلك]ال|لل)/.test(token.folded) && !cannotBeName(token) && isAtBoundary(tokens, start + k + 1);
    // ("الأمين العام للحزب عبد الواحد فلان": the word after "عبد" with the article is the rest of the
    // compound given name, one of God's names, whatever else it means: "الواحد", the one.)
    const servantOf = (token: Token, k: number): boolean => k > 0 && words[k - 1].folded === 'عبد' && /^ال../.test(token.folded);
    // ("وزير الداخلية عبد الإله السيد في": after a whole office, such a compound opens a name whatever
    // the words after it mean alone, "السيد" a title as it is.)
    if (start - i > 1 && end - start >= 2 && words[0].folded === 'عبد' && servantOf(words[1], 1)) return true;
    // ("المتحدث باسم وزارة الخارجية مرتضى | نظام الدين": a given name "X الدين" after the first word, the family name; din-compound-names.ts.)
    const din = (k: number): boolean => k > 0 && opensDinCompoundName(tokens, start + k);
    return isKnownNameWord(tokens[start]) || (end - start >= 2 && words.every((token, k) => plain(token) || part(token) || servantOf(token, k) || din(k) || (k > 0 && isTribeLinkAt(tokens, start + k)) || isOfficeInName(tokens, start + k) || (k === 0 && (relaxedFirst(start) || afterMP)) || lamGiven(k) || titleGiven(k) || (k === words.length - 1 && k > 0 && isLastNameAtBoundary(tokens, start + k)) || unseenLast(token, k)));
  };
  // After a full office phrase, a first word that is no ordinary word, before a name word or a
  // family name at a boundary ("رئيس وزراء مالطا جوزيف موسكات", "رئيسة الوزراء تيريزا ماي في").
  // ("وزير الموارد المائية عون ذياب عبد الله": or a common word the news now and then takes for a
  // person, "عون", before a word it mostly takes for one.)
  const relaxedFirst = (start: number): boolean =>
    ((isUnmarkedWord(tokens[start]) || isWawGivenNameBefore(tokens, start)) && tokens[start + 1] !== undefined && (looksLikeName(tokens[start + 1]) || isOfficeInName(tokens, start + 1) || isLastNameAtBoundary(tokens, start + 1))) ||
    isSometimesANameBeforeAName(tokens, start) ||
    isShortGivenNameBeforeFamilyName(tokens, start) ||
    // ("وزير الأوقاف الدكتور سلامة الطراونة إن": after an honorific, a bare word, common as it may be
    // ("سلامة": safety), before a family name with the article that the news never writes.)
    (start > 0 && isHonorificAt(tokens, start - 1) && isGivenBeforeUnseenFamilyName(tokens, start)) ||
    isCommonWordGivenBeforePunctuatedName(tokens, start) ||
    // ("ووزير الكهرباء والطاقة مانع بن يمين،": a bare word, "بن" and a bare word closed by punctuation
    // after a whole office are a lineage name, its words common ones as they may be.)
    (start - i > 1 && isBareLineageBeforePunctuation(tokens, start)) ||
    // ("رئيس الحزب المكلف فضل الله برمة ناصر": or a theophoric given name; theophoric-names.ts.)
    (start - i > 1 && isTheophoricGivenName(tokens, start)) ||
    isGivenBeforeKunyaFamilyName(tokens, start);
  const office = isOfficeStart(tokens, i);
  // ("رجل الأعمال فلان": a trade phrase opens a name as a courtesy title does; profession-phrases.ts.)
  // ("ممثل الأولياء فلان": so does a representative of a group of people, who holds no post; represented-groups.ts.)
  const groupEnd = office ? -1 : groupRepresentativeEnd(tokens, i);
  const opener = !office && (groupEnd > 0 || isProfessionPhraseAt(tokens, i));
  if (!office && !opener && !(isHonorificAt(tokens, i) && tokens[i].folded !== 'د')) return i;
  // "صاحب الزنزانة المترفة" (the owner of the cell): "صاحب" is a title only before another one ("صاحب السمو").
  if (!office && /^[وف]?صاحب[ةه]?$/.test(tokens[i].folded) && !(tokens[i + 1]?.isWord && isHonorificWord(tokens[i + 1]))) return i;
  if (i > 0 && namedAfterEnd(tokens, i) > i) return i;
  let start = office ? officePhraseEnd(tokens, i) : groupEnd > 0 ? groupEnd : opener ? professionPhraseEnd(tokens, i) : i + 1;
  // ("وزير الزراعة والري | الطيب سعد الدين": the phrase took a definite given name for an adjective.)
  // (Not a nisba agreeing with a nisba before it: "الديوان الملكي | الهاشمي".)
  const givenClosingComplement = office && start - i > 2 && isDefiniteGivenNameClosingComplement(tokens, start - 1) && !isHolyCityEpithetAt(tokens, start - 1) && !(/ي$/.test(tokens[start - 1].folded) && /^ال..+ي$/.test(tokens[start - 2].folded));
  if (givenClosingComplement) start--;
  // ("الناطق باسم الشرطة في باريس | فلان": the seat of the office before the name; branch-regions.ts.)
  const seatEnd = office && start - i > 1 ? officeSeatEndAt(tokens, i, start) : -1;
  if (seatEnd > 0) start = seatEnd;
  else if (office && start - i > 1 && opensUnlistedTownSeatAt(tokens, i, start) && foreignRunEnd(tokens, start + 2, false) >= start + 4) start += 2;
  else if (office && start - i > 1) {
    // ("ممثل المنظمة في الأرض الفلسطينية المحتلة | ريك بيبركورن": a body or territory, then a foreign name; branch-regions.ts.)
    const definiteSeat = definiteSeatEndAt(tokens, i, start);
    if (definiteSeat > 0 && (foreignRunEnd(tokens, definiteSeat, false) >= definiteSeat + 2 || unseenNameEnd(tokens, definiteSeat) > definiteSeat)) start = definiteSeat;
  }
  // Honorifics between office and name ("الفريق", "المهندس", "د."), or a comma after a full phrase.
  // ("العميد المتقاعد ناجي فلان": so is "retired" after a rank; retired-ranks.ts.)
  // ("في الجمعية الوطنية | النائب | الداه ولد عبد الجليل": so is "النائب" where the phrase closed before it.)
  // ("والي الحوض الشرقي | الشيخ ولد باب أحمد": not "الشيخ" before the Hassaniya "ولد"/"منت", a given name there.)
  while (start < tokens.length && ((isHonorificAt(tokens, start) && !isSheikhBeforeHassaniyaLink(tokens, start)) || (tokens[start].text === '.' && isAbbreviatedTitleAt(tokens, start - 1)) || (isRetiredWord(tokens[start].folded) && isRankWord(tokens[start - 1])) || (office && start - i > 1 && tokens[start].folded === MP && isMPTitleBeforeName(tokens, start + 1)))) start++;
  // ("واجتمع وزير الخارجية | بمحمد علي", "المدير الإقليمي لوزارة التربية | بمولاي يعقوب": a given name
  // with "ب" glued on, after an office, is whom its holder met or the office's seat, never its holder.)
  if (office && opensNoHolder(tokens, start)) return start;
  // "رئيس الاتحاد الدولي للسباحة "فينا"، فلان": the body's short name after the phrase.
  if (office && start - i > 1 && aliasEndAfter(tokens, i, start) > 0) start = aliasEndAfter(tokens, i, start);
  // "قائد القوات المنبثقة عن برلمان "طبرق" فلان": a participle's clause after (or closing) the phrase.
  if (office && start - i > 1) start = Math.max(start, participleClauseEnd(tokens, start), participleClauseEnd(tokens, start - 1));
  const commaAfterOffice = office && start - i > 1 && (tokens[start]?.text === '،' || tokens[start]?.text === ',');
  // ("قضاها مساعداً لقائد القوات البرية، أشرف خلالها على": a post in the accusative says what someone
  // named before it was or is made; after its comma a new clause starts, no holder's name.)
  // (Its "ا" the accusative's, not "ها" (her, its): "رئيسها التنفيذي، فلان".)
  if (commaAfterOffice && isAccusativeOffice(tokens[i]) && /[^ه]ا$/.test(tokens[i].folded) && i > 0 && tokens[i - 1].isWord) return start;
  if (commaAfterOffice) start++;
  // ("المستشار الجماعي عن حزب الاستقلال، | بافتحاص مالي": so after its comma.)
  if (commaAfterOffice && opensNoHolder(tokens, start)) return start;
  // ("رئيس البنك الإفريقي للتنمية، الموريتاني سيدي ولد التاه (Sidi Ould Tah)،": the holder's nationality
  // after the comma, before his name.)
  // ("، الجنوب إفريقي باتريس موتسيبي": or a compound one, "الجنوب" + a nationality.)
  const apposedNationality = commaAfterOffice ? apposedNationalityLength(tokens, start) : 0;
  if (apposedNationality > 0 && tokens[start + apposedNationality]?.isWord === true && !isDefinite(tokens[start + apposedNationality]) && !isOfficeWord(tokens[start + apposedNationality])) start += apposedNationality;
  // ("رئيس الهيئة الوطنية للتحكيم الرياضي، القاضي الهادي الأمين،": the holder's honorifics after the comma.)
  // (Or a bare definite title of his, "القاضي", that takes no complement of its own there.)
  const titleAfterComma = (k: number): boolean => isHonorificAt(tokens, k) || (tokens[k]?.isWord === true && isDefinite(tokens[k]) && isTitleWord(tokens[k]) && tokens[k + 1]?.isWord === true && !isOfficeWord(tokens[k + 1]) && (isNewsDefiniteGivenName(tokens[k + 1].folded) || isListedGivenName(tokens[k + 1].folded)));
  const commaBeforeHonorific = commaAfterOffice && titleAfterComma(start);
  while (commaBeforeHonorific && start < tokens.length && titleAfterComma(start)) start++;
  // ("زعيم حزب الشعب الجمهوري، أكبر أحزاب المعارضة، أوزغور أوزال،": an elative's aside on the body
  // between the office's comma and the name's.)
  if (commaAfterOffice) {
    const asideEnd = elativeAsideEnd(tokens, start);
    // (Or a listed given name after it, the name then read as after any office: "، مصطفى فلان أن".)
    if (asideEnd > start && (commaEnclosedNameEnd(tokens, asideEnd) > asideEnd || (tokens[asideEnd]?.isWord === true && isListedGivenName(tokens[asideEnd].folded)))) start = asideEnd;
  }
  const quotedName = commaAfterOffice ? quotedNameEnd(tokens, start) : office && start - i > 1 ? quotedNameRightAfterOffice(tokens, start, looksLikeName) : -1;
  if (quotedName > 0) {
    spans.push({ start: start + 1, end: quotedName, bracketed: true });
    return quotedName;
  }
  // "وزير العدل الدكتور (وليد الصمعاني)": the name in brackets right after the title.
  const bracket = tokens[start]?.text === '(' && start > 0 && isHonorificWord(tokens[start - 1]);
  if (bracket) start++;
  // ("رئيسة الوزراء فلانة ماي": a listed official's whole name; listed-official-names.ts.)
  const listedEnd = office && start - i > 1 ? listedOfficialNameEnd(tokens, start) : start;
  if (listedEnd > start) {
    spans.push({ start, end: listedEnd, bracketed: true });
    return listedEnd - 1;
  }
  // ("الدكتور جمال فلان رئيسا للجنة | افتحاص التدبير": a post given in the accusative to the one
  // named right before it has its holder; words after it that no list or tagger takes for a name are its complement.)
  if (office && i > 0 && isAccusativeOffice(tokens[i]) && looksLikeName(tokens[i - 1]) && !commaAfterOffice && tokens[start]?.isWord === true && !isKnownNameWord(tokens[start]) && !looksLikeName(tokens[start])) return Math.max(i, start - 1);
  // ("السفير غير مولر": a given name written as a particle; particle-given-names.ts.)
  const particleEnd = particleGivenNameEnd(tokens, start);
  if (particleEnd > start) {
    spans.push({ start, end: particleEnd, bracketed: true });
    return particleEnd - 1;
  }
  const honorificNameEnd = office ? start : Math.max(excellencyNameEnd(tokens, i, start), unseenFamilyNameEnd(tokens, start));
  if (honorificNameEnd > start) {
    spans.push({ start, end: honorificNameEnd, bracketed: true });
    return honorificNameEnd - 1;
  }
  // After a full office phrase or an honorific, a first word that is no ordinary word opens a
  // name when a name word follows it ("المدير التنفيذي للحركة حافظ قائد السبسي").
  const strong = start - i > 1 || !office;
  // "رئيس الحكومة الحبيب الصيد": a given name with the article opens the name, and the word after
  // it is the family name even when it is also an ordinary word ("الصيد"), up to a boundary.
  // "وزير الداخلية، الهادي مجدوب إن": after an office phrase and its comma, a word with the article
  // that is no ordinary word, before a word rare in running text and a boundary, is a given name too.
  const afterComma = commaBeforeHonorific || (office && start - i > 2 && (tokens[start - 1]?.text === '،' || tokens[start - 1]?.text === ','));
  const articleGiven = afterComma && tokens[start]?.isWord === true && isPlainArticleWord(tokens[start]) && tokens[start + 1]?.isWord === true && isRareSurname(tokens[start + 1]) && isAtBoundary(tokens, start + 2);
  // ("وزير العدل الجزائري الطيب فلان": after the nationality closing an office, also a given name that is an adjective.)
  const adjectiveGiven = office && start - i > 1 && isDefiniteNationality(tokens[start - 1]) && isAdjectiveDefiniteGivenName(tokens, start) && isAtBoundary(tokens, start + 2);
  // ("مفوض العون الإنساني السابق بولاية البحر الأحمر الطيب عبد الرحيم": one the news opens names
  // with, though also an adjective, before a compound "عبد ال..."; the office phrase stops there too.)
  const compoundAfterGiven = office && start - i > 1 && isNewsDefiniteGivenName(tokens[start]?.folded ?? '') && tokens[start + 1]?.folded === 'عبد' && tokens[start + 2]?.isWord === true && tokens[start + 2].folded.startsWith('ال');
  const definiteGiven = office && (isDefiniteGivenName(tokens, start) || givenClosingComplement || articleGiven || adjectiveGiven || compoundAfterGiven || (afterComma && isEnclosedArticleName(tokens, start)));
  // ("اعتبر النائب سلامة الخوالدة أن": so after the MP's bare title, where a name is expected too;
  // "وقال القاضي رائد مصلح اللهيبي إن": and after a judge's, counsellor's or ambassador's.)
  // ("تعيين المستشار شريف عبد الرحمن فودة": or a given name before a compound "عبد ال...".)
  const afterMP = start === i + 1 && (tokens[i].folded === MP || isTitleWrittenAfterOffice(tokens[i].folded)) && (isGivenBeforeUnseenFamilyName(tokens, start, true) || isGivenBeforeServantCompound(tokens, start));
  const first = (token: Token): boolean => looksLikeName(token) || (token === tokens[start] && (definiteGiven || (strong && relaxedFirst(start)) || afterMP || isTitleGivenName(start)));
  const liEnd = strong ? Math.max(surnameLiNameEnd(tokens, start), compoundGivenNameEnd(tokens, start), office && start - i > 1 ? Math.max(nameBeforeObjectEnd(tokens, start), eastAsianNameEnd(tokens, start)) : start) : start;
  if (liEnd > start) {
    spans.push({ start, end: liEnd, bracketed: true });
    return liEnd - 1;
  }
  // ("رئيس الاتحاد العراقي للملاكمة علي طالب الكعبي إن": after a whole office, a listed given name,
  // bare words that are also common ones ("طالب": student) and a family nisba up to where the
  // sentence goes on are the holder's name, as after a rank; commonWordNameChainEnd. ("الناطق الرسمي
  // باسم وزارة الخارجية السفير ماهر عودة الطراونة": or a word the news mostly takes for a person,
  // though no list holds it, being a common word too.)
  // ("رئيس الوزراء الباكستاني شهباز | شريف يواجه", "الرئيس السابق، ماكي سال،": after a whole office,
  // a foreign given name the press writes and one bare word up to a boundary are the holder's given
  // and family name, whatever that word reads as alone ("شريف": noble).)
  const foreignFamily = tokens[start + 1];
  const foreignNameEnd = office && start - i > 1 && tokens[start]?.isWord === true && isForeignGivenName(tokens[start].folded) && foreignFamily?.isWord === true && foreignFamily.folded.length >= 3 && !/^(?:ال|[وفبلك])/.test(foreignFamily.folded) && !isParticle(foreignFamily) && !isVerbLike(foreignFamily) && !isOfficeWord(foreignFamily) && !isNationality(foreignFamily) && !TIME_WORDS.has(foreignFamily.folded) && isAtBoundary(tokens, start + 2) ? start + 2 : start;
  if (foreignNameEnd > start) {
    spans.push({ start, end: foreignNameEnd, bracketed: true });
    return foreignNameEnd - 1;
  }
  const givenChainEnd = office && start - i > 1 && tokens[start]?.isWord === true && (isListedGivenName(tokens[start].folded) || isOftenANameInNews(tokens[start].folded, true)) ? commonWordNameChainEnd(tokens, start, looksLikeName) : start;
  if (givenChainEnd > start + 2 && isAtBoundary(tokens, givenChainEnd)) {
    spans.push({ start, end: givenChainEnd, bracketed: true });
    return givenChainEnd - 1;
  }
  // ("ووزير الاقتصاد والصناعة محمد نضال الشعار،": a listed given name, a second given name and a
  // family name that are also common words, closed by a comma; givenNameBeforeCommaEnd.)
  const commaNameEnd = office && start - i > 1 ? givenNameBeforeCommaEnd(tokens, start) : start;
  if (commaNameEnd > start) {
    spans.push({ start, end: commaNameEnd, bracketed: true });
    return commaNameEnd - 1;
  }
  // ("الوزير الأول المختار ولد اجاي": a Hassaniya lineage after a whole office; hassaniyaLineageNameEnd.)
  const lineageEnd = office && start - i > 1 ? hassaniyaLineageNameEnd(tokens, start, looksLikeName) : start;
  if (lineageEnd > start) {
    spans.push({ start, end: lineageEnd, bracketed: true });
    return lineageEnd - 1;
  }
  const saidEnd = office && start - i > 1 ? saidHolderNameEnd(tokens, i, start) : start;
  if (saidEnd > start) {
    // (Its bounds given: tidying would take the family name for the common word.)
    spans.push({ start, end: saidEnd, bracketed: true });
    return saidEnd - 1;
  }
  // "وزير الخارجية الأميركي كولن باول أمس": a foreign name up to a word of time or the future.
  // ("عمدة سيول، أوه سي هون (Oh Se-hoon)": after the office's comma, a name its gloss spells.)
  const timedEnd = office && start - i > 1 ? (commaAfterOffice ? glossedNameEnd(tokens, start) : Math.max(nameBeforeTimeEnd(tokens, start), unseenNameEnd(tokens, start))) : start;
  if (timedEnd > start) {
    // (Its bounds given by the family nisba, the first word stays though it reads as a verb: "يعرب".)
    // (So do the brackets of a Latin gloss after it: "لولا (Lula)" is no particle there.)
    // ("العقيد عبدالباسط البحر لـ«يمن مونيتور»": so does a rank before a given name the news never
    // writes, its family name with the article a common word: officers are named in full.)
    const rankedFamily = timedEnd === start + 2 && isAfterRank(tokens, start) && isDefiniteFamilyNameWord(tokens[start + 1]);
    spans.push((timedEnd === start + 2 && isUnseenNisba(tokens[start + 1])) || rankedFamily || latinGlossEnd(tokens, timedEnd) > timedEnd ? { start, end: timedEnd, bracketed: true } : { start, end: timedEnd });
    return timedEnd - 1;
  }
  // ("المتحدث العسكري، المقدم محمد النقيب، لـ": right after an honorific, a listed given name and a
  // word closed by a comma; titledFamilyNameBeforeCommaEnd.)
  const commaClosed = start > 0 && isHonorificAt(tokens, start - 1) ? titledFamilyNameBeforeCommaEnd(tokens, start, true) : start;
  if (commaClosed > start) {
    spans.push({ start, end: commaClosed, bracketed: true });
    return commaClosed - 1;
  }
  // ("وقال النائب ينال فريحات إن": after an MP's bare title, a word the news writes otherwise, "ينال"
  // (he obtains), before a family name it never writes, up to a boundary: the MP's name.)
  const mpNameEnd = office && start === i + 1 && tokens[i].folded === MP ? unseenFamilyAfterGivenEnd(tokens, start) : start;
  if (mpNameEnd > start) {
    spans.push({ start, end: mpNameEnd, bracketed: true });
    return mpNameEnd - 1;
  }
  // ("قال رئيس اللجنة النيابية النائب فراس عودة القبلان إن": a listed given name, a father's name that is
  // a common word and a family name with the article the news never writes, up to a boundary.)
  const fatherEnd = strong ? Math.max(givenFatherUnseenFamilyEnd(tokens, start), givenRareFatherNisbaEnd(tokens, start)) : start;
  if (fatherEnd > start) {
    spans.push({ start, end: fatherEnd, bracketed: true });
    return fatherEnd - 1;
  }
  const plainEnd = nameEnd(tokens, start, first, () => false);
  // ("الرئيس الباكستاني فلان فلان بدعم", "اللاعب السنغالي فلان فلان في": a foreign name after a nationality; foreign-name-run.ts.)
  const afterNationality = office ? isDefiniteNationality(tokens[start - 1]) : !opener && isDefiniteNationality(tokens[start]);
  const foreignStart = office && start - i > 1 && !commaAfterOffice ? start : afterNationality && !office ? start + 1 : -1;
  const foreignEnd = foreignStart > 0 ? foreignRunEnd(tokens, foreignStart, afterNationality) : -1;
  // (Where the plain name ends there too, "المنسق الخاص تور فلان", the run still names him, its
  // bounds left to tidying like the plain name's: "تور" is also a word.)
  if (foreignEnd > foreignStart && foreignEnd >= plainEnd) {
    spans.push(foreignEnd > plainEnd ? { start: foreignStart, end: foreignEnd, bracketed: true } : { start: foreignStart, end: foreignEnd });
    return foreignEnd - 1;
  }
  let end = saidFamilyNameEnd(tokens, i, start, plainEnd);
  // ("الرئيس السوري، أحمد الشرع،": the two commas give the name's bounds, as a bracket's do, so the
  // tagger's shorter name does not cut it.)
  // ("نائب رئيس مجلس السيادة مالك عقار إير، ورئيس الوزراء": without the office's comma, three
  // words, a listed given name first and no time ("أمس"), closed by a comma are bounded so too.)
  const closedByComma = (): number => {
    const closed = commaEnclosedNameEnd(tokens, start);
    const bounded = closed === start + 3 && isListedGivenName(tokens[start].folded) && !tokens.slice(start, closed).some((token, k) => TIME_WORDS.has(token.folded) || isTimeWord(tokens, start + k));
    return bounded ? closed : start;
  };
  const enclosedEnd = commaAfterOffice ? commaEnclosedNameEnd(tokens, start) : office && start - i > 1 ? closedByComma() : start;
  if (enclosedEnd > start && enclosedEnd >= end) {
    spans.push({ start, end: enclosedEnd, bracketed: true });
    return enclosedEnd - 1;
  }
  if (definiteGiven && end === start + 1 && isAtBoundary(tokens, start + 2)) end++;
  // ("نائب رئيس مجلس النواب الياس بو صعب": a family name on "بو"/"أبو" after the definite given name.)
  else if (definiteGiven && end === start + 1 && ABU_FAMILY_HEADS.has(tokens[start + 1]?.folded ?? '') && tokens[start + 2]?.isWord === true) end = start + 3;
  // (Set off by the comma, the name's bounds are given: its nisba may be a town's that the news
  // also writes as an adjective, "والي الجهة، فاخر القابسي، كان".)
  // ("وقال المدير الجهوي للصحة جميل الفقي إن", "والمدير الجهوي للمياه جميل الفقي والكاتب العام": so are
  // they right before what he said opens, before the next office of a list, or closing the sentence.)
  const commaApposedNisbaName = strong && office && (afterComma || opensWhatWasSaid(tokens, start + 2) || opensNextOfficeEntry(tokens, start + 2) || closesSentenceAt(tokens, start + 2)) && isCommonGivenNameWithNisbaAfterComma(tokens, start);
  const nisbaName = strong && office && ((plainEnd <= start + 1 && isNameWithNisba(tokens, start)) || commaApposedNisbaName);
  if (nisbaName) end = start + 2;
  // ("وزيرة الثقافة نجاة البكوش إن": a woman's given name that is a common noun; feminine-office-names.ts.)
  // ("طالبت النائبة بمجلس نواب الشعب سلام الزواري | الوزارة بـ": or where the object of the verb before the office follows.)
  const womansEnd = office && !nisbaName && end <= start + 3 ? nameAfterFeminineOfficeEnd(tokens, i, start, (k) => isAtBoundary(tokens, k) || isObjectOfVerbBeforeOffice(tokens, i, k)) : -1;
  const womansName = womansEnd > 0;
  if (womansName) end = womansEnd;
  // ("محافظ نينوى نجم الجبوري إن": a given name that is a common noun after a place's proper name; region-proper-names.ts.)
  const afterPlaceGenitive = office && !nisbaName && !womansName && end <= start + 2 && closesPlaceGenitiveBeforeName(tokens, start);
  if (afterPlaceGenitive) end = start + 2;
  // ("العماد رودولف هيكل للاطلاع", "اللواء خالد مجاور مستشفى": after a rank, a given name and a bare
  // word are the officer's name, though the word is also a noun: news names officers in full.)
  const rankedName = !nisbaName && !womansName && !afterPlaceGenitive && end > start && end <= start + 2 && isAfterRank(tokens, start) && (isListedGivenName(tokens[start].folded) || looksLikeName(tokens[start])) && isPlainFamilyNameAfterRank(tokens[start + 1]);
  if (rankedName) end = start + 2;
  // ("الفريق أول ركن عماد الدين عدوي": so after a given name "X الدين" of two words; din-compound-names.ts.)
  const dinRankedName = !nisbaName && !womansName && !afterPlaceGenitive && !rankedName && isAfterRank(tokens, start) && opensDinCompoundName(tokens, start) && tokens[start + 2]?.isWord === true && isPlainFamilyNameAfterRank(tokens[start + 2]);
  if (dinRankedName) end = start + 3;
  // ("ووزيرة الاقتصاد الغالية منت الشيخ": a woman's definite given name, "منت" and her father's name after an office.)
  const daughterName = office && !definiteGiven && !nisbaName && !womansName && !afterPlaceGenitive && !rankedName && !dinRankedName && end >= start + 3 && tokens[start + 1]?.folded === DAUGHTER_LINK;
  if ((definiteGiven || nisbaName || womansName || afterPlaceGenitive || rankedName || dinRankedName || daughterName) && end - start >= 2) {
    // (Its bounds given, tidying keeps the family name that reads as a noun.)
    spans.push(commaApposedNisbaName || rankedName || dinRankedName || daughterName ? { start, end, bracketed: true } : { start, end });
    return end - 1;
  }
  if (bracket && tokens[end]?.text !== ')') return i;
  // "أكثر سعادة وتجاوبا" (happier and more responsive): after an honorific that is also a noun, a
  // word no name list knows with the conjunction "و" goes on with the sentence.
  if (!office && end > start && tokens[start].folded.startsWith('و') && !isKnownNameWord(tokens[start])) return i;
  if (end > start && (isHonorificWord(tokens[start - 1]) || commaBeforeHonorific || opener || convincing(start, plainEnd))) {
    // ("وزيرة التضامن فلانة والي قالت": an office word closing the name before a verb of saying bounds it too.)
    // ("محافظ بنك إسرائيل أمير يارون": a title read as the given name opens it; tidying would take it for the title.)
    const givenTitle = end - start >= 2 && isTitleGivenName(start) && !isKnownNameWord(tokens[start]);
    // ("، القاضي الهادي الأمين،": a title after the office's comma and the comma closing the name bound it.)
    const titledBetweenCommas = commaBeforeHonorific && isComma(tokens[end]);
    spans.push(saidFamilyNameEnd(tokens, i, start, end - 1) === end || endsWithParticipleFamilyName(tokens, start, end) || isOfficeFamilyNameAtBoundary(tokens, end - 1) || closesFathersName(tokens, start, end) || givenTitle || titledBetweenCommas ? { start, end, bracketed: true } : { start, end });
    return end - 1;
  }
  // The office words inside this phrase would only find the same end again.
  return office ? Math.max(i, start - 1) : i;
}

/** "الخليجيون", "الفلسطينيين" (folded): the plural of a nisba with the article, a people, no name word. */
const DEFINITE_NISBA_PLURAL = /^ال.{3,}ي(?:ون|ين)$/;

/** The most words of a name its Latin gloss bounds after an office. */
const MAX_GLOSSED_NAME_WORDS = 4;

/**
 * "سفيرة الاتحاد الأوروبي في لبنان ساندرا دو وال (Sandra De Waele)": the end of the words from
 * `start` that the Latin after them glosses word for word (the holder's whole name; latin-glosses.ts),
 * or `start`.
 */
function glossedNameEnd(tokens: readonly Token[], start: number): number {
  for (let end = start + 1; end <= start + MAX_GLOSSED_NAME_WORDS; end++) {
    const word = tokens[end - 1];
    if (word?.isWord !== true || isOfficeWord(word)) break;
    if (isGlossedWordForWord(tokens, start, end)) return end;
  }
  return start;
}

/** "يودعان", "تبحثان" (folded): an imperfect verb in the dual, "ي"/"ت" + a stem of three letters or more + "ان". */
const IMPERFECT_DUAL = /^[يت].{3,}ان$/;

/**
 * "سفيرة جمهورية إندونيسيا لدى البلاد لينا مريانا،": right after a full office phrase, two words the
 * news corpus never writes, closed by punctuation or a boundary word ("رئيس مجلس الاحتياطي الفيدرالي
 * جيروم باول إن"), are the holder's foreign name, however their letters read ("لينا" as "ل" + a word,
 * "مريانا" as a word + "our", "باول" as "ب" + "أول"). A given name the news never writes also opens
 * a name closed by a family name with the article, even one that is also a common word ("محافظ حلب
 * عزام الغريب إن"): an unseen word there is no common noun. Returns the end, or `start`.
 */
function unseenNameEnd(tokens: readonly Token[], start: number): number {
  const glossed = glossedNameEnd(tokens, start);
  if (glossed > start) return glossed;
  // ("الرئيس البرازيلي لولا (Lula)": one bare word glossed by one capitalized Latin word is the
  // holder's name, however common the word ("لولا": if not for).)
  const single = tokens[start];
  if (single?.isWord === true && !/^(?:ال|و)/.test(single.folded) && !isOfficeWord(single) && latinGlossWordCount(tokens, start + 1) === 1 && /^[A-Z]/.test(tokens[start + 2].text)) return start + 1;
  // ("ولي العهد ورئيس الوزراء | يودعان النشامى": the imperfect in the dual, "they two bid farewell",
  // is the two holders' verb, however rare.)
  if (tokens[start]?.isWord === true && IMPERFECT_DUAL.test(tokens[start].folded)) return start;
  const unseen = (token: Token | undefined): boolean =>
    token?.isWord === true && token.folded.length >= 3 && !/^(?:ال|و)/.test(token.folded) && !isSeenInRunningText(token.folded) && !cannotBeName(token) && !isOfficeWord(token) && !isVerbLike(token) && !isCliticOnSeenWord(token.folded);
  // ("رئيسة الكتلة البرلمانية لحزب الخضر كاتارينا دروغه الحكومة": a word rare in running text before
  // one it never writes is a foreign given name and family name too.)
  const first = tokens[start];
  // ("ببرقيتين مماثلتين": not "ب" + a word running text writes, or its dual; foreign-name-run.ts.)
  const foreignWord = (token: Token | undefined): boolean =>
    token?.isWord === true && !/^(?:ال|و)/.test(token.folded) && !isCommonWord(token) && !cannotBeName(token) && !isOfficeWord(token) && !isVerbLike(token) && !isCliticOnSeenWord(token.folded);
  // ("وزير الداخلية يعرب القحطاني أن": or before a family nisba the news never writes, isUnseenNisba.)
  const rareBeforeUnseen = foreignWord(first) && isRareWord(first.folded) && (unseen(tokens[start + 1]) || isUnseenNisba(tokens[start + 1]));
  // ("وزير الداخلية التركي علي يرلي قايا،": a given name, a word the news never writes and one rare in
  // it, closed by punctuation, are a foreign name of three words.)
  const third = tokens[start + 2];
  const closedAfterThird = tokens[start + 3] !== undefined && !tokens[start + 3].isWord && tokens[start + 3].text !== '-';
  if (foreignWord(first) && (isRareWord(first.folded) || isListedGivenName(first.folded)) && unseen(tokens[start + 1]) && foreignWord(third) && isRareWord(third.folded) && closedAfterThird) return start + 3;
  // ("قائممقام قضاء الحويجة سبهان خلف الجبوري، إن": a given name the news never writes, a bare
  // word (the father's name) and a family name with the article that the news mostly takes for a
  // person or never writes, up to a boundary.)
  const father = tokens[start + 1];
  const family = tokens[start + 2];
  if (unseen(first) && isBareFamilyNameNoPreposition(father) && isDefiniteFamilyNameWord(family) && (isOftenANameInNews(family.folded) || isUnseenNisba(family)) && isAtBoundary(tokens, start + 3)) return start + 3;
  // ("وزير الإدارة المحلية نضال فايز المجالي ومحافظ ...": or two bare words that are also common
  // ones, "نضال" (struggle), before a family nisba the news never writes: no common noun's adjective.)
  const bareGiven = first?.isWord === true && !/^(?:ال|و)/.test(first.folded) && !isOfficeWord(first) && !isVerbLike(first) && !isParticle(first) && !cannotBeName(first) && !hasPrepositionReading(first.folded);
  // (The nisba unseen with its article, whatever its rest reads as: "مجالي" is also "my fields".)
  if (bareGiven && isBareFamilyNameNoPreposition(father) && isUnseenDefiniteNisba(family) && isAtBoundary(tokens, start + 3)) return start + 3;
  // ("وزير المالية في حكومة إقليم كوردستان آوات شيخ جناب قدّم": a bare "شيخ" between two words the
  // news never writes is part of a Kurdish name, the family name "شيخ جناب".)
  const afterSheikh = tokens[start + 3];
  if (unseen(first) && tokens[start + 1]?.folded === 'شيخ' && unseen(tokens[start + 2]) && (isAtBoundary(tokens, start + 3) || (afterSheikh?.isWord === true && isVerbLike(afterSheikh)))) return start + 3;
  if (!unseen(first) && !rareBeforeUnseen) return start;
  // ("وزير الخارجية الإندونيسي سوجيونو (Sugiono)": one word the news never writes, its Latin spelling
  // in brackets after it, is the whole name.)
  if (!rareBeforeUnseen && latinGlossEnd(tokens, start + 1) > start + 1) return start + 1;
  const after = tokens[start + 2];
  // ("أطلق محافظ حلب عزام الغريب الحملة": after a family name with the article, the verb's object, a
  // common noun with the article that the news seldom takes for a person, closes the name too.)
  // ("وهنأ رئيس إقليم كردستان نيجيرفان بارزاني الناخبين": so after a bare one, the given name unseen.)
  const objectAfter =
    after?.isWord === true && isDefinite(after) && isCommonWord(after) && isRarelyANameInNews(after.folded) &&
    (isDefiniteFamilyNameWord(tokens[start + 1]) || unseen(tokens[start + 1]) || (unseen(first) && isBareFamilyNameNoPreposition(tokens[start + 1])));
  // ("بوزير الخارجية التركي هاكان فيدان تناول": after two words the news never writes, one it writes
  // and almost never takes for a person goes on with the sentence, a verb or its object.)
  const sentenceGoesOn = after?.isWord === true && unseen(first) && unseen(tokens[start + 1]) && isSeenInRunningText(after.folded) && isRarelyANameInNews(after.folded);
  const closed = after === undefined || objectAfter || sentenceGoesOn || (after.isWord ? isAtBoundary(tokens, start + 2) : after.text !== '-');
  if (!closed) return start;
  if (unseen(tokens[start + 1]) || (rareBeforeUnseen && isUnseenNisba(tokens[start + 1]))) return start + 2;
  // ("رئيس الجمهورية بنقش ذهبي على": a word the news writes, "نقش", behind a clitic is no unseen name.)
  const givenUnseenWhole = procliticReadings(tokens[start]).every(({ removed, stem }) => removed === 0 || !isSeenInRunningText(stem));
  return givenUnseenWhole && (isDefiniteFamilyNameWord(tokens[start + 1]) || isBareFamilyNameWord(tokens[start + 1])) ? start + 2 : start;
}

/**
 * Whether tokens[k], after the name of the holder of the office at `head`, is the object of the verb
 * right before the office: a common noun with the article that the news seldom takes for a person.
 */
function isObjectOfVerbBeforeOffice(tokens: readonly Token[], head: number, k: number): boolean {
  const verb = tokens[head - 1];
  const object = tokens[k];
  return verb?.isWord === true && isVerbLike(verb) && object?.isWord === true && isDefinite(object) && isCommonWord(object) && isRarelyANameInNews(object.folded) && !isOfficeWord(object);
}

/** The words of a nationality at i ("الموريتاني", "الجنوب إفريقي": office-phrase-parts.ts), or 0. */
function apposedNationalityLength(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (token?.isWord !== true) return 0;
  if (isDefiniteNationality(token)) return 1;
  return compassNationalityLength(tokens, i);
}

/**
 * A word that is no common or ordinary word, verb, office or particle, then a family name the news
 * never writes, up to a boundary: the end of that name of two words, or `start`.
 */
function unseenFamilyAfterGivenEnd(tokens: readonly Token[], start: number): number {
  const [given, family] = [tokens[start], tokens[start + 1]];
  if (given?.isWord !== true || family?.isWord !== true || /^(?:ال|و)/.test(given.folded) || /^(?:ال|و)/.test(family.folded) || family.folded.length < 4) return start;
  if (isCommonWord(given) || isOrdinaryWord(given.folded, false, given.text) || isVerbLike(given) || isOfficeWord(given) || isParticle(given) || cannotBeName(given)) return start;
  // (Or an office in apposition after it: "النائب ينال فريحات عضو لجنة الطاقة".)
  const closed = isAtBoundary(tokens, start + 2) || (tokens[start + 2]?.isWord === true && isOfficeStart(tokens, start + 2));
  return !isSeenInRunningText(family.folded) && !cannotBeName(family) && !isOfficeWord(family) && closed ? start + 2 : start;
}

/**
 * A listed given name, a bare word for the father's name whatever else it means ("عودة": return), and
 * a family name with the article the news never writes that is no ordinary word or place, up to a
 * boundary: the end of that name of three words, or `start`.
 */
function givenFatherUnseenFamilyEnd(tokens: readonly Token[], start: number): number {
  const [given, father, family] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (given?.isWord !== true || father?.isWord !== true || family?.isWord !== true || !isListedGivenName(given.folded) || father.folded.startsWith('و')) return start;
  return isFathersNameBeforeUnseenFamilyAt(tokens, start + 1) && !isOfficeWord(family) && isAtBoundary(tokens, start + 3) ? start + 3 : start;
}

/**
 * ("أفاد مدير مكتب المفوضية في نينوى حازم ذنون الطائي بأن": a given name, a bare father's name that
 * running text seldom writes and is no ordinary word, and a family nisba with the article, up to a
 * boundary: the holder's name, though the tagger took the given name into the place before it.)
 */
function givenRareFatherNisbaEnd(tokens: readonly Token[], start: number): number {
  const [given, father, family] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (given?.isWord !== true || father?.isWord !== true || family?.isWord !== true || !isGivenNameWord(given)) return start;
  const bareFather = !/^(?:ال|و|[فبلك]ال|لل)/.test(father.folded) && isRareWord(father.folded) && !isOrdinaryWord(father.folded, true, father.text) && !isVerbLike(father) && !isOfficeWord(father);
  const nisba = /^ال.{2,}ي$/.test(family.folded) && !isPlaceOrNationality(family) && !isNationality(family) && !isOfficeWord(family) && !isVerbLike(family);
  return bareFather && nisba && isAtBoundary(tokens, start + 3) ? start + 3 : start;
}

/** "مانع بن يمين،": a bare word, "بن" and a bare word, then punctuation. */
function isBareLineageBeforePunctuation(tokens: readonly Token[], start: number): boolean {
  const bare = (token: Token | undefined): boolean => token?.isWord === true && token.folded.length >= 3 && !/^(?:ال|و|لل)/.test(token.folded) && !isVerbLike(token) && !isOfficeWord(token);
  return bare(tokens[start]) && tokens[start + 1]?.folded === 'بن' && bare(tokens[start + 2]) && tokens[start + 3] !== undefined && !tokens[start + 3].isWord;
}

/** Whether the honorifics right before `start` hold a rank ("اللواء", "العماد", "الفريق أول ركن"). */
function isAfterRank(tokens: readonly Token[], start: number): boolean {
  const title = honorificBefore(tokens, start);
  return title !== null && tokens.slice(title.start, start).some((token) => token.isWord && isRank(token.folded));
}

/** A bare word that may be an officer's family name: no clitic, article, verb, office, place, pronoun or particle. */
function isPlainFamilyNameAfterRank(token: Token | undefined): boolean {
  if (token === undefined || !isBareFamilyNameNoPreposition(token)) return false;
  return !hasNotNameEnding(token) && !isParticle(token) && !TIME_WORDS.has(token.folded) && !isNounWithPronoun(token);
}

/**
 * A family nisba with the article that the news never writes, with the article or without
 * ("القحطاني"): a town's or a country's adjective it would write.
 */
function isUnseenNisba(token: Token | undefined): boolean {
  return isUnseenDefiniteNisba(token) && !isSeenInRunningText(token.folded.slice(2));
}

/** A nisba with the article ("ال...ي") that running text never writes so, no office and no word a name cannot be. */
function isUnseenDefiniteNisba(token: Token | undefined): token is Token {
  return token?.isWord === true && /^ال.{3,}ي$/.test(token.folded) && !isSeenInRunningText(token.folded) && !isOfficeWord(token) && !cannotBeName(token);
}

/**
 * A word without the article or "و" that may close a name after an unseen given name, though it may
 * read as a common word ("باول" as "بأول"): no office, place, nationality or verb.
 */
function isBareFamilyNameWord(token: Token | undefined): boolean {
  return token?.isWord === true && token.folded.length >= 3 && !/^(?:ال|و)/.test(token.folded) && !isOfficeWord(token) && !isPlaceOrNationality(token) && !isNationality(token) && !isVerbLike(token) && !cannotBeName(token) && !isHonorificWord(token);
}

/** isBareFamilyNameWord, and no preposition on a word the news writes ("بتفاصيل"). */
function isBareFamilyNameNoPreposition(token: Token | undefined): boolean {
  return token !== undefined && isBareFamilyNameWord(token) && !hasPrepositionReading(token.folded);
}

/** A word with the article that may close a name: no office, place, nationality or qualifier of an office ("السابق", "الجديد"). */
function isDefiniteFamilyNameWord(token: Token | undefined): boolean {
  return (
    token?.isWord === true && /^ال.{3,}$/.test(token.folded) && !isOfficeWord(token) && !isPlaceOrNationality(token) && !isNationality(token) && !foldedRoleQualifiers.has(token.folded) &&
    !foldedNameQualifiers.has(token.folded) && !isVerbLike(token) && !cannotBeName(token)
  );
}

/** A word that can only be a name, neither the article nor a conjunction on it: see {@link isRareNameSlotWord}. */
function isPlainNameSlotWord(word: Token): boolean {
  return word.isWord && !cannotBeName(word) && !/^(?:[وف]|ال)/.test(word.folded) && !hasNotNameEnding(word) && !isNounWithPronoun(word);
}

/**
 * A word that may open a name right after a full office phrase, where the name has no other
 * evidence: rare in the tagger's training text (the adverbs and prepositions that may stand there,
 * "خلال", "عقب", "أيضا", are frequent), no preposition on it, no name's leading part.
 */
function isRareNameSlotWord(first: Token | undefined): first is Token {
  return first !== undefined && isPlainNameSlotWord(first) && !hasPrepositionReading(first.folded) && isRareWord(first.folded) && !foldedLeadingNameParts.has(first.folded);
}

/** isRareNameSlotWord, and no ordinary word either. */
function isRareGivenNameSlot(first: Token | undefined): first is Token {
  return isRareNameSlotWord(first) && !isOrdinaryWord(first.folded, false, first.text);
}

/**
 * "وقال وزير الشباب نضال الحديد إن": after a verb of saying and a full office phrase, a word rare in
 * the tagger's training text and a word with the article, right before what was said, are the
 * speaker's name, though either is also a common word ("نضال": struggle, "الحديد": iron): the
 * verb's subject runs up to what he said. What else stands there is an adverb of time or place
 * and its genitive ("عقب الاجتماع", "غداة اللقاء"), an accusative ("تعقيبا") or a time word
 * ("اليوم"). Returns the end, or `start`.
 */
function saidHolderNameEnd(tokens: readonly Token[], office: number, start: number): number {
  // ("وزير الاقتصاد محمد نضال الشعار أن": a listed given name may come first, the father's name after it.)
  const first = tokens[start]?.isWord === true && isListedGivenName(tokens[start].folded) && !opensWhatWasSaid(tokens, start + 2) ? start + 1 : start;
  const given = tokens[first];
  const family = tokens[first + 1];
  if (!isRareNameSlotWord(given) || ADVERB_HEADS.has(given.folded) || isAccusativeCommonNoun(given)) return start;
  if (!isDefiniteFamilyNameWord(family) || isTimeWord(tokens, first + 1) || TIME_WORDS.has(family.folded)) return start;
  return opensWhatWasSaid(tokens, first + 2) && isSaidSubjectAt(tokens, office, isHonorificWord) ? first + 2 : start;
}

/**
 * Whether `start`..`end` is such a speaker's name right after his office phrase (saidHolderNameEnd):
 * tidying, which reads its two words as a common noun phrase, the verb's object, keeps it.
 */
export function isSaidHolderNameAt(tokens: readonly Token[], start: number, end: number): boolean {
  const role = end === start + 2 ? roleBefore(tokens, start) : null;
  return role !== null && role.end === start && role.end - role.start > 1 && saidHolderNameEnd(tokens, role.start, start) === end;
}

/**
 * "الوزير الأول المختار ولد اجاي", "عمدة بلدية أطار حمادي ولد سيدي المختار": right after a whole
 * office phrase, a word, the Hassaniya "ولد"/"منت" (son, daughter of) and a word are a Mauritanian
 * name, whatever else the words mean: the link read as the noun (a boy) or the verb (was born,
 * "ولد في") has no such word around it. The given name is no ordinary word (or, with the article, one
 * the news often takes for a person: "المختار"); the father's name no particle or ordinary word.
 * The name goes on as a name does (nameEnd). Returns the end, or `start`.
 */
function hassaniyaLineageNameEnd(tokens: readonly Token[], start: number, looksLikeName: (token: Token) => boolean): number {
  // ("سيدي محمد ولد ...": a listed given name may open a given name of two words.)
  const twoWordGiven = !isHassaniyaLinkAt(tokens, start + 1) && tokens[start]?.isWord === true && isListedGivenName(tokens[start].folded) && isPlainGivenWord(tokens[start + 1]);
  const link = twoWordGiven ? start + 2 : start + 1;
  const given = tokens[link - 1];
  const father = tokens[link + 1];
  // ("الحسن ولد الشيخ": the father's name may be a title, as Hassaniya names often are.)
  // ("نصر ولد عبد الرحمن": or a compound "عبد" + a word with the article.)
  const compoundFather = father?.folded === 'عبد' && tokens[link + 2]?.isWord === true && /^ال../.test(tokens[link + 2].folded);
  // ("الشيخ ولد باب أحمد": or a word that is also a common one before a listed given name, a father's name of two words.)
  const fatherBeforeListed = father?.isWord === true && !isVerbLike(father) && tokens[link + 2]?.isWord === true && isListedGivenName(tokens[link + 2].folded);
  if (!isHassaniyaLinkAt(tokens, link) || !father?.isWord || isParticle(father) || (!isHonorificWord(father) && !compoundFather && !fatherBeforeListed && (cannotBeName(father) || isOrdinaryWord(father.folded, true, father.text)))) return start;
  // ("والي الحوض الشرقي إسلم ولد سيدي": a given name that also spells a word, before "ولد" and a
  // father's name the lists know, is the name.)
  const givenBeforeListedFather = !/^(?:ال|و)/.test(given.folded) && !cannotBeName(given) && !hasPrepositionReading(given.folded) && (isListedGivenName(father.folded) || compoundFather);
  // ("الشيخ ولد ...": "الشيخ" is a Mauritanian given name before the link.)
  if (given.folded.startsWith('ال') ? personShareBucket(given.folded) < 2 && given.folded !== 'الشيخ' : !isPlainGivenWord(given) && !givenBeforeListedFather) return start;
  // Each further link takes the next forefather ("ولد أحمدو ولد الطالب"), and the last one's name may
  // have a second word ("سيدي المختار", "الطالب اعمر") before where the sentence goes on.
  let last = link + 1;
  while (isHassaniyaLinkAt(tokens, last + 1) && isForefatherWord(tokens[last + 2])) last += 2;
  const second = tokens[last + 1];
  if (second?.isWord && !isOfficeWord(second) && !isNationality(second) && !isHonorificWord(second) && ((fatherBeforeListed && last === link + 1) || (second.folded.startsWith('ال') ? personShareBucket(second.folded) >= 2 : isRareWord(second.folded) && !cannotBeName(second) && !isOrdinaryWord(second.folded, false, second.text) && isAtBoundary(tokens, last + 2)))) last++;
  return Math.max(last + 1, nameEnd(tokens, start, (token) => token === given || token === father || looksLikeName(token), () => false));
}

/** A bare word that may be a given name: no article, conjunction or preposition, no ordinary word. */
function isPlainGivenWord(token: Token | undefined): token is Token {
  return token?.isWord === true && !/^(?:ال|و)/.test(token.folded) && !cannotBeName(token) && !hasPrepositionReading(token.folded) && !isOrdinaryWord(token.folded, false, token.text);
}

function isHassaniyaLinkAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.isWord === true && HASSANIYA_LINKS.has(tokens[i].folded);
}

/** A forefather's name after a Hassaniya link: no particle, nothing that cannot be a name, no ordinary word (a title, "الطالب", "الشيخ", may be). */
function isForefatherWord(token: Token | undefined): boolean {
  return token?.isWord === true && !isParticle(token) && !cannotBeName(token) && (!isOrdinaryWord(token.folded, true, token.text) || isHonorificWord(token) || personShareBucket(token.folded) >= 1);
}

/** "تعقيبا", "ردا": a common noun with the accusative alef, an adverb. */
function isAccusativeCommonNoun(token: Token): boolean {
  return /[^ا]ا$/.test(token.folded) && isCommonWord(token.folded.slice(0, -1));
}

/**
 * "وزير الخارجية الفرنسي دومينيك دو فيلبان أمس", "وزيرة الخارجية كوندوليزا رايس ستزور": right after a
 * full office phrase, two or three words up to a word of time or a verb in the future are the
 * holder's name, though a word of it may read as something else ("باول" as "بأول", "رايس" as a
 * dialect noun). No word may be one that cannot be a name, take the article or a conjunction, or
 * (the first one, which must be rare in running text) read as an ordinary word; a name particle
 * ("دو", "فان") may stand inside. Returns the end, or `start`.
 */
function nameBeforeTimeEnd(tokens: readonly Token[], start: number): number {
  if (!isRareGivenNameSlot(tokens[start])) return start;
  let clitic = false;
  for (let end = start + 2; end <= start + 3 && end < tokens.length; end++) {
    const word = tokens[end - 1];
    if (!isPlainNameSlotWord(word)) return start;
    clitic ||= hasPrepositionReading(word.folded);
    if (foldedLeadingNameParts.has(word.folded)) continue;
    // Before a particle or a verb of saying only two words, none that reads as a preposition and a
    // word ("بوضوح"): the name is less sure there than before a word of time.
    const next = tokens[end];
    const timed = next.isWord && (TIME_WORDS.has(next.folded) || isFutureVerb(next.folded));
    if (timed || (end === start + 2 && !clitic && isAtBoundary(tokens, end))) return end;
  }
  return start;
}

/** "فاستعرض", "فأكد": "ف" + a past verb (of the tenth form by its shape, however rare), no name word. */
function isPastVerbAfterFa(token: Token): boolean {
  if (!token.isWord || !token.folded.startsWith('ف') || token.folded.length < 4 || isListedNameWord(token.folded)) return false;
  const verb = token.folded.slice(1);
  return /^است...$/.test(verb) || isVerbLike(tokenReadAs(token, verb, token.text.slice(1)));
}

/**
 * Whether a word after an office opens no name of its holder: "ب" glued to a given name ("بمحمد")
 * or to a derived verb's noun ("بافتحاص"), the verb's complement; or a dual imperfect ("محافظا
 * بورسعيد والإسماعيلية | يوقعان"), the verb of the office's two holders.
 */
function opensNoHolder(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.isWord === true && (isGivenNameAfterBa(token) || isPrepositionalDerivedMasdar(token) || isDualImperfectShape(token) || isToldOutletBeforeSaid(tokens, i));
}

/**
 * ("فلانة، الرئيسة المشتركة لمكتب ...، | لعنب بلدي، إن": "ل" + a word running text writes and never
 * for a person, the whole never written, then a word or two, a comma and what was said: whom he spoke
 * to (an outlet), no name; no listed name or given name in "ل" ("لطفي").)
 */
function isToldOutletBeforeSaid(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const rest = token.folded.slice(1);
  if (!/^ل[^ل]/.test(token.folded) || rest.length < 3 || !isSeenInRunningText(rest) || personShareBucket(rest) > 0 || isSeenInRunningText(token.folded) || isListedNameWord(token.folded) || isListedNameWord(rest) || isLamGivenName(token.folded)) return false;
  const comma = [i + 1, i + 2].find((k) => isComma(tokens[k]));
  return comma !== undefined && tokens.slice(i + 1, comma).every((word) => word.isWord) && /^[إأ]ن/.test(tokens[comma + 1]?.text ?? '');
}

/**
 * "السفير الفلسطيني بتونس، هائل الفاهوم، بعملية": between the comma after a full office phrase and the
 * next comma, two or three words closed by a family name rare in running text are the holder's name,
 * even when the given name is also an ordinary word ("هائل": huge). Returns the end, or `start`.
 */
function commaEnclosedNameEnd(tokens: readonly Token[], start: number): number {
  for (let end = start + 2; end <= start + 4 && end < tokens.length; end++) {
    if (!tokens[end - 1].isWord) return start;
    // (Four words only as a compound given name and the Amazigh family name: "فاطمة الزهراء أيت بها".)
    if (end === start + 4 && tokens[end - 2].folded !== AMAZIGH_LINK) return start;
    // ("المتحدث باسم الحكومة، بيشوا هوراماني (Peshawa Hawramany)،": the name's Latin spelling in
    // brackets may stand before the closing comma.)
    const comma = Math.max(end, latinGlossEnd(tokens, end));
    if (tokens[comma]?.text !== '،' && tokens[comma]?.text !== ',') continue;
    const words = tokens.slice(start, end);
    const last = words[words.length - 1];
    // "كبير المستشارين": the plural of an office ("المستشارين") makes it a title, no name.
    // ("بيشوا هوراماني": a verb's ending on a word running text never writes is a foreign name's; so is
    // a future's "سي" before a rest no news writes, "سيروان".)
    // ("أحمد معلم فقي": a last word on "ف" whose rest no news writes is no "ف" + a word.)
    const cliticLed = (token: Token, k: number): boolean =>
      (/^س[يتن]/.test(token.folded) && isSeenInRunningText(token.folded.slice(1))) || (/^[وف]/.test(token.folded) && (k < end - start - 1 || (token.folded.length > 3 && isSeenInRunningText(token.folded.slice(1))) || isSeenInRunningText(token.folded)));
    const plainWord = (token: Token, k: number): boolean =>
      !cannotBeName(token) && !isOfficeWord(token) && dualOffice(token) === null && !isHonorificWord(token) && !cliticLed(token, k) && (!hasNotNameEnding(token) || !isSeenInRunningText(token.folded));
    // ("الرئيس السوري، أحمد الشرع،": after a listed given name, a family name with the article may be a
    // common word too, "الشرع": the law.)
    // (So after a given name rare in running text and no ordinary word: "محافظ حلب، عزام الغريب،".)
    const givenWord = isListedGivenName(words[0].folded) || (isRareWord(words[0].folded) && !isOrdinaryWord(words[0].folded, true, words[0].text) && !/^(?:ال|[وفبلك])/.test(words[0].folded));
    const familyAfterGiven = words.length === 2 && givenWord && /^ال.{3,}$/.test(last.folded) && !isNationality(last) && !hasTrait(last, PLACE);
    // ("نائب رئيس مجلس السيادة، مالك عقار إير،": a listed or rare given name
    // opening it, the words after it without the article may be common words too.)
    const given = words[0].folded;
    // ("، هاوري نجم الدين،": "الدين" closing a compound name "X الدين" is none of the article's words.)
    const givenOpens = (isListedGivenName(given) || (isRareWord(given) && !isOrdinaryWord(given, true, words[0].text))) && words.slice(1).every((token, k) => (!token.folded.startsWith('ال') || (token.folded === 'الدين' && k > 0)) && !isNationality(token) && !hasTrait(token, PLACE));
    // ("رئيس حي الهرم، سوق المواشي بالمنيب،": not a common noun the news almost never takes for a
    // person and no list gives as a name, "سوق" (market); the words are the verb's object.)
    const commonNounOpens = isCommonWord(words[0]) && isRarelyANameInNews(given) && !isListedNameWord(given);
    // ("الكاتب العام لعمالة مراكش، المهدي بنسليمان،": a given name with the article the news mostly
    // takes for a person; and after a given name, a family name that also names a town the news never
    // writes in running text.)
    // ("، الطيب حسن أبكر،": or one the news opens several people's names with, though it is also an adjective.)
    const firstWordOpens = !tokens[start].folded.startsWith('ال') || isOftenANameInNews(given, true) || isNewsDefiniteGivenName(given);
    const townFamilyName = (token: Token, k: number): boolean => k === words.length - 1 && k > 0 && (isListedGivenName(given) || isOftenANameInNews(given, true)) && hasTrait(token, PLACE) && !isSeenInRunningText(token.folded) && !isNationality(token);
    // ("، المصطفى أيت الحاج،": the Amazigh "أيت" (sons of) and the word after it, whatever else it
    // reads as, are the family name.)
    const amazighFamily = words.length >= 3 && words[words.length - 2].folded === AMAZIGH_LINK && last.folded.length >= 3;
    // (Its given name may take the article, as the Maghreb writes "المصطفى", "المهدي".)
    // (The given names before it may be listed ones whatever letter opens them: "فاطمة الزهراء".)
    const listedGiven = (folded: string): boolean => isListedGivenName(folded) || (folded.startsWith('ال') && isListedGivenName(folded.slice(2)));
    const amazighWord = (k: number): boolean => amazighFamily && (k >= words.length - 2 || listedGiven(words[k].folded));
    // ("، حميد أيت وعلي،": or a word the news mostly takes for a person, "حميد" an adjective too.)
    const amazighGiven = amazighFamily && (listedGiven(given) || isGivenNameWord(words[0]));
    if (words.every((token, k) => plainWord(token, k) || townFamilyName(token, k) || amazighWord(k)) && !commonNounOpens && ((isRareWord(last.folded) && !isOrdinaryWord(last.folded, true, last.text)) || familyAfterGiven || givenOpens || amazighGiven) && (firstWordOpens || amazighGiven)) return end;
    return start;
  }
  return start;
}

/**
 * "سكوت ووكر (47 عاما)": the words right before an age in brackets are a name, when none of them is
 * an ordinary word, a title or a particle (two words at least, or one known name word).
 */
export function ageBracketNameSpans(tokens: readonly Token[], isKnownNameWord: (token: Token) => boolean): NameSpan[] {
  const spans: NameSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let open = nextTriggered(triggers, OPENING_BRACKET, 1); open >= 0 && open + 3 < tokens.length; open = nextTriggered(triggers, OPENING_BRACKET, open + 1)) {
    if (tokens[open].text !== '(' || !/^[0-9٠-٩]+$/.test(tokens[open + 1].text) || !AGE_WORDS.has(tokens[open + 2].folded) || tokens[open + 3].text !== ')') continue;
    let start = open;
    while (start > 0 && open - start < MAX_NAME_WORDS && tokens[start - 1].isWord && !cannotBeName(tokens[start - 1]) && !isOrdinaryWord(tokens[start - 1])) start--;
    // "ونال فيون (62 عاما)": a sentence opens with "و" and its verb, the name following as subject;
    // a first word with "و" that is no known name is that verb.
    const opensSentence = start === 0 || !tokens[start - 1].isWord;
    if (opensSentence && start < open - 1 && /^و.{3,}$/.test(tokens[start].folded) && !isKnownNameWord(tokens[start])) start++;
    // ("وروى الشاب أنس (24 عامًا)": a noun for a kind of person before the name is none of it.)
    if (start < open - 1 && isPersonNoun(tokens[start])) start++;
    // ("انتشال الشقيق الأصغر منصور (17 عاماً)": nor a definite kinship noun and its elative, "the youngest brother".)
    for (let k = open - 2; k >= start; k--) {
      if (!tokens[k].folded.startsWith('ال') || !foldedKinshipWords.has(tokens[k].folded.slice(2))) continue;
      start = SIBLING_ELATIVES.has(tokens[k + 1].folded) ? k + 2 : k + 1;
      break;
    }
    if (open - start >= 2 || (open - start === 1 && isKnownNameWord(tokens[start]))) spans.push({ start, end: open });
  }
  return spans;
}

/** "الأصغر", "الأكبر", "الأوسط" (folded): which of the siblings, after a kinship noun. */
const SIBLING_ELATIVES = new Set(['الاصغر', 'الاكبر', 'الاوسط', 'الصغري', 'الكبري', 'الوسطي']);

/**
 * "وزراء خارجية كل من: ...، والسودان (الرشيد الطاهر)": the bracket holds a name, whatever its words
 * would otherwise suggest ("السويدي" is also "Swedish"), up to a closing bracket or a dash.
 */
export function bracketListNameSpans(tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let open = nextTriggered(triggers, OPENING_BRACKET, 1); open >= 0; open = nextTriggered(triggers, OPENING_BRACKET, open + 1)) {
    if (tokens[open].text !== '(' || !listRoleBefore(tokens, open)) continue;
    const start = skipToName(tokens, open + 1);
    let end = start;
    while (end < tokens.length && tokens[end].isWord && !isOfficeWord(tokens[end]) && end - start < MAX_NAME_WORDS) end++;
    const closing = tokens[end]?.text;
    if (end > start && (closing === ')' || closing === '-')) spans.push({ start, end, bracketed: true });
  }
  return spans;
}

/**
 * "وزير النقل: أنيس غديرة السيرة الذاتية وزيرة المالية: ...": a name after an office and a colon.
 * Words that recur after several names of the same article's lists ("السيرة الذاتية") are list
 * boilerplate, not names.
 */
export function colonListNameSpans(blocks: ReadonlyArray<readonly Token[]>, looksLikeName: (token: Token) => boolean): NameSpan[][] {
  const gaz = gazetteer();
  const loose = (token: Token): boolean => looksLikeName(token) || token.isWord;
  // ("- والي الحوض الشرقي: الشيخ ولد باب أحمد،": a Mauritanian name opening with "الشيخ" before "ولد".)
  const entryNameEnd = (tokens: readonly Token[], start: number, stop: (token: Token) => boolean): number =>
    isSheikhBeforeHassaniyaLink(tokens, start) ? hassaniyaLineageNameEnd(tokens, start, looksLikeName) : nameEnd(tokens, start, loose, stop);
  const candidates = blocks.map((tokens) => {
    const found: NameSpan[] = [];
    const triggers = triggersIn(tokens);
    for (let colon = nextTriggered(triggers, COLON, 1); colon >= 0 && colon + 1 < tokens.length; colon = nextTriggered(triggers, COLON, colon + 1)) {
      if (tokens[colon].text !== ':') continue;
      const role = roleBefore(tokens, colon + 1);
      // A verb between office and colon makes it a clause ("الرئيس السادات توزعوا ثلاثة اتجاهات:").
      if (!role || tokens.slice(role.start, colon).some((t) => /وا$/.test(t.folded))) continue;
      // "مديرة المصحة : أتحمّل مسؤولية ...": a headline's speaker and what she says; a verb or an
      // ordinary word that no name list knows opens the quoted clause, not a name.
      // So does a place ("نائبة عن الحزب : سوسة تلقت مساعدات").
      const first = tokens[colon + 1];
      const known = isListedNameWord(first.folded);
      // "ينقصنا": an imperfect verb with an object pronoun is no name either.
      const verbWithPronoun = /^[يتن].{3,}(?:نا|ني|ها|هم|كم)$/.test(first.folded);
      if (first.isWord && !known && (verbWithPronoun || isOrdinaryWord(first.folded, false, first.text) || hasTrait(first, PLACE) || isPlaceWord(first.folded))) continue;
      const end = entryNameEnd(tokens, colon + 1, () => false);
      if (end > colon + 1) found.push({ start: colon + 1, end });
    }
    return found;
  });
  const seenIn = new Map<string, number>();
  blocks.forEach((tokens, b) => {
    for (const { start, end } of candidates[b]) for (let i = start + 1; i < end; i++) seenIn.set(tokens[i].folded, (seenIn.get(tokens[i].folded) ?? 0) + 1);
  });
  const boilerplate = (token: Token): boolean =>
    (seenIn.get(token.folded) ?? 0) >= 3 && !gaz.firstNames.has(token.folded) && !gaz.familyNames.has(token.folded) && !foldedWeakNameParts.has(token.folded);
  return blocks.map((tokens, b) =>
    candidates[b]
      .map(({ start }) => ({ start, end: entryNameEnd(tokens, start, boilerplate) }))
      // "وزير الثقافة: المشاريع المبرمجة": an ordinary word after the colon opens what was said, no name.
      .filter(({ start, end }) => end > start && tokens.slice(start, end).some(looksLikeName) && !isOrdinaryWord(tokens[start].folded, false, tokens[start].text) && holdsUpAfterColon(tokens, start, end)),
  );
}

/**
 * "عضو حزب التحرير : مفماش دولة اسمها تونس": after a headline's "office :" comes mostly what the
 * unnamed office holder said. A name there must hold up by itself: one that no name list opens may
 * hold no common noun the news almost never uses as a name ("دولة"), nor open with a verb in the future.
 */
function holdsUpAfterColon(tokens: readonly Token[], start: number, end: number): boolean {
  // ("الشيخ ولد باب أحمد": a Hassaniya lineage, whatever its words read as.)
  if (isListedNameWord(tokens[start].folded) || isSheikhBeforeHassaniyaLink(tokens, start)) return true;
  // ("منسق الاعتصام : سنثأر لدم فلان": a verb in the future, "we/he/you will", opens the quote.)
  if (/^س[نيت].{3,}$/.test(tokens[start].folded)) return false;
  // ("رئيس الحكومة لرجال الأعمال : استثمروا", "فلان بعد لقائه بعلان : اتفقنا على": a verb's ending, "you"
  // or "we", opens the quote.)
  if (hasNotNameEnding(tokens[start])) return false;
  return tokens.slice(start, end).every((token) => isListedNameWord(token.folded) || foldedWeakNameParts.has(token.folded) || !(isOrdinaryWord(token.folded, false, token.text) && isRarelyANameInNews(token.folded)));
}

/**
 * "شريف | عبد الرحمن": a bare given name at i (on the lists, or a word the news mostly takes for a
 * person, "شريف": honourable, often one), before a compound "عبد" + a word with the article.
 */
function isGivenBeforeServantCompound(tokens: readonly Token[], i: number): boolean {
  const [given, servant, name] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  return given?.isWord === true && !given.folded.startsWith('ال') && (isListedGivenName(given.folded) || isOftenANameInNews(given.folded)) && servant?.folded === 'عبد' && name?.isWord === true && /^ال../.test(name.folded);
}
