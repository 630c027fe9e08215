/**
 * "جينت البلجيكي - توتنهام الإنقليزي", "والفيصلي الأردني، ونصر حسين داي الجزائري، والمريخ السوداني":
 * sports news names a club by its name and the nationality adjective
 * after it. A person's nationality comes before the name ("البلجيكي فلان"); after a name, a
 * nationality adjective is a family nisba ("صلاح الدين المصري") or a kunya's ("أبو عياض التونسي").
 * So a name with a nationality adjective after it is a club where the article lists it beside other
 * "name + nationality" items (fixtures, tables, entrants). (After a club noun, "فريق X الإيطالي",
 * the tagger already reads an organization.) A list of persons with nisbas needs given names: a list item that
 * opens with a known given name is held to be a person unless the list's other items read as clubs
 * (open with "ال", as Arabic club names do: "الترجي الرياضي التونسي").
 */
import { gazetteer } from './gazetteer.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';

/** Tokens that separate the items of a list of clubs ("-" of fixtures and tables, commas, "و"). */
const ITEM_SEPARATOR = /^(?:[-–—ـ،,.]|و)$/;
/** How many words a list item may have before its nationality adjective. */
const MAX_ITEM_WORDS = 4;
/** First words of kunyas and lineages: "أبو عائشة التونسي" is a person whatever surrounds it. */
const NAME_OPENERS = new Set(['ابو', 'ابي', 'ام', 'بن', 'ابن', 'بنت']);

/** A definite masculine singular nationality adjective ("الإيطالي", a list's "و" allowed). */
function isNationality(token: Token | undefined): boolean {
  if (token?.isWord !== true) return false;
  const word = token.folded.startsWith('وال') ? token.folded.slice(1) : token.folded;
  return word.startsWith('ال') && word.endsWith('ي') && gazetteer().nationalities.has(word);
}

/** "الأورغواياني": a definite word in the form of a nisba, known or not. */
function isNisbaForm(token: Token | undefined): boolean {
  return token?.isWord === true && /^و?ال.{3,}ي$/.test(token.folded);
}

function isSeparator(token: Token | undefined): boolean {
  return token !== undefined && ITEM_SEPARATOR.test(token.text);
}

/** The dashes set between the two teams of a fixture ("زاناكو الزامبي - فلان الرواندي"). */
const FIXTURE_DASH = /^[-–—]$/;

/**
 * "الروندي", "الأنجولي", "السيراليوني": a nisba no common word spells, which sports lists give a
 * foreign club in spellings the nationality list lacks ("الوطني", "الرياضي" are common words).
 */
function isRareNisba(token: Token | undefined): boolean {
  return isNisbaForm(token) && token !== undefined && !isCommonWord(token.folded.replace(/^و/, ''));
}

/**
 * A neighbouring item of a list: whether it opens with "ال", whether it stands across a fixture's
 * dash, and whether it opens with a given name.
 */
interface ListItem {
  definite: boolean;
  acrossDash: boolean;
  givenName: boolean;
  /** Where the item opens and ends (exclusive). */
  from: number;
  to: number;
  /** Whether it ends in a rare nisba that is no spelling of a known nationality. */
  rare: boolean;
}

function listItem(tokens: readonly Token[], from: number, to: number, acrossDash: boolean): ListItem {
  const first = tokens[from].folded.replace(/^و/, '');
  const last = tokens[to - 1];
  const rare = !isNationality(last) && !isOtherSpellingOfNationality(last.folded.replace(/^و/, ''));
  return { definite: /^و?ال/.test(tokens[from].folded), acrossDash, givenName: isListedGivenName(first), from, to, rare };
}

/**
 * Whether the item that opens at `from` and ends at token `last` ends in a club's nationality: a
 * known one, or ("وليبولو الأنجولي") a rare nisba after a foreign first word, one that neither a
 * name list nor the common words know (a man's family nisba follows his given name: "وعلي
 * الجزيري", "كريم العمري").
 */
function endsInNationality(tokens: readonly Token[], from: number, last: number, acrossDash: boolean): boolean {
  if (isNationality(tokens[last])) return true;
  // (In a list joined by "و" or commas only another spelling of a known nationality ("الأنجولي" for
  // "الأنغولي"), not any rare nisba: "وفلان الحدادي وعلان الوسلاتي" are players.)
  const nisba = tokens[last];
  const spelled = acrossDash ? isRareNisba(nisba) : isRareNisba(nisba) && isOtherSpellingOfNationality(nisba.folded.replace(/^و/, ''));
  return spelled && isForeignWord(tokens[from].folded.replace(/^و/, ''));
}

