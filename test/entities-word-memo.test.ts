import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { rememberedPerWord, rememberedPerWordPerRound, rememberedYesNoPerWord } from '../src/entities/word-memo.js';
import { nextTriggered, triggersIn, triggerWord } from '../src/entities/word-triggers.js';
import { tokenize, tokenReadAs } from '../src/entities/tokenize.js';

describe('answers kept with the word (word-memo.ts)', () => {
  it('works an answer out once per word, asked of the word or of any of its tokens', () => {
    const asked: string[] = [];
    const length = rememberedPerWord((folded) => {
      asked.push(folded);
      return folded.length;
    });
    const tokens = tokenize('وزير الخارجية وزير');
    expect(length(tokens[0])).toBe(4);
    expect(length(tokens[2])).toBe(4);
    expect(length('وزير')).toBe(4);
    expect(length(tokens[1])).toBe(8);
    expect(asked).toEqual(['وزير', 'الخارجيه']);
  });

  it('answers a token copied with another folded form for that form, not the first', () => {
    const length = rememberedPerWord((folded) => folded.length);
    const [token] = tokenize('والوزير');
    expect(length(token)).toBe(7);
    expect(length({ ...token, folded: 'الوزير' })).toBe(6);
    expect(length(token)).toBe(7);
  });

  it('reads a token as another word with the same fields as tokenize gives (one shape for V8) and that word\'s record', () => {
    const length = rememberedPerWord((folded) => folded.length);
    const [token] = tokenize('والوزير');
    const read = tokenReadAs(token, 'الوزير', 'الوزير');
    expect(Object.keys(read)).toEqual(Object.keys(token));
    // The hidden class itself, as V8 sees it (a spread copy has the same keys but another class).
    setFlagsFromString('--allow-natives-syntax');
    const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
    expect(haveSameMap(read, token)).toBe(true);
    expect(haveSameMap({ ...token, folded: 'الوزير' }, token)).toBe(false);
    expect(read).toMatchObject({ text: 'الوزير', folded: 'الوزير', start: token.start, end: token.end, isWord: true });
    expect(read.word?.folded).toBe('الوزير');
    expect(length(read)).toBe(6);
    expect(tokenReadAs(token, 'وزير').text).toBe('والوزير');
  });

  it('keeps yes and no answers alike, once per word, apart from other questions about the word', () => {
    const asked: string[] = [];
    const isLong = rememberedYesNoPerWord((folded) => {
      asked.push(folded);
      return folded.length > 4;
    });
    const startsWithAl = rememberedYesNoPerWord((folded) => folded.startsWith('ال'));
    const tokens = tokenize('وزير الخارجية وزير الخارجية');
    expect([isLong(tokens[0]), isLong(tokens[1]), isLong(tokens[2]), isLong(tokens[3]), isLong('وزير')]).toEqual([false, true, false, true, false]);
    expect([startsWithAl(tokens[0]), startsWithAl(tokens[1])]).toEqual([false, true]);
    expect(asked).toEqual(['وزير', 'الخارجيه']);
  });

  it('asks a question of one round again in the next', () => {
    const memo = rememberedPerWordPerRound();
    const [token] = tokenize('سلمان');
    let names = new Set(['سلمان']);
    const isName = (): boolean => memo.ask(token, (word) => names.has(word.folded));
    memo.nextRound();
    expect(isName()).toBe(true);
    names = new Set();
    expect(isName()).toBe(true);
    memo.nextRound();
    expect(isName()).toBe(false);
  });
});

describe('trigger words marked once a block (word-triggers.ts)', () => {
  const QUESTION = triggerWord((word) => word.folded === 'هل');
  const DEFINITE = triggerWord((word) => word.folded.startsWith('ال'));

  it('marks each position with the triggers its word has', () => {
    const tokens = tokenize('هل قال الوزير شيئا ؟');
    const triggers = triggersIn(tokens);
    expect(Array.from(triggers, (bits) => [(bits & QUESTION) !== 0, (bits & DEFINITE) !== 0])).toEqual([
      [true, false],
      [false, false],
      [false, true],
      [false, false],
      [false, false],
    ]);
    expect(triggersIn(tokens)).toBe(triggers);
  });

  it('finds the next position whose triggers meet a mask, from a given one on', () => {
    const triggers = triggersIn(tokenize('هل قال الوزير شيئا ؟ هل'));
    expect(nextTriggered(triggers, DEFINITE, 0)).toBe(2);
    expect(nextTriggered(triggers, QUESTION, 1)).toBe(5);
    expect(nextTriggered(triggers, QUESTION | DEFINITE, 3)).toBe(5);
    expect(nextTriggered(triggers, DEFINITE, 3)).toBe(-1);
    expect(nextTriggered(triggers, QUESTION, 6)).toBe(-1);
  });

  it('refuses a trigger defined after words were marked', () => {
    triggersIn(tokenize('نص'));
    expect(() => triggerWord(() => true)).toThrow(/after words were marked/);
  });
});
