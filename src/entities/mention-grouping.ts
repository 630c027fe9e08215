/** Person mentions grouped into drafts, one per person: by name key, spelling variants and partial names. */
import { latinGlossEnd } from './latin-glosses.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedLeadingNameParts, foldedRoyalTitles, foldedWeakNameParts, withoutArticle } from './lexicon.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { nameKey } from './name-key.js';
import { mergeAliasDrafts } from './alias-mentions.js';
import { honorificBefore, isHonorificWord } from './honorific-titles.js';
import { roleBefore } from './role-before.js';
import { roleAfter } from './role-after.js';
import { isOftenANameInNews, personShareBucket } from './tagger.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import type { Draft, Located, NameTokens } from './extract-types.js';
import { coveredTokens, foldedWords, isBefore, isNameIn, sortMentions } from './located.js';
import { followsBin, isOneLetterApart, isOwnWord, isPartialName } from './name-matching.js';
import { isImperfectVerb } from './imperfect-verbs.js';
import { isOfficeWord } from './office-words.js';
import { ACTING_VERBS, sayerOwner } from './shared-family-names.js';
import type { Token } from './tokenize.js';

/**
 * Groups person spans by name key; a shorter name that is part of exactly one longer name joins it
 * (a one-word name anywhere in it, a longer one as its start or its first and last words).
 */
