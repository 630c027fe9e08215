/**
 * Pass 3 of the extractor: person spans the tagger cut short run on over the rest of the name
 * (lineage chains, open name parts, European particles, the given name before, conjoined names).
 */
import { afterCutCompoundName } from './compound-name-titles.js';
import { theophoricFamilyNameEnd, theophoricNameRestEnd } from './theophoric-names.js';
import { divineEpithetNameEnd } from './divine-epithet-names.js';
import { isGovernmentHeadMention } from './government-heads.js';
import { opensDinCompoundName } from './din-compound-names.js';
import type { EntityKind } from '../article/model.js';
import { procliticReadings } from './clitics.js';
import { isCommonWord, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isNewsOutletAddressee, isPressAddressee } from './press-addressees.js';
import { hasTrait, NATIONALITY, PERSON_TITLE } from './word-traits.js';
import { gazetteer } from './gazetteer.js';
import { foldedNameLikeTitles, isParticle } from './lexicon.js';
import { isLoneForeignWordBeforeWawName } from './waw-middle-names.js';
import { isNisbaAfterCompoundGivenName, isFamilyNameAfterLineage, isForeignNameWithWaw, isIndefiniteFamilyName, isTimePhrase, isTitleWord, isWholeWordWithWaw, lineageEnd } from './spans.js';
import { isOfficeWord, isTimeWord, isVerbLike } from './office-words.js';
import { isRarelyANameInNews, isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import { conjoinedNamesEnd } from './conjoined-names.js';
import { isGivenName, isListedGivenName, isListedNameWord } from './given-names.js';
import { isGluedHyphenAt, isHyphenGluedToWordBefore, OPENS_WITH_DIGIT, type Token } from './tokenize.js';
import { QUOTE_MARKS } from './quote-marks.js';
import type { BlockRawSpan, BlockTokens, RawSpan } from './extract-types.js';
import { coveredTokens, isComma } from './located.js';
import { isOfficeAt } from './office-start.js';
import { isDefiniteGivenNameWord, RELATIVE_PRONOUNS } from './office-phrase-parts.js';
import { honorificBefore, isHonorificWord, isSayyidGivenName } from './honorific-titles.js';
import { roleBefore } from './role-before.js';
import { isImperfectVerb } from './imperfect-verbs.js';
import { isCliticOnBin } from './prepositional-words.js';
import { isDefiniteFamilyNameBeforeOffice, isFamilyNameBeforeCommaOffice, isFamilyNameBeforeApposedOffice, isTwoWordFamilyNameBeforeCommaOffice } from './office-closed-family-names.js';
import { isFamilyNameInOfficeApposition } from './comma-apposed-family-names.js';
import { isOfficeAsLineageFamilyName } from './lineage-family-slot.js';
import { ABU_FAMILY_HEADS, AMAZIGH_LINK, DAUGHTER_LINK, FOREIGN_NAME_PARTICLES, HASSANIYA_LINKS, LAMINE, MAGHREB_LINKS, isGivenAndFathersName, isLoneGivenName, KUNYA_HEADS, LINEAGE_CHAIN_LINKS, opensDaughterName, opensRankedSonName, SECOND_FOREIGN_PARTICLES } from './name-parts.js';
import { isPersianSurnameTailAt } from './ali-names.js';
import { isNisbaFamilyNameAfterTitledName, isTitledDefiniteFamilyName } from './titled-definite-family-names.js';

/**
 * Pass 3: lineage chains the tagger cut in two are one name: extend each person span (then the
 * spans a longer one now covers are dropped: withoutCoveredPeople).
 */
export function extendCutNames(raw: BlockRawSpan[]): void {
  const rawOfBlock = groupedBy(raw, (item) => item.block);
  // (Each span asks what starts where it ends: a map per block, not a scan of the block per span.)
  const startsOfBlock = new Map<BlockTokens, Map<number, BlockRawSpan[]>>();
  const indexStarts = (block: BlockTokens): void => {
    startsOfBlock.set(block, groupedBy(rawOfBlock.get(block) ?? [], (item) => item.start));
  };
  for (const block of rawOfBlock.keys()) indexStarts(block);
  for (const item of raw) {
    if (item.kind !== 'person') continue;
    const tokens = item.block.tokens;
    const inBlock = rawOfBlock.get(item.block) ?? [];
    const startingAt = (index: number): readonly BlockRawSpan[] => startsOfBlock.get(item.block)?.get(index) ?? [];
    // ("بيير" + "-إيف دوبوا": a lone given name glued by a hyphen to the next person span is the first
    // part of a compound given name, "بيير-إيف"; the spans make one name.)
    const hyphenJoined = item.end - item.start === 1 && !item.bracketed && isGluedHyphenAt(tokens, item.end) ? startingAt(item.end + 1).find((next) => next.kind === 'person') : undefined;
    if (hyphenJoined) {
      item.end = hyphenJoined.end;
      continue;
    }
    // ("النائب منصور عيد | أبو سريع، عضو لجنة": a family name "أبو" + a word, the tagger's span of its
    // own right after a name of two words, closes that name (Egypt's "أبو سريع", "أبو العينين").)
    const abuFamily = !item.bracketed && item.end - item.start === 2 && /^(?:أبو|ابو)$/.test(tokens[item.end]?.text ?? '') ? startingAt(item.end).find((next) => next.kind === 'person' && next.end - next.start === 2) : undefined;
    if (abuFamily) {
      item.end = abuFamily.end;
      continue;
    }
    // ("مامادو | لامين نيانغ": West Africa's "لامين" (Lamine), which reads as "ل" + "أمين", goes on the
    // name before it when the tagger opened a name of its own there.)
    const lamine = !item.bracketed && tokens[item.end]?.folded === LAMINE ? startingAt(item.end).find((next) => next.kind === 'person') : undefined;
    if (lamine) {
      item.end = lamine.end;
      continue;
    }
    // ("وسيف الدين | علي حمودة", "أكد عبد الأمير | حسون الجنابي": a compound given name the tagger's
    // span holds alone goes on into the person span right after it, the rest of the name; "علي"
    // spelt with its yaa there is the father's name, no preposition.)
    // (Not "و" + a word, which opens the next name of a list.)
    const restOfName = !item.bracketed && isLoneCompoundGivenName(tokens, item.start, item.end) && tokens[item.end]?.folded.startsWith('و') === false ? startingAt(item.end).find((next) => next.kind === 'person' && next.end - next.start >= 2) : undefined;
    if (restOfName) {
      item.end = restOfName.end;
      continue;
    }
    // ("وقال الوزير حسن معلم | عبدي | للجزيرة نت إن": a bare word between a name of two words or more
    // and the outlet he spoke to is the name's last, whatever the tagger made of it; press-addressees.ts.)
    // ("وقال وزير ... حسن | معلم عبدي | للجزيرة نت إن": so two, the first a common word, where what he
    // said follows the outlet.)
    const beforeOutlet = item.bracketed ? 0 : bareWordsBeforeOutlet(tokens, item.end, item.end - item.start);
    if (beforeOutlet > 0 && startingAt(item.end).every((next) => next.kind !== 'person')) {
      item.end += beforeOutlet;
      continue;
    }
    // ("وقال حسام | عيد | جمعة، رئيس النادي": a listed given name, a bare common word and a short
    // span that a comma closes are one name, as Egypt's names run: the common word is the father's.)
    const afterMiddle = !item.bracketed && item.end - item.start <= 2 && isListedGivenName(tokens[item.end - 1].folded) && isBareMiddleNameWord(tokens, item.end) ? startingAt(item.end + 1).find((next) => next.kind === 'person' && next.end - next.start <= 2 && closesClause(tokens[next.end])) : undefined;
    if (afterMiddle) {
      item.end = afterMiddle.end;
      continue;
    }
    // ("رضا أميري | مقدم": a Persian family name's last word written apart; ali-names.ts.)
    if (!item.bracketed && isPersianSurnameTailAt(tokens, item.end) && startingAt(item.end).every((next) => next.kind !== 'person')) {
      item.end++;
      continue;
    }
    // ("قالت ماريا خوسيه | لوبيز، نائبة ممثل اليونيسف": a one-word person span right after a short
    // one, then a comma and an office in apposition, is the name's last word: the office is one person's.)
    const apposedLastWord = !item.bracketed && item.end - item.start <= 2 ? startingAt(item.end).find((next) => next.kind === 'person' && next.end === item.end + 1 && isComma(tokens[next.end]) && tokens[next.end + 1]?.isWord === true && isOfficeAt(tokens, next.end + 1)) : undefined;
    if (apposedLastWord) {
      item.end = apposedLastWord.end;
      continue;
    }
    // "المهندس عادل فقيه" tagged "عادل" alone: the indefinite word after a lone given name is its family name.
    // After a name of two or three words ("العريف عبدالعزيز عبدالله يحيى مشراف، 21 عاما") only where
    // the phrase ends with that word: the tagger's longer span is more often right.
    const phraseEnds = item.end - item.start === 1 || !tokens[item.end + 1]?.isWord || OPENS_WITH_DIGIT.test(tokens[item.end + 1].text);
    // ("في حكومة مهدي جمعة إن": a government is named after its head's full name, so after "حكومة" a
    // lone word with no article is a given name, listed or not; government-heads.ts.)
    const givenName = isLoneGivenName(tokens[item.end - 1].folded) || (item.end - item.start === 1 && (isGovernmentHeadMention(tokens, item.start) || isNewsNameBeforeListedName(tokens, item.start)) && !tokens[item.start].folded.startsWith('ال'));
    if (!item.bracketed && tokens[item.end]?.isWord && item.end - item.start <= 3 && phraseEnds && givenName && isIndefiniteFamilyName(tokens, item.end) && startingAt(item.end).length === 0) item.end++;
    else if (!item.bracketed && item.end - item.start <= 3 && ((item.end - item.start === 1 && isNationalityFamilyName(tokens, item.start)) || isUnseenFamilyName(tokens, item.start, item.end)) && startingAt(item.end).length === 0) item.end++;
    // ("الرئيس أحمد | الشرع إلى أنقرة": a definite family name the tagger took for a common noun; titled-definite-family-names.ts.)
    else if (!item.bracketed && isTitledDefiniteFamilyName(tokens, item.start, item.end) && startingAt(item.end).length === 0) item.end++;
    // ("رئيس الوزراء محمد شياع | السوداني إن": a nisba family name after an office; titled-definite-family-names.ts.)
    else if (isNisbaFamilyNameAfterTitledName(tokens, item.start, item.end) && startingAt(item.end).length === 0) item.end++;
    // ("سميرة فلان | علانة وزيرة الصحة": an apposed office closes the name; office-closed-family-names.ts.)
    else if (!item.bracketed && (isFamilyNameBeforeApposedOffice(tokens, item.start, item.end) || isDefiniteFamilyNameBeforeOffice(tokens, item.start, item.end) || isFamilyNameBeforeCommaOffice(tokens, item.start, item.end)) && startingAt(item.end).length === 0) item.end++;
    // ("الدكتورة سهام | فتح الباب، رئيسة قسم الفلك": a family name of two words; office-closed-family-names.ts.)
    else if (!item.bracketed && isTwoWordFamilyNameBeforeCommaOffice(tokens, item.start, item.end) && startingAt(item.end).length === 0) item.end += 2;
    // ("وزير الصحة، سامي نجيب معروف،": the closing comma ends the name; comma-apposed-family-names.ts.)
    else if (!item.bracketed && tokens[item.end]?.isWord && isFamilyNameInOfficeApposition(tokens, item.start, item.end) && startingAt(item.end).length === 0) item.end++;
    // ("تعيين فلان بن فهد بن عبدالعزيز | القاضي عضوًا": an office word in the family slot of a lineage,
    // before what closes a name; lineage-family-slot.ts.)
    else if (!item.bracketed && isOfficeAsLineageFamilyName(tokens, item.end, item.end + 1) && startingAt(item.end).length === 0) item.end++;
    // ("نور الدين | البحري دخل": spans.ts isNisbaAfterCompoundGivenName.)
    if (!item.bracketed && item.end - item.start === 2 && isNisbaAfterCompoundGivenName(tokens, item.start, item.end) && startingAt(item.end).length === 0) item.end++;
    // ("محمد الهادي | بوجمعة": the Maghreb's family name "بو" + a given name, written as one word.)
    else if (!item.bracketed && item.end - item.start <= 3 && isBuFamilyName(tokens[item.end]) && startingAt(item.end).length === 0) item.end++;
    item.end = afterForeignParticles(tokens, afterOpenNamePart(tokens, lineageEnd(tokens, item.start, item.end, canContinueName)), canContinueName);
    item.end = afterFrenchArticle(tokens, item.start, item.end, canContinueName);
    if (!item.bracketed) item.end = afterHyphenedNamePart(tokens, item.start, item.end);
    item.end = afterCutCompoundName(tokens, item.start, item.end);
    // "إسماعيل ولد الشيخ | أحمد": after a lineage link a title is the father's name ("الشيخ"), not the
    // honorific of the name the tagger opened right after it; that name goes on the chain.
    const restStart = titledFatherEnd(tokens, item.start, item.end);
    const rest = restStart > 0 ? startingAt(restStart).find((other) => other.kind === 'person') : undefined;
    if (rest) item.end = rest.end;
    // "وعبدالحميد سلطان | عبدالله إبراهيم الحماد": a title that is also a given name, right after a
    // given name, is the father's name, and the name tagged after it goes on the same chain.
    const chained = isFatherNamedLikeTitle(tokens, item.start, item.end) ? startingAt(item.end).find((other) => other.kind === 'person') : undefined;
    if (!item.bracketed && chained !== undefined) item.end = chained.end;
    if (!item.bracketed && !startingAt(item.end).some((other) => other !== item)) item.end = theophoricFamilyNameEnd(tokens, item.start, item.end);
    if (!startingAt(item.end).some((other) => other !== item)) item.end = theophoricNameRestEnd(tokens, item.start, item.end);
    // ("عمار | حسب الرسول،": a Sudanese name on one of God's or the Prophet's epithets; divine-epithet-names.ts.)
    if (!startingAt(item.end).some((other) => other !== item && other.end > item.end + 2)) item.end = divineEpithetNameEnd(tokens, item.start, item.end);
    // "تيري ألبرت" + "ويزمان" tagged apart: a foreign name opening with "و" and a long vowel right
    // after a name of two words or more is its last part, not "and" + a second person.
    if (item.end - item.start >= 2 && isForeignNameWithWaw(tokens[item.end]?.folded ?? '') && startingAt(item.end).some((other) => other.kind === 'person' && other.end === item.end + 1)) item.end++;
    // ("مومو | واندال سوما": after one foreign word no list knows, the same word opens the middle of a
    // three-word name when the span after it runs on to the family name; waw-middle-names.ts.)
    else if (!item.bracketed && isLoneForeignWordBeforeWawName(tokens, item.start, item.end)) {
      const rest = startingAt(item.end).find((other) => other.kind === 'person' && other.end === item.end + 2);
      if (rest) item.end = rest.end;
    }
    // ("معالي لطيفة سعيد بن هندي | الظاهري، وزيرة": so is a one-word name an apposition found there.)
    if (!item.bracketed && isFamilyNameAfterLineage(tokens, item.start, item.end) && startingAt(item.end).every((other) => other.kind === 'person' && other.end === item.end + 1)) item.end++;
    // "بلدية الكاف،عبد الستار | الفرشيشي لـ": a given name on "عبد" tagged apart from the family name
    // after it goes on over that name (the later span, then inside this one, is dropped).
    const family = isCompoundGivenNameBeforeNisba(tokens, item.start, item.end) ? startingAt(item.end).find((other) => other.kind === 'person' && other !== item) : undefined;
    if (!item.bracketed && family !== undefined) item.end = family.end;
    // (A one-word name tagged apart after "الحاج" is that name: "فتحي الحاج | علي".)
    // ("فتحي الحاج | عامر ربان مركب": a span the tagger opened on that given name, running on over a
    // word that opens no name, keeps only what follows it; tidying weighs that.)
    const hajjsName = !item.bracketed && isHajjsNameAfter(tokens, item.start, item.end);
    if (hajjsName && tokens[item.end + 1]?.isWord && opensNoName(tokens[item.end + 1])) {
      const cut = startingAt(item.end).filter((other) => other !== item && other.end > item.end + 1);
      for (const other of cut) other.start = item.end + 1;
      if (cut.length > 0) indexStarts(item.block);
      item.end++;
    } else if (hajjsName && !startingAt(item.end).some((other) => other.end > item.end + 1)) item.end++;
    // "بالزعيم الحبيب | بورقيبة": a family name alone after a title and a definite given name.
    const start = item.start;
    if (!item.bracketed && isDefiniteGivenNameAfterTitle(tokens, item.start, item.end) && !inBlock.some((other) => other.kind === 'person' && other.end === item.start)) item.start--;
    if (!item.bracketed && isRareGivenNameBefore(tokens, item.start, item.end) && !inBlock.some((other) => other.kind === 'person' && other.end === item.start)) item.start--;
    else if (!item.bracketed && (isForeignGivenNameBefore(tokens, item.start, item.end) || isPlainGivenNameBefore(tokens, item.start, item.end) || isGivenNameAfterOffice(tokens, item.start, item.end) || isNameWordAfterNationality(tokens, item.start, item.end)) && !inBlock.some((other) => other.end > item.start - 1 && other.start <= item.start - 1)) item.start--;
    // ("كل من فلانة بلحاج | حميدة و فلانة": a pilgrim's own name tagged alone; isHajjFamilyBefore.)
    // (A person span of just those two words, "فلانة بالحاج | حميدة", is the same name cut in two: it is
    // covered once the span opens at the given name, and dropped then.)
    const hajjStart = item.start - 2;
    const cutHalf = (other: RawSpan): boolean => other.kind === 'person' && other.start === hajjStart && other.end === item.start;
    if (!item.bracketed && item.end - item.start === 1 && isHajjFamilyBefore(tokens, item.start) && !inBlock.some((other) => other.end > hajjStart && other.start < item.start && !cutHalf(other))) item.start -= 2;
    // (The index is derived from the starts: rebuilt, not patched, when one moves.)
    if (item.start !== start) indexStarts(item.block);
  }
}

/** "سيف الدين", "عبد الأمير": a compound given name of two words ("X الدين", "عبد" + a definite word), all of the span [start, end). */
function isLoneCompoundGivenName(tokens: readonly Token[], start: number, end: number): boolean {
  const [first, second] = [tokens[start], tokens[start + 1]];
  return end - start === 2 && (second.folded === 'الدين' || (/^و?عبد$/.test(first.folded) && /^ال../.test(second.folded)));
}

/**
 * "مهدي جمعة يدعو", "قال مهدي جمعة رئيس الحزب" tagged "مهدي" alone: a word no list knows as a given
 * name but the news mostly takes for a person, before a word the lists know as a given name and that
 * is no common word (the father's or family name, "جمعة"), opens a name of two words, as a listed
 * given name would.
 */
function isNewsNameBeforeListedName(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1];
  if (next?.isWord !== true || !isListedGivenName(next.folded) || isParticle(next) || isCommonWord(next.folded) || isOrdinaryWord(next) || personShareBucket(tokens[start].folded) !== MOSTLY_A_PERSON) return false;
  // (Where the phrase ends after the two words: punctuation, a particle, an office in apposition, a
  // verb or an accusative; "أوبراين أمام مجلس الأمن": "in front of" governs the noun after it.)
  const after = tokens[start + 2];
  return after === undefined || !after.isWord || isParticle(after) || isTitleWord(after) || /^س?[يت]/.test(after.folded) || after.folded.endsWith('ا');
}

