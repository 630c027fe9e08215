/**
 * "التشكيلة: فلان، يسري حمزة، فلان": in a list of people set off by commas, an entry of two or
 * three words between two entries that are persons is a person too, when a name list knows one of
 * its words and none is a title, particle, place, nationality or common word. The tagger misses such
 * entries when a word of them also reads as a verb ("يسري": it applies); the list says what they are.
 */
import { isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { isCommonWord } from './ordinary-words.js';
import { isTitleWord } from './spans.js';
import { OPENS_WITH_DIGIT, type Token } from './tokenize.js';
import { hasTrait, NATIONALITY, PLACE } from './word-traits.js';
import { isComma } from './located.js';
import { isRarelyANameInNews } from './tagger.js';
import { isDash } from './role-before.js';
import { isOfficeStart } from './office-start.js';
import { isAccusativeOffice } from './office-words.js';
import { isHonorificAt } from './honorific-titles.js';
import { isNumberWord } from './person-span-words.js';

const MIN_ENTRY_WORDS = 2;
const MAX_ENTRY_WORDS = 3;

/** A word of an entry whose bounds the list gives: no title, particle, place or nationality. */
export function isBoundedEntryWord(token: Token): boolean {
  return token.isWord && !OPENS_WITH_DIGIT.test(token.text) && !isTitleWord(token) && !isParticle(token) && !hasTrait(token, PLACE | NATIONALITY);
}

/** The end of the entry from `start`: up to MAX_ENTRY_WORDS bounded entry words, before an office opens. */
function boundedEntryEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  while (end < tokens.length && end - start < MAX_ENTRY_WORDS && isBoundedEntryWord(tokens[end]) && !isOfficeStart(tokens, end)) end++;
  return end;
}

function isEntryWord(token: Token): boolean {
  if (!token.isWord || isTitleWord(token) || isParticle(token) || hasTrait(token, PLACE | NATIONALITY)) return false;
  return isListedNameWord(token.folded) || !isCommonWord(token);
}

/** The most words of an appointee's name on a decree's line ("موح أمزيان آيت علي", "سيدي محمد ولد الطالب أعمر"). */
const MAX_DECREE_LINE_NAME_WORDS = 5;

/**
 * "3- سليمة زروقي والية لولاية تيبازة،", "- صباح المرزوقي: رئيسة مديرة عامة للديوان الوطني للتطهير،":
 * a block that is one line of a decree, opened by a number and its mark or by a dash, with two to
 * five entry words and then the office they are made (after a colon or not), is one appointee's
 * entry: those words are the name, its bounds given, though one of them is also a common word
 * ("سليمة", "صباح"). Returns the name's span, or none.
 */
export function decreeLineNameSpans(tokens: readonly Token[]): Array<{ start: number; end: number; bracketed: true }> {
  const end = decreeLineNameEnd(tokens);
  return end > 0 ? [{ start: decreeLineNameStart(tokens), end, bracketed: true }] : [];
}

/** Whether [start, end) is the name of a decree's line (decreeLineNameSpans): its words are a name whatever else they read as. */
export function isDecreeLineName(tokens: readonly Token[], start: number, end: number): boolean {
  return start <= 2 + MAX_LINE_TITLES && start === decreeLineNameStart(tokens) && end === decreeLineNameEnd(tokens);
}

/** Whether the name of a decree's line ends at `end`, before its colon or office. */
export function endsDecreeLineName(tokens: readonly Token[], end: number): boolean {
  return end === decreeLineNameEnd(tokens);
}

/** Where the name of a decree's line starts: after the number and its mark, or after the dash; -1 for no such line. */
function decreeLineNameStart(tokens: readonly Token[]): number {
  const opening = /^[0-9٠-٩]+$/.test(tokens[0]?.text ?? '') && /^[-–ـ.)]$/.test(tokens[1]?.text ?? '') ? 2 : isDash(tokens[0]) ? 1 : -1;
  if (opening < 0) return opening;
  // ("- تعيين هان شين يو محافظا لبنك الشعب الصيني": or after the decree's act, "تعيين" (appointing).)
  const start = DECREE_ACTS.has(tokens[opening]?.folded ?? '') ? opening + 1 : opening;
  let name = start + diplomaticRankLength(tokens, start);
  // ("- العميد سامح الشافعي: رئيس مركز ومدينة الزقازيق": or the appointee's rank or honorific.)
  while (name < tokens.length && name - start < MAX_LINE_TITLES && isHonorificAt(tokens, name)) name++;
  return name;
}

/** A decree's acts that open its line before the name, folded: appointing, charging, promoting, transferring. */
const DECREE_ACTS = new Set(['تعيين', 'تكليف', 'ترقيه', 'نقل', 'ندب', 'اعفاء']);

