import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { layoutText } from '../src/layout/layout.js';
import type { VisualLine } from '../src/layout/types.js';
import type { Direction } from '../src/article/model.js';
import { mirrored, paragraphLevels } from '../src/text/bidi.js';

// Properties of the layout engine on random mixed-script paragraphs. Every expectation is computed
// here independently of the layout code (grapheme clusters from Intl.Segmenter, widths from string-width).

const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى';
const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u064b', '\u064c', '\u064d', '\u0651', '\u0652', '\u0670'];
const BIDI_CONTROLS = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

const arabicLetter = fc.constantFrom(...ARABIC_LETTERS);
const harakah = fc.constantFrom(...HARAKAT);
const atom = fc.oneof(
  { weight: 12, arbitrary: arabicLetter },
  { weight: 4, arbitrary: fc.tuple(arabicLetter, harakah).map(([l, h]) => l + h) },
  { weight: 2, arbitrary: fc.tuple(arabicLetter, fc.constant('\u0651'), harakah).map(([l, s, h]) => l + s + h) }, // shadda + vowel
  { weight: 2, arbitrary: fc.constantFrom('لا', 'لأ', 'لإ', 'لآ', 'لَا', 'ـ', '\u200c', '\u200d') },
  { weight: 4, arbitrary: fc.constantFrom(...'אבגדהוזחטיכלמנסעפצקרשת') },
  { weight: 1, arbitrary: fc.constantFrom('\u05b7', '\u05bc', '\u05b4') }, // Hebrew points
  { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ') },
  { weight: 3, arbitrary: fc.constantFrom(...'0123456789٠١٢٣٤٥٦٧٨٩۱۲') },
  { weight: 3, arbitrary: fc.constantFrom(...'.,،؛؟!:;"\'-/%$+…«»') },
  { weight: 3, arbitrary: fc.constantFrom(...'()[]{}<>') },
  { weight: 1, arbitrary: fc.constantFrom('中', '文', '字', '한', 'ア', '😀', '👍🏽', '👨\u200d👩\u200d👧', '🇮🇶', 'Ｗ') },
  { weight: 7, arbitrary: fc.constantFrom(' ', ' ', ' ', '  ') },
  { weight: 2, arbitrary: fc.constantFrom(...BIDI_CONTROLS, '\ufeff', '\u200b') },
  { weight: 1, arbitrary: harakah }, // a mark with no base, or after a space
);
const paragraph = fc.array(atom, { maxLength: 120 }).map((atoms) => atoms.join(''));
const direction = fc.constantFrom<Direction>('rtl', 'ltr');
const lineWidth = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 200 }));
const RUNS = { numRuns: 400 };

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (text: string) => Array.from(graphemes.segment(text), ({ segment, index }) => ({ start: index, end: index + segment.length, text: segment }));

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const BIDI_FORMAT = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/u;
const isWhitespace = (s: string) => /^\s+$/u.test(s);
const isVisible = (s: string) => s.replace(IGNORABLE, '') !== '';
/** A bracket and its mirror image count as one character (L4 swaps them in right-to-left runs). */
const unmirror = (ch: string) => [ch, mirrored(ch)].sort()[0];

function multiset(chars: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}
const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

/** The clusters a line must show: its logical clusters, minus trailing whitespace and invisible ones. */
function shownClusters(text: string, line: VisualLine) {
  const inLine = clusters(text).filter((c) => c.start >= line.start && c.end <= line.end);
  while (inLine.length && isWhitespace(inLine[inLine.length - 1].text)) inLine.pop();
  return inLine.filter((c) => isVisible(c.text));
}

/** What a cell shows, brought back to its logical characters (marks placeholder, mirroring, U+FFFD). */
function cellChars(text: string, cell: VisualLine['cells'][number]): string[] {
  const logical = text.slice(cell.start, cell.end);
  if (cell.text === '\ufffd' && logical !== '\ufffd') {
    expect(stringWidth(logical), 'U+FFFD stands for a wide character').toBe(2);
    return [...logical.replace(IGNORABLE, '')].map(unmirror);
  }
  return [...cell.text.replace(/^\u25cc/, '')].map(unmirror);
}

