import type { Direction } from '../article/model.js';

const LETTER = /\p{L}/u;

/**
 * The direction a character counts for, or null when it is not a letter: right-to-left for the
 * Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan and Mandaic blocks and the presentation forms,
 * left-to-right for any other letter. Enough to pick a paragraph direction; cheap for common text.
 */
function letterDirection(code: number): Direction | null {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'ltr' : null;
  if ((code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) return 'rtl';
  if ((code >= 0x10800 && code <= 0x10fff) || (code >= 0x1e800 && code <= 0x1efff)) return 'rtl';
  return LETTER.test(String.fromCodePoint(code)) ? 'ltr' : null;
}

/** Letters of each direction in a text, and the direction of its first letter. */
export interface LetterCounts {
  rtl: number;
  ltr: number;
  first: Direction | null;
}

export function letterCounts(text: string): LetterCounts {
  let rtl = 0;
  let ltr = 0;
  let first: Direction | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    const direction = letterDirection(code);
    if (direction === 'rtl') rtl++;
    else if (direction === 'ltr') ltr++;
    first ??= direction;
  }
  return { rtl, ltr, first };
}

/** The counts of several texts taken as one (in order). */
export function addLetterCounts(a: LetterCounts, b: LetterCounts): LetterCounts {
  return { rtl: a.rtl + b.rtl, ltr: a.ltr + b.ltr, first: a.first ?? b.first };
}

/**
 * The direction of a paragraph: the direction most of its letters have. Deliberately not the
 * first-strong rule (UBA P2): Arabic news paragraphs often start with a Latin name or acronym
 * ("CNN قالت ..."), and the reader expects those right-aligned. Ties fall back to the first strong
 * letter, and text without letters to `fallback`.
 */
export function dominantDirection(text: string, fallback: Direction): Direction {
  return directionOfCounts(letterCounts(text), fallback);
}

/** The direction of a list's chrome: right-to-left when most of its items read right to left. */
export function listDirection(texts: Iterable<string>): Direction {
  let rtl = 0;
  let all = 0;
  for (const text of texts) {
    all++;
    if (dominantDirection(text, 'ltr') === 'rtl') rtl++;
  }
  return rtl * 2 > all ? 'rtl' : 'ltr';
}

/** Titles enough to tell which way most read: all of a short list, an even spread of a long one. */
const DIRECTION_SAMPLE = 2_000;

/**
 * The direction of a list of titles, from a sample spread over the whole list: what a library's
 * list is laid out by, decided once on the list in its final order (and remembered with that order,
 * so that its first screen from the index is laid out the same way).
 */
export function titlesDirection(items: readonly { title: string }[]): Direction {
  if (items.length <= DIRECTION_SAMPLE) return listDirection(items.map((item) => item.title));
  const step = items.length / DIRECTION_SAMPLE;
  return listDirection(Array.from({ length: DIRECTION_SAMPLE }, (_, i) => items[Math.floor(i * step)].title));
}

export function directionOfCounts({ rtl, ltr, first }: LetterCounts, fallback: Direction): Direction {
  if (rtl > ltr) return 'rtl';
  if (ltr > rtl) return 'ltr';
  return first ?? fallback;
}

const LATIN = /\p{Script=Latin}/u;
const PERSIAN = 1;
const URDU = 2;
/** Letters of the Arabic block (U+0600..U+06FF) that are Persian or Urdu rather than Arabic. */
const ARABIC_BLOCK_LETTERS = new Uint8Array(0x100);
for (const c of 'پچژگکی') ARABIC_BLOCK_LETTERS[c.charCodeAt(0) - 0x0600] |= PERSIAN;
for (const c of 'ٹڈڑںےہھ') ARABIC_BLOCK_LETTERS[c.charCodeAt(0) - 0x0600] |= URDU;
const WORD_SAMPLE = 100_000;
/**
 * Letters are counted in the first this many characters only: plenty to tell the languages apart,
 * and counting all of a 20 MB article cost --print a few percent of its time.
 */
const LETTER_SAMPLE = 1_000_000;

/**
 * Counts the letters that tell languages apart over texts added one at a time (the blocks of an
 * article, as if joined with newlines), so a huge article is never joined into one string.
 */
export class LanguageTally {
  private counted = 0;
  private hebrew = 0;
  private arabicScript = 0;
  private persian = 0;
  private urdu = 0;
  private latin = 0;
  private sample = '';

  add(text: string): void {
    if (this.sample.length < WORD_SAMPLE) this.sample += (this.sample ? '\n' : '') + text.slice(0, WORD_SAMPLE);
    const end = Math.min(text.length, LETTER_SAMPLE - this.counted);
    this.counted += Math.max(0, end);
    for (let i = 0; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0x0600 && c <= 0x06ff) {
        this.arabicScript++;
        const letter = ARABIC_BLOCK_LETTERS[c - 0x0600];
        if (letter & PERSIAN) this.persian++;
        if (letter & URDU) this.urdu++;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        c = text.codePointAt(i)!;
        if (c > 0xffff) i++;
      }
      if (c >= 0x0590 && c <= 0x05ff) this.hebrew++;
      else if (c >= 0xfb50 && c <= 0xfeff) this.arabicScript++;
      else if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : LATIN.test(String.fromCodePoint(c))) this.latin++;
    }
  }

  /** A language tag from the letters used: Hebrew, Persian, Urdu, Arabic or (for Latin text) English. */
  get language(): string {
    const { hebrew, arabicScript, persian, urdu, latin } = this;
    if (hebrew > arabicScript && hebrew > latin) return 'he';
    if (arabicScript >= latin && arabicScript > 0) {
      if (urdu > arabicScript * 0.02 && urdu >= persian / 2) return 'ur';
      if (persian > arabicScript * 0.02 || persianWordsOutnumberArabic(this.sample.slice(0, WORD_SAMPLE))) return 'fa';
      return 'ar';
    }
    return latin > 0 ? 'en' : 'und';
  }
}

// Function words of one language that the other does not use. Older Persian text is often typed
// with Arabic yeh and kaf (ي ك), which hides the letters that tell the two apart.
const PERSIAN_WORDS = new Set(['را', 'است', 'این', 'که', 'می', 'های', 'برای', 'شد', 'کرد', 'كه', 'اين', 'براي', 'هاي']);
const ARABIC_WORDS = new Set(['في', 'على', 'التي', 'الذي', 'إلى', 'عن', 'أن', 'هذا', 'هذه', 'كان']);

function persianWordsOutnumberArabic(text: string): boolean {
  let persian = 0;
  let arabic = 0;
  for (const word of text.split(/[\s\p{P}]+/u)) {
    if (PERSIAN_WORDS.has(word)) persian++;
    else if (ARABIC_WORDS.has(word)) arabic++;
  }
  return persian > arabic;
}
