/**
 * "لجنة متكونة من النواب فلان وعلان (حزب) وفلانة": an office in the plural right before a list of
 * two names or more, joined by "و" or commas (a short bracket after a name allowed), is the office of
 * each one listed, as the article words it ("النواب", "وزراء الخارجية العرب"). Before one name
 * alone the plural says whose deputies or envoys they are ("نواب فلان"): no office of his
 * (roles.ts keeps that reading).
 */
import { writtenOffset } from './clitics.js';
import { isAccusativeOffice, isOrganizationHead, isPluralOffice } from './office-words.js';
import { isNumberWord } from './person-span-words.js';
import { isNationalTeamTradeAt } from './national-team-trades.js';
import { gazetteer } from './gazetteer.js';
import { officePhraseEnd } from './office-phrase.js';
import { singularOffice } from './plural-office-singulars.js';
import { CLAUSE_ENDS } from './sentence-ends.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { isComma } from './located.js';

/** A mention of a person: its block's text and tokens, and the span of the name. */
export interface ListedMention {
  block: { block: number; text: string; tokens: Token[] };
  span: { start: number; end: number };
}

/** A bracket after a listed name ("(نداء تونس)", "(62 عاما)") holds a few words at most. */
const MAX_BRACKET_WORDS = 6;
/** Definite words after the plural that still belong to it ("وزراء الخارجية العرب"). */
const MAX_COMPLEMENT_WORDS = 2;

/** Index right after a short bracket that closes at `close` (its ")"), going back, or -1. */
function bracketOpenBefore(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_BRACKET_WORDS + 1; k--) {
    if (tokens[k].text === '(') return k;
    if (!tokens[k].isWord && tokens[k].text !== '-') return -1;
  }
  return -1;
}

/** Index after a short bracket opening at `open`, or `open` itself when there is none. */
function afterBracket(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return open;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_BRACKET_WORDS + 1; k++) {
    if (tokens[k].text === ')') return k + 1;
    if (!tokens[k].isWord && tokens[k].text !== '-') return open;
  }
  return open;
}

/**
 * Where the previous item of a list ends, for the item whose name starts at `start`: the item
 * carries "و" or follows a comma, with maybe a bracket before it. -1 when it opens no next item.
 */
export function previousItemEnd(tokens: readonly Token[], start: number, conjoined: boolean): number {
  let k = start;
  if (isComma(tokens[k - 1])) k--;
  else if (!conjoined) return -1;
  if (tokens[k - 1]?.text === ')') {
    const open = bracketOpenBefore(tokens, k - 1);
    if (open < 0) return -1;
    k = open;
  }
  return k;
}

/** Where the next item of a list starts after a name that ends at `end`, or -1. */
function nextItemStart(tokens: readonly Token[], end: number): number {
  let k = afterBracket(tokens, end);
  if (isComma(tokens[k])) k++;
  else if (!tokens[k]?.isWord || !tokens[k].folded.startsWith('و')) return -1;
  return k;
}

/** The plural office as written without its clitics ("والنواب" → "النواب", "للنواب" → "النواب"), or null. */
function pluralWithoutClitics(token: Token): string | null {
  const { folded, text } = token;
  const conjunction = /^[وف]./.test(folded) ? 1 : 0;
  const rest = folded.slice(conjunction);
  const readings: Array<{ folded: string; written: string }> = [{ folded, written: text }];
  if (conjunction > 0) readings.push({ folded: rest, written: text.slice(writtenOffset(text, conjunction)) });
  // "للنواب": "ل" + "النواب", the article's alef dropped in writing.
  if (rest.startsWith('لل')) readings.push({ folded: `ال${rest.slice(2)}`, written: `ال${text.slice(writtenOffset(text, conjunction + 2))}` });
  else if (/^[بل]ال/.test(rest)) readings.push({ folded: rest.slice(1), written: text.slice(writtenOffset(text, conjunction + 1)) });
  // Read as written, with no further clitic taken off (isPluralOffice would read "لنواب" as "ل" + "نواب").
  const reading = readings.reverse().find((candidate) => isPluralOffice(tokenReadAs(token, candidate.folded)) && (candidate.folded.startsWith('ال') || candidate.folded === rest));
  return reading?.written ?? null;
}

/**
 * Whether the definite plural office at `k` is the genitive of a plural office in the construct state
 * before it ("رؤساء الوزراء السابقون فلان وعلان": the prime ministers, whose phrase goes on to "رؤساء").
 */
