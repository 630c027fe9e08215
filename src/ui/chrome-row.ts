import type { Direction } from '../article/model.js';
import { fitText, fitTextAs } from '../layout/fit.js';
import type { LayoutOptions } from '../layout/types.js';
import { clustersOf } from '../text/clusters.js';
import { sanitizeText } from '../text/sanitize.js';

/**
 * The rows around the article (lists, contents, card, help, status line) as plain strings of
 * terminal cells, mirrored when the chrome is right-to-left: what a left-to-right row has at its
 * left edge (the selection marker, a label, the text) sits at the right edge, and what it has after
 * the text or at its right edge (Latin name, kind, count, date, progress, the position) sits at the
 * left edge. Every piece of text goes through the article's pipeline (fitText: sanitizing, bidi
 * levels and reordering, shaping, cell widths, an ellipsis where the text is cut), keeps its own
 * base direction, and is placed as a whole: Ink gets rows that fit and never wraps them.
 */

/**
 * Article text (laid out in the direction most of its letters have), or with `base`, a message laid
 * out in its language's direction; `max` caps its cells (an outlet's name in a list row).
 */
export type RowText = string | { text: string; base?: Direction; max?: number };

/** Visual text ready to place, and its width in cells. */
export interface Piece {
  text: string;
  width: number;
}

export const EMPTY_PIECE: Piece = { text: '', width: 0 };

/** The selection marker, pointing into the row from the side the row starts on. */
export function cursorMarker(direction: Direction): string {
  return direction === 'rtl' ? '◀' : '▶';
}

/**
 * The selection marker as a piece: one cell, placed as is. Laid out as text, it went through
 * string-width, whose regexes take ~30 ms to compile on a list's first screen (cell-width.ts counts
 * it without them).
 */
export function cursorPiece(direction: Direction): Piece {
  return { text: cursorMarker(direction), width: 1 };
}

export function fitPiece(text: RowText, width: number, options: LayoutOptions): Piece {
  if (typeof text === 'string') return fitText(text, width, options);
  const room = Math.min(width, text.max ?? width);
  const fitted = text.base ? fitTextAs(shortenQuoted(text.text, room), room, options, text.base) : fitText(text.text, room, options);
  return { text: fitted.text, width: fitted.width };
}

/** A message's quoted values, as tScreen isolates them (their own bidi controls removed). */
const QUOTED = /\u2068([^\u2068\u2069]*)\u2069/g;
/** Cells a quoted value keeps at least, its ellipsis included: enough to recognise a title. */
const SHORTEST_QUOTE = 12;

/**
 * A message too wide for `width` cells, with its quoted values shortened first (with `…`), each to no
 * less than SHORTEST_QUOTE cells, so that what the message says around them still shows: first the
 * values before the last (titles, names: "cannot open وزير الداخلية…: no such file"), the longest
 * first, cut at their end; then the last (the reason, which often names a path before saying what
 * went wrong) in its middle, keeping its start and its end ("cannot open /home/…/gone.txt: no such
 * file"). In logical order, so a mirrored status line is shortened the same way. Only what is still
 * too wide is then cut at its end by the layout.
 */
export function shortenQuoted(message: string, width: number): string {
  if (!message.includes('\u2068')) return message;
  const key = `${width}|${message}`;
  let shortened = recentShortenings.get(key);
  if (shortened === undefined) {
    if (recentShortenings.size > 500) recentShortenings.clear();
    shortened = shortenUncached(message, width);
    recentShortenings.set(key, shortened);
  }
  return shortened;
}

const recentShortenings = new Map<string, string>();

function shortenUncached(message: string, width: number): string {
  let over = textCells(message) - width;
  if (over <= 0) return message;
  const quotes = [...message.matchAll(QUOTED)].map((match) => ({ at: match.index, value: sanitizeText(match[1]), cells: textCells(match[1]) }));
  const last = quotes.pop();
  const replaced = new Map<number, string>();
  const shorten = (quote: (typeof quotes)[number], cut: (value: string, cells: number) => string) => {
    const keep = Math.max(SHORTEST_QUOTE, quote.cells - over);
    if (keep >= quote.cells) return;
    const shortened = cut(quote.value, keep - 1);
    replaced.set(quote.at, shortened);
    over -= quote.cells - textCells(shortened);
  };
  for (const quote of quotes.sort((a, b) => b.cells - a.cells)) {
    if (over <= 0) break;
    shorten(quote, (value, cells) => `${cutToCells(value, cells)}…`);
  }
  if (over > 0 && last) {
    shorten(last, (value, cells) => {
      const end = Math.ceil((cells * 2) / 3);
      return `${cutToCells(value, cells - end)}…${lastCells(value, end)}`;
    });
  }
  if (replaced.size === 0) return message;
  return message.replace(QUOTED, (whole, _value: string, at: number) => {
    const cut = replaced.get(at);
    return cut === undefined ? whole : `\u2068${cut}\u2069`;
  });
}

/** Cells of a text as the layout counts them (the isolates none: left out, they need no segmenter). */
function textCells(text: string): number {
  return clustersOf(sanitizeText(text.replace(ISOLATES, ''))).reduce((sum, cluster) => sum + cluster.width, 0);
}

const ISOLATES = /[\u2066-\u2069]/g;

