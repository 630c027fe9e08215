import { describe, expect, it } from 'vitest';
import { bioTransitions, transitionBounds, viterbi } from '../src/entities/viterbi.js';

const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];

/** Viterbi trying every allowed previous tag at every position, ties to the first: what viterbi must match. */
function everyPreviousTag(length: number, count: number, emissions: Float64Array, transitions: readonly Float64Array[], allowed: Uint8Array): number[] {
  let scores = Array.from({ length: count }, (_, t) => (allowed[count * count + t] ? emissions[t] + transitions[0][count * count + t] : -Infinity));
  const back: number[][] = [];
  for (let i = 1; i < length; i++) {
    const pointers: number[] = [];
    scores = Array.from({ length: count }, (_, t) => {
      let best = -Infinity;
      let bestPrevious = -1;
      for (let p = 0; p < count; p++) {
        if (!allowed[p * count + t]) continue;
        if (bestPrevious < 0) bestPrevious = p;
        const score = scores[p] + transitions[i][p * count + t];
        if (score > best) {
          best = score;
          bestPrevious = p;
        }
      }
      pointers.push(bestPrevious);
      return best + emissions[i * count + t];
    });
    back.push(pointers);
  }
  let last = 0;
  for (let t = 1; t < count; t++) if (scores[t] > scores[last]) last = t;
  const path = [last];
  for (let i = length - 1; i > 0; i--) path.unshift((last = back[i - 1][last]));
  return path;
}

describe('viterbi', () => {
  it('finds the path of trying every previous tag, ties included, whether or not the bounds are given', () => {
    const count = TAGS.length;
    const allowed = bioTransitions(TAGS);
    let seed = 7;
    // Small integer scores (as the tagger's are), so that ties are frequent.
    const next = (range: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return ((seed >>> 8) % (2 * range + 1)) - range;
    };
    for (let sentence = 0; sentence < 300; sentence++) {
      const length = 1 + (sentence % 17);
      const emissions = Float64Array.from({ length: length * count }, () => next(sentence % 2 ? 3 : 40));
      const shared = Float64Array.from({ length: (count + 1) * count }, () => next(4));
      const transitions = Array.from({ length }, () => (next(1) > 0 ? Float64Array.from({ length: (count + 1) * count }, () => next(6)) : shared));
      const expected = everyPreviousTag(length, count, emissions, transitions, allowed);
      expect(Array.from(viterbi(length, count, emissions, transitions, allowed))).toEqual(expected);
      const bounds = transitions.map((scores) => transitionBounds(scores, count, allowed));
      expect(Array.from(viterbi(length, count, emissions, transitions, allowed, bounds))).toEqual(expected);
    }
  });
});
