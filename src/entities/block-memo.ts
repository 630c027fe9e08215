/**
 * Answers about a position in a block's tokens, remembered per token array. The officials grammar
 * asks the same questions of the same positions many times (every office phrase before, after and
 * around each name scans up to 16 words back), and a block's tokens never change once tokenized, so
 * an answer computed once holds for the array's lifetime (a WeakMap lets it go with the array).
 */
import type { Token } from './tokenize.js';

/** A question about position `i` of `tokens` whose answer is a whole number ≥ 0. */
type PositionQuestion = (tokens: readonly Token[], i: number) => number;

export function rememberedPerPosition(ask: PositionQuestion): PositionQuestion {
  // Each answer is stored plus one, so that 0 (a fresh array's fill) means "not asked yet".
  const answers = new WeakMap<readonly Token[], Int32Array>();
  // The passes ask of one block's positions after another: the last array's answers are at hand
  // without the WeakMap's look-up (which showed in profiles, asked at every position).
  let lastTokens: readonly Token[] | undefined;
  let lastKnown: Int32Array | undefined;
  return (tokens, i) => {
    if (i < 0 || i >= tokens.length) return ask(tokens, i);
    let known = tokens === lastTokens ? lastKnown : answers.get(tokens);
    if (known === undefined) {
      known = new Int32Array(tokens.length);
      answers.set(tokens, known);
    }
    lastTokens = tokens;
    lastKnown = known;
    if (known[i] === 0) known[i] = ask(tokens, i) + 1;
    return known[i] - 1;
  };
}

/** rememberedPerPosition for answers of any kind (an object, a list), kept per token array the same way. */
export function rememberedValuePerPosition<T>(ask: (tokens: readonly Token[], i: number) => T): (tokens: readonly Token[], i: number) => T {
  const answers = new WeakMap<readonly Token[], Array<T | undefined>>();
  let lastTokens: readonly Token[] | undefined;
  let lastKnown: Array<T | undefined> | undefined;
  return (tokens, i) => {
    if (i < 0 || i >= tokens.length) return ask(tokens, i);
    let known = tokens === lastTokens ? lastKnown : answers.get(tokens);
    if (known === undefined) {
      known = new Array<T | undefined>(tokens.length);
      answers.set(tokens, known);
    }
    lastTokens = tokens;
    lastKnown = known;
    let answer = known[i];
    if (answer === undefined) known[i] = answer = ask(tokens, i);
    return answer;
  };
}

/**
 * An answer about a whole block's tokens (one pass over them, e.g. counting marks from the block's
 * start), worked out once per token array and kept the same way: rules that would each count from
 * the block's start at every position they ask about read it instead.
 */
export function rememberedPerBlock<T>(work: (tokens: readonly Token[]) => T): (tokens: readonly Token[]) => T {
  const answers = new WeakMap<readonly Token[], T>();
  let lastTokens: readonly Token[] | undefined;
  let lastAnswer: T | undefined;
  return (tokens) => {
    if (tokens === lastTokens) return lastAnswer as T;
    let answer = answers.get(tokens);
    if (answer === undefined) {
      answer = work(tokens);
      answers.set(tokens, answer);
    }
    lastTokens = tokens;
    lastAnswer = answer;
    return answer;
  };
}
