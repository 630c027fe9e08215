import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../src/text/linebreak.js';
import { breaksBetween, lineBreakGroup, NOT_SIMPLE } from '../src/text/linebreak-simple.js';
import { isOneCellPunctuation } from '../src/text/cell-width.js';
import { isSimpleCharacter } from '../src/text/simple-characters.js';

// linebreak-simple.ts answers for groups of characters by asking the linebreak package about one
// character of each group. For its pair-table machine, that is exact if every character behaves as
// its group's representative next to every other one: checked here for every pair, with and
// without spaces between, and with a mark after the first.

const grouped: string[] = [];
for (let code = 0x21; code < 0x10000; code++) {
  if (code === 0xa0 || !(isSimpleCharacter(code) || isOneCellPunctuation(code))) continue;
  if (lineBreakGroup(code) !== NOT_SIMPLE) grouped.push(String.fromCharCode(code));
}

const breaksAt = (text: string, position: number) => breakOpportunities(text).some((b) => b.position === position);

describe('line-break groups', () => {
  it('cover every one-cell cluster character of the print fast path but the Hebrew letters', () => {
    expect(grouped.length).toBeGreaterThan(400);
    expect(grouped.some((c) => c >= '\u05d0' && c <= '\u05f4')).toBe(false);
  });

  it('give the package’s break between every pair of characters', () => {
    const wrong: string[] = [];
    for (const a of grouped) {
      for (const b of grouped) {
        const [previous, next] = [lineBreakGroup(a.charCodeAt(0)), lineBreakGroup(b.charCodeAt(0))];
        const direct = breaksBetween(previous, next, false);
        const spaced = breaksBetween(previous, next, true);
        if (breaksAt(a + b, 1) !== direct) wrong.push(`${a}${b}`);
        if (breaksAt(`${a} ${b}`, 2) !== spaced || breaksAt(`${a}   ${b}`, 4) !== spaced) wrong.push(`${a} ${b}`);
        if (breaksAt(`${a}\u064e${b}`, 2) !== direct || breaksAt(`${a}\u0651\u064e ${b}`, 4) !== spaced) wrong.push(`${a}+mark ${b}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 120_000);
});
