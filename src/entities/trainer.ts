/**
 * Structured averaged perceptron (Collins 2002) for the tagger: decode each training sentence with
 * Viterbi under the current weights and, where the best path differs from the gold one, move weight
 * from the predicted path's features to the gold path's. Averaging is lazy: each weight remembers
 * when it last changed, so the running sum is only brought up to date on change.
 */
import { previousTagFeature, previousTagWordFeature, type WordFeatures } from './features.js';
import type { TrainedWeights, Weights } from './tagger-model.js';
import { bioTransitions, viterbi } from './viterbi.js';

/**
 * Feature hash → row id, by open addressing over typed arrays: a Map boxes hashes above 2^30, and
 * training looks up every feature of every token at every epoch.
 */
class FeatureIds {
  private mask = (1 << 16) - 1;
  private keys = new Int32Array(1 << 16);
  /** Row id + 1 per slot; 0 for an empty slot. */
  private ids = new Int32Array(1 << 16);
  size = 0;

  get(feature: number): number | undefined {
    const key = feature | 0;
    for (let slot = feature & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.ids[slot];
      if (id === 0) return undefined;
      if (this.keys[slot] === key) return id - 1;
    }
  }

  set(feature: number, id: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(feature | 0, id + 1);
    this.size++;
  }

  private place(key: number, stored: number): void {
    let slot = key & this.mask;
    while (this.ids[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.ids[slot] = stored;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < keys.length; slot++) if (ids[slot] !== 0) this.place(keys[slot], ids[slot]);
  }
}

export class PerceptronTrainer implements Weights {
  private readonly tagCount: number;
  private readonly allowed: Uint8Array;
  private readonly ids = new FeatureIds();
  private readonly keys: number[] = [];
  private weights = new Float64Array(0);
  private totals = new Float64Array(0);
  private stamps = new Float64Array(0);
  private clock = 1;

  constructor(readonly tags: string[]) {
    this.tagCount = tags.length;
    this.allowed = bioTransitions(tags);
  }

  addScores(target: Float64Array, offset: number, features: ArrayLike<number>): void {
    const count = this.tagCount;
    for (let f = 0; f < features.length; f++) {
      const id = this.ids.get(features[f]);
      if (id === undefined) continue;
      for (let t = 0; t < count; t++) target[offset + t] += this.weights[id * count + t];
    }
  }

  /** One pass over a sentence; `features[i]` are the tag-independent features of word i. Returns errors. */
  trainSentence(words: readonly WordFeatures[], features: readonly number[][], gold: Int32Array): number {
    const count = this.tagCount;
    const emissions = new Float64Array(words.length * count);
    features.forEach((list, i) => this.addScores(emissions, i * count, list));
    const transitions = words.map((word) => {
      const scores = new Float64Array((count + 1) * count);
      for (let previous = 0; previous <= count; previous++) this.addScores(scores, previous * count, this.tagFeatures(previous, word));
      return scores;
    });
    const predicted = viterbi(words.length, count, emissions, transitions, this.allowed);
    let errors = 0;
    for (let i = 0; i < words.length; i++) {
      const goldPrevious = i > 0 ? gold[i - 1] : count;
      const predictedPrevious = i > 0 ? predicted[i - 1] : count;
      if (gold[i] !== predicted[i]) {
        errors++;
        this.update(features[i], gold[i], 1);
        this.update(features[i], predicted[i], -1);
      }
      if (gold[i] !== predicted[i] || goldPrevious !== predictedPrevious) {
        this.update(this.tagFeatures(goldPrevious, words[i]), gold[i], 1);
        this.update(this.tagFeatures(predictedPrevious, words[i]), predicted[i], -1);
      }
    }
    this.clock++;
    return errors;
  }

  private tagFeatures(previous: number, word: WordFeatures): number[] {
    return [previousTagFeature(previous), previousTagWordFeature(previous, word.hash)];
  }

  private idOf(feature: number): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(feature, id);
      this.keys.push(feature);
      if ((id + 1) * this.tagCount > this.weights.length) this.grow();
    }
    return id;
  }

  private grow(): void {
    const size = Math.max(1024, this.weights.length * 2);
    for (const name of ['weights', 'totals', 'stamps'] as const) {
      const bigger = new Float64Array(size);
      bigger.set(this[name]);
      this[name] = bigger;
    }
  }

  private update(features: readonly number[], tag: number, delta: number): void {
    for (const feature of features) {
      const slot = this.idOf(feature) * this.tagCount + tag;
      this.totals[slot] += (this.clock - this.stamps[slot]) * this.weights[slot];
      this.stamps[slot] = this.clock;
      this.weights[slot] += delta;
    }
  }

  /** Averaged weights, without features whose every weight is below `minWeight` in magnitude. */
  averaged(minWeight: number): Omit<TrainedWeights, 'frequent'> {
    const count = this.tagCount;
    const kept: number[] = [];
    const rows: number[] = [];
    for (let id = 0; id < this.keys.length; id++) {
      const row: number[] = [];
      for (let t = 0; t < count; t++) {
        const slot = id * count + t;
        row.push((this.totals[slot] + (this.clock - this.stamps[slot]) * this.weights[slot]) / this.clock);
      }
      if (row.every((weight) => Math.abs(weight) < minWeight)) continue;
      kept.push(this.keys[id]);
      rows.push(...row.map((weight) => (Math.abs(weight) < minWeight ? 0 : weight)));
    }
    return { tags: this.tags, features: Uint32Array.from(kept), weights: Float64Array.from(rows) };
  }
}
