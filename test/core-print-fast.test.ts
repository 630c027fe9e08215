import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Direction } from '../src/article/model.js';
import { layoutText } from '../src/layout/layout.js';
import { simplePrintedText } from '../src/layout/print-fast.js';
import { alignLine } from '../src/layout/print.js';

// --print's fast path for simple paragraphs (src/layout/print-fast.ts) must print exactly what the
// general layout does: random paragraphs of the characters it takes (and some it must refuse).
const pieces = [
  'ب', 'ت', 'ال', 'ה', 'a', 'Z', ' ', ' ', '  ', '1', '٣', ',', '.', '،', '؟', '(', ')', '[', '«', '»', '"', '-', '—', '…', '%', 'é', '×',
  '/', '!', '؛', ':', '}', '|', '$', '\u2011', '\u00b4', '٢',
  '\u064e', '\u0651', '\u05b0', '\u00a0', '\u200f', '\t', '😀', 'كلمةطويلةجدابلامسافاتعلىالإطلاق',
];
const paragraph = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

function general(text: string, direction: Direction, width: number, reorder: boolean): string[] {
  return layoutText(text, direction, width, { shape: false, reorder }).map((line) => alignLine(line, width));
}

describe('print fast path', () => {
  it('prints what the general layout prints', () => {
    fc.assert(
      fc.property(paragraph, fc.constantFrom<Direction>('rtl', 'ltr'), fc.integer({ min: 1, max: 30 }), fc.boolean(), (text, direction, width, reorder) => {
        const fast = simplePrintedText(text, direction, width, { shape: false, reorder });
        if (fast) expect(fast).toEqual(general(text, direction, width, reorder));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes plain Arabic news text, and leaves shaping to the general path', () => {
    const text = 'قال الوزير (في 2024): «نعمْ»، وأضاف 50%.';
    expect(simplePrintedText(text, 'rtl', 20, { shape: false, reorder: true })).not.toBeNull();
    expect(simplePrintedText(text, 'rtl', 20, { shape: true, reorder: true })).toBeNull();
  });

  const shared = join(__dirname, '..', '..', 'shared', 'articles', 'ar');
  it.skipIf(!existsSync(shared))('prints every line of the shared Arabic articles as the general layout does (skipped when ../shared is absent)', () => {
    for (const file of readdirSync(shared).filter((f) => f.endsWith('.txt'))) {
      for (const line of readFileSync(join(shared, file), 'utf8').split('\n')) {
        const fast = simplePrintedText(line, 'rtl', 80, { shape: false, reorder: true });
        if (fast) expect(fast, `${file}: ${line}`).toEqual(general(line, 'rtl', 80, true));
      }
    }
  });
});
