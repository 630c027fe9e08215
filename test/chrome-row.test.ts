import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, tScreen } from '../src/i18n/index.js';
import stringWidth from 'string-width';
import { cursorMarker, cursorPiece, joinPieces, listRow, placeRow, shortenQuoted } from '../src/ui/chrome-row.js';
import { listDirection } from '../src/text/direction.js';
import { cellWidth, oneCellClusterEnd } from '../src/text/cell-width.js';
import { statusRow } from '../src/ui/StatusLine.js';
import { ArticleDocument } from '../src/layout/document.js';
import { initialState } from '../src/state/reader.js';
import { bundledArticle, logicalOfRtl } from './helpers/articles.js';

const app = { reorder: true, shape: false };
const TITLE = 'النرويج تعيد فتح سفارتها في تونس';

describe('list rows, mirrored for right-to-left chrome', () => {
  it('puts the marker at the right edge, the title against it and the count at the left edge', () => {
    const row = listRow({ lead: cursorMarker('rtl'), leadWidth: 2, text: TITLE, details: ['7×'] }, 60, 'rtl', app);
    expect(stringWidth(row)).toBe(60);
    expect(row.endsWith(' ◀')).toBe(true);
    expect(row.startsWith('7×  ')).toBe(true);
    // The title, in visual order, ends (reads from) just left of the marker.
    expect(logicalOfRtl(row.slice(0, -2).slice(2))).toBe(TITLE);
    expect(row.slice(0, -2).trimEnd()).toBe(row.slice(0, -2));
  });

  it('mirrors the details: the first one nearest the title, the last at the left edge', () => {
    const row = listRow({ text: TITLE, details: ['Eskandar Momeni', 'official', '7×'] }, 80, 'rtl', app);
    expect(row.startsWith('7× · official · Eskandar Momeni  ')).toBe(true);
    expect(stringWidth(row)).toBe(80);
  });

  it('cuts right-to-left text with the ellipsis at its left end, where it goes on', () => {
    const long = `${TITLE} ${TITLE} ${TITLE}`;
    const row = listRow({ lead: '', leadWidth: 2, text: long, details: ['unread'] }, 40, 'rtl', app);
    expect(stringWidth(row)).toBe(40);
    expect(row.startsWith('unread')).toBe(true);
    const text = row.slice('unread'.length).trim();
    expect(text.startsWith('…')).toBe(true);
    expect(long.startsWith(logicalOfRtl(text.slice(1)).trim())).toBe(true);
  });

  it('keeps an English title left to right, aligned at the right with the list', () => {
    const title = 'alkawthar-iran-iraq-interior-ministers';
    const row = listRow({ lead: cursorMarker('rtl'), leadWidth: 2, text: title, details: ['unread'] }, 70, 'rtl', app);
    expect(row.endsWith(`${title} ◀`)).toBe(true);
    expect(row.startsWith('unread ')).toBe(true);
    expect(stringWidth(row)).toBe(70);
  });

  it('cuts a left-to-right title in a right-to-left list at its right end', () => {
    const row = listRow({ text: 'A rather long English headline about the talks', details: ['unread'] }, 30, 'rtl', app);
    expect(stringWidth(row)).toBe(30);
    expect(row.trimStart().endsWith('…')).toBe(true);
    expect(row).toMatch(/^unread +A rather/);
  });

  it('keeps the left-to-right layout of a left-to-right list as it was', () => {
    expect(listRow({ lead: cursorMarker('ltr'), leadWidth: 2, text: 'Contents', details: ['3×'] }, 40, 'ltr', app)).toBe('▶ Contents  3×');
    expect(listRow({ lead: '', leadWidth: 2, text: 'Contents' }, 40, 'ltr', app)).toBe('  Contents');
    expect(listRow({ indent: 2, lead: 'q', leadWidth: 5, text: 'quit' }, 40, 'ltr', app)).toBe('  q    quit');
  });

  it('never writes controls from untrusted text, and rows never exceed the width', () => {
    const hostile = `\u001b[31mعنوان\u202e خبيث\u0007 ${'طويل '.repeat(40)}`;
    for (const direction of ['ltr', 'rtl'] as const) {
      for (const width of [1, 5, 12, 33]) {
        const row = listRow({ lead: cursorMarker(direction), leadWidth: 2, text: hostile, details: [hostile, '9×'] }, width, direction, app);
        expect(stringWidth(row)).toBeLessThanOrEqual(width);
        expect(row).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      }
    }
  });

  it('places the message of a right-to-left interface in its own direction, quoted text isolated', () => {
    // "{kind}: {title} — {shown} of {total}" in English, with an Arabic title: still reads left to right.
    const row = listRow({ text: { text: 'Library: \u2068أخبار\u2069 — 3 of 5', base: 'ltr' } }, 40, 'rtl', app);
    expect(row.trimStart()).toBe('Library: رابخأ — 3 of 5');
    expect(stringWidth(row)).toBe(40);
  });

  it('joins pieces in reading order and places rows from the side they read from', () => {
    const a = { text: 'a', width: 1 };
    const b = { text: 'bb', width: 2 };
    expect(joinPieces([a, b], 'ltr', ' · ')).toEqual({ text: 'a · bb', width: 6 });
    expect(joinPieces([a, b], 'rtl', ' · ')).toEqual({ text: 'bb · a', width: 6 });
    expect(placeRow(a, b, 6, 'ltr')).toBe('a   bb');
    expect(placeRow(a, b, 6, 'rtl')).toBe('bb   a');
    expect(placeRow(a, null, 4, 'rtl')).toBe('   a');
  });

  it('takes the direction of a list from most of its items', () => {
    expect(listDirection([TITLE, 'English', 'قناة السويس'])).toBe('rtl');
    expect(listDirection([TITLE, 'English', 'More English'])).toBe('ltr');
    expect(listDirection([])).toBe('ltr');
  });

  it('lays rows out in logical order for a terminal that reorders (--bidi terminal), placed the same', () => {
    const row = listRow({ lead: cursorMarker('rtl'), leadWidth: 2, text: TITLE, details: ['7×'] }, 60, 'rtl', { reorder: false, shape: false });
    expect(row.endsWith(`${TITLE} ◀`)).toBe(true);
    expect(row.startsWith('7×')).toBe(true);
    // The isolates of a message steer the layout; they are never written.
    const message = listRow({ text: { text: 'Library: \u2068أخبار\u2069 — 3 of 5', base: 'ltr' } }, 40, 'rtl', { reorder: false, shape: false });
    expect(message.trimStart()).toBe('Library: أخبار — 3 of 5');
  });
});

