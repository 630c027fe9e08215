/**
 * Pass 4 of the extractor: each span tidied; a person span cut into names, each trimmed of the words
 * around it that are no name, or dropped.
 */
import { fold } from '../text/normalize.js';
import { procliticReadings, writtenOffset } from './clitics.js';
import { binPlaceAt, isCommonWord, isOfficeWithPronoun, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { hasTrait, NATIONALITY, PERSON_TITLE } from './word-traits.js';
import { gazetteer } from './gazetteer.js';
import { foldedLeadingNameParts, foldedRoleQualifiers, isParticle } from './lexicon.js';
import { holderAfterHeadedGovernment, honorificBefore, isDefiniteGivenName, isGivenNameWord, isNamedAfterHead, isOfficeWord, isOutgoingTermAt, namedAfterEnd, officeComplementEnd } from './roles.js';
import { isTitleWord, isWeekdayAfterFullName, type Span, tidyNameSpan, tidyPersonSpan } from './spans.js';
import { isPrepositionalComplement, isPrepositionOnName, isPrepositionOnNoun, isSeldomAName } from './prepositional-words.js';
import { isOftenANameInNews, isRarelyANameInNews, isRareWord, personShareBucket } from './tagger.js';
import { isConjoinedCommonNounAfterTitle } from './conjoined-common-nouns.js';
import { isPrepositionalPlaceAfterFullName } from './place-after-name.js';
import { isGivenName, isListedNameWord } from './given-names.js';
import { groupWordIn, isFeminineSoundPlural, isListedNameToken } from './group-words.js';
import { isAccusativeNounPhrase, isCommonNounPhrase, isCommonNounWord, isDefiniteDerivedMasdar, isPrepositionalDerivedMasdar } from './common-noun-words.js';
import type { Token } from './tokenize.js';
import type { BlockRawSpan, BlockTokens, Located } from './extract-types.js';
import type { ArticleNames } from './article-names.js';
import { FOREIGN_NAME_PARTICLES, isLoneGivenName, KUNYA_WORDS, LINEAGE_LINKS_AFTER_NAME, SECOND_FOREIGN_PARTICLES } from './name-parts.js';
import { isFutureVerb, isImperfectVerb } from './imperfect-verbs.js';
import { BARE_KIN, describesRelative, isBareKinshipNoun, KIN_WITH_PRONOUN, PLURAL_KIN_WITH_PRONOUN } from './kinship-words.js';
import { afterQualifiers, hasNameEvidence } from './person-span-evidence.js';

/**
 * Pass 4: each tagged span tidied: a person span cut into names (tidyPersonSpan) that are then
 * trimmed of the words around them that are no name, or dropped; places and organizations tidied.
 */
export function tidySpans(chained: readonly BlockRawSpan[], tokenized: readonly BlockTokens[], names: ArticleNames): { people: Located[]; others: Located[] } {
  const adjectivesOfOffices = adjectivesAfterOfficesWithPronoun(tokenized);
  const people: Located[] = [];
  const others: Located[] = [];
  for (const { block, kind, start, end, bracketed } of chained) {
    if (kind === 'person') {
      for (const span of tidyPersonSpan(block.tokens, start, end, names.isKnownName, bracketed)) {
        const tokens = block.tokens;
        if (trimsNameEnds(tokens, span, bracketed, names.writesAlefMaqsura) && trimsNameOpening(tokens, span, adjectivesOfOffices) && holdsUpAsName(tokens, span, names.repeatedNameWords)) people.push({ block, span });
      }
    } else {
      const span = tidyNameSpan(kind, block.tokens, start, end);
      if (span) others.push({ block, span });
    }
  }
  return { people, others };
}

/**
 * The words of a person span that are no name, at its ends: particles, verbs, prepositions,
 * descriptions, what says whose relative he is. False when nothing of the span is left a name.
 */
function trimsNameEnds(tokens: readonly Token[], span: Span, bracketed: boolean | undefined, writesAlefMaqsura: boolean): boolean {
  // Names do not contain particles: "مكلف لدى" is a tagging slip, not a person.
  // A particle at the end ("... علي هامش" in text without "ى") is left out, not the whole name.
  while (span.end - span.start > 1 && isParticle(tokens[span.end - 1])) span.end--;
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
    const object = !kunya && indefiniteNoun(tokens[span.end - 1]) && indefiniteNoun(tokens[span.end]) && !isParticle(tokens[span.end]);
    if ((last.startsWith('ال') && isOrdinaryWord(last) && isRarelyANameInNews(last) && !isTribalNisba(last)) || object) span.end--;
  }
  // "ماريو إيديه ابن التاسعة والعشرين": "ابن"/"بنت" + an ordinal or a tens number gives an age;
  for (let k = span.start + 1; k < span.end - 1; k++) {
    // "فلان ابن عمه", "فلان ابن أخيه": "ابن" + a kinship word with a pronoun gives a relation.
    // "سعيد ابن الضحية", "ابن عم الشهيد": "ابن" + a definite common noun, or a bare kinship noun, says whose relative he is.
    const next = tokens[k + 1];
    const relation = (next.folded.startsWith('ال') && isOrdinaryWord(next.folded) && isRarelyANameInNews(next.folded)) || BARE_KIN.has(next.folded);
    if (LINEAGE_LINKS_AFTER_NAME.has(tokens[k].folded) && (AGE_NUMBERS.has(next.folded) || KIN_WITH_PRONOUN.test(next.folded) || relation)) {
      span.end = k;
      break;
    }
  }
  // "الممثلة الكوميدية كاثي جريفن", "الرئيس الأسير صدام حسين": a definite word the news corpus
  // almost never uses as a name, before two name words, describes the person.
  while (span.end - span.start >= 3 && span.skip === 0 && isDescriptiveWord(tokens[span.start].folded)) span.start++;
  // "الرئيس المنتهية ولايته باراك أوباما": the outgoing term qualifies the office, no name.
  if (span.skip === 0 && isOutgoingTermAt(tokens, span.start)) {
    if (span.end - span.start <= 2) return false;
    span.start += 2;
  }
  // "غازي الجريبي السيرة الذاتية": a definite common noun after a full name, before a definite
  // adjective the news almost never uses as a name, opens a noun phrase of its own.
  while (span.end - span.start >= 3 && opensNounPhrase(tokens, span.end - 1)) span.end--;
  // "تأليف الطاهر رضواني", "وإخراج فلان": the credit of a work names its maker after it.
  while (span.end - span.start >= 2 && procliticReadings(tokens[span.start].folded).some(({ stem }) => CREDIT_NOUNS.has(stem))) {
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
  while (span.end - span.start >= 2 && isFutureVerb(tokens[span.end - 1])) span.end--;
  // "أردوغان يأمر بإزالة", "الطيار التائه يسأل": a verb in the imperfect after the name is its predicate.
  while (span.end - span.start >= 2 && isImperfectVerb(tokens[span.end - 1])) span.end--;
  // "الرئيس سيوقع القرار", "الأمير سيترأس": a verb in the future right after a title is no one-word name.
  if (span.end - span.start === 1 && isFutureVerb(tokens[span.start]) && !isLoneGivenName(tokens[span.start].folded)) return false;
  // "ولي العهد يهنئ رئيس ...": a headline's verb right after the office is no one-word name.
  if (span.end - span.start === 1 && span.skip === 0 && /^ي..+ئ[\u064b-\u0652]*$/.test(tokens[span.start].text) && isImperfectVerb(tokens[span.start])) return false;
  // "يكرم فلان", "يأمر بتفكيك" (a headline): one before the name governs it. ("ياوي": a plain
  // alef after "ي" spells a foreign given name; the verb writes its hamza.)
  const verbEnd = span.start;
  while (span.end - span.start >= 2 && span.skip === 0 && !/^يا/.test(tokens[span.start].text) && isImperfectVerb(tokens[span.start])) span.start++;
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
  if (span.end === span.start) return false;
  return true;
}

/**
 * What opens a person span before the name (a body the office serves, a kinship noun, a group,
 * a common noun phrase, a blessing...). False when the span is no name at all.
 */
function trimsNameOpening(tokens: readonly Token[], span: Span, adjectivesOfOffices: ReadonlySet<string>): boolean {
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
  // "ويتقبل أبناؤه سعيد وخالد العزاء": a plural kinship noun with a pronoun introduces the names.
  if (span.end - span.start >= 2 && PLURAL_KIN_WITH_PRONOUN.test(fold(tokens[span.start].text.slice(span.skip)))) {
    span.start++;
    span.skip = 0;
  }
  // "ولد لأبوين كوبيين هاجرا", "فلان والمصريين": a dual or plural kinship noun or nisba speaks of
  // a group. Opening the span, it and what follows up to a word of a name list are no name;
  // further on, it ends the name.
  const groupAt = groupWordIn(tokens, span.start, span.end);
  if (groupAt === span.start) {
    let next = span.start;
    while (next < span.end && !isListedNameToken(tokens[next])) next++;
    if (next === span.end) return false;
    span.start = next;
    span.skip = 0;
  } else if (groupAt > span.start) span.end = groupAt;
  // "بعث أمير دولة قطر برقية تهنئة", "أقام ولي العهد مأدبة غداء": words that all read as common
  // nouns in the news (evidence and word cluster) are the verb's object, no name.
  // (One such word is left to the checks below, which weigh it with its neighbours.)
  if (span.end - span.start >= 2 && (isCommonNounPhrase(tokens, span.start, span.end) || isAccusativeNounPhrase(tokens, span.start, span.end))) return false;
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
  if (complement > 0) span.end = span.start + 1 + complement;
  if (span.end - span.start === 1 && isFeminineSoundPlural(tokens[span.start])) return false;
  if (span.end - span.start === 1 && isConjoinedCommonNounAfterTitle(tokens, span.start)) return false;
  // "وقال أبو الطفل", "أم الضحية": "father"/"mother" of a common noun says whose parent he is;
  // a kunya takes a name ("أبو الحسن", "أبو الغيط"), whose word cluster is one of names.
  if (span.end - span.start === 2 && KUNYA_WORDS.has(tokens[span.start].folded) && tokens[span.start + 1].folded.startsWith('ال') && isCommonNounWord(tokens[span.start + 1])) return false;
  // "الرئيس بشار الأسد الخميس": the day of the act after a full name (spans.ts).
  while (span.end - span.start >= 3 && isWeekdayAfterFullName(tokens, span.start, span.end - 1)) span.end--;
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
    if (isOrdinaryWord(first) && !isGivenName(first) && !gazetteer().firstNames.has(first)) {
      span.start++;
      span.skip = 0;
    }
  }
  // "فازت فلانة بالتانيت الفضي": a prize after the name is none of it.
  if (span.end - span.start >= 4 && isMetalAward(tokens.slice(span.end - 2, span.end))) span.end -= 2;
  // "ابن خلدون بسوسة", "قرار ترامب بشأن": a preposition on a place or common noun ends the name.
  // ("فون دير لاين": after the particles of a European name the word is its family name.)
  const afterForeignParticle = (k: number): boolean => FOREIGN_NAME_PARTICLES.has(tokens[k - 1]?.text ?? '') || SECOND_FOREIGN_PARTICLES.has(tokens[k - 1]?.text ?? '');
  while (span.end - span.start >= 2 && isPrepositionOnNoun(tokens[span.end - 1].folded, tokens[span.end - 1].text) && !afterForeignParticle(span.end - 1)) span.end--;
  if (isPrepositionalPlaceAfterFullName(tokens, span.start, span.end)) span.end--;
  // "لدار الفتوى", "لرجل الدين الشيعي": one on a common noun, with the definite words of its
  // complement, opens a noun phrase: the name, if any, starts after it ("لدار الإفتاء فلان").
  if (span.end - span.start >= 2 && span.skip === 0 && isPrepositionOnNoun(tokens[span.start].folded, tokens[span.start].text, 2)) {
    span.start++;
    while (span.start < span.end && tokens[span.start].folded.startsWith('ال') && !isLoneGivenName(tokens[span.start].folded)) span.start++;
    if (span.start === span.end) return false;
  }
  if (span.end - span.start >= 2 && span.skip === 0 && isPrepositionOnName(tokens[span.start].folded)) span.skip = writtenOffset(tokens[span.start].text, 1);
  // "ابن شقيقة فلان", "ابن عم فلان": "son of" + a bare kinship noun says whose relative he is; the name is the relative's.
  if (span.end - span.start >= 3 && span.skip === 0 && (tokens[span.start].folded === 'ابن' || tokens[span.start].folded === 'بنت') && isBareKinshipNoun(tokens[span.start + 1])) span.start += 2;
  // "التنمية المستدامة رفقة": a definite word, then words, that the unlabeled news almost never
  // takes for a person, none a known name, are no name even after an office (an adjective of it).
  if (span.end - span.start >= 2 && span.skip === 0 && tokens[span.start].folded.startsWith('ال') && tokens.slice(span.start, span.end).every((token) => isSeldomAName(token.folded))) return false;
  return true;
}

