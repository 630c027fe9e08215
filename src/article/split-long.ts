import { LazySegmenter } from '../text/lazy.js';

/**
 * No real paragraph is longer than this (a long news paragraph is ~2,000 characters). A longer
 * "paragraph" (a 10 MB line, a minified page) is cut into blocks of at most this many UTF-16 units,
 * so laying out, searching and scrolling cost the same as for ordinary paragraphs, block by block.
 */
export const MAX_BLOCK_LENGTH = 20_000;

const graphemes = new LazySegmenter(undefined, { granularity: 'grapheme' });
/** How far back from the limit a cut looks for a space, then for a grapheme cluster boundary. */
const LOOK_BACK = 2_000;

/** `text` cut into pieces of at most `max` units: after a space if one is near, else between clusters. */
export function splitLongText(text: string, max = MAX_BLOCK_LENGTH): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const cut = cutPoint(text, start, start + max);
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function cutPoint(text: string, start: number, limit: number): number {
  const floor = Math.max(start + 1, limit - LOOK_BACK);
  const space = text.lastIndexOf(' ', limit - 1);
  if (space >= floor) return space + 1;
  let boundary = -1;
  for (const { index } of graphemes.segment(text.slice(floor, limit + 1))) {
    if (index > 0 && floor + index <= limit) boundary = floor + index;
  }
  if (boundary !== -1) return boundary;
  // One cluster longer than the look-back (thousands of combining marks): cut between code points.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
