import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { bidiClassOfCode, fullParagraphLevels, paragraphLevels } from '../src/text/bidi.js';
import { simpleParagraphLevels } from '../src/text/bidi-fast.js';

// The fast path for single-direction paragraphs (src/text/bidi-fast.ts) must give exactly the levels
// of the full algorithm: random paragraphs from the characters it accepts (and some it must refuse),
// and every line of the shared Arabic articles.
const alphabet = [
  'ب', 'ت', 'ال', 'א', 'ש', 'a', 'Z', ' ', '\u00a0', '1', '٣', '۴', ',', '.', ':', '/', '،', '+', '-', '%', '٪', '#', '$',
  '(', ')', '[', ']', '«', '»', '"', '!', '؟', '\u064e', '\u0651', '\u0301', '\u200f', '\u061c', '\u200e', '\t', '\u202b', '\u2067', '\u200d', '😀',
];
const refused = new Set(['\t', '\u202b', '\u2067', '\u200d', '😀']);
const againstRtl = new Set(['a', 'Z', '\u200e']);
const againstLtr = new Set(['ب', 'ت', 'ال', 'א', 'ש', '٣', '۴', '\u200f', '\u061c']);
const textOf = (parts: string[]) => fc.array(fc.constantFrom(...parts), { maxLength: 40 }).map((chosen) => chosen.join(''));
const paragraph = textOf(alphabet);
// Paragraphs the fast path accepts, so that most runs test it rather than the fallback.
const accepted = {
  rtl: textOf(alphabet.filter((c) => !refused.has(c) && !againstRtl.has(c))),
  ltr: textOf(alphabet.filter((c) => !refused.has(c) && !againstLtr.has(c))),
};

function levelsOf(text: string, direction: 'rtl' | 'ltr'): number[] {
  return Array.from(paragraphLevels(text, direction).levels);
}

function fullLevelsOf(text: string, direction: 'rtl' | 'ltr'): number[] {
  return Array.from(fullParagraphLevels(text, direction).levels);
}

describe('fast paragraph levels', () => {
  for (const direction of ['rtl', 'ltr'] as const) {
    it(`equal bidi-js on random ${direction} paragraphs`, () => {
      fc.assert(
        fc.property(fc.oneof(paragraph, accepted[direction]), (text) => {
          expect(levelsOf(text, direction)).toEqual(fullLevelsOf(text, direction));
        }),
        { numRuns: 5000 },
      );
    });
  }

  it('takes the fast path for the paragraphs it is meant for', () => {
    const classOf = bidiClassOfCode;
    expect(simpleParagraphLevels('قال الوزير (2024): «نعم» 50%.', 1, classOf)).not.toBeNull();
    expect(simpleParagraphLevels('He said (2024): "yes" 50%.', 0, classOf)).not.toBeNull();
    expect(simpleParagraphLevels('قال CNN', 1, classOf)).toBeNull();
  });

  const shared = join(__dirname, '..', '..', 'shared', 'articles', 'ar');
  it.skipIf(!existsSync(shared))('equal bidi-js on every line of the shared Arabic articles (skipped when ../shared is absent)', () => {
    for (const file of readdirSync(shared).filter((f) => f.endsWith('.txt'))) {
      for (const line of readFileSync(join(shared, file), 'utf8').split('\n')) {
        expect(levelsOf(line, 'rtl'), `${file}: ${line}`).toEqual(fullLevelsOf(line, 'rtl'));
      }
    }
  });
});
