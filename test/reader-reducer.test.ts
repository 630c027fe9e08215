import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../src/layout/document.js';
import { initialState, readerReducer, currentSection, atEnd, type ReaderAction, type ReaderState } from '../src/state/reader.js';
import { actionForKey, splitChunk } from '../src/state/keymap.js';
import { assembleArticle } from '../src/article/assemble.js';
import type { Key } from 'ink';
import { bundledArticle, HEADING } from './helpers/articles.js';

const layout = { reorder: true, shape: false };

function run(doc: ArticleDocument, state: ReaderState, ...actions: ReaderAction[]): ReaderState {
  return actions.reduce((s, a) => readerReducer(doc, s, a), state);
}

function topText(doc: ArticleDocument, state: ReaderState): string {
  const line = doc.linesOf(state.top.block)[state.top.line];
  return line ? doc.article.blocks[state.top.block].text.slice(line.start, line.end).trim() : '';
}

const noKey: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

describe('reader reducer', () => {
  const doc = new ArticleDocument(bundledArticle(), 80, layout);
  const start = initialState(doc.firstRow, 20);

  it('scrolls line by line and never above the top', () => {
    expect(run(doc, start, { type: 'scroll', rows: -1 }).top).toEqual(doc.firstRow);
    const down = run(doc, start, { type: 'scroll', rows: 1 });
    expect(down.top).toEqual({ block: 0, line: 1 }); // the separator row after the source line
    expect(run(doc, down, { type: 'scroll', rows: 1 }).top).toEqual({ block: 1, line: 0 });
    expect(run(doc, down, { type: 'scroll', rows: -1 }).top).toEqual(doc.firstRow);
  });

  it('stops scrolling when the last line reaches the bottom, like less', () => {
    const end = run(doc, start, ...Array.from({ length: 500 }, () => ({ type: 'scroll', rows: 1 }) as const));
    expect(end.top).toEqual(doc.lastPageTop(20));
    expect(atEnd(doc, end)).toBe(true);
    expect(run(doc, start, { type: 'bottom' }).top).toEqual(end.top);
    expect(run(doc, end, { type: 'page', direction: 1 }).top).toEqual(end.top);
  });

  it('keeps the end on the last row when a taller screen would leave blank rows under it, and the top text otherwise', () => {
    const end = run(doc, start, { type: 'bottom' });
    const taller = run(doc, end, { type: 'viewRows', rows: 30 });
    expect(taller.top).toEqual(doc.lastPageTop(30));
    expect(doc.compare(taller.top, end.top)).toBeLessThan(0); // the top moved up to fill the new rows
    expect(atEnd(doc, taller)).toBe(true);
    // A shorter screen has no blank rows to fill: the text at the top stays there.
    expect(run(doc, end, { type: 'viewRows', rows: 8 }).top).toEqual(end.top);
    const middle = run(doc, start, { type: 'scroll', rows: 5 });
    expect(run(doc, middle, { type: 'viewRows', rows: 30 }).top).toEqual(middle.top);
  });

  it('a new width keeps the heading that ] brought to the top, even at the end of the article', () => {
    const jumped = run(doc, start, { type: 'section', direction: 1 });
    expect(topText(doc, jumped)).toBe(HEADING);
    expect(atEnd(doc, jumped)).toBe(true); // the last section is short: its end is on screen
    const narrow = new ArticleDocument(doc.article, 50, layout);
    const narrowed = readerReducer(narrow, jumped, { type: 'relayout', previous: doc });
    expect(topText(narrow, narrowed)).toBe(HEADING);
    const wide = new ArticleDocument(doc.article, 120, layout);
    expect(topText(wide, readerReducer(wide, jumped, { type: 'relayout', previous: doc }))).toBe(HEADING);
    // Shorter too: the heading stays on the top row.
    expect(topText(doc, run(doc, jumped, { type: 'viewRows', rows: 6 }))).toBe(HEADING);
  });

  it('a new width keeps the end on the last row only where the wider layout would leave blank rows', () => {
    const narrow = new ArticleDocument(doc.article, 50, layout);
    const endNarrow = run(narrow, initialState(narrow.firstRow, 20), { type: 'bottom' });
    const widened = readerReducer(doc, endNarrow, { type: 'relayout', previous: narrow });
    expect(widened.top).toEqual(doc.lastPageTop(20));
    expect(doc.compare(widened.top, doc.rowAt(narrow.anchorOf(endNarrow.top)))).toBeLessThan(0);
    // Narrower from the end: the text at the top stays, the end goes below the screen.
    const endWide = run(doc, start, { type: 'bottom' });
    const narrowed = readerReducer(narrow, endWide, { type: 'relayout', previous: doc });
    expect(narrowed.top).toEqual(narrow.rowAt(doc.anchorOf(endWide.top)));
    expect(atEnd(narrow, narrowed)).toBe(false);
  });

  it('pages keep one line of context and come back', () => {
    const paged = run(doc, start, { type: 'page', direction: 1 });
    expect(doc.compare(paged.top, doc.move(doc.firstRow, 19))).toBe(0);
    expect(run(doc, paged, { type: 'page', direction: -1 }).top).toEqual(doc.firstRow);
    expect(run(doc, paged, { type: 'top' }).top).toEqual(doc.firstRow);
  });

  it('jumps between sections with ] and [', () => {
    const next = run(doc, start, { type: 'section', direction: 1 });
    expect(topText(doc, next)).toBe(HEADING);
    expect(currentSection(doc, next.top)).toBe(1);
    const last = run(doc, next, { type: 'section', direction: 1 });
    expect(last.top).toEqual(next.top);
    expect(last.notice).toBe('last section');
    const back = run(doc, next, { type: 'section', direction: -1 });
    expect(back.top).toEqual(doc.rowAt({ block: 1, offset: 0 }));
    expect(run(doc, back, { type: 'section', direction: -1 }).notice).toBe('first section');
    // Inside a section, [ goes to its start first.
    const small = initialState(next.top, 5);
    const inside = run(doc, small, { type: 'scroll', rows: 3 }, { type: 'section', direction: -1 });
    expect(inside.top).not.toEqual(run(doc, small, { type: 'section', direction: -1 }).top);
    expect(topText(doc, inside)).toBe(HEADING);
  });

  it('opens the contents, moves the cursor within bounds and jumps on Enter', () => {
    const toc = run(doc, start, { type: 'toc' });
    expect(toc.overlay).toEqual({ kind: 'toc', cursor: 0 });
    expect(run(doc, toc, { type: 'cursor', delta: -5 }).overlay).toEqual({ kind: 'toc', cursor: 0 });
    const moved = run(doc, toc, { type: 'cursor', delta: 5 });
    expect(moved.overlay).toEqual({ kind: 'toc', cursor: 1 });
    const chosen = run(doc, moved, { type: 'choose' });
    expect(chosen.overlay).toBeNull();
    expect(topText(doc, chosen)).toBe(HEADING);
    expect(run(doc, toc, { type: 'close' }).overlay).toBeNull();
    expect(run(doc, toc, { type: 'close' }).top).toEqual(start.top);
  });

  it('shows and hides the help; quits from anywhere', () => {
    const help = run(doc, start, { type: 'help' });
    expect(help.overlay).toEqual({ kind: 'help' });
    expect(run(doc, help, { type: 'close' }).overlay).toBeNull();
    expect(run(doc, help, { type: 'quit' }).quit).toBe('exit');
    expect(run(doc, start, { type: 'quit' }).quit).toBe('exit');
    const fromList = initialState(doc.firstRow, 20, null, true);
    expect(run(doc, fromList, { type: 'quit' }).quit).toBe('back');
    expect(run(doc, fromList, { type: 'close' }).quit).toBe('back');
    expect(run(doc, fromList, { type: 'quit', hard: true }).quit).toBe('exit');
    expect(run(doc, start, { type: 'close' }).quit).toBe(false);
  });

  it('handles an article without sections or text', () => {
    const empty = new ArticleDocument(assembleArticle([]), 40, layout);
    const s = initialState(empty.firstRow, 5);
    expect(run(empty, s, { type: 'section', direction: 1 }).notice).toBe('no sections in this article');
    expect(run(empty, s, { type: 'toc' }).overlay).toBeNull();
    expect(run(empty, s, { type: 'scroll', rows: 3 }, { type: 'bottom' }, { type: 'page', direction: 1 }).top).toEqual(empty.firstRow);
  });

  it('works on a one-line terminal', () => {
    const tiny = new ArticleDocument(bundledArticle(), 10, layout);
    const s = initialState(tiny.firstRow, 1);
    const paged = run(tiny, s, { type: 'page', direction: 1 });
    expect(paged.top).toEqual(tiny.move(tiny.firstRow, 1));
    expect(run(tiny, s, { type: 'bottom' }).top).toEqual(tiny.lastRow);
  });

  it('keeps the same text at the top across widths', () => {
    const scrolled = run(doc, start, { type: 'scroll', rows: 9 });
    const anchor = doc.anchorOf(scrolled.top);
    const narrow = new ArticleDocument(doc.article, 50, layout);
    const row = narrow.rowAt(anchor);
    const line = narrow.linesOf(row.block)[row.line];
    expect(row.block).toBe(anchor.block);
    expect(line.start <= anchor.offset && anchor.offset <= line.end).toBe(true);
  });
});

