import stringWidth from 'string-width';
import { isPresentationForm, isSimpleCharacter } from './simple-characters.js';

/**
 * A nonspacing mark of the Arabic or Hebrew blocks (harakat, shadda, tanween, Hebrew points): it
 * joins the cluster of the character before it and takes no cell of its own.
 */
export function isRtlNonspacingMark(code: number): boolean {
  if (code >= 0x0591 && code <= 0x05c7) return code <= 0x05bd || code === 0x05bf || code === 0x05c1 || code === 0x05c2 || code === 0x05c4 || code === 0x05c5 || code === 0x05c7;
  return (
    (code >= 0x0610 && code <= 0x061a) || (code >= 0x064b && code <= 0x065f) || code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06dc) || (code >= 0x06df && code <= 0x06e4) || code === 0x06e7 || code === 0x06e8 ||
    (code >= 0x06ea && code <= 0x06ed)
  );
}

/**
 * Other one-cell characters of news text that stand alone as clusters: Latin-1 (« » ° ×, but not the
 * soft hyphen, which is invisible) and the dashes, quotes, bullets and ellipsis of U+2010..U+2027.
 */
export function isOneCellPunctuation(code: number): boolean {
  return (code >= 0x00a0 && code <= 0x00ff && code !== 0x00ad) || (code >= 0x2010 && code <= 0x2027);
}

/** A character that takes one cell and is a grapheme cluster of its own next to others like it. */
export function isOneCellCluster(code: number): boolean {
  return isSimpleCharacter(code) || isPresentationForm(code) || isOneCellPunctuation(code) || isSelectionMarker(code);
}

/**
 * The lists' selection markers ▶ ◀, on every list's first screen: one cell (followed by U+FE0F they
 * are two-cell emoji, but that character, not one of these, sends the text to string-width).
 */
function isSelectionMarker(code: number): boolean {
  return code === 0x25b6 || code === 0x25c0;
}

/**
 * Where the cluster starting at `i` ends when it is a one-cell character followed only by Arabic or
 * Hebrew marks (a grapheme cluster of one cell to any segmenter); -1 for any other character. The
 * bundle's patches to Ink split plain rows with it (scripts/bundle-options.mjs).
 */
export function oneCellClusterEnd(text: string, i: number): number {
  if (!isOneCellCluster(text.charCodeAt(i))) return -1;
  let end = i + 1;
  while (end < text.length && isRtlNonspacingMark(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Terminal cells of a text, exactly as string-width counts them, but without its grapheme
 * segmentation and emoji regexes for the text a news article is made of: printable ASCII, Hebrew
 * and Arabic letters, presentation forms and common punctuation, each one cell, and their nonspacing marks, none.
 * string-width takes ~0.5 ms for a 200-cell Arabic line (and ~50 ms to compile its regexes on first
 * use); this takes microseconds. Anything else (emoji, CJK, controls) goes to string-width.
 */
export function cellWidth(text: string): number {
  let cells = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isOneCellCluster(code)) cells++;
    else if (!isRtlNonspacingMark(code)) return stringWidth(text);
  }
  return cells;
}