describe('layoutText properties', () => {
  it('no line is wider than the width, and cell widths agree with string-width', () => {
    fc.assert(
      fc.property(paragraph, direction, lineWidth, fc.boolean(), fc.boolean(), (text, dir, width, shape, reorder) => {
        for (const line of layoutText(text, dir, width, { shape, reorder })) {
          const cellSum = line.cells.reduce((w, c) => w + c.width, 0);
          expect(cellSum).toBe(line.width);
          expect(stringWidth(line.text)).toBe(line.width);
          expect(line.width).toBeLessThanOrEqual(width);
          expect(line.text).toBe(line.cells.map((c) => c.text).join(''));
          let column = 0;
          for (const cell of line.cells) {
            expect(cell.column).toBe(column);
            expect(cell.text).not.toBe('');
            column += cell.width;
          }
        }
      }),
      RUNS,
    );
  });

  it('measures a cluster by what is written for it (a flag with a trailing ZWJ is the two-cell flag)', () => {
    // Found by the property above: string-width counts "🇮🇶" + ZWJ as one cell, the flag written as two.
    for (const [width, text] of [[1, '\ufffd'], [2, '🇮🇶'], [10, '🇮🇶']] as const) {
      const [line] = layoutText('🇮🇶\u200d', 'rtl', width, { shape: false, reorder: false });
      expect([line.text, line.width, stringWidth(line.text)]).toEqual([text, stringWidth(text), stringWidth(text)]);
    }
  });

  it('logical ranges tile the paragraph', () => {
    fc.assert(
      fc.property(paragraph, direction, lineWidth, fc.boolean(), fc.boolean(), (text, dir, width, shape, reorder) => {
        const lines = layoutText(text, dir, width, { shape, reorder });
        if (text === '') {
          expect(lines).toEqual([]);
          return;
        }
        expect(lines[0].start).toBe(0);
        for (let i = 0; i + 1 < lines.length; i++) {
          expect(lines[i].end).toBe(lines[i + 1].start);
          expect(lines[i].end).toBeGreaterThan(lines[i].start);
        }
        expect(lines.at(-1)!.end).toBe(text.length);
      }),
      RUNS,
    );
  });

  it('each line shows exactly its characters: nothing added, nothing lost (shape off)', () => {
    fc.assert(
      fc.property(paragraph, direction, lineWidth, fc.boolean(), (text, dir, width, reorder) => {
        for (const line of layoutText(text, dir, width, { shape: false, reorder })) {
          expect(line.text).not.toMatch(BIDI_FORMAT);
          const expected = shownClusters(text, line).flatMap((c) => [...c.text.replace(IGNORABLE, '')].map(unmirror));
          // A zero-width joiner is kept only inside an emoji sequence, where it is part of the glyph.
          const actual = line.cells.flatMap((cell) => cellChars(text, cell)).filter((ch) => ch !== '\u200d');
          expect(sorted(multiset(actual))).toEqual(sorted(multiset(expected)));
        }
      }),
      RUNS,
    );
  });

  it("each line's cells are its visible clusters, each once, marks after their base", () => {
    fc.assert(
      fc.property(paragraph, direction, lineWidth, fc.boolean(), (text, dir, width, reorder) => {
        const { levels } = paragraphLevels(text, dir);
        for (const line of layoutText(text, dir, width, { shape: false, reorder })) {
          const cellRanges = line.cells.map((c) => `${c.start}-${c.end}`).sort();
          expect(cellRanges).toEqual(shownClusters(text, line).map((c) => `${c.start}-${c.end}`).sort());
          for (const cell of line.cells) {
            expect(cell.text, 'a mark never starts a cell: it would land on the previous one').not.toMatch(/^\p{M}/u);
            const logical = text.slice(cell.start, cell.end).replace(IGNORABLE, '');
            const shown = cell.text.replace(/^\u25cc/, '').replace(/\u200d/g, '');
            if (cell.text === '\ufffd') continue;
            if (!reorder) expect(shown).toBe(logical.replace(/\u200d/g, ''));
            else {
              // Same characters in the same order; only the base may be mirrored, and only at an odd level.
              const first = String.fromCodePoint(logical.codePointAt(0)!);
              const expectedFirst = levels[cell.start] % 2 === 1 ? mirrored(first) : first;
              const rest = logical.slice(first.length).replace(/\u200d/g, '');
              if (expectedFirst === first || /^\p{M}/u.test(first)) expect([first + rest, expectedFirst + rest]).toContain(shown);
              else expect(shown).toBe(expectedFirst + rest);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('shaping keeps the line breaks and only turns letters into presentation forms or ligatures', () => {
    const PRESENTATION_FORM = /[\ufb50-\ufdff\ufe70-\ufeff]/u;
    const unshape = (s: string) => [...s].map((ch) => (PRESENTATION_FORM.test(ch) ? ch.normalize('NFKC') : ch)).join('');
    fc.assert(
      fc.property(paragraph, direction, lineWidth, fc.boolean(), (text, dir, width, reorder) => {
        const plain = layoutText(text, dir, width, { shape: false, reorder });
        const shaped = layoutText(text, dir, width, { shape: true, reorder });
        expect(shaped.map((l) => [l.start, l.end])).toEqual(plain.map((l) => [l.start, l.end]));
        shaped.forEach((line, i) => {
          expect(line.width).toBeLessThanOrEqual(plain[i].width); // a lam-alef ligature saves a cell
          expect(sorted(multiset(unshape(line.text)))).toEqual(sorted(multiset(plain[i].text)));
          const plainChars = multiset(plain[i].text);
          for (const ch of line.text) if (!plainChars.has(ch)) expect(ch).toMatch(PRESENTATION_FORM);
        });
      }),
      RUNS,
    );
  });

  it('reorders an all-Arabic line into exactly reversed logical order', () => {
    const word = fc.array(fc.oneof({ weight: 4, arbitrary: arabicLetter }, { weight: 1, arbitrary: fc.tuple(arabicLetter, harakah).map(([l, h]) => l + h) }), { minLength: 1, maxLength: 12 });
    const arabicParagraph = fc.array(word.map((w) => w.join('')), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(arabicParagraph, direction, lineWidth, fc.boolean(), (text, dir, width, shape) => {
        for (const line of layoutText(text, dir, width, { shape, reorder: true })) {
          const starts = line.cells.map((c) => c.start);
          expect(starts).toEqual([...starts].sort((a, b) => b - a));
        }
      }),
      RUNS,
    );
  });
});

describe('layoutText examples', () => {
  const visual = (text: string, dir: Direction, width = 80, shape = false) => layoutText(text, dir, width, { shape, reorder: true }).map((l) => l.text);

  it('mirrors brackets in right-to-left runs and keeps harakat after their letter', () => {
    expect(visual('(مرحبا)', 'rtl')).toEqual(['(ابحرم)']);
    expect(visual('قال [نعم] ثم', 'rtl')).toEqual(['مث [معن] لاق']);
    expect(visual('وجّه', 'rtl')).toEqual(['هجّو']);
    expect(visual('مثمناً', 'rtl')).toEqual(['اًنمثم']);
  });

  it('keeps numbers and Latin words left to right inside Arabic', () => {
    expect(visual('عام 2024 في CNN', 'rtl')).toEqual(['CNN يف 2024 ماع']);
  });

  it('wraps before reordering: the first logical words are on the first line', () => {
    expect(visual('واحد اثنان ثلاثة', 'rtl', 11)).toEqual(['نانثا دحاو', 'ةثالث']);
  });

  it('gives a lone mark a dotted circle and drops bidi controls', () => {
    expect(visual('\u064e', 'rtl')).toEqual(['\u25cc\u064e']);
    expect(visual('a\u2067ب\u2069c\u200e', 'ltr')).toEqual(['aبc']);
  });

  it('shows a wide character on a one-cell line as U+FFFD', () => {
    expect(visual('中a', 'ltr', 1)).toEqual(['\ufffd', 'a']);
  });

  it('never joins letters across a line break', () => {
    // Width 1: lam and alef on separate lines, each isolated; the alef is not lost.
    expect(visual('لا', 'rtl', 1, true)).toEqual(['\ufedd', '\ufe8d']);
    expect(visual('بب بب', 'rtl', 2, true)).toEqual(['\ufe90\ufe91', '\ufe90\ufe91']);
  });

  it('joins lam and alef into one ligature cell', () => {
    const [line] = layoutText('كلا', 'rtl', 80, { shape: true, reorder: true });
    expect(line.text).toBe('\ufefc\ufedb');
    expect(line.cells.map((c) => [c.start, c.end, c.width])).toEqual([[1, 3, 1], [0, 1, 1]]);
  });
});
