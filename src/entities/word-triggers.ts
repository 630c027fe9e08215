/**
 * The trigger words of the rule passes, marked once per block. Most passes act only where a word of
 * their own kind stands (a verb of saying, a decree's act, an office noun), yet scanned every token
 * of the article to find it: on a 1 MB article that is ~100,000 token objects (and their words'
 * records) brought from memory again by each pass. Here each word's triggers are worked out once
 * (a bit a pass, kept with the word's record), and each block gets one compact array of them, so a
 * pass reads its bit at every position and looks at the tokens only where it is set.
 *
 * A trigger is a cheap necessary condition of the pass's own test at that position (the pass still
 * makes its full test there): it depends on the folded word alone, and may hold of more words
 * than the pass acts on, never of fewer.
 */
import { rememberedPerWord, type WordRecord } from './word-memo.js';
import type { Token } from './tokenize.js';

const tests: Array<(word: WordRecord) => boolean> = [];
let asked = false;

/**
 * A new trigger: its bit. Called when a pass's module loads, before any word is asked about (a
 * trigger defined later would be missing from the words already marked: that throws).
 */
export function triggerWord(test: (word: WordRecord) => boolean): number {
  if (asked) throw new Error('word-triggers: a trigger was defined after words were marked');
  if (tests.length === 31) throw new Error('word-triggers: no bit left for another trigger');
  tests.push(test);
  return 1 << (tests.length - 1);
}

/** Punctuation several passes open at (a punctuation token's folded form is its text). */
export const OPENING_BRACKET = triggerWord((word) => word.folded === '(');
export const COLON = triggerWord((word) => word.folded === ':');
export const COMMA = triggerWord((word) => word.folded === '،' || word.folded === ',');

const triggersOfWord = rememberedPerWord((_, word) => {
  asked = true;
  let bits = 0;
  for (let t = 0; t < tests.length; t++) if (tests[t](word)) bits |= 1 << t;
  return bits;
});

const marked = new WeakMap<readonly Token[], Uint32Array>();
// The passes go block by block: the last block's array is at hand without the WeakMap.
let lastTokens: readonly Token[] | undefined;
let lastTriggers: Uint32Array | undefined;

/** The trigger bits of each token of a block (the array is shared: do not modify it). */
export function triggersIn(tokens: readonly Token[]): Uint32Array {
  if (tokens === lastTokens && lastTriggers !== undefined) return lastTriggers;
  let triggers = marked.get(tokens);
  if (triggers === undefined) {
    triggers = new Uint32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) triggers[i] = triggersOfWord(tokens[i]);
    marked.set(tokens, triggers);
  }
  lastTokens = tokens;
  lastTriggers = triggers;
  return triggers;
}

/**
 * The first position from `from` on whose trigger bits meet `mask`, or -1. The passes find their
 * trigger words through it rather than each testing every position in a loop of its own: a pass
 * that runs little per block is then no hot loop that V8 compiles (and compiles again after a
 * deoptimization), while this one small scan serves them all.
 */
export function nextTriggered(triggers: Uint32Array, mask: number, from: number): number {
  for (let i = from; i < triggers.length; i++) if ((triggers[i] & mask) !== 0) return i;
  return -1;
}