/** The most titles before the name on a decree's line ("- اللواء الدكتور فلان"). */
const MAX_LINE_TITLES = 2;

/** "الوزير المفوض" (minister plenipotentiary), folded: a diplomat's rank, written before his name on a decree's line. */
const DIPLOMATIC_RANKS = [['الوزير', 'المفوض']];

/** The words of a diplomat's rank at `i` ("- الوزير المفوض | نصار جميل النصار قنصلاً عاماً"), or 0. */
function diplomaticRankLength(tokens: readonly Token[], i: number): number {
  const rank = DIPLOMATIC_RANKS.find((words) => words.every((word, k) => tokens[i + k]?.folded === word));
  return rank?.length ?? 0;
}

/** Where the name of a decree's line ends, before the office it is made; -1 for none. */
function decreeLineNameEnd(tokens: readonly Token[]): number {
  const start = decreeLineNameStart(tokens);
  if (start < 0) return -1;
  let end = start;
  // (No number: "- اثنا عشر عضواً في البلديات" counts members.)
  // ("- يوسف بنسليمان باشا على مدينة الزمامرة": after the first word, a family name may be a town's too.)
  const nameWord = (token: Token, k: number): boolean => isBoundedEntryWord(token) || (k > start && token.isWord && !OPENS_WITH_DIGIT.test(token.text) && !isTitleWord(token) && !isParticle(token) && !hasTrait(token, NATIONALITY));
  while (end < tokens.length && end - start < MAX_DECREE_LINE_NAME_WORDS && nameWord(tokens[end], end) && !isNumberWord(tokens[end]) && !isOfficeStart(tokens, end) && !isAccusativeOffice(tokens[end])) end++;
  if (end < tokens.length && isNumberWord(tokens[end])) return -1;
  // ("3- محند أمزيان آيت عمر، واليا لولاية بجاية": or after a comma.)
  const office = tokens[end]?.text === ':' || isComma(tokens[end]) ? end + 1 : end;
  const made = tokens[office]?.isWord === true && (isAccusativeOffice(tokens[office]) || isOfficeStart(tokens, office));
  return end - start >= MIN_ENTRY_WORDS && made ? end : -1;
}

/** Person spans for such entries, given the block's person spans found so far. */
export function listEntryNameSpans(tokens: readonly Token[], persons: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const starts = new Set(persons.map((span) => span.start));
  const spans: Array<{ start: number; end: number }> = [];
  for (const before of persons) {
    if (!isComma(tokens[before.end])) continue;
    const start = before.end + 1;
    let end = start;
    // (The tagger may have seen a piece of the entry: "يسري | حمزة".)
    while (end < tokens.length && end - start <= MAX_ENTRY_WORDS && tokens[end].isWord && !(starts.has(end) && end > start && /^و./.test(tokens[end].folded))) end++;
    if (end - start < MIN_ENTRY_WORDS || end - start > MAX_ENTRY_WORDS) continue;
    // The next entry is a person: right after a comma, or opening with "و" at `end`.
    const nextIsPerson = (isComma(tokens[end]) && starts.has(end + 1)) || (starts.has(end) && tokens[end].isWord);
    if (!nextIsPerson) continue;
    const words = tokens.slice(start, end);
    if (words.every(isEntryWord) && words.some((token) => isListedNameWord(token.folded))) spans.push({ start, end });
  }
  return spans;
}

/** "7 ـ", "2011:", "3-": a number and the mark after it, which open the entry of a numbered list. */
function opensNumberedEntry(tokens: readonly Token[], start: number): boolean {
  return /^[-–ـ:.)]$/.test(tokens[start - 1]?.text ?? '') && /^[0-9٠-٩]+$/.test(tokens[start - 2]?.text ?? '');
}

/**
 * "1 ـ فلان فلان (البلد ـ النادي): 206 نقطة 2 ـ فلان فلان (...)": in a numbered list (ranking,
 * roll of honour) where two entries or more are persons, each entry of the same shape (a number,
 * its mark, two or three entry words, a bracket) is a person too. Blocks with no such two persons
 * are never read again.
 */
export function numberedEntryNameSpans(tokens: readonly Token[], persons: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const shaped = persons.filter((span) => opensNumberedEntry(tokens, span.start) && tokens[span.end]?.text === '(');
  if (shaped.length < 2) return [];
  const starts = new Set(persons.map((span) => span.start));
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 2; i < tokens.length; i++) {
    if (starts.has(i) || !opensNumberedEntry(tokens, i)) continue;
    let end = i;
    while (end < tokens.length && end - i < MAX_ENTRY_WORDS && isEntryWord(tokens[end])) end++;
    if (end - i >= MIN_ENTRY_WORDS && tokens[end]?.text === '(') spans.push({ start: i, end });
  }
  return spans;
}

