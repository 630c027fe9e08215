/**
 * People (officials first), places and organizations of an article, with every mention.
 *
 * Pipeline: tokenize each block → tag with the trained perceptron → tidy the spans → add lexicon
 * places/organizations → group mentions into entities → find further mentions of each person by
 * full name or family name alone → attach offices (roles) and countries.
 */
import { familyNamesOfArticle } from './article-family-names.js';
import type { Block, Entity, EntityKind, Mention } from '../article/model.js';
import { fold } from '../text/normalize.js';
import { transliterate } from '../text/transliterate.js';
import { procliticReadings, readingInList, stripProclitics, writtenOffset } from './clitics.js';
import { binPlaceAt, isCommonWord, isDualOfCommonWord, isFeminineOrPlainDual, isOfficeWithPronoun, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { hasTrait, NATIONALITY, PERSON_TITLE } from './word-traits.js';
import { gazetteer } from './gazetteer.js';
import { foldedCounterpartWords, foldedExtraOfficeHeads, foldedRoleQualifiers, foldedKinshipWords, foldedForeignOrganizationTails, foldedLeadingNameParts, foldedMediaHeads, foldedNameQualifiers, foldedNamedAfterHeads, foldedRoleStops, foldedRoyalTitles, foldedWeakNameParts, isParticle, isHonorificWithPronoun } from './lexicon.js';
import { glossRole } from './gloss.js';
import { nameKey } from './name-key.js';
import { isKnownOfficial, isKnownOfficialFamilyName } from './known-officials.js';
import { countryOfRole, lastChainedOffice, dualOfficePhraseBefore, holderAfterHeadedGovernment, honorificBefore, isDefiniteGivenName, isGivenNameWord, isInOfficeComplement, officeComplementEnd, isOfficeWord, isPluralOffice, namedAfterEnd, splitComplementEnd, isIndefiniteFeminineNisba, isRank, isRulerTitle, roleAfter, roleBefore, type RoleMatch, isHonorificWord, isNamedAfterHead, isOutgoingTermAt, isRepresentativeStem, officeAsShown } from './roles.js';
import { decreeNameSpans, isDecreeAct } from './decree-names.js';
import { isMeetingVerb, isOfficeMetBySubject } from './meeting-verbs.js';
import { officeWordNameSpans } from './office-word-names.js';
import { isBodyNameAt } from './body-names.js';
import { appositivePersonSpans, bracketListFirstEntries, gluedHonorificLength, isFamilyNameAfterLineage, isForeignNameWithWaw, isIndefiniteFamilyName, isListedWithConjunction, isWeekdayAfterFullName, isTitleWord, lexiconSpans, lineageEnd, organizationPatternSpans, taggedSpans, tidyNameSpan, tidyPersonSpan, type Span } from './spans.js';
import { isPrepositionalComplement, isPrepositionOnName, isPrepositionOnNoun, isSeldomAName } from './prepositional-words.js';
import { isOftenANameInNews, isRarelyANameInNews, isRareWord, isSeenInRunningText, personShareBucket, tagDocumentWords } from './tagger.js';
import { isSaidSubjectAt, sayerNameSpans } from './sayer-names.js';
import { conjoinedNamesEnd } from './conjoined-names.js';
import { isConjoinedCommonNounAfterTitle } from './conjoined-common-nouns.js';
import { followsVerb, isAccusativeOfCommonWord } from './accusative-common-words.js';
import { isPrepositionalPlaceAfterFullName } from './place-after-name.js';
import { dualConstructRoleBefore } from './dual-construct-offices.js';
import { isNamedAt, namedPersonSpans } from './naming-names.js';
import { nationalityNameSpans } from './nationality-names.js';
import { ageBracketNameSpans, bracketListNameSpans, colonListNameSpans, officeNameSpans, titledNameSpans } from './titled-names.js';
import { findReferences } from './references.js';
import { isGivenName, isListedNameWord } from './given-names.js';
import { holdsUpAsOneWordName } from './one-word-names.js';
import { groupWordIn, isFeminineSoundPlural, isListedNameToken } from './group-words.js';
import { isAccusativeNounPhrase, isCommonNounPhrase, isCommonNounWord, isDefiniteDerivedMasdar, isPrepositionalDerivedMasdar } from './common-noun-words.js';
import { tokenize, type Token } from './tokenize.js';
import { tokensWithGluedParticlesSplit } from './glued-particles.js';
import { officeOfAntecedentBody } from './pronoun-offices.js';

interface BlockTokens {
  block: number;
  text: string;
  tokens: Token[];
}

/** A span before tidying; `bracketed` when its bounds are given (a bracket, or what was said right after it: titled-names.ts). */
interface RawSpan {
  kind: EntityKind;
  start: number;
  end: number;
  bracketed?: boolean;
}

interface Located {
  block: BlockTokens;
  span: Span;
}

interface Draft {
  kind: EntityKind;
  /** Folded name words, the key under which mentions are grouped. */
  words: string[];
  mentions: Located[];
}

/** Adverbs of place and time (a closed class) that are also family names ("حازم أمام"), folded. */
const ADVERB_NAMES = new Set(['أمام', 'خلف', 'وراء', 'فوق', 'تحت', 'قرب', 'وسط', 'جانب', 'عقب', 'إثر', 'أثناء', 'حين', 'حول', 'عبر', 'نحو'].map(fold));

/** "أبو", "أبي", "أم": the word after them is the name of a kunya ("علي بن أبي طالب"), folded. */
const KUNYA_WORDS = new Set(['ابو', 'ابي', 'ابا', 'ام']);

/** Kinship nouns in the construct ("ابن عم فلان", "ابن خال"), folded. */
const BARE_KIN = new Set(['عم', 'خال', 'عمه', 'خاله', 'اخ', 'اخت']);

/** Links of a lineage chain after which the father's name comes ("بن", "بنت"). */
const LINEAGE_LINKS_AFTER_NAME = new Set(['بن', 'ابن', 'بنت']);
/** Links between a given name and the father's name ("X بن Y", Hassaniya "X ولد Y"). */
const LINEAGE_LINKS_BEFORE_NAME = new Set(['بن', 'بنت', 'ولد']);

const SKIPPED_KINDS = new Set<Block['kind']>(['related', 'source']);

function mentionOf({ block, span }: Located): Mention {
  const start = block.tokens[span.start].start + span.skip;
  const end = block.tokens[span.end - 1].end;
  return { block: block.block, start, end, text: block.text.slice(start, end) };
}

/** Token positions taken by spans, per block, for overlap checks in linear time. */
function coveredTokens(located: Located[]): Map<BlockTokens, Set<number>> {
  const covered = new Map<BlockTokens, Set<number>>();
  for (const { block, span } of located) {
    const set = covered.get(block) ?? new Set<number>();
    for (let i = span.start; i < span.end; i++) set.add(i);
    covered.set(block, set);
  }
  return covered;
}

function isCovered(covered: Map<BlockTokens, Set<number>>, { block, span }: Located): boolean {
  const set = covered.get(block);
  if (!set) return false;
  for (let i = span.start; i < span.end; i++) if (set.has(i)) return true;
  return false;
}

function tagBlocks(blocks: readonly Block[]): BlockTokens[] {
  return blocks.flatMap((block, index) =>
    SKIPPED_KINDS.has(block.kind) ? [] : [{ block: index, text: block.text, tokens: tokenize(block.text) }],
  );
}

export function extractEntities(blocks: Block[]): Entity[] {
  const gaz = gazetteer();

  // Pass 1: tagger spans per block, and the words the tagger takes for names anywhere in the article.
  // ("الحجارأنه": a particle glued to a name word the article uses apart is split off, and the
  // article tagged again; glued-particles.ts.)
  const { tokenized, taggedBlocks, nameWords } = taggedArticle(tagBlocks(blocks));
  // "التقى اينشتاين ... كتب اينشتاين ... درس اينشتاين": a word the tagger itself takes for a person
  // at several places of the article is used as a name there, not a one-off tagging guess. Not so a
  // word it takes as often for a place or body ("بكراتشي" and "مدينة كراتشي"), nor where it stands
  // alone in quote marks (a ship, a brand or a title: "سفينتي «ميسترال»").
  const repeatedNameWords = wordsTaggedAsPersonRepeatedly(tokenized, taggedBlocks);
  const looksLikeName = (token: Token): boolean =>
    nameWords.has(token.folded) || isRareWord(token.folded) || isListedNameWord(token.folded);

  const isKnownNameWord = (token: Token): boolean => nameWords.has(token.folded) || isListedNameWord(token.folded);

  // Pass 2: names found by their surroundings (titles, lists, appositions) override tagger guesses they overlap.
  const listNames = colonListNameSpans(tokenized.map((block) => block.tokens), looksLikeName);
  const raw: Array<{ block: BlockTokens } & RawSpan> = [];
  const lexical: Located[] = [];
  tokenized.forEach((block, b) => {
    let tagged: RawSpan[] = taggedBlocks[b];
    const surroundingSpans: Array<{ start: number; end: number; bracketed?: boolean }> = [
      ...listNames[b],
      ...bracketListNameSpans(block.tokens),
      ...titledNameSpans(block.tokens, looksLikeName),
      ...officeNameSpans(block.tokens, looksLikeName, isKnownNameWord),
      ...ageBracketNameSpans(block.tokens, isKnownNameWord),
      ...namedPersonSpans(block.tokens),
    ];
    for (const span of surroundingSpans) {
      const overlapping = tagged.filter((t) => t.start < span.end && span.start < t.end);
      // "والي سوسة محمد الميساوي" tagged as one name: a tagger span that swallowed an office with its
      // complement before the name loses to the full name the office introduces (tidying strips titles
      // only, not the complement "سوسة").
      const swallowsOffice = (t: RawSpan): boolean => {
        const before = block.tokens.slice(t.start, span.start);
        // A lone word after an office ("ذكرى شهداء") is too weak a name to overrule the tagger.
        if (span.end - span.start >= 2 && before.some(isTitleWord) && !before.every(isTitleWord)) return true;
        // "رئيس الفرع الجهوي بجندوبة فيصل النقاطي": a town behind a preposition ends the office, no name starts with it.
        // "رئيس الهيئة للجبيل وينبع سعود بن ثنيان": nor with "و" + a place the office phrase still
        // covers (the tagger's span would be dropped whole as a complement).
        const coordinated = before.length === 1 && before[0].folded.startsWith('و') && isInOfficeComplement(block.tokens, t.start);
        return before.length > 0 && (before.every(isPrepositionalPlace) || coordinated);
      };
      const covering = overlapping.find((t) => t.kind === 'person' && t.start <= span.start && t.end >= span.end && !swallowsOffice(t));
      if (covering) {
        // The tagger found the very name a list's bracket holds: the bracket still gives its bounds.
        if (span.bracketed && covering.start === span.start && covering.end === span.end) tagged = tagged.map((t) => (t === covering ? { ...t, bracketed: true } : t));
        continue;
      }
      // "الرئيس مبارك تناولت": a rule that only guesses how far a name runs on (a rare word is no name
      // word) does not stretch the tagger's name over words known to no name list.
      // But "المهندس عادل فقيه،", "والعريف فلان مشراف 21 عاما": one word without the article, right
      // before punctuation or an age, closes the name as its family name (titled-names.ts).
      const closesName = (t: RawSpan): boolean => {
        const last = block.tokens[t.end];
        const after = block.tokens[span.end];
        return span.end === t.end + 1 && !last.folded.startsWith('ال') && !isOrdinaryWord(last.folded, false, last.text) && !isRarelyANameInNews(last.folded) && after !== undefined && (!after.isWord || /^[0-9٠-٩]+$/.test(after.folded));
      };
      // A bracket that a list of offices fills with a name gives its bounds, no guess.
      if (!span.bracketed && overlapping.some((t) => t.kind === 'person' && t.start === span.start && t.end < span.end && !closesName(t) && block.tokens.slice(t.end, span.end).every((token) => !isKnownNameWord(token)))) continue;
      // "للمخرج السينغالي راما تيوا": a rule that starts the name at a definite word the tagger left
      // out (an adjective no list knows) and stops inside the tagger's name does not cut that name.
      const shifted = (t: RawSpan): boolean => t.start > span.start && t.end > span.end && block.tokens.slice(span.start, t.start).every((token) => token.folded.startsWith('ال'));
      if (overlapping.some((t) => t.kind === 'person' && shifted(t))) continue;
      tagged = [...tagged.filter((t) => !overlapping.includes(t)), { kind: 'person', ...span }];
    }
    // An apposition only guesses where the name starts: the tagger's span, when there is one, wins.
    for (const span of appositivePersonSpans(block.tokens, looksLikeName)) {
      if (!tagged.some((t) => t.start < span.end && span.start < t.end)) tagged.push({ kind: 'person', ...span });
    }
    // The speaker's name starts right after the verb of saying: it overrules a tagger's person span
    // that starts later ("أكد كفاح محمود" where the tagger saw only "محمود").
    for (const span of sayerNameSpans(block.tokens, looksLikeName)) {
      const overlapping = tagged.filter((t) => t.start < span.end && span.start < t.end);
      if (overlapping.every((t) => t.kind === 'person' && span.start <= t.start)) tagged = [...tagged.filter((t) => !overlapping.includes(t)), { kind: 'person', ...span }];
    }
    // A decree's act and the office or post it gives bound the name between them: the span overrules
    // what the tagger saw there, unless it found a longer name around it.
    for (const span of decreeNameSpans(block.tokens)) {
      const overlapping = tagged.filter((t) => t.start < span.end && span.start < t.end);
      if (!overlapping.some((t) => t.kind === 'person' && t.start <= span.start && t.end >= span.end)) tagged = [...tagged.filter((t) => !overlapping.includes(t)), { kind: 'person', ...span }];
    }
    // After a nationality used as a noun a person is named: a place or body the tagger saw there
    // gives way, a person's name it found (perhaps longer) stays.
    for (const span of nationalityNameSpans(block.tokens, looksLikeName)) {
      const overlapping = tagged.filter((t) => t.start < span.end && span.start < t.end);
      if (!overlapping.some((t) => t.kind === 'person')) tagged = [...tagged.filter((t) => !overlapping.includes(t)), { kind: 'person', ...span }];
    }
    // A name with an office word inside ("الباجي قائد السبسي"): the tagger's pieces of it give way; a
    // person's name it found around it, or one opening before it ("فلان ايليس | قائد"), stays.
    for (const span of officeWordNameSpans(block.tokens)) {
      // ("فلان والتونسي | الباجي قائد السبسي": a name before "و" + a nationality noun ends there.)
      // (The nationality noun itself is no name word: a span opening on it gives way too.)
      const joiner = block.tokens[span.start - 1];
      const nationalityBefore = joiner?.isWord === true && joiner.folded.startsWith('وال') && gaz.nationalities.has(joiner.folded.slice(1));
      if (nationalityBefore) tagged = tagged.map((t) => (t.kind === 'person' && t.start < span.start - 1 && t.end > span.start - 1 ? { ...t, end: span.start - 1 } : t));
      const opensFirst = (t: RawSpan): boolean => t.kind === 'person' && t.start < (nationalityBefore ? span.start - 1 : span.start);
      const overlapping = tagged.filter((t) => t.start < span.end && span.start < t.end);
      if (!overlapping.some(opensFirst) && !overlapping.some((t) => t.kind === 'person' && t.start <= span.start && t.end >= span.end)) tagged = [...tagged.filter((t) => !overlapping.includes(t)), { kind: 'person', ...span }];
    }
    for (const span of bracketListFirstEntries(block.tokens, tagged.filter((t) => t.kind === 'person'))) tagged.push({ kind: 'person', ...span });
    // ("لشركة هيوليت باكارد", 'مؤسسة "أندا"': the name of a company or body, no person.)
    tagged = tagged.filter((span) => span.kind !== 'person' || !isBodyNameAt(block.tokens, span.start));
    for (const span of tagged) {
      raw.push({ block, ...span });
      if (span.kind === 'person') for (let i = span.start; i < span.end; i++) nameWords.add(block.tokens[i].folded);
    }
    for (const span of [...lexiconSpans(block.tokens), ...organizationPatternSpans(block.tokens)]) lexical.push({ block, span });
  });
  const isKnownName = (stem: string): boolean => nameWords.has(stem) || isListedNameWord(stem) || stem === 'عبد' || stem === 'ابو';

  // Lineage chains the tagger cut in two are one name: extend each person span, then drop the
  // spans a longer one now covers.
  const canContinueName = (token: Token): boolean => !isTitleWord(token) && !isParticle(token) && !isOrdinaryWord(token.folded);
  // The other spans of a block, looked up per block rather than over the whole article's spans.
  const rawOfBlock = new Map<BlockTokens, typeof raw>();
  for (const item of raw) {
    const inBlock = rawOfBlock.get(item.block);
    if (inBlock) inBlock.push(item);
    else rawOfBlock.set(item.block, [item]);
  }
  for (const item of raw) {
    if (item.kind !== 'person') continue;
    const tokens = item.block.tokens;
    const inBlock = rawOfBlock.get(item.block) ?? [];
    // "المهندس عادل فقيه" tagged "عادل" alone: the indefinite word after a lone given name is its family name.
    // After a name of two or three words ("العريف عبدالعزيز عبدالله يحيى مشراف، 21 عاما") only where
    // the phrase ends with that word: the tagger's longer span is more often right.
    const phraseEnds = item.end - item.start === 1 || !tokens[item.end + 1]?.isWord || /^[0-9٠-٩]/.test(tokens[item.end + 1].text);
    if (!item.bracketed && tokens[item.end]?.isWord && item.end - item.start <= 3 && phraseEnds && isLoneGivenName(tokens[item.end - 1].folded) && isIndefiniteFamilyName(tokens, item.end) && !inBlock.some((other) => other.start === item.end)) item.end++;
    item.end = afterForeignParticles(tokens, afterOpenNamePart(tokens, lineageEnd(tokens, item.start, item.end, canContinueName)), canContinueName);
    // "تيري ألبرت" + "ويزمان" tagged apart: a foreign name opening with "و" and a long vowel right
    // after a name of two words or more is its last part, not "and" + a second person.
    if (item.end - item.start >= 2 && isForeignNameWithWaw(tokens[item.end]?.folded ?? '') && inBlock.some((other) => other.kind === 'person' && other.start === item.end && other.end === item.end + 1)) item.end++;
    if (!item.bracketed && isFamilyNameAfterLineage(tokens, item.start, item.end) && !inBlock.some((other) => other.start === item.end)) item.end++;
    if (!item.bracketed && isRareGivenNameBefore(tokens, item.start, item.end) && !inBlock.some((other) => other.kind === 'person' && other.end === item.start)) item.start--;
    else if (!item.bracketed && (isForeignGivenNameBefore(tokens, item.start) || isPlainGivenNameBefore(tokens, item.start, item.end)) && !inBlock.some((other) => other.end > item.start - 1 && other.start <= item.start - 1)) item.start--;
  }
  // "وأوضح لغوث ولد بغالي": a span the tagger opened right after a lineage link ("بن", "ولد") takes
  // the given name before the link, a word that may be a name (no title, particle, verb of saying,
  // ordinary word or word with the article: "نظام بن علي", "الرئيس بن علي").
  const opensLineage = (token: Token | undefined): boolean =>
    token !== undefined && token.isWord && !token.folded.startsWith('ال') && canContinueName(token) && !procliticReadings(token.folded).some(({ stem }) => gaz.personVerbs.has(stem)) && !isRarelyANameInNews(token.folded);
  const personsOfBlock = new Map<BlockTokens, RawSpan[]>();
  for (const [block, items] of rawOfBlock) personsOfBlock.set(block, items.filter((item) => item.kind === 'person'));
  for (const item of raw) {
    if (item.kind !== 'person') continue;
    const tokens = item.block.tokens;
    // "ماريسو ولد جوليان ماريسو": the end of another name before "ولد" makes it the verb "was born".
    const inOtherName = (i: number): boolean => (personsOfBlock.get(item.block) ?? []).some((other) => other !== item && other.start <= i && i < other.end);
    while (item.start >= 2 && item.end - item.start < 10 && LINEAGE_LINKS_BEFORE_NAME.has(tokens[item.start - 1].folded) && opensLineage(tokens[item.start - 2]) && !inOtherName(item.start - 2)) item.start -= 2;
  }
  // "فلان فلان وفلان فلان": a name joined to a person's name by "و" is the next person of a list; the
  // span runs on over it and tidying splits it at the conjunction (tidyPersonSpan).
  // Only over words no other span takes: those names are found already.
  const rawTokens = coveredTokens(raw.map(({ block, start, end }) => ({ block, span: { kind: 'person', start, end, skip: 0 } })));
  for (const item of raw) {
    if (item.kind !== 'person') continue;
    const taken = rawTokens.get(item.block);
    item.end = conjoinedNamesEnd(item.block.tokens, item.end, looksLikeName, (index) => taken?.has(index) ?? false);
  }
  const chained = withoutCoveredPeople(raw);
  // Text that never writes "ى" (some outlets, normalized corpora) spells the preposition "على" like the
  // name "علي" (isParticle tells them apart by the alef maqsura).
  const writesAlefMaqsura = tokenized.some((block) => block.text.includes('ى'));

  const adjectivesOfOffices = adjectivesAfterOfficesWithPronoun(tokenized);
  const people: Located[] = [];
  const others: Located[] = [];
  for (const { block, kind, start, end, bracketed } of chained) {
    if (kind === 'person') {
      for (const span of tidyPersonSpan(block.tokens, start, end, isKnownName, bracketed)) {
        // Names do not contain particles: "مكلف لدى" is a tagging slip, not a person.
        // A particle at the end ("... علي هامش" in text without "ى") is left out, not the whole name.
        while (span.end - span.start > 1 && isParticle(block.tokens[span.end - 1])) span.end--;
        // "علي الفور", "فلان علي هامش" where "على" is written "علي": the preposition ends the name.
        if (!writesAlefMaqsura) {
          for (let k = span.start + 1; k < span.end; k++) {
            if (isPrepositionAlaAt(block.tokens, k)) {
              span.end = k;
              break;
            }
          }
          if (span.skip === 0 && isPrepositionAlaAt(block.tokens, span.start)) continue;
        }
        // "استقبل الأمير سلطان بن سلمان الوفد": after "بن X" a definite common word that the news corpus
        // almost never uses as a name is the verb's object, not the family name.
        if (!bracketed && span.end - span.start >= 4 && LINEAGE_LINKS_AFTER_NAME.has(block.tokens[span.end - 3].folded)) {
          const last = block.tokens[span.end - 1].folded;
          // "أقام الأمير محمد بن سلمان مأدبة غداء": so is a word that reads as a common noun before
          // another (a noun in construct); before punctuation it may be the family name ("بوزيد،").
          const indefiniteNoun = (token: Token | undefined): boolean => token !== undefined && !token.folded.startsWith('ال') && isCommonNounWord(token);
          // ("علي بن أبي طالب": after "أبي" the word is the kunya's name.)
          const kunya = KUNYA_WORDS.has(block.tokens[span.end - 2].folded);
          const object = !kunya && indefiniteNoun(block.tokens[span.end - 1]) && indefiniteNoun(block.tokens[span.end]) && !isParticle(block.tokens[span.end]);
          if ((last.startsWith('ال') && isOrdinaryWord(last) && isRarelyANameInNews(last) && !isTribalNisba(last)) || object) span.end--;
        }
        // "ماريو إيديه ابن التاسعة والعشرين": "ابن"/"بنت" + an ordinal or a tens number gives an age;
        for (let k = span.start + 1; k < span.end - 1; k++) {
          // "فلان ابن عمه", "فلان ابن أخيه": "ابن" + a kinship word with a pronoun gives a relation.
          // "سعيد ابن الضحية", "ابن عم الشهيد": "ابن" + a definite common noun, or a bare kinship noun, says whose relative he is.
          const next = block.tokens[k + 1];
          const relation = (next.folded.startsWith('ال') && isOrdinaryWord(next.folded) && isRarelyANameInNews(next.folded)) || BARE_KIN.has(next.folded);
          if (LINEAGE_LINKS_AFTER_NAME.has(block.tokens[k].folded) && (AGE_NUMBERS.has(next.folded) || KIN_WITH_PRONOUN.test(next.folded) || relation)) {
            span.end = k;
            break;
          }
        }
        // "الممثلة الكوميدية كاثي جريفن", "الرئيس الأسير صدام حسين": a definite word the news corpus
        // almost never uses as a name, before two name words, describes the person.
        while (span.end - span.start >= 3 && span.skip === 0 && isDescriptiveWord(block.tokens[span.start].folded)) span.start++;
        // "الرئيس المنتهية ولايته باراك أوباما": the outgoing term qualifies the office, no name.
        if (span.skip === 0 && isOutgoingTermAt(block.tokens, span.start)) {
          if (span.end - span.start <= 2) continue;
          span.start += 2;
        }
        // "غازي الجريبي السيرة الذاتية": a definite common noun after a full name, before a definite
        // adjective the news almost never uses as a name, opens a noun phrase of its own.
        while (span.end - span.start >= 3 && opensNounPhrase(block.tokens, span.end - 1)) span.end--;
        // "تأليف الطاهر رضواني", "وإخراج فلان": the credit of a work names its maker after it.
        while (span.end - span.start >= 2 && procliticReadings(block.tokens[span.start].folded).some(({ stem }) => CREDIT_NOUNS.has(stem))) {
          span.start++;
          span.skip = 0;
        }
        // "ابنها الأصغر المدلل سليم": after a kinship word, definite words describe the relative.
        while (span.end - span.start >= 2 && span.skip === 0 && describesRelative(block.tokens, span.start)) span.start++;
        // "وسيلتقي المالكي", "شيراك سيقرر": a verb in the future ("س" + a common imperfect) is no name word.
        while (span.end - span.start >= 2 && isFutureVerb(block.tokens[span.start])) {
          span.start++;
          span.skip = 0;
        }
        while (span.end - span.start >= 2 && isFutureVerb(block.tokens[span.end - 1])) span.end--;
        // "أردوغان يأمر بإزالة", "الطيار التائه يسأل": a verb in the imperfect after the name is its predicate.
        while (span.end - span.start >= 2 && isImperfectVerb(block.tokens[span.end - 1])) span.end--;
        // "الرئيس سيوقع القرار", "الأمير سيترأس": a verb in the future right after a title is no one-word name.
        if (span.end - span.start === 1 && isFutureVerb(block.tokens[span.start]) && !isLoneGivenName(block.tokens[span.start].folded)) continue;
        // "ولي العهد يهنئ رئيس ...": a headline's verb right after the office is no one-word name.
        if (span.end - span.start === 1 && span.skip === 0 && /^ي..+ئ[\u064b-\u0652]*$/.test(block.tokens[span.start].text) && isImperfectVerb(block.tokens[span.start])) continue;
        // "يكرم فلان", "يأمر بتفكيك" (a headline): one before the name governs it. ("ياوي": a plain
        // alef after "ي" spells a foreign given name; the verb writes its hamza.)
        const verbEnd = span.start;
        while (span.end - span.start >= 2 && span.skip === 0 && !/^يا/.test(block.tokens[span.start].text) && isImperfectVerb(block.tokens[span.start])) span.start++;
        // "يأمر بتفكيك الخيام": a preposition after the verb opens its complement, no name.
        if (span.start > verbEnd && isPrepositionalComplement(block.tokens[span.start].folded)) continue;
        // "لمراسل الجوهرة أف أم ماهر الصغير": "أف أم" is FM, the radio's name, not the kunya "أم ...".
        if (span.end - span.start >= 3 && block.tokens[span.start].folded === 'اف' && block.tokens[span.start + 1].folded === 'ام') {
          span.start += 2;
          span.skip = 0;
        } else if (span.end - span.start >= 2 && span.skip === 0 && block.tokens[span.start].folded === 'ام' && block.tokens[span.start - 1]?.folded === 'اف') span.start++;
        // "زار الأمير فلان بن فلان مستشفى الأمير فلان", "الرئيس الفرنسي وسام الملك عبدالعزيز": the
        // head of a place or body named after someone, right before that someone's title, is none of the name.
        while (span.end > span.start && isNamedAfterHead(block.tokens[span.end - 1]) && namedAfterEnd(block.tokens, span.end) > span.end) span.end--;
        if (span.end === span.start) continue;
        // "الرئيس التنفيذي لسابك فلان", "المتحدث الرسمي لـ"هيئة" فلان": after an office and its
        // adjective, a word with "ل" that no name list knows is the body the office serves, no name.
        if (OFFICE_ADJECTIVES.has(block.tokens[span.start - 1]?.folded ?? '') && /^ل./.test(block.tokens[span.start].folded)) {
          const first = block.tokens[span.start].folded;
          // (A common noun with "ل" and its complement, "لدار الإفتاء", is read further below.)
          if (!isListedNameWord(first) && !isListedNameWord(first.slice(1)) && !isOrdinaryWord(first) && !isCommonWord(first.slice(1))) {
            if (span.end - span.start === 1) continue;
            span.start++;
            span.skip = 0;
          }
        }
        // "ويتقبل أبناؤه سعيد وخالد العزاء": a plural kinship noun with a pronoun introduces the names.
        if (span.end - span.start >= 2 && PLURAL_KIN_WITH_PRONOUN.test(fold(block.tokens[span.start].text.slice(span.skip)))) {
          span.start++;
          span.skip = 0;
        }
        // "ولد لأبوين كوبيين هاجرا", "فلان والمصريين": a dual or plural kinship noun or nisba speaks of
        // a group. Opening the span, it and what follows up to a word of a name list are no name;
        // further on, it ends the name.
        const groupAt = groupWordIn(block.tokens, span.start, span.end);
        if (groupAt === span.start) {
          let next = span.start;
          while (next < span.end && !isListedNameToken(block.tokens[next])) next++;
          if (next === span.end) continue;
          span.start = next;
          span.skip = 0;
        } else if (groupAt > span.start) span.end = groupAt;
        // "بعث أمير دولة قطر برقية تهنئة", "أقام ولي العهد مأدبة غداء": words that all read as common
        // nouns in the news (evidence and word cluster) are the verb's object, no name.
        // (One such word is left to the checks below, which weigh it with its neighbours.)
        if (span.end - span.start >= 2 && (isCommonNounPhrase(block.tokens, span.start, span.end) || isAccusativeNounPhrase(block.tokens, span.start, span.end))) continue;
        // "وزيرنا المحبوب وزير التعليم": an office with a pronoun describes someone, and the definite
        // words after it are its adjectives ("رئيسها التنفيذي فلان"), no name unless a name list knows them.
        // "وزيرنا المحبوب ... الوزير المحبوب": a word the article puts after an office with a pronoun
        // (no title of a name) is an adjective describing the office holder, wherever it stands.
        if (span.skip === 0 && block.tokens.slice(span.start, span.end).every((token) => adjectivesOfOffices.has(token.folded))) continue;
        // "منح رئيس الجمهورية وسام الاستحقاق": a noun (even one that is also a given name) before the
        // verbal noun of a derived verb heads a construct phrase; no name ends with such a noun.
        if (span.end - span.start >= 2 && isDefiniteDerivedMasdar(block.tokens[span.end - 1])) {
          if (span.end - span.start === 2) continue;
          span.end--;
        }
        // "رئيس الحكومة وعد بإرجاع الأطفال": "ب" + a derived verbal noun is a verb's complement; the word
        // before it is that verb, even when it is also a given name ("وعد"), and no name goes on past it.
        const complement = block.tokens.slice(span.start + 1, span.end).findIndex(isPrepositionalDerivedMasdar);
        if (complement === 0) continue;
        if (complement > 0) span.end = span.start + 1 + complement;
        if (span.end - span.start === 1 && isFeminineSoundPlural(block.tokens[span.start])) continue;
        if (span.end - span.start === 1 && isConjoinedCommonNounAfterTitle(block.tokens, span.start)) continue;
        // "وقال أبو الطفل", "أم الضحية": "father"/"mother" of a common noun says whose parent he is;
        // a kunya takes a name ("أبو الحسن", "أبو الغيط"), whose word cluster is one of names.
        if (span.end - span.start === 2 && KUNYA_WORDS.has(block.tokens[span.start].folded) && block.tokens[span.start + 1].folded.startsWith('ال') && isCommonNounWord(block.tokens[span.start + 1])) continue;
        // "الرئيس بشار الأسد الخميس": the day of the act after a full name (spans.ts).
        while (span.end - span.start >= 3 && isWeekdayAfterFullName(block.tokens, span.start, span.end - 1)) span.end--;
        // "رئيس الدولة حفظه الله", "طيب الله ثراه": a blessing formula ends the name, or is none.
        const blessing = blessingStart(block.tokens, span.start, span.end);
        if (blessing >= 0) {
          if (blessing === span.start) continue;
          span.end = blessing;
        }
        // "وبايع آل سعود": a common word, no given name, before "آل" + a family is a verb or a noun
        // governing the family's name.
        if (span.end - span.start >= 3 && block.tokens[span.start + 1].folded === 'ال') {
          const first = span.skip > 0 ? fold(block.tokens[span.start].text.slice(span.skip)) : block.tokens[span.start].folded;
          if (isOrdinaryWord(first) && !isGivenName(first) && !gazetteer().firstNames.has(first)) {
            span.start++;
            span.skip = 0;
          }
        }
        // "فازت فلانة بالتانيت الفضي": a prize after the name is none of it.
        if (span.end - span.start >= 4 && isMetalAward(block.tokens.slice(span.end - 2, span.end))) span.end -= 2;
        // "ابن خلدون بسوسة", "قرار ترامب بشأن": a preposition on a place or common noun ends the name.
        // ("فون دير لاين": after the particles of a European name the word is its family name.)
        const afterForeignParticle = (k: number): boolean => FOREIGN_NAME_PARTICLES.has(block.tokens[k - 1]?.text ?? '') || SECOND_FOREIGN_PARTICLES.has(block.tokens[k - 1]?.text ?? '');
        while (span.end - span.start >= 2 && isPrepositionOnNoun(block.tokens[span.end - 1].folded, block.tokens[span.end - 1].text) && !afterForeignParticle(span.end - 1)) span.end--;
        if (isPrepositionalPlaceAfterFullName(block.tokens, span.start, span.end)) span.end--;
        // "لدار الفتوى", "لرجل الدين الشيعي": one on a common noun, with the definite words of its
        // complement, opens a noun phrase: the name, if any, starts after it ("لدار الإفتاء فلان").
        if (span.end - span.start >= 2 && span.skip === 0 && isPrepositionOnNoun(block.tokens[span.start].folded, block.tokens[span.start].text, 2)) {
          span.start++;
          while (span.start < span.end && block.tokens[span.start].folded.startsWith('ال') && !isLoneGivenName(block.tokens[span.start].folded)) span.start++;
          if (span.start === span.end) continue;
        }
        if (span.end - span.start >= 2 && span.skip === 0 && isPrepositionOnName(block.tokens[span.start].folded)) span.skip = writtenOffset(block.tokens[span.start].text, 1);
        // "ابن شقيقة فلان", "ابن عم فلان": "son of" + a bare kinship noun says whose relative he is; the name is the relative's.
        if (span.end - span.start >= 3 && span.skip === 0 && (block.tokens[span.start].folded === 'ابن' || block.tokens[span.start].folded === 'بنت') && isBareKinshipNoun(block.tokens[span.start + 1])) span.start += 2;
        // "التنمية المستدامة رفقة": a definite word, then words, that the unlabeled news almost never
        // takes for a person, none a known name, are no name even after an office (an adjective of it).
        if (span.end - span.start >= 2 && span.skip === 0 && block.tokens[span.start].folded.startsWith('ال') && block.tokens.slice(span.start, span.end).every((token) => isSeldomAName(token.folded))) continue;
        // "المتحدث باسم الكرملين دميتري بيسكوف": the body a spokesman speaks for, one definite word,
        // is no part of the name an indefinite word opens after it (no genitive follows a definite noun).
        const spokenFor = span.end - span.start >= 2 && span.skip === 0 && isBodySpokenFor(block.tokens, span.start);
        if (spokenFor) span.start++;
        // "أوقف الأمن محمد ب.": an initial (one letter and a period) after a name is its family name cut short.
        if (isInitialAt(block.tokens, span.end)) span.end++;
        const words = block.tokens.slice(span.start, span.end);
        // "دو لا" in a European family name is no particle ("جان دو لا فلان").
        if (words.some((word, k) => isParticle(word) && !(k > 0 && SECOND_FOREIGN_PARTICLES.has(word.text) && FOREIGN_NAME_PARTICLES.has(words[k - 1].text)))) continue;
        if (isMetalAward(words)) continue;
        // "منحة قدرها ستون (60) ألف دينار": a number written in words is no name ("ستون" is also "Stone").
        if (words.some(isNumberWord)) continue;
        // "حاكم ويسكونسن", "سفير فرنسا": the complement of an office names a place or body.
        // "الملك الراحل الحسن الثاني": a qualifier may stand between the title and the name.
        const titleEnd = afterQualifiers(block.tokens, span.start);
        const before = block.tokens[titleEnd - 1];
        const titled = before !== undefined && (hasTrait(before.folded, PERSON_TITLE) || honorificBefore(block.tokens, titleEnd) !== null);
        // (The holder after a government named for its head is no complement, whatever the phrase reads.)
        const holder = holderAfterHeadedGovernment(block.tokens, span.start, span.end);
        if (holder > 0) {
          span.start = holder;
          span.skip = 0;
        } else if (!titled && !spokenFor) {
          const holderStart = startAfterOfficeComplement(block.tokens, span.start, span.end);
          if (holderStart < 0) continue;
          if (holderStart > span.start) {
            span.start = holderStart;
            span.skip = 0;
          }
        }
        // "مدينة الملك عبدالعزيز": the name of a place or body named after a person.
        if (span.start >= 2 && namedAfterEnd(block.tokens, span.start - 1) > span.start - 1) continue;
        if (!hasNameEvidence(block.tokens, span, repeatedNameWords)) continue;
        // "شباب بن قردان": "بن" before the rest of a town's name opens a place, not a lineage.
        if (words.some((_, k) => binPlaceAt(block.tokens, span.start + k) >= 0)) continue;
        people.push({ block, span });
      }
    } else {
      const span = tidyNameSpan(kind, block.tokens, start, end);
      if (span) others.push({ block, span });
    }
  }
  dropNounsBeforeNames(people);
  dropDescriptionsBeforeNames(people);
  dropCommonWordsAfterNames(people);
  trimWordsAroundKnownNames(people);
  keepFamilyNamesWhole(people);
  people.push(...namesListedBetweenNames(people));
  // "فوزي عبد الرحمان وسميرة الشواشي": a name right after another one carries the conjunction.
  const nameEnds = new Set(people.map(({ block, span }) => `${block.block}:${span.end}`));
  for (const { block, span } of people) {
    if (span.skip === 0 && isListedWithConjunction(block.tokens, span.start, nameEnds.has(`${block.block}:${span.start}`))) span.skip = writtenOffset(block.tokens[span.start].text, 1);
  }
  // Lexicon matches win over tagger guesses they overlap (they carry the right kind), persons aside.
  const personTokens = coveredTokens(people);
  const freeLexical = lexical.filter((l) => !isCovered(personTokens, l));
  const lexicalTokens = coveredTokens(freeLexical);
  const placesAndOrgs = [...freeLexical, ...others.filter((o) => !isCovered(lexicalTokens, o))];

  const grouped = groupPeople(people);
  addFurtherMentions(grouped, tokenized, isKnownName);
  addLatinGlosses(grouped);
  // A word after the office of someone named in full is no one (echoesNamedHolder): its span is
  // given back, so that the office can be a reference to that person.
  const groupedTokens = coveredTokens(grouped.flatMap((draft) => draft.mentions));
  const firstEntities = grouped.map((draft) => toPersonEntity(draft, groupedTokens));
  const echoes = firstEntities.map((entity) => echoesNamedHolder(entity, firstEntities));
  const persons = grouped.filter((_, i) => !echoes[i]);
  const allPersonTokens = persons.length === grouped.length ? groupedTokens : coveredTokens(persons.flatMap((draft) => draft.mentions));
  const freePlacesAndOrgs = placesAndOrgs.filter((located) => !isCovered(allPersonTokens, located));
  const places = groupByName('place', freePlacesAndOrgs.filter((l) => l.span.kind === 'place'));
  const organizations = groupByName('organization', freePlacesAndOrgs.filter((l) => l.span.kind === 'organization'));

  const unsorted = persons.length === grouped.length ? firstEntities : entitiesWithoutEchoes(grouped, firstEntities, echoes, allPersonTokens);
  // A one-word "name" with no title, office or known given or family name anywhere in the article is
  // a tagging guess ("وخطيب", "نبراس"): news names a person in full at least once, or puts a verb only
  // people do before the name ("وقال بلير", one-word-names.ts), or uses it as a name at several
  // places (repeatedNameWords).
  // "آل الشيخ خطاب تهنئة": a one-word "name" only ever right after someone else's name is not a
  // second person.
  const personEnds = new Set(persons.flatMap((draft) => draft.mentions.map(({ block, span }) => `${block.block}:${span.end}`)));
  const trailsAName = (draft: Draft): boolean => draft.mentions.every(({ block, span }) => span.end - span.start === 1 && personEnds.has(`${block.block}:${span.start}`));
  // In text that never writes "ى" a bare "علي" needs an honorific (see writesAlefMaqsura above).
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
  const keepsPerson = (entity: Entity, draft: Draft): boolean => {
    // "أم الرحوي" beside "منجي الرحوي": "mother of" + the family name of someone the article names is
    // his mother, a relative it does not name (a kunya takes a given name: "أم كلثوم", "أبو محمد").
    const nameWords = fold(entity.name.trim()).split(/\s+/);
    if (entity.honorific === null && nameWords.length === 2 && nameWords[0] === 'ام' && nameWords[1].startsWith('ال') && familyNames.has(nameWords[1])) return false;
    // "أفراد أسرة آل سعود", "بجهود آل سعود": "آل" + a family alone names the family,
    // unless a verb of saying makes it one of them speaking ("وقال آل الشيخ إن").
    if (entity.honorific === null && nameWords.length === 2 && nameWords[0] === 'ال' && !draft.mentions.some(({ block, span }) => isAfterVerbOfSaying(block.tokens, span.start) || isSaidSubjectAt(block.tokens, span.start, isHonorificWord))) return false;
    // "هاتف آيفون", "جائزة التانيت الذهبي": a name no name list knows that the article puts right
    // after the head of a product or an award names that thing, wherever else the tagger took it
    // for someone ("وفاز بالتانيت الفضي").
    if (entity.honorific === null) {
      const words = fold(entity.name.trim()).split(/\s+/);
      // ("هاتف أنيس العامري" is his phone: a name of two words or more that the article also gives
      // elsewhere, away from such a head, is still that person's.)
      const afterHeads = thingNames.get(words[0]) ?? 0;
      const alsoElsewhere = words.length >= 2 && entity.mentions.length > afterHeads;
      if (afterHeads > 0 && !alsoElsewhere && !words.some((word) => gaz.firstNames.has(word) || isGivenName(word))) return false;
    }
    const word = fold(entity.name.trim());
    if (!/^\S+$/.test(word)) return true;
    const listedName = gaz.firstNames.has(word) || gaz.familyNames.has(word);
    if (!writesAlefMaqsura && entity.honorific === null && word === 'علي') return false;
    // "الوزير شارك في": a one-word "name" that the news corpus almost never uses as a name, and no
    // name list knows, is a verb or noun the tagger or a title rule took for one.
    if (!listedName && !isGivenName(word) && isRarelyANameInNews(word)) return false;
    // "أنه ولد ميتا": the accusative of a common word right after a verb, at every mention, is no one.
    if (entity.honorific === null && !entity.official && isAccusativeOfCommonWord(word) && draft.mentions.every(({ block, span }) => followsVerb(block.tokens, span.start))) return false;
    if (entity.official || entity.honorific !== null) return true;
    // "ووالد الطفلة بلال ووك": a listed given name every mention of which runs on into another word
    // is the start of a name the tagger cut short, not a person named by one word.
    if (listedName && !isIsolatedSomewhere(draft)) return false;
    const named =
      listedName ||
      ((firstWordCounts.get(word) ?? 0) < 2 &&
        (holdsUpAsOneWordName(word, draft.mentions.map(({ block, span }) => ({ tokens: block.tokens, start: span.start, end: span.end }))) ||
          (repeatedNameWords.has(word) && !gaz.places.has(word) && !gaz.organizations.has(word)) ||
          isRepeatedUnknownWord(word, draft) ||
          draft.mentions.some(({ block, span }) => isNamedAt(block.tokens, span.start) || isAfterRelativeNoun(block.tokens, span.start))));
    return named && !trailsAName(draft);
  };
  const kept = unsorted.map((entity, i) => keepsPerson(entity, persons[i]));
  addCounterpartRoles(unsorted, persons);
  addElidedOfficeRoles(unsorted, persons);
  addDualOfficeRoles(unsorted, persons);
  addDualConstructOfficeRoles(unsorted, persons);
  addReferences(unsorted, persons, tokenized, allPersonTokens);
  addOfficialsByFamilyName(unsorted, persons, kept);
  const personEntities = unsorted.filter((_, i) => kept[i]).sort((a, b) => Number(b.official) - Number(a.official));
  return [
    ...numbered(personEntities, 'person'),
    ...numbered(places.map((draft) => toPlainEntity(draft)), 'place'),
    ...numbered(organizations.map((draft) => toPlainEntity(draft)), 'organization'),
  ];
}

/**
 * "وقال أوباما", "تندر أوباما نفسه": news names a well-known official by his family name alone. A
 * one-word person with no office is an official when the word ends exactly one listed official's
 * name (known-officials.ts) and names few people: no given name, common word, frequent family name
 * or word the news seldom takes for a person, and no other person of the article bears it.
 */
function addOfficialsByFamilyName(entities: Entity[], drafts: Draft[], kept: boolean[]): void {
  const lastKeyWord = (entity: Entity): string => nameKey(fold(entity.name.trim()).split(/\s+/)).at(-1) ?? '';
  const bearers = new Map<string, number>();
  entities.forEach((entity, i) => {
    if (!kept[i]) return;
    const word = lastKeyWord(entity);
    bearers.set(word, (bearers.get(word) ?? 0) + 1);
  });
  const namesMany = (form: string): boolean => isListedNameWord(form) || isCommonWord(form) || personShareBucket(form) === 0;
  entities.forEach((entity, i) => {
    if (!kept[i] || entity.official || entity.role !== null) return;
    const word = fold(entity.name.trim());
    if (!/^\S+$/.test(word) || bearers.get(lastKeyWord(entity)) !== 1 || !isKnownOfficialFamilyName(word)) return;
    // The word with and without the article: "الحريري" and "حريري" are one family name.
    const forms = [word, word.startsWith('ال') ? word.slice(2) : `ال${word}`];
    if (forms.some(namesMany)) return;
    if (drafts[i].mentions.every((located) => isAfterNamedThingHead(located.block.tokens, located.span.start))) return;
    entity.official = true;
  });
}

/** Whether some mention of a draft ends at punctuation, a particle or the end of its block. */
function isIsolatedSomewhere(draft: Draft): boolean {
  return draft.mentions.some(({ block, span }) => {
    const next = block.tokens[span.end];
    return next === undefined || !next.isWord || isParticle(next);
  });
}

/**
 * Words (folded) the tagger takes for a person at three or more places, or at two none of which
 * follows a definite word that is no title ("الفرقاطة ميسترال" names a ship), and for anything else
 * (any reading without a clitic) at less than half as many places.
 */
/** The tagger's spans per block and the words it takes for a person anywhere in the article. */
function taggedWords(tokenized: readonly BlockTokens[]): { taggedBlocks: RawSpan[][]; nameWords: Set<string> } {
  const taggedBlocks: RawSpan[][] = tagDocumentWords(tokenized.map((block) => block.tokens.map((token) => token.folded))).map(taggedSpans);
  const nameWords = new Set<string>();
  tokenized.forEach((block, b) => {
    for (const span of taggedBlocks[b]) if (span.kind === 'person') for (let i = span.start; i < span.end; i++) nameWords.add(block.tokens[i].folded);
  });
  return { taggedBlocks, nameWords };
}

/** The article tagged, after splitting off the particles a typo glued to its name words. */
function taggedArticle(tokenized: BlockTokens[]): { tokenized: BlockTokens[]; taggedBlocks: RawSpan[][]; nameWords: Set<string> } {
  const first = taggedWords(tokenized);
  let changed = false;
  const split = tokenized.map((block) => {
    const tokens = tokensWithGluedParticlesSplit(block.tokens, first.nameWords);
    if (!tokens) return block;
    changed = true;
    return { ...block, tokens };
  });
  return changed ? { tokenized: split, ...taggedWords(split) } : { tokenized, ...first };
}

function wordsTaggedAsPersonRepeatedly(tokenized: readonly BlockTokens[], taggedBlocks: ReadonlyArray<ReadonlyArray<{ kind: string; start: number; end: number }>>): Set<string> {
  const asPerson = new Map<string, number>();
  const asOther = new Map<string, number>();
  const afterThing = new Set<string>();
  const add = (map: Map<string, number>, word: string): void => {
    map.set(word, (map.get(word) ?? 0) + 1);
  };
  const quoted = (tokens: readonly Token[], i: number): boolean => /^["«“]$/.test(tokens[i - 1]?.text ?? '') && /^["»”]$/.test(tokens[i + 1]?.text ?? '');
  const definiteNoTitle = (token: Token | undefined): boolean =>
    token !== undefined && procliticReadings(token.folded).some(({ stem }) => stem.startsWith('ال')) && !isTitleWord(token) && !hasTrait(token.folded, PERSON_TITLE | NATIONALITY);
  tokenized.forEach((block, b) => {
    for (const span of taggedBlocks[b]) {
      for (let i = span.start; i < span.end; i++) {
        const word = block.tokens[i].folded;
        if (span.kind !== 'person') for (const { stem } of procliticReadings(word)) add(asOther, stem);
        else if (!quoted(block.tokens, i)) {
          add(asPerson, word);
          if (definiteNoTitle(block.tokens[i - 1])) afterThing.add(word);
        }
      }
    }
  });
  const repeated = (word: string, count: number): boolean => count >= 3 || (count === 2 && !afterThing.has(word));
  return new Set([...asPerson].filter(([word, count]) => repeated(word, count) && (asOther.get(word) ?? 0) * 2 < count).map(([word]) => word));
}

/**
 * "وكيف تعاملت مع ليوناردو الجديد", "غادر يلتسين الكرملين": a common word, place or body that no name
 * list knows, after a word (no given name) that the article also names someone by alone, is the
 * next phrase, not the family name.
 */
function dropCommonWordsAfterNames(people: Located[]): void {
  const gaz = gazetteer();
  const alone = new Set<string>();
  // A given name alone may be short for the full name; its family name may well be a common word ("سعود الفيصل").
  for (const located of people) {
    const [word] = foldedWords(located);
    if (located.span.end - located.span.start === 1 && !gaz.firstNames.has(word) && !isGivenName(word)) alone.add(word);
  }
  const isCommonTail = (word: string): boolean =>
    (isCommonWord(word) || isRarelyANameInNews(word) || gaz.places.has(word) || gaz.organizations.has(word)) && !gaz.firstNames.has(word) && !gaz.familyNames.has(word) && !isGivenName(word);
  for (const { block, span } of people) {
    while (span.end - span.start >= 2 && alone.has(block.tokens[span.end - 2].folded) && isCommonTail(block.tokens[span.end - 1].folded)) span.end--;
  }
}

/** How many words an entry of a list of names may have. */
const MAX_LISTED_NAME_WORDS = 4;

/**
 * "فتحي النصري، وعيد الحجيلي، ومناهل العساف": in a list of names set off by "، و", an entry between
 * two names is a name too, even where its given name is a common word or a verb ("عيد", "يزيد"):
 * when it opens with "و", its first word has no article, and none of its words is a particle, a
 * title, an office or a verb of saying, nor (after the first) an ordinary word that no name list knows.
 */
function namesListedBetweenNames(people: readonly Located[]): Located[] {
  const gaz = gazetteer();
  const byBlock = new Map<BlockTokens, Span[]>();
  for (const { block, span } of people) byBlock.set(block, [...(byBlock.get(block) ?? []), span]);
  const found: Located[] = [];
  for (const [block, spans] of byBlock) {
    const tokens = block.tokens;
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const before = sorted[k];
      const after = sorted[k + 1];
      // "، وعيد" or, in text that spaces the conjunction off, "، و عيد"; or, in a list joined by "و"
      // alone, right between two entries that carry it ("وعبدالرحمان الكبلوطي وشريفة البدري وآدم فتحي").
      const joined = !isComma(tokens[before.end]) && /^و/.test(tokens[before.start].folded) && /^و.{2,}/.test(tokens[before.end]?.folded ?? '');
      const spaced = !joined && tokens[before.end + 1]?.folded === 'و';
      const start = before.end + (joined ? 0 : spaced ? 2 : 1);
      const nextSpaced = !joined && tokens[after.start - 1]?.folded === 'و';
      const end = after.start - (joined ? 0 : nextSpaced ? 2 : 1);
      if (!joined && (!isComma(tokens[before.end]) || !isComma(tokens[end]))) continue;
      if (end - start < 2 || end - start > (joined ? MAX_LISTED_NAME_WORDS - 1 : MAX_LISTED_NAME_WORDS)) continue;
      if (spaced !== nextSpaced || (!spaced && (!/^و/.test(tokens[after.start].folded) || !/^و/.test(tokens[start].folded)))) continue;
      const words = tokens.slice(start, end);
      const stem = spaced ? words[0].folded : words[0].folded.slice(1);
      if (stem.length < 2 || stem.startsWith('ال') || !words.every((t) => t.isWord)) continue;
      const bad = (t: Token, k: number): boolean =>
        isParticle(t) || isTitleWord(t) || hasTrait(t.folded, PERSON_TITLE | NATIONALITY) || procliticReadings(t.folded).some(({ stem: s }) => gaz.personVerbs.has(s) || isTitleWord({ ...t, folded: s })) || (k > 0 && !gaz.familyNames.has(t.folded) && !gaz.firstNames.has(t.folded) && !isGivenName(t.folded) && isOrdinaryWord(t.folded, false, t.text));
      if (words.some(bad)) continue;
      found.push({ block, span: { kind: 'person', start, end, skip: spaced ? 0 : writtenOffset(tokens[start].text, 1) } });
    }
  }
  return found;
}

