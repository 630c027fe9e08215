import { describe, expect, it } from 'vitest';
import { rememberedPerPosition } from '../src/entities/block-memo.js';
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