/**
 * Whether what is left of a person span holds up as a name (after the body a spokesman speaks for
 * or an office's complement is cut off): no particle, award, number or place named after someone,
 * and some evidence of a name.
 */
function holdsUpAsName(tokens: readonly Token[], span: Span, repeatedNameWords: ReadonlySet<string>): boolean {
  // "المتحدث باسم الكرملين دميتري بيسكوف": the body a spokesman speaks for, one definite word,
  // is no part of the name an indefinite word opens after it (no genitive follows a definite noun).
  const spokenFor = span.end - span.start >= 2 && span.skip === 0 && isBodySpokenFor(tokens, span.start);
  if (spokenFor) span.start++;
  // "أوقف الأمن محمد ب.": an initial (one letter and a period) after a name is its family name cut short.
  if (isInitialAt(tokens, span.end)) span.end++;
  const words = tokens.slice(span.start, span.end);
  // "دو لا" in a European family name is no particle ("جان دو لا فلان").
  if (words.some((word, k) => isParticle(word) && !(k > 0 && SECOND_FOREIGN_PARTICLES.has(word.text) && FOREIGN_NAME_PARTICLES.has(words[k - 1].text)))) return false;
  if (isMetalAward(words)) return false;
  // "منحة قدرها ستون (60) ألف دينار": a number written in words is no name ("ستون" is also "Stone").
  if (words.some(isNumberWord)) return false;
  // "حاكم ويسكونسن", "سفير فرنسا": the complement of an office names a place or body.
  // "الملك الراحل الحسن الثاني": a qualifier may stand between the title and the name.
  const titleEnd = afterQualifiers(tokens, span.start);
  const before = tokens[titleEnd - 1];
  const titled = before !== undefined && (hasTrait(before.folded, PERSON_TITLE) || honorificBefore(tokens, titleEnd) !== null);
  // (The holder after a government named for its head is no complement, whatever the phrase reads.)
  const holder = holderAfterHeadedGovernment(tokens, span.start, span.end);
  if (holder > 0) {
    span.start = holder;
    span.skip = 0;
  } else if (!titled && !spokenFor) {
    const holderStart = startAfterOfficeComplement(tokens, span.start, span.end);
    if (holderStart < 0) return false;
    if (holderStart > span.start) {
      span.start = holderStart;
      span.skip = 0;
    }
  }
  // "مدينة الملك عبدالعزيز": the name of a place or body named after a person.
  if (span.start >= 2 && namedAfterEnd(tokens, span.start - 1) > span.start - 1) return false;
  if (!hasNameEvidence(tokens, span, repeatedNameWords)) return false;
  // "شباب بن قردان": "بن" before the rest of a town's name opens a place, not a lineage.
  if (words.some((_, k) => binPlaceAt(tokens, span.start + k) >= 0)) return false;
  return true;
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
 * "سعد بن علي الشهري", "فهد بن محمد العتيبي": after "بن X" a nisba ("ال...ي") is the family or tribal
 * name even when it is also an adjective ("الشهري": monthly); an adjective cannot describe a name,
 * and a verb's object is a noun. A nationality ("السعودي") is none.
 */
function isTribalNisba(folded: string): boolean {
  return /^ال..+ي$/.test(folded) && folded.length >= 6 && !hasTrait(folded, NATIONALITY);
}

/** Ordinals and tens after "ابن"/"بنت" that give an age ("ابن الخامسة", "بنت العشرين"), folded. */
const AGE_NUMBERS = new Set(
  ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة',
   'الحادية', 'العشرين', 'الثلاثين', 'الأربعين', 'الخمسين', 'الستين', 'السبعين', 'الثمانين', 'التسعين',
   'المائة', 'المئة'].map(fold),
);

