import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fold } from '../src/text/normalize.js';

// Word lists that rules compare with tokens' folded words must hold folded spellings: an entry written
// with "ة", "أ", "ئ", "ى" or harakat never matches and silently does nothing. This reads every one-line
// `new Set([...])` of src/entities whose comment says "folded" and that does not fold its entries itself.
const dir = fileURLToPath(new URL('../src/entities/', import.meta.url));

function foldedListEntries(): Array<{ where: string; word: string }> {
  const found: Array<{ where: string; word: string }> = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const lines = readFileSync(`${dir}${file}`, 'utf8').split('\n');
    lines.forEach((line, index) => {
      const list = /new Set\(\[([^\]]*)\]\)/.exec(line);
      if (list === null || /\]\.map\(fold\)/.test(line)) return;
      const comment = lines.slice(Math.max(0, index - 3), index + 1).join('\n');
      if (!/folded/.test(comment)) return;
      for (const [, word] of list[1].matchAll(/(?<!fold\()'([^']+)'/g)) found.push({ where: `${file}:${index + 1}`, word });
    });
  }
  return found;
}

describe('folded word lists', () => {
  it('finds the lists it checks', () => {
    expect(foldedListEntries().length).toBeGreaterThan(200);
  });

  it('holds only spellings that folding yields', () => {
    const unfolded = foldedListEntries().filter(({ word }) => fold(word) !== word).map(({ where, word }) => `${where} ${word} (folded: ${fold(word)})`);
    expect(unfolded).toEqual([]);
  });
});
