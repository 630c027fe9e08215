/**
 * Finds the office phrase around a person's name, as the article words it: before the name
 * ("وزير الخارجية السعودي عادل الجبير") or after it, usually set off by a comma
 * ("إسكندر مؤمني، وزير الداخلية الإيراني،"). Also derives the office's country.
 */
import type { Token } from './tokenize.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedNameLikeTitles, foldedNameQualifiers, foldedRoleStops } from './lexicon.js';
import { isRareWord } from './tagger.js';
import { hasTrait, OFFICE_TITLE, PLACE } from './word-traits.js';

export interface RoleMatch {
  /** Token indices [start, end) of the office phrase. */
  start: number;
  end: number;
  /** True when a bare title ("الوزير") stands right before the name. */
  titleOnly: boolean;
}

const MAX_ROLE_TOKENS = 12;
const MAX_ROLE_AFTER = 9;

/** An office word, also with a clitic attached ("ووزير", "بوزير", "لمفوضة"). */
export function isOfficeWord(token: Token): boolean {
  return hasTrait(token.folded, OFFICE_TITLE);
}

/**
 * "الباجي قائد السبسي": a title that is also a given name, between two words rare in news text, is
 * part of a name, not an office.
 */
export function isOfficeInName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before?.isWord || !after?.isWord || !foldedNameLikeTitles.has(tokens[i].folded)) return false;
  const gaz = gazetteer();
  const plain = (token: Token): boolean => isRareWord(token.folded) && !gaz.places.has(token.folded) && !gaz.nationalities.has(token.folded);
  return plain(before) && plain(after);
}

/** An office word at i that is not part of a name. */
function isOfficeAt(tokens: readonly Token[], i: number): boolean {
  return isOfficeWord(tokens[i]) && !isOfficeInName(tokens, i);
}

function isHonorific(token: Token): boolean {
  return gazetteer().honorifics.has(token.folded);
}

/** Tokens that end an office phrase: punctuation, particles, verbs of saying, other clause openers. */
function breaksRole(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  // A free-standing "و" joins portfolios: "وزير الصناعة و التجارة".
  if (token.folded === 'و' && tokens[i + 1]?.folded.startsWith('ال')) return false;
  return !token.isWord || foldedRoleStops.has(token.folded);
}

const QUOTES = new Set(['"', '«', '»', '“', '”']);
const COMMAS = new Set(['،', ',']);

/** Office phrase that ends right before token `nameStart` (honorifics in between are skipped). */
export function roleBefore(tokens: readonly Token[], nameStart: number): RoleMatch | null {
  let end = nameStart;
  if (end > 0 && QUOTES.has(tokens[end - 1].text)) end--;
  // Lists of appointments write "وزير العدل: غازي الجريبي"; apposition "وزير الخارجية، خميس الجهيناوي،".
  const separated = end > 0 && (tokens[end - 1].text === ':' || COMMAS.has(tokens[end - 1].text));
  if (separated) end--;
  // A remark in brackets between office and name: "الرئيس الليبي (الراحل) معمر القذافي".
  if (end > 2 && tokens[end - 1].text === ')' && tokens[end - 3].text === '(' && foldedNameQualifiers.has(tokens[end - 2].folded)) end -= 3;
  while (end > 0 && isHonorific(tokens[end - 1]) && !isOfficeWord(tokens[end - 1])) end--;
  if (end > 0 && tokens[end - 1].text === '(') return listRoleBefore(tokens, end - 1);
  let head = -1;
  for (let i = end - 1; i >= 0 && end - i <= MAX_ROLE_TOKENS; i--) {
    if (breaksRole(tokens, i)) break;
    if (isOfficeAt(tokens, i)) head = i;
  }
  if (head < 0) return null;
  // After a comma only a full office phrase counts: "قال الوزير، محمد" is not an apposition.
  if (separated && end - head === 1) return null;
  // A title written with its article right before the name, and nothing else, is a bare title.
  return { start: head, end, titleOnly: end - head === 1 };
}

/** How far back from a bracketed name the head of its list may be. */
const MAX_LIST_TOKENS = 80;

function isPlace(token: Token): boolean {
  return hasTrait(token.folded, PLACE);
}

/**
 * "وزراء خارجية كل من: السعودية (الأمير سعود الفيصل)، والأردن (عبد الحميد شرف)": an office heading a
 * list of countries, each with its office-holder in brackets. `open` is the bracket before the name.
 */
export function listRoleBefore(tokens: readonly Token[], open: number): RoleMatch | null {
  if (open === 0 || !isPlace(tokens[open - 1])) return null;
  for (let colon = open - 2; colon >= 0 && open - colon <= MAX_LIST_TOKENS; colon--) {
    const text = tokens[colon].text;
    if (text === '.' || text === '؟' || text === '!') return null;
    if (text !== ':') continue;
    const listStart = tokens[colon - 2]?.folded === 'كل' && tokens[colon - 1]?.folded === 'من' ? colon - 2 : colon;
    const role = roleBefore(tokens, listStart);
    return role && !role.titleOnly ? role : null;
  }
  return null;
}

/** Office phrase that follows the name ending at token `nameEnd`, after an optional comma. */
export function roleAfter(tokens: readonly Token[], nameEnd: number): RoleMatch | null {
  let start = nameEnd;
  if (tokens[start] && (tokens[start].text === '،' || tokens[start].text === ',' || tokens[start].text === '(')) start++;
  const head = tokens[start];
  if (!head || !isOfficeAt(tokens, start)) return null;
  let end = start + 1;
  while (end < tokens.length && end - start < MAX_ROLE_AFTER && !breaksRole(tokens, end)) end++;
  return { start, end, titleOnly: end - start === 1 };
}

/** The country an office belongs to, from a nationality adjective or a place named in it. */
export function countryOfRole(roleTokens: readonly Token[]): string | null {
  const gaz = gazetteer();
  for (const token of roleTokens) {
    for (const { stem } of procliticReadings(token.folded)) {
      const country = gaz.nationalities.get(stem);
      if (country) return country;
    }
  }
  for (const token of roleTokens) {
    for (const { stem } of procliticReadings(token.folded)) {
      if (gaz.places.has(stem) && stem !== 'المملكه') return token.text.slice(token.text.length - stem.length);
    }
  }
  return null;
}
