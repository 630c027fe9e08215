import { describe, expect, it } from 'vitest';
import { rememberedPerPosition, rememberedValuePerPosition } from '../src/entities/block-memo.js';
import { officePhraseEnd } from '../src/entities/office-phrase.js';
import { tokenize } from '../src/entities/tokenize.js';

describe('answers remembered per block position', () => {
  it('asks once per position of one token array, and again for another array', () => {
    const asked: number[] = [];
    const wordLength = rememberedPerPosition((tokens, i) => {
      asked.push(i);
      return tokens[i].folded.length;
    });
    const tokens = tokenize('قال الوزير أمس');
    expect([wordLength(tokens, 1), wordLength(tokens, 1), wordLength(tokens, 0)]).toEqual([6, 6, 3]);
    expect(asked).toEqual([1, 0]);
    const other = tokenize('قال الوزير أمس');
    expect(wordLength(other, 1)).toBe(6);
    expect(asked).toEqual([1, 0, 1]);
  });

  it('passes positions outside the array straight to the question', () => {
    const asked: number[] = [];
    const question = rememberedPerPosition((_, i) => {
      asked.push(i);
      return 0;
    });
    const tokens = tokenize('قال');
    question(tokens, 5);
    question(tokens, 5);
    expect(asked).toEqual([5, 5]);
  });
});

describe('answers of any kind remembered per block position', () => {
  it('keeps an object per position of one token array', () => {
    let asked = 0;
    const around = rememberedValuePerPosition((tokens, i) => {
      asked++;
      return { before: tokens[i - 1]?.folded ?? null, after: tokens[i + 1]?.folded ?? null };
    });
    const tokens = tokenize('قال الوزير أمس');
    const first = around(tokens, 1);
    expect(around(tokens, 1)).toBe(first);
    expect(first).toEqual({ before: 'قال', after: 'امس' });
    expect(asked).toBe(1);
  });
});

describe('the office phrase with names, after the one without', () => {
  // (Made up.) "مستشار سامر فلحان": an indefinite office takes the name after it as its genitive,
  // so with names the phrase runs through it; without names it stops elsewhere. The scan without
  // names is remembered and reused only where none of the positions it asked about is a name.
  it('scans again when a position the first scan asked about is a name', () => {
    const tokens = tokenize('قال مستشار سامر فلحان إن');
    const names = new Set([2, 3]);
    const plain = officePhraseEnd(tokens, 1);
    expect(officePhraseEnd(tokens, 1, (i) => names.has(i))).toBe(4);
    expect(plain).not.toBe(4);
    expect(officePhraseEnd(tokens, 1, () => false)).toBe(plain);
  });
});
