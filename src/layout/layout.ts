import type { Block, Direction } from '../article/model.js';
import { clustersOf, visibleText, type Cluster } from '../text/clusters.js';
import { breakOpportunities } from '../text/linebreak.js';
import { bidiClassAt, mirrored, paragraphLevels, resetsAtLineEnd, visualOrder } from '../text/bidi.js';
import { shapeClusters } from '../text/shape.js';
import type { LayoutOptions, VisualCell, VisualLine } from './types.js';

const WHITESPACE = /^\s+$/u;

/**
 * Lays out one paragraph for a width in cells, in the UAX #9 order: embedding levels on the whole
 * paragraph, line breaks chosen on the logical text (UAX #14 opportunities, greedy by cell width,
 * a word wider than the line broken between grapheme clusters), then each line reordered.
 */
export function layoutText(text: string, direction: Direction, width: number, options: LayoutOptions): VisualLine[] {
  const lineWidth = Math.max(1, Math.floor(width));
  const clusters = clustersOf(text);
  if (clusters.length === 0) return [];
  const { levels, paragraphLevel } = paragraphLevels(text, direction);
  return breakIntoLines(text, clusters, lineWidth).map(([from, to]) =>
    buildLine(text, clusters.slice(from, to), levels, paragraphLevel, direction, lineWidth, options),
  );
}

export function layoutBlock(block: Block, width: number, options: LayoutOptions): VisualLine[] {
  return layoutText(block.text, block.direction, width, options);
}

/** Greedy filling: returns [first, afterLast) cluster index ranges, one per line. */
function breakIntoLines(text: string, clusters: Cluster[], width: number): Array<[number, number]> {
  // Cluster index at which each break opportunity starts a new line.
  const clusterAt = new Map<number, number>();
  clusters.forEach((c, i) => clusterAt.set(c.start, i));
  const breaks: Array<{ index: number; required: boolean }> = [];
  for (const b of breakOpportunities(text)) {
    const index = b.position === text.length ? clusters.length : clusterAt.get(b.position);
    if (index !== undefined) breaks.push({ index, required: b.required });
  }
  const isSpace = clusters.map((c) => WHITESPACE.test(text.slice(c.start, c.end)));
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let used = 0; // cells used by the line so far, trailing spaces excluded
  let pending = 0; // cells of trailing spaces after `used`
  let segmentStart = 0;
  for (const { index: segmentEnd, required } of breaks) {
    if (segmentEnd <= segmentStart) continue;
    // The segment: a word plus the spaces after it (spaces hang past the line end).
    let wordEnd = segmentEnd;
    while (wordEnd > segmentStart && isSpace[wordEnd - 1]) wordEnd--;
    const wordWidth = widthOf(clusters, segmentStart, wordEnd);
    const spaceWidth = widthOf(clusters, wordEnd, segmentEnd);
    if (lineStart < segmentStart && used + pending + wordWidth > width) {
      lines.push([lineStart, segmentStart]);
      lineStart = segmentStart;
      used = 0;
      pending = 0;
    }
    if (wordWidth > width) {
      // Too wide for any line: cut between grapheme clusters.
      let cut = segmentStart;
      let cutUsed = used + pending;
      for (let i = segmentStart; i < wordEnd; i++) {
        if (cutUsed + clusters[i].width > width && i > lineStart) {
          lines.push([lineStart, i]);
          lineStart = i;
          cutUsed = 0;
        }
        cutUsed += clusters[i].width;
        cut = i + 1;
      }
      used = cutUsed;
      pending = spaceWidth;
      void cut;
    } else {
      used += pending + wordWidth;
      pending = spaceWidth;
    }
    segmentStart = segmentEnd;
    if (required && segmentEnd < clusters.length) {
      lines.push([lineStart, segmentEnd]);
      lineStart = segmentEnd;
      used = 0;
      pending = 0;
    }
  }
  if (lineStart < clusters.length) lines.push([lineStart, clusters.length]);
  return lines;
}

function widthOf(clusters: Cluster[], from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += clusters[i].width;
  return w;
}

function buildLine(
  text: string,
  lineClusters: Cluster[],
  levels: Uint8Array,
  paragraphLevel: number,
  direction: Direction,
  width: number,
  options: LayoutOptions,
): VisualLine {
  const start = lineClusters[0].start;
  const end = lineClusters[lineClusters.length - 1].end;
  // Trailing whitespace hangs past the line end and is not drawn.
  let shown = lineClusters.length;
  while (shown > 0 && WHITESPACE.test(text.slice(lineClusters[shown - 1].start, lineClusters[shown - 1].end))) shown--;
  const visible = lineClusters.slice(0, shown);
  const units = options.shape
    ? shapeClusters(text, visible)
    : visible.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end) }));
  // L1: characters that reset at the end of the line take the paragraph level.
  const unitLevels = units.map((u) => levels[u.start]);
  for (let i = units.length - 1; i >= 0 && resetsAtLineEnd(bidiClassAt(text, units[i].start)); i--) unitLevels[i] = paragraphLevel;
  const order = options.reorder ? visualOrder(unitLevels) : units.map((_, i) => i);
  const cells: VisualCell[] = [];
  let column = 0;
  for (const i of order) {
    const unit = units[i];
    let glyph = visibleText(unit.text);
    if (glyph === '') continue;
    if (options.reorder && unitLevels[i] % 2 === 1) glyph = mirrorBase(glyph);
    let cellWidth = unitWidth(lineClusters, unit.start, unit.end, glyph);
    if (cellWidth > width) {
      glyph = '\ufffd'; // a wide character on a one-cell line: shown as a placeholder
      cellWidth = 1;
    }
    cells.push({ text: glyph, width: cellWidth, start: unit.start, end: unit.end, column });
    column += cellWidth;
  }
  return { start, end, cells, text: cells.map((c) => c.text).join(''), width: column, direction };
}

function unitWidth(clusters: Cluster[], start: number, end: number, glyph: string): number {
  // A lam-alef ligature covers two clusters but takes one cell.
  const inside = clusters.filter((c) => c.start >= start && c.end <= end);
  if (inside.length === 1) return Math.max(1, inside[0].width);
  return glyph.codePointAt(0)! >= 0xfef5 && glyph.codePointAt(0)! <= 0xfefc ? 1 : inside.reduce((w, c) => w + c.width, 0);
}

function mirrorBase(glyph: string): string {
  const first = String.fromCodePoint(glyph.codePointAt(0)!);
  return mirrored(first) + glyph.slice(first.length);
}
