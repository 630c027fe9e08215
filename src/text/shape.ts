/**
 * Arabic contextual shaping into Unicode presentation forms, for terminals that draw each cell on its
 * own and so never join letters (xterm, kitty, alacritty...). Hand-written because the npm reshapers
 * (arabic-reshaper, arabic-persian-reshaper) return only a new string: the layout needs to know which
 * logical characters each shaped glyph came from (for highlighting), and they mishandle harakat and
 * ZWNJ. Shaping works on one line in logical order, before reordering, so a letter never joins across
 * a line break.
 */

type Forms = readonly [isolated: number, final: number, initial?: number, medial?: number];

const FORMS = new Map<number, Forms>();
function add(base: number, ...forms: number[]): void {
  FORMS.set(base, forms as unknown as Forms);
}
// Arabic letters U+0621..U+064A and their forms in Arabic Presentation Forms-B (U+FE80..U+FEF4).
add(0x0621, 0xfe80, 0xfe80);
add(0x0622, 0xfe81, 0xfe82);
add(0x0623, 0xfe83, 0xfe84);
add(0x0624, 0xfe85, 0xfe86);
add(0x0625, 0xfe87, 0xfe88);
add(0x0626, 0xfe89, 0xfe8a, 0xfe8b, 0xfe8c);
add(0x0627, 0xfe8d, 0xfe8e);
add(0x0628, 0xfe8f, 0xfe90, 0xfe91, 0xfe92);
add(0x0629, 0xfe93, 0xfe94);
for (const [base, first] of [[0x062a, 0xfe95], [0x062b, 0xfe99], [0x062c, 0xfe9d], [0x062d, 0xfea1], [0x062e, 0xfea5]] as const) {
  add(base, first, first + 1, first + 2, first + 3);
}
add(0x062f, 0xfea9, 0xfeaa);
add(0x0630, 0xfeab, 0xfeac);
add(0x0631, 0xfead, 0xfeae);
add(0x0632, 0xfeaf, 0xfeb0);
for (const [base, first] of [
  [0x0633, 0xfeb1], [0x0634, 0xfeb5], [0x0635, 0xfeb9], [0x0636, 0xfebd], [0x0637, 0xfec1], [0x0638, 0xfec5],
  [0x0639, 0xfec9], [0x063a, 0xfecd], [0x0641, 0xfed1], [0x0642, 0xfed5], [0x0643, 0xfed9], [0x0644, 0xfedd],
  [0x0645, 0xfee1], [0x0646, 0xfee5], [0x0647, 0xfee9], [0x064a, 0xfef1],
] as const) {
  add(base, first, first + 1, first + 2, first + 3);
}
add(0x0648, 0xfeed, 0xfeee);
add(0x0649, 0xfeef, 0xfef0, 0xfbe8, 0xfbe9);
// Persian and Urdu letters, Arabic Presentation Forms-A.
add(0x0671, 0xfb50, 0xfb51);
add(0x067e, 0xfb56, 0xfb57, 0xfb58, 0xfb59);
add(0x0679, 0xfb66, 0xfb67, 0xfb68, 0xfb69);
add(0x06a4, 0xfb6a, 0xfb6b, 0xfb6c, 0xfb6d);
add(0x0686, 0xfb7a, 0xfb7b, 0xfb7c, 0xfb7d);
add(0x0688, 0xfb88, 0xfb89);
add(0x0698, 0xfb8a, 0xfb8b);
add(0x0691, 0xfb8c, 0xfb8d);
add(0x06a9, 0xfb8e, 0xfb8f, 0xfb90, 0xfb91);
add(0x06af, 0xfb92, 0xfb93, 0xfb94, 0xfb95);
add(0x06ba, 0xfb9e, 0xfb9f);
add(0x06c0, 0xfba4, 0xfba5);
add(0x06c1, 0xfba6, 0xfba7, 0xfba8, 0xfba9);
add(0x06be, 0xfbaa, 0xfbab, 0xfbac, 0xfbad);
add(0x06d2, 0xfbae, 0xfbaf);
add(0x06cc, 0xfbfc, 0xfbfd, 0xfbfe, 0xfbff);

// Lam + alef variant -> ligature [isolated, final].
export const LAM = 0x0644;
const LAM_ALEF = new Map<number, readonly [number, number]>([
  [0x0622, [0xfef5, 0xfef6]],
  [0x0623, [0xfef7, 0xfef8]],
  [0x0625, [0xfef9, 0xfefa]],
  [0x0627, [0xfefb, 0xfefc]],
]);

const TATWEEL = 0x0640;
const ZWJ = 0x200d;
// Marks and format characters (bidi controls...) do not break joining (ArabicShaping.txt: type T).
const TRANSPARENT = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
/** formAt marker: an alef drawn by the lam-alef ligature before it. */
const SWALLOWED = 0xffffffff;

export type Joining = 'dual' | 'right' | 'causing' | 'none' | 'transparent';

