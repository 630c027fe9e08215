import { dominantDirection } from '../text/direction.js';
import type { Direction } from '../article/model.js';
import { sanitizeText } from '../text/sanitize.js';
import { layoutText } from './layout.js';
import type { LayoutOptions } from './types.js';

export interface FittedText {
  /** Visual text, at most `width` cells. */
  text: string;
  width: number;
  direction: Direction;
}

/**
 * A piece of article text (a title, a section name, an entity) for one screen row: laid out by the
 * same bidi pipeline as the article, cut with an ellipsis at its logical end when it does not fit.
 */
export function fitText(untrusted: string, width: number, options: LayoutOptions, fallback: Direction = 'ltr'): FittedText {
  return fitCached(untrusted, width, options, fallback, false);
}

/**
 * fitText with the base direction given rather than found: a message of the interface ("Library:
 * ⁨عنوان⁩ — 3 of 5") reads in its language's direction whatever the text quoted in it.
 */
export function fitTextAs(untrusted: string, width: number, options: LayoutOptions, base: Direction): FittedText {
  return fitCached(untrusted, width, options, base, true);
}

function fitCached(untrusted: string, width: number, options: LayoutOptions, direction: Direction, forced: boolean): FittedText {
  const bounded = boundedPrefix(untrusted, width);
  // The status line and lists fit the same few texts on every frame: remember the last results.
  const key = `${width}|${Number(options.shape)}${Number(options.reorder)}|${direction}${forced ? '!' : ''}|${bounded}`;
  let fitted = recentFits.get(key);
  if (!fitted) {
    if (recentFits.size > 2000) recentFits.clear(); // a screenful of list rows, each a few pieces
    fitted = fitUncached(bounded, width, options, direction, forced);
    recentFits.set(key, fitted);
  }
  return fitted;
}

const recentFits = new Map<string, FittedText>();

function fitUncached(untrusted: string, width: number, options: LayoutOptions, fallback: Direction, forced: boolean): FittedText {
  // Titles, notices and queries come from files, feeds and the keyboard: neutralise them here too.
  const text = sanitizeText(untrusted);
  const direction = forced ? fallback : dominantDirection(text, fallback);
  if (width <= 0) return { text: '', width: 0, direction };
  const whole = layoutText(text, direction, width, options);
  if (whole.length <= 1) return { text: whole[0]?.text ?? '', width: whole[0]?.width ?? 0, direction };
  const first = layoutText(text, direction, Math.max(1, width - 1), options)[0];
  // The ellipsis goes where the text continues: the left end of a right-to-left line.
  const shown = direction === 'rtl' ? '…' + first.text : first.text + '…';
  return { text: shown, width: first.width + 1, direction };
}

/**
 * Enough of `text` to fill one row of `width` cells and show that it goes on: a title can be a
 * megabyte long, and laying it all out on every render would freeze the screen.
 */
function boundedPrefix(text: string, width: number): string {
  const limit = 4 * width + 1024; // room for marks and format characters, which take no cells
  if (text.length <= limit) return text;
  const cut = text.charCodeAt(limit - 1) >= 0xd800 && text.charCodeAt(limit - 1) <= 0xdbff ? limit - 1 : limit;
  // The ellipsis shows that the text goes on, even when the part kept happens to fit.
  return text.slice(0, cut) + ' …';
}
