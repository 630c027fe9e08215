import type { Block, Direction } from '../article/model.js';
import { clustersOf, isWhitespace, visibleText, type Cluster } from '../text/clusters.js';
import { breakOpportunities } from '../text/linebreak.js';
import { lineLevels, mirrored, paragraphLevels, visualOrder, type ParagraphLevels } from '../text/bidi.js';
import { shapeClusters } from '../text/shape.js';
import { simpleLines } from './simple-lines.js';
import type { LayoutOptions, VisualCell, VisualLine } from './types.js';

/**
 * Lays out one paragraph for a width in cells, in the UAX #9 order: embedding levels on the whole
 * paragraph, line breaks chosen on the logical text (UAX #14 opportunities, greedy by cell width,
 * a word wider than the line broken between grapheme clusters), then each line reordered.
 */
export function layoutText(text: string, direction: Direction, width: number, options: LayoutOptions): VisualLine[] {
  const simple = simpleLines(text, direction, width, options);
  if (!simple) return generalLayout(text, direction, width, options);
  // The same lines as the general path's, which makes their cells if they are ever asked for.
  const cells = new ParagraphCells(text, direction, width, options);
  return simple.map((line, index) => new TextLine(line.start, line.end, line.text, line.width, direction, cells, index));
}

/** layoutText for any text, without the fast path for simple paragraphs (which tests hold to it). */
export function generalLayout(text: string, direction: Direction, width: number, options: LayoutOptions): VisualLine[] {
  const cells = new ParagraphCells(text, direction, width, options);
  return linesOf(text, direction, width, options, (...args) => textLine(...args, cells));
}

/**
 * The cells of a paragraph's lines, made when first asked for: only rows with a highlight (and
 * tests) need them, and a screenful of cell objects kept per laid-out line made scrolling a huge
 * article slow (every one of them survives a garbage collection or two).
 */
class ParagraphCells {
  private lines: VisualCell[][] | null = null;

  constructor(
    private readonly text: string,
    private readonly direction: Direction,
    private readonly width: number,
    private readonly options: LayoutOptions,
  ) {}

  ofLine(index: number): VisualCell[] {
    this.lines ??= linesOf(this.text, this.direction, this.width, this.options, lineCells);
    return this.lines[index];
  }
}

/** A laid-out line whose cells are made on demand (by laying its paragraph out again, identically). */
class TextLine implements VisualLine {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly width: number,
    readonly direction: Direction,
    private readonly paragraph: ParagraphCells,
    private readonly index: number,
  ) {}

  get cells(): VisualCell[] {
    return this.paragraph.ofLine(this.index);
  }
}

type LineBuilder<T> = (text: string, lineClusters: Cluster[], paragraph: ParagraphLevels, direction: Direction, width: number, options: LayoutOptions, index: number) => T;

function linesOf<T>(text: string, direction: Direction, width: number, options: LayoutOptions, build: LineBuilder<T>): T[] {
  const lineWidth = Math.max(1, Math.floor(width));
  const clusters = clustersOf(text);
  if (clusters.length === 0) return [];
  const paragraph = paragraphLevels(text, direction);
  return breakIntoLines(text, clusterRun(text, clusters), lineWidth).map(([from, to], index) =>
    build(text, clusters.slice(from, to), paragraph, direction, lineWidth, options, index),
  );
}

export function layoutBlock(block: Block, width: number, options: LayoutOptions): VisualLine[] {
  return layoutText(block.text, block.direction, width, options);
}


/** What line breaking needs to know of a paragraph's grapheme clusters. */
interface ClusterRun {
  readonly count: number;
  startOf(i: number): number;
  widthOf(i: number): number;
  isWhitespace(i: number): boolean;
}

function clusterRun(text: string, clusters: Cluster[]): ClusterRun {
  return {
    count: clusters.length,
    startOf: (i) => clusters[i].start,
    widthOf: (i) => clusters[i].width,
    isWhitespace: (i) => isWhitespace(text, clusters[i]),
  };
}