function isComma(token: Token | undefined): boolean {
  return token?.text === '،' || token?.text === ',';
}

/**
 * "أنصار الباجي", "إقصاء الأسد": a common noun before the first word of a name the article gives
 * elsewhere ("الباجي قايد السبسي") governs that name; it is no part of it.
 */
function dropNounsBeforeNames(people: Located[]): void {
  // "فاضل عبد الكافي": before "عبد", "أبو", "بن" the word is a given name whatever it means.
  const firstWords = new Set<string>();
  for (const located of people) if (located.span.end - located.span.start >= 2) firstWords.add(foldedWords(located)[0]);
  for (const { block, span } of people) {
    if (span.end - span.start < 2) continue;
    const first = fold(block.tokens[span.start].text.slice(span.skip));
    const next = block.tokens[span.start + 1].folded;
    if (!isCommonWord(first) || isListedNameWord(first) || !firstWords.has(next) || next === first || foldedLeadingNameParts.has(next)) continue;
    span.start++;
    span.skip = 0;
  }
}

/**
 * "نبيل بالعم ... وقال بالعم": a word the article writes whole inside a longer name, after its first
 * word (a family name with "بال"), keeps its first letters where it stands alone too; "ب" + "العم"
 * would name no one of the article.
 */
function keepFamilyNamesWhole(people: Located[]): void {
  const inner = new Set<string>();
  for (const { block, span } of people) for (let i = span.start + 1; i < span.end; i++) inner.add(block.tokens[i].folded);
  for (const { block, span } of people) if (span.skip > 0 && span.end - span.start === 1 && inner.has(block.tokens[span.start].folded)) span.skip = 0;
}

