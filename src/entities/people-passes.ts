/** Passes over all the person spans of an article at once: what one name of the article says of another span. */
import { fold } from '../text/normalize.js';
import { procliticReadings, writtenOffset } from './clitics.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { hasTrait, NATIONALITY, PERSON_TITLE } from './word-traits.js';
import { gazetteer } from './gazetteer.js';
import { foldedKinshipWords, foldedLeadingNameParts, isParticle } from './lexicon.js';
import { nameKey } from './name-key.js';
import { honorificBefore, isHonorificWord } from './honorific-titles.js';
import { roleBefore } from './role-before.js';
import { isListedWithConjunction, isTitleWord, type Span } from './spans.js';
import { isOftenANameInNews, isRarelyANameInNews, personShareBucket } from './tagger.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { type Token, tokenReadAs } from './tokenize.js';
import type { BlockTokens, Located } from './extract-types.js';
import { foldedWords, isComma } from './located.js';
import { followsBin, isPartialName } from './name-matching.js';
import { familyNamesOfArticle } from './article-family-names.js';
import { OPENING_QUOTES } from './quote-marks.js';
import { endsOnLink, KUNYA_HEADS } from './name-parts.js';
import { lastListEntryAfter } from './last-list-entries.js';
import { PREPOSITION_WITH_PRONOUN } from './foreign-name-run.js';
import { isGlossedWordForWord } from './latin-glosses.js';

/**
 * "أنصار الباجي", "إقصاء الأسد": a common noun before the first word of a name the article gives
 * elsewhere ("الباجي قايد السبسي") governs that name; it is no part of it.
 */
export function dropNounsBeforeNames(people: Located[]): void {
  // "فاضل عبد الكافي": before "عبد", "أبو", "بن" the word is a given name whatever it means.
  const firstWords = new Set<string>();
  for (const located of people) if (located.span.end - located.span.start >= 2) firstWords.add(foldedWords(located)[0]);
  // ("عقد بن شريفية" beside "معز بن شريفية": a family name on "بن" the article gives after another
  // given name; the common noun before it there governs it, it is no given name.)
  const binFamilyGivenNames = new Map<string, Set<string>>();
  for (const located of people) {
    const words = foldedWords(located);
    if (words.length === 3 && words[1] === 'بن') binFamilyGivenNames.set(words[2], new Set([...(binFamilyGivenNames.get(words[2]) ?? []), words[0]]));
  }
  // (Only an indefinite noun: "الحسن بن علي و الحسين بن علي" are brothers, each by his definite given name.)
  const isBinFamilyNameOfOther = (words: readonly string[]): boolean =>
    words.length === 3 && words[1] === 'بن' && !words[0].startsWith('ال') && !gazetteer().firstNames.has(words[0]) && [...(binFamilyGivenNames.get(words[2]) ?? [])].some((given) => given !== words[0]);
  for (const located of people) {
    const { block, span } = located;
    if (span.end - span.start < 2) continue;
    const first = span.skip > 0 ? fold(block.tokens[span.start].text.slice(span.skip)) : block.tokens[span.start].folded;
    const next = block.tokens[span.start + 1].folded;
    if (!isCommonWord(first) || isListedNameWord(first)) continue;
    // ("رئيس الوزراء الدكتور كامل الطيب إدريس" beside "الطيب الأمين أحمد": right after an honorific the word opens the name.)
    const before = block.tokens[span.start - 1];
    if (span.skip === 0 && before?.isWord === true && isHonorificWord(before)) continue;
    // ("محافظ مصرف ليبيا المركزي ناجي محمد عيسى" beside "محمد المنفي": so right after a whole office phrase.)
    if (span.skip === 0 && roleBefore(block.tokens, span.start) !== null) continue;
    if (!(isBinFamilyNameOfOther(foldedWords(located)) || (firstWords.has(next) && next !== first && !foldedLeadingNameParts.has(next)))) continue;
    span.start++;
    span.skip = 0;
  }
}

/**
 * "الرسام الكاريكاتوري المصري "جورج بيجوري"": definite words ending in a nationality, none of them
 * in a name list, right before another name (a quote mark may stand between) describe that person.
 */
export function dropDescriptionsBeforeNames(people: Located[]): void {
  const starts = new Set(people.map(({ block, span }) => `${block.block}:${span.start}`));
  const descriptive = new Set<string>();
  for (let k = people.length - 1; k >= 0; k--) {
    const { block, span } = people[k];
    const words = block.tokens.slice(span.start, span.end);
    // The nationality ("المصري") may also be a family name: what decides is the name right after it.
    const before = words.slice(0, -1);
    if (span.skip > 0 || before.length === 0 || words.some((t) => !t.folded.startsWith('ال')) || before.some((t) => isListedNameWord(t.folded))) continue;
    if (!hasTrait(words[words.length - 1], NATIONALITY)) continue;
    const next = OPENING_QUOTES.has(block.tokens[span.end]?.text ?? '') ? span.end + 1 : span.end;
    if (!starts.has(`${block.block}:${next}`)) continue;
    people.splice(k, 1);
    for (const word of before) descriptive.add(word.folded);
  }
  // The article used those words to describe someone: elsewhere alone ("الرسام الكاريكاتوري على")
  // they are no name either.
  for (let k = people.length - 1; k >= 0; k--) if (foldedWords(people[k]).every((word) => descriptive.has(word))) people.splice(k, 1);
}

