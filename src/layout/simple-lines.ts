import type { Direction } from '../article/model.js';
import { lineLevels, mirrored, paragraphLevels, visualOrder, type ParagraphLevels } from '../text/bidi.js';
import { breakOpportunities } from '../text/linebreak.js';
import { isOneCellPunctuation, isRtlNonspacingMark } from '../text/cell-width.js';
import { isSimpleCharacter } from '../text/simple-characters.js';
import { breaksBetween, lineBreakGroup, NOT_SIMPLE } from '../text/linebreak-simple.js';
import { hasForms, joiningOf, joinsBackward, joinsForward, LAM, lamAlefLigature, presentationForm } from '../text/shape.js';
import type { LayoutOptions } from './types.js';

/** A laid-out line of a simple paragraph: VisualLine but for its cells (which the general path makes). */
export interface SimpleLine {
  start: number;
  end: number;
  /** As written: reordered, mirrored, shaped when asked; right-to-left lines padded when asked. */
  text: string;
  /** Cells of the text without the padding. */
  width: number;
}

/**
 * The lines layout.ts makes of a paragraph made only of one-cell characters that are their own
 * grapheme clusters (ASCII, Hebrew and Arabic letters and punctuation, Latin-1, common dashes and
 * quotes), each optionally followed by Hebrew or Arabic marks: the same breaks, order, mirroring and
 * shaping, without the general path's objects per cluster and per glyph, whose allocation and garbage
 * collection were most of the time of printing a big article and of paging through one. Returns null
 * for any other paragraph, which then takes the general path. `padRtl`: right-to-left lines start
 * with the spaces that right-align them to `width` (what --print writes).
 */
export function simpleLines(text: string, direction: Direction, width: number, options: LayoutOptions, padRtl = false): SimpleLine[] | null {
  const scan = scanSimpleText(text);
  if (!scan) return null;
  const { starts } = scan;
  if (starts.length === 1) return [];
  if (levelScratch.length < text.length) levelScratch = new Uint8Array(2 * text.length);
  const paragraph = paragraphLevels(text, direction, levelScratch);
  const lines: SimpleLine[] = [];
  const opportunities = scan.breaks ?? packageOpportunities(text, starts);
  for (const [from, to] of greedyLines(text, starts, opportunities, Math.max(1, Math.floor(width)))) {
    let shown = to;
    while (shown > from && text.charCodeAt(starts[shown - 1]) === 0x20) shown--; // trailing spaces hang, undrawn
    const line = lineUnits(text, starts, from, shown, options.shape);
    const pad = padRtl && direction === 'rtl' ? Math.max(0, width - line.count) : 0;
    const units = lineBuffer(pad + starts[shown] - starts[from]);
    units.fill(0x20, 0, pad);
    const length = options.reorder ? writeVisual(units, pad, text, starts, line, paragraph) : writeLogical(units, pad, text, starts, line);
    lines.push({ start: starts[from], end: starts[to], text: lineText(length), width: line.count });
  }
  return lines;
}

/** Break opportunities as cluster indices where a line may start; the last is the cluster count. */
interface Opportunities {
  at: Int32Array;
  /** Whether each break is mandatory (null: none is). */
  required: Uint8Array | null;
}

/** The linebreak package's opportunities, for paragraphs linebreak-simple.ts does not cover. */
function packageOpportunities(text: string, starts: Int32Array): Opportunities {
  const count = starts.length - 1;
  // Opportunities are text offsets; with marks in the text, clusters are fewer than code units.
  let clusterAt: Int32Array | null = null;
  if (count !== text.length) {
    clusterAt = new Int32Array(text.length + 1).fill(-1);
    for (let i = 0; i <= count; i++) clusterAt[starts[i]] = i;
  }
  const breaks = breakOpportunities(text);
  const at = new Int32Array(breaks.length);
  const required = new Uint8Array(breaks.length);
  breaks.forEach(({ position, required: mandatory }, i) => {
    at[i] = clusterAt ? clusterAt[position] : position; // -1 inside a cluster: skipped
    required[i] = mandatory ? 1 : 0;
  });
  return { at, required };
}

