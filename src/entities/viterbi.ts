/**
 * Best tag sequence under a first-order model (Viterbi), restricted to well-formed BIO: an I-X tag
 * only after B-X or I-X. Greedy left-to-right tagging cannot revise a tag when the next word shows it
 * was wrong; Viterbi can.
 */

/** allowed[previous * tagCount + current]; previous = tagCount stands for the sentence start. */
export function bioTransitions(tags: readonly string[]): Uint8Array {
  const count = tags.length;
  const allowed = new Uint8Array((count + 1) * count);
  for (let previous = 0; previous <= count; previous++) {
    for (let current = 0; current < count; current++) {
      const tag = tags[current];
      const before = previous < count ? tags[previous] : 'O';
      const ok = !tag.startsWith('I-') || before === 'B-' + tag.slice(2) || before === 'I-' + tag.slice(2);
      allowed[previous * count + current] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/**
 * emissions: length × tagCount scores of each tag at each position. transitionsAt(i): (tagCount + 1)
 * × tagCount scores of moving from a previous tag (or the start) to each tag at position i.
 */
export function viterbi(
  length: number,
  tagCount: number,
  emissions: Float64Array,
  transitionsAt: (i: number) => Float64Array,
  allowed: Uint8Array,
): Int32Array {
  const path = new Int32Array(length);
  if (length === 0) return path;
  const back = new Int32Array(length * tagCount);
  let previousScores = new Float64Array(tagCount);
  let scores = new Float64Array(tagCount);
  const first = transitionsAt(0);
  for (let t = 0; t < tagCount; t++) {
    const from = tagCount * tagCount + t;
    previousScores[t] = allowed[from] ? emissions[t] + first[from] : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    const transitions = transitionsAt(i);
    for (let t = 0; t < tagCount; t++) {
      let best = -Infinity;
      let bestPrevious = 0;
      for (let p = 0; p < tagCount; p++) {
        const from = p * tagCount + t;
        if (!allowed[from]) continue;
        const score = previousScores[p] + transitions[from];
        if (score > best) {
          best = score;
          bestPrevious = p;
        }
      }
      scores[t] = best + emissions[i * tagCount + t];
      back[i * tagCount + t] = bestPrevious;
    }
    [previousScores, scores] = [scores, previousScores];
  }
  let last = 0;
  for (let t = 1; t < tagCount; t++) if (previousScores[t] > previousScores[last]) last = t;
  for (let i = length - 1; i >= 0; i--) {
    path[i] = last;
    last = back[i * tagCount + last];
  }
  return path;
}