/**
 * "وكيف تعاملت مع ليوناردو الجديد", "غادر يلتسين الكرملين": a common word, place or body that no name
 * list knows, after a word (no given name) that the article also names someone by alone, is the
 * next phrase, not the family name.
 */
export function dropCommonWordsAfterNames(people: Located[]): void {
  const gaz = gazetteer();
  const alone = new Set<string>();
  // A given name alone may be short for the full name; its family name may well be a common word ("سعود الفيصل").
  for (const located of people) {
    const [word] = foldedWords(located);
    if (located.span.end - located.span.start === 1 && !isListedGivenName(word)) alone.add(word);
  }
  // ("انس جابر تتأهل" beside "وتلتقي انس": a word that is also common, "جابر", but that the news
  // mostly takes for a person is the family name the lists lack.)
  const isCommonTail = (word: string): boolean =>
    (isCommonWord(word) || isRarelyANameInNews(word) || gaz.places.has(word) || gaz.organizations.has(word)) && !isListedNameWord(word) && !isOftenANameInNews(word, true);
  // "أكد فلان السلطاني، ابن عم الضحية، ..." beside "وأضاف فلان": before a comma and a kinship noun in
  // apposition the name is whole, so its last word, an adjective too but one the news often takes for
  // a person ("السلطاني"), is the family name.
  const closesBeforeKinship = (tokens: readonly Token[], end: number): boolean => {
    const next = tokens[end + 1];
    return isComma(tokens[end]) && next?.isWord === true && (foldedKinshipWords.has(next.folded) || next.folded === 'ابن' || next.folded === 'بنت') && isOftenANameInNews(tokens[end - 1].folded);
  };
  for (const { block, span } of people) {
    // ("جهاد أبو العسل" beside a lone "أبو": the word after "أبو" or "أم" is the kunya's own.)
    while (span.end - span.start >= 2 && alone.has(block.tokens[span.end - 2].folded) && !KUNYA_HEADS.has(block.tokens[span.end - 2].folded) && isCommonTail(block.tokens[span.end - 1].folded) && !closesBeforeKinship(block.tokens, span.end)) span.end--;
    // ("حمدي المدب وأناب عنه": "و" + a verb run on after a whole name, before the preposition with a
    // pronoun that the verb governs; no name word is followed by one.)
    const last = block.tokens[span.end - 1];
    if (span.end - span.start >= 3 && last.folded.startsWith('و') && !isListedNameWord(last.folded) && PREPOSITION_WITH_PRONOUN.test(block.tokens[span.end]?.folded ?? '')) span.end--;
  }
}

/**
 * "وأوضح بن حسين ضيف برنامج ..." after "الطاهر بن حسين", "واشاد الحفيان" after "فيصل الحفيان": an
 * ordinary word (a noun, a verb) run onto a name the article gives elsewhere is no part of it. The
 * span keeps the part that names someone of the article: a whole name, its start, its last words or
 * its patronymic.
 */
