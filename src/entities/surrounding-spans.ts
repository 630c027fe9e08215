/**
 * Pass 2 of the extractor: the names found by their surroundings (titles, offices, lists,
 * appositions, verbs of saying, decrees, nationality nouns, office words inside a name) merged into
 * the tagger's spans, block by block.
 */
import { isFamilySlotBeforeBareWord } from './lineage-family-slot.js';
import { procliticReadings } from './clitics.js';
import { binPlaceAt, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { regnalNamesakeEnd } from './namesake-places.js';
import { isOfficeStart } from './office-start.js';
import { gazetteer, isTwoWordPlace } from './gazetteer.js';
import { isInOfficeComplement, officeComplementEnd, officePhraseEnd } from './office-phrase.js';
import { isNisbaOfDefiniteNoun, SPOKEN_FOR, TOWN_NAME_HEADS } from './office-phrase-parts.js';
import { isDefinite, isPlaceOrNationality, REGION_HEADS, STATE_HEADS } from './office-words.js';
import { decreeNameSpans } from './decree-names.js';
import { unseenAppointeeNameSpans } from './unseen-appointee-names.js';
import { officeWordNameSpans } from './office-word-names.js';
import { holderAfterBodyName, isBodyNameAt } from './body-names.js';
import { appositivePersonSpans, bracketListFirstEntries, isTitleWord, lexiconSpans, organizationPatternSpans } from './spans.js';
import { conjoinedApposedNameSpans } from './conjoined-apposed-names.js';
import { isRarelyANameInNews } from './tagger.js';
import { isUnseenDefiniteWord } from './unseen-family-names.js';
import { isFathersNameBeforeUnseenFamilyAt } from './fathers-names.js';
import { isAccusativeObject } from './accusative-objects.js';
import { relativeSayerNameSpans, sayerNameSpans } from './sayer-names.js';
import { aliNameSpans, persianSurnameSpans } from './ali-names.js';
import { definiteGivenNameSpans } from './definite-given-names.js';
import { isListedNameWord, isNewsDefiniteGivenName } from './given-names.js';
import { isLedByWord } from './leadership-nouns.js';
import { namedPersonSpans } from './naming-names.js';
import { creditLineNameSpans } from './credit-line-names.js';
import { nationalityNameSpans } from './nationality-names.js';
import { tradeNounNameSpans } from './trade-noun-names.js';
import { glossedNameBeforeOfficeSpans } from './glossed-names.js';
import { knownFamilyNameSpans } from './known-family-names.js';
import { officialSurnameSlotSpans } from './official-surname-slots.js';
import { rulerSurnameSpans } from './ruler-eras.js';
import { bracketedEntryNameSpans, colonEntryNameSpans, decreeLineNameSpans, dashedEntryNameSpans, listEntryNameSpans, numberedEntryNameSpans } from './list-entry-names.js';
import { ageBracketNameSpans, bracketListNameSpans, colonListNameSpans, commonWordNameChainEnd, type NameSpan, officeNameSpans, titledNameSpans } from './titled-names.js';
import { personNounNameSpans } from './human-noun-names.js';
import { placeRunHolderSplits } from './place-run-holders.js';
import { FAMILY_HONORIFICS } from './name-parts.js';
import { isHonorificWord } from './honorific-titles.js';
import { courtesyCliticLength } from './courtesy-titles.js';
import type { Token } from './tokenize.js';
import { foldedNameLikeTitles, isParticle } from './lexicon.js';
import { appointeeNameSpans, conjoinedAppointeeNameSpans, dashedAppointeeNameSpans } from './appointee-names.js';
import { colonHeadedEntryNameSpans } from './colon-headed-entries.js';
import { officeColonSlotSpans } from './office-colon-slots.js';
import type { BlockRawSpan, BlockTokens, Located, RawSpan } from './extract-types.js';
import type { ArticleNames } from './article-names.js';

/**
 * Pass 2: names found by their surroundings (titles, lists, appositions) override tagger guesses
 * they overlap. The spans of every block, and the lexicon's places and organizations.
 */
export function spansWithSurroundings(tokenized: readonly BlockTokens[], taggedBlocks: RawSpan[][], names: ArticleNames): { raw: BlockRawSpan[]; lexical: Located[] } {
  const blockTokens = tokenized.map((block) => block.tokens);
  // ("مارين لوبان : زعيمة حزب ... بنوا هامون : مرشح ...": a who's who list's heads; colon-headed-entries.ts.)
  const entryHeads = colonHeadedEntryNameSpans(blockTokens, taggedBlocks);
  const listNames = colonListNameSpans(blockTokens, names.looksLikeName).map((spans, b) => (entryHeads[b].length > 0 ? [...spans, ...entryHeads[b]] : spans));
  const raw: BlockRawSpan[] = [];
  const lexical: Located[] = [];
  tokenized.forEach((block, b) => {
    const tagged = mergedBlockSpans(block, taggedBlocks[b], listNames[b], names);
    for (const span of tagged) {
      raw.push({ block, ...span });
      if (span.kind === 'person') for (let i = span.start; i < span.end; i++) names.nameWords.add(block.tokens[i].folded);
    }
    for (const span of [...lexiconSpans(block.tokens), ...organizationPatternSpans(block.tokens)]) lexical.push({ block, span });
  });
  return { raw, lexical };
}

/**
 * The tagger's spans of one block with the names found by their surroundings merged in, a step a
 * kind of finding. (Steps of their own, not one long function: V8 compiled that one, hot from the
 * first block, in hundreds of milliseconds, and again each time a rare path threw its optimized code
 * away, several times a megabyte.)
 */
function mergedBlockSpans(block: BlockTokens, taggerSpans: RawSpan[], listNames: readonly NameSpan[], names: ArticleNames): RawSpan[] {
  const tokens = block.tokens;
  const { looksLikeName, isKnownNameWord } = names;
  // ("بزعامة الباجي": a tagger's name that opens on a noun of leadership starts after it, so that the
  // rules below may give it its whole extent; leadership-nouns.ts.)
  let tagged: RawSpan[] = taggerSpans.map((t) => (t.kind === 'person' && t.end - t.start > 1 && isLedByWord(tokens[t.start]) ? { ...t, start: t.start + 1 } : t));
  for (const span of surroundingSpans(block, listNames, names)) tagged = withSurroundingName(tokens, tagged, span, isKnownNameWord);
  tagged = withPlaceRunHolders(tokens, tagged, looksLikeName);
  // An apposition only guesses where the name starts: the tagger's span, when there is one, wins;
  // but not its guess of a place no list knows (withApposedNamesOverUnknownPlaces).
  const apposed = appositivePersonSpans(tokens, looksLikeName);
  tagged = withApposedNamesOverUnknownPlaces(tokens, tagged, apposed);
  tagged = withNamesWhereNoneIs(tagged, apposed, overlaps);
  // ("، وسمية فلان وزيرة ...": a list's next entry before its office; conjoined-apposed-names.ts.)
  tagged = withNamesWhereNoneIs(tagged, conjoinedApposedNameSpans(tokens, looksLikeName), overlaps);
  tagged = withSpeakerNames(tokens, tagged, looksLikeName);
  tagged = withGivenNamesTheTaggerMisread(tokens, tagged, names.writesAlefMaqsura);
  tagged = withDecreeNames(tokens, tagged);
  // After a nationality used as a noun a person is named; a person's name the tagger found there
  // (perhaps longer) stays (nationality-names.ts).
  tagged = withNamesOverOtherKinds(tagged, nationalityNameSpans(tokens, looksLikeName));
  tagged = withOfficeWordNames(tokens, tagged);
  for (const span of bracketListFirstEntries(tokens, tagged.filter((t) => t.kind === 'person'))) tagged.push({ kind: 'person', ...span });
  tagged = withNamesWhereNoneIs(tagged, rulerSurnameSpans(tokens), overlaps);
  // ("وعينت روما جامباولو كانتيني سفيرا": unseen words before the post an appointment gives; unseen-appointee-names.ts.)
  tagged = withNamesWhereNoneIs(tagged, unseenAppointeeNameSpans(tokens), overlaps);
  // (A span touching the family name would join it into another name: "أوحى | ترامب".)
  tagged = withNamesWhereNoneIs(tagged, knownFamilyNameSpans(tokens, isKnownNameWord), touches);
  // ("الغنوشي : ...", "حكومة الشاهد": a definite family name of a listed official in a person's
  // slot, where "حكومة الشاهد" is no body's name; official-surname-slots.ts.)
  tagged = withNamesOverOtherKinds(tagged, officialSurnameSlotSpans(tokens, isKnownNameWord));
  tagged = withListEntries(tokens, tagged);
  return withoutBodyNames(tokens, tagged);
}

/** The names the surroundings of a block give, in the order they are merged: lists, offices, titles. */
function surroundingSpans(block: BlockTokens, listNames: readonly NameSpan[], names: ArticleNames): NameSpan[] {
  const tokens = block.tokens;
  const { looksLikeName, isKnownNameWord } = names;
  return [
    ...listNames,
    // ("تعيين كل من : كمال ميلاد : مديرا عاما ...": the first appointee of a list; appointee-names.ts.)
    ...appointeeNameSpans(tokens),
    // ("- مراد آيت عمارة، واليا لولاية تيزي وزو،": a decree's entry a line; appointee-names.ts.)
    ...dashedAppointeeNameSpans(tokens),
    // ("واليا على صفاقس، ومنيرة الطرابلسي والية على قفصة": the next appointee after "، و"; appointee-names.ts.)
    ...conjoinedAppointeeNameSpans(tokens),
    // ("3- سليمة زروقي والية لولاية تيبازة،": a decree's line, a number or a dash, a name, its office; list-entry-names.ts.)
    ...decreeLineNameSpans(tokens),
    // ("الرئيس : فلان علان نائب الرئيس : ...": a bureau list's name slot; office-colon-slots.ts.)
    ...officeColonSlotSpans(tokens),
    ...bracketListNameSpans(tokens),
    ...titledNameSpans(tokens, looksLikeName),
    ...officeNameSpans(tokens, looksLikeName, isKnownNameWord),
    ...ageBracketNameSpans(tokens, isKnownNameWord),
    ...namedPersonSpans(tokens),
    // "(تغطية صحفية فلان - إعداد علان للنشرة العربية)": a wire credit line (credit-line-names.ts).
    ...creditLineNameSpans(block.text, tokens),
    // ("المواطنة أم خالد", "المعلمة نورة سعد العنزي": human-noun-names.ts.)
    ...personNounNameSpans(tokens, looksLikeName, (words, start) => commonWordNameChainEnd(words, start, looksLikeName)),
    // ("المهاجم الهولندي فلان فان فلان": a trade noun and a nationality before a foreign name; trade-noun-names.ts.)
    ...tradeNounNameSpans(tokens),
    // ("كايا كالاس (Kaja Kallas) الممثلة العليا ...": a name glossed in Latin before its holder's office; glossed-names.ts.)
    ...glossedNameBeforeOfficeSpans(tokens),
  ];
}

/**
 * Whether the word at i opens an office with a complement and can be no name's last word: bare (a
 * family name may be "القاضي"), no name word of the lists, no title that is also a given name ("أمين").
 */
function isOfficeRunOn(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  return isOfficeStart(tokens, i) && !word.folded.startsWith('ال') && !foldedNameLikeTitles.has(word.folded) && !isListedNameWord(word.folded) && officePhraseEnd(tokens, i) > i + 1;
}

/** The spans of `tagged` that share a token with `span`. */
function overlapping(tagged: readonly RawSpan[], span: NameSpan): RawSpan[] {
  return tagged.filter((t) => overlaps(t, span));
}

function overlaps(t: RawSpan, span: NameSpan): boolean {
  return t.start < span.end && span.start < t.end;
}

function touches(t: RawSpan, span: NameSpan): boolean {
  return t.start <= span.end && span.start <= t.end;
}

/** Whether `t` is a person's span that holds all of `span`. */
function isPersonCovering(t: RawSpan, span: NameSpan): boolean {
  return t.kind === 'person' && t.start <= span.start && t.end >= span.end;
}

/** `tagged` without the spans `overlapped`, with `added` after the rest. */
function replaced(tagged: readonly RawSpan[], overlapped: readonly RawSpan[], ...added: RawSpan[]): RawSpan[] {
  return [...tagged.filter((t) => !overlapped.includes(t)), ...added];
}

/** Each span as a person's name where no span of `tagged` is near it (`near`). */
function withNamesWhereNoneIs(tagged: RawSpan[], spans: readonly NameSpan[], near: (t: RawSpan, span: NameSpan) => boolean): RawSpan[] {
  for (const span of spans) if (!tagged.some((t) => near(t, span))) tagged.push({ kind: 'person', ...span });
  return tagged;
}

/**
 * "وقّع عن الجانب الإندونيسي سوجيونو، وزير الخارجية الإندونيسي": one word before the comma of an
 * apposition of office that the tagger took for a place is the holder's name where no list knows
 * the place and no preposition or clitic puts it where something happens ("في بيروت، وزير ...").
 */
function withApposedNamesOverUnknownPlaces(tokens: readonly Token[], tagged: RawSpan[], apposed: readonly NameSpan[]): RawSpan[] {
  for (const span of apposed) {
    if (span.end - span.start !== 1) continue;
    const word = tokens[span.start];
    const before = tokens[span.start - 1];
    const place = tagged.find((t) => t.kind === 'place' && t.start === span.start && t.end === span.end);
    if (!place || procliticReadings(word).length > 1 || gazetteer().places.has(word.folded) || isPlaceWord(word.folded)) continue;
    if (before === undefined || !before.isWord || isParticle(before) || procliticReadings(before).length > 1) continue;
    tagged = replaced(tagged, [place], { kind: 'person', ...span });
  }
  return tagged;
}

/** Names found by their surroundings (titles, lists, appositions) override tagger guesses they overlap. */
function withSurroundingName(tokens: readonly Token[], tagged: RawSpan[], span: NameSpan, isKnownNameWord: (token: Token) => boolean): RawSpan[] {
  const overlapped = overlapping(tagged, span);
  // "من عز الدين الحاج حسن بالإنابة": a tagger's name that runs from a given name over an honorific
  // that is also a family name ("الحاج", "الشيخ") into the words a rule read as the name it titles
  // keeps it inside: the honorific there is the family name's first word, no title.
  const before = tokens[span.start - 1];
  // (Not a tagger's span that opens on titles alone: "وسعادة السيد سيدي محمد ولد الطالب".)
  const titlesOnly = (from: number, to: number): boolean => tokens.slice(from, to).every((token) => isHonorificWord(token) || courtesyCliticLength(token) > 0);
  if (before !== undefined && FAMILY_HONORIFICS.has(before.folded) && overlapped.some((t) => t.kind === 'person' && t.start < span.start - 1 && t.end > span.start && !titlesOnly(t.start, span.start))) return tagged;
  const covering = overlapped.find((t) => isPersonCovering(t, span) && !swallowsOffice(tokens, t, span));
  if (covering) {
    // The tagger found the very name a list's bracket holds: the bracket still gives its bounds.
    if (span.bracketed && covering.start === span.start && covering.end === span.end) return tagged.map((t) => (t === covering ? { ...t, bracketed: true } : t));
    // ("- يوسف فلان | باشا على مدينة الزمامرة": nor does its name run on into the office the entry is
    // made, one word that names no one too: "أمين", "قائد" may be a compound name's second word.)
    if (span.bracketed && covering.start === span.start && covering.end === span.end + 1 && isOfficeRunOn(tokens, span.end)) return replaced(tagged, [covering], { kind: 'person', ...span });
    return tagged;
  }
  // "الرئيس مبارك تناولت": a rule that only guesses how far a name runs on (a rare word is no name
  // word) does not stretch the tagger's name over words known to no name list.
  // A bracket that a list of offices fills with a name gives its bounds, no guess.
  if (!span.bracketed && overlapped.some((t) => t.kind === 'person' && t.start === span.start && t.end < span.end && !closesName(tokens, t, span) && tokens.slice(t.end, span.end).every((token) => !isKnownNameWord(token)))) return tagged;
  // "للمخرج السينغالي راما تيوا": a rule that starts the name at a definite word the tagger left
  // out (an adjective no list knows) and stops inside the tagger's name does not cut that name.
  if (overlapped.some((t) => t.kind === 'person' && t.start > span.start && t.end > span.end && tokens.slice(span.start, t.start).every((token) => token.folded.startsWith('ال')))) return tagged;
  // "قال والي سوسة فتحي فلان": a place or body the tagger ran from the office's complement over the
  // name keeps its words before the name ("سوسة"); the name is the person's.
  const placesBefore = overlapped.filter((t) => t.kind !== 'person' && t.start < span.start).map((t) => ({ ...t, end: span.start }));
  return replaced(tagged, overlapped, ...placesBefore, { kind: 'person', ...span });
}

/**
 * "والي سوسة محمد الميساوي" tagged as one name: a tagger span that swallowed an office with its
 * complement before the name loses to the full name the office introduces (tidying strips titles
 * only, not the complement "سوسة").
 */
function swallowsOffice(tokens: readonly Token[], t: RawSpan, span: NameSpan): boolean {
  const before = tokens.slice(t.start, span.start);
  // A lone word after an office ("ذكرى شهداء") is too weak a name to overrule the tagger.
  if (span.end - span.start >= 2 && before.some(isTitleWord) && !before.every(isTitleWord)) return true;
  // "رئيس الفرع الجهوي بجندوبة فيصل النقاطي": a town behind a preposition ends the office, no name starts with it.
  // "رئيس الهيئة للجبيل وينبع سعود بن ثنيان": nor with "و" + a place the office phrase still
  // covers (the tagger's span would be dropped whole as a complement).
  const coordinated = before.length === 1 && before[0].folded.startsWith('و') && isInOfficeComplement(tokens, t.start);
  // "معتمد سيدي علي بن عون فتحي فلان": nor with a town's name that the office phrase takes whole
  // up to where the name starts.
  // (Two words at least, opened by a town's head or a place, perhaps behind "ب", or a town named
  // "بن ..." ("ببن عروس"): "الأمير تركي | بن فلان" is one name.)
  // ("محافظ | خميس مشيط | سالم بن عبدالله": or a place the lexicon knows by two words.)
  const townOpens = before.length >= 2 && (TOWN_NAME_HEADS.has(before[0].folded) || isPlaceWord(before[0].folded) || isPrepositionalPlace(before[0]) || binPlaceAt(tokens, t.start) >= 0 || isTwoWordPlace(before[0].folded, before[1].folded));
  // ("حاكم مصرف | لبنان | كريم سعيد": or one word the lexicon knows as a place, the genitive of the office's body.)
  // ("سفير جمهورية | بيلاروس | ألكسندر فلان": or the one word after a state's or region's head, a name no list knows.)
  const headed = (token: Token | undefined): boolean => token?.isWord === true && (STATE_HEADS.has(token.folded) || REGION_HEADS.has(token.folded));
  const placeWord = before.length === 1 && (gazetteer().places.has(before[0].folded) || isPlaceWord(before[0].folded) || (headed(tokens[t.start - 1]) && !isDefinite(before[0])));
  const complement = (townOpens || placeWord) && span.end - span.start >= 2 && officeComplementEnd(tokens, t.start) === span.start;
  // "المتحدث باسم | الكرملين | دميتري بيسكوف": nor with the body a spokesman speaks for.
  const spokenFor = span.end - span.start >= 2 && SPOKEN_FOR.has(tokens[t.start - 1]?.folded ?? '') && before.every(isDefinite) && officeComplementEnd(tokens, t.start) >= span.start;
  // ("رئيس الديوان الملكي | الهاشمي | يوسف فلان": nor with a nisba agreeing with the office's body.)
  // (Not a given name the news opens names with: "المكتب التنفيذي | الصحبي بن سالم".)
  const agreeingNisba =
    before.length === 1 && span.end - span.start >= 2 && /^ال..+ي$/.test(before[0].folded) && !isNewsDefiniteGivenName(before[0].folded) && isNisbaOfDefiniteNoun(tokens, t.start - 1) && officeComplementEnd(tokens, t.start) >= span.start;
  // ("مدير مستشفى | الحسن الثاني بأكادير | محمد فلان": nor with the king a place is named after; namesake-places.ts.)
  const regnalNamesake = before.length >= 2 && span.end - span.start >= 2 && regnalNamesakeEnd(tokens, t.start) === span.start;
  return before.length > 0 && (before.every(isPrepositionalPlace) || coordinated || complement || spokenFor || agreeingNisba || regnalNamesake);
}

/**
 * But "المهندس عادل فقيه،", "والعريف فلان مشراف 21 عاما": one word without the article, right
 * before punctuation or an age, closes the name as its family name (titled-names.ts): the tagger's
 * name `t` one word short of `span` is whole.
 */
function closesName(tokens: readonly Token[], t: RawSpan, span: NameSpan): boolean {
  const last = tokens[t.end];
  const after = tokens[span.end];
  // ("الدكتورة هيا | عودة المجالي على": a father's name that is a common word, "عودة" (return),
  // between a lone given name and a family name with the article that running text never wrote.)
  if (span.end === t.end + 2 && t.end - t.start === 1 && isFathersNameBeforeUnseenFamilyAt(tokens, t.end)) return true;
  if (span.end !== t.end + 1 || after === undefined) return false;
  // "أصدر الرئيس أحمد الشرع | مرسوما": a word with the article no ordinary text uses, before the
  // verb's object in the accusative, closes the subject's name (accusative-objects.ts).
  if (last.folded.startsWith('ال') && !isOrdinaryWord(last.folded, true, last.text) && isAccusativeObject(after)) return true;
  // "أعلن فلان بن محمد | المفرج | اكتمال ...": so does one in the family slot of a lineage chain
  // before a bare word, which no name continues (lineage-chain-ends.ts).
  if (!isOrdinaryWord(last.folded, true, last.text) && isFamilySlotBeforeBareWord(tokens, t.end)) return true;
  // ("اللواء الدكتور عبيدالله المعايطة وجّه": so does a word with the article that running text
  // never wrote, no ordinary word; unseen-family-names.ts.)
  if (tokens[t.end - 1]?.isWord === true && isUnseenDefiniteWord(last) && !isOrdinaryWord(last.folded, true, last.text) && !isPlaceOrNationality(last)) return true;
  // ("قال عضو النقابة، محمد رياض قتيتة إن": "إن"/"أن" opens what he said, so it closes the name as punctuation does;
  // so does "من أن" after a verb of warning, "حذرت فلانة دوبوا من أن".)
  const saying = after.folded === 'ان' || (after.folded === 'من' && tokens[span.end + 1]?.folded === 'ان');
  return !last.folded.startsWith('ال') && !isOrdinaryWord(last.folded, false, last.text) && !isRarelyANameInNews(last.folded) && (!after.isWord || /^[0-9٠-٩]+$/.test(after.folded) || saying);
}

/**
 * ("والي سوسة فتحي فلان" tagged as one place, where no rule above found the name: the holder's name
 * after the office's complement; place-run-holders.ts.)
 */
function withPlaceRunHolders(tokens: readonly Token[], tagged: RawSpan[], looksLikeName: (token: Token) => boolean): RawSpan[] {
  for (const { span, nameStart } of placeRunHolderSplits(tokens, tagged, looksLikeName)) {
    const place = nameStart > span.start ? [{ ...span, end: nameStart }] : [];
    tagged = [...tagged.filter((t) => t !== span), ...place, { kind: 'person', start: nameStart, end: span.end }];
  }
  return tagged;
}

/**
 * The speaker's name starts right after the verb of saying: it overrules a tagger's person span
 * that starts later ("أكد كفاح محمود" where the tagger saw only "محمود").
 * ("حسب ما أكدته لمراسلنا، فلانة علان رئيسة ...": so after "ما" and the verb that takes it up; sayer-names.ts.)
 */
function withSpeakerNames(tokens: readonly Token[], tagged: RawSpan[], looksLikeName: (token: Token) => boolean): RawSpan[] {
  for (const span of [...sayerNameSpans(tokens, looksLikeName), ...relativeSayerNameSpans(tokens, looksLikeName)]) {
    const overlapped = overlapping(tagged, span);
    if (overlapped.every((t) => t.kind === 'person' && span.start <= t.start)) tagged = replaced(tagged, overlapped, { kind: 'person', ...span });
  }
  return tagged;
}

/**
 * "وقال علي العريض", "حكومة الحبيب الصيد": given names the tagger reads as "على" or as an adjective
 * (ali-names.ts, definite-given-names.ts); a name it found from there on grows to them.
 */
function withGivenNamesTheTaggerMisread(tokens: readonly Token[], tagged: RawSpan[], writesAlefMaqsura: boolean): RawSpan[] {
  // (A Persian family name's tail gives the name's bounds, as brackets do: "حسن أمير زاده" holds a
  // title's word, "أمير", that tidying would otherwise cut the name at.)
  const persian = persianSurnameSpans(tokens);
  for (const span of [...aliNameSpans(tokens, writesAlefMaqsura), ...definiteGivenNameSpans(tokens), ...persian]) {
    const overlapped = overlapping(tagged, span);
    const end = Math.max(span.end, ...overlapped.map((t) => t.end));
    if (overlapped.every((t) => t.kind === 'person' && t.start >= span.start)) tagged = replaced(tagged, overlapped, persian.includes(span) && end === span.end ? { kind: 'person', start: span.start, end, bracketed: true } : { kind: 'person', start: span.start, end });
  }
  return tagged;
}

/**
 * A decree's act and the office or post it gives bound the name between them: the span overrules
 * what the tagger saw there, unless it found a longer name around it.
 */
function withDecreeNames(tokens: readonly Token[], tagged: RawSpan[]): RawSpan[] {
  for (const span of decreeNameSpans(tokens)) {
    const overlapped = overlapping(tagged, span);
    // (A sure span, "وسعادة | عبدالله سلطان العادل | مديراً", replaces one that only adds the honorific before it.)
    const onlyAddsBefore = (t: RawSpan): boolean => span.bracketed === true && t.end === span.end;
    const same = span.bracketed === true ? overlapped.find((t) => t.kind === 'person' && t.start === span.start && t.end === span.end) : undefined;
    // (A sure span that another rule found too lends it its sureness.)
    if (same !== undefined) tagged = tagged.map((t) => (t === same ? { ...t, bracketed: true } : t));
    else if (!overlapped.some((t) => isPersonCovering(t, span) && !onlyAddsBefore(t))) tagged = replaced(tagged, overlapped, { kind: 'person', ...span });
  }
  return tagged;
}

/** Each span a person's name unless the tagger saw a person there: a place or body it saw gives way. */
function withNamesOverOtherKinds(tagged: RawSpan[], spans: readonly NameSpan[]): RawSpan[] {
  for (const span of spans) {
    const overlapped = overlapping(tagged, span);
    if (!overlapped.some((t) => t.kind === 'person')) tagged = replaced(tagged, overlapped, { kind: 'person', ...span });
  }
  return tagged;
}

/**
 * A name with an office word inside ("الباجي قائد السبسي"): the tagger's pieces of it give way; a
 * person's name it found around it, or one opening before it ("فلان ايليس | قائد"), stays.
 */
function withOfficeWordNames(tokens: readonly Token[], tagged: RawSpan[]): RawSpan[] {
  const gaz = gazetteer();
  for (const span of officeWordNameSpans(tokens)) {
    // ("فلان والتونسي | الباجي قائد السبسي": a name before "و" + a nationality noun ends there.)
    // (The nationality noun itself is no name word: a span opening on it gives way too.)
    const joiner = tokens[span.start - 1];
    const nationalityBefore = joiner?.isWord === true && joiner.folded.startsWith('وال') && gaz.nationalities.has(joiner.folded.slice(1));
    if (nationalityBefore) tagged = tagged.map((t) => (t.kind === 'person' && t.start < span.start - 1 && t.end > span.start - 1 ? { ...t, end: span.start - 1 } : t));
    const opensFirst = (t: RawSpan): boolean => t.kind === 'person' && t.start < (nationalityBefore ? span.start - 1 : span.start);
    const overlapped = overlapping(tagged, span);
    if (!overlapped.some(opensFirst) && !overlapped.some((t) => isPersonCovering(t, span))) tagged = replaced(tagged, overlapped, { kind: 'person', ...span });
  }
  return tagged;
}

/**
 * The entries of lists: what the tagger saw inside an entry, a piece of it or a place, gives way to
 * the whole entry. ("- فلان مدير ... - فلانة مديرة ...", "- مدير ...: فلان -": lists opened by
 * dashes; list-entry-names.ts.)
 */
function withListEntries(tokens: readonly Token[], tagged: RawSpan[]): RawSpan[] {
  for (const span of listEntryNameSpans(tokens, tagged.filter((t) => t.kind === 'person'))) tagged = withWholeEntry(tagged, span);
  const listed = tagged.filter((t) => t.kind === 'person');
  for (const span of [...numberedEntryNameSpans(tokens, listed), ...bracketedEntryNameSpans(tokens, listed), ...dashedEntryNameSpans(tokens, listed), ...colonEntryNameSpans(tokens, listed)]) tagged = withWholeEntry(tagged, span);
  return tagged;
}

function withWholeEntry(tagged: RawSpan[], span: NameSpan): RawSpan[] {
  const overlapped = overlapping(tagged, span);
  return overlapped.every((t) => span.start <= t.start && t.end <= span.end) ? replaced(tagged, overlapped, { kind: 'person', ...span, bracketed: true }) : tagged;
}

/**
 * ("لشركة هيوليت باكارد", 'مؤسسة "أندا"': the name of a company or body, no person.)
 * ("رئيس شركة أرامكو محمد الناصر": the body's name, then its holder's; body-names.ts.)
 * (A loop, not flatMap: this runs for every block, and most spans stay as they are.)
 */
function withoutBodyNames(tokens: readonly Token[], tagged: readonly RawSpan[]): RawSpan[] {
  const kept: RawSpan[] = [];
  for (const span of tagged) {
    if (span.kind !== 'person' || !isBodyNameAt(tokens, span.start)) kept.push(span);
    else {
      const holder = holderAfterBodyName(tokens, span.start, span.end);
      if (holder >= 0) kept.push({ ...span, start: holder });
    }
  }
  return kept;
}

/** "بجندوبة", "بصفاقس": a preposition and a town the news names after "في". */
function isPrepositionalPlace(token: Token): boolean {
  return /^[بل]/.test(token.folded) && procliticReadings(token).some(({ removed, stem }) => removed > 0 && isPlaceWord(stem));
}