/**
 * layout.ts's breakIntoLines for clusters of one cell each, whitespace being a space: the same
 * greedy filling on the same UAX #14 opportunities, as [first, afterLast) cluster ranges.
 */
function greedyLines(text: string, starts: Int32Array, opportunities: Opportunities, width: number): Array<[number, number]> {
  const count = starts.length - 1;
  const isSpace = (i: number) => text.charCodeAt(starts[i]) === 0x20;
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let used = 0;
  let pending = 0;
  let segmentStart = 0;
  const endLine = (at: number) => {
    lines.push([lineStart, at]);
    lineStart = at;
    used = 0;
    pending = 0;
  };
  const { at, required } = opportunities;
  for (let b = 0; b < at.length; b++) {
    const segmentEnd = at[b];
    if (segmentEnd <= segmentStart) continue; // inside a cluster, or at the start
    let wordEnd = segmentEnd;
    while (wordEnd > segmentStart && isSpace(wordEnd - 1)) wordEnd--;
    const wordWidth = wordEnd - segmentStart;
    if (lineStart < segmentStart && used + pending + wordWidth > width) endLine(segmentStart);
    if (wordWidth > width) {
      used += pending;
      for (let i = segmentStart; i < wordEnd; i++) {
        if (used + 1 > width && i > lineStart) endLine(i);
        used++;
      }
    } else used += pending + wordWidth;
    pending = segmentEnd - wordEnd;
    segmentStart = segmentEnd;
    if (required && required[b] && segmentEnd < count) endLine(segmentEnd);
  }
  if (lineStart < count) lines.push([lineStart, count]);
  return lines;
}

/**
 * A line's cell groups: unit u is clusters first[u] .. first[u + 1] - 1, one cluster, or with shaping
 * a lam and the alef its ligature draws. `forms[c - from]` is the presentation form that replaces the
 * base of cluster c when it starts a unit (0: none).
 */
interface LineUnits {
  from: number;
  count: number;
  first: Int32Array;
  forms: Uint16Array | null;
}

let unitScratch = new Int32Array(256);
let formScratch = new Uint16Array(256);

/** Clusters from..shown-1 as units, shaped (shape.ts's rules: joins only inside the line) when asked. */
function lineUnits(text: string, starts: Int32Array, from: number, shown: number, shape: boolean): LineUnits {
  const clusters = shown - from;
  if (unitScratch.length <= clusters) {
    unitScratch = new Int32Array(2 * clusters + 1);
    formScratch = new Uint16Array(2 * clusters + 1);
  }
  const first = unitScratch;
  if (!shape) {
    for (let u = 0; u <= clusters; u++) first[u] = from + u;
    return { from, count: clusters, first, forms: null };
  }
  const forms = formScratch;
  let count = 0;
  let previous = 0; // joining flags of the last cluster's base (every base is a non-transparent character)
  for (let c = from; c < shown; c++) {
    const code = text.charCodeAt(starts[c]);
    const joining = joiningFlags(code);
    const joinsPrevious = (joining & JOINS_BACKWARD) !== 0 && (previous & JOINS_FORWARD) !== 0;
    first[count++] = c;
    forms[c - from] = 0;
    previous = joining;
    if ((joining & HAS_FORMS) === 0) continue;
    const next = c + 1 < shown ? text.charCodeAt(starts[c + 1]) : -1;
    const ligature = code === LAM && next !== -1 ? lamAlefLigature(next, joinsPrevious) : 0;
    if (ligature) {
      forms[c - from] = ligature;
      previous = JOINS_BACKWARD; // the ligature ends like an alef: it does not join what follows
      c++; // the alef's cluster belongs to the lam's unit
      continue;
    }
    const joinsNext = (joining & DUAL) !== 0 && next !== -1 && (joiningFlags(next) & JOINS_BACKWARD) !== 0;
    forms[c - from] = presentationForm(code, joinsPrevious, joinsNext);
  }
  first[count] = shown;
  return { from, count, first, forms };
}