export function trimWordsAroundKnownNames(people: Located[]): void {
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
    !isListedNameWord(folded) && !foldedLeadingNameParts.has(folded) && isOrdinaryWord(folded, false, written);
  // ("وأحمد العماري وفريدة العبيدي" beside "ومحرزية العبيدي": right after another name, "و" + a
  // feminine noun opens the next entry of a list of people, however rarely the news takes the word
  // for a name; a verb there ("لفلان وعوضت علان") goes on the sentence.)
  const ends = new Set(people.map(({ block, span }) => `${block.block}:${span.end}`));
  const isListEntry = ({ block, span }: Located): boolean => block.tokens[span.start].folded.endsWith('ه') && ends.has(`${block.block}:${span.start}`);
  people.forEach((located, i) => {
    const { block, span } = located;
    const key = keys[i];
    if (key.length < 2 || span.end - span.start !== key.length) return;
    const last = block.tokens[span.end - 1];
    // At the end the name left has two words at least: "سعود" alone names "سعود الفيصل" too.
    // ("شوقي بن سعادة": never cut after a lineage link, whatever the family name reads as; "سعادة": excellency.)
    if (key.length >= 3 && isRunOn(last.folded, last.text) && !closesAnotherFamily(key, last.folded) && !endsOnLink(key.slice(0, -1)) && isNamed(key.slice(0, -1), key.join(' '))) {
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
    const unknownWord = !isListedNameWord(stem) && personShareBucket(stem) <= 0 && personShareBucket(first.folded) <= 0;
    if (conjoined && unknownWord && !isIntroducedByTitle(block.tokens, span.start) && !isListEntry(located) && !isGlossedWordForWord(block.tokens, span.start, span.end) && ((key.length >= 3 && distinct.has(key.slice(1).join(' '))) || isNamed(key.slice(1), key.join(' ')))) {
      span.start++;
      span.skip = 0;
      return;
    }
    if (span.skip === 0 && /^[وف]/.test(first.folded) && isCommonWord(first.folded.slice(1)) && isRunOn(first.folded, first.text) && !isListEntry(located) && isNamed(key.slice(1), key.join(' '))) {
      span.start++;
      span.skip = 0;
      return;
    }
    // '"نسيتو شكري بلعيد ..."' beside "شكري بلعيد": the first word of a quote, a word no list knows
    // as a name and the news never uses as one, before a full name the article gives alone, is what
    // the quote says of him (a verb, often in the dialect).
    const quoted = span.skip === 0 && OPENING_QUOTES.has(block.tokens[span.start - 1]?.text ?? '');
    const plainUnknown = !isListedNameWord(first.folded) && personShareBucket(first.folded) <= 0;
    if (quoted && plainUnknown && key.length >= 3 && distinct.has(key.slice(1).join(' '))) span.start++;
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
 * "نبيل بالعم ... وقال بالعم": a word the article writes whole inside a longer name, after its first
 * word (a family name with "بال"), keeps its first letters where it stands alone too; "ب" + "العم"
 * would name no one of the article.
 */
export function keepFamilyNamesWhole(people: Located[]): void {
  const inner = new Set<string>();
  for (const { block, span } of people) for (let i = span.start + 1; i < span.end; i++) inner.add(block.tokens[i].folded);
  for (const { block, span } of people) if (span.skip > 0 && span.end - span.start === 1 && inner.has(block.tokens[span.start].folded)) span.skip = 0;
}

/**
 * "المدرب التونسي لسعد معمر" ... "يقيل لسعد معمر": a given name in "ل" the article writes whole
 * where a name stands bare (spans.ts: isLamGivenNameAfterBareSlot) keeps its "ل" after a verb too.
 */
export function keepLamGivenNamesWhole(people: Located[]): void {
  const whole = new Set<string>();
  for (const { block, span } of people) if (span.skip === 0 && block.tokens[span.start].folded.startsWith('ل')) whole.add(block.tokens[span.start].folded);
  if (whole.size === 0) return;
  for (const { block, span } of people) if (span.skip > 0 && whole.has(block.tokens[span.start].folded)) span.skip = 0;
}

/** How many words an entry of a list of names may have. */
const MAX_LISTED_NAME_WORDS = 4;

/**
 * "فتحي النصري، وعيد الحجيلي، ومناهل العساف": in a list of names set off by "، و", an entry between
 * two names is a name too, even where its given name is a common word or a verb ("عيد", "يزيد"):
 * when it opens with "و", its first word has no article, and none of its words is a particle, a
 * title, an office or a verb of saying, nor (after the first) an ordinary word that no name list knows.
 */
export function namesListedBetweenNames(people: readonly Located[]): Located[] {
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
        isParticle(t) || isTitleWord(t) || hasTrait(t, PERSON_TITLE | NATIONALITY) || procliticReadings(t).some(({ stem: s }) => gaz.personVerbs.has(s) || isTitleWord(tokenReadAs(t, s))) || (k > 0 && !isListedNameWord(t.folded) && isOrdinaryWord(t.folded, false, t.text));
      if (words.some(bad)) continue;
      found.push({ block, span: { kind: 'person', start, end, skip: spaced ? 0 : writtenOffset(tokens[start].text, 1) } });
    }
    // ("فلان , علان و مهذب الشواشي من نشاطهم": the list's last entry after "و"; last-list-entries.ts.)
    const starts = new Set(sorted.map((span) => span.start));
    for (let k = 0; k + 1 < sorted.length; k++) {
      const entry = lastListEntryAfter(tokens, sorted[k], sorted[k + 1]);
      if (entry && !starts.has(entry.start) && !starts.has(entry.start + 1)) found.push({ block, span: entry });
    }
  }
  return found;
}

/** "فوزي عبد الرحمان وسميرة الشواشي": a name right after another one carries the conjunction. */
export function markListConjunctions(people: readonly Located[]): void {
  const nameEnds = new Set(people.map(({ block, span }) => `${block.block}:${span.end}`));
  for (const { block, span } of people) {
    if (span.skip === 0 && isListedWithConjunction(block.tokens, span.start, nameEnds.has(`${block.block}:${span.start}`))) span.skip = writtenOffset(block.tokens[span.start].text, 1);
  }
}