/**
 * The skeleton of a nisba as foreign names vary in Arabic script: without the article, the final
 * "ي" and the long vowels, the letters written for "g" (ج غ ق ك) as one ("الزمبي" and "الزامبي",
 * "الأنجولي" and "الأنغولي", "الروندي" and "الرواندي" share theirs).
 */
function nisbaSkeleton(folded: string): string {
  return folded.replace(/^ال/, '').replace(/ي$/, '').replace(/[اوي]/g, '').replace(/[جغقك]/g, 'g');
}

let nationalitySkeletons: Set<string> | undefined;

/** Whether a nisba (folded, no "و") is another spelling of a known nationality adjective. */
function isOtherSpellingOfNationality(folded: string): boolean {
  nationalitySkeletons ??= new Set([...gazetteer().nationalities.keys()].filter((word) => word.startsWith('ال') && word.endsWith('ي')).map(nisbaSkeleton));
  const skeleton = nisbaSkeleton(folded);
  return skeleton.length >= 2 && nationalitySkeletons.has(skeleton);
}

const isForeignWord = (folded: string): boolean => !isListedNameWord(folded) && !isCommonWord(folded);

/**
 * The list item that starts at token `from` (a "و" glued to its first word allowed): whether it
 * ends in a nationality adjective within MAX_ITEM_WORDS words, and whether it opens with "ال".
 */
function itemAt(tokens: readonly Token[], from: number, acrossDash: boolean): ListItem | null {
  for (let i = from; i < tokens.length && i - from <= MAX_ITEM_WORDS; i++) {
    const token = tokens[i];
    if (!token.isWord) return null;
    if (i > from && isNationality(token)) return listItem(tokens, from, i + 1, acrossDash);
    // (A rare nisba closes the item only where the item goes on no further: punctuation, or the
    // next item's "و".)
    const next = tokens[i + 1];
    if (i > from && endsInNationality(tokens, from, i, acrossDash) && (!next?.isWord || next.folded.startsWith('و'))) return listItem(tokens, from, i + 1, acrossDash);
  }
  return null;
}

/** The item that ends right before token `end` (a nationality adjective there), read backwards. */
function itemEndingAt(tokens: readonly Token[], end: number, acrossDash: boolean): ListItem | null {
  if (!isNationality(tokens[end - 1]) && !isRareNisba(tokens[end - 1])) return null;
  let start = end - 1;
  while (start - 1 >= 0 && end - start <= MAX_ITEM_WORDS && tokens[start - 1].isWord && !isNationality(tokens[start - 1]) && !isNumberWord(tokens[start - 1]) && !/^و/.test(tokens[start].folded)) start--;
  if (start === end - 1 || !endsInNationality(tokens, start, end - 1, acrossDash)) return null;
  return listItem(tokens, start, end, acrossDash);
}

/** "14:00", "2": a number or an hour, which opens an item of a fixture list and is none of its words. */
function isNumberWord(token: Token): boolean {
  return /^[\d:]+$/.test(token.text);
}

/**
 * Whether a name's item at [start, end) and its neighbour across a dash are the two teams of one
 * fixture: no dash opens the pair or goes on after it ("- فلان الفلاني - علان العلاني - ...": a
 * list of persons puts a dash before each of them).
 */
function isFixturePair(tokens: readonly Token[], item: ListItem, start: number, end: number): boolean {
  if (!item.acrossDash) return false;
  const [pairStart, pairEnd] = item.from < start ? [item.from, end] : [start, item.to];
  return !FIXTURE_DASH.test(tokens[pairStart - 1]?.text ?? '') && !FIXTURE_DASH.test(tokens[pairEnd]?.text ?? '');
}

/** The neighbouring list items of a name whose own item ends at token `end` (exclusive). */
function neighbourItems(tokens: readonly Token[], start: number, end: number): ListItem[] {
  const items: ListItem[] = [];
  // After: a separator then an item, or an item whose first word carries the list's "و".
  const dashAfter = FIXTURE_DASH.test(tokens[end]?.text ?? '');
  const after = isSeparator(tokens[end]) ? itemAt(tokens, end + 1, dashAfter) : tokens[end]?.folded.startsWith('و') ? itemAt(tokens, end, false) : null;
  if (after !== null) items.push(after);
  // Before: an item ending right before a separator, or right before a name that carries "و".
  const dashBefore = FIXTURE_DASH.test(tokens[start - 1]?.text ?? '');
  const before = isSeparator(tokens[start - 1]) ? itemEndingAt(tokens, start - 1, dashBefore) : tokens[start]?.folded.startsWith('و') ? itemEndingAt(tokens, start, false) : null;
  if (before !== null) items.push(before);
  return items;
}