describe('keymap', () => {
  const key = (input: string, extra: Partial<Key> = {}) => actionForKey(input, { ...noKey, ...extra }, null);
  it('maps every documented key', () => {
    expect(key('j')).toEqual({ type: 'scroll', rows: 1 });
    expect(key('', { downArrow: true })).toEqual({ type: 'scroll', rows: 1 });
    expect(key('k')).toEqual({ type: 'scroll', rows: -1 });
    expect(key('', { upArrow: true })).toEqual({ type: 'scroll', rows: -1 });
    expect(key(' ')).toEqual({ type: 'page', direction: 1 });
    expect(key('', { pageDown: true })).toEqual({ type: 'page', direction: 1 });
    expect(key('b')).toEqual({ type: 'page', direction: -1 });
    expect(key('', { pageUp: true })).toEqual({ type: 'page', direction: -1 });
    expect(key('g')).toEqual({ type: 'top' });
    expect(key('', { home: true })).toEqual({ type: 'top' });
    expect(key('G')).toEqual({ type: 'bottom' });
    expect(key('', { end: true })).toEqual({ type: 'bottom' });
    expect(key(']')).toEqual({ type: 'section', direction: 1 });
    expect(key('[')).toEqual({ type: 'section', direction: -1 });
    expect(key('t')).toEqual({ type: 'toc' });
    expect(key('?')).toEqual({ type: 'help' });
    expect(key('q')).toEqual({ type: 'quit' });
    expect(key('c', { ctrl: true })).toEqual({ type: 'quit', hard: true });
    expect(key('x')).toBeNull();
  });
  it('splits a chunk of keys typed while busy, with Enter and Esc per character', () => {
    const presses = splitChunk('jG\r\x1b', noKey);
    expect(presses.map((p) => p.input)).toEqual(['j', 'G', '', '']);
    expect(presses[2].key.return).toBe(true);
    expect(presses[3].key.escape).toBe(true);
    expect(presses[0].key.return).toBe(false);
    expect(splitChunk('c', { ...noKey, ctrl: true })).toEqual([{ input: 'c', key: { ...noKey, ctrl: true } }]);
  });

  it('routes keys to an open list', () => {
    const toc = { kind: 'toc', cursor: 0 } as const;
    expect(actionForKey('', { ...noKey, escape: true }, toc)).toEqual({ type: 'close' });
    expect(actionForKey('', { ...noKey, return: true }, toc)).toEqual({ type: 'choose' });
    expect(actionForKey('j', noKey, toc)).toEqual({ type: 'cursor', delta: 1 });
    expect(actionForKey('x', noKey, { kind: 'help' })).toEqual({ type: 'close' });
  });
});
