import type { Direction } from '../article/model.js';
import { lineLevels, mirrored, paragraphLevels, visualOrder, type ParagraphLevels } from '../text/bidi.js';
import { breakOpportunities } from '../text/linebreak.js';
import { isOneCellPunctuation, isRtlNonspacingMark } from '../text/cell-width.js';
import { isSimpleCharacter } from '../text/simple-characters.js';
import type { LayoutOptions } from './types.js';

/**
 * --print of a paragraph made only of one-cell characters that are their own grapheme clusters
 * (ASCII, Hebrew and Arabic letters and punctuation, Latin-1, common dashes and quotes), each
 * optionally followed by Hebrew or Arabic marks: the lines printLines makes from layoutText (right-
 * to-left lines right-aligned to `width`), without its cluster objects and line by line string
 * building, which cost most of the time and memory of printing a big article. Returns null for any
 * other paragraph (or for shaping), which then takes the general path.
 */
export function simplePrintedText(text: string, direction: Direction, width: number, options: LayoutOptions): string[] | null {
  if (options.shape) return null;
  const starts = simpleClusterStarts(text);
  if (!starts) return null;
  if (starts.length === 1) return [];
  const paragraph = paragraphLevels(text, direction);
  const lines: string[] = [];
  for (const [from, to] of greedyLines(text, starts, Math.max(1, Math.floor(width)))) {
    let shown = to;
    while (shown > from && text.charCodeAt(starts[shown - 1]) === 0x20) shown--; // trailing spaces hang, undrawn
    const pad = direction === 'rtl' ? Math.max(0, width - (shown - from)) : 0;
    const units = lineBuffer(pad + starts[shown] - starts[from]);
    units.fill(0x20, 0, pad);
    const length = options.reorder ? writeVisual(units, pad, text, starts, from, shown, paragraph) : writeLogical(units, pad, text, starts[from], starts[shown]);
    lines.push(String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]));
  }
  return lines;
}

/**
 * layout.ts's breakIntoLines for clusters of one cell each, whitespace being a space: the same
 * greedy filling on the same UAX #14 opportunities, as [first, afterLast) cluster ranges.
 */
function greedyLines(text: string, starts: Int32Array, width: number): Array<[number, number]> {
  const count = starts.length - 1;
  // Opportunities are text offsets; with marks in the text, clusters are fewer than code units.
  let clusterAt: Int32Array | null = null;
  if (count !== text.length) {
    clusterAt = new Int32Array(text.length + 1).fill(-1);
    for (let i = 0; i <= count; i++) clusterAt[starts[i]] = i;
  }
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
  for (const { position, required } of breakOpportunities(text)) {
    const segmentEnd = clusterAt ? clusterAt[position] : position;
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
    if (required && segmentEnd < count) endLine(segmentEnd);
  }
  if (lineStart < count) lines.push([lineStart, count]);
  return lines;
}

function writeLogical(units: Uint16Array, at: number, text: string, start: number, end: number): number {
  for (let k = start; k < end; k++) units[at++] = text.charCodeAt(k);
  return at;
}

/** Clusters from..shown-1 in visual order (L2), mirrored where odd (L4), written at `at`. */
function writeVisual(units: Uint16Array, at: number, text: string, starts: Int32Array, from: number, shown: number, paragraph: ParagraphLevels): number {
  const level = paragraph.levels[starts[from]];
  let uniform = true;
  for (let k = from + 1; k < shown && uniform; k++) uniform = paragraph.levels[starts[k]] === level;
  // Most lines are at one level. (No character of these paragraphs is reset at a line end by L1
  // once the trailing spaces are dropped: lineLevels would change nothing.)
  if (uniform && level % 2 === 0) return writeLogical(units, at, text, starts[from], starts[shown]);
  const levels = uniform ? null : lineLevels(text, starts.subarray(from, shown), paragraph);
  const order = levels && visualOrder(levels);
  for (let n = 0; n < shown - from; n++) {
    const offset = order ? order[n] : shown - from - 1 - n;
    const i = from + offset;
    const start = starts[i];
    const odd = levels ? levels[offset] % 2 === 1 : true;
    // L4: only a cluster's base can mirror.
    units[at++] = odd ? mirroredCode(text.charCodeAt(start)) : text.charCodeAt(start);
    for (let k = start + 1; k < starts[i + 1]; k++) units[at++] = text.charCodeAt(k);
  }
  return at;
}

let buffer = new Uint16Array(256);

/** A scratch buffer for one line's code units (a line is built, turned into a string, forgotten). */
function lineBuffer(length: number): Uint16Array {
  if (buffer.length < length) buffer = new Uint16Array(length * 2);
  return buffer;
}

let mirrors: Uint16Array | null = null;

/** The mirrored character of a one-unit character (L4), from a table built on first use. */
function mirroredCode(code: number): number {
  // Letters of the right-to-left scripts never mirror, and no mirrored character is above U+2027 here.
  if (code >= 0x0590 && code <= 0x0eff) return code;
  if (!mirrors) {
    mirrors = new Uint16Array(0x2028);
    for (let c = 0; c < mirrors.length; c++) mirrors[c] = mirrored(String.fromCharCode(c)).charCodeAt(0);
  }
  return code < mirrors.length ? mirrors[code] : mirrored(String.fromCharCode(code)).charCodeAt(0);
}

const enum CharKind {
  Other = 0,
  Cluster, // a one-cell character that is a cluster of its own
  Space,
  Mark, // a Hebrew or Arabic nonspacing mark, joining the cluster before it
}

let kinds: Uint8Array | null = null;

function kindOf(code: number): CharKind {
  if (!kinds) {
    kinds = new Uint8Array(0x10000);
    for (let c = 0; c < kinds.length; c++) {
      if (c === 0x20) kinds[c] = CharKind.Space;
      // (no-break space is not a cluster of its own kind here: it is whitespace for line breaking)
      else if (isSimpleCharacter(c) || (isOneCellPunctuation(c) && c !== 0xa0)) kinds[c] = CharKind.Cluster;
      else if (isRtlNonspacingMark(c)) kinds[c] = CharKind.Mark;
    }
  }
  return kinds[code];
}

/** Where each cluster starts (and text.length last), or null when the paragraph is not that simple. */
function simpleClusterStarts(text: string): Int32Array | null {
  const starts = new Int32Array(text.length + 1);
  let count = 0;
  let canCarryMarks = false; // marks join the cluster before them, unless it is a space (or there is none)
  for (let i = 0; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === CharKind.Cluster || kind === CharKind.Space) {
      starts[count++] = i;
      canCarryMarks = kind === CharKind.Cluster;
    } else if (!(canCarryMarks && kind === CharKind.Mark)) return null;
  }
  starts[count] = text.length;
  return starts.subarray(0, count + 1);
}
