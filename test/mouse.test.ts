import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { MouseFilter, type MouseEvent } from '../src/terminal/mouse.js';
import { withMouse } from '../src/ui/mouse-input.js';
import { ArticleDocument } from '../src/layout/document.js';
import { initialState, readerReducer, WHEEL_LINES, type ReaderState } from '../src/state/reader.js';
import { bundledArticle } from './helpers/articles.js';

const UP = { kind: 'wheel', direction: -1 } as const;
const DOWN = { kind: 'wheel', direction: 1 } as const;
const OTHER = { kind: 'other' } as const;
const sgr = (button: number, x = 10, y = 5, final = 'M') => `\x1b[<${button};${x};${y}${final}`;
const x10 = (button: number, x = 10, y = 5) => `\x1b[M${String.fromCharCode(button + 32, x + 32, y + 32)}`;

function filterAll(...chunks: string[]): { text: string; events: MouseEvent[] } {
  const filter = new MouseFilter();
  const out = { text: '', events: [] as MouseEvent[] };
  for (const chunk of chunks) {
    const { text, events } = filter.push(chunk);
    out.text += text;
    out.events.push(...events);
  }
  return out;
}

describe('mouse reports in the input', () => {
  it('takes SGR wheel reports out as wheel events, up and down, with any modifier', () => {
    expect(filterAll(sgr(64) + sgr(65) + sgr(65 + 4) + sgr(64 + 16, 200, 300))).toEqual({ text: '', events: [UP, DOWN, DOWN, UP] });
  });
  it('takes clicks, releases, drags and sideways wheels out, as events qari ignores', () => {
    expect(filterAll(sgr(0) + sgr(0, 10, 5, 'm') + sgr(32 + 2) + sgr(66) + sgr(67))).toEqual({ text: '', events: [OTHER, OTHER, OTHER, OTHER, OTHER] });
  });
  it('leaves the keys around the reports, a q next to one included, and never a report character', () => {
    expect(filterAll(`j${sgr(65)}q${sgr(0, 1, 1, 'm')}[k`)).toEqual({ text: 'jq[k', events: [DOWN, OTHER] });
  });
  it('leaves other escape sequences to Ink', () => {
    expect(filterAll('\x1b[A\x1b[5~\x1bb\x1b\x1b[B').text).toBe('\x1b[A\x1b[5~\x1bb\x1b\x1b[B');
    expect(filterAll('\x1b[<x').text).toBe('\x1b[<x'); // not a report: passed on as it came
  });
  it('holds a lone Escape for the next chunk; let go, it still keeps the rest of a report from being typed', () => {
    const filter = new MouseFilter();
    expect(filter.push('a\x1b')).toEqual({ text: 'a', events: [] });
    expect(filter.holding).toBe(true);
    expect(filter.flush()).toBe('\x1b');
    expect(filter.push(`${sgr(65).slice(1)}b`)).toEqual({ text: 'b', events: [DOWN] });
    expect(filter.push('\x1b')).toEqual({ text: '', events: [] });
    expect(filter.flush()).toBe('\x1b');
    expect(filter.push('[A')).toEqual({ text: '[A', events: [] }); // not a report: as typed
    // The start of a report let go is dropped, and so is its rest when it comes.
    expect(filter.push(`x${sgr(65).slice(0, 6)}`)).toEqual({ text: 'x', events: [] });
    expect(filter.flush()).toBe('');
    expect(filter.push(`${sgr(65).slice(6)}y`)).toEqual({ text: 'y', events: [DOWN] });
  });
  it('joins a report cut between two chunks, wherever the cut is', () => {
    const input = `a${sgr(65)}b${x10(64)}c`;
    for (let cut = 0; cut <= input.length; cut++) {
      expect(filterAll(input.slice(0, cut), input.slice(cut))).toEqual({ text: 'abc', events: [DOWN, UP] });
    }
  });
  it('reads the X10 form of terminals without SGR reports', () => {
    expect(filterAll(`${x10(65)}${x10(0)}q`)).toEqual({ text: 'q', events: [DOWN, OTHER] });
  });
});