/**
 * "عبد الستار الفرشيشي": "عبد" and a definite word make one given name, which no adjective or
 * complement follows as a definite word the news mostly takes for a person: that word is the family name.
 */
function isCompoundGivenNameBeforeNisba(tokens: readonly Token[], start: number, end: number): boolean {
  const family = tokens[end];
  return end - start === 2 && tokens[start].folded === 'عبد' && tokens[start + 1].folded.startsWith('ال') && family?.isWord === true && /^ال.{3,}$/.test(family.folded) && personShareBucket(family.folded) === MOSTLY_A_PERSON;
}

/** "بلحاج", "بالحاج", "بلشيخ", "الحاج": the Maghreb's "(son of) the pilgrim (the sheikh)", folded. */
const SON_OF_TITLE = /^(?:با?ل(?:حاج|شيخ)|الحاج)$/;

/**
 * "منذر بلحاج علي وغيرهم", "فتحي الحاج علي اليوم": after a family name that reads "(son of) the
 * pilgrim", a given name that closes the phrase (punctuation, a particle, a time word or a word with
 * "و" after it) is the pilgrim's own name, the rest of the family name ("بلحاج علي", "الحاج علي").
 */
function isHajjsNameAfter(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[end];
  const next = tokens[end + 1];
  if (end - start < 2 || !SON_OF_TITLE.test(tokens[end - 1].folded) || !word?.isWord || !isGivenName(word.folded)) return false;
  return next === undefined || !next.isWord || isParticle(next) || /^[وف]/.test(next.folded) || isTimePhrase(tokens, end + 1) || isTimeWord(tokens, end + 1) || opensNoName(next);
}

