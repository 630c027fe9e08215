import type { Article } from '../article/model.js';
import { layoutBlock } from './layout.js';
import type { LayoutOptions, VisualLine } from './types.js';

/** A logical place in the article: survives a new width, so positions are saved this way. */
export interface Anchor {
  block: number;
  /** UTF-16 offset into the block's text. */
  offset: number;
}

/**
 * A screen row of the laid-out article: line `line` of block `block`; `line === lines.length` is the
 * empty row that separates a block from the next one.
 */
export interface Row {
  block: number;
  line: number;
}

/**
 * The article laid out for one width, lazily: a block is laid out the first time a row of it is
 * needed, so opening or jumping in a huge article costs only what is on screen.
 */
export class ArticleDocument {
  /** Indices of the blocks that are shown (all but `related`), in order. */
  readonly shown: number[];
  private readonly shownIndex = new Map<number, number>();
  private readonly cache = new Map<number, VisualLine[]>();
  /** Text length before each shown block, for the position percentage. */
  private readonly charsBefore: number[];
  private readonly totalChars: number;

  constructor(
    readonly article: Article,
    readonly width: number,
    readonly options: LayoutOptions,
  ) {
    this.shown = article.blocks.flatMap((b, i) => (b.kind === 'related' ? [] : [i]));
    this.shown.forEach((block, i) => this.shownIndex.set(block, i));
    let total = 0;
    this.charsBefore = this.shown.map((block) => {
      const before = total;
      total += article.blocks[block].text.length;
      return before;
    });
    this.totalChars = total;
  }

  get isEmpty(): boolean {
    return this.shown.length === 0;
  }

  linesOf(block: number): VisualLine[] {
    let lines = this.cache.get(block);
    if (!lines) {
      lines = layoutBlock(this.article.blocks[block], this.width, this.options);
      if (lines.length === 0) lines = [{ start: 0, end: 0, cells: [], text: '', width: 0, direction: this.article.blocks[block].direction }];
      this.cache.set(block, lines);
    }
    return lines;
  }

  /** Rows a shown block takes, its separator row included (the last block has none). */
  private rowCount(shownPosition: number): number {
    const lines = this.linesOf(this.shown[shownPosition]).length;
    return shownPosition === this.shown.length - 1 ? lines : lines + 1;
  }

  get firstRow(): Row {
    return { block: this.shown[0] ?? 0, line: 0 };
  }

  get lastRow(): Row {
    const block = this.shown[this.shown.length - 1] ?? 0;
    return { block, line: this.isEmpty ? 0 : this.linesOf(block).length - 1 };
  }

  /** The row showing a logical position (the nearest shown block when it is not shown). */
  rowAt(anchor: Anchor): Row {
    if (this.isEmpty) return { block: 0, line: 0 };
    let position = this.shownIndex.get(anchor.block);
    if (position === undefined) {
      position = this.shown.findIndex((b) => b > anchor.block);
      if (position === -1) return this.lastRow;
      return { block: this.shown[position], line: 0 };
    }
    const lines = this.linesOf(anchor.block);
    let line = 0;
    while (line + 1 < lines.length && lines[line + 1].start <= anchor.offset) line++;
    return { block: anchor.block, line };
  }

  anchorOf(row: Row): Anchor {
    if (this.isEmpty) return { block: 0, offset: 0 }; // an empty file: there is no block to look into
    const lines = this.linesOf(row.block);
    const line = lines[Math.min(row.line, lines.length - 1)];
    return { block: row.block, offset: row.line >= lines.length ? line.end : line.start };
  }

  /** `row` moved by `delta` rows, clamped to the article. */
  move(row: Row, delta: number): Row {
    if (this.isEmpty) return row;
    let position = this.shownIndex.get(row.block) ?? 0;
    let line = row.line;
    while (delta > 0) {
      const rows = this.rowCount(position);
      if (line + delta < rows) return { block: this.shown[position], line: line + delta };
      if (position === this.shown.length - 1) return this.lastRow;
      delta -= rows - line;
      position++;
      line = 0;
    }
    while (delta < 0) {
      if (line + delta >= 0) return { block: this.shown[position], line: line + delta };
      if (position === 0) return this.firstRow;
      delta += line + 1;
      position--;
      line = this.rowCount(position) - 1;
    }
    return { block: this.shown[position], line };
  }

  /** Up to `count` rows starting at `from`. */
  rowsFrom(from: Row, count: number): Row[] {
    const rows: Row[] = [];
    let row = from;
    for (let i = 0; i < count; i++) {
      rows.push(row);
      const next = this.move(row, 1);
      if (next.block === row.block && next.line === row.line) break;
      row = next;
    }
    return rows;
  }

  /** How many shown blocks follow the row's block: a cheap bound on the rows below it, no layout needed. */
  private blocksAfter(row: Row): number {
    const position = this.shownIndex.get(row.block);
    return position === undefined ? 0 : this.shown.length - 1 - position;
  }

  /**
   * Whether `row` is certainly above the last page: every shown block takes at least one row, so
   * with a screenful of blocks below it, it is (found without laying out the article's end).
   */
  isFarFromEnd(row: Row, viewRows: number): boolean {
    return this.blocksAfter(row) >= viewRows;
  }

  /** The top row that shows the last page (the article's end on the screen's last row). */
  lastPageTop(viewRows: number): Row {
    return this.move(this.lastRow, -(Math.max(1, viewRows) - 1));
  }

  compare(a: Row, b: Row): number {
    return a.block !== b.block ? (this.shownIndex.get(a.block) ?? 0) - (this.shownIndex.get(b.block) ?? 0) : a.line - b.line;
  }

  /** How far through the article a logical position is, from 0 to 1. */
  fraction(anchor: Anchor): number {
    if (this.totalChars === 0) return 1;
    const position = this.shownIndex.get(anchor.block);
    if (position === undefined) return 0;
    return Math.min(1, (this.charsBefore[position] + anchor.offset) / this.totalChars);
  }
}
