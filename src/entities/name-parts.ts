/** Closed classes of name parts (kunya heads, lineage links, European particles) and the lone given name. */
import { procliticReadings } from './clitics.js';
import { isListedGivenName } from './given-names.js';
import { foldedRanks } from './lexicon.js';
import type { Token } from './tokenize.js';
import { isComma } from './located.js';
import { isSeenInRunningText } from './tagger.js';

/** Words that open a man's name whatever the lists say: "عبد" and the kunya head "أبو", folded. */
export const MANS_NAME_OPENERS: ReadonlySet<string> = new Set(['عبد', 'ابو']);

/** Whether a word opens a man's name: one of those, or a given name on the lists ("محمد", "جون"). */
export function opensMansName(token: Token): boolean {
  return token.isWord && (MANS_NAME_OPENERS.has(token.folded) || isListedGivenName(token.folded));
}

/** "أبو", "أبي", "أبا": "father of" as subject, genitive and object, the heads of a man's kunya, folded. */
export const FATHER_KUNYA_HEADS: ReadonlySet<string> = new Set(['ابو', 'ابي', 'ابا']);

/** "أبو", "أبي", "أبا", "أم": the word after them is the name of a kunya ("علي بن أبي طالب"), folded. */
export const KUNYA_WORDS = new Set([...FATHER_KUNYA_HEADS, 'ام']);

/** "أبو" and the Levantine "بو" written apart, which open a family name ("أبو صعب", "بو صعب"), folded. */
export const ABU_FAMILY_HEADS: ReadonlySet<string> = new Set(['ابو', 'بو']);

/** "أبو", "أم" (folded): the head of a kunya, "father/mother of ...". */
export const KUNYA_HEADS = new Set(['ابو', 'ام']);

/** Links of a lineage chain after which the father's name comes ("بن", "بنت"). */
export const LINEAGE_LINKS_AFTER_NAME = new Set(['بن', 'ابن', 'بنت']);

/** "لامين" (Lamine), a West African given name ("مامادو لامين نيانغ"), folded: no "ل" + "أمين" (to the secretary). */
export const LAMINE = 'لامين';

/** The Hassaniya (Mauritanian) links, "ولد" and "منت" (son, daughter of): "محمد ولد عبد العزيز", "فاطمة منت عبد المالك". */
export const HASSANIYA_LINKS: ReadonlySet<string> = new Set(['ولد', 'منت']);

/** "أيت"/"آيت" (the Amazigh "sons of"), folded: "محمد أيت الطالب", the family after the given name. */
export const AMAZIGH_LINK = 'ايت';

/** "ود" (the Sudanese "son of"), folded: "عثمان محمد ود الزين". */
export const SUDANESE_LINK = 'ود';

/**
 * The links of a Maghreb (or Sudanese) name after which the father's or the family's name comes
 * whatever it reads as: the Hassaniya ones, the Amazigh one and the Sudanese one.
 */
export const MAGHREB_LINKS: ReadonlySet<string> = new Set([...HASSANIYA_LINKS, AMAZIGH_LINK, SUDANESE_LINK]);

/** "منت" (daughter of), folded: unlike "ولد" (also "boy", "was born"), no common word. */
export const DAUGHTER_LINK = 'منت';

/** "أمينة", "أميرة" (folded): feminine titles that are also women's given names (see NAME_LIKE_TITLES). */
export const FEMININE_NAME_LIKE_TITLES: ReadonlySet<string> = new Set(['امينه', 'اميره']);

/** "بنت", "ابنة", "منت" (daughter of), folded. */
export const DAUGHTER_LINKS: ReadonlySet<string> = new Set(['بنت', 'ابنه', DAUGHTER_LINK]);

/**
 * "الغالية منت أحمد فال": a definite word at `i` right before "منت" and a word is a woman's given
 * name, however else it reads ("الغالية": the dear one).
 */
export function opensDaughterName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.isWord !== true || !token.folded.startsWith('ال') || tokens[i + 2]?.isWord !== true) return false;
  // ("وعينت السيدة الغالية بنت الشيخ محمد الأمين": so before "بنت" right after a woman's courtesy title.)
  return tokens[i + 1]?.folded === DAUGHTER_LINK || (tokens[i + 1]?.folded === 'بنت' && WOMENS_COURTESY_TITLES.has(tokens[i - 1]?.folded ?? ''));
}

/** "السيدة", "الدكتورة", "المهندسة", "الأستاذة" (folded): a woman's courtesy titles. */
const WOMENS_COURTESY_TITLES = new Set(['السيده', 'الدكتوره', 'المهندسه', 'الاستاذه']);

/** Whether "الشيخ" at i stands before the Hassaniya "ولد"/"منت" and a word: a Mauritanian given name there, no title ("الشيخ ولد باب أحمد"). */
export function isSheikhBeforeHassaniyaLink(tokens: readonly Token[], i: number): boolean {
  return tokens[i].folded === 'الشيخ' && HASSANIYA_LINKS.has(tokens[i + 1]?.folded ?? '') && tokens[i + 2]?.isWord === true;
}

/**
 * "العقيد الطالب ولد أمين": right after a military rank, a definite word before "ولد" and a word is
 * the officer's given name, however else it reads ("الطالب": the student); "ولد" there is no verb,
 * a rank names a man. (Or in an apposition, isSonNameInApposition.)
 */
export function opensRankedSonName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.isWord !== true || !token.folded.startsWith('ال') || foldedRanks.has(token.folded) || i === 0 || tokens[i + 1]?.folded !== 'ولد' || tokens[i + 2]?.isWord !== true) return false;
  // ("السيد الخليل ولد سيدي أحمد": so after "Mr", which names a man too.)
  return foldedRanks.has(tokens[i - 1].folded) || MISTER_TITLES.has(tokens[i - 1].folded) || isSonNameInApposition(tokens, i);
}

