import type { Direction } from '../article/model.js';
import { lineLevels, mirrored, paragraphLevels, visualOrder } from '../text/bidi.js';
import { isOneCellPunctuation, isRtlNonspacingMark } from '../text/cell-width.js';
import { isSimpleCharacter } from '../text/simple-characters.js';
import { breakIntoLines, type ClusterRun, type PrintedLine } from './layout.js';
import type { LayoutOptions } from './types.js';

/**
 * --print of a paragraph made only of one-cell characters that are their own grapheme clusters
 * (ASCII, Hebrew and Arabic letters and punctuation, Latin-1, common dashes and quotes), each
 * optionally followed by Hebrew or Arabic marks: the same lines as layoutText without its cluster
 * and cell objects, which cost most of the time and memory of printing a big article. Returns null
 * for any other paragraph (or for shaping), which then takes the general path.
 */
export function simplePrintedLines(text: string, direction: Direction, width: number, options: LayoutOptions): PrintedLine[] | null {
  if (options.shape) return null;
  const starts = simpleClusterStarts(text);
  if (!starts) return null;
  const count = starts.length - 1;
  if (count === 0) return [];
  const run: ClusterRun = {
    count,
    startOf: (i) => starts[i],
    widthOf: () => 1,
    // A space never carries marks here, so a whitespace cluster is one space.
    isWhitespace: (i) => text.charCodeAt(starts[i]) === 0x20,
  };
  const lineWidth = Math.max(1, Math.floor(width));
  const paragraph = paragraphLevels(text, direction);
  return breakIntoLines(text, run, lineWidth).map(([from, to]) => {
    let shown = to;
    while (shown > from && run.isWhitespace(shown - 1)) shown--; // trailing spaces hang, undrawn
    const unitStarts = starts.subarray(from, shown);
    if (!options.reorder) return { text: text.slice(starts[from], starts[shown]), width: shown - from, direction };
    const levels = lineLevels(text, unitStarts, paragraph);
    let line = '';
    for (const i of visualOrder(levels)) {
      const start = unitStarts[i];
      const end = starts[from + i + 1];
      const base = text.charCodeAt(start);
      // L4: only a cluster's base can mirror, and letters of the right-to-left scripts never do.
      line += levels[i] % 2 === 1 && base < 0x0590 ? mirrored(text[start]) + text.slice(start + 1, end) : text.slice(start, end);
    }
    return { text: line, width: shown - from, direction };
  });
}

/** Where each cluster starts (and text.length last), or null when the paragraph is not that simple. */
function simpleClusterStarts(text: string): Int32Array | null {
  const starts = new Int32Array(text.length + 1);
  let count = 0;
  let canCarryMarks = false; // the current cluster's base is a letter-like character, not a space or punctuation
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSimpleCharacter(code)) {
      starts[count++] = i;
      canCarryMarks = code !== 0x20 && (code >= 0x0590 || isAsciiAlphanumeric(code));
    } else if (isOneCellPunctuation(code) && code !== 0xa0) {
      starts[count++] = i; // (no-break space is excluded: it is whitespace for line breaking)
      canCarryMarks = false;
    } else if (!(canCarryMarks && isRtlNonspacingMark(code))) return null;
  }
  starts[count] = text.length;
  return starts.subarray(0, count + 1);
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}
