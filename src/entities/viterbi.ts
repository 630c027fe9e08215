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
 * For each tag, the previous tags (not the start) allowed before it, flattened: tag t's list is
 * list[from[t] .. from[t + 1]), in increasing order. I-X has only two.
 */
interface Predecessors {
  from: Int32Array;
  list: Int32Array;
}

function predecessors(tagCount: number, allowed: Uint8Array): Predecessors {
  const from = new Int32Array(tagCount + 1);
  const list: number[] = [];
  for (let t = 0; t < tagCount; t++) {
    for (let p = 0; p < tagCount; p++) if (allowed[p * tagCount + t]) list.push(p);
    from[t + 1] = list.length;
  }
  return { from, list: Int32Array.from(list) };
}

const predecessorCache = new WeakMap<Uint8Array, Predecessors>();
/** Back-pointers and score rows, reused between calls: tagging allocates nothing per word. */
let back = new Int32Array(0);
let previousScores = new Float64Array(0);
let scores = new Float64Array(0);

/**
 * emissions: length × tagCount scores of each tag at each position. transitions[i]: (tagCount + 1)
 * × tagCount scores of moving from a previous tag (or the start) to each tag at position i.
 */
export function viterbi(
  length: number,
  tagCount: number,
  emissions: Float64Array,
  transitions: readonly Float64Array[],
  allowed: Uint8Array,
): Int32Array {
  const path = new Int32Array(length);
  if (length === 0) return path;
  let before = predecessorCache.get(allowed);
  if (!before) predecessorCache.set(allowed, (before = predecessors(tagCount, allowed)));
  const { from, list } = before;
  if (back.length < length * tagCount) back = new Int32Array(Math.max(length * tagCount, back.length * 2));
  // Locals, not the module's variables: the loops below read them at every step.
  const backPointers = back;
  if (scores.length < tagCount) {
    previousScores = new Float64Array(tagCount);
    scores = new Float64Array(tagCount);
  }
  let current = previousScores;
  let next = scores;
  const fromStart = transitions[0];
  for (let t = 0; t < tagCount; t++) {
    const at = tagCount * tagCount + t;
    current[t] = allowed[at] ? emissions[t] + fromStart[at] : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    const into = transitions[i];
    const row = i * tagCount;
    for (let t = 0; t < tagCount; t++) {
      const firstCandidate = from[t];
      const endOfCandidates = from[t + 1];
      let best = -Infinity;
      let bestPrevious = list[firstCandidate];
      if (endOfCandidates - firstCandidate === tagCount) {
        // Any previous tag (O and B-X): the same candidates in the same order, without the list
        // between (a sixth fewer instructions per decode).
        for (let p = 0, k = t; p < tagCount; p++, k += tagCount) {
          const score = current[p] + into[k];
          if (score > best) {
            best = score;
            bestPrevious = p;
          }
        }
      } else {
        for (let c = firstCandidate; c < endOfCandidates; c++) {
          const p = list[c];
          const score = current[p] + into[p * tagCount + t];
          if (score > best) {
            best = score;
            bestPrevious = p;
          }
        }
      }
      next[t] = best + emissions[row + t];
      backPointers[row + t] = bestPrevious;
    }
    const swap = current;
    current = next;
    next = swap;
  }
  let last = 0;
  for (let t = 1; t < tagCount; t++) if (current[t] > current[last]) last = t;
  for (let i = length - 1; i >= 0; i--) {
    path[i] = last;
    last = backPointers[i * tagCount + last];
  }
  return path;
}