/** A definite word that no name list knows and the news corpus almost never uses as a name. */
function isDescriptiveWord(folded: string): boolean {
  const gaz = gazetteer();
  return folded.startsWith('ال') && !gaz.firstNames.has(folded) && !gaz.familyNames.has(folded) && !isGivenName(folded) && !foldedLeadingNameParts.has(folded) && isRarelyANameInNews(folded);
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

/** Verbal nouns that credit the makers of a work ("تأليف", "إخراج", "تلحين"), folded: a closed class. */
const CREDIT_NOUNS = new Set(
  ['تأليف', 'إخراج', 'تلحين', 'أداء', 'بطولة', 'سيناريو', 'كلمات', 'إشراف', 'تقديم', 'توزيع', 'إنتاج', 'غناء', 'تمثيل', 'ترجمة', 'تصوير', 'إعداد', 'رسوم'].map(fold),
);

/** Adjectives that close an office before the body it serves ("التنفيذي", "العام"), folded: a closed class. */
// (Not "خاص": "سكرتيرة خاصة لفلان" serves a person.)
const OFFICE_ADJECTIVES = new Set(['التنفيذي', 'التنفيذيه', 'الرسمي', 'الرسميه', 'العام', 'العامه', 'الاعلامي', 'الاقليمي', 'الفني', 'المالي', 'الاداري', 'المكلف', 'المساعد', 'بالنيابه']);

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

/** Spokesmen, folded: "المتحدث باسم ...", "الناطقة باسم ...". */
const SPOKESPERSONS = new Set(['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'والمتحدث', 'والمتحدثة', 'والناطق', 'والناطقة'].map(fold));

/** Whether the definite word at `i` is the body a spokesman speaks for ("المتحدث باسم | الكرملين"), an indefinite word after it. */
function isBodySpokenFor(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return i >= 2 && tokens[i].folded.startsWith('ال') && tokens[i - 1].folded === 'باسم' && SPOKESPERSONS.has(tokens[i - 2].folded) && next?.isWord === true && !next.folded.startsWith('ال');
}

/** A one-letter initial standing for a family name: a letter other than "و" followed by a period. */
function isInitialAt(tokens: readonly Token[], i: number): boolean {
  const letter = tokens[i];
  return letter !== undefined && letter.isWord && /^[\u0621-\u064a]$/.test(letter.folded) && letter.folded !== 'و' && tokens[i + 1]?.text === '.' && tokens[i - 1]?.isWord === true && !/[0-9٠-٩]/.test(tokens[i - 1].folded);
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