function isGenitiveOfPluralOffice(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k].folded.startsWith('ال') && before?.isWord === true && !/^[وف]?ال/.test(before.folded) && pluralWithoutClitics(before) !== null;
}

/** The plural office phrase that ends right before `head` (the first name of the list), as written, or null. */
function pluralPhraseBefore(text: string, tokens: readonly Token[], head: number): string | null {
  let end = head;
  // "الوزراء كل من فلان وعلان".
  if (tokens[end - 2]?.folded === 'كل' && tokens[end - 1]?.folded === 'من') end -= 2;
  // "نواب حركة الشعب، فلان وعلان": a comma may set the list off from a plural with a complement.
  const comma = isComma(tokens[end - 1]) && end - 2 > 0 ? end - 1 : -1;
  if (comma > 0) end--;
  for (let k = end - 1; k >= 0 && end - k <= MAX_COMPLEMENT_WORDS + 1; k--) {
    const token = tokens[k];
    if (!token.isWord) return null;
    const plural = pluralWithoutClitics(token);
    if (plural !== null && !isGenitiveOfPluralOffice(tokens, k)) {
      // ("أعضاء مجلس نواب الشعب فلان وعلان": a plural in the genitive of a body's head is the body's name.)
      const before = tokens[k - 1];
      if (plural === token.text && before?.isWord && isOrganizationHead(before) && !before.folded.startsWith('ال') && !isPluralOffice(before)) return null;
      // ("المديرين الفنيين لأندية الدوري فلان وعلان": the clubs' coaches, national-team-trades.ts.)
      if (isNationalTeamTradeAt(tokens, k)) return null;
      if (k + 1 === end) return comma > 0 ? null : plural;
      return `${plural} ${text.slice(tokens[k + 1].start, tokens[end - 1].end)}`;
    }
    // The complement: definite words ("الخارجية", "العرب") and the head of a body in the construct
    // state before its definite genitive ("حركة الشعب").
    const bodyInConstruct = isOrganizationHead(token) && !token.folded.startsWith('ال') && k + 1 < end && tokens[k + 1].folded.startsWith('ال');
    if (!token.folded.startsWith('ال') && !bodyInConstruct) return null;
  }
  return null;
}

/**
 * The plural office of the list each person is named in, per person (null when none): `people`
 * holds each person's mentions. A mention heads the list or follows the previous item; the list
 * must hold another name after it or before it.
 */
export function pluralOfficeListRoles(people: ReadonlyArray<readonly ListedMention[]>): Array<string | null> {
  const startEndingAt = new Map<string, number>();
  const starts = new Set<string>();
  for (const mentions of people) {
    for (const { block, span } of mentions) {
      startEndingAt.set(`${block.block}:${span.end}`, span.start);
      starts.add(`${block.block}:${span.start}`);
    }
  }
  const listedAfterPronoun = pronounListRoles(people, starts);
  return people.map((mentions) => {
    for (const { block, span } of mentions) {
      const afterPronoun = listedAfterPronoun.get(`${block.block}:${span.start}`);
      if (afterPronoun) return afterPronoun;
      const { tokens, text } = block;
      let head = span.start;
      let items = 1;
      for (;;) {
        const end = previousItemEnd(tokens, head, tokens[head].folded.startsWith('و'));
        const previous = end < 0 ? undefined : startEndingAt.get(`${block.block}:${end}`);
        if (previous === undefined) break;
        head = previous;
        items++;
      }
      if (items < 2) {
        const next = nextItemStart(tokens, span.end);
        if (next < 0 || !starts.has(`${block.block}:${next}`)) continue;
      }
      const role = pluralPhraseBefore(text, tokens, head);
      if (role) return role;
    }
    return null;
  });
}

/** "وهم", "هم", "وهما", "وهن": "(and) they are", "منهم": "of them", opening the list of those the plural counted. */
const LIST_PRONOUNS = new Set(['وهم', 'هم', 'وهما', 'هما', 'وهن', 'هن', 'منهم', 'ومنهم']);
/** How far before the pronoun the plural office may stand ("4 نواب لعضوية الحكومة الجديدة وهم"). */
const MAX_WORDS_TO_PRONOUN = 5;
/** How many words an entry may add after its name ("عن قائمة آفاق دائرة تونس 2") before the next one. */
const MAX_ENTRY_TAIL = 8;
/**
 * What bounds the list and the plural it spells out: a clause end, and also a colon. The list itself
 * follows its pronoun ("وهم: فلان وعلان", the colon right after "وهم" is passed over); a colon
 * anywhere else opens another list or a quotation ("وقال: ...") whose names are not the plural's.
 */
