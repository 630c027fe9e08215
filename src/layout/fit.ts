import { dominantDirection } from '../text/direction.js';
import type { Direction } from '../article/model.js';
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
export function fitText(text: string, width: number, options: LayoutOptions, fallback: Direction = 'ltr'): FittedText {
  const direction = dominantDirection(text, fallback);
  if (width <= 0) return { text: '', width: 0, direction };
  const whole = layoutText(text, direction, width, options);
  if (whole.length <= 1) return { text: whole[0]?.text ?? '', width: whole[0]?.width ?? 0, direction };
  const first = layoutText(text, direction, Math.max(1, width - 1), options)[0];
  // The ellipsis goes where the text continues: the left end of a right-to-left line.
  const shown = direction === 'rtl' ? '…' + first.text : first.text + '…';
  return { text: shown, width: first.width + 1, direction };
}
