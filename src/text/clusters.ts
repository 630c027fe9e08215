import stringWidth from 'string-width';

/** One user-perceived character (UAX #29 grapheme cluster) of a paragraph, in logical order. */
export interface Cluster {
  /** UTF-16 range in the paragraph text. */
  start: number;
  end: number;
  /** Terminal cells it takes when shown (0 for invisible format characters, dropped at output). */
  width: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Bidi controls, zero-width characters and other default-ignorables: they steer the bidi algorithm
// or joining, but Ink would give each its own cell, so they never reach the screen.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const ONLY_INVISIBLE = /^\p{Default_Ignorable_Code_Point}+$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const STARTS_WITH_MARK = /^\p{M}/u;
/** Shown before a combining mark that has no base, so the mark does not land on the previous cell. */
export const DOTTED_CIRCLE = '\u25cc';

function isSimpleNarrow(code: number): boolean {
  // Printable ASCII, Hebrew and Arabic letters/digits/punctuation: one cell, no need to ask string-width.
  return (code >= 0x20 && code < 0x7f) || (code >= 0x05d0 && code <= 0x05f4) || (code >= 0x0600 && code <= 0x06ff && !(code >= 0x064b && code <= 0x065f) && code !== 0x0670 && !(code >= 0x0610 && code <= 0x061c) && !(code >= 0x06d6 && code <= 0x06ed));
}

export function clustersOf(text: string): Cluster[] {
  const clusters: Cluster[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    clusters.push({ start: index, end: index + segment.length, width: clusterWidth(segment) });
  }
  return clusters;
}

/** Cells a cluster takes: what string-width (and so Ink) says, but at least one for anything visible. */
export function clusterWidth(segment: string): number {
  if (segment.length === 1 && isSimpleNarrow(segment.charCodeAt(0))) return 1;
  if (ONLY_INVISIBLE.test(segment)) return 0;
  return Math.max(1, Math.min(2, stringWidth(segment)));
}

/** What is written for a cluster: invisible format characters removed, a lone mark given a base. */
export function visibleText(segment: string): string {
  if (segment.length === 1 && isSimpleNarrow(segment.charCodeAt(0))) return segment;
  // A ZWJ inside an emoji sequence is part of the glyph; elsewhere it is an invisible format char.
  const text = PICTOGRAPHIC.test(segment) ? segment.replace(/(?!\u200d)\p{Default_Ignorable_Code_Point}/gu, '') : segment.replace(INVISIBLE, '');
  return STARTS_WITH_MARK.test(text) ? DOTTED_CIRCLE + text : text;
}