const LIST_BOUNDS: ReadonlySet<string> = new Set([...CLAUSE_ENDS, ':']);

/**
 * "اقترح 4 نواب لعضوية الحكومة الجديدة وهم فلان عن قائمة ... وعلان عن قائمة ...": a plural office,
 * then "وهم" and a list of names joined by "و" (each entry may say more after the name), gives the
 * plural to each one listed. Keyed by block and mention start.
 */
function pronounListRoles(people: ReadonlyArray<readonly ListedMention[]>, starts: ReadonlySet<string>): Map<string, string> {
  const roles = new Map<string, string>();
  const endOf = new Map<string, number>();
  for (const mentions of people) for (const { block, span } of mentions) endOf.set(`${block.block}:${span.start}`, span.end);
  for (const mentions of people) {
    for (const { block, span } of mentions) {
      const { tokens } = block;
      // ("سبعة نواب (فلان وعلان وفلانة)": a bracket right after a counted plural spells it out too.)
      const bracketed = countedPluralBeforeBracket(tokens, span.start - 1);
      let pronoun = span.start - 1;
      if (tokens[pronoun]?.text === ':') pronoun--;
      pronoun = bracketed >= 0 ? span.start - 1 : listOpenerStart(tokens, pronoun);
      if (pronoun < 0) continue;
      // ("وهم فلان وعلان": each one listed holds one seat of the plural, named in the singular.)
      const counted = bracketed >= 0 ? bracketed : countedPluralBeforePronoun(tokens, pronoun);
      const at = counted >= 0 ? counted : pluralBeforePronoun(tokens, pronoun);
      const plural = at < 0 ? null : pluralPhraseAt(block.text, tokens, at, pronoun);
      const role = plural === null ? countedSingularOffice(tokens, pronoun) : singularOffice(plural);
      if (!role) continue;
      // The entries: each next name carries "و" (or follows a comma) a few words after the last one.
      const entries = [span.start];
      let end = span.end;
      for (;;) {
        let next = -1;
        for (let k = end; k < tokens.length && k - end <= MAX_ENTRY_TAIL && !LIST_BOUNDS.has(tokens[k].text) && !(bracketed >= 0 && tokens[k].text === ')'); k++) {
          const opens = tokens[k].folded.startsWith('و') || isComma(tokens[k - 1]);
          if (opens && starts.has(`${block.block}:${k}`)) {
            next = k;
            break;
          }
        }
        if (next < 0) break;
        entries.push(next);
        end = endOf.get(`${block.block}:${next}`) ?? next + 1;
      }
      if (entries.length < 2) continue;
      for (const start of entries) roles.set(`${block.block}:${start}`, role);
    }
  }
  return roles;
}

/** "آخرين", "أخرى" (other) after a plural, folded. */
const OTHERS_AFTER_PLURAL = new Set(['اخرين', 'اخرون', 'اخريات']);

/**
 * "سبعة نواب (فلان وعلان ...)", "أربعة نواب آخرين (فلان وعلان)": the index of a plural office
 * counted by a number right before the bracket at `open` ("other" allowed between), or -1.
 */
export function countedPluralBeforeBracket(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  let k = open - 1;
  if (tokens[k]?.isWord && OTHERS_AFTER_PLURAL.has(tokens[k].folded)) k--;
  const plural = tokens[k];
  if (k < 1 || !plural?.isWord || pluralWithoutClitics(plural) === null || plural.folded.startsWith('ال')) return -1;
  return isCount(tokens[k - 1]) ? k : -1;
}

/** Two-word openers of the list: "على غرار" (such as), "من بينهم", "من ضمنهم" (among them), folded. */
const LIST_OPENER_PAIRS = new Set(['علي غرار', 'من بينهم', 'ومن بينهم', 'من ضمنهم', 'ومن ضمنهم']);

/**
 * Where the words that open the list end at `last` start: "وهم", "منهم" (one word), "على غرار",
 * "من بينهم" (two); -1 when none does.
 */
function listOpenerStart(tokens: readonly Token[], last: number): number {
  const word = tokens[last];
  if (!word?.isWord) return -1;
  if (LIST_PRONOUNS.has(word.folded)) return last;
  const first = tokens[last - 1];
  return first?.isWord && LIST_OPENER_PAIRS.has(`${first.folded} ${word.folded}`) ? last - 1 : -1;
}

/** How far before the pronoun a counted plural may stand ("5 من أعضاء حكومة فلان المستقيلة ممن كانوا نوابا بمجلس نواب الشعب وهم"). */
const MAX_WORDS_TO_COUNTED = 16;

