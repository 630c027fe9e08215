import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article/model.js';
import { parseMarkdown } from '../src/article/markdown.js';
import { parsePlainText } from '../src/article/plaintext.js';
import { QariError } from '../src/errors.js';
import { layoutBlock } from '../src/layout/layout.js';
import type { LayoutOptions, VisualLine } from '../src/layout/types.js';
import { decodeBody } from '../src/sources/charset.js';
import { htmlToArticle } from '../src/sources/html.js';

// The whole pipeline from bytes to screen lines on arbitrary and hostile input: decoding either gives
// text or refuses it with a QariError (exit 2), parsing never throws, and every laid-out line keeps
// the layout invariants and carries nothing a terminal would act on. Expectations are computed here,
// independently of the layout code (clusters from Intl.Segmenter).

const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىلا';
const HEBREW = 'אבגדהוזחטיכלמנסעפצקרשת';
const MARKS = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0670', '\u05b7', '\u0301', '\u20dd'];
const BIDI = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e', '\u{e0001}'];
const ESCAPES = ['\x1b[31m', '\x1b]52;c;eA==\x07', '\x1b]0;t\x1b\\', '\x1bP+q\x1b\\', '\x1b_a\x1b\\', '\x1b[2J', '\x1b', '\u009b1m', '\u009d0;x\u009c'];
const MARKUP = ['# ', '## ', '\n---\n', '---\n', '*', '**', '`', '> ', '- ', '1. ', '|', '<p>', '</p>', '<h2>', '</h2>', '<title>', '<script>', '&#27;', '&#x9b;', '&#x202e;', '&amp;', '<![CDATA[', ']]>', '<!--'];

const char = (chars: string | string[]) => fc.constantFrom(...(typeof chars === 'string' ? [...chars] : chars));
const atom = fc.oneof(
  { weight: 10, arbitrary: char(ARABIC) },
  { weight: 3, arbitrary: char(HEBREW) },
  { weight: 4, arbitrary: char(MARKS) },
  { weight: 1, arbitrary: fc.tuple(char(MARKS), fc.integer({ min: 2, max: 60 })).map(([m, n]) => m.repeat(n)) },
  { weight: 4, arbitrary: char(BIDI) },
  { weight: 1, arbitrary: fc.tuple(char(BIDI), fc.integer({ min: 2, max: 140 })).map(([b, n]) => b.repeat(n)) },
  { weight: 2, arbitrary: char(INVISIBLE) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)) },
  { weight: 3, arbitrary: char(ESCAPES) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }, // lone surrogates
  { weight: 3, arbitrary: char('abcXYZ0123456789٠١٢.,،؛؟!:()[]{}<>«»"\'-/') },
  { weight: 1, arbitrary: char(['中', '한', '😀', '👨\u200d👩\u200d👧', '🇮🇶', 'Ｗ', '\u2028', '\u2029', '\u0085']) },
  { weight: 6, arbitrary: char([' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t']) },
  { weight: 2, arbitrary: char(MARKUP) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const hostileText = fc.array(atom, { maxLength: 160 }).map((atoms) => atoms.join(''));
/** Bytes: random ones, or hostile text in UTF-8 (maybe cut mid-character), or in UTF-16 with a BOM. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(hostileText, fc.nat()).map(([text, cut]) => {
    const utf8 = Buffer.from(text, 'utf8');
    return utf8.subarray(0, utf8.length - (cut % 3));
  }),
  fc.tuple(hostileText, fc.boolean()).map(([text, le]) => {
    const body = Buffer.from(text, 'utf16le');
    return le ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : Buffer.concat([Buffer.from([0xfe, 0xff]), body.swap16()]);
  }),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([Buffer.from('<meta charset="windows-1256">'), b])),
);
const layoutOptions = fc.record<LayoutOptions>({ shape: fc.boolean(), reorder: fc.boolean() });
const width = fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 200 }));

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Controls (C0, DEL, C1) and format characters other than a ZWJ: never in what is written. */
const NEVER_WRITTEN = /[\u0000-\u001f\u007f-\u009f]|(?!\u200d)\p{Default_Ignorable_Code_Point}/u;

/** The clusters a line shows: its logical clusters minus trailing white space and invisible ones. */
function visibleClusters(text: string, line: VisualLine): Array<[number, number]> {
  const inLine = Array.from(graphemes.segment(text.slice(line.start, line.end)), ({ segment, index }) => ({ segment, start: line.start + index }));
  while (inLine.length && /^\s+$/u.test(inLine[inLine.length - 1].segment)) inLine.pop();
  return inLine.filter((c) => c.segment.replace(IGNORABLE, '') !== '').map((c) => [c.start, c.start + c.segment.length]);
}

function checkLayout(article: Article, lineWidth: number, options: LayoutOptions): void {
  for (const block of article.blocks) {
    expect(block.text, 'block text is sanitized').not.toMatch(/[\u0000-\u001f\u007f-\u009f]/u);
    expect(block.text.isWellFormed(), 'no lone surrogates').toBe(true);
    const lines = layoutBlock(block, lineWidth, options);
    expect(lines.length).toBeGreaterThan(0);
    // Logical ranges tile the block.
    expect(lines[0].start).toBe(0);
    lines.forEach((line, i) => {
      expect(line.end).toBeGreaterThan(line.start);
      if (i > 0) expect(line.start).toBe(lines[i - 1].end);
    });
    expect(lines.at(-1)!.end).toBe(block.text.length);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(lineWidth);
      expect(line.cells.reduce((w, c) => w + c.width, 0)).toBe(line.width);
      expect(line.text).toBe(line.cells.map((c) => c.text).join(''));
      expect(line.text, 'nothing a terminal acts on, no format characters').not.toMatch(NEVER_WRITTEN);
      expect(line.text.isWellFormed()).toBe(true);
      // The cells are the line's visible clusters, each once (a shaped lam-alef cell covers two).
      const cells = line.cells.map((c) => [c.start, c.end]).sort((a, b) => a[0] - b[0]);
      const clusters = visibleClusters(block.text, line);
      if (!options.shape) expect(cells).toEqual(clusters);
      else {
        let k = 0;
        for (const [start, end] of cells) {
          expect(clusters[k]?.[0]).toBe(start);
          while (k < clusters.length && clusters[k][1] < end) k++;
          expect(clusters[k]?.[1]).toBe(end);
          k++;
        }
        expect(k).toBe(clusters.length);
      }
    }
  }
}

