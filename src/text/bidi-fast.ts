/**
 * Embedding levels of the paragraphs most news text is made of, without the full UBA: no explicit
 * embeddings or isolates, no bidi-neutral controls, and no letters against the paragraph direction.
 * For such a paragraph the UBA reduces to this:
 * - left-to-right paragraph, no R, AL or AN: every character ends at level 0 (W7 turns European
 *   numbers into L, and N1/N2 resolve every neutral to L);
 * - right-to-left paragraph, no L: after W1-W6 (marks take the type before them, European numbers
 *   after Arabic letters become Arabic numbers, separators between numbers and terminators next to
 *   European numbers join them), numbers are at level 2 and everything else at level 1 (N0-N2 can
 *   only resolve neutrals and brackets to R, since no L is left).
 * Anything else returns null and goes to bidi-js. Property-tested against bidi-js.
 */

const enum Kind {
  Other = 0, // anything that needs the full algorithm
  L,
  R,
  AL,
  EN,
  AN,
  ES,
  ET,
  CS,
  NSM,
  Neutral, // WS and ON
}

const KIND_OF_CLASS: Record<string, Kind> = { L: Kind.L, R: Kind.R, AL: Kind.AL, EN: Kind.EN, AN: Kind.AN, ES: Kind.ES, ET: Kind.ET, CS: Kind.CS, NSM: Kind.NSM, WS: Kind.Neutral, ON: Kind.Neutral };

/** Kind + 1 of each UTF-16 code unit seen so far (0: not looked up yet), filled in on first sight. */
const kinds = new Uint8Array(0x10000);

function kindOf(code: number, classOf: (code: number) => string): Kind {
  let known = kinds[code];
  if (known === 0) {
    // Surrogates stand for characters outside the BMP: those always take the full algorithm.
    const kind = code >= 0xd800 && code <= 0xdfff ? Kind.Other : (KIND_OF_CLASS[classOf(code)] ?? Kind.Other);
    known = kinds[code] = kind + 1;
  }
  return known - 1;
}

// The bidi types live only during one call: a typed array of their own per paragraph costs about as
// much as the rest of the work on a big article (each is a separate allocation outside the heap).
let scratch = new Uint8Array(1024);

/**
 * Levels of every UTF-16 unit of `text`, or null when the paragraph needs the full algorithm;
 * written into `into` (at least text.length long, a buffer the caller reuses) when given.
 */
export function simpleParagraphLevels(text: string, paragraphLevel: 0 | 1, classOf: (code: number) => string, into?: Uint8Array): Uint8Array | null {
  const length = text.length;
  if (scratch.length < length) scratch = new Uint8Array(2 * length);
  const types = scratch.subarray(0, length);
  let hasL = false;
  let hasRtl = false;
  let hasNumbers = false;
  let hasArabicNumbers = false;
  for (let i = 0; i < length; i++) {
    const kind = kindOf(text.charCodeAt(i), classOf);
    if (kind === Kind.Other) return null;
    types[i] = kind;
    if (kind === Kind.L) hasL = true;
    else if (kind === Kind.R || kind === Kind.AL) hasRtl = true;
    else if (kind === Kind.EN) hasNumbers = true;
    else if (kind === Kind.AN) hasNumbers = hasArabicNumbers = true;
  }
  if (paragraphLevel === 0 ? hasRtl || hasArabicNumbers : hasL) return null;
  const levels = into ? into.subarray(0, length) : new Uint8Array(length);
  if (paragraphLevel === 0) return levels.fill(0);
  // Without numbers, W1-W6 leave nothing that I2 would raise: everything is R, at level 1.
  return hasNumbers ? rtlLevels(types, levels) : levels.fill(1);
}

function rtlLevels(types: Uint8Array, levels: Uint8Array): Uint8Array {
  const n = types.length;
  // W1-W3: marks take the type before them (sos is R); EN after AL is AN; AL is R.
  let previous: number = Kind.R;
  let lastStrongIsAl = false;
  for (let i = 0; i < n; i++) {
    let t = types[i];
    if (t === Kind.NSM) t = previous;
    if (t === Kind.R) lastStrongIsAl = false;
    else if (t === Kind.AL) lastStrongIsAl = true;
    if (t === Kind.EN && lastStrongIsAl) t = Kind.AN;
    previous = t;
    types[i] = t === Kind.AL ? Kind.R : t;
  }
  // W4: a single separator between two numbers of the same type joins them.
  for (let i = 1; i + 1 < n; i++) {
    const t = types[i];
    const before = types[i - 1];
    if (before !== types[i + 1]) continue;
    if (before === Kind.EN && (t === Kind.ES || t === Kind.CS)) types[i] = Kind.EN;
    else if (before === Kind.AN && t === Kind.CS) types[i] = Kind.AN;
  }
  // W5: a run of terminators next to a European number becomes part of it.
  for (let i = 0; i < n; ) {
    if (types[i] !== Kind.ET) {
      i++;
      continue;
    }
    let end = i;
    while (end < n && types[end] === Kind.ET) end++;
    if ((i > 0 && types[i - 1] === Kind.EN) || (end < n && types[end] === Kind.EN)) types.fill(Kind.EN, i, end);
    i = end;
  }
  // W6-N2 leave every other character R (level 1); I2 raises numbers to level 2.
  for (let i = 0; i < n; i++) levels[i] = types[i] === Kind.EN || types[i] === Kind.AN ? 2 : 1;
  return levels;
}
