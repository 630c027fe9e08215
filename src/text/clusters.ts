import { cellWidth, isOneCellCluster } from './cell-width.js';
import { LazySegmenter } from './lazy.js';
import { isPresentationForm, isSimpleCharacter } from './simple-characters.js';

/** One user-perceived character (UAX #29 grapheme cluster) of a paragraph, in logical order. */
export interface Cluster {
  /** UTF-16 range in the paragraph text. */
  start: number;
  end: number;
  /** Terminal cells it takes when shown (0 for invisible format characters, dropped at output). */
  width: number;
}

const segmenter = new LazySegmenter(undefined, { granularity: 'grapheme' });

// Bidi controls, zero-width characters and other default-ignorables: they steer the bidi algorithm
// or joining, but Ink would give each its own cell, so they never reach the screen.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const INVISIBLE_EXCEPT_ZWJ = /(?!\u200d)\p{Default_Ignorable_Code_Point}/gu;
const ONLY_INVISIBLE = /^\p{Default_Ignorable_Code_Point}+$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const STARTS_WITH_MARK = /^\p{M}/u;
/** Shown before a combining mark that has no base, so the mark does not land on the previous cell. */
export const DOTTED_CIRCLE = '\u25cc';

export function clustersOf(text: string): Cluster[] {
  const clusters: Cluster[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    // A one-cell character (a letter, a presentation form, punctuation such as — · « ») before
    // another or the end is a cluster of its own: none of them extends a cluster or is extended by
    // the next (no mark, joiner, variation selector, prepend or regional indicator among them). The
    // chrome's — and · would otherwise make the first Intl.Segmenter (~20 ms of ICU set-up).
    const code = text.charCodeAt(i);
    if (isOneCellCluster(code) && (i + 1 === length || isOneCellCluster(text.charCodeAt(i + 1)) || isBidiControl(text.charCodeAt(i + 1)))) {
      clusters.push({ start: i, end: i + 1, width: 1 });
      i++;
      continue;
    }
    // The bidi controls (the isolates around every value quoted in a message) are grapheme clusters
    // of their own whatever their neighbours (Grapheme_Cluster_Break=Control), and never shown.
    if (isBidiControl(code)) {
      clusters.push({ start: i, end: i + 1, width: 0 });
      i++;
      continue;
    }
    // Marks, emoji, controls...: segment up to the next two one-cell characters in a row, or a bidi
    // control, where a cluster boundary is certain, so segmenting the stretch alone gives the same clusters.
    let end = i + 1;
    while (end < length && !isBidiControl(text.charCodeAt(end)) && !(isOneCellCluster(text.charCodeAt(end - 1)) && isOneCellCluster(text.charCodeAt(end)))) end++;
    for (const { segment, index } of segmenter.segment(text.slice(i, end))) {
      clusters.push({ start: i + index, end: i + index + segment.length, width: shownWidth(segment) });
    }
    i = end;
  }
  return clusters;
}

/** ALM, LRM, RLM, the embeddings and overrides, and the isolates. */
function isBidiControl(code: number): boolean {
  return code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * Cells a cluster takes as written (visibleText): string-width can count a cluster and what is
 * written for it differently ("🇮🇶" + ZWJ is 1 cell to it, the flag written without the ZWJ 2).
 */
function shownWidth(segment: string): number {
  const shown = visibleText(segment);
  return shown === '' ? 0 : clusterWidth(shown);
}

/** Cells a cluster takes: what string-width (and so Ink) says, but at least one for anything visible. */
function clusterWidth(segment: string): number {
  if (segment.length === 1 && isSimpleCharacter(segment.charCodeAt(0))) return 1;
  if (ONLY_INVISIBLE.test(segment)) return 0;
  return Math.max(1, Math.min(2, cellWidth(segment)));
}

/** What is written for a cluster: invisible format characters removed, a lone mark given a base. */
export function visibleText(segment: string): string {
  if (segment.length === 1 && (isSimpleCharacter(segment.charCodeAt(0)) || isPresentationForm(segment.charCodeAt(0)))) return segment;
  // A ZWJ inside an emoji sequence is part of the glyph; elsewhere it is an invisible format char.
  const text = segment.replace(PICTOGRAPHIC.test(segment) ? INVISIBLE_EXCEPT_ZWJ : INVISIBLE, '');
  return STARTS_WITH_MARK.test(text) ? DOTTED_CIRCLE + text : text;
}

/** Whether a cluster is white space (it hangs past the end of a line instead of being drawn there). */
export function isWhitespace(text: string, cluster: Cluster): boolean {
  if (cluster.end - cluster.start === 1) {
    const code = text.charCodeAt(cluster.start);
    if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  }
  return WHITESPACE.test(text.slice(cluster.start, cluster.end));
}
const WHITESPACE = /^\s+$/u;