/**
 * Whether the name at tokens [start, end) of a block is a club's (see the module comment): the
 * name, or the name and the word after it, ends in a nationality adjective.
 */
export function isClubNameAt(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (first === undefined || NAME_OPENERS.has(first.folded) || end - start < 1) return false;
  const ownEnd = isNationality(tokens[end - 1]) && end - start >= 2 ? end : isNationality(tokens[end]) ? end + 1 : isNisbaForm(tokens[end - 1]) && end - start >= 2 ? end : isNisbaForm(tokens[end]) ? end + 1 : -1;
  if (ownEnd < 0) return false;
  const known = isNationality(tokens[ownEnd - 1]);
  // (An item that ends in a rare nisba stands beside a name only as the other team of its fixture.)
  const neighbours = neighbourItems(tokens, start, ownEnd).filter((item) => !item.rare || isFixturePair(tokens, item, start, ownEnd));
  // "الأورغواياني", no adjective any list knows: only between two items that end in one, or across
  // a fixture's dash from one ("زاناكو الزمبي - فلان علان الروندي": two clubs meet).
  if (!known && neighbours.length < 2 && !(neighbours.some((item) => isFixturePair(tokens, item, start, ownEnd)) && endsInNationality(tokens, start, ownEnd - 1, true))) return false;
  if (neighbours.length === 0) return false;
  const opensWithGivenName = isListedGivenName(first.folded.replace(/^و/, ''));
  return !opensWithGivenName || neighbours.some((item) => item.definite && !item.givenName);
}

/**
 * "فاز على جوفنتس الإيطالي", "يعود لأندرلخت البلجيكي": a name of one word that no name list knows, with
 * a nationality adjective after it, is a club wherever it stands: a person's family nisba follows a
 * given name ("الهادي التونسي", "محمد المصري"), a kunya ("أبو عياض التونسي") or more name words.
 * Folded words of the name.
 */
export function isOneWordClubWithNationality(words: readonly string[]): boolean {
  if (words.length !== 2 || words[0].startsWith('ال') || NAME_OPENERS.has(words[0])) return false;
  const gaz = gazetteer();
  if (isListedNameWord(words[0])) return false;
  return words[1].startsWith('ال') && words[1].endsWith('ي') && (gaz.nationalities.has(words[1]) || HOME_NATION_NISBAS.has(words[1]));
}

/**
 * The nisbas of Britain's home nations, which sports news gives a club ("ساندرلاند الإنجليزي") and the
 * list of countries' nationalities has not, folded, in their usual spellings.
 */
const HOME_NATION_NISBAS = new Set(['الانجليزي', 'الانقليزي', 'الانكليزي', 'الاسكتلندي', 'الاسكوتلندي', 'الويلزي']);

/**
 * "فلان الإنقليزي - علان الفرنسي بلباو أسبانيي - نيقوسيا القبرصي ...": a fixture list run together on
 * one line, each fixture "club nationality - club nationality" right after the one before. A span
 * that opens right after the nationality ending a team across a dash, and ends at a dash with a
 * club and its nationality after it, is the first team of the next fixture, whatever its own words
 * (a nationality misspelled). A person's nationality before his name follows no fixture's dash.
 */
export function isFirstTeamInFixtureRunAt(tokens: readonly Token[], start: number, end: number): boolean {
  // (The misspelled nationality may stand outside the span: "علان إيطالي -".)
  const dash = FIXTURE_DASH.test(tokens[end]?.text ?? '') ? end : tokens[end]?.isWord === true && FIXTURE_DASH.test(tokens[end + 1]?.text ?? '') ? end + 1 : -1;
  if (dash < 0 || !isNationality(tokens[start - 1])) return false;
  const next = itemAt(tokens, dash + 1, true);
  if (next === null || !isNationality(tokens[next.to - 1])) return false;
  for (let k = start - 2; k >= 0 && start - 2 - k < MAX_ITEM_WORDS; k--) {
    if (FIXTURE_DASH.test(tokens[k].text)) return k < start - 2;
    if (!tokens[k].isWord) return false;
  }
  return false;
}