export function joiningOf(code: number): Joining {
  const forms = FORMS.get(code);
  if (forms) return code === 0x0621 ? 'none' : forms.length === 4 ? 'dual' : 'right';
  if (code === TATWEEL || code === ZWJ) return 'causing';
  if (code === 0x200c) return 'none'; // ZWNJ breaks joining
  if (TRANSPARENT.test(String.fromCodePoint(code))) return 'transparent';
  return 'none';
}

export const joinsForward = (j: Joining) => j === 'dual' || j === 'causing';
export const joinsBackward = (j: Joining) => j === 'dual' || j === 'right' || j === 'causing';

/** Whether a character has presentation forms (an Arabic letter that shaping replaces). */
export function hasForms(code: number): boolean {
  return FORMS.has(code);
}

/** The presentation form of a letter with forms, for whether it joins the letters beside it. */
export function presentationForm(code: number, joinsPrevious: boolean, joinsNext: boolean): number {
  const forms = FORMS.get(code)!;
  return joinsPrevious && joinsNext ? forms[3] ?? forms[1] : joinsPrevious ? forms[1] : joinsNext ? forms[2] ?? forms[0] : forms[0];
}

/** The ligature a lam makes with `alef` after it (0 when `alef` is no alef), joined to the right or not. */
export function lamAlefLigature(alef: number, joinsPrevious: boolean): number {
  const ligature = LAM_ALEF.get(alef);
  return ligature ? ligature[joinsPrevious ? 1 : 0] : 0;
}

const MARK = /^[\p{Mn}\p{Me}]$/u;

function onlyMarksBetween(codes: number[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!MARK.test(String.fromCodePoint(codes[k]))) return false;
  return true;
}

/** A shaped unit: the glyph text for logical range [start, end) of the line. */
export interface ShapedUnit {
  start: number;
  end: number;
  text: string;
}

/**
 * Shapes one line of `text`, given as its consecutive grapheme clusters ([start, end) ranges): only
 * letters inside the line join, so a word broken across lines takes its end forms at the break.
 * Returns one unit per cluster, except that lam + alef clusters merge into one ligature unit.
 */
export function shapeClusters(text: string, clusters: ReadonlyArray<{ start: number; end: number }>): ShapedUnit[] {
  if (clusters.length === 0) return [];
  const lineStart = clusters[0].start;
  const lineEnd = clusters[clusters.length - 1].end;
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = lineStart; i < lineEnd; ) {
    const code = text.codePointAt(i)!;
    codes.push(code);
    offsets.push(i);
    i += code > 0xffff ? 2 : 1;
  }
  const joining = codes.map(joiningOf);
  // Per code unit of the line: the presentation form that replaces it, or SWALLOWED for an alef drawn
  // by the lam-alef ligature before it, or 0 when the character is written as it is.
  const formAt = new Uint32Array(lineEnd - lineStart);
  const nextJoining = (k: number) => {
    for (let n = k + 1; n < codes.length; n++) if (joining[n] !== 'transparent') return n;
    return -1;
  };
  let previous: Joining = 'none'; // joining type of the last non-transparent character
  for (let k = 0; k < codes.length; k++) {
    const type = joining[k];
    if (type === 'transparent') continue;
    const joinsPrevious = joinsBackward(type) && joinsForward(previous);
    previous = type;
    if (!FORMS.has(codes[k])) continue;
    const next = nextJoining(k);
    // Only marks may sit between lam and alef, so both stay in adjacent clusters of one cell.
    const ligature = codes[k] === LAM && next !== -1 && onlyMarksBetween(codes, k, next) ? lamAlefLigature(codes[next], joinsPrevious) : 0;
    if (ligature) {
      formAt[offsets[k] - lineStart] = ligature;
      formAt[offsets[next] - lineStart] = SWALLOWED;
      previous = 'right'; // the ligature ends like an alef: it does not join what follows
      k = next;
      continue;
    }
    const joinsNext = type === 'dual' && next !== -1 && joinsBackward(joining[next]);
    formAt[offsets[k] - lineStart] = presentationForm(codes[k], joinsPrevious, joinsNext);
  }
  const units: ShapedUnit[] = [];
  for (const cluster of clusters) {
    let glyph = '';
    for (let i = cluster.start; i < cluster.end; ) {
      const code = text.codePointAt(i)!;
      const form = formAt[i - lineStart];
      if (form !== SWALLOWED) glyph += String.fromCodePoint(form || code);
      i += code > 0xffff ? 2 : 1;
    }
    const last = units[units.length - 1];
    if (formAt[cluster.start - lineStart] === SWALLOWED && last) {
      // The alef's cluster joins the lam's unit: one cell, both logical ranges, the alef's marks kept.
      last.end = cluster.end;
      last.text += glyph;
    } else units.push({ start: cluster.start, end: cluster.end, text: glyph });
  }
  return units;
}