describe('the keyboard stream Ink reads', () => {
  it('returns the keys without the reports and tells the wheel listeners', async () => {
    const stream = new PassThrough() as unknown as NodeJS.ReadStream;
    stream.setEncoding('utf8');
    const mouse = withMouse(stream);
    const wheel: number[] = [];
    const stop = mouse.onWheel((direction) => wheel.push(direction));
    (stream as unknown as PassThrough).write(`j${sgr(65)}${sgr(64)}q`);
    await new Promise((resolve) => setImmediate(resolve));
    expect(mouse.stdin.read()).toBe('jq');
    expect(wheel).toEqual([1, -1]);
    // A chunk of nothing but reports: read() goes on to what follows, or says there is nothing.
    (stream as unknown as PassThrough).write(sgr(65));
    await new Promise((resolve) => setImmediate(resolve));
    expect(mouse.stdin.read()).toBe(null);
    expect(wheel).toEqual([1, -1, 1]);
    stop();
    (stream as unknown as PassThrough).write(sgr(65) + 'x');
    await new Promise((resolve) => setImmediate(resolve));
    expect(mouse.stdin.read()).toBe('x');
    expect(wheel).toEqual([1, -1, 1]);
    // A lone Escape comes out a moment later, by itself.
    (stream as unknown as PassThrough).write('\x1b');
    await new Promise((resolve) => setImmediate(resolve));
    expect(mouse.stdin.read()).toBe(null);
    const readable = new Promise((resolve) => stream.once('readable', resolve));
    await readable;
    expect(mouse.stdin.read()).toBe('\x1b');
    // Everything else is the stream's own.
    expect(mouse.stdin.readableEncoding).toBe('utf8');
  });

  it('keeps Escape and a key typed right after it two keys, never Alt+key', async () => {
    const stream = new PassThrough() as unknown as NodeJS.ReadStream;
    stream.setEncoding('utf8');
    const mouse = withMouse(stream);
    (stream as unknown as PassThrough).write('\x1b');
    await new Promise((resolve) => setImmediate(resolve));
    expect(mouse.stdin.read()).toBe(null); // held: a report may follow
    (stream as unknown as PassThrough).write('e');
    await new Promise((resolve) => setImmediate(resolve));
    expect(mouse.stdin.read()).toBe('\x1b');
    // Not in the same turn: Ink would read the two as Alt+e.
    expect(mouse.stdin.read()).toBe(null);
    await new Promise((resolve) => stream.once('readable', resolve));
    expect(mouse.stdin.read()).toBe('e');
    expect(mouse.stdin.read()).toBe(null);
  });
});

describe('the wheel in the reader', () => {
  const doc = new ArticleDocument(bundledArticle(), 80, { reorder: true, shape: false });
  const start = initialState(doc.firstRow, 20);
  const wheel = (state: ReaderState, direction: 1 | -1) => readerReducer(doc, state, { type: 'wheel', direction });

  it(`scrolls the article ${WHEEL_LINES} lines a notch, and stops at the end like the keys`, () => {
    const down = wheel(start, 1);
    expect(down.top).toEqual(doc.move(doc.firstRow, WHEEL_LINES));
    expect(wheel(down, -1).top).toEqual(doc.firstRow);
    let state = start;
    for (let i = 0; i < 100; i++) state = wheel(state, 1);
    expect(state.top).toEqual(doc.lastPageTop(20));
  });

  it('moves the selection of a list one entry, scrolls under the card, leaves the help alone', () => {
    const toc = readerReducer(doc, start, { type: 'toc' });
    expect(toc.overlay).toEqual({ kind: 'toc', cursor: 0 });
    expect(wheel(toc, 1).overlay).toEqual({ kind: 'toc', cursor: 1 });
    expect(wheel(wheel(toc, 1), 1).overlay).toEqual({ kind: 'toc', cursor: 1 }); // two sections
    const entities = readerReducer(doc, { ...start, entities: [] }, { type: 'openEntities' });
    expect(wheel(entities, -1).overlay).toEqual({ kind: 'entities', filter: '', cursor: 0 }); // stays in the list
    const help = readerReducer(doc, start, { type: 'help' });
    expect(wheel(help, 1)).toEqual(help);
    const search = readerReducer(doc, start, { type: 'openSearch' });
    expect(wheel(search, 1)).toMatchObject({ overlay: { kind: 'search' }, top: doc.move(doc.firstRow, WHEEL_LINES) });
  });
});

describe('--no-mouse and QARI_MOUSE', () => {
  it('turn mouse reporting off; anything but on or off is a usage error', async () => {
    const { parseCli } = await import('../src/cli/options.js');
    expect(parseCli([], {}).mouse).toBe(true);
    expect(parseCli(['--no-mouse'], {}).mouse).toBe(false);
    expect(parseCli([], { QARI_MOUSE: 'off' }).mouse).toBe(false);
    expect(() => parseCli([], { QARI_MOUSE: '0' })).toThrow(/QARI_MOUSE must be one of on, off/);
  });
});