/** "بلحاج", "بالحاج", "بلشيخ": "son of the pilgrim (the sheikh)" glued, never a title ("الحاج فلان" is one). */
const GLUED_SON_OF_TITLE = /^با?ل(?:حاج|شيخ)$/;

/**
 * "كل من بشيرة بلحاج | حميدة و فلانة": a one-word name tagged alone right after a glued "son of the
 * pilgrim" family name and a given name before it is the pilgrim's own name, the end of one person's
 * name ("بلحاج حميدة"), not a second person: the span opens at that given name.
 */
function isHajjFamilyBefore(tokens: readonly Token[], start: number): boolean {
  const [given, hajj] = [tokens[start - 2], tokens[start - 1]];
  return hajj?.isWord === true && GLUED_SON_OF_TITLE.test(hajj.folded) && given?.isWord === true && !isTitleWord(given) && !isParticle(given) && isListedNameWord(given.folded.replace(/^و(?=..)/, ''));
}

/**
 * "فتحي الحاج عامر ربان مركب", "مجدي بالحاج علي إتحاد تطاوين": a word no list knows as a name and
 * the news seldom takes for one (an office or trade in apposition, a club's name) opens no name of
 * its own either: the given name before it closes the pilgrim's family name.
 */
function opensNoName(token: Token): boolean {
  return !isListedNameWord(token.folded) && personShareBucket(token.folded) <= 1;
}

/** "عبدالحميد", "وعبدالله": a compound given name on "عبد" written as one word, a list's "و" allowed. */
const COMPOUND_ABD = /^و?عبد.{3,}$/;

/** Whether the span [start, end) ends with a title that is also a given name ("سلطان") after a given name. */
function isFatherNamedLikeTitle(tokens: readonly Token[], start: number, end: number): boolean {
  const given = tokens[end - 2];
  // ("محمود سيد | زيزو": a bare "سيد" is no title, "السيد" is; after a given name it is the father's.)
  const title = foldedNameLikeTitles.has(tokens[end - 1].folded) || tokens[end - 1].folded === 'سيد';
  return end - start >= 2 && title && !isTitleWord(given) && (isLoneGivenName(given.folded) || COMPOUND_ABD.test(given.folded));
}

/**
 * "الناطق باسم المحاكم مراد التركي فقد": a definite nationality in the masculine right after a lone
 * given name, closing the phrase, is the family name (tidying keeps it: "منصور التركي"). News puts a
 * person's nationality before the name ("البلجيكي فلان"), not after his given name.
 */
function isNationalityFamilyName(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start + 1];
  const after = tokens[start + 2];
  // ("المدير العام لشركة كابيتال ميترو جوزيبي روسي إن": or a bare one, which agrees with no definite name.)
  if (!word?.isWord || !/^(?:ال)?.{3,}ي$/.test(word.folded) || !gazetteer().nationalities.has(word.folded.startsWith('ال') ? word.folded : `ال${word.folded}`)) return false;
  return (after === undefined || !after.isWord || isParticle(after)) && isLoneGivenName(tokens[start].folded) && !tokens[start].folded.startsWith('ال');
}

