import type { ArticleDocument, Row } from '../layout/document.js';
import type { VisualLine } from '../layout/types.js';

/** A logical range to highlight (a search match or an entity mention). */
export interface Highlight {
  block: number;
  start: number;
  end: number;
}

export interface RowSegment {
  text: string;
  mark: 'none' | 'highlight' | 'current';
}

export interface ScreenRow {
  key: string;
  block: number;
  segments: RowSegment[];
}

/**
 * One screen row as styled segments: alignment padding, then the line's cells grouped by highlight.
 * Highlights are mapped through each cell's logical range, so a match split by reordering in a
 * right-to-left line is marked exactly where its characters are shown.
 */
export function screenRow(doc: ArticleDocument, row: Row, highlights: Highlight[], current: Highlight | null): ScreenRow {
  const lines = doc.linesOf(row.block);
  const key = `${row.block}:${row.line}`;
  if (row.line >= lines.length) return { key, block: row.block, segments: [] };
  const line = lines[row.line];
  const marks = highlights.filter((h) => h.block === row.block && h.start < line.end && h.end > line.start);
  const isCurrent = current && current.block === row.block && current.start < line.end && current.end > line.start ? current : null;
  if (marks.length === 0 && !isCurrent) return plainRow(doc, row, line, key);
  const segments: RowSegment[] = [];
  const pad = line.direction === 'rtl' ? Math.max(0, doc.width - line.width) : 0;
  if (pad > 0) segments.push({ text: ' '.repeat(pad), mark: 'none' });
  for (const cell of line.cells) {
    const mark = isCurrent && overlaps(cell, isCurrent) ? 'current' : marks.some((h) => overlaps(cell, h)) ? 'highlight' : 'none';
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += cell.text;
    else segments.push({ text: cell.text, mark });
  }
  return { key, block: row.block, segments };
}

// Most rows have no highlight, and the same rows are drawn frame after frame while scrolling: their
// ScreenRow is kept with the laid-out line it shows (which lives as long as the document's layout).
const plainRows = new WeakMap<VisualLine, ScreenRow>();

/** A row without highlights: padding and the line's text, one segment. */
function plainRow(doc: ArticleDocument, row: Row, line: VisualLine, key: string): ScreenRow {
  let screen = plainRows.get(line);
  if (!screen) {
    const pad = line.direction === 'rtl' ? Math.max(0, doc.width - line.width) : 0;
    const text = ' '.repeat(pad) + line.text;
    screen = { key, block: row.block, segments: text ? [{ text, mark: 'none' }] : [] };
    plainRows.set(line, screen);
  }
  return screen;
}

function overlaps(cell: { start: number; end: number }, range: { start: number; end: number }): boolean {
  return cell.start < range.end && cell.end > range.start;
}
