import bidiFactory from 'bidi-js';
import type { Direction } from '../article/model.js';
import { simpleParagraphLevels } from './bidi-fast.js';

/** bidi-js: a conformant UAX #9 implementation (passes BidiTest.txt and BidiCharacterTest.txt). */
const bidi = bidiFactory();

export interface ParagraphLevels {
  /** Embedding level of every UTF-16 code unit, after rules X1-I2 and L1 for the paragraph end. */
  levels: Uint8Array;
  paragraphLevel: number;
}

/**
 * `into`: a buffer of at least text.length units the caller reuses, for levels needed only briefly
 * (one allocation per paragraph is a real cost when printing a big article); the full algorithm's
 * levels are always a new array.
 */
export function paragraphLevels(text: string, direction: Direction | 'auto', into?: Uint8Array): ParagraphLevels {
  if (direction !== 'auto') {
    const paragraphLevel = direction === 'rtl' ? 1 : 0;
    const levels = simpleParagraphLevels(text, paragraphLevel, bidiClassOfCode, into);
    if (levels) return { levels, paragraphLevel };
  }
  return fullParagraphLevels(text, direction);
}

/** Levels by the full UBA (bidi-js), whatever the text. */
export function fullParagraphLevels(text: string, direction: Direction | 'auto'): ParagraphLevels {
  const result = bidi.getEmbeddingLevels(text, direction === 'auto' ? undefined : direction);
  return { levels: result.levels, paragraphLevel: result.paragraphs[0]?.level ?? (direction === 'rtl' ? 1 : 0) };
}

const LINE_END_RESET = new Set(['WS', 'S', 'B', 'BN', 'LRE', 'RLE', 'LRO', 'RLO', 'PDF', 'LRI', 'RLI', 'FSI', 'PDI']);

/** Bidi class name of a UTF-16 code unit (a lone surrogate for astral characters). */
export function bidiClassOfCode(code: number): string {
  return bidi.getBidiCharTypeName(String.fromCharCode(code));
}

/** Bidi class name of the character starting at `index` (code point aware). */
export function bidiClassAt(text: string, index: number): string {
  return bidi.getBidiCharTypeName(String.fromCodePoint(text.codePointAt(index)!));
}

/** Whether a character is reset to the paragraph level at the end of a line (UAX #9 L1.4). */
export function resetsAtLineEnd(bidiClass: string): boolean {
  return LINE_END_RESET.has(bidiClass);
}

/**
 * The levels of one line's units (code points or grapheme clusters, given by their start offsets in
 * `text`), with UAX #9 L1 applied at the line end: trailing whitespace, isolate controls and the
 * characters X9 removes take the paragraph level. bidi-js does this only at the paragraph end.
 */
export function lineLevels(text: string, unitStarts: ArrayLike<number>, paragraph: ParagraphLevels): number[] {
  const result = new Array<number>(unitStarts.length);
  for (let i = 0; i < unitStarts.length; i++) result[i] = paragraph.levels[unitStarts[i]];
  for (let i = result.length - 1; i >= 0 && resetsAtLineEnd(bidiClassAt(text, unitStarts[i])); i--) {
    result[i] = paragraph.paragraphLevel;
  }
  return result;
}

/**
 * UAX #9 L2 on a line of units (code points for the conformance tests, grapheme clusters for the
 * layout): from the highest level down to the lowest odd level, reverse every run at that level or
 * higher. Returns the logical indices in visual order. Written here rather than taken from bidi-js
 * because bidi-js reorders UTF-16 code units, and a terminal needs whole grapheme clusters kept
 * intact (L3: combining marks must stay after their base in what is written).
 */
export function visualOrder(levels: ArrayLike<number>): number[] {
  const order = new Array<number>(levels.length);
  for (let i = 0; i < levels.length; i++) order[i] = i;
  // Most lines are at one level: left to right as they are, or right to left reversed.
  if (isUniform(levels)) return levels.length > 0 && levels[0] % 2 === 1 ? order.reverse() : order;
  let highest = 0;
  let lowestOdd = Infinity;
  for (let i = 0; i < levels.length; i++) {
    highest = Math.max(highest, levels[i]);
    if (levels[i] % 2 === 1) lowestOdd = Math.min(lowestOdd, levels[i]);
  }
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    for (let i = 0; i < order.length; ) {
      if (levels[order[i]] >= level) {
        let j = i;
        while (j + 1 < order.length && levels[order[j + 1]] >= level) j++;
        reverse(order, i, j);
        i = j + 1;
      } else i++;
    }
  }
  return order;
}

function isUniform(levels: ArrayLike<number>): boolean {
  for (let i = 1; i < levels.length; i++) if (levels[i] !== levels[0]) return false;
  return true;
}

function reverse(values: number[], from: number, to: number): void {
  for (; from < to; from++, to--) [values[from], values[to]] = [values[to], values[from]];
}

/** The mirrored glyph for a character in a right-to-left run (L4), or the character itself. */
export function mirrored(char: string): string {
  // Letters of the right-to-left scripts (U+0590..U+0EFF) never mirror: skip the lookup for them.
  const code = char.charCodeAt(0);
  if (code >= 0x0590 && code <= 0x0eff) return char;
  return bidi.getMirroredCharacter(char) ?? char;
}