/** The index after the bracket that opens at `open` ("(النادي الإفريقي)"), or -1. */
function afterBracket(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  for (let i = open + 1; i < tokens.length && i - open <= MAX_BRACKET_WORDS + 1; i++) if (tokens[i].text === ')') return i + 1;
  return -1;
}

const MAX_BRACKET_WORDS = 4;

/**
 * "استدعاء اللاعبين فلان (النادي) وفلان (الترجي) وخليل بانقورا للمثول": in a list of persons each
 * followed by a bracket (club, party, country) and joined by "و", the entry after the last bracket
 * is a person too, when a name list knows its first word and none of its words is a title,
 * particle, place, nationality or common word. The list is two bracketed persons at least.
 */
export function bracketedEntryNameSpans(tokens: readonly Token[], persons: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const starts = new Set(persons.map((span) => span.start));
  const spans: Array<{ start: number; end: number }> = [];
  for (const previous of persons) {
    const next = afterBracket(tokens, previous.end);
    // The person before is an entry too: "و" opens it, right after a bracket.
    if (next < 0 || !starts.has(next) || !/^و./.test(tokens[next].folded)) continue;
    const current = persons.find((span) => span.start === next)!;
    const start = afterBracket(tokens, current.end);
    // (The tagger may have seen a piece of the entry: "وخليل | بانقورا".)
    if (start < 0 || !/^و./.test(tokens[start]?.folded ?? '')) continue;
    const first = tokens[start].folded.slice(1);
    if (!isListedNameWord(first)) continue;
    let end = start + 1;
    while (end < tokens.length && end - start < MAX_ENTRY_WORDS && isEntryWord(tokens[end]) && !isRarelyANameInNews(tokens[end].folded)) end++;
    if (end - start >= MIN_ENTRY_WORDS) spans.push({ start, end });
  }
  return spans;
}

/**
 * "- فلان فلان مدير مهرجان الحمامات لسنة 2014- فلانة فلان مديرة مهرجان قرطاج ...": in a list of
 * appointments whose entries a dash opens, each a name and then its office, where two entries or
 * more are persons, each entry of the same shape (a dash, two or three entry words, an office word)
 * is a person too. Blocks with no such two persons are never read again.
 */
export function dashedEntryNameSpans(tokens: readonly Token[], persons: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const officeAt = (i: number): boolean => tokens[i]?.isWord === true && isOfficeStart(tokens, i);
  const shaped = persons.filter((span) => isDash(tokens[span.start - 1]) && officeAt(span.end));
  if (shaped.length < 2) return [];
  const starts = new Set(persons.map((span) => span.start));
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 1; i < tokens.length; i++) {
    if (starts.has(i) || !isDash(tokens[i - 1])) continue;
    // (The dash and the office bound the entry: a word of it may be a common word too, "سنية".)
    const end = boundedEntryEnd(tokens, i);
    if (end - i >= MIN_ENTRY_WORDS && officeAt(end)) spans.push({ start: i, end });
  }
  return spans;
}

/**
 * "- عضو مكلف بالعلاقات الخارجية: فلان فلان - عضو مكلف بالهيكلة: فلان فلان -": in a list whose
 * entries a dash opens, each an office, a colon and a name, where two entries or more are persons,
 * each name of the same shape (an office after the dash, a colon, two or three entry words, the next
 * dash) is a person, its bounds given by the list (the tagger's own span gets them too). Blocks with
 * no such two persons are never read again.
 */
export function colonEntryNameSpans(tokens: readonly Token[], persons: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const shaped = persons.filter((span) => isDash(tokens[span.end]) && opensDashedOfficeEntry(tokens, span.start));
  if (shaped.length < 2) return [];
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1].text !== ':' || !opensDashedOfficeEntry(tokens, i)) continue;
    const end = boundedEntryEnd(tokens, i);
    if (end - i >= MIN_ENTRY_WORDS && isDash(tokens[end])) spans.push({ start: i, end });
  }
  return spans;
}

/** How many words the office of such an entry may have between its dash and its colon. */
const MAX_ENTRY_OFFICE_WORDS = 10;

/** Whether a colon right before `start` closes an office that a dash opens ("- الأمين العام: |"). */
function opensDashedOfficeEntry(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.text !== ':') return false;
  for (let k = start - 2; k >= 0 && start - k <= MAX_ENTRY_OFFICE_WORDS + 2; k--) {
    if (isDash(tokens[k])) return k + 1 < start - 1 && tokens[k + 1].isWord && isOfficeStart(tokens, k + 1);
    if (!tokens[k].isWord && !isComma(tokens[k])) return false;
  }
  return false;
}