/**
 * "الرسام الكاريكاتوري المصري "جورج بيجوري"": definite words ending in a nationality, none of them
 * in a name list, right before another name (a quote mark may stand between) describe that person.
 */
function dropDescriptionsBeforeNames(people: Located[]): void {
  const starts = new Set(people.map(({ block, span }) => `${block.block}:${span.start}`));
  const descriptive = new Set<string>();
  for (let k = people.length - 1; k >= 0; k--) {
    const { block, span } = people[k];
    const words = block.tokens.slice(span.start, span.end);
    // The nationality ("المصري") may also be a family name: what decides is the name right after it.
    const before = words.slice(0, -1);
    if (span.skip > 0 || before.length === 0 || words.some((t) => !t.folded.startsWith('ال')) || before.some((t) => isListedNameWord(t.folded))) continue;
    if (!hasTrait(words[words.length - 1].folded, NATIONALITY)) continue;
    const next = /^["«“]$/.test(block.tokens[span.end]?.text ?? '') ? span.end + 1 : span.end;
    if (!starts.has(`${block.block}:${next}`)) continue;
    people.splice(k, 1);
    for (const word of before) descriptive.add(word.folded);
  }
  // The article used those words to describe someone: elsewhere alone ("الرسام الكاريكاتوري على")
  // they are no name either.
  for (let k = people.length - 1; k >= 0; k--) if (foldedWords(people[k]).every((word) => descriptive.has(word))) people.splice(k, 1);
}

/**
 * "وأوضح بن حسين ضيف برنامج ..." after "الطاهر بن حسين", "واشاد الحفيان" after "فيصل الحفيان": an
 * ordinary word (a noun, a verb) run onto a name the article gives elsewhere is no part of it. The
 * span keeps the part that names someone of the article: a whole name, its start, its last words or
 * its patronymic.
 */
function trimWordsAroundKnownNames(people: Located[]): void {
  const gaz = gazetteer();
  const keys = people.map((located) => nameKey(foldedWords(located)));
  // Each distinct name once: an article has thousands of spans but far fewer names.
  const distinct = new Map<string, string[]>();
  for (const key of keys) distinct.set(key.join(' '), key);
  // ("ناصر بن جابر الفهد الصباح" beside "جابر الفهد السالم الصباح": see article-family-names.ts.)
  const closesAnotherFamily = familyNamesOfArticle(distinct.values());
  // Another name of the article is that name, or has it as its first words, patronymic or (one
  // word) its family name.
  const isNamed = (part: string[], own: string): boolean => {
    if (distinct.has(part.join(' '))) return true;
    for (const [joined, key] of distinct) {
      if (joined === own) continue;
      if (part.length >= 2 ? isPartialName(part, key) : key.length >= 2 && key[key.length - 1] === part[0] && !followsBin(key, key.length - 1)) return true;
    }
    return false;
  };
  const isRunOn = (folded: string, written: string): boolean =>
    !gaz.firstNames.has(folded) && !gaz.familyNames.has(folded) && !isGivenName(folded) && !foldedLeadingNameParts.has(folded) && isOrdinaryWord(folded, false, written);
  people.forEach((located, i) => {
    const { block, span } = located;
    const key = keys[i];
    if (key.length < 2 || span.end - span.start !== key.length) return;
    const last = block.tokens[span.end - 1];
    // At the end the name left has two words at least: "سعود" alone names "سعود الفيصل" too.
    if (key.length >= 3 && isRunOn(last.folded, last.text) && !closesAnotherFamily(key, last.folded) && isNamed(key.slice(0, -1), key.join(' '))) {
      span.end--;
      return;
    }
    // In front only a verb or noun with its conjunction ("واشاد"): "صباح الأحمد" beside "جابر الأحمد"
    // are brothers, each named by his own given name.
    const first = block.tokens[span.start];
    // "وأسدى يوسف الشاهد" beside "يوسف الشاهد", "وأوعز حاتم" beside "حاتم": a word with a conjunction
    // that no list knows as a name and the news (almost) never uses as one, before a name the article
    // gives alone, is a verb or noun too.
    const conjoined = span.skip > 0 ? /^[وف]/.test(first.folded) : /^[وف]/.test(first.folded) && !/^[وف][اي]/.test(first.folded);
    const stem = span.skip > 0 ? key[0] : first.folded.slice(1);
    const unknownWord = !gaz.firstNames.has(stem) && !gaz.familyNames.has(stem) && !isGivenName(stem) && personShareBucket(stem) <= 0 && personShareBucket(first.folded) <= 0;
    if (conjoined && unknownWord && !isIntroducedByTitle(block.tokens, span.start) && ((key.length >= 3 && distinct.has(key.slice(1).join(' '))) || isNamed(key.slice(1), key.join(' ')))) {
      span.start++;
      span.skip = 0;
      return;
    }
    if (span.skip === 0 && /^[وف]/.test(first.folded) && isCommonWord(first.folded.slice(1)) && isRunOn(first.folded, first.text) && isNamed(key.slice(1), key.join(' '))) {
      span.start++;
      span.skip = 0;
    }
  });
}

/**
 * "وزير داخلية النمسا المحافظ فولفغانغ سوبوتكا": a name that an office phrase or an honorific
 * introduces opens right after it; no conjunction stands between a title and its holder, so a first
 * word in "و" or "ف" there is a (foreign) given name, not a conjunction and a verb.
 */
function isIntroducedByTitle(tokens: readonly Token[], start: number): boolean {
  return honorificBefore(tokens, start) !== null || roleBefore(tokens, start) !== null;
}

/**
 * "كما حيا وزير الداخلية العراقي ذكرى الشهداء": an office of several words that the article gives to
 * someone it names in full, then one word that could be a given name. The office refers back to that
 * person; the word after it is no second holder of the same office.
 */
function echoesNamedHolder(entity: Entity, all: readonly Entity[]): boolean {
  if (!entity.official || entity.role === null || !/^\S+$/.test(entity.name) || !/\s/.test(entity.role.trim())) return false;
  const role = fold(entity.role);
  return all.some((other) => other !== entity && other.official && other.role !== null && /\s/.test(other.name.trim()) && fold(other.role) === role);
}

/**
 * Whether a person span holds up as a name: after a title, honorific or office it does; otherwise
 * not every one of its words may be an ordinary word or verb ("وعضوية", "نعول"), and a word with
 * "الله" alone ("توفيق الله", God's grace) is a name only after a title.
 */
function hasNameEvidence(tokens: readonly Token[], span: Span, repeatedNameWords: ReadonlySet<string>): boolean {
  const before = tokens[span.start - 1];
  if (span.skip > 0 && gluedHonorificLength(tokens[span.start].folded) > 0) return true;
  const titleEnd = afterQualifiers(tokens, span.start);
  const title = tokens[titleEnd - 1];
  // "رئيس الجمهورية الأسبق أمين الجميل": a whole office phrase (office, complement, qualifier) ending
  // right before the span titles it too.
  const titled = honorificBefore(tokens, titleEnd) !== null || (title !== undefined && (isOfficeWord(title) || hasTrait(title.folded, PERSON_TITLE))) || roleBefore(tokens, span.start) !== null;
  const words = tokens.slice(span.start, span.end).map((token) => token.folded);
  if (words.some((word) => isOfficeWithPronoun(word) || isHonorificWithPronoun(word))) return false;
  // "أول زعيمة | أجنبية تزور": an indefinite feminine nisba after an indefinite office agrees with it.
  if (before?.isWord && !before.folded.startsWith('ال') && isOfficeWord(before) && isIndefiniteFeminineNisba(tokens[span.start])) return false;
  // "أمير البلاد المفدى", "ملك البلاد المعظم": an epithet of a ruler after his office names no one.
  if (words.every((word) => RULER_EPITHETS.has(word))) return false;
  // "مقرها الرئيس بحي الملقا", "الملك بوسام الملك فيصل": a span opening with the head of a place or
  // body ("حي", "وسام", with or without a preposition) is that place's name, even after a title.
  // ("وسام بوعفيف": not a head that is also a given name.)
  if (isPlaceOrBodyHeadWord(words[0]) && !isGivenName(words[0]) && !gazetteer().firstNames.has(words[0])) return false;
  // "مسرحية "الملك لير"", "بعنوان "الأمير سلطان رجل الدولة"": a title and a name opening a quoted
  // title of a work or a campaign name that work, not the person.
  // (Not after an office: "مدير المهرجان "فلان"" quotes the holder's name.)
  const honorificChain = honorificBefore(tokens, titleEnd);
  if (honorificChain !== null && isQuotedTitleAt(tokens, honorificChain.start)) return false;
  // "هافينغتون بوست", "شركة "وول مارت"": the name of a company or a medium.
  if (!titled && (foldedForeignOrganizationTails.has(words[words.length - 1]) || isAfterMediaHead(tokens, span.start))) return false;
  // "ولاية بن عروس", "بمستشفى ابن الجزار", "بمعهد المنجي سليم": a place or an institution named
  // after a person (or a place) is not that person.
  // ("وبطولة فلانة" credits the star of a film: a tournament is named after a title, "بطولة الملك فلان".)
  if (!titled && before !== undefined && procliticReadings(before.folded).some(({ stem }) => isPlaceOrBodyHead(stem) && stem !== 'بطوله')) return false;
  // "شارع أبي عبيدة بن الجراح", "مدرسة ابن خلدون": the same with the kunya or "ابن" that opens the name.
  const beforeKunya = tokens[span.start - 2];
  if (!titled && before !== undefined && OPEN_NAME_PARTS_BEFORE.has(before.folded) && beforeKunya?.isWord && !beforeKunya.folded.startsWith('ال') && procliticReadings(beforeKunya.folded).some(({ stem }) => isPlaceOrBodyHead(stem))) return false;
  // "بدار الثقافة ابن رشيق", "مدرسة الشهيد فلان": the head and a definite complement, then the name.
  const head = tokens[span.start - 2];
  if (!titled && before?.isWord && before.folded.startsWith('ال') && head?.isWord && procliticReadings(head.folded).some(({ stem }) => stem === 'دار' || foldedNamedAfterHeads.has(stem))) return false;
  // "فيلم "فلان"", "بنهج "فلان"": a quoted title after the head of a work or a street names that.
  if (!titled && isQuotedTitleAt(tokens, span.start)) return false;
  // ... but "وأكد نصر الله أن": after a verb of saying, with a first word the news often uses as a
  // name, it is the speaker's name.
  const sayer = before !== undefined && procliticReadings(before.folded).some(({ stem }) => gazetteer().personVerbs.has(stem)) && isOftenANameInNews(words[0]);
  if (words.length === 2 && words[1] === 'الله' && !foldedLeadingNameParts.has(words[0]) && !titled && !sayer) return false;
  // "ملك البحرين حفظه الله", "رعاه الله": a verb with an object pronoun before "الله" is a prayer for
  // the one just named, even right after his office (no name ends in the written pronoun "ه").
  if (words.length === 2 && words[1] === 'الله' && words[0].length >= 4 && /(?:ه|ها|هما)[\u064b-\u0652]*$/.test(tokens[span.start].text)) return false;
  // The word after "عبد", "أبو", "بن", "آل" is a name part whatever it means alone ("عبد الكافي").
  // "قناة فوكس نيوز", "بيونغ يانغ": a span opening with a place or body word names no person, nor
  // does one opening with a known organization or place ("داعش الإرهابي").
  const gaz = gazetteer();
  if (!titled && procliticReadings(words[0]).some(({ stem }) => gaz.organizations.has(stem) || gaz.places.has(stem))) return false;
  const stem = span.skip > 0 ? fold(tokens[span.start].text.slice(span.skip)) : words[0];
  // "مسؤولية وفاة المرأة": a common word read as "و" + a stem ("فاة") that no name list knows is
  // that common word, not a conjunction before a name.
  if (span.skip > 0 && isCommonWord(words[0]) && !isCommonWord(stem) && !gaz.firstNames.has(stem) && !gaz.familyNames.has(stem) && !isGivenName(stem)) return false;
  if (!titled && isPlaceWord(stem) && !words.some((word) => gaz.firstNames.has(word) || gaz.familyNames.has(word))) return false;
  // "أبو عبد الله", "عبد الله الثاني": "عبد" + a name, and a kunya on one, are names though each of
  // their words is a weak part.
  const compound = words.some(
    (word, i) =>
      i > 0 &&
      foldedLeadingNameParts.has(words[i - 1]) &&
      (!foldedWeakNameParts.has(word) || words[i - 1] === 'عبد' || (KUNYA_HEADS.has(words[i - 1]) && word === 'عبد' && i + 1 < words.length)),
  );
  // A word the tagger takes for a person all through the article is a name there ("وشددت رايس",
  // "التقت رايس" though "رايس" is also a dialect word for "president").
  // "فيلمين قصيرين": the dual or plural of a common noun is no name, however often the tagger says so.
  const repeatedName = (word: string): boolean => repeatedNameWords.has(word) && !isDualOfCommonWord(word);
  // "جلستين عامتين": a noun and its adjective agreeing in the dual are no name.
  if (words.length >= 2 && words.every(isFeminineOrPlainDual)) return false;
  return compound || (sayer && words.length === 2 && words[1] === 'الله') || words.some((word, k) => !foldedWeakNameParts.has(word) && (repeatedName(word) || !isOrdinaryWord(word, titled, tokens[span.start + k].text)));
}

/**
 * "علي" (as text without "ى" writes the preposition "على") before a word that is no name: an ordinary
 * word or one the news almost never uses as a name ("علي الفور", "علي قبول", "علي الأرجح"). Before a
 * name word, a name part, a particle or a conjunction ("علي حسن", "علي بن", "علي في", "علي ورجاله"),
 * or after "بن"/"بنت", it stays a possible name.
 */
function isPrepositionAlaAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  // "سعد بن علي الشهري": after a lineage link "علي" is the father's name, never the preposition.
  if (LINEAGE_LINKS_AFTER_NAME.has(tokens[i - 1]?.folded ?? '')) return false;
  if (tokens[i].folded !== 'علي' || !next?.isWord || !/^[\u0621-\u064a]/.test(next.folded) || isParticle(next) || next.folded.startsWith('و') || foldedLeadingNameParts.has(next.folded)) return false;
  if (isListedNameWord(next.folded)) return false;
  // "محمد علي البوغديري": a word the news often uses as a name is the family name after "علي".
  if (isOftenANameInNews(next.folded)) return false;
  return isOrdinaryWord(next.folded, false, next.text) || isRarelyANameInNews(next.folded);
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
 * "وزوجته فلانة", "ابنها ( فلان )": right after a kinship noun with a pronoun ("his wife"), a word the
 * tagger takes for a name names that relative; a bracket or quote mark may stand between.
 */
function isAfterRelativeNoun(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  if (i >= 0 && /^[("«“']$/.test(tokens[i].text)) i--;
  const noun = tokens[i];
  return noun !== undefined && noun.isWord && procliticReadings(noun.folded).some(({ stem }) => kinshipNoun(stem) === 'pronoun');
}

/**
 * "سعد بن علي الشهري", "فهد بن محمد العتيبي": after "بن X" a nisba ("ال...ي") is the family or tribal
 * name even when it is also an adjective ("الشهري": monthly); an adjective cannot describe a name,
 * and a verb's object is a noun. A nationality ("السعودي") is none.
 */
function isTribalNisba(folded: string): boolean {
  return /^ال..+ي$/.test(folded) && folded.length >= 6 && !hasTrait(folded, NATIONALITY);
}

/** A one-letter initial standing for a family name: a letter other than "و" followed by a period. */
function isInitialAt(tokens: readonly Token[], i: number): boolean {
  const letter = tokens[i];
  return letter !== undefined && letter.isWord && /^[\u0621-\u064a]$/.test(letter.folded) && letter.folded !== 'و' && tokens[i + 1]?.text === '.' && tokens[i - 1]?.isWord === true && !/[0-9٠-٩]/.test(tokens[i - 1].folded);
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
  const unquoted = draft.mentions.filter(({ block, span }) => !(/^["«“]$/.test(block.tokens[span.start - 1]?.text ?? '') && /^["»”]$/.test(block.tokens[span.end]?.text ?? '')));
  return unquoted.length >= 3 && isRareWord(word) && personShareBucket(word) < 0 && isIsolatedSomewhere(draft);
}

/** A word in Latin letters, as a gloss of a foreign name writes it ("Anja", "O'Neill"). */
const LATIN_WORD = /^[A-Za-z][A-Za-z'.-]*$/;
const MAX_GLOSS_WORDS = 4;

/**
 * "الناشطة أنجا رينجرن (Anja Ringgren Loven)": the Latin spelling in brackets right after a
 * person's name is another mention of that person.
 */
function addLatinGlosses(drafts: Draft[]): void {
  for (const draft of drafts) {
    const glosses: Located[] = [];
    for (const { block, span } of draft.mentions) {
      const tokens = block.tokens;
      if (tokens[span.end]?.text !== '(') continue;
      let end = span.end + 1;
      while (end < tokens.length && end - span.end - 1 < MAX_GLOSS_WORDS && tokens[end].isWord && LATIN_WORD.test(tokens[end].text)) end++;
      if (end > span.end + 1 && tokens[end]?.text === ')') glosses.push({ block, span: { kind: 'person', start: span.end + 1, end, skip: 0 } });
    }
    if (glosses.length > 0) draft.mentions = sortMentions([...draft.mentions, ...glosses]);
  }
}

/** Particles of negation: the word after one is a verb ("ما ننساش"). */
const NEGATIONS = new Set(['ما', 'لا', 'لم', 'لن']);

/**
 "عن نارام جون سميث", "مرشح الوسط فلان ماكرون" tagged from the next name: a transliterated given
 * name the tagger never learned stands right before it. Such a word is rare in the tagger's text,
 * unseen as a person share in the news, and has no Arabic shape: no clitic or imperfect prefix, no
 * pronoun, plural or past-tense ending ("كتابته", "مقالات", "أشادت"), no broken plural "أفعال"
 * ("أقلام"), no "ي" after a word the news uses ("زميلي"), no article, and is no ordinary word,
 * place, title or particle. Not after a negation ("ما ننساش"), nor before a name that opens
 * with "و" (the next person of a list).
 */
function isForeignGivenNameBefore(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start - 1];
  if (!word?.isWord || tokens[start].folded.startsWith('و') || NEGATIONS.has((tokens[start - 2]?.folded ?? '').replace(/^[وف]/, ''))) return false;
  const gaz = gazetteer();
  const folded = word.folded;
  return (
    isRareWord(folded) && personShareBucket(folded) < 0 && !/^[وفبلكيست]/.test(folded) && !/(?:ه|ها|هم|هما|هن|ين|ون|ات|ان|وا|ت|تي|نا|كم)$/.test(folded) && !/^ا..ا.$/.test(folded) && !(folded.endsWith('ي') && isSeenInRunningText(folded.slice(0, -1))) && !folded.startsWith('ال') && !isOrdinaryWord(folded) && !isCommonWord(folded) &&
    !gaz.places.has(folded) && !isPlaceWord(folded) && !isTitleWord(word) && !isParticle(word) && !hasTrait(folded, NATIONALITY | PERSON_TITLE) && !/[0-9٠-٩a-z]/.test(folded)
  );
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
  if (before?.isWord && (gaz.firstNames.has(before.folded) || isGivenName(before.folded) || gaz.familyNames.has(before.folded))) return false;
  return (
    (gaz.firstNames.has(folded) || isGivenName(folded)) && !/^[وف]/.test(folded) && !folded.startsWith('ال') && !isOrdinaryWord(folded) && !isCommonWord(folded) &&
    !isRarelyANameInNews(folded) && !gaz.places.has(folded) && !isTitleWord(word) && !isParticle(word) && !hasTrait(folded, NATIONALITY | PERSON_TITLE)
  );
}

/**
 * A person span [start, end) that opens inside the complement of an office phrase (the phrase is
 * blind to names): where the name really starts, or -1 when the span is all complement. A span that
 * runs on past the complement keeps the words after it when they open with a given name and the
 * complement has none ("والي صفاقس | سليم التيساوي", not "الحبيب | بورقيبة"); a given name the phrase
 * took for an adjective or a genitive opens the whole span ("وزير الداخلية الهادي مجدوب").
 */
function startAfterOfficeComplement(tokens: readonly Token[], start: number, end: number): number {
  const complementEnd = officeComplementEnd(tokens, start);
  if (complementEnd < 0) return start;
  const gaz = gazetteer();
  const isGiven = (token: Token): boolean => isGivenNameWord(token) || /^عبد/.test(token.folded);
  const opensName = (token: Token): boolean => isGiven(token) || (isRareWord(token.folded) && !token.folded.startsWith('ال'));
  // (A given name with the article, "الهادي", or a rare word, "نيكولا", may open the name too.)
  const mayBeName = (token: Token, k: number): boolean =>
    isGiven(token) || isDefiniteGivenName(tokens, k) || personShareBucket(token.folded) >= 1 || (isRareWord(token.folded) && !isPlaceWord(token.folded));
  if (complementEnd < end && opensName(tokens[complementEnd]) && !tokens.slice(start, complementEnd).some((token, k) => mayBeName(token, start + k))) return complementEnd;
  // "وزير الداخلية الهادي مجدوب": the phrase took a given name with the article for an adjective.
  const first = tokens[start];
  const definiteGiven = first.folded.startsWith('ال') && !isTitleWord(first) && !hasTrait(first.folded, NATIONALITY) && (isDefiniteGivenName(tokens, start) || personShareBucket(first.folded) >= 1);
  // "رئيس الجمهورية الأسبق أمين الجميل": after a definite word no indefinite noun is a genitive, so a
  // given name that is also an office ("أمين") opens the name there.
  const before = tokens[start - 1];
  const givenAfterDefinite = !first.folded.startsWith('ال') && isGiven(first) && before?.isWord === true && before.folded.startsWith('ال');
  const second = tokens[start + 1];
  const familyAfter = second !== undefined && !foldedRoleQualifiers.has(second.folded) && !isPlaceWord(second.folded) && !hasTrait(second.folded, NATIONALITY) && !isOfficeWord(second) && !isParticle(second);
  // (After a given name with the article the family name must look like one; after a plain given
  // name the tagger's word is taken, "الجميل" as well.)
  const familyLooksLikeOne = (token: Token): boolean =>
    opensName(token) || personShareBucket(token.folded) >= 1 || (token.folded.startsWith('ال') && (isRareWord(token.folded) || !isCommonWord(token.folded) || gaz.familyNames.has(token.folded)));
  const nameTakenIn = end - start >= 2 && familyAfter && ((definiteGiven && familyLooksLikeOne(second)) || givenAfterDefinite);
  return nameTakenIn ? start : -1;
}

/** "لمارتن": a preposition on a name the lists know, the whole word being none. */
function isNameBehindPreposition(folded: string): boolean {
  return !isListedNameWord(folded) && procliticReadings(folded).some(({ removed, stem }) => removed > 0 && /^[لبك]/.test(folded) && isListedNameWord(stem));
}

/** A given name (any list knows it as one), with or without a conjunction or preposition on it. */
function isLoneGivenName(folded: string): boolean {
  const gaz = gazetteer();
  return procliticReadings(folded).some(({ stem }) => gaz.firstNames.has(stem) || isGivenName(stem));
}

/** "سيقرر", "وسيلتقي": the future prefix (a conjunction allowed) on an imperfect verb the news uses often. */
function isFutureVerb(token: Token): boolean {
  // "وسنية" is no "و" + "س" + "نية": a word written with "ة" at the end is a noun, never a verb.
  if (/ة[\u064b-\u0652]*$/.test(token.text)) return false;
  const verb = /^[وف]?س([يتن].{2,})$/.exec(token.folded);
  // "سيسافر": "يسافر" is no common word itself, but the same verb in another person is ("تسافر").
  if (verb === null) return false;
  if (isCommonWord(verb[1]) || (verb[1].length >= 5 && isOrdinaryWord(verb[1]))) return true;
  // "سيوقع", "سيترأس": an imperfect of three root letters or more that the unlabeled news almost
  // never takes for a person, the word with "س" not often one there ("سيرجي" is a name). (An
  // imperfect ends in no "ا": "سينما" is a noun.)
  return verb[1].length >= 4 && !verb[1].endsWith('ا') && isRarelyANameInNews(verb[1]) && !isOftenANameInNews(token.folded);
}

/**
 * "يأمر", "يسأل": a word with the "he" prefix of the imperfect that no name list knows, that the
 * unlabeled news seldom takes for a person, and whose "she" form ("تأمر") the news writes too (not
 * "يعلون": no "تعلون"), or an ordinary word with that prefix.
 */
function isImperfectVerb(token: Token): boolean {
  const word = token.folded;
  // Only the "he" prefix: many nouns and names open with "ت" ("تراب" in "أبو تراب").
  if (!word.startsWith('ي') || word.length < 4 || isListedNameWord(word)) return false;
  if (isOrdinaryWord(word, false, token.text)) return true;
  // "يهنئ", "ينشئ": a final hamza on "ي" after the prefix ends a verb, no name.
  if (/^ي..+ئ[\u064b-\u0652]*$/.test(token.text)) return true;
  const share = personShareBucket(word);
  return word.length <= 6 && (share === 0 || share === 1) && isSeenInRunningText(`ت${word.slice(1)}`);
}

/** Cardinal number words (folded; "ستون", "وخمسون", "مائة"): a closed class, never a name. */
const NUMBER_WORDS = new Set(
  [
    'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون',
    'عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين', 'مائة', 'مئة', 'مائتان', 'مائتين', 'مئات', 'ألف', 'آلاف', 'مليون', 'ملايين', 'مليار',
  ].map(fold),
);

function isNumberWord(token: Token): boolean {
  return procliticReadings(token.folded).some(({ stem }) => NUMBER_WORDS.has(stem));
}

/** Whether the definite common word at i, no name, has a definite adjective after it: a noun phrase. */
function opensNounPhrase(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  const next = tokens[i + 1];
  if (!word.startsWith('ال') || !isCommonWord(word) || isListedNameWord(word) || isOftenANameInNews(word)) return false;
  // ("إلى" folds to "الي", like a word with the article: a particle opens no noun phrase.)
  if (next === undefined || !next.isWord || !next.folded.startsWith('ال') || isParticle(next) || !isCommonWord(next.folded) || !isRarelyANameInNews(next.folded) || hasTrait(next.folded, NATIONALITY)) return false;
  // The adjective is a nisba that agrees with the noun ("السيرة الذاتية", "الطابع الرسمي"); a noun
  // after an ordinal ("عبد الله الثاني المعرض") is the object of the verb.
  const feminine = word.endsWith('ه');
  return feminine ? next.folded.endsWith('يه') : next.folded.endsWith('ي');
}

/** A definite word that no name list knows and the news corpus almost never uses as a name. */
function isDescriptiveWord(folded: string): boolean {
  const gaz = gazetteer();
  return folded.startsWith('ال') && !gaz.firstNames.has(folded) && !gaz.familyNames.has(folded) && !isGivenName(folded) && !foldedLeadingNameParts.has(folded) && isRarelyANameInNews(folded);
}

const KINSHIP_WITH_PRONOUN = /^(.+?)(?:ه|ها|هم|هما|ي|نا|كم)$/;

/** Gold, silver and bronze as adjectives (folded): a closed class. */
const METALS = new Set(['الذهبي', 'الفضي', 'البرونزي', 'الذهبيه', 'الفضيه', 'البرونزيه']);

/**
 * "فاز بالتانيت الذهبي", "الأسد الفضي": a definite word no name list knows with a metal after it
 * names a prize or medal ("محمد الذهبي", a given name first, is a person).
 */
function isMetalAward(words: readonly Token[]): boolean {
  if (words.length !== 2 || !METALS.has(words[1].folded)) return false;
  const first = procliticReadings(words[0].folded).find(({ stem }) => stem.startsWith('ال'))?.stem;
  const gaz = gazetteer();
  return first !== undefined && !gaz.firstNames.has(first) && !gaz.familyNames.has(first) && !isGivenName(first) && !isGivenName(first.slice(2)) && !gaz.firstNames.has(first.slice(2));
}

/** Verbal nouns that credit the makers of a work ("تأليف", "إخراج", "تلحين"), folded: a closed class. */
const CREDIT_NOUNS = new Set(
  ['تأليف', 'إخراج', 'تلحين', 'أداء', 'بطولة', 'سيناريو', 'كلمات', 'إشراف', 'تقديم', 'توزيع', 'إنتاج', 'غناء', 'تمثيل', 'ترجمة', 'تصوير', 'إعداد', 'رسوم'].map(fold),
);

/** "عم", "شقيق", "شقيقة" (as written: folded "شقيقه" also reads "his brother"): a kinship noun with no pronoun. */
function isBareKinshipNoun(token: Token): boolean {
  return BARE_KIN.has(token.folded) || (foldedKinshipWords.has(token.folded) && (!token.folded.endsWith('ه') || /ة[\u064b-\u0652]*$/.test(token.text)));
}

/** "ابنها", "زوجته" (with a possessive pronoun: "pronoun"), "شقيق" ("bare"), or neither. */
function kinshipNoun(folded: string): 'pronoun' | 'bare' | null {
  const isKin = (word: string): boolean => word === 'ابن' || foldedKinshipWords.has(word) || foldedKinshipWords.has(word.replace(/ت$/, 'ه'));
  const stem = KINSHIP_WITH_PRONOUN.exec(folded)?.[1];
  if (stem !== undefined && stem.length >= 3 && isKin(stem)) return 'pronoun';
  return isKin(folded) ? 'bare' : null;
}

/**
 * Whether the definite word at `start` qualifies a relative named after it: definite words that are
 * no name, back to a kinship noun ("ابنها المفضل رامي", "ابنها الأصغر المدلل سليم"). A noun with a
 * pronoun takes no genitive, so what follows it describes the relative; after a bare one ("ابن
 * الحبيب بورقيبة") the next word must be a given name ("الحبيب", "المنجي" open names too).
 */
function describesRelative(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1];
  if (!tokens[start].folded.startsWith('ال') || isListedNameWord(tokens[start].folded) || !next?.isWord || next.folded.startsWith('ال')) return false;
  let i = start - 1;
  while (i >= 0 && start - i <= 3 && tokens[i].isWord && tokens[i].folded.startsWith('ال') && !isListedNameWord(tokens[i].folded)) i--;
  const kin = i >= 0 && tokens[i].isWord ? kinshipNoun(tokens[i].folded) : null;
  return kin === 'pronoun' || (kin === 'bare' && isListedNameWord(next.folded));
}

/** Name parts that never end a name: the word after them belongs to it ("مجدي بو مطر", "عبد الله"). */
const OPEN_NAME_PARTS = new Set(['بو', 'ابو', 'ابي', 'ابا', 'عبد']);

/** "اخراج مجدي بو" + "مطر": a span the tagger ended on an open name part takes the next word. */
function afterOpenNamePart(tokens: readonly Token[], end: number): number {
  const next = tokens[end];
  return end > 0 && OPEN_NAME_PARTS.has(tokens[end - 1].folded) && next?.isWord && !isParticle(next) && !isTitleWord(next) ? end + 1 : end;
}

/** Particles of European family names (folded): "دو", "دي", "فان" ("de", "di", "van"). */
const FOREIGN_NAME_PARTICLES = new Set(['دو', 'دي', 'دا', 'دل', 'ديل', 'فان', 'فون', 'دير', 'ده']);
/** What may follow one before the family name: "دو لا", "فان دير", "فان دن". */
const SECOND_FOREIGN_PARTICLES = new Set(['لا', 'لو', 'دير', 'دن']);

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

/** Where a title before `start` would end: before the qualifiers ("الراحل", "السابق") between them. */
/** "بجندوبة", "بصفاقس": a preposition and a town the news names after "في". */
function isPrepositionalPlace(token: Token): boolean {
  return /^[بل]/.test(token.folded) && procliticReadings(token.folded).some(({ removed, stem }) => removed > 0 && isPlaceWord(stem));
}

function afterQualifiers(tokens: readonly Token[], start: number): number {
  let i = start;
  while (i > 1 && foldedNameQualifiers.has(tokens[i - 1].folded)) i--;
  return i;
}

/** "أبو", "أم" (folded): the head of a kunya, "father/mother of ...". */
const KUNYA_HEADS = new Set(['ابو', 'ام']);

/** Ordinals and tens after "ابن"/"بنت" that give an age ("ابن الخامسة", "بنت العشرين"), folded. */
const AGE_NUMBERS = new Set(
  ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة',
   'الحادية', 'العشرين', 'الثلاثين', 'الأربعين', 'الخمسين', 'الستين', 'السبعين', 'الثمانين', 'التسعين',
   'المائة', 'المئة'].map(fold),
);

/** A kinship noun with an attached pronoun (folded): "عمه", "أخيه", "خالتها", "جدي". */
const KIN_WITH_PRONOUN = /^(?:عم|عمت|خال|خالت|اخي|اخت|جد|جدت)(?:ه|ها|هما|هم|هن|ي|نا|ك|كم)$/;

/** Heads of the title of a work (folded): "فيلم", "مسلسل", "أغنية", "رواية", "مسرحية", "برنامج". */
const WORK_HEAD_WORDS = new Set(['فيلم', 'مسلسل', 'اغنيه', 'روايه', 'مسرحيه', 'برنامج', 'كتاب', 'ديوان', 'الفيلم', 'المسلسل', 'عرض', 'شريط', 'البوم',
  // Campaigns, slogans and what is titled ("حملة "خالد بن الوليد"", "مقالا بعنوان "...""), a closed class.
  'حمله', 'مبادره', 'شعار', 'بعنوان', 'عنوان', 'اوبريت', 'قصيده', 'مقال', 'مقالا']);
/** "طيب الله ثراه", "رضي الله عنه": what follows "الله" in a blessing, folded: a closed class. */
const BLESSING_OBJECT = /^(?:ثرا|عمر|ضريح|روح|قبر|مثوا|عن|علي|ل)(?:ه|ها|هما|هم)$/;

/**
 * Where a blessing formula starts inside a span ("حفظه الله", "رعاه الله", "يحفظها الله", "طيب الله
 * ثراه"), or -1: "الله" after a verb with a pronoun ending, or before its object with one. A name
 * with "الله" ("عبد الله", "نصر الله", "هبة الله") has neither.
 */
function blessingStart(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start; k < end; k++) {
    if (tokens[k].folded !== 'الله' || k === 0) continue;
    const verb = tokens[k - 1];
    if (!verb.isWord || foldedLeadingNameParts.has(verb.folded)) continue;
    // The pronoun is written "ه" ("حفظه"); a name's "ة" ("هبة") is not.
    const withPronoun = /..(?:ه|ها|هما|هم|ك|كم)[\u064b-\u0652]*$/.test(verb.text) && !isGivenName(verb.folded) && !gazetteer().firstNames.has(verb.folded);
    if (withPronoun || BLESSING_OBJECT.test(tokens[k + 1]?.folded ?? '')) return Math.max(start, k - 1);
  }
  return -1;
}

/** Sons, daughters, brothers and sisters of someone ("أبناؤه", "أشقاؤها", "بناته"), folded: a closed class. */
const PLURAL_KIN_WITH_PRONOUN = /^(?:ابنا[وءي]|اشقا[وءي]|شقيقات|انجال|اخوت|اخوان|اخوات|بنات|كريمات|حفدت|احفاد)(?:ه|ها|هم|هما|ي|نا)$/;

/** Epithets of a ruler or of his heir ("المفدى", "المعظم", "الأمين"), folded: a closed class. */
const RULER_EPITHETS = new Set(['المفدي', 'المعظم', 'المبجل', 'الامين', 'المفداه', 'المعظمه']);

/** Adjectives that close an office before the body it serves ("التنفيذي", "العام"), folded: a closed class. */
// (Not "خاص": "سكرتيرة خاصة لفلان" serves a person.)
const OFFICE_ADJECTIVES = new Set(['التنفيذي', 'التنفيذيه', 'الرسمي', 'الرسميه', 'العام', 'العامه', 'الاعلامي', 'الاقليمي', 'الفني', 'المالي', 'الاداري', 'المكلف', 'المساعد', 'بالنيابه']);

/** Kunya heads and "ابن" written before the rest of a name ("أبي عبيدة", "ابن خلدون"), folded. */
const OPEN_NAME_PARTS_BEFORE = new Set(['ابو', 'ابي', 'ابا', 'ابن']);

/** Heads of a region's name ("ولاية بن عروس", "معتمدية الرقاب"). */
/** "فندق «ريجينت بالاس»", "مطعم فلان": heads of businesses, whose name may be a person's (folded; a closed class). */
const BUSINESS_HEAD_WORDS = new Set(['فندق', 'نزل', 'مطعم', 'مقهي', 'منتجع', 'ملهي', 'متجر', 'مصنع']);
const PLACE_HEAD_WORDS = new Set(['ولايه', 'معتمديه', 'بلديه', 'محافظه', 'منطقه', 'قريه', 'بلده', 'اقليم', 'حي', 'مقاطعه', 'مخيم', 'جزيره']);

/** Whether a span follows the head of a company or medium's name, a quote mark allowed between. */
function isAfterMediaHead(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  if (i >= 0 && /^["«“]$/.test(tokens[i].text)) i--;
  return i >= 0 && foldedMediaHeads.has(tokens[i].folded);
}

/** Whether the word before token i is a verb of saying or another verb only people do ("وقال", "أكد"). */
function isAfterVerbOfSaying(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before?.isWord === true && procliticReadings(before.folded).some(({ stem }) => gazetteer().personVerbs.has(stem));
}

/** Heads of the names of armed groups and factions ("كتيبة", "جماعة"), folded: a closed class. */
const GROUP_HEAD_WORDS = new Set(['كتيبه', 'كتايب', 'جماعه', 'سرايا', 'فصيل', 'فيلق']);

/**
 * Whether a span follows the head of the name of a body, a place, a medium or an armed group (a
 * quote mark allowed between): "جامعة محمد الخامس", "لجماعة نور الدين زنكي", "كتيبة "أبو بكر"".
 */
function isAfterNamedThingHead(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  if (i >= 0 && /^["«“]$/.test(tokens[i].text)) i--;
  const head = tokens[i];
  if (i < 0 || !head.isWord) return false;
  return procliticReadings(head.folded).some(
    ({ stem }) => isPlaceOrBodyHead(stem) || GROUP_HEAD_WORDS.has(stem) || gazetteer().organizationHeads.has(stem) || foldedMediaHeads.has(stem),
  );
}

/** Whether a folded stem heads the name of a place, a body, a business or a named-after place ("حي", "مستشفى"). */
function isPlaceOrBodyHead(stem: string): boolean {
  return foldedNamedAfterHeads.has(stem) || PLACE_HEAD_WORDS.has(stem) || BUSINESS_HEAD_WORDS.has(stem);
}

/** Words of a quoted title looked at when telling an opening straight quote from a closing one. */
const MAX_QUOTED_TITLE_WORDS = 8;

/** The same for a word with its proclitics: two-letter heads ("بحي") have no reading of their own. */
function isPlaceOrBodyHeadWord(folded: string): boolean {
  const short = /^[وف]?[بل]?(..)$/.exec(folded);
  return (short !== null && isPlaceOrBodyHead(short[1])) || procliticReadings(folded).some(({ stem }) => isPlaceOrBodyHead(stem));
}

/**
 * Whether the words from `start` open a quoted title after the head of a work, a campaign, a place or
 * a body ("فيلم "فلان"", "بنهج "فلان"", "على وقع الـ"سيكا جاز"").
 */
function isQuotedTitleAt(tokens: readonly Token[], start: number): boolean {
  const quote = tokens[start - 1];
  if (quote === undefined || !/^["«“]$/.test(quote.text)) return false;
  // A straight quote with no other one shortly after closes a quote ("والي "جناق قلعة" فلان").
  if (quote.text === '"' && !tokens.slice(start, start + MAX_QUOTED_TITLE_WORDS + 1).some((token) => token.text === '"')) return false;
  const opening = tokens[start - 2];
  if (opening === undefined) return false;
  // "على وقع الـ"سيكا جاز"": the article written apart before a quote makes the quoted words a thing.
  if (/^[وبل]?ال\u0640*$/.test(opening.text)) return true;
  const isHead = (token: Token | undefined, definite: boolean): boolean =>
    token !== undefined && procliticReadings(token.folded).some(({ stem }) => WORK_HEAD_WORDS.has(stem) || isPlaceOrBodyHead(stem) || (definite && isPlaceOrBodyHead(stem.replace(/^ال/, ''))));
  // "الثكنة العسكرية "فلان"", "المسرح البلدي "فلان"": the head with the article and an adjective
  // (a definite head alone before a quote may end a title itself: ""المدينة" لفلان").
  return isHead(opening, false) || (opening.folded.startsWith('ال') && isHead(tokens[start - 3], true));
}

/**
 * Heads of made things (devices, vehicles, software) and of awards, whose brand, model or name
 * follows them in the construct state: a closed class.
 */
const THING_HEAD_WORDS = new Set(
  [
    'هاتف', 'هواتف', 'جهاز', 'أجهزة', 'تطبيق', 'تطبيقات', 'سيارة', 'سيارات', 'طائرة', 'طائرات', 'منصة', 'علامة', 'ماركة',
    'متصفح', 'حاسوب', 'لوحة', 'صاروخ', 'صواريخ', 'مقاتلة', 'مقاتلات', 'دبابة', 'دبابات', 'جائزة', 'جوائز', 'وسام', 'ميدالية',
  ].map(fold),
);
const readsAsThingHead = readingInList(THING_HEAD_WORDS);

/** Folded words right after a product, award, company or body head anywhere in the article ("هاتف آيفون", "جائزة "التانيت"), with how often. */
function wordsAfterThingHeads(blocks: readonly BlockTokens[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const { tokens } of blocks) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!tokens[i].isWord || !readsAsThingHead(tokens[i].folded)) continue;
      const next = /^["«“]$/.test(tokens[i + 1].text) ? tokens[i + 2] : tokens[i + 1];
      if (next?.isWord) found.set(next.folded, (found.get(next.folded) ?? 0) + 1);
    }
    // ('مؤسسة "أندا"', "مجموعة سوفان": so is the name of a company or body; see body-names.ts.)
    for (let i = 1; i < tokens.length; i++) if (tokens[i].isWord && isBodyNameAt(tokens, i)) found.set(tokens[i].folded, (found.get(tokens[i].folded) ?? 0) + 1);
  }
  return found;
}

/**
 * Drops person spans inside a longer (or, if equal, earlier) person span of the same block. Spans are
 * compared within their block only: an article has thousands of them.
 */
function withoutCoveredPeople<T extends { block: BlockTokens; kind: EntityKind; start: number; end: number }>(raw: T[]): T[] {
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
 * "الرئيس الفلسطيني محمود عباس والسوداني عمر البشير": in a list, "و" + a nationality used as a noun
 * right after an official whose office names his country leaves that office out; the next name
 * holds it for the other country ("الرئيس السوداني"). Runs along the list, one entry at a time.
 */
function addElidedOfficeRoles(entities: Entity[], drafts: Draft[]): void {
  const nationalities = gazetteer().nationalities;
  for (let changed = true; changed; ) {
    changed = false;
    entities.forEach((entity, i) => {
      if (entity.official) return;
      for (const { block, span } of drafts[i].mentions) {
        const lead = honorificBefore(block.tokens, span.start)?.start ?? span.start;
        const nationality = block.tokens[lead - 1];
        if (!nationality?.isWord || !nationality.folded.startsWith('وال') || !nationalities.has(nationality.folded.slice(1))) continue;
        const previous = entities.findIndex((other, j) => j !== i && other.official && other.role !== null && drafts[j].mentions.some((m) => m.block === block && m.span.end === lead - 1));
        if (previous < 0) continue;
        const words = (entities[previous].role ?? '').split(/\s+/);
        const at = words.findIndex((word) => nationalities.has(fold(word)));
        if (at < 0) continue;
        const role = [...words.slice(0, at), nationality.text.slice(writtenOffset(nationality.text, 1)), ...words.slice(at + 1)].join(' ');
        giveOffice(entity, role, nationalities.get(nationality.folded.slice(1)) ?? null);
        changed = true;
        return;
      }
    });
  }
}

/** Role-only mentions ("نظيره العراقي", "الوزير") of the people, see references.ts. */
/**
 * "التقى وزير الخارجية خميس الجهيناوي نظيره الجزائري عبد القادر مساهل": the person named after
 * "his counterpart" + a nationality holds the office of the official named before in the paragraph,
 * for that country ("وزير الخارجية الجزائري").
 */
function addCounterpartRoles(entities: Entity[], drafts: Draft[]): void {
  const nationalities = gazetteer().nationalities;
  entities.forEach((entity, i) => {
    if (entity.official) return;
    for (const { block, span } of drafts[i].mentions) {
      // "نظيره الإيطالي، سيرجيو ماتارالا": the name may follow after a comma, or an honorific
      // ("نظيره الكويتي الشيخ أحمد ناصر المحمد الصباح").
      const lead = honorificBefore(block.tokens, span.start)?.start ?? span.start;
      const comma = block.tokens[lead - 1]?.text === '،' || block.tokens[lead - 1]?.text === ',' ? 1 : 0;
      const nationality = block.tokens[lead - 1 - comma];
      const counterpart = block.tokens[lead - 2 - comma];
      if (!nationality || !counterpart || !nationalities.has(nationality.folded) || !foldedCounterpartWords.has(counterpart.folded)) continue;
      // The last official named before it in the same paragraph.
      let holder: { entity: Entity; start: number } | null = null;
      entities.forEach((other, j) => {
        if (!other.official || !other.role || j === i) return;
        for (const m of drafts[j].mentions) {
          if (m.block.block === block.block && m.span.end <= lead - 2 - comma && (!holder || m.span.start > holder.start)) holder = { entity: other, start: m.span.start };
        }
      });
      if (!holder) continue;
      const { entity: official } = holder as { entity: Entity; start: number };
      // ("نائب رئيس مجلس الوزراء وزير الخارجية" and "نظيره العماني": the Omani foreign minister.)
      const office = lastChainedOffice(official.role ?? '').split(/\s+/).filter((word) => !nationalities.has(fold(word)));
      if (office.length === 0) continue;
      const role = [...office, nationality.text].join(' ');
      giveOffice(entity, role, nationalities.get(nationality.folded) ?? null);
      return;
    }
  });
}

/** Makes a person the holder of `role`, found after the first pass (its English gloss with it). */
function giveOffice(entity: Entity, role: string, country: string | null): void {
  Object.assign(entity, { official: true, role, country, roleLatin: glossRole(role) });
}

/**
 * "والنائبين عبد العزيز القطي ومنجي الرحوي": the dual of an office before two names joined by "و"
 * gives each of them the office.
 */
function addDualOfficeRoles(entities: Entity[], drafts: Draft[]): void {
  const owner = new Map<string, number>();
  drafts.forEach((draft, i) => draft.mentions.forEach(({ block, span }) => owner.set(`${block.block}:${span.start}`, i)));
  entities.forEach((entity, i) => {
    if (entity.official) return;
    for (const { block, span } of drafts[i].mentions) {
      const office = dualOfficePhraseBefore(block.tokens, span.start);
      if (!office) continue;
      const give = (target: Entity): void => {
        if (!target.official) giveOffice(target, office, null);
      };
      give(entity);
      // The second holder: the next name, carrying the conjunction, right after this one.
      const second = owner.get(`${block.block}:${span.end}`);
      if (second !== undefined && block.tokens[span.end].folded.startsWith('و')) give(entities[second]);
      return;
    }
  });
}

/** "بوزيري النقل فلان والصناعة علان": each holder of a dual construct office, with his portfolio (dual-construct-offices.ts). */
function addDualConstructOfficeRoles(entities: Entity[], drafts: Draft[]): void {
  const startEndingAt = new Map<string, number>();
  drafts.forEach((draft) => draft.mentions.forEach(({ block, span }) => startEndingAt.set(`${block.block}:${span.end}`, span.start)));
  entities.forEach((entity, i) => {
    if (entity.official) return;
    for (const { block, span } of drafts[i].mentions) {
      const role = dualConstructRoleBefore(block.text, block.tokens, span.start, (end) => startEndingAt.get(`${block.block}:${end}`));
      if (!role) continue;
      giveOffice(entity, role, null);
      return;
    }
  });
}

function addReferences(entities: Entity[], drafts: Draft[], blocks: BlockTokens[], names: NameTokens): void {
  const byIndex = new Map(blocks.map((block) => [block.block, block]));
  const people = entities.map((entity, i) => ({
    official: entity.official,
    roleWords: entity.role ? roleWords(entity.role) : null,
    country: entity.country,
    mentions: drafts[i].mentions.map(({ block, span }) => ({ block: block.block, token: span.start })),
  }));
  const references = findReferences(blocks, people, (block) => {
    const tokens = byIndex.get(block);
    return tokens ? isNameIn(names, tokens) : () => false;
  });
  entities.forEach((entity, i) => {
    if (references[i].length > 0) entity.references = references[i];
  });
}

/** A role as folded words, punctuation dropped. */
function roleWords(role: string): string[] {
  return fold(role).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

function numbered(entities: Entity[], prefix: string): Entity[] {
  return entities.map((entity, index) => ({ ...entity, id: `${prefix}-${index + 1}` }));
}

/** Folded words of a span, the first one without its clitic. */
function foldedWords({ block, span }: Located): string[] {
  const words = block.tokens.slice(span.start, span.end).map((token) => token.folded);
  words[0] = fold(block.tokens[span.start].text.slice(span.skip));
  return words;
}

function sortMentions(mentions: Located[]): Located[] {
  return [...mentions].sort((a, b) => a.block.block - b.block.block || a.span.start - b.span.start);
}

/** Two names of two words or more that differ by one letter in one word of four letters or more. */
function isOneLetterApart(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let differing = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  return differing >= 0 && isOneLetterApartWord(a[differing], b[differing], 4);
}

/** One insertion, deletion or substitution apart, both words at least `minLength` letters. */
function isOneLetterApartWord(x: string, y: string, minLength: number): boolean {
  if (x === y || Math.min(x.length, y.length) < minLength || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
}

/**
 * Whether `part` is the start of `whole`, its first and last words ("هيلاري كلينتون"), its patronymic
 * ("بن زايد") or its family name with a particle ("دي ميزيير").
 */
function isPartialName(part: readonly string[], whole: readonly string[]): boolean {
  if (part.length >= whole.length) return false;
  if (part.every((word, k) => whole[k] === word)) return true;
  // "دي ميزيير" for "توماس دي ميزيير": a family name with its particle.
  if (foldedLeadingNameParts.has(part[0]) && part.every((word, k) => whole[whole.length - part.length + k] === word)) return true;
  // "بن زايد" for "عبدالله بن زايد آل نهيان": the patronymic alone.
  if (part[0] === 'بن') for (let i = 1; i + part.length <= whole.length; i++) if (part.every((word, k) => whole[i + k] === word)) return true;
  if (part.length < 2) return false;
  // "عبداللطيف آل الشيخ" for "عبداللطيف بن عبدالملك آل الشيخ", "هيلاري كلينتون" for "هيلاري رودام
  // كلينتون": the first name(s) and the family name, the middle of the chain left out.
  for (let i = 1; i < part.length; i++) {
    const tail = part.length - i;
    if (followsBin(part, i)) continue;
    const tailStart = whole.length - tail;
    if (tailStart <= i || (tail > 1 && whole[tailStart] !== 'ال')) continue;
    if (part.every((word, k) => (k < i ? whole[k] : whole[tailStart + k - i]) === word)) return true;
  }
  // "أحمدي نجاد" for "محمود أحمدي نجاد": the last names alone, unless they are the father's ("بن ...").
  const start = whole.length - part.length;
  return !followsBin(whole, start) && part[0] !== 'بن' && part.every((word, k) => whole[start + k] === word);
}

/**
 * Groups person spans by name key; a shorter name that is part of exactly one longer name joins it
 * (a one-word name anywhere in it, a longer one as its start or its first and last words).
 */
function groupPeople(found: Located[]): Draft[] {
  const people = withoutLeadingNonNames(found);
  const names = coveredTokens(people);
  const byKey = new Map<string, Draft & { key: string[] }>();
  for (const located of sortMentions(people)) {
    const words = foldedWords(located);
    const key = nameKey(words);
    const draft = byKey.get(key.join(' '));
    if (draft) draft.mentions.push(located);
    else byKey.set(key.join(' '), { kind: 'person', words, key, mentions: [located] });
  }
  // "جاوييش" / "جاويش": one letter apart in one word of an otherwise equal name is the same person.
  // (Only keys of one length, two words or more, can be one letter apart: each pair is looked at
  // within its length, in the same order, so a long article's names are not all compared.)
  const exactByLength = new Map<number, Array<Draft & { key: string[] }>>();
  for (const draft of byKey.values()) {
    if (draft.key.length < 2) continue;
    const sameLength = exactByLength.get(draft.key.length);
    if (sameLength) sameLength.push(draft);
    else exactByLength.set(draft.key.length, [draft]);
  }
  for (const exact of exactByLength.values()) {
    for (let a = 0; a < exact.length; a++) {
      for (let b = a + 1; b < exact.length; b++) {
        if (exact[a].mentions.length === 0 || exact[b].mentions.length === 0 || !isOneLetterApart(exact[a].key, exact[b].key)) continue;
        exact[a].mentions.push(...exact[b].mentions);
        exact[b].mentions = [];
      }
    }
  }
  // Longer partial names join first, so that the shorter ones then see one owner left.
  const drafts = [...byKey.values()].sort((a, b) => b.key.length - a.key.length);
  // Owners have longer keys: with the drafts sorted so, they are the ones before `longer`.
  let longer = 0;
  for (const short of drafts) {
    while (longer < drafts.length && drafts[longer].key.length > short.key.length) longer++;
    const owners = ownersOf(short, drafts, longer);
    // "وزير الاقتصاد عادل" and "وزير الإعلام عادل شاهين": two offices, two people; an office never
    // moves to someone else.
    if (owners.length === 1 && short.key.length === 1 && (holdsOtherOffice(short, owners[0], names) || isTitledFatherName(short, owners[0], names))) continue;
    if (owners.length === 1) {
      owners[0].mentions.push(...short.mentions);
      short.mentions = [];
    } else if (owners.length > 1) joinNearestOwners(short, ownersOf(short, drafts, longer, Infinity), names);
  }
  return drafts.filter((d) => d.mentions.length > 0).map(({ kind, words, mentions }) => ({ kind, words: words.length >= 1 ? longestWords(words, mentions) : words, mentions: sortMentions(mentions) }));
}

/**
 * "روني الطرابلسي ... وأشاد الطرابلسي", "سامي بن منصور ... انتقد بن منصور": a verb news puts before
 * whoever speaks or acts, read as the given name before the family name of someone the article names.
 * The mention is that family name; the verb is no name.
 */
function withoutLeadingNonNames(people: Located[]): Located[] {
  const keys = people.map((located) => nameKey(foldedWords(located)));
  const verbs = gazetteer().personVerbs;
  // Family names (last words, not a father's) of names in full, and the words of names of three words or more.
  const familyNames = new Set(keys.filter((key) => key.length >= 2 && !followsBin(key, key.length - 1)).map((key) => key[key.length - 1]));
  const longNameWords = new Set(keys.filter((key) => key.length > 2).flat());
  return people.map((located, n) => {
    const key = keys[n];
    if (key.length < 2 || key.length > 3) return located;
    if (key.length === 2 && isFamilyNameThenNoun(located, key, familyNames, longNameWords)) return { block: located.block, span: { ...located.span, end: located.span.end - 1 } };
    const first = located.block.tokens[located.span.start];
    if (!procliticReadings(first.folded).some(({ stem }) => verbs.has(stem) || ACTING_VERBS.has(stem))) return located;
    const tail = key.slice(1);
    const named = keys.some((other, m) => m !== n && other.length > tail.length && (tail.length === 1 ? isOwnWord(tail[0], other) : isPartialName(tail, other)));
    return named ? { block: located.block, span: { ...located.span, start: located.span.start + 1, skip: 0 } } : located;
  });
}

/**
 * "فياض بن حامد الرويلي ... وأكد الفريق الرويلي جاهزية القوات": the family name (with its article)
 * of someone the article names, said alone, and the next word, one news seldom uses as a name, read
 * with it as one name. The mention is the family name; the word after is the sentence's.
 */
function isFamilyNameThenNoun(located: Located, key: readonly string[], familyNames: ReadonlySet<string>, longNameWords: ReadonlySet<string>): boolean {
  const [family, next] = key;
  const word = located.block.tokens[located.span.end - 1].folded;
  if (!foldedWords(located)[0].startsWith('ال') || word !== next) return false;
  if (isListedNameWord(word) || isOftenANameInNews(word) || personShareBucket(word) < 0) return false;
  // Named in full with that family name last, and the word after it in no one's longer name.
  return familyNames.has(family) && !longNameWords.has(next);
}

/**
 * Verbs of judging, stating and greeting that news puts before a speaker (a closed class, beside the
 * lexicon's PERSON_VERBS), folded, masculine and feminine.
 */
const ACTING_VERBS = new Set(
  ['أشاد', 'أشادت', 'انتقد', 'انتقدت', 'بين', 'بينت', 'ثمن', 'ثمنت', 'رحب', 'رحبت', 'استنكر', 'استنكرت', 'أدان', 'أدانت', 'هنأ', 'هنأت', 'لفت', 'لفتت', 'نوه', 'نوهت', 'أبدى', 'أبدت', 'أكد', 'أكدت', 'أوضح', 'أوضحت'].map(fold),
);

/**
 * The drafts among the first `longer` (those with longer keys) whose name `short` is part of; only
 * whether there is exactly one matters, so the search stops at the second.
 */
function ownersOf(short: Draft & { key: string[] }, drafts: ReadonlyArray<Draft & { key: string[] }>, longer: number, most = 2): Array<Draft & { key: string[] }> {
  const owners: Array<Draft & { key: string[] }> = [];
  for (let k = 0; k < longer && owners.length < most; k++) {
    const d = drafts[k];
    if (d.mentions.length > 0 && (short.key.length === 1 ? isOwnWord(short.key[0], d.key) : isPartialName(short.key, d.key))) owners.push(d);
  }
  return owners;
}

/**
 * A short name that two or more named people share. A given name after a title ("سعود بن نايف ...
 * سعود بن بندر ... الأمير سعود") is, as news writes it, the one named last before it. A family name ("خالد عبد الغفار
 * ... عبدالغفار ... حسام عبدالغفار") is someone's only while he is the only one of them named yet:
 * after "باراك أوباما ... ميشيل أوباما", "أوباما" is no more the one named last than the first. A
 * mention no owner is named before stays its own. An owner with another office than the short
 * name's keeps out, as with one owner.
 */
function joinNearestOwners(short: Draft & { key: string[] }, owners: ReadonlyArray<Draft & { key: string[] }>, names: NameTokens): void {
  const fitting = short.key.length === 1 ? owners.filter((owner) => !holdsOtherOffice(short, owner, names) && !isTitledFatherName(short, owner, names)) : owners;
  if (fitting.length === 0) return;
  const givenName = fitting.every((owner) => short.key.every((word, k) => owner.key[k] === word));
  const kept: Located[] = [];
  const joins: Array<[Draft, Located]> = [];
  for (const mention of short.mentions) {
    // A bare given name ("محمد" where a list names many a "محمد") may be anyone's: only a titled one
    // or one after an office ("الأمير سعود", "رئيس الجمعية معز") refers back like a pronoun.
    const { block, span } = mention;
    const titled = honorificBefore(block.tokens, span.start) !== null || roleBefore(block.tokens, span.start, isNameIn(names, block)) !== null;
    const owner = givenName ? (titled ? latestNamedBefore(fitting, mention) : null) : onlyNamedBefore(fitting, mention);
    if (owner) joins.push([owner, mention]);
    else kept.push(mention);
  }
  // Joined only once all are placed, so that a joined mention is no one's antecedent.
  for (const [owner, mention] of joins) owner.mentions.push(mention);
  short.mentions = kept;
}

/** Of the drafts, the one with the latest mention before `here` (null when none is before it). */
function latestNamedBefore(drafts: readonly Draft[], here: Located): Draft | null {
  let latest: Draft | null = null;
  let latestAt: Located | null = null;
  for (const draft of drafts) {
    for (const mention of draft.mentions) {
      if (isBefore(mention, here) && (latestAt === null || isBefore(latestAt, mention))) {
        latest = draft;
        latestAt = mention;
      }
    }
  }
  return latest;
}

/** Of the drafts, the only one named before `here` (null when none or more are). */
function onlyNamedBefore(drafts: readonly Draft[], here: Located): Draft | null {
  let only: Draft | null = null;
  for (const draft of drafts) {
    if (!draft.mentions.some((mention) => isBefore(mention, here))) continue;
    if (only !== null) return null;
    only = draft;
  }
  return only;
}

/** Whether mention a comes before mention b in the article. */
function isBefore(a: Located, b: Located): boolean {
  return a.block.block < b.block.block || (a.block.block === b.block.block && a.span.start < b.span.start);
}

const officesOfDraft = new WeakMap<Draft, { mentions: number; offices: Set<string> }>();

/** The office phrases (folded, more than a bare title) written next to the mentions of a draft. */
function officesNextTo(draft: Draft, names: NameTokens): Set<string> {
  // Read once per draft, again only when merging gave it further mentions.
  const known = officesOfDraft.get(draft);
  if (known && known.mentions === draft.mentions.length) return known.offices;
  const offices = new Set<string>();
  for (const { block, span } of draft.mentions) {
    const isName = isNameIn(names, block);
    for (const role of [roleBefore(block.tokens, span.start, isName), roleAfter(block.tokens, span.end, isName)]) {
      // An office in the accusative ("ملكا للسعودية", "مستشارا له") is what he became or was made, in
      // a clause about him; it tells no two people apart.
      if (role && !role.titleOnly && !/ا$/.test(block.tokens[role.start].folded)) offices.add(block.tokens.slice(role.start, role.end).map((t) => t.folded.replace(/^و(?=ال)/, '')).join(' '));
    }
  }
  officesOfDraft.set(draft, { mentions: draft.mentions.length, offices });
  return offices;
}

/**
 * "المهندس عادل" and "حسين عادل شاهين": a word between the given and the family name (no "بن",
 * "عبد", "أبو" before it) is the father's name. A lone mention of it with its own office or
 * honorific names someone else, not the son.
 */
function isTitledFatherName(short: Draft & { key: string[] }, owner: Draft & { key: string[] }, names: NameTokens): boolean {
  if (owner.key.length < 3) return false;
  const last = owner.key.length - 1;
  const middleOnly = owner.key.every((w, i) => w !== short.key[0] || (i > 0 && i < last && owner.key[i - 1] !== 'ال' && !foldedLeadingNameParts.has(owner.key[i - 1])));
  return middleOnly && (officesNextTo(short, names).size > 0 || short.mentions.some(({ block, span }) => honorificBefore(block.tokens, span.start) !== null));
}

/**
 * Whether a lone given name (the first word of the full name, "عادل" of "عادل شاهين") and the full
 * name both have offices next to them, and none of them is the same. A lone family name ("ماكين",
 * "ترامب") is the usual short form of the full name whatever office the sentence gives it.
 */
function holdsOtherOffice(short: Draft & { key: string[] }, owner: Draft & { key: string[] }, names: NameTokens): boolean {
  const gaz = gazetteer();
  const word = short.key[0];
  if (owner.key[0] !== word || owner.key.indexOf(word, 1) > 0 || gaz.familyNames.has(word) || !(gaz.firstNames.has(word) || isGivenName(word))) return false;
  // "الملك سلمان", "الأمير نايف": royals are called by title and given name, whatever the office.
  if (isTitledWithOneOf(short, foldedRoyalTitles)) return false;
  const own = officesNextTo(short, names);
  if (own.size === 0) return false;
  const others = officesNextTo(owner, names);
  return others.size > 0 && ![...own].some((office) => others.has(office));
}

/**
 * Whether a one-word name is a word of `whole` that is not an ancestor's ("بن نايف"), or the family
 * name spelled one letter apart, as transliterated names are ("نتنياهو" for "بنيامين ناتنياهو").
 */
function isOwnWord(word: string, whole: readonly string[]): boolean {
  const last = whole.length - 1;
  return whole.some((w, i) => w === word && !followsBin(whole, i)) || (last > 0 && !followsBin(whole, last) && isOneLetterApartWord(word, whole[last], 5));
}

/** Whether words[i] comes right after "بن"/"بنت": the father's (or an ancestor's) name. */
function followsBin(words: readonly string[], i: number): boolean {
  return words[i - 1] === 'بن' || words[i - 1] === 'بنت';
}

/** The folded words of the longest mention of a merged draft (further mentions look for it). */
function longestWords(words: string[], mentions: Located[]): string[] {
  let best = words;
  for (const mention of mentions) {
    const candidate = foldedWords(mention);
    if (candidate.length > best.length) best = candidate;
  }
  return best;
}

/** Family name (last strong word) of a multi-word name, or the name itself when it is one word. */
function shortForms(draft: Draft): string[] {
  const forms: string[] = [];
  const last = draft.words[draft.words.length - 1];
  // "آل الشيخ": a family name with "آل" is not named by its last word alone ("الشيخ").
  // "محمد بن سلمان": the last word is the father's name ("سلمان" alone is someone else).
  const family = draft.words.length > 2 && ['ال', 'بن', 'ابن', 'بنت'].includes(draft.words[draft.words.length - 2]);
  // "أبو حمزة المصري": a nisba that is also a nationality is, alone, an adjective ("الأصولي المصري").
  const nationality = last.startsWith('ال') && hasTrait(last, NATIONALITY);
  // "حازم أمام": a family name that is also an adverb of place or time ("أمام", in front of) names
  // him only with his given name.
  if (draft.words.length > 1 && !family && !nationality && !ADVERB_NAMES.has(last) && !foldedWeakNameParts.has(last) && !foldedRoleStops.has(last) && last.length >= 3) forms.push(last);
  return forms;
}

/**
 * "آل عاطف" for "مشبب بن سعيد آل عاطف": a family name with "آل" names the person with "آل" (its
 * last word alone would not). Not a royal's ("آل سعود" alone is the ruling house).
 */
function alFamilyForm(draft: Draft): string | null {
  const { words } = draft;
  if (words.length < 3 || words[words.length - 2] !== 'ال') return null;
  const family = words[words.length - 1];
  return isTitledWithOneOf(draft, ROYAL_FAMILY_TITLES) || RULING_HOUSES.has(family) ? null : family;
}

/** Whether a mention of the person has, in the honorific written with it, one of `titles` (folded). */
function isTitledWithOneOf(draft: Draft, titles: ReadonlySet<string>): boolean {
  return draft.mentions.some(({ block, span }) => {
    const honorific = honorificBefore(block.tokens, span.start);
    return honorific !== null && block.tokens.slice(honorific.start, honorific.end).some((token) => titles.has(token.folded));
  });
}

/** The Gulf's ruling houses ("آل سعود", "آل ثاني"), folded: "آل X" alone is the house, not one member. */
const RULING_HOUSES = new Set(['سعود', 'ثاني', 'نهيان', 'خليفة', 'الصباح', 'صباح', 'مكتوم', 'سعيد', 'القاسمي', 'الشرقي', 'النعيمي', 'المعلا', 'الرشيد'].map(fold));

/**
 * Where "آل X" alone names the person: after punctuation, a verb, a title or office ("وأضاف آل
 * عاطف", "الدكتور آل عاطف"), not inside another name ("الشيخ عيد آل ثاني") nor after a word for
 * the family itself ("عائلة آل الشيخ"), nor in quote marks.
 */
function opensAlFamilyMention(tokens: readonly Token[], i: number): boolean {
  if (isSaidSubjectAt(tokens, i, isHonorificWord)) return true;
  const before = tokens[i - 1];
  if (before === undefined || !before.isWord) return before === undefined || !/["«“]/.test(before.text);
  if (procliticReadings(before.folded).some(({ stem }) => FAMILY_NOUNS.has(stem))) return false;
  const gaz = gazetteer();
  return !gaz.firstNames.has(before.folded) && !isGivenName(before.folded) && !gaz.familyNames.has(before.folded) && !isRareWord(before.folded) && !foldedRoyalTitles.has(before.folded);
}

/** Words for a family, house or tribe, folded: "آل X" after them is the family. */
const FAMILY_NOUNS = new Set(['عائلة', 'العائلة', 'أسرة', 'الأسرة', 'قبيلة', 'القبيلة', 'أبناء', 'أحفاد', 'بيت', 'حكم', 'أمراء', 'أفراد'].map(fold));

/**
 * Titles of a ruling house's members, folded. Not "الشيخ" alone: it is as much a scholar's or an
 * elder's ("الشيخ الدكتور عبداللطيف آل الشيخ"); the Gulf's ruling sheikhs' houses are in RULING_HOUSES
 * and their members are "سمو الشيخ".
 */
const ROYAL_FAMILY_TITLES = new Set(['الأمير', 'الأميرة', 'الملك', 'الملكة', 'سمو', 'السمو', 'الملكي', 'جلالة'].map(fold));

/**
 * Finds mentions the tagger missed: the full name again, or the family name alone ("الوزير مؤمني",
 * "ومؤمني", "آل عاطف"), anywhere in the article.
 */
function addFurtherMentions(drafts: Draft[], blocks: BlockTokens[], isKnownName: (stem: string) => boolean): void {
  // Index each draft under the first word of its full name and under its family name.
  const byFirstWord = new Map<string, Draft[]>();
  const byShortForm = new Map<string, Draft[]>();
  // "سعيد بن عبدالله آل معدي ... وأوضح آل معدي": a family name with "آل", under the word after it.
  const byAlFamily = new Map<string, Draft[]>();
  const index = (map: Map<string, Draft[]>, key: string, draft: Draft): void => {
    map.set(key, [...(map.get(key) ?? []), draft]);
  };
  for (const draft of drafts) {
    // A one-word name that the news mostly uses otherwise ("علي" where a text writes the preposition
    // على with ي) is a name where it was found as one, not at each of its other occurrences.
    if (draft.words.length > 1 || personShareBucket(draft.words[0]) !== 0) index(byFirstWord, draft.words[0], draft);
    for (const form of shortForms(draft)) index(byShortForm, form, draft);
    const alFamily = alFamilyForm(draft);
    if (alFamily !== null) index(byAlFamily, alFamily, draft);
  }
  // Most words of an article name nobody: whether any reading of a word is indexed at all is
  // worked out once per distinct word (the index does not change while mentions are added).
  const indexed = new Map<string, boolean>();
  const mayName = (folded: string): boolean => {
    let answer = indexed.get(folded);
    if (answer === undefined) {
      answer = procliticReadings(folded).some(({ stem }) => byFirstWord.has(stem) || byShortForm.has(stem) || (stem === 'ال' && byAlFamily.size > 0));
      indexed.set(folded, answer);
    }
    return answer;
  };
  const blocksOfMentions = coveredTokens(drafts.flatMap((draft) => draft.mentions));
  for (const block of blocks) {
    const covered = blocksOfMentions.get(block) ?? new Set<number>();
    for (let i = 0; i < block.tokens.length; i++) {
      if (covered.has(i) || !block.tokens[i].isWord || !mayName(block.tokens[i].folded)) continue;
      const found = matchAt(block, i, byFirstWord, byShortForm, byAlFamily);
      if (!found || [...Array(found.length).keys()].some((k) => covered.has(i + k))) continue;
      // "في رمضان", "شعبان المقبل": a family name that is also a month of the Hijri calendar, read as a date.
      if (found.length === 1 && isHijriMonthAt(block.tokens, i)) continue;
      // "مستشفى الشيخ سالم الأحمد الجابر الصباح": a part of a name inside the name of a place named
      // after someone is that other one's (its words then stay no one's); the whole name there,
      // "مكتبة حمد الجاسر", still names the person, as the article does.
      if (found.length < found.draft.words.length && isInNamedAfterName(block.tokens, i)) {
        i += found.length - 1;
        continue;
      }
      const first = block.tokens[i];
      const { offset } = stripProclitics(first.text, first.folded, (candidate) => candidate === found.stem || isKnownName(candidate));
      found.draft.mentions.push({ block, span: { kind: 'person', start: i, end: i + found.length, skip: offset } });
      for (let k = 0; k < found.length; k++) covered.add(i + k);
      i += found.length - 1;
    }
  }
  for (const draft of drafts) draft.mentions = joinAdjacentMentions(sortMentions(draft.mentions));
}

/**
 * "وأشار ياسر المسحل" with "ياسر" tagged and "المسحل" found as the family name: two mentions of one
 * person side by side (no clitic on the second) are one mention of his name.
 */
function joinAdjacentMentions(mentions: Located[]): Located[] {
  const joined: Located[] = [];
  for (const mention of mentions) {
    const last = joined[joined.length - 1];
    if (last && last.block === mention.block && last.span.end === mention.span.start && mention.span.skip === 0) joined[joined.length - 1] = { block: last.block, span: { ...last.span, end: mention.span.end } };
    else joined.push(mention);
  }
  return joined;
}

/** Months of the Hijri calendar that are also family names, folded: a closed class. */
const HIJRI_MONTHS = new Set(['محرم', 'صفر', 'ربيع', 'رجب', 'شعبان', 'رمضان', 'شوال']);
/** Words that put a month in a date ("في رمضان", "شهر شعبان", "رمضان المبارك"), folded: a closed class. */
const BEFORE_MONTH = new Set(['في', 'شهر', 'خلال', 'منذ', 'حتي', 'قبل', 'بعد', 'من', 'اواخر', 'اوائل', 'منتصف', 'مطلع', 'نهايه', 'بدايه']);
const AFTER_MONTH = new Set(['المبارك', 'الكريم', 'المعظم', 'المقبل', 'الماضي', 'الحالي', 'الفضيل', 'الاول', 'الثاني', 'الاخر']);

/** Whether the word at i is a Hijri month in a date, not a family name ("في رمضان", "٥ شعبان ١٤٤٥"). */
function isHijriMonthAt(tokens: readonly Token[], i: number): boolean {
  if (!procliticReadings(tokens[i].folded).some(({ stem }) => HIJRI_MONTHS.has(stem))) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const isNumber = (token: Token | undefined): boolean => token !== undefined && /^[0-9٠-٩]+$/.test(token.text);
  // "برمضان": "ب" on the month is "in" it.
  if (/^و?ب/.test(tokens[i].folded) && !HIJRI_MONTHS.has(tokens[i].folded)) return true;
  return (before !== undefined && (BEFORE_MONTH.has(before.folded) || isNumber(before))) || (after !== undefined && (AFTER_MONTH.has(after.folded) || isNumber(after)));
}

/** Named-after heads that also read as someone's own thing or as a verb, folded: a closed class. */
const OWNED_THING_HEADS = new Set(['بطوله', 'برنامج', 'مشروع', 'مبادره', 'صندوق', 'وقف', 'مجلس', 'منحه', 'هيئه', 'جمعيه', 'ملتقي', 'مهرجان', 'كرسي', 'مركز', 'موسسه', 'دوره', 'قصر', 'مجمع']);

/**
 * Whether a name at token i makes part of the name of a place or body named after its bearer: "مكتبة
 * غازي القصيبي", "مستشفى الأمير سلطان بن سلمان" name the building, not a further mention of him.
 */
function isInNamedAfterName(tokens: readonly Token[], i: number): boolean {
  // "مستشفى الشيخ جابر الأحمد الجابر الصباح": a later word of the same name is in it too.
  for (let k = i - 1; k >= Math.max(1, i - MAX_NAMED_AFTER_WORDS); k--) {
    if (!tokens[k].isWord || isParticle(tokens[k]) || isHonorificWord(tokens[k])) break;
    if (opensNamedAfterName(tokens, k)) return true;
  }
  return opensNamedAfterName(tokens, i);
}

/** Words of a name after a place's head looked back over (a lineage chain and a family name). */
const MAX_NAMED_AFTER_WORDS = 4;

/** Whether a name starting at token i opens the name of a place or body ("مكتبة فلان", "مستشفى الأمير فلان"). */
function opensNamedAfterName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  // Without a title only a building, a road or an award: "برنامج فلان", "مشروع فلان", "وقف فلان" are
  // as often his programme, his project or "stood" + his name.
  if (before?.isWord && !before.folded.startsWith('ال') && isNamedAfterHead(before) && !procliticReadings(before.folded).some(({ stem }) => OWNED_THING_HEADS.has(stem))) return true;
  const title = honorificBefore(tokens, i);
  return title !== null && namedAfterEnd(tokens, title.start) > title.start;
}

/** A person named at token i: their full name (preferred) or family name alone. */
function matchAt(
  block: BlockTokens,
  i: number,
  byFirstWord: Map<string, Draft[]>,
  byShortForm: Map<string, Draft[]>,
  byAlFamily: Map<string, Draft[]>,
): { draft: Draft; length: number; stem: string } | null {
  // Runs at every word of the article: plain loops, no arrays built for words that name nobody.
  const readings = procliticReadings(block.tokens[i].folded);
  for (const { stem } of readings) {
    const drafts = byFirstWord.get(stem);
    if (!drafts) continue;
    for (const draft of drafts) {
      if (draft.words.every((word, k) => k === 0 || block.tokens[i + k]?.folded === word)) {
        return { draft, length: draft.words.length, stem };
      }
    }
  }
  const here: Located = { block, span: { kind: 'person', start: i, end: i + 1, skip: 0 } };
  for (const { stem } of readings) {
    const owners = byShortForm.get(stem);
    if (owners) {
      // "عادل الجبير ... وقال الجبير ... محمد الجبير": the only one named yet (see joinNearestOwners);
      // else the first indexed (the longest name, then the first named), the article's main bearer
      // more often than not ("دونالد ترامب" and "إيفانكا ترامب": "ترامب").
      const owner = owners.length === 1 ? owners[0] : (onlyNamedBefore(owners, here) ?? owners[0]);
      return { draft: owner, length: 1, stem };
    }
    const family = stem === 'ال' && opensAlFamilyMention(block.tokens, i) ? byAlFamily.get(block.tokens[i + 1]?.folded ?? '') : undefined;
    // (Two people of the family named in full: "آل X" alone is the only one named yet, if one is.)
    const member = family === undefined ? null : family.length === 1 ? family[0] : onlyNamedBefore(family, here);
    if (member) return { draft: member, length: 2, stem };
  }
  return null;
}

/** The office phrase as written, without a clitic on its first word ("بوزير خارجية مصر"). */
function roleText(block: BlockTokens, role: RoleMatch): string {
  // "للاتحاد ... وأمينه العام": the office of the body just named ("الأمين العام للاتحاد ...").
  const stated = officeOfAntecedentBody(block.text, block.tokens, role.start, role.end);
  if (stated) return stated;
  const tokens = block.tokens.slice(role.start, role.end);
  // "والية أريانة" (governor) is one word; "والمتحدث" is "و" + "المتحدث".
  // "للرئيس": ل + الرئيس, the article's alef dropped in writing; the office is "الرئيس".
  if (tokens[0].folded.startsWith('لل')) return `ال${block.text.slice(tokens[0].start + writtenOffset(tokens[0].text, 2), tokens[tokens.length - 1].end)}`;
  const whole = gazetteer().officeTitles.has(tokens[0].folded) || foldedExtraOfficeHeads.has(tokens[0].folded);
  const { offset } = whole ? { offset: 0 } : stripProclitics(tokens[0].text, tokens[0].folded, (stem) => isOfficeWord({ ...tokens[0], folded: stem }) || isRepresentativeStem(stem));
  return block.text.slice(tokens[0].start + offset, tokens[tokens.length - 1].end);
}

interface FoundRole {
  text: string;
  tokens: Token[];
  titleOnly: boolean;
  /** An office in the accusative right after the name ("فلان زعيما له"): what he was made. */
  made?: boolean;
  /** An office before the name, right after a decree's act ("تعيين عضو المكتب ...، فلان، وزيرا"): who he was. */
  decreed?: boolean;
}

/** Which tokens of each block are a person's name: the grammar's phrases stop at them. */
type NameTokens = Map<BlockTokens, Set<number>>;

function isNameIn(names: NameTokens, block: BlockTokens): (index: number) => boolean {
  const set = names.get(block);
  return set ? (index) => set.has(index) : () => false;
}

/**
 * The office of a person: the most specific office phrase next to any mention (the one with most
 * words), else a bare title ("الوزير", "الرئيس").
 */
function findRole(draft: Draft, names: NameTokens): FoundRole | null {
  let best: FoundRole | null = null;
  for (const { block, span } of draft.mentions) {
    const isName = isNameIn(names, block);
    const conjoined = span.skip > 0 && /^و/.test(block.tokens[span.start].text);
    // "صرح فلان وزير الموارد المائية لمحمد السعدني": an office between a name and a name behind "ل"
    // or "ب" is the first one's apposition (he spoke to the second). ("وأكد الكاتب العام للنقابة
    // لسعد اليعقوبي": with no name before the office, the "ل" may be the name's own first letter.)
    let before = roleBefore(block.tokens, span.start, isName, conjoined);
    // "الزعيم الحبيب | بورقيبة" where this mention is the family name alone: the words of the full
    // name right before it are the name's, not the office's ("الحبيب").
    if (before && before.end === span.start) {
      let end = before.end;
      const nameStart = draft.words.length - (span.end - span.start);
      for (let k = nameStart - 1; k >= 0 && end - before.start > 1 && block.tokens[end - 1].folded === draft.words[k]; k--) end--;
      if (end < before.end) before = { ...before, end, titleOnly: end - before.start === 1 };
    }
    const prepositional = span.skip > 0 && /^[لب]/.test(block.tokens[span.start].text);
    if (before && prepositional && before.start > 0 && isName(before.start - 1)) before = null;
    const after = roleAfter(block.tokens, span.end, isName);
    for (const role of [before, after]) {
      if (!role) continue;
      // "رئيس المجلس، السيد فلان، سفير الصين، السيد علان": an office set off by commas that a comma,
      // a title and a name follow opens the next entry of the list (Maghreb agencies' house style).
      if (role === after && isComma(block.tokens[span.end]) && opensTitledEntry(block.tokens, role.end, isName)) continue;
      // ("بدولة قطر الشقيقة": the office as shown leaves out the epithets the phrase reads through.)
      const shown = officeAsShown(block.tokens, role);
      const found: FoundRole = { text: roleText(block, shown), tokens: block.tokens.slice(shown.start, shown.end), titleOnly: role.titleOnly };
      // "النائب فلان عن حركة نداء تونس": the title's complement after the name.
      const complementEnd = role === before && role.titleOnly ? splitComplementEnd(block.tokens, role.start, span.end, isName) : -1;
      if (complementEnd > 0) {
        const complement = block.tokens.slice(span.end, complementEnd);
        found.text = `${found.text} ${block.text.slice(complement[0].start, complement[complement.length - 1].end)}`;
        found.tokens = [...found.tokens, ...complement];
        found.titleOnly = false;
      }
      // "نائب خادم الحرمين الشريفين الأمير فلان وزير الداخلية": offices on both sides of the name,
      // the second right after it, are both his, in the article's order.
      // ("واستقبل رئيس الجمهورية فلان سفير اليابان": after a verb of meeting the second is whom he met.)
      // (Nor in a list: "وزير النقل: فلان وزيرة المالية: علان".)
      const listed = block.tokens.slice(before?.end ?? 0, span.start).some((t) => t.text === ':') || block.tokens[role.end]?.text === ':' || block.tokens[span.start].folded.startsWith('و');
      // (An office in the accusative after the name is what he is made or whom he chooses, no office
      // of his to join: "يختار الأمين العام فلان وزيرا سابقا مبعوثا"; see `made` below.)
      const accusative = /ا$/.test(block.tokens[role.start].folded) || /\u064b/.test(block.tokens[role.start].text);
      // "التقى معالي رئيس مجلس الشورى فلان رئيس البرلمان العربي": the office right after the name of
      // one a verb of meeting introduces with his office is whom he met, no office of his. (A chain
      // of offices there, "... ولي العهد الأمير فلان نائب رئيس مجلس الوزراء وزير الدفاع", is his.)
      const chained = (tokens: readonly Token[]): boolean => tokens.some((token, k) => k > 0 && isOfficeWord(token) && !token.folded.startsWith('ال') && tokens[k - 1].folded.startsWith('ال'));
      const met = role === after && before !== null && role.start === span.end && isMeetingVerb(block.tokens[beforeHonorifics(block.tokens, before.start) - 1]) && !chained(block.tokens.slice(role.start, role.end));
      if (met && before !== null && !before.titleOnly) continue;
      // ("وسيستقبل فلان الرئيس المنتخب في القصر": after a bare name the verb opens, likewise.)
      if (role === after && before === null && isOfficeMetBySubject(block.tokens, span.start, span.end, role.start, role.end)) continue;
      if (role === after && before && !before.titleOnly && !role.titleOnly && role.start === span.end && !listed && !accusative && !met) {
        const shownBefore = officeAsShown(block.tokens, before);
        found.text = `${roleText(block, shownBefore)} ${found.text}`;
        found.tokens = [...block.tokens.slice(shownBefore.start, shownBefore.end), ...found.tokens];
      }
      // "وزراء خارجية كل من: ... (فلان - الأمير الحالي)": his own office beats the list's plural one.
      const ownOverPlural = best !== null && !found.titleOnly && isPluralOffice(best.tokens[0]) && !isPluralOffice(found.tokens[0]);
      // "يختار فلان زعيما جديدا له" and "وزير العمل السابق فلان": the office he holds, written in the
      // nominative, beats the one he is made; the one he is made is his only when no other is written.
      if (role === after && accusative) found.made = true;
      if (role === before && isDecreeAct(block.tokens[beforeHonorifics(block.tokens, role.start) - 1])) found.decreed = true;
      // "تعيين عضو المكتب التنفيذي للمنظمة، فلان، وزيرا للتجارة": the office a decree gives beats
      // the one that only says who was appointed.
      const madeOverDecreed = best !== null && best.decreed === true && found.made === true;
      if (best && !best.made && found.made && !best.titleOnly && !madeOverDecreed) continue;
      const heldOverMade = best !== null && best.made === true && !found.made && !found.titleOnly;
      if (!best || ownOverPlural || heldOverMade || madeOverDecreed || (best.titleOnly && !found.titleOnly) || (!found.titleOnly && found.tokens.length > best.tokens.length && !(isPluralOffice(found.tokens[0]) && !isPluralOffice(best.tokens[0])))) best = found;
    }
  }
  return best;
}

/**
 * Whether a comma, honorifics ("السيد", "الدكتور") and a name start at `i`. (With "و" the title
 * joins a list whose entries keep their appositions: "فلان، وزير الدولة، والسيد علان".)
 */
function opensTitledEntry(tokens: readonly Token[], i: number, isName: (index: number) => boolean): boolean {
  if (!isComma(tokens[i]) || tokens[i + 1]?.folded.startsWith('و')) return false;
  let k = i + 1;
  while (k < tokens.length && isHonorificWord(tokens[k])) k++;
  return k > i + 1 && isName(k);
}

/** Where the honorifics ("معالي", "سمو", "د.") right before `i` start. */
function beforeHonorifics(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && (isHonorificWord(tokens[k - 1]) || tokens[k - 1].text === '.')) k--;
  return k;
}

/** Spokesmen, folded: "المتحدث باسم ...", "الناطقة باسم ...". */
const SPOKESPERSONS = new Set(['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'والمتحدث', 'والمتحدثة', 'والناطق', 'والناطقة'].map(fold));

/** Whether the definite word at `i` is the body a spokesman speaks for ("المتحدث باسم | الكرملين"), an indefinite word after it. */
function isBodySpokenFor(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return i >= 2 && tokens[i].folded.startsWith('ال') && tokens[i - 1].folded === 'باسم' && SPOKESPERSONS.has(tokens[i - 2].folded) && next?.isWord === true && !next.folded.startsWith('ال');
}

/** Courtesy titles of Gulf and Levantine protocol news ("معالي", "سعادة", "دولة"), folded. */
const COURTESY_TITLES = new Set(['صاحب', 'صاحبة', 'السمو', 'سمو', 'جلالة', 'معالي', 'فخامة', 'سماحة', 'سيادة', 'فضيلة', 'سعادة', 'حضرة', 'دولة'].map(fold));

/** "ومعالي", "وسمو": a courtesy title carrying the "و" of a list ("دولة" only alone: "ودولة" is a state). */
function isConjoinedCourtesy(token: Token | undefined): boolean {
  if (!token?.isWord || !token.folded.startsWith('و')) return false;
  const title = token.folded.slice(1);
  return COURTESY_TITLES.has(title) && title !== fold('دولة');
}

/**
 * The honorific of a name, widened to the courtesy title the house style writes before it: before
 * the office phrase that leads to the name ("معالي وزير الخارجية فلان", "سعادة السفير فلان", "دولة
 * رئيس الوزراء فلان"), or with the "و" of a list ("ومعالي فلان", "وسمو الشيخ فلان").
 */
function withCourtesyTitle(tokens: readonly Token[], nameStart: number, found: { start: number; end: number } | null): { start: number; end: number } | null {
  if (!found) {
    const role = roleBefore(tokens, nameStart);
    if (role && role.end === nameStart && role.start > 0) {
      // ("دولة" is a courtesy title only here, before an office: no honorific of its own.)
      const title = honorificBefore(tokens, role.start) ?? (tokens[role.start - 1].isWord ? { start: role.start - 1, end: role.start } : null);
      if (title && COURTESY_TITLES.has(tokens[title.start].folded)) found = title;
      else if (isConjoinedCourtesy(tokens[role.start - 1])) found = { start: role.start - 1, end: role.start };
    }
  }
  const start = found?.start ?? nameStart;
  if (isConjoinedCourtesy(tokens[start - 1])) return { start: start - 1, end: found?.end ?? nameStart };
  return found;
}

/** The honorific written with the name ("الملك", "الفريق أول", "د."), the longest one the article uses. */
function findHonorific(draft: Draft): { text: string; words: string[] } | null {
  let best: { text: string; words: string[] } | null = null;
  for (const { block, span } of draft.mentions) {
    const first = block.tokens[span.start];
    const glued = gluedHonorificLength(first.folded);
    if (glued > 0 && span.skip > 0) {
      const text = first.text.slice(0, span.skip);
      if (!best) best = { text, words: [fold(text)] };
      continue;
    }
    // "الدكتور (وليد الصمعاني)": a bracket may set the name off from its honorific.
    const found = withCourtesyTitle(block.tokens, span.start, honorificBefore(block.tokens, span.start) ?? (block.tokens[span.start - 1]?.text === '(' ? honorificBefore(block.tokens, span.start - 1) : null));
    if (!found) continue;
    const tokens = block.tokens.slice(found.start, found.end);
    // "والعريف", "ومعالي": the conjunction is not part of the honorific.
    const skip = tokens[0].folded.startsWith('وال') || isConjoinedCourtesy(tokens[0]) ? writtenOffset(tokens[0].text, 1) : 0;
    const text = block.text.slice(tokens[0].start + skip, tokens[tokens.length - 1].end);
    if (!best || text.length > best.text.length) best = { text, words: tokens.filter((t) => t.isWord).map((t, k) => (k === 0 && skip > 0 ? t.folded.slice(1) : t.folded)) };
  }
  return best;
}

/**
 * The entities of the drafts kept after the echoes are dropped, computed again with the remaining
 * name tokens. A draft's entity depends on the name tokens of its own mentions' blocks only (the
 * office grammar stops at names there): the drafts named in no block of a dropped one keep the
 * entity already computed (toPersonEntity is the costliest step of this pass).
 */
function entitiesWithoutEchoes(drafts: Draft[], entities: Entity[], echoes: boolean[], names: NameTokens): Entity[] {
  const changed = new Set(drafts.filter((_, i) => echoes[i]).flatMap((draft) => draft.mentions.map(({ block }) => block)));
  return drafts.flatMap((draft, i) => {
    if (echoes[i]) return [];
    return [draft.mentions.some(({ block }) => changed.has(block)) ? toPersonEntity(draft, names) : entities[i]];
  });
}

function toPersonEntity(draft: Draft, names: NameTokens): Entity {
  const honorific = findHonorific(draft);
  let role = findRole(draft, names);
  // A ruler's title is his office when the article gives no fuller one ("الملك حسين").
  const rulerTitle = honorific?.words.find(isRulerTitle);
  // "والسلطان قابوس": the title may carry the conjunction of a list.
  const rulerToken = rulerTitle ? draft.mentions.map(({ block, span }) => block.tokens.slice(Math.max(0, span.start - 6), span.start).find((t) => t.folded === rulerTitle || t.folded === `و${rulerTitle}`)).find(Boolean) : undefined;
  if (!role && rulerToken) role = { text: rulerToken.folded === rulerTitle ? rulerToken.text : rulerToken.text.slice(writtenOffset(rulerToken.text, 1)), tokens: [rulerToken], titleOnly: true };
  const mentions = draft.mentions.map(mentionOf);
  // The name as the article writes it in Arabic script, not its Latin gloss in brackets.
  const written = mentions.filter((m) => /[\u0600-\u06ff]/.test(m.text));
  const fullest = (written.length > 0 ? written : mentions).reduce((best, m) => (m.text.length > best.text.length ? m : best), (written.length > 0 ? written : mentions)[0]);
  // "للجنرال فلان", "المشير فلان": a rank alone is his honorific, never his office (DESIGN.md); a
  // ranked officer still counts as an official.
  const rankOnly = role !== null && role.titleOnly && isRank(fold(role.text));
  const rankText = rankOnly && role ? role.text : null;
  if (rankOnly) role = null;
  const ranked = rankOnly || (honorific?.words.some(isRank) ?? false);
  // "وقال بشار الأسد": a well-known officeholder named in full (any of his mentions) is an official
  // even where the article states no office; "جامعة محمد الخامس", "كتيبة "أبو بكر الصديق"" name
  // something else after him.
  const known = role === null && !ranked && draft.mentions.some((located) => !isAfterNamedThingHead(located.block.tokens, located.span.start) && isKnownOfficial(foldedWords(located)));
  return {
    id: '',
    kind: 'person',
    name: fullest.text,
    official: role !== null || ranked || known,
    role: role?.text ?? null,
    country: role ? countryOfRole(role.tokens) : null,
    latin: transliterate(fullest.text),
    honorific: honorific?.text ?? rankText,
    roleLatin: role ? glossRole(role.text) : null,
    mentions,
  };
}

function groupByName(kind: EntityKind, located: Located[]): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const item of sortMentions(located)) {
    const words = foldedWords(item);
    const key = words.join(' ');
    const draft = byKey.get(key);
    if (draft) draft.mentions.push(item);
    else byKey.set(key, { kind, words, mentions: [item] });
  }
  return [...byKey.values()];
}

/** The spelling used most often (ties: the first), so "إيران" wins over a stray "ايران". */
function commonestSpelling(mentions: Mention[]): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  let best = mentions[0].text;
  for (const [text, count] of counts) if (count > (counts.get(best) ?? 0)) best = text;
  return best;
}

function toPlainEntity(draft: Draft): Entity {
  const mentions = draft.mentions.map(mentionOf);
  return {
    id: '',
    kind: draft.kind,
    name: commonestSpelling(mentions),
    official: false,
    role: null,
    country: null,
    latin: null,
    honorific: null,
    mentions,
  };
}

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
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!tokens[i].isWord || tokens[i].folded.replace(OFFICE_PRONOUN, '').length < 4 || !isOfficeWithPronoun(tokens[i].folded)) continue;
      for (let k = i + 1; k < tokens.length && isAdjective(tokens[k]); k++) adjectives.add(tokens[k].folded);
    }
  }
  return adjectives;
}

/** The pronoun an office may carry ("وزيرنا", "رئيسها", "مديرهم"). */
const OFFICE_PRONOUN = /(?:هما|هم|ها|كم|نا|ه|ي)$/;
