import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../src/text/linebreak.js';
import { readShared, sharedFile } from './core-shared.js';

// UAX #14 conformance of breakOpportunities. The `linebreak` package implements an older UAX #14;
// the cases it gets wrong are listed, with the rule changes behind them, in the fixture below.
const KNOWN_FAILURES = new Set(
  readFileSync(new URL('./fixtures/core/linebreak-known-failures.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#')),
);

describe('UAX #14 conformance (Unicode 15.0)', () => {
  const file = sharedFile('unicode/LineBreakTest.txt');
  it.skipIf(!file)('passes at least 99% of LineBreakTest.txt, and fails only the documented cases', () => {
    let cases = 0;
    const failing: string[] = [];
    for (const line of readShared(file).split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const data = line.split('#')[0].trim();
      let text = '';
      const expected: number[] = [];
      for (const token of data.split(/\s+/)) {
        if (token === '÷') expected.push(text.length);
        else if (token !== '×') text += String.fromCodePoint(parseInt(token, 16));
      }
      cases++;
      const actual = breakOpportunities(text).map((b) => b.position);
      if (actual.join(' ') !== expected.join(' ')) failing.push(data);
    }
    expect(cases).toBe(7654);
    const unexpected = failing.filter((data) => !KNOWN_FAILURES.has(data));
    expect(unexpected, `new failures:\n${unexpected.slice(0, 10).join('\n')}`).toEqual([]);
    expect((cases - failing.length) / cases).toBeGreaterThanOrEqual(0.99);
    const fixed = [...KNOWN_FAILURES].filter((data) => !failing.includes(data));
    if (fixed.length > 0) console.warn(`${fixed.length} documented LineBreakTest failures now pass: prune the fixture`);
  });

  it('marks mandatory breaks as required', () => {
    expect(breakOpportunities('سلام\nعليكم')).toEqual([
      { position: 5, required: true },
      { position: 10, required: false },
    ]);
  });
});
