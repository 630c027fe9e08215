import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Direction } from '../src/article/model.js';
import { generalLayout, layoutText } from '../src/layout/layout.js';
import { simpleLines } from '../src/layout/simple-lines.js';
import { alignLine } from '../src/layout/print.js';
import type { LayoutOptions } from '../src/layout/types.js';

// The fast path for simple paragraphs (src/layout/simple-lines.ts) must lay out exactly what the
// general layout does, for the reader and for --print: random paragraphs of the characters it takes
// (letters of every joining type, lam-alef pairs with and without marks) and some it must refuse.
const pieces = [
  'ب', 'ت', 'ال', 'لا', 'لأ', 'لإ', 'لآ', 'لَا', 'لاَ', 'ل', 'ا', 'أ', 'د', 'ر', 'و', 'ء', 'ة', 'ى', 'ي', 'ئ', 'ـ', 'ی', 'ک', 'پ', 'گ', 'چ', 'ۀ', 'ٮ',
  'ה', 'a', 'Z', ' ', ' ', '  ', '1', '٣', ',', '.', '،', '؟', '(', ')', '[', '«', '»', '"', '-', '—', '…', '%', 'é', '×',
  '/', '!', '؛', ':', '}', '|', '$', '\u2011', '\u00b4', '٢',
  '\u064e', '\u0651', '\u05b0', '\u00a0', '\u200f', '\u200d', '\u200c', '\t', '😀', 'كلمةطويلةجدابلامسافاتعلىالإطلاق',
];
const paragraph = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
const options = fc.record({ shape: fc.boolean(), reorder: fc.boolean() });

function printedGenerally(text: string, direction: Direction, width: number, layout: LayoutOptions): string[] {
  return generalLayout(text, direction, width, layout).map((line) => alignLine(line, width));
}

function linesGenerally(text: string, direction: Direction, width: number, layout: LayoutOptions) {
  return generalLayout(text, direction, width, layout).map(({ start, end, text: written, width: cells }) => ({ start, end, text: written, width: cells }));
}

describe('the fast path for simple paragraphs', () => {
  it('makes the lines the general layout makes (ranges, text, width)', () => {
    fc.assert(
      fc.property(paragraph, fc.constantFrom<Direction>('rtl', 'ltr'), fc.integer({ min: 1, max: 30 }), options, (text, direction, width, layout) => {
        const fast = simpleLines(text, direction, width, layout);
        if (fast) expect(fast).toEqual(linesGenerally(text, direction, width, layout));
      }),
      { numRuns: 5000 },
    );
  });

  it('prints what the general layout prints', () => {
    fc.assert(
      fc.property(paragraph, fc.constantFrom<Direction>('rtl', 'ltr'), fc.integer({ min: 1, max: 30 }), options, (text, direction, width, layout) => {
        const fast = simpleLines(text, direction, width, layout, true);
        if (fast) expect(fast.map((line) => line.text)).toEqual(printedGenerally(text, direction, width, layout));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the reader's lines the general path's cells", () => {
    const text = 'قال الوزير (في 2024): «لا، نعمْ»، وأضاف 50% من الإيرانيين.';
    for (const shape of [true, false]) {
      const lines = layoutText(text, 'rtl', 17, { shape, reorder: true });
      expect(lines.map((line) => line.cells.map((cell) => cell.text).join(''))).toEqual(lines.map((line) => line.text));
      expect(lines.map((line) => line.cells)).toEqual(generalLayout(text, 'rtl', 17, { shape, reorder: true }).map((line) => line.cells));
    }
  });

  it('takes plain Arabic news text, shaped or not, and leaves other text to the general path', () => {
    const text = 'قال الوزير (في 2024): «نعمْ»، وأضاف 50%.';
    expect(simpleLines(text, 'rtl', 20, { shape: false, reorder: true })).not.toBeNull();
    expect(simpleLines(text, 'rtl', 20, { shape: true, reorder: true })).not.toBeNull();
    expect(simpleLines('لا\u200dب', 'rtl', 20, { shape: true, reorder: true })).toBeNull();
    expect(simpleLines('😀 ب', 'rtl', 20, { shape: true, reorder: true })).toBeNull();
  });

  const shared = join(__dirname, '..', '..', 'shared', 'articles');
  it.skipIf(!existsSync(shared))('lays out every line of the shared articles as the general layout does (skipped when ../shared is absent)', () => {
    let simple = 0;
    for (const language of readdirSync(shared)) {
      for (const file of readdirSync(join(shared, language)).filter((f) => f.endsWith('.txt'))) {
        for (const line of readFileSync(join(shared, language, file), 'utf8').split('\n')) {
          for (const layout of [{ shape: true, reorder: true }, { shape: false, reorder: true }, { shape: true, reorder: false }]) {
            const fast = simpleLines(line, 'rtl', 80, layout);
            if (!fast) continue;
            simple++;
            expect(fast, `${file}: ${line}`).toEqual(linesGenerally(line, 'rtl', 80, layout));
          }
        }
      }
    }
    expect(simple).toBeGreaterThan(100);
  });
});
