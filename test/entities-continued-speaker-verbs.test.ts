import { describe, expect, it } from 'vitest';
import { SAYING_VERB } from '../src/entities/sayer-names.js';
import { tokenize } from '../src/entities/tokenize.js';
import { triggersIn } from '../src/entities/word-triggers.js';

describe('the verbs that go on with what was said (continued-speakers.ts) are found by the trigger of verbs of saying', () => {
  it('marks each continuing verb, with "و" or without, as a verb of saying', () => {
    const tokens = tokenize('أضاف أضافت تابع تابعت وأضاف وأضافت وتابع وتابعت');
    expect(Array.from(triggersIn(tokens), (bits) => (bits & SAYING_VERB) !== 0)).toEqual(tokens.map(() => true));
  });
});