/** The bucket of words the ANT news tagged a person in 70% of their occurrences or more (tagger.ts personShareBucket). */
const MOSTLY_A_PERSON = 3;

/** The bucket of words the ANT news tagged a person in 30% of their occurrences or more. */
const OFTEN_A_PERSON = 2;

/**
 * "رئيس نادي الشباب خالد البلطان": a definite word the ANT news wrote too seldom to count, right after a
 * lone given name after a title or an office, is a rare family name (not a common word, place, title
 * or nationality). So it is after two given names ("وقال فهد سعد المانع إن", "قدم فلان فلان المانع
 * التهنئة"): the given name and the father's name, which a family name follows, title or not. So is a
 * definite word the news mostly takes for a person ("وأكد معتمد منوبة نزار العمري وجود"): a nisba
 * that is also an adjective ("عمري": of age) the tagger may cut off.
 */
function isUnseenFamilyName(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[end];
  // ("عضو المجلس رياض الموخر عن الحزب": a nisba the news tagged a person at times only, rare in the
  // tagger's text, is such a family name as well: an adjective in "ال" that rare is none of the
  // ordinary ones.)
  if (!word?.isWord || !/^ال.{3,}$/.test(word.folded)) return false;
  const share = personShareBucket(word.folded);
  // ("وزير الفلاحة سمير | الطيب كافة": an adjective too, "good", but one the news tags a person in a
  // third of its uses or more is a family name there; OFTEN_A_PERSON.)
  const oftenAPerson = share >= OFTEN_A_PERSON;
  if (!([-1, MOSTLY_A_PERSON].includes(share) || oftenAPerson || (share >= 1 && isRareWord(word.folded)))) return false;
  if (isTitleWord(word) || (isOrdinaryWord(word) && !oftenAPerson) || isPlaceWord(word.folded) || hasTrait(word.folded, NATIONALITY | PERSON_TITLE)) return false;
  // ("الدكتور حامد بن مساعد | الجحدلي الأمسية": or a given name, "بن" and the father's, a lineage
  // whose family slot is open.)
  const lineage = end - start === 3 && LINEAGE_CHAIN_LINKS.has(tokens[start + 1].folded) && !tokens[start].folded.startsWith('ال');
  const givenNames = end - start === 1 ? isLoneGivenName(tokens[start].folded) && !tokens[start].folded.startsWith('ال') : end - start === 3 ? lineage : isGivenAndFathersName(tokens, start, end);
  // (After one given name only where a title or an office names a person there: a given name alone may be a common word.)
  const before = tokens[start - 1];
  const titled = end - start >= 2 || (before !== undefined && before.isWord && (isTitleWord(before) || roleBefore(tokens, start) !== null));
  // (Nor where another definite word follows, which may go on the name: the tagger's cut is safer;
  // after two given names a definite word that is no nisba and no name in the news is the verb's object.)
  const after = tokens[end + 1];
  const object = end - start >= 2 && after !== undefined && !after.folded.endsWith('ي') && personShareBucket(after.folded) <= 0;
  const closes = after === undefined || !after.isWord || isParticle(after) || !after.folded.startsWith('ال') || object;
  return titled && closes && givenNames;
}

/**
 * "وتحدثت أم عبدالله الربيش": "أم" between a verb in the feminine past ("ت") and a given name is
 * the head of the woman's kunya, not "or" (which follows a first alternative, no verb).
 */
function isMothersKunyaBefore(tokens: readonly Token[], start: number): boolean {
  const [verb, head] = [tokens[start - 2], tokens[start - 1]];
  if (!verb?.isWord || !head?.isWord || !/^[أا]م$/.test(head.text) || !isLoneGivenName(tokens[start].folded)) return false;
  return verb.folded.length >= 4 && verb.folded.endsWith('ت') && !verb.folded.startsWith('ال') && !isListedNameWord(verb.folded) && !isParticle(verb);
}

/**
 * "الفريق الركن صغير | حمود بن عزيز": a span that opens on a lineage chain ("X بن Y") right after a
 * title and one bare word has left out the given name: a title stands before a whole name, so the
 * word between them is its first, even one that is also a common word ("صغير": small).
 */
function isGivenNameBetweenTitleAndLineage(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start - 1];
  // (The title must end before the word: "العقيد متقاعد | عايض بن ..." has the word in its title.)
  // ("العقيد شريف | جمال الدين": or on a father's compound name "X الدين", the word one the news often takes for a person.)
  const opensName = LINEAGE_LINKS_BEFORE_NAME.has(tokens[start + 1]?.folded ?? '') || (opensDinCompoundName(tokens, start) && personShareBucket(word?.folded ?? '') >= 2);
  if (start < 2 || !word.isWord || !opensName || honorificBefore(tokens, start) !== null || honorificBefore(tokens, start - 1) === null) return false;
  return !/^(?:ال|و)/.test(word.folded) && !isParticle(word) && !isTitleWord(word) && !isHonorificWord(word) && !hasTrait(word, NATIONALITY) && !isImperfectVerb(word);
}

/** A bare word that may be a woman's given name before "منت", an ordinary word as it may be: no article, conjunction, particle, title, office or verb of saying. */
function isBareGivenNameBeforeDaughterLink(token: Token): boolean {
  return token.isWord && token.folded.length >= 3 && !/^(?:ال|و)/.test(token.folded) && !isParticle(token) && !isTitleWord(token) && !isOfficeWord(token) && !procliticReadings(token).some(({ stem }) => gazetteer().personVerbs.has(stem));
}

/**
 * "وأوضح لغوث ولد بغالي": a span the tagger opened right after a lineage link ("بن", "ولد") takes
 * the given name before the link, a word that may be a name (no title, particle, verb of saying,
 * ordinary word or word with the article: "نظام بن علي", "الرئيس بن علي").
 */
