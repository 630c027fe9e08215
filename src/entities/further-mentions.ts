/** Mentions of a person the tagger missed: the full name again, or the family name alone, anywhere in the article. */
import { fold } from '../text/normalize.js';
import { procliticReadings, readingInList, stripProclitics } from './clitics.js';
import { hasTrait, NATIONALITY } from './word-traits.js';
import { foldedRoleStops, foldedRoyalTitles, foldedWeakNameParts, isParticle } from './lexicon.js';
import { isNamedAfterHead, isOfficeWord, isOrganizationHead } from './office-words.js';
import { closesTwoWordPlace, officePhraseEnd } from './office-phrase.js';
import { honorificBefore, isHonorificWord } from './honorific-titles.js';
import { namedAfterEnd } from './office-phrase-parts.js';
import { isGroupHeadWord } from './named-thing-heads.js';
import { isRareWord, personShareBucket } from './tagger.js';
import { isTimePhrase } from './spans.js';
import { isSaidSubjectAt } from './sayer-names.js';
import { isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';
import { rememberedPerWordPerRound, type WordRecord } from './word-memo.js';
import type { BlockTokens, Draft, Located } from './extract-types.js';
import { coveredTokens, sortMentions } from './located.js';
import { isTitledWithOneOf, onlyNamedBefore } from './mention-grouping.js';
import { isRelativeGivenNameBefore } from './relative-names.js';

/** "سيدي" (my lord; a saint's title that opens Maghreb towns' names), folded. */
const SAINT = 'سيدي';

/** Whether a word of the article at hand may name one of its persons (addFurtherMentions). */
const indexedWords = rememberedPerWordPerRound();

/**
 * Finds mentions the tagger missed: the full name again, or the family name alone ("الوزير مؤمني",
 * "ومؤمني", "آل عاطف"), anywhere in the article.
 */
export function addFurtherMentions(drafts: Draft[], blocks: BlockTokens[], isKnownName: (stem: string) => boolean): void {
  // Index each draft under the first word of its full name and under its family name.
  const byFirstWord = new Map<string, Draft[]>();
  const byShortForm = new Map<string, Draft[]>();
  // "سعيد بن عبدالله آل معدي ... وأوضح آل معدي": a family name with "آل", under the word after it.
  const byAlFamily = new Map<string, Draft[]>();
  const index = (map: Map<string, Draft[]>, key: string, draft: Draft): void => {
    const list = map.get(key);
    if (list) list.push(draft);
    else map.set(key, [draft]);
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
  indexedWords.nextRound();
  const isIndexed = (word: WordRecord): boolean => procliticReadings(word).some(({ stem }) => byFirstWord.has(stem) || byShortForm.has(stem) || (stem === 'ال' && byAlFamily.size > 0));
  const blocksOfMentions = coveredTokens(drafts.flatMap((draft) => draft.mentions));
  const relatives: Draft[] = [];
  for (const block of blocks) {
    const covered = blocksOfMentions.get(block) ?? new Set<number>();
    for (let i = nextMayName(block.tokens, 0, isIndexed); i >= 0; i = nextMayName(block.tokens, i + 1, isIndexed)) {
      if (covered.has(i)) continue;
      const found = matchAt(block, i, byFirstWord, byShortForm, byAlFamily);
      if (!found || [...Array(found.length).keys()].some((k) => covered.has(i + k))) continue;
      // "في رمضان", "شعبان المقبل": a family name that is also a month of the Hijri calendar, read as a date.
      if (found.length === 1 && isHijriMonthAt(block.tokens, i)) continue;
      // ("كتب محمد صباح" ... "محافظ الجيزة، صباح اليوم": a family name that is also a part of the day, before the day, is the time.)
      if (found.length === 1 && isTimePhrase(block.tokens, i)) continue;
      // ("عبد الملك الحوثي" ... "ميليشيا الحوثي": a family name alone after an armed group's head names the group.)
      if (found.length === 1 && found.length < found.draft.words.length && i > 0 && isGroupHeadWord(block.tokens[i - 1])) continue;
      // ("حسن الأبيض" ... "لولاية النيل الأبيض": the second word of a place the lexicon knows by two is that place's.)
      if (found.length === 1 && closesTwoWordPlace(block.tokens, i)) continue;
      // ("كمال بوزيد" ... "لدى والي سيدي بوزيد": after "سيدي" (a saint's), the word closes a Maghreb
      // town's name the news writes so; of a person it writes "السيد".)
      if (found.length === 1 && i > 0 && procliticReadings(block.tokens[i - 1]).some(({ stem }) => stem === SAINT)) continue;
      // ("فوزي طالب" ... "وطالب المحتجون", "عادل قرار" ... "إن قرار ستاندرد آند بورز": a family name
      // alone that is a bare common word the news almost never takes for a person names him only
      // where something closes it as a name: punctuation, a word that ends a name ("أن", "الذي"), or
      // a verb of saying before it.)
      if (found.length === 1 && found.draft.words.length > 1 && isBareCommonWordNeverAName(found.stem) && !isClosedAsName(block.tokens, i)) continue;
      // ("كريم الأمين" ... "الأمين العام للفيفا فلان": a family name that is also an office word, with
      // the office's complement after it, is that office.)
      if (found.length === 1 && isOfficeWord(block.tokens[i]) && officePhraseEnd(block.tokens, i) > i + 1) continue;
      // ("كريم الفلاحي" ... "لمجموعة القرض الفلاحي": a family name that is a nisba, inside a body's
      // name right after its definite noun, is that noun's adjective.)
      if (found.length === 1 && found.draft.words.length > 1 && isNisbaOfCommonNounAt(block.tokens, i)) continue;
      // ("منير عبدالله السيد" ... "رئيس الاتحاد السيد عادل الصقر": a family name that is also a courtesy
      // title, right before another person's mention, is that one's title.)
      if (found.length === 1 && covered.has(i + 1) && isHonorificWord(block.tokens[i])) continue;
      // "مستشفى الشيخ سالم الأحمد الجابر الصباح": a part of a name inside the name of a place named
      // after someone is that other one's (its words then stay no one's); the whole name there,
      // "مكتبة حمد الجاسر", still names the person, as the article does.
      // So is a one-word name there ("وفهد" in a list of sons, "جامع الملك فهد"): a given name alone
      // says nothing of whom the place is named after.
      if ((found.length < found.draft.words.length || found.draft.words.length === 1) && isInNamedAfterName(block.tokens, i)) {
        i += found.length - 1;
        continue;
      }
      // ("مصطفى آيت عمر" ... "الوالي آيت عمر": the word before the family name is the name's own word
      // before it, as "آيت" is; the two name him.)
      const words = found.draft.words;
      const ownWordBefore = found.length === 1 && words.length > 2 && !covered.has(i - 1) && block.tokens[i - 1]?.isWord === true && block.tokens[i - 1].folded === words[words.length - 2];
      // "ابنته ربح الشرايطي": a relative of the same family, named by a given name before it (relative-names.ts).
      if (!ownWordBefore && found.length === 1 && found.draft.words.length > 1 && !covered.has(i - 1) && isRelativeGivenNameBefore(block.tokens, i)) {
        relatives.push({ kind: 'person', words: [block.tokens[i - 1].folded, found.stem], mentions: [{ block, span: { kind: 'person', start: i - 1, end: i + 1, skip: 0 } }] });
        covered.add(i - 1);
        covered.add(i);
        continue;
      }
      const start = ownWordBefore ? i - 1 : i;
      const skip = ownWordBefore ? 0 : stripProclitics(block.tokens[i], (candidate) => candidate === found.stem || isKnownName(candidate)).offset;
      found.draft.mentions.push({ block, span: { kind: 'person', start, end: i + found.length, skip } });
      for (let k = start; k < i + found.length; k++) covered.add(k);
      i += found.length - 1;
    }
  }
  drafts.push(...relatives);
  for (const draft of drafts) draft.mentions = joinAdjacentMentions(sortMentions(draft.mentions));
}

/**
 * The first word from `from` on that may name a person of the article (`isIndexed`, asked once per
 * word), or -1. The scan over every word of the article is this small function's loop, not a loop
 * of addFurtherMentions: V8 ran that large function's loop unoptimized, then compiled it on the
 * stack twice (1.6% of the instructions of scripts/count-extraction-instructions.sh).
 */
function nextMayName(tokens: readonly Token[], from: number, isIndexed: (word: WordRecord) => boolean): number {
  for (let i = from; i < tokens.length; i++) if (tokens[i].isWord && indexedWords.ask(tokens[i], isIndexed)) return i;
  return -1;
}

/**
 * "وأشار ياسر المسحل" with "ياسر" tagged and "المسحل" found as the family name: two mentions of one
 * person side by side (no clitic on the second) are one mention of his name.
 */
function joinAdjacentMentions(mentions: Located[]): Located[] {
  const joined: Located[] = [];
  for (const mention of mentions) {
    const last = joined[joined.length - 1];
    const adjacent = last !== undefined && last.block === mention.block && last.span.end === mention.span.start && mention.span.skip === 0;
    // ("وأكد قوادري قوادري": one word written twice is two mentions of the name, no longer name; doubled-family-names.ts.)
    if (adjacent && !isSameWordTwice(last, mention)) joined[joined.length - 1] = { block: last.block, span: { ...last.span, end: mention.span.end } };
    else joined.push(mention);
  }
  return joined;
}

/** Whether two adjacent one-word mentions write the same word. */
function isSameWordTwice(first: Located, second: Located): boolean {
  const tokens = first.block.tokens;
  return first.span.end - first.span.start === 1 && second.span.end - second.span.start === 1 && tokens[first.span.start].folded === tokens[second.span.start].folded;
}

/** A common word without the article that the news almost never takes for a person (folded). */
function isBareCommonWordNeverAName(word: string): boolean {
  return !word.startsWith('ال') && isCommonWord(word) && personShareBucket(word) === 0;
}

/** Whether the one word at i stands as a name does: before punctuation or a word that ends a name, or after a verb of saying. */
function isClosedAsName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next === undefined || !next.isWord || foldedRoleStops.has(next.folded) || isSaidSubjectAt(tokens, i, isHonorificWord);
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
  const readings = procliticReadings(block.tokens[i]);
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

/** Adverbs of place and time (a closed class) that are also family names ("حازم أمام"), folded. */
const ADVERB_NAMES = new Set(['أمام', 'خلف', 'وراء', 'فوق', 'تحت', 'قرب', 'وسط', 'جانب', 'عقب', 'إثر', 'أثناء', 'حين', 'حول', 'عبر', 'نحو'].map(fold));

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

/** The Gulf's ruling houses ("آل سعود", "آل ثاني"), folded: "آل X" alone is the house, not one member. */
const RULING_HOUSES = new Set(['سعود', 'ثاني', 'نهيان', 'خليفة', 'الصباح', 'صباح', 'مكتوم', 'سعيد', 'القاسمي', 'الشرقي', 'النعيمي', 'المعلا', 'الرشيد'].map(fold));

/**
 * Titles of a ruling house's members, folded. Not "الشيخ" alone: it is as much a scholar's or an
 * elder's ("الشيخ الدكتور عبداللطيف آل الشيخ"); the Gulf's ruling sheikhs' houses are in RULING_HOUSES
 * and their members are "سمو الشيخ".
 */
const ROYAL_FAMILY_TITLES = new Set(['الأمير', 'الأميرة', 'الملك', 'الملكة', 'سمو', 'السمو', 'الملكي', 'جلالة'].map(fold));

/**
 * Where "آل X" alone names the person: after punctuation, a verb, a title or office ("وأضاف آل
 * عاطف", "الدكتور آل عاطف"), not inside another name ("الشيخ عيد آل ثاني") nor after a word for
 * the family itself ("عائلة آل الشيخ"), nor in quote marks.
 */
function opensAlFamilyMention(tokens: readonly Token[], i: number): boolean {
  if (isSaidSubjectAt(tokens, i, isHonorificWord)) return true;
  const before = tokens[i - 1];
  if (before === undefined || !before.isWord) return before === undefined || !/["«“]/.test(before.text);
  if (readsAsFamilyNoun(before)) return false;
  return !isListedNameWord(before.folded) && !isRareWord(before.folded) && !foldedRoyalTitles.has(before.folded);
}

/** Words for a family, house or tribe, folded: "آل X" after them is the family. */
const FAMILY_NOUNS = new Set(['عائلة', 'العائلة', 'أسرة', 'الأسرة', 'قبيلة', 'القبيلة', 'أبناء', 'أحفاد', 'بيت', 'حكم', 'أمراء', 'أفراد'].map(fold));
const readsAsFamilyNoun = readingInList(FAMILY_NOUNS);

/** Months of the Hijri calendar that are also family names, folded: a closed class. */
const HIJRI_MONTHS = new Set(['محرم', 'صفر', 'ربيع', 'رجب', 'شعبان', 'رمضان', 'شوال']);
const readsAsHijriMonth = readingInList(HIJRI_MONTHS);

/** Words that put a month in a date ("في رمضان", "شهر شعبان", "رمضان المبارك"), folded: a closed class. */
const BEFORE_MONTH = new Set(['في', 'شهر', 'خلال', 'منذ', 'حتي', 'قبل', 'بعد', 'من', 'اواخر', 'اوايل', 'منتصف', 'مطلع', 'نهايه', 'بدايه']);

const AFTER_MONTH = new Set(['المبارك', 'الكريم', 'المعظم', 'المقبل', 'الماضي', 'الحالي', 'الفضيل', 'الاول', 'الثاني', 'الاخر']);

/** Whether the word at i is a Hijri month in a date, not a family name ("في رمضان", "٥ شعبان ١٤٤٥"). */
export function isHijriMonthAt(tokens: readonly Token[], i: number): boolean {
  if (!readsAsHijriMonth(tokens[i])) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const isNumber = (token: Token | undefined): boolean => token !== undefined && /^[0-9٠-٩]+$/.test(token.text);
  // "برمضان": "ب" on the month is "in" it.
  if (/^و?ب/.test(tokens[i].folded) && !HIJRI_MONTHS.has(tokens[i].folded)) return true;
  return (before !== undefined && (BEFORE_MONTH.has(before.folded) || isNumber(before))) || (after !== undefined && (AFTER_MONTH.has(after.folded) || isNumber(after)));
}

/** Named-after heads that also read as someone's own thing or as a verb, folded: a closed class. */
const OWNED_THING_HEADS = new Set(['بطوله', 'برنامج', 'مشروع', 'مبادره', 'صندوق', 'وقف', 'مجلس', 'منحه', 'هييه', 'جمعيه', 'ملتقي', 'مهرجان', 'كرسي', 'مركز', 'موسسه', 'دوره', 'قصر', 'مجمع']);
const readsAsOwnedThingHead = readingInList(OWNED_THING_HEADS);

/**
 * A nisba with the article at i ("الفلاحي") right after the definite noun of a body's name: the body's
 * head ("البنك") or the noun a head in the construct state governs ("لمجموعة القرض").
 */
function isNisbaOfCommonNounAt(tokens: readonly Token[], i: number): boolean {
  const [head, noun, nisba] = [tokens[i - 2], tokens[i - 1], tokens[i]];
  if (noun?.isWord !== true || !/^(?:ال|لل)../.test(noun.folded) || !/^ال..+ي$/.test(nisba.folded)) return false;
  if (personShareBucket(noun.folded) !== 0 || isOfficeWord(noun) || isHonorificWord(noun) || isListedNameWord(noun.folded)) return false;
  return isOrganizationHead(noun) || (head?.isWord === true && !/^(?:ال|لل)/.test(head.folded) && isOrganizationHead(head));
}

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
  if (before?.isWord && !before.folded.startsWith('ال') && isNamedAfterHead(before) && !readsAsOwnedThingHead(before)) return true;
  const title = honorificBefore(tokens, i);
  return title !== null && namedAfterEnd(tokens, title.start) > title.start;
}
