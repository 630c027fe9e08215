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

/**
 * The list item that starts at token `from` (a "و" glued to its first word allowed): whether it
 * ends in a nationality adjective within MAX_ITEM_WORDS words, and whether it opens with "ال".
 */
function itemAt(tokens: readonly Token[], from: number): { definite: boolean } | null {
  for (let i = from; i < tokens.length && i - from <= MAX_ITEM_WORDS; i++) {
    const token = tokens[i];
    if (!token.isWord) return null;
    if (i > from && isNationality(token)) return { definite: /^و?ال/.test(tokens[from].folded) };
  }
  return null;
}

/** The item that ends right before token `end` (a nationality adjective there), read backwards. */
function itemEndingAt(tokens: readonly Token[], end: number): { definite: boolean } | null {
  if (!isNationality(tokens[end - 1])) return null;
  let start = end - 1;
  while (start - 1 >= 0 && end - start <= MAX_ITEM_WORDS && tokens[start - 1].isWord && !isNationality(tokens[start - 1]) && !/^و/.test(tokens[start].folded)) start--;
  if (start === end - 1) return null;
  return { definite: /^و?ال/.test(tokens[start].folded) };
}

/** The neighbouring list items of a name whose own item ends at token `end` (exclusive). */
function neighbourItems(tokens: readonly Token[], start: number, end: number): Array<{ definite: boolean }> {
  const items: Array<{ definite: boolean }> = [];
  // After: a separator then an item, or an item whose first word carries the list's "و".
  const after = isSeparator(tokens[end]) ? itemAt(tokens, end + 1) : tokens[end]?.folded.startsWith('و') ? itemAt(tokens, end) : null;
  if (after !== null) items.push(after);
  // Before: an item ending right before a separator, or right before a name that carries "و".
  const before = isSeparator(tokens[start - 1]) ? itemEndingAt(tokens, start - 1) : tokens[start]?.folded.startsWith('و') ? itemEndingAt(tokens, start) : null;
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
  const ownEnd = isNationality(tokens[end - 1]) && end - start >= 2 ? end : isNationality(tokens[end]) ? end + 1 : isNisbaForm(tokens[end - 1]) && end - start >= 2 ? end : -1;
  if (ownEnd < 0) return false;
  const known = isNationality(tokens[ownEnd - 1]);
  const neighbours = neighbourItems(tokens, start, ownEnd);
  // "الأورغواياني", no adjective any list knows: only between two items that end in one.
  if (!known && neighbours.length < 2) return false;
  if (neighbours.length === 0) return false;
  const opensWithGivenName = isListedGivenName(first.folded.replace(/^و/, ''));
  return !opensWithGivenName || neighbours.some((item) => item.definite);
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
