// Grapheme clusters and their widths without Intl.Segmenter for the characters news text and the
// chrome are made of (clusters.ts): the same clusters as the segmenter, the same widths as string-width.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { clustersOf } from '../src/text/clusters.js';
import { isOneCellCluster } from '../src/text/cell-width.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segments = (text: string) => [...segmenter.segment(text)].map(({ segment, index }) => [index, index + segment.length]);
const clusters = (text: string) => clustersOf(text).map(({ start, end }) => [start, end]);

/** Every BMP character the fast path takes. */
const oneCell = Array.from({ length: 0x10000 }, (_, code) => code).filter(isOneCellCluster);
/** Neighbours that join a cluster or start one of their own: a mark, ZWJ, a variation selector, an emoji, a letter, a Prepend sign. */
const NEIGHBOURS = ['a', 'ب', '\u064e', '\u0301', '\u200d', '\ufe0f', '\u0600', '👍', '🇮🇶', '\u00ad', ' '];

describe('clusters of one-cell characters (the chrome\'s — · ▶ « », letters, presentation forms)', () => {
  it('take one cell each, as string-width counts them', () => {
    expect(oneCell.length).toBeGreaterThan(1000);
    for (const code of oneCell) {
      const text = String.fromCharCode(code);
      expect([code, clustersOf(text)]).toEqual([code, [{ start: 0, end: 1, width: stringWidth(text) }]]);
    }
    const heading = 'Library: أخبار — 3 of 5 · j/k move · Enter opens';
    expect(clustersOf(heading).reduce((sum, cluster) => sum + cluster.width, 0)).toBe(stringWidth(heading));
  });

  it('and the bidi controls (the isolates of every message) are clusters of their own, none wide', () => {
    const controls = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const control of controls) {
      for (const n of [...NEIGHBOURS, '—', 'ﻻ']) {
        for (const text of [control + n, n + control, n + control + n, `${control}${control}${n}`]) expect([control, n, clusters(text)]).toEqual([control, n, segments(text)]);
      }
      expect(clustersOf(control)).toEqual([{ start: 0, end: 1, width: 0 }]);
    }
  });

  it('are the clusters Intl.Segmenter finds, next to any neighbour', () => {
    for (const code of oneCell) {
      const c = String.fromCharCode(code);
      for (const n of NEIGHBOURS) {
        for (const text of [c + c, c + n, n + c, c + n + c, `${c}${c}${n}${c}`]) expect([code, n, clusters(text)]).toEqual([code, n, segments(text)]);
      }
    }
  });
});