export function extendLineagesBackwards(raw: BlockRawSpan[]): void {
  const gaz = gazetteer();
  const opensLineage = (token: Token | undefined): boolean =>
    token !== undefined && token.isWord && !token.folded.startsWith('ال') && canContinueName(token) && !procliticReadings(token).some(({ stem }) => gaz.personVerbs.has(stem)) && !isRarelyANameInNews(token.folded);
  const personsOfBlock = new Map<BlockTokens, RawSpan[]>();
  for (const [block, items] of groupedBy(raw, (item) => item.block)) personsOfBlock.set(block, items.filter((item) => item.kind === 'person'));
  const sonLineages = hassaniyaSonLineages(raw);
  for (const item of raw) {
    if (item.kind !== 'person') continue;
    const tokens = item.block.tokens;
    // "ماريسو ولد جوليان ماريسو": the end of another name before "ولد" makes it the verb "was born".
    const inOtherName = (i: number): boolean => (personsOfBlock.get(item.block) ?? []).some((other) => other !== item && other.start <= i && i < other.end);
    // ("الغالية منت أحمد فال": a definite word before "منت" is a woman's given name; name-parts.ts.)
    // ("رئيس السلطة، الداه ولد أحمد طالب،": or before "ولد" in an apposition; name-parts.ts.)
    const opensLinkedGivenName = (i: number): boolean => (opensDaughterName(tokens, i) || opensRankedSonName(tokens, i)) && !isParticle(tokens[i]) && !isOfficeWord(tokens[i]) && !RELATIVE_PRONOUNS.has(tokens[i].folded);
    const extendOverLinks = (): void => {
      // ("فاطمة | أيت بلعيد": the Amazigh "أيت", never a verb as "ولد" may be, joins the given name
      // before it even where the tagger took that for a name of its own, which the longer one covers.)
      while (item.start >= 2 && item.end - item.start < 10 && LINEAGE_LINKS_BEFORE_NAME.has(tokens[item.start - 1].folded) && (opensLineage(tokens[item.start - 2]) || opensLinkedGivenName(item.start - 2)) && (!inOtherName(item.start - 2) || tokens[item.start - 1].folded === AMAZIGH_LINK)) item.start -= 2;
    };
    extendOverLinks();
    // ("مديرة الحالة المدنية: سلامة | منت أحمد سالم": a span the tagger opened on "منت" itself takes
    // the word before it, the woman's given name, whatever else it reads as ("سلامة": safety).)
    if (item.start >= 1 && tokens[item.start].folded === DAUGHTER_LINK && isBareGivenNameBeforeDaughterLink(tokens[item.start - 1]) && !inOtherName(item.start - 1)) item.start--;
    // "الحاج سيد أبو العينين": the given name "سيد" after a title, which the title's words left out.
    // ("حمادي ولد سيد المختار": or after a Hassaniya link, and the lineage goes on before it.)
    if (item.start >= 2 && isSayyidGivenName(tokens, item.start - 1)) {
      item.start--;
      extendOverLinks();
    }
    else if (isMothersKunyaBefore(tokens, item.start)) item.start--;
    else if (isGivenNameBetweenTitleAndLineage(tokens, item.start) && !inOtherName(item.start - 1)) item.start--;
    // ("موجها كلامه لبن سدرين": the "بن" of the family name, a preposition glued to it; tidying
    // leaves the letter out, person-span-tidy.ts.)
    else if (item.start >= 1 && isCliticOnBin(tokens[item.start - 1].folded)) item.start--;
    // ("، وسالم | عبداللطيف الهاجري": a name the tagger opened at the father's compound name "عبد..."
    // takes the listed given name before it, behind the "و" of a list.)
    else if (item.start >= 1 && item.end - item.start >= 2 && /^عبد/.test(tokens[item.start].folded) && isListedGivenNameBehindWaw(tokens[item.start - 1]) && !inOtherName(item.start - 1)) item.start--;
    // ("رئيس مجلس إدارة نادي الكرامة، نضال | عبد الجواد البيطار،": so does a bare word the news may
    // write as a common noun, "نضال" (struggle), between the commas of an office's apposition.)
    else if (isGivenNameBeforeApposedCompound(tokens, item.start, item.end) && !inOtherName(item.start - 1)) item.start--;
    // ("وزير الخارجية الباكستاني ذو الفقار | حسين شاه": the compound given name before, "ذو" (possessor
    // of) and a noun with the article.)
    else if (isDhuGivenNameBefore(tokens, item.start) && !inOtherName(item.start - 2)) item.start -= 2;
    // ("وقال ولد | محمد المختار": a man the article named in full as "فلان ولد محمد المختار ..." is
    // named again by "ولد" and his father's name, which the tagger opened after the link.)
    else if (item.start >= 1 && tokens[item.start - 1].folded === 'ولد' && !inOtherName(item.start - 2) && sonLineages.has(foldedRun(tokens, item.start - 1, wordsEnd(tokens, item.start, item.end)))) item.start--;
    // ("وأمير | علي كوهستاني": behind a list's "و", a title that is also a given name before a listed
    // given name opens a compound given name, "أمير علي"; spans.ts keeps it.)
    else if (item.start >= 1 && item.end - item.start >= 2 && isNameLikeTitleBehindWaw(tokens[item.start - 1]) && isListedGivenName(tokens[item.start].folded) && !inOtherName(item.start - 1)) item.start--;
  }
}

/** "ولد" and the words after it up to each name's end, folded, of the names the article writes with a Hassaniya "ولد" inside. */
function hassaniyaSonLineages(raw: readonly BlockRawSpan[]): Set<string> {
  const lineages = new Set<string>();
  for (const item of raw) {
    if (item.kind !== 'person') continue;
    const tokens = item.block.tokens;
    for (let k = item.start + 1; k < item.end - 1; k++) if (tokens[k].folded === 'ولد') for (let end = k + 2; end <= item.end; end++) lineages.add(foldedRun(tokens, k, end));
  }
  return lineages;
}

/** The end of the span's words, before any punctuation it closes with. */
function wordsEnd(tokens: readonly Token[], start: number, end: number): number {
  let wordEnd = end;
  while (wordEnd > start && !tokens[wordEnd - 1].isWord) wordEnd--;
  return wordEnd;
}

/** The folded words of tokens[start, end), a space between (a key of hassaniyaSonLineages). */
function foldedRun(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((token) => token.folded).join(' ');
}

/** Whether the token is "و" + a title that is also a given name ("وأمير", "وسلطان"). */
function isNameLikeTitleBehindWaw(token: Token): boolean {
  return token.isWord && /^و./.test(token.folded) && foldedNameLikeTitles.has(token.folded.slice(1));
}

/** Compound given names of "ذو" (possessor of) and a noun with the article, folded: "ذو الفقار", "ذو النون". */
const DHU_GIVEN_NAMES = new Set(['الفقار', 'النون', 'الكفل', 'القرنين', 'اليزن']);

/** Whether "ذو"/"ذي" and the rest of such a compound given name stand right before `start`. */
function isDhuGivenNameBefore(tokens: readonly Token[], start: number): boolean {
  return start >= 2 && /^(?:ذو|ذي|ذا)$/.test(tokens[start - 2].folded) && DHU_GIVEN_NAMES.has(tokens[start - 1].folded);
}

/**
 * Whether the word before `start` is the given name of a name [start, end) that opens with a
 * compound "عبد" + a word with the article and that commas set off after an office: a comma, the
 * office before it, the bare word, the name, a comma.
 */
function isGivenNameBeforeApposedCompound(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start - 1];
  if (start < 3 || end - start < 3 || tokens[start].folded !== 'عبد' || !tokens[start + 1].folded.startsWith('ال') || !isComma(tokens[start - 2]) || !isComma(tokens[end])) return false;
  if (!word.isWord || /^(?:ال|و)/.test(word.folded) || isParticle(word) || isVerbLike(word) || isOfficeWord(word) || isTitleWord(word) || hasTrait(word, NATIONALITY) || isPlaceWord(word.folded)) return false;
  return roleBefore(tokens, start - 2) !== null;
}

/** A listed given name, maybe behind the "و" of a list ("وسالم"). */
function isListedGivenNameBehindWaw(token: Token): boolean {
  if (!token.isWord) return false;
  const word = token.folded;
  return isListedGivenName(word) || (word.length > 3 && word.startsWith('و') && isListedGivenName(word.slice(1)));
}

/**
 * "فلان فلان وفلان فلان": a name joined to a person's name by "و" is the next person of a list; the
 * span runs on over it and tidying splits it at the conjunction (tidyPersonSpan).
 * Only over words no other span takes: those names are found already.
 */
export function extendOverConjoinedNames(raw: BlockRawSpan[], looksLikeName: (token: Token) => boolean): void {
  const rawTokens = coveredTokens(raw.map(({ block, start, end }) => ({ block, span: { kind: 'person', start, end, skip: 0 } })));
  for (const item of raw) {
    if (item.kind !== 'person') continue;
    const taken = rawTokens.get(item.block);
    item.end = conjoinedNamesEnd(item.block.tokens, item.end, looksLikeName, (index) => taken?.has(index) ?? false);
  }
}

/**
 * Drops person spans inside a longer (or, if equal, earlier) person span of the same block. Spans are
 * compared within their block only: an article has thousands of them.
 */
export function withoutCoveredPeople<T extends { block: BlockTokens; kind: EntityKind; start: number; end: number }>(raw: T[]): T[] {
  const byBlock = new Map<BlockTokens, Array<{ item: T; order: number }>>();
  raw.forEach((item, order) => {
    if (item.kind !== 'person') return;
    const list = byBlock.get(item.block) ?? [];
    list.push({ item, order });
    byBlock.set(item.block, list);
  });
  const covered = new Set<T>();
  for (const list of byBlock.values()) {
    for (const { item, order } of list) {
      const inside = list.some(
        ({ item: other, order: otherOrder }) =>
          other !== item && other.start <= item.start && other.end >= item.end && (other.end - other.start > item.end - item.start || otherOrder < order),
      );
      if (inside) covered.add(item);
    }
  }
  return raw.filter((item) => !covered.has(item));
}

/**
 * Where a name the tagger opened after a title that follows a lineage link starts ("إسماعيل ولد
 * الشيخ | أحمد", the span ending after the title or after the link), or -1.
 */
function titledFatherEnd(tokens: readonly Token[], start: number, end: number): number {
  if (end - start >= 2 && LINEAGE_LINKS_BEFORE_NAME.has(tokens[end - 1].folded) && tokens[end]?.isWord && isHonorificWord(tokens[end])) return end + 1;
  if (end - start >= 3 && LINEAGE_LINKS_BEFORE_NAME.has(tokens[end - 2].folded) && isHonorificWord(tokens[end - 1])) return end;
  return -1;
}