const JOINS_FORWARD = 1;
const JOINS_BACKWARD = 2;
const DUAL = 4;
const HAS_FORMS = 8;
/** Not looked up yet (no combination of the flags above). */
const UNKNOWN_JOINING = 0xff;
/** shape.ts's joining type of each code unit as the flags above, filled in as characters are met. */
const joinings = new Uint8Array(0x10000).fill(UNKNOWN_JOINING);

function joiningFlags(code: number): number {
  let flags = joinings[code];
  if (flags === UNKNOWN_JOINING) {
    const type = joiningOf(code);
    flags = (joinsForward(type) ? JOINS_FORWARD : 0) | (joinsBackward(type) ? JOINS_BACKWARD : 0) | (type === 'dual' ? DUAL : 0) | (hasForms(code) ? HAS_FORMS : 0);
    joinings[code] = flags;
  }
  return flags;
}

/** Unit u written at `at`: its base (its form, or mirrored), its marks, and the marks of an alef its ligature draws. */
function writeUnit(units: Uint16Array, at: number, text: string, starts: Int32Array, line: LineUnits, u: number, mirror: boolean): number {
  const { first, forms } = line;
  const c = first[u];
  const start = starts[c];
  const form = forms === null ? 0 : forms[c - line.from];
  // L4: only a unit's base can mirror (presentation forms never do).
  units[at++] = form || (mirror ? mirroredCode(text.charCodeAt(start)) : text.charCodeAt(start));
  for (let k = start + 1; k < starts[c + 1]; k++) units[at++] = text.charCodeAt(k);
  for (let swallowed = c + 1; swallowed < first[u + 1]; swallowed++) {
    for (let k = starts[swallowed] + 1; k < starts[swallowed + 1]; k++) units[at++] = text.charCodeAt(k);
  }
  return at;
}

/** The line's units in logical order. */
function writeLogical(units: Uint16Array, at: number, text: string, starts: Int32Array, line: LineUnits): number {
  if (line.forms === null) {
    for (let k = starts[line.first[0]]; k < starts[line.first[line.count]]; k++) units[at++] = text.charCodeAt(k);
    return at;
  }
  for (let u = 0; u < line.count; u++) at = writeUnit(units, at, text, starts, line, u, false);
  return at;
}

/** The line's units in visual order (L2), mirrored where odd (L4), written at `at`. */
function writeVisual(units: Uint16Array, at: number, text: string, starts: Int32Array, line: LineUnits, paragraph: ParagraphLevels): number {
  const { first, count } = line;
  const level = paragraph.levels[starts[first[0]]];
  let uniform = true;
  for (let u = 1; u < count && uniform; u++) uniform = paragraph.levels[starts[first[u]]] === level;
  // Most lines are at one level. (No character of these paragraphs is reset at a line end by L1
  // once the trailing spaces are dropped: lineLevels would change nothing.)
  if (uniform && level % 2 === 0) return writeLogical(units, at, text, starts, line);
  if (uniform) {
    for (let u = count - 1; u >= 0; u--) at = writeUnit(units, at, text, starts, line, u, true);
    return at;
  }
  const levels = lineLevels(text, Array.from(first.subarray(0, count), (c) => starts[c]), paragraph);
  for (const u of visualOrder(levels)) at = writeUnit(units, at, text, starts, line, u, levels[u] % 2 === 1);
  return at;
}

let buffer = new Uint16Array(256);
let bufferBytes = Buffer.from(buffer.buffer);

/** A scratch buffer for one line's code units (a line is built, turned into a string, forgotten). */
function lineBuffer(length: number): Uint16Array {
  if (buffer.length < length) {
    buffer = new Uint16Array(length * 2);
    bufferBytes = Buffer.from(buffer.buffer);
  }
  return buffer;
}

// Decoding the buffer's bytes as UTF-16LE is several times faster than String.fromCharCode.apply,
// and the same string where code units are stored little-endian (everywhere but s390x).
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The first `length` units of the line buffer as a string. */
function lineText(length: number): string {
  return littleEndian ? bufferBytes.toString('utf16le', 0, 2 * length) : String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
}

/** Levels of the paragraph being printed (see paragraphLevels' `into`). */
let levelScratch = new Uint8Array(1024);

