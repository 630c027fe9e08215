import { LazySegmenter } from './lazy.js';

/**
 * ICU's sentence rules (UAX #29) end sentences at . ! ? and at the Arabic question mark ؟ and full
 * stop ۔, keep decimals ("3.5") and closing quotes («لا.») together, and need no word list. A
 * semicolon (; ؛) joins clauses of one sentence, so it does not end one. Made on first use: ICU is
 * not loaded before the first screen.
 */
const sentences = new LazySegmenter('und', { granularity: 'sentence' });

export interface Span {
  start: number;
  end: number;
}

/**
 * The sentence (or sentences) of `text` that hold the range start..end (UTF-16 offsets), without
 * the white space around it.
 */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = 0;
  let to = text.length;
  for (const { index, segment } of sentences.segment(text)) {
    const segmentEnd = index + segment.length;
    if (segmentEnd <= start && segmentEnd < text.length) from = segmentEnd;
    else if (index >= Math.max(end, start + 1)) {
      to = index;
      break;
    }
  }
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return { start: from, end: to };
}
