import stringWidth from 'string-width';
import { cellWidth } from './cell-width.js';

/**
 * string-width with qari's fast path, for the bundle: scripts/build.mjs points Ink's own imports of
 * string-width here, because Ink measures every visible line on every render and string-width's
 * grapheme segmentation makes one Arabic screen cost tens of milliseconds. Same results, options
 * honoured by the original.
 */
export default function stringWidthForInk(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  return options === undefined && typeof text === 'string' ? cellWidth(text) : stringWidth(text, options);
}