/** Mirrored characters (L4) of U+0000..U+2027 as they are looked up (0: not yet; none mirrors to U+0000). */
const mirrors = new Uint16Array(0x2028);

/** The mirrored character of a one-unit character (L4). */
function mirroredCode(code: number): number {
  // Letters of the right-to-left scripts never mirror, and no mirrored character is above U+2027 here.
  if (code >= 0x0590 && code <= 0x0eff) return code;
  if (code >= mirrors.length) return mirrored(String.fromCharCode(code)).charCodeAt(0);
  return (mirrors[code] ||= mirrored(String.fromCharCode(code)).charCodeAt(0));
}

const enum CharKind {
  Other = 0,
  Cluster, // a one-cell character that is a cluster of its own
  Space,
  Mark, // a Hebrew or Arabic nonspacing mark, joining the cluster before it
}

/** CharKind in the low two bits, the line-break group (linebreak-simple.ts) of clusters above. */
/** Not looked up yet (no CharKind and group make this value). */
const UNKNOWN_INFO = 0xff;
const infos = new Uint8Array(0x10000).fill(UNKNOWN_INFO);

/**
 * A code unit's CharKind and line-break group, one table look-up per character of the scan, filled
 * in as characters are first met (a whole table made at once cost the first screen milliseconds).
 */
function infoOf(code: number): number {
  let info = infos[code];
  if (info === UNKNOWN_INFO) {
    if (code === 0x20) info = CharKind.Space;
    // (no-break space is not a cluster of its own kind here: it is whitespace for line breaking)
    else if (isSimpleCharacter(code) || (isOneCellPunctuation(code) && code !== 0xa0)) info = CharKind.Cluster | (lineBreakGroup(code) << 2);
    else if (isRtlNonspacingMark(code)) info = CharKind.Mark;
    else info = CharKind.Other;
    infos[code] = info;
  }
  return info;
}

// Scratch space for the scan's arrays, which live only while one paragraph is printed: a typed
// array of its own per paragraph costs more than the whole scan (tens of thousands of allocations).
let scratch = new Int32Array(1024);

/**
 * Where each cluster starts (and text.length last), and, when every cluster has a line-break group
 * (linebreak-simple.ts), the break opportunities found in the same pass; null when the paragraph is
 * not that simple.
 */
function scanSimpleText(text: string): { starts: Int32Array; breaks: Opportunities | null } | null {
  if (scratch.length < 2 * (text.length + 1)) scratch = new Int32Array(4 * (text.length + 1));
  const starts = scratch.subarray(0, text.length + 1);
  const breaks = scratch.subarray(text.length + 1, 2 * (text.length + 1));
  let count = 0;
  let breakCount = 0;
  let canCarryMarks = false; // marks join the cluster before them, unless it is a space (or there is none)
  // The package treats a space at the very start as WJ: such text is left to it.
  let groupsKnown = text.charCodeAt(0) !== 0x20;
  let previousGroup = NOT_SIMPLE; // of the last cluster that is not a space
  let spaced = false;
  for (let i = 0; i < text.length; i++) {
    const info = infoOf(text.charCodeAt(i));
    const kind: CharKind = info & 3;
    if (kind === CharKind.Cluster) {
      if (groupsKnown) {
        const group = info >> 2;
        if (group === NOT_SIMPLE) groupsKnown = false;
        else if (previousGroup !== NOT_SIMPLE && breaksBetween(previousGroup, group, spaced)) breaks[breakCount++] = count;
        previousGroup = group;
        spaced = false;
      }
      starts[count++] = i;
      canCarryMarks = true;
    } else if (kind === CharKind.Space) {
      starts[count++] = i;
      canCarryMarks = false;
      spaced = true;
    } else if (!(canCarryMarks && kind === CharKind.Mark)) return null;
  }
  starts[count] = text.length;
  breaks[breakCount++] = count; // the end of the text is always an opportunity
  return { starts: starts.subarray(0, count + 1), breaks: groupsKnown ? { at: breaks.subarray(0, breakCount), required: null } : null };
}
