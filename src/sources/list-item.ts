import type { ListItem } from '../article/model.js';
import { sanitizeLine, sanitizeText } from '../text/sanitize.js';

/**
 * A list entry whose strings are safe to show: titles and sources come from untrusted files and
 * feeds, and unlike article blocks they do not pass through assembleArticle.
 */
export function listItem(item: ListItem): ListItem {
  return {
    title: displayLine(item.title) || '(untitled)',
    source: item.source === null ? null : displayLine(item.source) || null,
    // Dates are shown as they are, not through the bidi pipeline: no bidi controls in them.
    date: item.date === null ? null : sanitizeLine(displayLine(item.date)) || null,
    location: item.location,
    progress: Math.min(1, Math.max(0, Number.isFinite(item.progress) ? item.progress : 0)),
  };
}

/** Whitespace that displayLine changes: any but a single space between other characters. */
const UNTIDY_SPACE = /[^\S ]|\s\s|^\s|\s$/;

/** One line of sanitized text: controls neutralised, whitespace runs collapsed. */
export function displayLine(text: string): string {
  const safe = sanitizeText(text);
  // Most titles are tidy already: kept as they are rather than copied (a library lists 50,000).
  return UNTIDY_SPACE.test(safe) ? safe.replace(/\s+/g, ' ').trim() : safe;
}

/** Whether two titles are the same as shown (an index's title against a feed's, say). */
export function sameTitle(a: string, b: string): boolean {
  return displayLine(a) === displayLine(b);
}