/** Greedy filling: returns [first, afterLast) cluster index ranges, one per line. */
function breakIntoLines(text: string, clusters: ClusterRun, width: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let used = 0; // cells of the line so far, trailing spaces excluded
  let pending = 0; // cells of the trailing spaces after `used` (they hang if the line ends there)
  let segmentStart = 0;
  const endLine = (at: number) => {
    lines.push([lineStart, at]);
    lineStart = at;
    used = 0;
    pending = 0;
  };
  const cellsBetween = (from: number, to: number) => {
    let w = 0;
    for (let i = from; i < to; i++) w += clusters.widthOf(i);
    return w;
  };
  for (const { index: segmentEnd, required } of breakIndices(text, clusters)) {
    // The segment between two break opportunities: a word, then the spaces after it.
    let wordEnd = segmentEnd;
    while (wordEnd > segmentStart && clusters.isWhitespace(wordEnd - 1)) wordEnd--;
    const wordWidth = cellsBetween(segmentStart, wordEnd);
    if (lineStart < segmentStart && used + pending + wordWidth > width) endLine(segmentStart);
    if (wordWidth > width) {
      // Too wide for any line: cut between grapheme clusters.
      used += pending;
      for (let i = segmentStart; i < wordEnd; i++) {
        if (used + clusters.widthOf(i) > width && i > lineStart) endLine(i);
        used += clusters.widthOf(i);
      }
    } else used += pending + wordWidth;
    pending = cellsBetween(wordEnd, segmentEnd);
    segmentStart = segmentEnd;
    if (required && segmentEnd < clusters.count) endLine(segmentEnd);
  }
  if (lineStart < clusters.count) lines.push([lineStart, clusters.count]);
  return lines;
}

/** UAX #14 break opportunities as cluster indices (opportunities inside a cluster are dropped). */
function breakIndices(text: string, clusters: ClusterRun): Array<{ index: number; required: boolean }> {
  const clusterAt = new Int32Array(text.length + 1).fill(-1);
  for (let i = 0; i < clusters.count; i++) clusterAt[clusters.startOf(i)] = i;
  clusterAt[text.length] = clusters.count;
  const result: Array<{ index: number; required: boolean }> = [];
  let previous = 0;
  for (const b of breakOpportunities(text)) {
    const index = clusterAt[b.position];
    if (index > previous) {
      result.push({ index, required: b.required });
      previous = index;
    }
  }
  return result;
}

/** A cell group before reordering: one cluster, or (shaped) a lam-alef ligature covering two. */
interface Unit {
  start: number;
  end: number;
  text: string;
  width: number;
}

function lineCells(text: string, lineClusters: Cluster[], paragraph: ParagraphLevels, _direction: Direction, width: number, options: LayoutOptions): VisualCell[] {
  const cells: VisualCell[] = [];
  let column = 0;
  forEachGlyph(text, lineClusters, paragraph, width, options, (glyph, cellWidth, unit) => {
    cells.push({ text: glyph, width: cellWidth, start: unit.start, end: unit.end, column });
    column += cellWidth;
  });
  return cells;
}

function textLine(
  text: string,
  lineClusters: Cluster[],
  paragraph: ParagraphLevels,
  direction: Direction,
  width: number,
  options: LayoutOptions,
  index: number,
  cells: ParagraphCells,
): TextLine {
  let column = 0;
  let lineText = '';
  forEachGlyph(text, lineClusters, paragraph, width, options, (glyph, cellWidth) => {
    column += cellWidth;
    lineText += glyph;
  });
  return new TextLine(lineClusters[0].start, lineClusters[lineClusters.length - 1].end, lineText, column, direction, cells, index);
}

/** What a line writes, glyph by glyph in visual order: reordered, mirrored, shaped when asked. */
function forEachGlyph(
  text: string,
  lineClusters: Cluster[],
  paragraph: ParagraphLevels,
  width: number,
  options: LayoutOptions,
  visit: (glyph: string, cellWidth: number, unit: Unit) => void,
): void {
  // Trailing whitespace hangs past the line end and is not drawn.
  let shown = lineClusters.length;
  while (shown > 0 && isWhitespace(text, lineClusters[shown - 1])) shown--;
  const units = lineUnits(text, lineClusters.slice(0, shown), options.shape);
  const levels = lineLevels(text, units.map((u) => u.start), paragraph);
  const order = options.reorder ? visualOrder(levels) : units.map((_, i) => i);
  for (const i of order) {
    const unit = units[i];
    let glyph = visibleText(unit.text);
    if (glyph === '') continue;
    if (options.reorder && levels[i] % 2 === 1) glyph = mirrorBase(glyph);
    let cellWidth = unit.width;
    if (cellWidth > width) {
      glyph = '\ufffd'; // a wide character on a one-cell line: shown as a placeholder
      cellWidth = 1;
    }
    visit(glyph, cellWidth, unit);
  }
}

/** The line's clusters as cell groups in logical order, shaped when asked. */
function lineUnits(text: string, clusters: Cluster[], shape: boolean): Unit[] {
  if (!shape) return clusters.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), width: c.width }));
  // A shaped unit starts where a cluster starts; a lam-alef ligature takes the lam's cell only.
  let k = 0;
  return shapeClusters(text, clusters).map(({ start, end, text: glyph }) => {
    while (clusters[k].start < start) k++;
    return { start, end, text: glyph, width: clusters[k].width };
  });
}

function mirrorBase(glyph: string): string {
  const first = String.fromCodePoint(glyph.codePointAt(0)!);
  return mirrored(first) + glyph.slice(first.length);
}
