/**
 * "تركيبة المكتب : فلان : رئيس المؤتمر علان : نائب رئيس فلتان : ناطق رسمي": a list of entries
 * "name : office" written without commas. The office after a name's colon is his; the office right
 * before a name, after the previous entry's colon, is the previous name's. (A colon right after a
 * name otherwise opens what he said: "فلان: الحكومة فشلت".) So in appointment lists whose line
 * breaks were lost: "تعيين كل من : فلان : مديرا عاما للموارد المائية علانة : مكلفة بمأمورية بديوان
 * الوزير فلتان : مديرا جهويا للفلاحة بباجة".
 */
import type { Token } from './tokenize.js';
import { isOfficeAt } from './office-start.js';
import { isAccusativeOffice, isGivenNameWord, isOfficeWord } from './office-words.js';
import { officePhraseEnd } from './office-phrase.js';
import { type IsNameToken, nameStartBefore, noNames } from './role-types.js';
import { isDash } from './role-before.js';

/** How many words the next entry's name may have. */
const MAX_NAME_WORDS = 4;

/** How many words an entry's office may have before the next entry's name ("رئيسا مديرا عاما للشركة الجهوية للنقل بقابس"). */
const MAX_ENTRY_OFFICE = 10;

/** Whether the colon at `colon`, right after the name ending there, opens that name's office in such a list. */
export function isColonListEntryAt(tokens: readonly Token[], colon: number, isName: IsNameToken): boolean {
  const head = colon + 1;
  if (!isEntryMark(tokens, colon) || !tokens[head]?.isWord || !isOfficeAt(tokens, head)) return false;
  const end = entryOfficeEnd(tokens, head, isName);
  // The next entry: its name (a few words) right after the office, then its colon.
  let k = end;
  while (k < tokens.length && k - end < MAX_NAME_WORDS && tokens[k].isWord && (isName(k) || !isOfficeAt(tokens, k))) k++;
  if (k > end && tokens[k] !== undefined && isDash(tokens[k]) === isDash(tokens[colon]) && isEntryMark(tokens, k)) return true;
  if (end < tokens.length && tokens[end].isWord) return false;
  // The last entry: the office ends the sentence, and an entry comes before this name.
  // ("مارين لوبان : زعيمة حزب الجبهة الوطنية": or the entry is a line of its own, a list's item;
  // a headline "name : quote" says more than an office.)
  const nameStart = nameStartBefore(colon, isName);
  return isPreviousEntryOffice(tokens, nameStart, isName) || (nameStart === 0 && isLineEnd(tokens, end));
}

/**
 * The mark between an entry's name and its office: a colon, or a dash before an office in the
 * accusative ("تعيين كل من : فلان - مديرا عاما للديوانة علان - مديرة للشؤون القانونية"; a feminine
 * office shows no accusative in writing); a dash before anything else sets off too much (a date, a
 * headline's source) to open an entry.
 */
function isEntryMark(tokens: readonly Token[], mark: number): boolean {
  const token = tokens[mark];
  if (token?.text === ':') return true;
  const head = tokens[mark + 1];
  return isDash(token) && head !== undefined && (isAccusativeOffice(head) || (/ه$/.test(head.folded) && isOfficeAt(tokens, mark + 1)));
}

/** Where the office of an entry opening at `head` ends: at the next entry's name ("نائب رئيس | علان :"), no genitive of it. */
export function entryOfficeEnd(tokens: readonly Token[], head: number, isName: IsNameToken): number {
  const end = officePhraseEnd(tokens, head, isName);
  for (let k = head + 1; k < end; k++) if (isName(k)) return k;
  // ("نائب رئيس | فاروق العياري :": a phrase that runs on to the next colon took the next entry's
  // name, unknown as one, for a genitive: it ends at its first given name.)
  if (tokens[end]?.text === ':') for (let k = head + 1; k < end; k++) if (isGivenNameWord(tokens[k]) && !isOfficeWord(tokens[k])) return k;
  return end;
}

/**
 * "مارين لوبان : زعيمة حزب الجبهة الوطنية": a line that is one entry "name : office" of a list, the
 * office running to the line's end. `colon` follows the name, which opens the line.
 */
export function isLineEntryOffice(tokens: readonly Token[], colon: number): boolean {
  const head = colon + 1;
  return tokens[colon]?.text === ':' && tokens[head]?.isWord === true && isOfficeAt(tokens, head) && isLineEnd(tokens, officePhraseEnd(tokens, head, noNames));
}

/** Whether only closing punctuation follows `end` on the line. */
function isLineEnd(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < tokens.length; k++) if (!/^[.،,؛;]$/.test(tokens[k].text)) return false;
  return true;
}

/** Whether the words right before the name starting at `nameStart` are an office after the previous entry's name and colon. */
export function isPreviousEntryOffice(tokens: readonly Token[], nameStart: number, isName: IsNameToken): boolean {
  for (let c = nameStart - 2; c >= 1 && nameStart - c <= MAX_ENTRY_OFFICE + 1; c--) {
    if (!tokens[c + 1].isWord) return false;
    if (isEntryMark(tokens, c)) return isName(c - 1) || isUntaggedTwoWordName(tokens, c);
  }
  return false;
}

/**
 * "سمير ميلاد : مديرا عاما للطيران المدني علان :": the previous entry's name, before its colon, may
 * be one the tagger missed (a family name that is also a common word); a given name and one more
 * word, no office, right before the colon still make it a name.
 */
function isUntaggedTwoWordName(tokens: readonly Token[], colon: number): boolean {
  const family = tokens[colon - 1];
  const given = tokens[colon - 2];
  return colon >= 2 && family.isWord && given.isWord && isGivenNameWord(given) && !isOfficeWord(given) && !isOfficeWord(family);
}

/**
 * "- الأمين العام: فلان - عضو مكلف بالملفات السياسية: علان": in a list of entries "- office : name",
 * the office after a dash that ends at a colon or comma right before a name is that name's, not the
 * previous entry's. `dash` is the dash, `end` where the office phrase after it ends.
 */
export function isDashEntryOfficeOfNext(tokens: readonly Token[], dash: number, end: number, isName: IsNameToken): boolean {
  const mark = tokens[end]?.text;
  return isDash(tokens[dash]) && (mark === ':' || mark === '،' || mark === ',') && isName(end + 1);
}
