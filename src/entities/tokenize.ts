/**
 * Splits a block's text into word and punctuation tokens that keep their UTF-16 offsets. Hand-written
 * rather than a Unicode-property regex: this runs over every character of the article, and a table
 * of character classes (filled on first sight of each character) is several times faster.
 */
import { fold } from '../text/normalize.js';
import { type WordRecord, wordRecord } from './word-memo.js';

export interface Token {
  /** The token as written. */
  text: string;
  /** Folded search form (no harakat, unified hamza/alef, ...). */
  folded: string;
  start: number;
  end: number;
  isWord: boolean;
  /** The record of the folded word's remembered answers (word-memo.ts), set by tokenize. */
  word?: WordRecord;
}

/** A number as written opens with a digit, Western or Arabic-Indic ("21", "٢١"). */
export const OPENS_WITH_DIGIT = /^[0-9٠-٩]/;

const enum CharClass {
  Unknown = 0,
  /** Letters, combining marks, digits: they start and continue words. */
  Word,
  /** Joiners inside Persian words and "_": they continue words. */
  Joiner,
  /** Spaces and format characters separate tokens and are dropped. */
  Separator,
  /** Anything else is a one-character punctuation token. */
  Punctuation,
}

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const SEPARATOR = /^[\s\p{Cf}]$/u;

function classify(char: string): CharClass {
  if (char === '\u200c' || char === '\u200d' || char === '_') return CharClass.Joiner;
  if (WORD.test(char)) return CharClass.Word;
  return SEPARATOR.test(char) ? CharClass.Separator : CharClass.Punctuation;
}

const bmpClasses = new Uint8Array(0x10000);

function classAt(text: string, i: number): CharClass {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) return classify(String.fromCodePoint(text.codePointAt(i) as number));
  let cls = bmpClasses[code] as CharClass;
  if (cls === CharClass.Unknown) bmpClasses[code] = cls = classify(text[i]);
  return cls;
}

/** UTF-16 length of the character at i (2 for a surrogate pair). */
function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    // Each character's class read from the table here, through classAt and charLength only for
    // surrogates and characters not seen yet: this runs on every character of the article, and the
    // compiler inlines no calls (compiler-settings.ts).
    let code = text.charCodeAt(i);
    const cls = code >= 0xd800 && code <= 0xdbff ? classAt(text, i) : bmpClasses[code] === CharClass.Unknown ? classAt(text, i) : (bmpClasses[code] as CharClass);
    const start = i;
    i += code >= 0xd800 && code <= 0xdbff ? charLength(text, i) : 1;
    if (cls === CharClass.Separator) continue;
    if (cls === CharClass.Word || cls === CharClass.Joiner) {
      while (i < length) {
        code = text.charCodeAt(i);
        const surrogate = code >= 0xd800 && code <= 0xdbff;
        const next = surrogate || bmpClasses[code] === CharClass.Unknown ? classAt(text, i) : (bmpClasses[code] as CharClass);
        if (next !== CharClass.Word && next !== CharClass.Joiner) break;
        i += surrogate ? charLength(text, i) : 1;
      }
    }
    const written = text.slice(start, i);
    tokens.push(tokenOf(written, start, i, cls === CharClass.Word));
  }
  return tokens;
}

/**
 * A token of a written word at [start, end). Its folded form is one string per distinct word (the
 * rules look words up in the lexicons over and over, and a string seen before is found faster: its
 * hash is kept), and it carries that word's record of remembered answers (word-memo.ts).
 */
export function tokenOf(written: string, start: number, end: number, isWord: boolean): Token {
  const word = foldedRecord(written);
  return { text: written, folded: word.folded, start, end, isWord, word };
}

/**
 * `token` read as another word at the same place (a clitic taken off, "لل" read as "ال", a plural
 * read as its singular): `folded`, written `text`. Built as tokenOf builds tokens, so that all tokens
 * have one shape (hidden class): a spread copy (`{ ...token, folded }`) has another, and the word
 * tests that every rule calls, once V8 had optimized them for the one shape, met the second and
 * threw their optimized code away.
 */
export function tokenReadAs(token: Token, folded: string, text = token.text): Token {
  return { text, folded, start: token.start, end: token.end, isWord: token.isWord, word: wordRecord(folded) };
}

/**
 * Whether token `i` is a hyphen written between two words without spaces ("جونغ-أون",
 * "بادن-فورتمبرغ"): it joins the parts of one name, where a spaced dash separates list entries.
 */
export function isGluedHyphenAt(tokens: readonly Token[], i: number): boolean {
  return isHyphenGluedToWordBefore(tokens, i) && tokens[i].end === tokens[i + 1].start;
}

/**
 * Whether token `i` is a hyphen between two words, glued to the word before it ("دوبون-"), whatever
 * the space after it (isGluedHyphenAt asks for none).
 */
export function isHyphenGluedToWordBefore(tokens: readonly Token[], i: number): boolean {
  const [before, hyphen, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return hyphen !== undefined && /^[-‐–]$/.test(hyphen.text) && before?.isWord === true && after?.isWord === true && before.end === hyphen.start;
}

/**
 * The tokens with each one that a typo glued together split in two at `cutOf`'s written offset
 * (0 for none), both halves words; null when none is split. (glued-office-nouns.ts,
 * glued-pronouns.ts and glued-particles.ts each say where a token splits; this does the splitting.)
 */
export function tokensSplitAt(tokens: readonly Token[], cutOf: (token: Token, index: number) => number): Token[] | null {
  let split: Token[] | null = null;
  tokens.forEach((token, i) => {
    const cut = cutOf(token, i);
    if (cut <= 0) {
      split?.push(token);
      return;
    }
    split ??= tokens.slice(0, i);
    split.push(tokenOf(token.text.slice(0, cut), token.start, token.start + cut, true), tokenOf(token.text.slice(cut), token.start + cut, token.end, true));
  });
  return split;
}

/**
 * The record of a written word's folded form: a token carries it, so questions about it need no
 * look-up. (A map of its own: the written forms need no record of their own. Bounded like the records.)
 */
const foldedRecords = new Map<string, WordRecord>();

/**
 * "المسئول", "وشئون": Egyptian news seats the hamza of these words on ي where the rest writes
 * "المسؤول", "وشؤون"; folded as those, they are the words the office lists and the tagger know.
 */
const EGYPTIAN_HAMZA_SEAT = /(مس|ش)ئو/g;

function foldedRecord(written: string): WordRecord {
  let record = foldedRecords.get(written);
  if (record === undefined) {
    if (foldedRecords.size >= 100_000) foldedRecords.clear();
    record = wordRecord(fold(written.includes('ئو') ? written.replace(EGYPTIAN_HAMZA_SEAT, '$1ؤو') : written));
    foldedRecords.set(written, record);
  }
  return record;
}