export function groupPeople(found: Located[]): Draft[] {
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
  // within its length, in the same order, and only pairs equal but for one word, so a long
  // article's names are not all compared.)
  const exactByLength = new Map<number, Array<Draft & { key: string[] }>>();
  for (const draft of byKey.values()) {
    if (draft.key.length < 2) continue;
    const sameLength = exactByLength.get(draft.key.length);
    if (sameLength) sameLength.push(draft);
    else exactByLength.set(draft.key.length, [draft]);
  }
  for (const exact of exactByLength.values()) {
    // Two keys one word apart are equal once that word is left out: only such pairs are tested.
    const byOthers = new Map<string, number[]>();
    exact.forEach((draft, d) => {
      for (let j = 0; j < draft.key.length; j++) {
        const others = [...draft.key.slice(0, j), ...draft.key.slice(j + 1)].join(' ');
        const list = byOthers.get(others);
        if (list) list.push(d);
        else byOthers.set(others, [d]);
      }
    });
    for (let a = 0; a < exact.length; a++) {
      const after = new Set<number>();
      for (let j = 0; j < exact[a].key.length; j++) for (const b of byOthers.get([...exact[a].key.slice(0, j), ...exact[a].key.slice(j + 1)].join(' ')) ?? []) if (b > a) after.add(b);
      for (const b of [...after].sort((x, y) => x - y)) {
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
  const index = new OwnerIndex(drafts.map((draft) => draft.key));
  for (const short of drafts) {
    while (longer < drafts.length && drafts[longer].key.length > short.key.length) longer++;
    const owners = ownersOf(short, drafts, longer, index);
    // "وزير الاقتصاد عادل" and "وزير الإعلام عادل شاهين": two offices, two people; an office never
    // moves to someone else.
    if (owners.length === 1 && short.key.length === 1 && (holdsOtherOffice(short, owners[0], names) || isTitledFatherName(short, owners[0], names))) continue;
    if (owners.length === 1 && isOtherlyTitledFather(short, owners[0], names)) continue;
    if (owners.length === 1 && isOtherLineageHolder(short, owners[0], names)) continue;
    if (owners.length === 1) {
      owners[0].mentions.push(...short.mentions);
      short.mentions = [];
    } else if (owners.length > 1) joinNearestOwners(short, ownersOf(short, drafts, longer, index, Infinity), names);
  }
  const grouped = drafts.filter((d) => d.mentions.length > 0).map(({ kind, words, mentions }) => ({ kind, words: words.length >= 1 ? longestWords(words, mentions) : words, mentions }));
  // (After the names are chosen: an alias joins the person's mentions, his name stays the name.)
  mergeAliasDrafts(grouped);
  return grouped.filter((d) => d.mentions.length > 0).map((draft) => ({ ...draft, mentions: sortMentions(draft.mentions) }));
}

/**
 * Which names may own a short name, by index in their order: every test of ownership
 * (isOwnWord, isPartialName) needs the short name's first word among the owner's words, or, for a
 * one-word name, the owner's last word one letter apart from it. Looking only at those drafts, not
 * at every longer one for every short one, keeps grouping the names of a long article from growing
 * with the square of their number; the tests themselves still decide.
 */
class OwnerIndex {
  /** Names by each word of their key, in their order. */
  private readonly byWord = new Map<string, number[]>();
  /** Names of two words or more by their last word and its one-letter deletions (one letter apart shares one). */
  private readonly byLastWordVariant = new Map<string, number[]>();

  /** Every name: an empty key is part of every name. */
  private readonly all: readonly number[];

  constructor(keys: ReadonlyArray<readonly string[]>) {
    this.all = keys.map((_, k) => k);
    keys.forEach((key, k) => {
      for (const word of new Set(key)) OwnerIndex.add(this.byWord, word, k);
      const last = key[key.length - 1];
      if (key.length > 1 && last.length >= ONE_LETTER_APART_LENGTH) for (const variant of deletionVariants(last)) OwnerIndex.add(this.byLastWordVariant, variant, k);
    });
  }

  /** Indices of the names that may own a name of these words, in increasing order. */
  candidates(key: readonly string[]): readonly number[] {
    if (key.length === 0) return this.all;
    const holding = this.byWord.get(key[0]) ?? [];
    if (key.length > 1 || key[0].length < ONE_LETTER_APART_LENGTH) return holding;
    const found = new Set(holding);
    for (const variant of deletionVariants(key[0])) for (const k of this.byLastWordVariant.get(variant) ?? []) found.add(k);
    return found.size === holding.length ? holding : [...found].sort((a, b) => a - b);
  }

  private static add(map: Map<string, number[]>, word: string, k: number): void {
    const list = map.get(word);
    if (list) list.push(k);
    else map.set(word, [k]);
  }
}

/** The shortest word isOwnWord finds one letter apart from a family name. */
const ONE_LETTER_APART_LENGTH = 5;

/** A word and the words it leaves with one letter deleted: two words one letter apart share one. */
function deletionVariants(word: string): Set<string> {
  const variants = new Set([word]);
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return variants;
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
  // (Only the names that may own the tail are tested, not every name of the article for every span.)
  let index: OwnerIndex | undefined;
  return people.map((located, n) => {
    const key = keys[n];
    if (key.length < 2 || key.length > 3) return located;
    if (key.length === 2 && isFamilyNameThenNoun(located, key, familyNames, longNameWords)) return { block: located.block, span: { ...located.span, end: located.span.end - 1 } };
    const first = located.block.tokens[located.span.start];
    const verb = procliticReadings(first).some(({ stem }) => verbs.has(stem) || ACTING_VERBS.has(stem));
    // (A plain word only before the name of someone else, named with another first word.)
    // ("رئيس الوزراء الدكتور كامل إدريس" beside "الطبيب عثمان إدريس": right after an honorific it is a given name.)
    const before = located.block.tokens[located.span.start - 1];
    const plain = !verb && key.length === 2 && located.span.skip === 0 && !foldedWeakNameParts.has(foldedWords(located)[1]) && isPlainWordBeforeName(first) && !(before?.isWord && isHonorificWord(before));
    if (!verb && !plain) return located;
    const tail = key.slice(1);
    index ??= new OwnerIndex(keys);
    const named = index.candidates(tail).some((m) => {
      const other = keys[m];
      return m !== n && other.length > tail.length && (!plain || other[0] !== key[0]) && (tail.length === 1 ? isOwnWord(tail[0], other) : isPartialName(tail, other));
    });
    return named ? { block: located.block, span: { ...located.span, start: located.span.start + 1, skip: 0 } } : located;
  });
}

/**
 * "وشغل فيون منصب ...", "أحد قصور بن علي", "يلوم بن سدرين": a verb or noun before the family name
 * of someone the article names in full: a word no name list knows that the news (almost) never
 * takes for a person, or an imperfect verb.
 */
function isPlainWordBeforeName(token: Token): boolean {
  const word = token.folded;
  if (isListedNameWord(word) || foldedLeadingNameParts.has(word)) return false;
  return (personShareBucket(word) === 0 && isOrdinaryWord(word, false, token.text)) || isImperfectVerb(token);
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
 * The drafts among the first `longer` (those with longer keys) whose name `short` is part of; only
 * whether there is exactly one matters, so the search stops at the second.
 */
function ownersOf(short: Draft & { key: string[] }, drafts: ReadonlyArray<Draft & { key: string[] }>, longer: number, index: OwnerIndex, most = 2): Array<Draft & { key: string[] }> {
  const owners: Array<Draft & { key: string[] }> = [];
  for (const k of index.candidates(short.key)) {
    if (k >= longer || owners.length >= most) break;
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
    // ("وقال الغنوشي" after two are named: the one the verb of saying agrees with; shared-family-names.ts.)
    const owner = givenName ? (titled ? latestNamedBefore(fitting, mention) : null) : (definiteWordOwner(fitting, mention) ?? onlyNamedBefore(fitting, mention) ?? officeOwner(fitting, mention, names) ?? sayerOwner(fitting, mention) ?? familyNameOwner(short.key, fitting, mention));
    if (owner) joins.push([owner, mention]);
    else kept.push(mention);
  }
  // Joined only once all are placed, so that a joined mention is no one's antecedent.
  for (const [owner, mention] of joins) owner.mentions.push(mention);
  short.mentions = kept;
}

/**
 * "خالد عبد الغفار، ... وزير الصحة ... حسام عبد الغفار، المتحدث باسم الوزارة ... واطلع الوزير عبد
 * الغفار": a name said right after an office word is the one's, of those named before it, whose own
 * office (before or after his name) has that word.
 */
function officeOwner(owners: ReadonlyArray<Draft & { key: string[] }>, here: Located, names: NameTokens): Draft | null {
  const title = here.block.tokens[here.span.start - 1];
  if (title?.isWord !== true || !isOfficeWord(title)) return null;
  const head = withoutArticle(title.folded);
  const holders = owners.filter((owner) => owner.mentions.some((mention) => isBefore(mention, here) && officeWordsOf(mention, names).includes(head)));
  return holders.length === 1 ? holders[0] : null;
}

/** The words of the offices before and after a mention, without the article. */
function officeWordsOf({ block, span }: Located, names: NameTokens): string[] {
  const isName = isNameIn(names, block);
  return [roleBefore(block.tokens, span.start, isName), roleAfter(block.tokens, span.end, isName)].flatMap((role) => (role === null ? [] : block.tokens.slice(role.start, role.end).map((token) => withoutArticle(token.folded))));
}

/**
 * "حمد بن راشد ... دحلان جمعان الحمد ... وأشار الحمد": a one-word mention written with the article
 * is the one whose name has the word so written (a given name would be written bare), when only
 * one of the names named before it does.
 */
function definiteWordOwner(owners: ReadonlyArray<Draft & { key: string[] }>, here: Located): Draft | null {
  const written = foldedWords(here);
  if (written.length !== 1 || !written[0].startsWith('ال')) return null;
  const bearers = owners.filter((owner) => owner.mentions.some((mention) => isBefore(mention, here) && foldedWords(mention).includes(written[0])));
  return bearers.length === 1 ? bearers[0] : null;
}

/**
 * "إبراهيم مراد ... مراد آيت عمارة ... وكان السيد مراد قد دعا": a word said alone that is the family
 * name (last word) of one person named before it and only the given name (first word) of the others
 * is his: news calls people back by family name. Not after a royal or tribal title ("الأمير سعود",
 * "الشيخ محمد"), which takes the given name.
 */
function familyNameOwner(key: readonly string[], owners: ReadonlyArray<Draft & { key: string[] }>, here: Located): Draft | null {
  if (key.length !== 1) return null;
  const word = key[0];
  const family = owners.filter((owner) => owner.key.length >= 2 && owner.key[owner.key.length - 1] === word && owner.key.indexOf(word) === owner.key.length - 1);
  if (family.length !== 1 || !owners.every((owner) => owner === family[0] || owner.key.lastIndexOf(word) === 0)) return null;
  if (!family[0].mentions.some((mention) => isBefore(mention, here))) return null;
  if (isMentionTitledWithOneOf(here, foldedRoyalTitles)) return null;
  return family[0];
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
export function onlyNamedBefore(drafts: readonly Draft[], here: Located): Draft | null {
  let only: Draft | null = null;
  for (const draft of drafts) {
    if (!draft.mentions.some((mention) => isBefore(mention, here))) continue;
    if (only !== null) return null;
    only = draft;
  }
  return only;
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
      // ("رئيسة لهيئة حقوق الإنسان" beside "رئيسة هيئة حقوق الإنسان": a feminine one shows no
      // accusative ending; its "ل" over the body, taken off each word, tells it from no other.)
      if (role && !role.titleOnly && !/ا$/.test(block.tokens[role.start].folded)) offices.add(block.tokens.slice(role.start, role.end).map((t) => t.folded.replace(/^و(?=ال)/, '').replace(/^لل(?=..)/, 'ال').replace(/^ل(?=[^ل]..)/, '')).join(' '));
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
 * "المشير خليفة حفتر" and "الفريق أول صدام خليفة حفتر": a given name, his father's and the family name
 * written in full after the son's; the father's given name and the family name alone, titled or
 * given an office other than any of the full name's, are the father. (Where the titles and offices
 * agree, "محمد جواد ظريف" and "جواد ظريف", the short form is the same man's.)
 */
function isOtherlyTitledFather(short: Draft & { key: string[] }, owner: Draft & { key: string[] }, names: NameTokens): boolean {
  const length = owner.key.length;
  if (short.key.length !== 2 || length < 3 || short.key[0] !== owner.key[length - 2] || short.key[1] !== owner.key[length - 1]) return false;
  const before = owner.key[length - 3];
  if (before === 'ال' || before === 'بن' || before === 'بنت' || foldedLeadingNameParts.has(before) || !isListedGivenName(short.key[0]) || !isListedGivenName(owner.key[0])) return false;
  const shortTitles = titlesOf(short);
  const ownerTitles = titlesOf(owner);
  if (shortTitles.size > 0 && ownerTitles.size > 0 && ![...shortTitles].some((title) => ownerTitles.has(title))) return true;
  return holdOnlyOtherOffices(short, owner, names);
}

/**
 * "سلطان بن محمد القاسمي، عضو المجلس الأعلى حاكم الشارقة" and "سلطان بن محمد بن سلطان القاسمي ولي
 * العهد": a lineage name a longer chain holds is mostly its short form ("محمد بن سلمان آل سعود"), but
 * ruling houses give a son his grandfather's name, and both then read alike. Each written with an
 * office, neither office within the other, they are two men.
 */
function isOtherLineageHolder(short: Draft & { key: string[] }, owner: Draft & { key: string[] }, names: NameTokens): boolean {
  const links = (key: readonly string[]): number => key.filter((word) => word === 'بن' || word === 'بنت').length;
  if (short.key.length < 3 || links(short.key) === 0 || links(owner.key) <= links(short.key)) return false;
  const own = officesNextTo(short, names);
  const others = officesNextTo(owner, names);
  return own.size > 0 && others.size > 0 && [...own].every((office) => [...others].every((other) => !office.includes(other) && !other.includes(office) && !pointsBackTo(office, other) && !pointsBackTo(other, office)));
}

/**
 * ("نائب أمير المنطقة" and "نائب أمير منطقة القصيم": the short office's last word, definite, points
 * back to the body or region the long one names; the same office.)
 */
function pointsBackTo(short: string, long: string): boolean {
  const shortWords = short.split(' ');
  const longWords = long.split(' ');
  const last = shortWords.length - 1;
  if (last < 1 || longWords.length <= shortWords.length || !shortWords[last].startsWith('ال')) return false;
  return shortWords.every((word, k) => (k < last ? word === longWords[k] : word.slice(2) === longWords[k]));
}

/** The honorifics written with a draft's mentions, folded. */
function titlesOf(draft: Draft): Set<string> {
  const titles = new Set<string>();
  for (const { block, span } of draft.mentions) {
    const found = honorificBefore(block.tokens, span.start);
    if (found) titles.add(block.tokens.slice(found.start, found.end).map((t) => t.folded).join(' '));
  }
  return titles;
}

/**
 * Whether a lone given name (the first word of the full name, "عادل" of "عادل شاهين") and the full
 * name both have offices next to them, and none of them is the same. A lone family name ("ماكين",
 * "ترامب") is the usual short form of the full name whatever office the sentence gives it.
 */
function holdsOtherOffice(short: Draft & { key: string[] }, owner: Draft & { key: string[] }, names: NameTokens): boolean {
  const gaz = gazetteer();
  const word = short.key[0];
  if (owner.key[0] !== word || owner.key.indexOf(word, 1) > 0 || gaz.familyNames.has(word) || !isListedGivenName(word)) return false;
  // "الملك سلمان", "الأمير نايف": royals are called by title and given name, whatever the office.
  if (isTitledWithOneOf(short, foldedRoyalTitles)) return false;
  return holdOnlyOtherOffices(short, owner, names);
}

/** Whether both drafts have offices next to them and none of the first's is one of the second's. */
function holdOnlyOtherOffices(draft: Draft, other: Draft, names: NameTokens): boolean {
  const own = officesNextTo(draft, names);
  if (own.size === 0) return false;
  const others = officesNextTo(other, names);
  return others.size > 0 && ![...own].some((office) => others.has(office));
}

/** Whether a mention of the person has, in the honorific written with it, one of `titles` (folded). */
export function isTitledWithOneOf(draft: Draft, titles: ReadonlySet<string>): boolean {
  return draft.mentions.some((mention) => isMentionTitledWithOneOf(mention, titles));
}

/** Whether the honorific written with this mention has one of `titles` (folded). */
function isMentionTitledWithOneOf({ block, span }: Located, titles: ReadonlySet<string>): boolean {
  const honorific = honorificBefore(block.tokens, span.start);
  return honorific !== null && block.tokens.slice(honorific.start, honorific.end).some((token) => titles.has(token.folded));
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

/**
 * "الناشطة أنجا رينجرن (Anja Ringgren Loven)": the Latin spelling in brackets right after a
 * person's name is another mention of that person.
 */
export function addLatinGlosses(drafts: Draft[]): void {
  const glossed: Located[] = [];
  for (const draft of drafts) {
    const glosses: Located[] = [];
    for (const { block, span } of draft.mentions) {
      const tokens = block.tokens;
      const glossEnd = latinGlossEnd(tokens, span.end);
      if (glossEnd > 0) glosses.push({ block, span: { kind: 'person', start: span.end + 1, end: glossEnd - 1, skip: 0 } });
    }
    if (glosses.length === 0) continue;
    draft.mentions = sortMentions([...draft.mentions, ...glosses]);
    glossed.push(...glosses);
  }
  // (A gloss the tagger took for a person of its own, whole or in part ("Johannes van" of "Johannes
  // van der Merwe"), is now a mention of the name it spells.)
  if (glossed.length === 0) return;
  const inGloss = ({ block, span }: Located): boolean => glossed.some((gloss) => gloss.block === block && gloss.span.start <= span.start && span.end <= gloss.span.end);
  const kept = drafts.filter((draft) => !draft.mentions.every(inGloss));
  drafts.splice(0, drafts.length, ...kept);
}