describe('the status line of a right-to-left article', () => {
  it('has the title at the right edge and the place at the left', () => {
    const doc = new ArticleDocument(bundledArticle(), 80, app);
    const row = statusRow({ doc, state: initialState(doc.firstRow, 20), width: 80 });
    expect(stringWidth(row)).toBe(80);
    expect(row.startsWith(' §1/2 · 0% ')).toBe(true);
    expect(row.endsWith(' ')).toBe(true);
    expect(logicalOfRtl(row.slice(12))).toBe('الكوثر_ايران');
  });

  it('keeps the left-to-right layout for a left-to-right article', () => {
    const article = { ...bundledArticle(), direction: 'ltr' as const, title: 'Interior ministers meet', source: null };
    const doc = new ArticleDocument(article, 60, app);
    const row = statusRow({ doc, state: initialState(doc.firstRow, 20), width: 60 });
    expect(row).toMatch(/^ Interior ministers meet +§1\/2 · 0% $/);
    expect(stringWidth(row)).toBe(60);
  });
});

describe('the selection marker', () => {
  it('is placed as a one-cell piece, and the fast cell count agrees with string-width on it', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const marker = cursorPiece(direction);
      expect(marker).toEqual({ text: cursorMarker(direction), width: 1 });
      const row = listRow({ lead: marker, leadWidth: 2, text: TITLE, details: ['2024-01-02'] }, 60, direction, app);
      // The same row as the marker laid out as text gives.
      expect(row).toBe(listRow({ lead: cursorMarker(direction), leadWidth: 2, text: TITLE, details: ['2024-01-02'] }, 60, direction, app));
      expect(row).toContain(marker.text);
    }
    for (const text of ['▶ خبر', '◀ abc', '▶\ufe0f', '◀\ufe0f x', '▶\u064e']) expect(cellWidth(text)).toBe(stringWidth(text));
    expect(oneCellClusterEnd('▶\u064e ', 0)).toBe(2);
  });
});

describe('a notice too long for the status line', () => {
  const LONG_TITLE = 'وزير الداخلية الإيراني يزور بغداد في زيارة رسمية تستمر يومين لبحث التعاون الأمني بين البلدين';
  afterEach(() => setLanguage('en'));

  it('shortens the title it quotes and keeps the reason, left to right', () => {
    const article = { ...bundledArticle(), direction: 'ltr' as const, title: 'Interior ministers meet', source: null };
    const doc = new ArticleDocument(article, 100, app);
    const notice = tScreen('cannotOpenOther', { title: LONG_TITLE, error: 'ENOENT: no such file' });
    const row = statusRow({ doc, state: { ...initialState(doc.firstRow, 20), notice }, width: 100 });
    expect(stringWidth(row)).toBe(100);
    expect(row).toContain('cannot open …');
    expect(row).toContain('…ا ةيلخادلا ريزو: ENOENT: no such file'); // the title's start, its ellipsis at its left end
  });

  it('does the same in a mirrored right-to-left status line, in Arabic', () => {
    setLanguage('ar');
    const doc = new ArticleDocument(bundledArticle(), 100, app);
    const notice = tScreen('cannotOpenOther', { title: LONG_TITLE, error: 'ENOENT: no such file' });
    const row = statusRow({ doc, state: { ...initialState(doc.firstRow, 20), notice }, width: 100 });
    expect(stringWidth(row)).toBe(100);
    expect(row).toContain('ENOENT: no such file');
    expect(logicalOfRtl(row)).toContain('تعذّر فتح وزير الداخلية');
  });

  it('is left as it is when it fits; a long reason loses its middle, keeping what went wrong', () => {
    const fits = tScreen('cannotOpenOther', { title: 'short', error: 'gone' });
    expect(shortenQuoted(fits, 40)).toBe(fits);
    const reason = `cannot open /home/user/${'long-folder/'.repeat(6)}gone.txt: no such file`;
    const shortened = shortenQuoted(tScreen('cannotOpenOther', { title: LONG_TITLE, error: reason }), 60);
    const shown = shortened.replace(/[\u2068\u2069]/g, '');
    expect(stringWidth(shown)).toBeLessThanOrEqual(60);
    expect(shown).toMatch(/^cannot open وزير الداخل.*…: cannot open.*….*gone\.txt: no such file$/);
  });
});
