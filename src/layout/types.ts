import type { Direction } from '../article/model.js';

/** One cell group on screen: a grapheme cluster (or a lam-alef ligature) in visual order. */
export interface VisualCell {
  /** What is written: shaped, mirrored, invisible format characters removed. Never empty. */
  text: string;
  /** Terminal columns it takes (1 or 2). */
  width: number;
  /** Logical UTF-16 range of the block text it shows. */
  start: number;
  end: number;
  /** Column of its first cell within the line's content (before alignment padding). */
  column: number;
}

export interface VisualLine {
  /** Logical UTF-16 range of the block text this line covers (trailing break spaces included). */
  start: number;
  end: number;
  /** Cells in visual (left to right) order. */
  cells: VisualCell[];
  /** The cells' text joined: the line as written, without alignment padding. */
  text: string;
  /** Width in terminal cells of `text`. */
  width: number;
  /** Paragraph direction: right-to-left lines are right-aligned. */
  direction: Direction;
}

export interface LayoutOptions {
  /** Arabic contextual shaping into presentation forms (for terminals that do not join letters). */
  shape: boolean;
  /**
   * `app`: qari reorders each line into visual order. `terminal`: lines keep logical order and the
   * terminal's own bidi implementation reorders them.
   */
  reorder: boolean;
}