/** "السيد", "السيدة" (Mr, Mrs), folded; not courtesy-titles.ts's styles of rank ("معالي", "سعادة"). */
export const MISTER_TITLES: ReadonlySet<string> = new Set(['السيد', 'السيده']);

/**
 * "سيدي", "مولاي" (folded): a saint's title that opens Maghreb names, of towns ("سيدي بنور", "مولاي
 * يعقوب") and of people, the first half of a compound given name ("سيدي محمد", "ولد سيدي عبد الله").
 */
export const SAINT_TITLES: ReadonlySet<string> = new Set(['سيدي', 'مولاي']);

/** The most words after "ولد" of a name commas set off. */
const MAX_APPOSED_FATHER_WORDS = 4;

/**
 * ("رئيس سلطة منطقة نواذيبو الحرة، الداه ولد أحمد طالب،": so after a comma, where a comma closes the
 * name a few words after "ولد": an apposition, and "ولد" (was born) would open a clause, no name.)
 */
function isSonNameInApposition(tokens: readonly Token[], i: number): boolean {
  if (!isComma(tokens[i - 1])) return false;
  for (let k = i + 3; k <= i + 2 + MAX_APPOSED_FATHER_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined) return false;
    if (!token.isWord) return isComma(token);
  }
  return false;
}

/** All links after which the father's name comes: those and the Hassaniya ones. */
export const FATHER_LINKS: ReadonlySet<string> = new Set([...LINEAGE_LINKS_AFTER_NAME, ...HASSANIYA_LINKS]);

/**
 * "أولاد" (sons of), folded: the head of a Maghreb family name, the ancestor's name after it ("ليلى
 * أولاد أحمد"); a name never ends on it, whatever the word after it also reads as ("علي": "on").
 */
export const TRIBAL_NAME_HEADS: ReadonlySet<string> = new Set(['اولاد']);

/**
 * Words that need the name after them (folded): a lineage link ("بن", "ولد"), a kunya head ("أبو"),
 * "عبد", "أولاد". A name never ends on one: "شوقي بن" is "شوقي بن سعادة" cut after its link.
 */
const LINKS_NEEDING_A_NAME = new Set([...FATHER_LINKS, ...KUNYA_HEADS, 'عبد', ...TRIBAL_NAME_HEADS]);

/** Whether the folded name words end on a word that needs the name after it ("شوقي بن"). */
export function endsOnLink(words: readonly string[]): boolean {
  return words.length > 0 && LINKS_NEEDING_A_NAME.has(words[words.length - 1]);
}

/** Words that join a lineage chain: the father's links and "آل". */
export const LINEAGE_CHAIN_LINKS = new Set([...FATHER_LINKS, 'ال']);

/** Honorifics that are also family names when they follow a given name ("سمير الحاج", "عبد المنعم السيد"), folded. */
export const FAMILY_HONORIFICS = new Set(['الحاج', 'الشيخ', 'السيد']);

/** Verb endings and attached pronouns ("توزعوا", "أمته"), folded: no word of a name ends so. */
export const NOT_NAME_ENDING = /(?:وا|ها|هم|هما|هن|كم|نا|ته)$/;

/**
 * Whether a word ends as a verb or a noun with a pronoun does (NOT_NAME_ENDING). Folding writes the
 * feminine "ة" as "ه", so "قتيتة" would read as "ته" (his); a word written with "ة" carries no pronoun.
 */
export function hasNotNameEnding(token: Pick<Token, 'folded' | 'text'>): boolean {
  // ("دانا", "لينا", "دينا": "نا" after two letters or fewer ends a woman's name; "our" follows a
  // noun or verb of three letters or more, "بلادنا", "قررنا".)
  if (token.folded.endsWith('نا') && token.folded.length <= 4) return false;
  // ("ماري كلير دوبوا": a foreign name in "وا" that running text has neither with nor without it is
  // no verb in the plural, "كتبوا"; the derived forms opening with "ا" or "ت" ("استصلحوا") are.)
  // ("هيوا عزيز برزنجي": a stem of two letters is no verb's, though running text writes it, "هي".)
  if (token.folded.endsWith('وا') && !/^[ات]/.test(token.folded) && !isSeenInRunningText(token.folded) && (token.folded.length <= 4 || !isSeenInRunningText(token.folded.slice(0, -2)))) return false;
  return NOT_NAME_ENDING.test(token.folded) && !(token.folded.endsWith('ته') && /ة[\u064b-\u0652]*$/.test(token.text));
}

/** Particles of European family names (folded): "دو", "دي", "فان" ("de", "di", "van"). */
export const FOREIGN_NAME_PARTICLES = new Set(['دو', 'دي', 'دا', 'دل', 'ديل', 'فان', 'فون', 'دير', 'ده']);

/** What may follow one before the family name: "دو لا", "فان دير", "فان دن". */
export const SECOND_FOREIGN_PARTICLES = new Set(['لا', 'لو', 'دير', 'دن']);

/** A given name (any list knows it as one), with or without a conjunction or preposition on it. */
export function isLoneGivenName(folded: string): boolean {
  return procliticReadings(folded).some(({ stem }) => isListedGivenName(stem));
}

/** The tokens [start, end) are two given names, none definite: a given name and the father's ("فهد سعد"). */
export function isGivenAndFathersName(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start === 2 && tokens.slice(start, end).every((token) => isLoneGivenName(token.folded) && !token.folded.startsWith('ال'));
}