/** Text, or a refusal as a QariError with exit status 2: never another exception. */
function decode(input: Uint8Array): string | null {
  try {
    return decodeBody(input, '', 'input').text;
  } catch (error) {
    expect(error).toBeInstanceOf(QariError);
    expect((error as QariError).exitCode).toBe(2);
    return null;
  }
}

const RUNS = { numRuns: Number(process.env.QARI_FUZZ_RUNS ?? 300), interruptAfterTimeLimit: 20_000 };

describe('the pipeline on arbitrary input (fuzz)', () => {
  it('bytes → decode → plain text and Markdown → layout', () => {
    fc.assert(
      fc.property(bytes, width, layoutOptions, (input, lineWidth, options) => {
        const text = decode(input);
        if (text === null) return;
        expect(text.includes('\0') && input.subarray(0, 2).every((b) => b !== 0xff && b !== 0xfe)).toBe(false);
        checkLayout(parsePlainText(text), lineWidth, options);
        checkLayout(parseMarkdown(text), lineWidth, options);
      }),
      RUNS,
    );
  }, 60_000);

  it('hostile strings → plain text and Markdown → layout', () => {
    fc.assert(
      fc.property(hostileText, width, layoutOptions, (text, lineWidth, options) => {
        checkLayout(parsePlainText(text), lineWidth, options);
        checkLayout(parseMarkdown(text), lineWidth, options);
      }),
      RUNS,
    );
  }, 60_000);

  it('hostile strings and bytes → HTML (sources layer) → layout', () => {
    const html = fc.oneof(
      hostileText.map((t) => `<html><head><title>${t.slice(0, 40)}</title></head><body><article><h1>${t.slice(0, 30)}</h1><p>${t}</p><p>${t}</p></article></body></html>`),
      hostileText,
      bytes.map((b) => decode(b) ?? ''),
    );
    fc.assert(
      fc.property(html, width, layoutOptions, (text, lineWidth, options) => {
        checkLayout(htmlToArticle(text), lineWidth, options);
      }),
      { numRuns: Math.ceil(Number(process.env.QARI_FUZZ_RUNS ?? 300) / 3), interruptAfterTimeLimit: 20_000 },
    );
  }, 60_000);

  it('the checks can fail: an unsanitized control in a block is caught', () => {
    const article = parsePlainText('نص عادي');
    const tampered = { ...article, blocks: [{ ...article.blocks[0], text: 'a\x1b[31mb' }] };
    expect(() => checkLayout(tampered, 20, { shape: false, reorder: true })).toThrow();
  });
});
