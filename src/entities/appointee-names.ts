/**
 * "تعيين كل من : كمال ميلاد : مديرا عاما للطيران المدني علان : ...": the first entry of an
 * appointment list stands alone between the list's colon and its own, before an office in the
 * accusative (what he is made). The words there are his name even when the tagger takes one of them
 * for a common word ("ميلاد"), provided a listed given name opens them and the list goes on. The
 * list's colon may end the line before, the first entry opening a line of its own.
 */
import type { Token } from './tokenize.js';
import { isListedGivenName } from './given-names.js';
import { isAccusativeOffice, isOfficeWord } from './office-words.js';
import { isColonListEntryAt } from './colon-list-entries.js';
import { noNames } from './role-types.js';
import type { NameSpan } from './titled-names.js';
import { COLON, COMMA, nextTriggered, triggersIn } from './word-triggers.js';
import { isDash } from './role-before.js';
import { isComma } from './located.js';
import { isOfficeStart } from './office-start.js';
import { isBoundedEntryWord } from './list-entry-names.js';

/** How many words the name between the two colons may have ("محمد الهادي بن صالح"). */
const MAX_NAME_WORDS = 4;

/** Names of 2-4 words between a colon and the colon of a list entry "name : accusative office" that another entry follows. */
export function appointeeNameSpans(tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  // (The block's trigger bits tell where a colon may stand without looking at each token.)
  const triggers = triggersIn(tokens);
  for (let colon = nextTriggered(triggers, COLON, 2); colon >= 0 && colon + 1 < tokens.length; colon = nextTriggered(triggers, COLON, colon + 1)) {
    if (tokens[colon].text !== ':' || !isAccusativeOffice(tokens[colon + 1])) continue;
    let start = colon;
    while (start > 0 && colon - start < MAX_NAME_WORDS && tokens[start - 1].isWord && !isOfficeWord(tokens[start - 1])) start--;
    // ("تعيين كل من :" and, on a line of its own, "سامي ميلاد : مديرا عاما ...": the list's colon may
    // end the line before, so the first entry opens its line.)
    if (colon - start < 2 || (start > 0 && tokens[start - 1].text !== ':') || !isListedGivenName(tokens[start].folded)) continue;
    // (The next entry, "علان : مكلفة ...", must follow: a lone "فلان : مديرا" may be a headline's quote.)
    if (isColonListEntryAt(tokens, colon, noNames) && followsWithEntry(tokens, colon)) spans.push({ start, end: colon });
  }
  return spans;
}

/** Whether another colon follows within the office and the next name (a run of two entries or more). */
function followsWithEntry(tokens: readonly Token[], colon: number): boolean {
  for (let k = colon + 2; k < tokens.length && k - colon <= 16; k++) {
    if (tokens[k].text === ':') return true;
    if (!tokens[k].isWord) return false;
  }
  return false;
}

/**
 * "تعيين فلان واليا على صفاقس، ومنيرة الطرابلسي والية على قفصة": after an entry's post in the
 * accusative, a comma and "و", a listed given name and one to three more words right before the next
 * post (in the accusative, or the feminine governor "والية") are the next appointee's name, whatever
 * the tagger takes them for (a place, here). Returns their spans from the word with "و" (the list's
 * conjunction, which people-passes.ts markListConjunctions then skips).
 */
export function conjoinedAppointeeNameSpans(tokens: readonly Token[]): Array<NameSpan & { bracketed: true }> {
  const spans: Array<NameSpan & { bracketed: true }> = [];
  const triggers = triggersIn(tokens);
  for (let comma = nextTriggered(triggers, COMMA, 2); comma >= 0 && comma + 3 < tokens.length; comma = nextTriggered(triggers, COMMA, comma + 1)) {
    const first = tokens[comma + 1];
    if (!isComma(tokens[comma]) || !first.isWord || !/^و./.test(first.folded) || !isListedGivenName(first.folded.slice(1))) continue;
    let end = comma + 2;
    while (end < tokens.length && end - comma - 1 < MAX_NAME_WORDS && isBoundedEntryWord(tokens[end]) && !isOfficeWord(tokens[end])) end++;
    if (end - comma - 1 < 2 || tokens[end] === undefined || !isGivenPost(tokens[end]) || !postBefore(tokens, comma)) continue;
    spans.push({ start: comma + 1, end, bracketed: true });
  }
  return spans;
}

/** "واليا", "مديرة" written with its tanween, or the feminine governor "والية" (folded "واليه"). */
function isGivenPost(token: Token): boolean {
  return isAccusativeOffice(token) || token.folded === 'واليه';
}

/** Whether the words between the comma at `comma` and the punctuation before it hold a post in the accusative. */
function postBefore(tokens: readonly Token[], comma: number): boolean {
  for (let k = comma - 1; k >= 0 && comma - k <= 8 && tokens[k].isWord; k--) if (isAccusativeOffice(tokens[k])) return true;
  return false;
}

/**
 * "- مراد آيت عمارة، واليا لولاية تيزي وزو،": a decree's list of appointments, an entry a line,
 * each opened by a dash: the name, a comma, and the office the person is made (in the accusative)
 * or holds. The dash and the comma bound the name, so its words need not look like names to the
 * tagger ("ولد", "قادة", "مقدم" are common words too): they are the name's bounds, as a bracket's
 * are. A listed given name must open it, and its words are a list entry's (list-entry-names.ts), no office.
 */
export function dashedAppointeeNameSpans(tokens: readonly Token[]): Array<NameSpan & { bracketed: true }> {
  if (tokens.length < 5 || !isDash(tokens[0]) || !tokens[1].isWord || !isListedGivenName(tokens[1].folded)) return [];
  let comma = 2;
  while (comma < tokens.length && comma - 1 < MAX_NAME_WORDS && isBoundedEntryWord(tokens[comma]) && !isOfficeWord(tokens[comma])) comma++;
  if (comma - 1 < 2 || !isComma(tokens[comma]) || tokens[comma + 1] === undefined) return [];
  const office = tokens[comma + 1];
  return isAccusativeOffice(office) || isOfficeStart(tokens, comma + 1) ? [{ start: 1, end: comma, bracketed: true }] : [];
}
