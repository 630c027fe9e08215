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
 * list[from[t] .. from[t + 1]), in increasing order. I-X has only two; O and B-X have every tag,
 * and are the bits of `open`.
 */
interface Predecessors {
  from: Int32Array;
  list: Int32Array;
  open: number;
}

/** Tags a path may hold as bits of one number (viterbi's sets of tags). */
const MAX_TAGS = 31;

function predecessors(tagCount: number, allowed: Uint8Array): Predecessors {
  if (tagCount > MAX_TAGS) throw new Error(`viterbi: at most ${MAX_TAGS} tags`);
  const from = new Int32Array(tagCount + 1);
  const list: number[] = [];
  let open = 0;
  for (let t = 0; t < tagCount; t++) {
    for (let p = 0; p < tagCount; p++) if (allowed[p * tagCount + t]) list.push(p);
    from[t + 1] = list.length;
    if (from[t + 1] - from[t] === tagCount) open |= 1 << t;
  }
  return { from, list: Int32Array.from(list), open };
}

const predecessorCache = new WeakMap<Uint8Array, Predecessors>();

function predecessorsOf(tagCount: number, allowed: Uint8Array): Predecessors {
  let before = predecessorCache.get(allowed);
  if (!before) predecessorCache.set(allowed, (before = predecessors(tagCount, allowed)));
  return before;
}

/**
 * Of a position's transition scores (viterbi's `transitions[i]`), from each previous tag p the
 * highest score into a tag that any tag may precede (O, B-X), at p, and the lowest, at tagCount + p.
 * viterbi needs them to pass over previous tags that cannot win: a tagger works them out once per
 * word (its transition scores are the word's), not once per position.
 */
export function transitionBounds(transitions: Float64Array, tagCount: number, allowed: Uint8Array): Float64Array {
  const { open } = predecessorsOf(tagCount, allowed);
  const bounds = new Float64Array(2 * tagCount);
  for (let p = 0; p < tagCount; p++) {
    let high = -Infinity;
    let low = Infinity;
    for (let t = 0; t < tagCount; t++) {
      if ((open & (1 << t)) === 0) continue;
      high = Math.max(high, transitions[p * tagCount + t]);
      low = Math.min(low, transitions[p * tagCount + t]);
    }
    bounds[p] = high;
    bounds[tagCount + p] = low;
  }
  return bounds;
}

/** Back-pointers and score rows, reused between calls: tagging allocates nothing per word. */
let back = new Int32Array(0);
let previousScores = new Float64Array(0);
let scores = new Float64Array(0);

/**
 * emissions: length × tagCount scores of each tag at each position. transitions[i]: (tagCount + 1)
 * × tagCount scores of moving from a previous tag (or the start) to each tag at position i, and
 * bounds[i] their transitionBounds (worked out here when not given).
 */
export function viterbi(
  length: number,
  tagCount: number,
  emissions: Float64Array,
  transitions: readonly Float64Array[],
  allowed: Uint8Array,
  bounds: readonly Float64Array[] = transitions.map((scores) => transitionBounds(scores, tagCount, allowed)),
): Int32Array {
  const path = new Int32Array(length);
  if (length === 0) return path;
  const { from, list, open } = predecessorsOf(tagCount, allowed);
  if (back.length < length * tagCount) back = new Int32Array(Math.max(length * tagCount, back.length * 2));
  // Locals, not the module's variables: the loops below read them at every step.
  const backPointers = back;
  if (scores.length < tagCount) {
    previousScores = new Float64Array(tagCount);
    scores = new Float64Array(tagCount);
  }
  let current = previousScores;
  let next = scores;
  // The best score of the row in `current`, and a tag that has it.
  let top = -Infinity;
  let topTag = 0;
  const fromStart = transitions[0];
  for (let t = 0; t < tagCount; t++) {
    const at = tagCount * tagCount + t;
    current[t] = allowed[at] ? emissions[t] + fromStart[at] : -Infinity;
    if (current[t] > top) {
      top = current[t];
      topTag = t;
    }
  }
  for (let i = 1; i < length; i++) {
    const into = transitions[i];
    const bound = bounds[i];
    // A previous tag p whose best reach into O or B-X (current[p] + bound[p]) falls short of the
    // top tag's worst (top + its low bound) scores below the top tag into every one of them: only
    // the others are tried there (in news 1.06 previous tags a position, the top tag included,
    // instead of all nine). Taken in increasing order as all of them were, ties go to the same tag.
    const floor = top + bound[tagCount + topTag];
    let contenders = 0;
    for (let p = 0; p < tagCount; p++) if (current[p] + bound[p] >= floor) contenders |= 1 << p;
    const row = i * tagCount;
    top = -Infinity;
    for (let t = 0; t < tagCount; t++) {
      let best = -Infinity;
      let bestPrevious = 0;
      if ((open & (1 << t)) !== 0) {
        for (let rest = contenders; rest !== 0; rest &= rest - 1) {
          const p = 31 - Math.clz32(rest & -rest);
          const score = current[p] + into[p * tagCount + t];
          if (score > best) {
            best = score;
            bestPrevious = p;
          }
        }
      } else {
        bestPrevious = list[from[t]];
        for (let c = from[t]; c < from[t + 1]; c++) {
          const p = list[c];
          const score = current[p] + into[p * tagCount + t];
          if (score > best) {
            best = score;
            bestPrevious = p;
          }
        }
      }
      const score = best + emissions[row + t];
      next[t] = score;
      backPointers[row + t] = bestPrevious;
      if (score > top) {
        top = score;
        topTag = t;
      }
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