/** Links between a given name and the father's name or the family ("X بن Y", Hassaniya "X ولد Y", Amazigh "X أيت Y"). */
const LINEAGE_LINKS_BEFORE_NAME = new Set(['بن', 'بنت', AMAZIGH_LINK, ...HASSANIYA_LINKS]);

/** Whether a person span may run on over the token: no title, particle or ordinary word. */
function canContinueName(token: Token): boolean {
  return !isTitleWord(token) && !isParticle(token) && !isOrdinaryWord(token);
}

/** `items` by `keyOf` each, every list in the order of `items` (spans per block, per start). */
function groupedBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * "- مندل عبدالله القباع" (a byline) tagged from "عبدالله": at the start of a block or after
 * punctuation, a word rare in news text that is no ordinary word, place, title, particle or verb (no
 * clitic or imperfect prefix: "يبدد"), before a name of two words or more that opens with a given
 * name (the father's), is the person's own given name.
 */
function isRareGivenNameBefore(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start - 1];
  const before = tokens[start - 2];
  if (!word?.isWord || end - start < 2 || (before !== undefined && before.isWord) || !isLoneGivenName(tokens[start].folded)) return false;
  const gaz = gazetteer();
  const folded = word.folded;
  return (
    isRareWord(folded) && personShareBucket(folded) < 0 && !/^[وفبلكيتنس]/.test(folded) && !folded.startsWith('ال') && !isOrdinaryWord(folded) && !isCommonWord(folded) &&
    !gaz.places.has(folded) && !isPlaceWord(folded) && !isTitleWord(word) && !isParticle(word) && !hasTrait(folded, NATIONALITY | PERSON_TITLE) && !/[0-9٠-٩]/.test(folded)
  );
}

/**
 * "بالزعيم الحبيب بورقيبة", "الرئيس الهادي نويرة" tagged from the family name: between a bare title
 * (an honorific or an office word, no complement) and a one-word name the tagger found, a definite
 * given name ("الحبيب", "الهادي") opens the name; it is no adjective of the title.
 */
function isDefiniteGivenNameAfterTitle(tokens: readonly Token[], start: number, end: number): boolean {
  // ("الرئيس السابق الحبيب | بورقيبة بالتسبب": a tagger's span with a word run on, tidied later, too.)
  if (end - start > 2 || start < 2 || !tokens[start - 1].folded.startsWith('ال')) return false;
  const title = tokens[start - 2];
  return title.isWord && (isHonorificWord(title) || isTitleWord(title)) && isDefiniteGivenNameWord(tokens[start - 1]);
}

/** Particles of negation: the word after one is a verb ("ما ننساش"). */
export const NEGATIONS = new Set(['ما', 'لا', 'لم', 'لن']);

/**
 "عن نارام جون سميث", "مرشح الوسط فلان ماكرون" tagged from the next name: a transliterated given
 * name the tagger never learned stands right before it. Such a word is rare in the tagger's text,
 * unseen as a person share in the news, and has no Arabic shape: no clitic or imperfect prefix, no
 * pronoun, plural or past-tense ending ("كتابته", "مقالات", "أشادت"; a dual "ان" only on a word the
 * news writes: isDualOfSeenWord), no broken plural "أفعال"
 * ("أقلام"), no "ي" after a word the news uses ("زميلي": isPossessiveOfSeenWord), no article (isHamzaAlefName), and is no ordinary word,
 * place, title or particle. Not after a negation ("ما ننساش"), nor before a name that opens
 * with "و" (the next person of a list).
 */
function isForeignGivenNameBefore(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start - 1];
  if (!word?.isWord || tokens[start].folded.startsWith('و') || NEGATIONS.has((tokens[start - 2]?.folded ?? '').replace(/^[وف]/, ''))) return false;
  return hasForeignNameShape(word) || (end - start >= 2 && isForeignGivenNameAfterSayingVerb(tokens, start));
}

/**
 * "أفاد جوسيب ماريا فلان رئيس النادي" tagged from "ماريا": between a verb of saying and its subject,
 * a name of two words or more that opens with a listed given name, a word of a transliterated name's
 * shape is the subject's first given name even when the news wrote it without tagging it a person
 * (nothing else, no adverb or time word, stands there: those are ordinary words).
 */
function isForeignGivenNameAfterSayingVerb(tokens: readonly Token[], start: number): boolean {
  const verb = tokens[start - 2];
  if (!verb?.isWord || !isListedGivenName(tokens[start].folded) || !procliticReadings(verb).some(({ stem }) => gazetteer().personVerbs.has(stem))) return false;
  return hasForeignNameShape(tokens[start - 1], true);
}

/**
 * "أهدى", "ألقى", "أبدى": the past of a verb of form IV on a weak last root letter, written "أ" + two
 * letters + "ى" (diacritics aside): an Arabic verb, no transliterated name ("و أهدى بيريز قميصا").
 */
const FORM_IV_DEFECTIVE_PAST = /^أ[\u0621-\u064a]{2}ى$/;

/**
 * "إمتعض", "إنسحب", "إستقبل", "إستقال": the past of a verb of form VII, VIII or X written with "إ"
 * ("إن" + three root letters, "إ" + a letter + "ت" + two, "إست" + three, the hollow "إست" + C + "ا" + C):
 * an Arabic verb, no transliterated name ("من جهة أخرى إمتعض فلان الفلاني من ..."). Names in "إ"
 * carry a long vowel or more letters ("إيتو", "إنريكي", "إلتون").
 */
const DERIVED_FORM_PAST = /^إ(?:ن[^اويى]{3}|[^اويى]ت[^اويى]{2}|ست(?:[^اويى]{3}|[^اويى]ا[^اويى]))$/;

/** A transliterated name word the news never learned (see isForeignGivenNameBefore): rare, no Arabic shape. */
export function hasForeignNameShape(word: Token, seenInNews = false): boolean {
  const gaz = gazetteer();
  const folded = word.folded;
  const bare = word.text.replace(/[\u064b-\u0652]/g, '');
  // (`seenInNews`: the news may have written the word, never tagging it a person.)
  return (
    isRareWord(folded) && !FORM_IV_DEFECTIVE_PAST.test(bare) && !DERIVED_FORM_PAST.test(bare) && personShareBucket(folded) < (seenInNews ? 1 : 0) && !/^[وفبلكيست]/.test(folded) && !/(?:ه|ها|هم|هما|هن|ين|ون|ات|وا|ت|تي|نا|كم)$/.test(folded) && !isDualOfSeenWord(folded) && !/^ا..ا.$/.test(folded) && !isPossessiveOfSeenWord(folded) && !(folded.startsWith('ال') && !isHamzaAlefName(word)) && !isOrdinaryWord(folded) && !isCommonWord(folded) &&
    !gaz.places.has(folded) && !isPlaceWord(folded) && !isTitleWord(word) && !isParticle(word) && !hasTrait(folded, NATIONALITY | PERSON_TITLE) && !/[0-9٠-٩a-z]/.test(folded)
  );
}

/**
 * "أليكسي", "إليانور": a hamza on the alef shows "أل" is no article, and six letters or more no verb
 * of the form "ألمح".
 */
function isHamzaAlefName(word: Token): boolean {
  return /^[أإ]ل/.test(word.text) && word.folded.length >= 6;
}

/**
 * "زميلي" (my colleague): "ي" on a word the news writes. ("أليكسي": not on a name of five letters or
 * more that the news takes for a person at times, "أليكس".)
 */
function isPossessiveOfSeenWord(folded: string): boolean {
  const stem = folded.slice(0, -1);
  return folded.endsWith('ي') && isSeenInRunningText(stem) && !(stem.length >= 5 && personShareBucket(stem) >= 1);
}

/**
 * "مسؤولان", "طرفان": a dual ending on a word the news writes without it. A long word in "ان" whose
 * stem the news never writes ("أنشومان") is a transliterated name, no dual.
 */
function isDualOfSeenWord(folded: string): boolean {
  return folded.endsWith('ان') && (folded.length < 7 || isSeenInRunningText(folded.slice(0, -2)));
}

