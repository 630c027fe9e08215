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

/** The BMP ranges news text lives in: Latin, Hebrew and Arabic, general punctuation, presentation forms. */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x08ff],
  [0x2000, 0x206f],
  [0xfb1d, 0xfeff],
];

let kinds: Uint8Array | null = null;

function kindTable(classOf: (code: number) => string): Uint8Array {
  if (kinds) return kinds;
  kinds = new Uint8Array(0x10000);
  for (const [from, to] of RANGES) for (let code = from; code <= to; code++) kinds[code] = KIND_OF_CLASS[classOf(code)] ?? Kind.Other;
  return kinds;
}

/** Levels of every UTF-16 unit of `text`, or null when the paragraph needs the full algorithm. */
export function simpleParagraphLevels(text: string, paragraphLevel: 0 | 1, classOf: (code: number) => string): Uint8Array | null {
  const table = kindTable(classOf);
  const length = text.length;
  const types = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const kind = table[text.charCodeAt(i)]; // surrogates and unlisted ranges are Other
    if (kind === Kind.Other) return null;
    types[i] = kind;
  }
  return paragraphLevel === 0 ? ltrLevels(types) : rtlLevels(types);
}

function ltrLevels(types: Uint8Array): Uint8Array | null {
  for (let i = 0; i < types.length; i++) {
    const t = types[i];
    if (t === Kind.R || t === Kind.AL || t === Kind.AN) return null;
  }
  return new Uint8Array(types.length);
}

function rtlLevels(types: Uint8Array): Uint8Array | null {
  const n = types.length;
  // W1-W3: marks take the type before them (sos is R); EN after AL is AN; AL is R.
  let previous: number = Kind.R;
  let lastStrongIsAl = false;
  for (let i = 0; i < n; i++) {
    let t = types[i];
    if (t === Kind.L) return null;
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
  const levels = new Uint8Array(n);
  for (let i = 0; i < n; i++) levels[i] = types[i] === Kind.EN || types[i] === Kind.AN ? 2 : 1;
  return levels;
}
