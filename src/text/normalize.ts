/**
 * Search normalization for Arabic-script (and Latin, Hebrew) text.
 *
 * `foldArabic` produces a folded form in which spelling variants that readers treat as the same word
 * compare equal (hamza/alef forms, alef maqsura, taa marbuta, Persian letters, harakat, tatweel,
 * Eastern digits, Latin case and accents), together with a map back to the original offsets so a match
 * found in the folded text can be highlighted in the original.
 */

export interface FoldedText {
  folded: string;
  /** map[i] = offset in the original of folded char i; one extra final entry = original length. */
  map: number[];
}

/** Code units that carry no letter identity for search: harakat, Quranic marks, tatweel, format chars. */
function isIgnorable(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || // harakat, shadda, sukun, hamza above/below marks
    code === 0x0670 || // superscript alef
    (code >= 0x0610 && code <= 0x061a) || // Quranic honorific marks
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed) ||
    code === 0x0640 || // tatweel
    (code >= 0x0591 && code <= 0x05bd) || // Hebrew cantillation and niqqud
    code === 0x05bf ||
    code === 0x05c1 ||
    code === 0x05c2 ||
    code === 0x05c4 ||
    code === 0x05c5 ||
    code === 0x05c7 ||
    code === 0x061c || // ALM
    code === 0x200b ||
    code === 0x200c || // ZWNJ (Persian half-space): search ignores it
    code === 0x200d ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ؤ': 'و',
  'ئ': 'ي', 'ى': 'ي', 'ی': 'ي', 'ێ': 'ي', 'ې': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  const letter = LETTER_FOLDS[ch];
  if (letter !== undefined) return letter;
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
  if (code < 0x80) return ch.toLowerCase();
  if (code >= 0xc0 && code <= 0x24f) {
    // Latin letters with accents: keep the base letter so "é" matches "e".
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    return base.length === 1 ? base : ch;
  }
  return ch;
}

export function foldArabic(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    folded += foldChar(text[i]);
    map.push(i);
  }
  map.push(text.length);
  return { folded, map };
}

/**
 * What fold() makes of each code unit below U+0700 (Latin, Hebrew, Arabic): 0 = dropped, else the
 * folded code unit. Characters whose fold is not one code unit (none in this range today) and
 * characters above it go through foldChar.
 */
const FOLDED_CODE = new Uint16Array(0x700);
for (let code = 0; code < FOLDED_CODE.length; code++) {
  const folded = isIgnorable(code) ? '' : foldChar(String.fromCharCode(code));
  FOLDED_CODE[code] = folded.length === 1 ? folded.charCodeAt(0) : folded === '' ? 0 : code;
}

/** The folded form alone, for comparing strings (no offset map: this runs once per token). */
export function fold(text: string): string {
  // Most words fold to themselves: return them without building a new string.
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= FOLDED_CODE.length || FOLDED_CODE[code] !== code) break;
    i++;
  }
  if (i === text.length) return text;
  let folded = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FOLDED_CODE.length) {
      const to = FOLDED_CODE[code];
      if (to !== 0) folded += String.fromCharCode(to);
    } else if (!isIgnorable(code)) folded += foldChar(text[i]);
  }
  return folded;
}

function isCombiningMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x0591 && code <= 0x05c7);
}

/**
 * Non-overlapping, case- and diacritic-insensitive matches of `query` in `text`, as original offsets.
 * A match's end is extended over combining marks of its last letter so highlights never split a
 * grapheme cluster.
 */
export function findMatches(text: string, query: string): Array<{ start: number; end: number }> {
  const needle = fold(query).trim();
  if (needle.length === 0) return [];
  const { folded, map } = foldArabic(text);
  const matches: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) break;
    const last = at + needle.length - 1;
    let end = map[last] + 1;
    while (end < map[last + 1] && isCombiningMark(text.charCodeAt(end))) end++;
    matches.push({ start: map[at], end });
    from = at + needle.length;
  }
  return matches;
}

/** True when the candidate contains the query after folding; spaces are optional ("عبد الله" ~ "عبدالله"). */
export function matchesQuery(candidate: string, query: string): boolean {
  const needle = fold(query).trim();
  if (needle.length === 0) return true;
  const hay = fold(candidate);
  if (hay.includes(needle)) return true;
  return hay.replace(/\s+/g, '').includes(needle.replace(/\s+/g, ''));
}