/**
 * "جان إيف لودريان" tagged from "إيف": right before a name of two words or more, a given name the
 * lists know, that is no ordinary word and stands after no other name word, is its first name.
 */
function isPlainGivenNameBefore(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start - 1];
  const gaz = gazetteer();
  // ("عن خليفة لمارتن كوبلر": a preposition on the name's first word governs it; the word before is a noun.)
  const first = tokens[start].folded;
  // ("خليفة أبو حمزة المصري": a kunya is a whole name; the word before it is what he is, a successor.)
  if (!word?.isWord || end - start < 2 || KUNYA_HEADS.has(first) || first.startsWith('و') || isNameBehindPreposition(first)) return false;
  const folded = word.folded;
  const before = tokens[start - 2];
  if (before?.isWord && isListedNameWord(before.folded)) return false;
  return (
    isListedGivenName(folded) && !/^[وف]/.test(folded) && !folded.startsWith('ال') && !isOrdinaryWord(folded) && !isCommonWord(folded) &&
    !isRarelyANameInNews(folded) && !gaz.places.has(folded) && !isTitleWord(word) && !isParticle(word) && !hasTrait(folded, NATIONALITY | PERSON_TITLE)
  );
}

/**
 * "وفق رئيسة المجمع سعيدة فلان", "وزيرة الثقافة سنية فلان" tagged from the family name: between a definite office phrase and a
 * one-word name, a word without the article is the given name: an adjective of the office would take
 * the article. Not a verb, particle, place, nationality, title or number, nor a word the phrase
 * itself takes.
 */
function isGivenNameAfterOffice(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start - 1];
  if (end - start !== 1 || !word?.isWord || word.folded.startsWith('ال') || /[0-9٠-٩]/.test(word.folded)) return false;
  if (isParticle(word) || isTitleWord(word) || hasTrait(word, NATIONALITY | PERSON_TITLE) || gazetteer().places.has(word.folded) || isPlaceWord(word.folded) || isImperfectVerb(word)) return false;
  // ("ملكة الأردن ويسرا فلان": a word in "و" that is neither a listed name nor a common word as a
  // whole joins a second person.)
  if (word.folded.startsWith('و') && !isListedNameWord(word.folded) && !isWholeWordWithWaw(word.folded)) return false;
  const office = roleBefore(tokens, start - 1);
  if (office === null || office.end !== start - 1 || office.titleOnly || !tokens[office.end - 1].folded.startsWith('ال') || roleBefore(tokens, start) !== null) return false;
  // ("أعلن رئيس المجلس فوز فلان": a common noun governs the name; a woman's name that is also an
  // adjective, "سعيدة", follows a woman's office and agrees with it.)
  return !isCommonWord(word.folded) || (/ة$/.test(word.text) && /ة$/.test(tokens[office.start].text));
}

/**
 * "نظيره الصيني شي | جين بينغ": between a definite nationality and a name of two words or more, a word
 * without the article or other affixes that is no ordinary word, particle or verb opens the name: the nationality
 * ends the title, and nothing else stands there.
 */
function isNameWordAfterNationality(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start - 1];
  const nationality = tokens[start - 2];
  if (end - start < 2 || !word?.isWord || !nationality?.isWord || !nationality.folded.startsWith('ال') || !hasTrait(nationality, NATIONALITY)) return false;
  const folded = word.folded;
  // (No clitic, pronoun or accusative "ا" either: "لصالح", "وآدابها", "تهما".)
  if (/^[وبل]/.test(folded) || /(?:ه|ها|هم|هما|ا)[\u064b-\u0652]*$/.test(word.text)) return false;
  return !folded.startsWith('ال') && !isParticle(word) && !isOrdinaryWord(folded) && !isCommonWord(folded) && !isTitleWord(word) && !hasTrait(word, NATIONALITY | PERSON_TITLE) && !isImperfectVerb(word) && !/[0-9٠-٩]/.test(folded);
}

/** "لمارتن": a preposition on a name the lists know, the whole word being none. */
function isNameBehindPreposition(folded: string): boolean {
  return !isListedNameWord(folded) && procliticReadings(folded).some(({ removed, stem }) => removed > 0 && /^[لبك]/.test(folded) && isListedNameWord(stem));
}

/** Name parts that never end a name: the word after them belongs to it ("مجدي بو مطر", "عبد الله"). */
const OPEN_NAME_PARTS = new Set([...ABU_FAMILY_HEADS, 'ابي', 'ابا', 'عبد']);

/** "اخراج مجدي بو" + "مطر": a span the tagger ended on an open name part takes the next word. */
function afterOpenNamePart(tokens: readonly Token[], end: number): number {
  const next = tokens[end];
  return end > 0 && OPEN_NAME_PARTS.has(tokens[end - 1].folded) && next?.isWord && !isParticle(next) && !isTitleWord(next) ? end + 1 : end;
}

/**
 * "برونو لو" + "مير": a span of a name and more that the tagger ended on the French article "لو"
 * (written apart, "Le") takes the family name after it: no name ends on an article. (Only after a
 * name word of the span: "لو" alone is also "if".)
 */
function afterFrenchArticle(tokens: readonly Token[], start: number, end: number, canContinueName: (token: Token) => boolean): number {
  const family = tokens[end];
  if (end - start < 2 || tokens[end - 1].text !== 'لو' || !tokens[end - 2].isWord || !family?.isWord) return end;
  return canContinueName(family) && !/^و/.test(family.folded) ? end + 1 : end;
}

/**
 * "كيم جونغ" + "-أون", "مون جيه" + "-إن": a span of two name words or more that the tagger ended
 * right before a hyphen written without spaces takes the name part glued after it (Korean given
 * names of two syllables, "جان-إيف"); a spaced dash separates list entries instead (spans.ts).
 */
function afterHyphenedNamePart(tokens: readonly Token[], start: number, end: number): number {
  const part = tokens[end + 1];
  if (end - start < 2 || !(isGluedHyphenAt(tokens, end) || isHalfGluedNameHyphenAt(tokens, end))) return end;
  // ("اسم "ابن رشد-غوته"": a quoted name is a thing's; "فلان-وائل فلان": a given name after the
  // hyphen opens the next entry of a list written without spaces.)
  if (QUOTE_MARKS.has(tokens[start - 1]?.text ?? '') || isListedGivenName(part.folded)) return end;
  // (Glued to the name, "أون" is a syllable of it, whether or not the news writes it alone; a place, a
  // nationality or a definite word after the hyphen names a route or a match, "تونس-جدة".)
  return !part.folded.startsWith('ال') && !isTitleWord(part) && !isParticle(part) && !isPlaceWord(part.folded) && !hasTrait(part.folded, NATIONALITY) ? end + 2 : end;
}

/**
 * "نيكولا دوبون" + "- إينيان": a hyphen glued to the name's last word and spaced from the next, where
 * the word after it is one the news never writes (a spaced dash before a word it knows opens an
 * aside or the next entry: "فلان- وهو", "فلان- رئيس الحزب").
 */
function isHalfGluedNameHyphenAt(tokens: readonly Token[], i: number): boolean {
  return isHyphenGluedToWordBefore(tokens, i) && tokens[i].end < tokens[i + 1].start && !isSeenInRunningText(tokens[i + 1].folded);
}

/**
 * "جان مارك دو لا ..." + "سابليير": a span that stops at (or right before) the particles of a
 * European family name takes them and the family name after them.
 */
function afterForeignParticles(tokens: readonly Token[], end: number, canContinueName: (token: Token) => boolean): number {
  let k = end;
  while (k > 0 && k > end - 2 && (FOREIGN_NAME_PARTICLES.has(tokens[k - 1].text) || SECOND_FOREIGN_PARTICLES.has(tokens[k - 1].text))) k--;
  // As written: "فإن" (then) folds to "فان" too.
  if (!FOREIGN_NAME_PARTICLES.has(tokens[k]?.text ?? '')) return end;
  let next = k + 1;
  if (SECOND_FOREIGN_PARTICLES.has(tokens[next]?.text ?? '')) next++;
  const family = tokens[next];
  return family?.isWord && canContinueName(family) && !/^و/.test(family.folded) ? next + 1 : end;
}