/**
 * "لم يجدد ثقته في 5 من أعضاء حكومة فلان ممن كانوا نوابا بمجلس نواب الشعب وهم ...": a plural office
 * counted by a number ("4 نواب", "خمسة من أعضاء", "عدد آخر من الأعضاء") heads the noun phrase the
 * list spells out; the plurals of a relative clause after it ("ممن كانوا نوابا") or of a body's name
 * ("مجلس نواب الشعب") say no more of the listed. Returns the plural's index, or -1.
 */
function countedPluralBeforePronoun(tokens: readonly Token[], pronoun: number): number {
  for (let k = pronoun - 1; k > 0 && pronoun - k <= MAX_WORDS_TO_COUNTED; k--) {
    if (LIST_BOUNDS.has(tokens[k].text)) return -1;
    if (!tokens[k].isWord || pluralWithoutClitics(tokens[k]) === null) continue;
    let count = tokens[k - 1].folded === 'من' ? k - 2 : k - 1;
    if (tokens[count]?.isWord && OTHER.has(tokens[count].folded)) count--;
    if (count >= 0 && isCount(tokens[count])) return k;
  }
  return -1;
}

/** An accusative's ending as written: its alef, maybe with the tanween ("نائبا", "نائباً"). */
const ACCUSATIVE_ENDING = /[\u064b-\u0652]*ا[\u064b-\u0652]*$/;

/**
 * "المتكونة من 22 نائبا، 7 منهم ينتمون لكتلة حزب فلان وهم ...": an office in the singular
 * accusative counted by a number (from eleven on the counted noun is singular), a few words before
 * the list's pronoun, is the office of each one listed, without its accusative ending ("نائب"); null
 * when there is none. Within one clause, as for a counted plural.
 */
function countedSingularOffice(tokens: readonly Token[], pronoun: number): string | null {
  for (let k = pronoun - 1; k > 0 && pronoun - k <= MAX_WORDS_TO_COUNTED; k--) {
    if (LIST_BOUNDS.has(tokens[k].text)) return null;
    if (isAccusativeOffice(tokens[k]) && /^[0-9٠-٩]+$/.test(tokens[k - 1].text)) return tokens[k].text.replace(ACCUSATIVE_ENDING, '');
  }
  return null;
}

/** "آخر", "أخرى" (another): between the count and "من" ("عدد آخر من"), folded. */
const OTHER = new Set(['اخر', 'اخري']);

/** "4", "خمسة", "عدد" (a number of): a word that counts the plural after it. */
function isCount(token: Token): boolean {
  return /^[0-9٠-٩]+$/.test(token.text) || isNumberWord(token) || token.folded === 'عدد';
}

/**
 * The plural office at `k` as written, clitics off; with the body it belongs to in the construct
 * state ("أعضاء حكومة فلان", "نواب مجلس الشعب") or behind "ب" ("أعضاء بمجلس الشورى"), the office
 * phrase goes on through it, up to the list's pronoun at the latest.
 */
function pluralPhraseAt(text: string, tokens: readonly Token[], k: number, pronoun: number): string | null {
  const plural = pluralWithoutClitics(tokens[k]);
  const body = tokens[k + 1];
  // (Or behind "ب", the body they sit in: "أعضاء بمجلس نواب الشعب"; "نواب لعضوية الحكومة" names
  // what they are proposed for, no body of theirs.)
  const inBody = body?.isWord === true && (gazetteer().organizationHeads.has(body.folded) || (body.folded.startsWith('ب') && gazetteer().organizationHeads.has(body.folded.slice(1))));
  if (plural === null || !inBody) return plural;
  const end = Math.min(officePhraseEnd(tokens, k), pronoun);
  return end > k + 1 ? `${plural} ${text.slice(body.start, tokens[end - 1].end)}` : plural;
}

/**
 * The index of the plural office a few words before the list's pronoun, or -1. ("بمجلس نواب الشعب وهم": a plural in a body's name counts no one.)
 */
function pluralBeforePronoun(tokens: readonly Token[], pronoun: number): number {
  for (let k = pronoun - 1; k >= 0 && pronoun - k <= MAX_WORDS_TO_PRONOUN; k--) {
    if (LIST_BOUNDS.has(tokens[k].text)) return -1;
    const plural = tokens[k].isWord ? pluralWithoutClitics(tokens[k]) : null;
    if (plural !== null) return tokens[k - 1]?.isWord && isOrganizationHead(tokens[k - 1]) ? -1 : k;
  }
  return -1;
}
