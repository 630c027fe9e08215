import { describe, expect, it } from 'vitest';
import { lineLevels, paragraphLevels, visualOrder, type ParagraphLevels } from '../src/text/bidi.js';
import type { Direction } from '../src/article/model.js';
import { readShared, sharedFile } from './core-shared.js';

// UAX #9 conformance through qari's own code: levels from paragraphLevels (bidi-js), L1 at the line
// end from lineLevels, L2 order from visualOrder. Each test case is one paragraph shown as one line.

/** A representative character for each bidi class (BidiTest.txt gives classes, not characters). */
const CHAR_OF_CLASS: Record<string, string> = {
  L: 'a', R: '\u05d0', AL: '\u0627', EN: '1', ES: '+', ET: '$', AN: '\u0661', CS: ',', NSM: '\u0300',
  BN: '\u00ad', B: '\u2029', S: '\t', WS: ' ', ON: '!', LRE: '\u202a', RLE: '\u202b', PDF: '\u202c',
  LRO: '\u202d', RLO: '\u202e', LRI: '\u2066', RLI: '\u2067', FSI: '\u2068', PDI: '\u2069',
};
const DIRECTION_BITS: Array<[number, Direction | 'auto']> = [[1, 'auto'], [2, 'ltr'], [4, 'rtl']];

interface Outcome {
  levels: number[];
  order: number[];
}

/** Levels and visual order of a string's code points, as the layout computes them for one line. */
function resolve(text: string, direction: Direction | 'auto'): Outcome & { paragraph: ParagraphLevels } {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) starts.push(i);
  const paragraph = paragraphLevels(text, direction);
  const levels = lineLevels(text, starts, paragraph);
  return { levels, order: visualOrder(levels), paragraph };
}

/** Compares with expected levels (null = removed by X9) and order (which excludes removed characters). */
function mismatch(actual: Outcome, expectedLevels: Array<number | null>, expectedOrder: number[]): string | null {
  for (let i = 0; i < expectedLevels.length; i++) {
    if (expectedLevels[i] !== null && expectedLevels[i] !== actual.levels[i]) return `levels ${actual.levels.join(' ')}`;
  }
  const order = actual.order.filter((i) => expectedLevels[i] !== null);
  if (order.join(' ') !== expectedOrder.join(' ')) return `order ${order.join(' ')}`;
  return null;
}

function parseLevels(field: string): Array<number | null> {
  return field.trim().split(/\s+/).filter(Boolean).map((l) => (l === 'x' ? null : Number(l)));
}
function parseOrder(field: string): number[] {
  return field.trim().split(/\s+/).filter(Boolean).map(Number);
}

function report(name: string, cases: number, expectedCases: number, failures: string[]): void {
  expect(cases, `${name}: not every test case was read`).toBe(expectedCases);
  expect(failures.length, `${name}: ${failures.length} of ${cases} cases fail; first ones:\n${failures.slice(0, 10).join('\n')}`).toBe(0);
}

describe('UAX #9 conformance (Unicode 15.0)', () => {
  const bidiTest = sharedFile('unicode/BidiTest.txt');
  it.skipIf(!bidiTest)('passes every case of BidiTest.txt', () => {
    let levels: Array<number | null> = [];
    let order: number[] = [];
    let cases = 0;
    const failures: string[] = [];
    for (const line of readShared(bidiTest).split('\n')) {
      if (line.startsWith('@Levels:')) levels = parseLevels(line.slice(8));
      else if (line.startsWith('@Reorder:')) order = parseOrder(line.slice(9));
      else if (line && !line.startsWith('#') && !line.startsWith('@')) {
        const [classField, bitsField] = line.split(';');
        const classes = classField.trim().split(/\s+/);
        const text = classes.map((c) => CHAR_OF_CLASS[c]).join('');
        const bits = parseInt(bitsField.trim(), 16);
        for (const [bit, direction] of DIRECTION_BITS) {
          if (!(bits & bit)) continue;
          cases++;
          const problem = mismatch(resolve(text, direction), levels, order);
          if (problem) failures.push(`${classField.trim()} (${direction}): expected levels ${levels.map((l) => l ?? 'x').join(' ')} order ${order.join(' ')}; got ${problem}`);
        }
      }
    }
    report('BidiTest.txt', cases, 770_241, failures);
  }, 120_000);

  const characterTest = sharedFile('unicode/BidiCharacterTest.txt');
  it.skipIf(!characterTest)('passes every case of BidiCharacterTest.txt', () => {
    let cases = 0;
    const failures: string[] = [];
    const directions: Array<Direction | 'auto'> = ['ltr', 'rtl', 'auto'];
    for (const line of readShared(characterTest).split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [codes, directionField, paragraphLevelField, levelsField, orderField] = line.split(';');
      const text = String.fromCodePoint(...codes.trim().split(/\s+/).map((h) => parseInt(h, 16)));
      cases++;
      const actual = resolve(text, directions[Number(directionField)]);
      const problem =
        actual.paragraph.paragraphLevel !== Number(paragraphLevelField)
          ? `paragraph level ${actual.paragraph.paragraphLevel}`
          : mismatch(actual, parseLevels(levelsField), parseOrder(orderField));
      if (problem) failures.push(`${codes.trim()} (${directions[Number(directionField)]}): expected levels ${levelsField.trim()} order ${orderField.trim()}; got ${problem}`);
    }
    report('BidiCharacterTest.txt', cases, 91_707, failures);
  }, 120_000);
});
