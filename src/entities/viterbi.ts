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

/** For each tag, the previous tags (not the start) allowed before it: I-X has only two. */
function predecessors(tagCount: number, allowed: Uint8Array): Int32Array[] {
  return Array.from({ length: tagCount }, (_, t) => {
    const list: number[] = [];
    for (let p = 0; p < tagCount; p++) if (allowed[p * tagCount + t]) list.push(p);
    return Int32Array.from(list);
  });
}

const predecessorCache = new WeakMap<Uint8Array, Int32Array[]>();
/** Back-pointers, reused between calls: a sentence at a time, tagging allocates nothing per word. */
let back = new Int32Array(0);

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
  let before = predecessorCache.get(allowed);
  if (!before) predecessorCache.set(allowed, (before = predecessors(tagCount, allowed)));
  if (back.length < length * tagCount) back = new Int32Array(Math.max(length * tagCount, back.length * 2));
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
      const candidates = before[t];
      let best = -Infinity;
      let bestPrevious = candidates[0];
      for (let c = 0; c < candidates.length; c++) {
        const p = candidates[c];
        const score = previousScores[p] + transitions[p * tagCount + t];
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