/**
 * "الدكتور محمدن | ولد الطالب،", "عميد الكلية، الحسين أيت | الطالب،": a person's span that stops at
 * or before a Maghreb link ("ولد", "منت", "أيت") goes on over the link and the father's or family
 * name after it, whatever that reads as (a title, a common word): no name ends on a link. Not before
 * a particle, a number or a time ("ولد في", "ولد عام": the verb "was born").
 */
export function extendOverTrailingLinks(raw: readonly BlockRawSpan[]): void {
  const personEnds = new Map(raw.filter((item) => item.kind === 'person').map((item) => [`${item.block.block}:${item.start}`, item.end]));
  const personStarts = new Set(personEnds.keys());
  for (const item of raw) {
    if (item.kind !== 'person') continue;
    const tokens = item.block.tokens;
    // ("فرنسوا فيون ولد فرنسوا فيون في ...": not where another name opens after it, "was born" then.)
    // ("والحسين أيت | وعزيز،": "أيت" is no verb: the tagger's span after it, whatever it opens
    // with, is the family name.)
    // ("حميد أيت | وعلي": nor is a "و" that opens the word after it a conjunction: a name never ends
    // on "أيت", and Amazigh family names often open with "و", "son of": "وعلي", "وعزيز".)
    const amazighFamily = (i: number): boolean => tokens[i - 1].folded === AMAZIGH_LINK && tokens[i]?.isWord === true && !isParticle(tokens[i]) && (personStarts.has(`${item.block.block}:${i}`) || /^و(?!ال)[^و]{2,}$/.test(tokens[i].folded));
    const fathersName = (i: number): boolean => amazighFamily(i) || (isLinkedNameWord(tokens, i) && tokens[i].folded !== tokens[item.start].folded && !personStarts.has(`${item.block.block}:${i}`));
    let end = item.end;
    if (end - item.start >= 2 && MAGHREB_LINKS.has(tokens[end - 1].folded)) end--;
    // ("محمد | يسلم ولد أمبيريك": a listed given name, then a span whose first word comes before
    // "ولد"/"منت": that word is the given name's second ("يسلم": hands over), the name one.)
    const next = personEnds.get(`${item.block.block}:${end}`);
    if (next !== undefined && end - item.start <= 2 && isListedGivenName(tokens[end - 1].folded) && HASSANIYA_LINKS.has(tokens[end + 1]?.folded ?? '') && isBareSecondGivenName(tokens[end])) end = next;
    // ("النائب سيدي | عالي ولد محمد الأمين": "سيدي" opens a compound given name whose second word
    // may be a common one, "عالي" (high), before "ولد" and the father's name; the father's name may
    // be a span of its own, "محمد الأمين": the name runs to its end.)
    if (tokens[end - 1].folded === SIDI && isLinkedNameWord(tokens, end) && !tokens[end].folded.startsWith('ال') && HASSANIYA_LINKS.has(tokens[end + 1]?.folded ?? '') && isLinkedNameWord(tokens, end + 2)) {
      end = Math.max(end + 3, personEnds.get(`${item.block.block}:${end + 2}`) ?? 0);
    }
    // ("أحمد سالم ولد | التقي،": a word right before a comma or the sentence's end is no verb there,
    // "ولد" no "was born": nothing follows that a verb would take.)
    const closedFathersName = (i: number): boolean => fathersName(i) || (HASSANIYA_LINKS.has(tokens[i - 1].folded) && isNameShapedWord(tokens[i]) && closesClause(tokens[i + 1]));
    const linksBefore = end;
    while (end - item.start < MAX_LINKED_NAME_WORDS && MAGHREB_LINKS.has(tokens[end]?.folded ?? '') && closedFathersName(end + 1)) end += 2;
    // ("سيدي محمد ولد الطالب | أعمر،": so a bare word after the father's name, before a comma or the
    // sentence's end, is the last of his compound name.)
    if (end > linksBefore && HASSANIYA_LINKS.has(tokens[end - 2].folded) && end - item.start < MAX_LINKED_NAME_WORDS && isBareSecondGivenName(tokens[end]) && !/[اى]$/.test(tokens[end].text) && !isTimeWord(tokens, end) && closesClause(tokens[end + 1])) end++;
    // ("أحمدو ولد سيدي | المختار": "سيدي" opens a father's compound name, as "عبد" does.)
    if (end - item.start >= 3 && end - item.start < MAX_LINKED_NAME_WORDS && tokens[end - 1].folded === SIDI && MAGHREB_LINKS.has(tokens[end - 2].folded) && fathersName(end)) end++;
    if (end > item.end) item.end = end;
  }
}

/** Whether the token closes a clause: a comma, a full stop, a semicolon, or the block's end. */
function closesClause(token: Token | undefined): boolean {
  return token === undefined || (!token.isWord && /^[،,.؛;]$/.test(token.text));
}

/** A word that may be part of a name: no particle, conjunction, number, title or office word. */
function isNameShapedWord(token: Token | undefined): token is Token {
  return token?.isWord === true && !token.folded.startsWith('و') && !isParticle(token) && !isTitleWord(token) && !isOfficeWord(token) && !/[0-9٠-٩]/.test(token.text);
}

/** A word that may be a compound given name's second: a bare name-shaped word ("يسلم", "عالي"). */
function isBareSecondGivenName(token: Token | undefined): boolean {
  return isNameShapedWord(token) && !token.folded.startsWith('ال');
}

/** A bare word at i that may end a name: no particle, title, office, verb, place, time, accusative or common word. */
function isBareLastNameWord(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  return isBareSecondGivenName(word) && !isVerbLike(word) && !/[اى]$/.test(word.text) && !isCommonWord(word.folded) && !isOrdinaryWord(word) && !isPlaceWord(word.folded) && !isTimeWord(tokens, i);
}

/** A bare word at i between two names: no particle, title, office, verb, place, time or accusative. */
function isBareMiddleNameWord(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  return isBareSecondGivenName(word) && !isVerbLike(word) && !/[اى]$/.test(word.text) && !isPlaceWord(word.folded) && !isTimeWord(tokens, i);
}

/** "إن", "أن" (that), folded: what one said follows the outlet he said it to. */
const SAID_THAT = new Set(['ان', 'بان']);

/**
 * How many bare words from i end a name of `nameWords` words right before "ل" + an outlet: one
 * (after a name of two words or more), or two, a bare common word ("معلم") and a last name word,
 * where "إن" follows the outlet; else 0.
 */
function bareWordsBeforeOutlet(tokens: readonly Token[], i: number, nameWords: number): number {
  const saidAfter = (outlet: number): boolean => SAID_THAT.has(tokens[outlet + (isNewsOutletAddressee(tokens[outlet], tokens[outlet + 1]) ? 2 : 1)]?.folded ?? '');
  if (nameWords >= 2 && isBareLastNameWord(tokens, i) && isPressAddressee(tokens[i + 1], tokens[i + 2])) return 1;
  if (isBareMiddleNameWord(tokens, i) && isBareLastNameWord(tokens, i + 1) && isPressAddressee(tokens[i + 2], tokens[i + 3]) && saidAfter(i + 2)) return 2;
  return 0;
}

/** "سيدي" (my lord), folded: the first word of a compound name in Mauritania ("سيدي المختار", "سيدي محمد"). */
const SIDI = 'سيدي';

/** The most words a name runs to over its links ("محمد ولد أحمد ولد سيدي المختار"). */
const MAX_LINKED_NAME_WORDS = 8;

/** Whether the word at `i` may be the name after a link: a word, no particle, conjunction, number, time or verb. */
function isLinkedNameWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.isWord === true && !isParticle(token) && !token.folded.startsWith('و') && !/[0-9٠-٩]/.test(token.text) && !isTimeWord(tokens, i) && !isVerbLike(token);
}

/**
 * "بوجمعة", "بوعلام": "بو" (father of) glued to a given name, a family name of the Maghreb; a rare
 * word, no common one ("بوابة", "بوصفه").
 */
function isBuFamilyName(token: Token | undefined): boolean {
  if (token?.isWord !== true || !/^بو.{3,}$/.test(token.folded)) return false;
  return isListedGivenName(token.folded.slice(2)) && isRareWord(token.folded) && !isCommonWord(token.folded) && !isOrdinaryWord(token.folded);
}