/** The end of a text, whole grapheme clusters, in at most `cells` cells, without leading spaces. */
function lastCells(text: string, cells: number): string {
  const clusters = clustersOf(text);
  let used = 0;
  let start = text.length;
  for (let i = clusters.length - 1; i >= 0; i--) {
    if (used + clusters[i].width > cells) break;
    used += clusters[i].width;
    start = clusters[i].start;
  }
  return text.slice(start).trimStart();
}

/** The start of a text, whole grapheme clusters, in at most `cells` cells, without trailing spaces. */
function cutToCells(text: string, cells: number): string {
  let used = 0;
  let end = 0;
  for (const cluster of clustersOf(text)) {
    if (used + cluster.width > cells) break;
    used += cluster.width;
    end = cluster.end;
  }
  return text.slice(0, end).trimEnd();
}

export function blank(cells: number): Piece {
  return { text: ' '.repeat(Math.max(0, cells)), width: Math.max(0, cells) };
}

/** Pieces in reading order, side by side: the first at the left in left-to-right chrome, at the right in right-to-left. */
export function joinPieces(pieces: readonly Piece[], direction: Direction, separator = ''): Piece {
  const shown = pieces.filter((piece) => piece.width > 0);
  const ordered = direction === 'rtl' ? [...shown].reverse() : shown;
  const text = ordered.map((piece) => piece.text).join(separator);
  return { text, width: shown.reduce((sum, piece) => sum + piece.width, 0) + Math.max(0, shown.length - 1) * [...separator].length };
}

/**
 * One row of `width` cells: `start` at the edge the chrome reads from, `end` at the other edge.
 * Left-to-right rows without an `end` are not padded (unless `fill`), as they always were;
 * right-to-left rows are padded on the left so that they end at the right edge.
 */
export function placeRow(start: Piece, end: Piece | null, width: number, direction: Direction, fill = false): string {
  const gap = Math.max(0, width - start.width - (end?.width ?? 0));
  if (direction === 'rtl') return (end?.text ?? '') + ' '.repeat(gap) + start.text;
  if (!end) return start.text + (fill ? ' '.repeat(gap) : '');
  return start.text + ' '.repeat(gap) + end.text;
}

export interface ListRow {
  /** Blank cells at the start edge. */
  indent?: number;
  /** A column at the start side before the text: the selection marker (as a piece), a key, a label. */
  lead?: RowText | Piece;
  /** Cells the lead column takes, the space before the text included (default: the lead's width). */
  leadWidth?: number;
  text: RowText;
  /**
   * Secondary columns, in reading order: right after the text in left-to-right chrome (as they
   * always were), at the left edge in right-to-left chrome, mirrored (the first nearest the text).
   */
  details?: readonly RowText[];
  /** Pad left-to-right rows to the full width (a highlighted row, say). */
  fill?: boolean;
}

const DETAIL_GAP = 2;
const DETAIL_SEPARATOR = ' · ';

/**
 * A list row: [indent][lead][text]  [details] in left-to-right chrome, its mirror in right-to-left.
 * The details keep their room (they are short: a date, a count) unless the text would get less
 * than a third of the row; the text is cut to what is left, with an ellipsis where it goes on.
 */
export function listRow(row: ListRow, width: number, direction: Direction, options: LayoutOptions): string {
  const indent = Math.min(width, row.indent ?? 0);
  let room = width - indent;
  const lead = row.lead === undefined ? EMPTY_PIECE : typeof row.lead === 'object' && 'width' in row.lead ? row.lead : fitPiece(row.lead, room, options);
  const leadCells = Math.min(room, Math.max(lead.width, row.leadWidth ?? 0));
  room -= leadCells;
  let details: Piece | null = null;
  if (row.details && row.details.length > 0) {
    const natural = fitPiece(row.text, room, options).width;
    details = fitDetails(row.details, Math.max(0, room - DETAIL_GAP - Math.min(natural, Math.ceil(room / 3))), direction, options);
    if (details.width === 0) details = null;
  }
  const text = fitPiece(row.text, Math.max(0, room - (details ? details.width + DETAIL_GAP : 0)), options);
  const leadPad = blank(leadCells - lead.width);
  const start = joinPieces([blank(indent), lead, leadPad, text], direction);
  if (!details) return placeRow(start, null, width, direction, row.fill);
  if (direction === 'ltr') {
    const after = joinPieces([start, blank(DETAIL_GAP), details], direction);
    return placeRow(after, null, width, direction, row.fill);
  }
  return placeRow(start, details, width, direction);
}

/** The details that fit in `room` cells, each cut at its own end when the last must be. */
function fitDetails(details: readonly RowText[], room: number, direction: Direction, options: LayoutOptions): Piece {
  const pieces: Piece[] = [];
  let used = 0;
  for (const detail of details) {
    const available = room - used - (pieces.length > 0 ? DETAIL_SEPARATOR.length : 0);
    if (available <= 0) break;
    const piece = fitPiece(detail, available, options);
    if (piece.width === 0) continue;
    pieces.push(piece);
    used += piece.width + (pieces.length > 1 ? DETAIL_SEPARATOR.length : 0);
  }
  return joinPieces(pieces, direction, DETAIL_SEPARATOR);
}
