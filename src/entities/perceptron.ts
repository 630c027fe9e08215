/**
 * A greedy left-to-right averaged-perceptron sequence tagger (BIO tags), small enough to hand-write:
 * no maintained npm NER library handles Arabic. Training lives here too so the weights format has
 * one owner; scripts/train-tagger.ts drives it.
 */
import type { Gazetteer } from './gazetteer.js';
import {
  dynamicFeatures,
  NEIGHBOUR_OFFSETS,
  neighbourAt,
  neighbourFeatures,
  ownFeatures,
  pairFeatures,
  describeToken,
  staticFeatures,
  type TokenInfo,
} from './features.js';

/** Serialized model: feature → sparse [tagIndex, weight, tagIndex, weight, ...]. */
export interface TaggerWeights {
  tags: string[];
  /** Words frequent in the training text; the others get the "rare" features. */
  frequent: string[];
  weights: Record<string, number[]>;
}

export class PerceptronTagger {
  readonly tags: string[];
  readonly frequent: ReadonlySet<string>;
  private readonly weights: Map<string, Float64Array>;
  /** Summed weights of per-word feature groups ("own|word", "offset|word"): most features repeat. */
  private readonly partialScores = new Map<string, Float64Array>();
  private readonly tokenInfos = new Map<string, TokenInfo>();

  constructor(tags: string[], frequent: ReadonlySet<string>, weights = new Map<string, Float64Array>()) {
    this.tags = tags;
    this.frequent = frequent;
    this.weights = weights;
  }

  static fromJSON(model: TaggerWeights): PerceptronTagger {
    const weights = new Map<string, Float64Array>();
    for (const [feature, sparse] of Object.entries(model.weights)) {
      const row = new Float64Array(model.tags.length);
      for (let k = 0; k < sparse.length; k += 2) row[sparse[k]] = sparse[k + 1];
      weights.set(feature, row);
    }
    return new PerceptronTagger(model.tags, new Set(model.frequent), weights);
  }

  /** Scores of every tag for a feature list. */
  scores(features: readonly string[]): Float64Array {
    const total = new Float64Array(this.tags.length);
    for (const feature of features) {
      const row = this.weights.get(feature);
      if (!row) continue;
      for (let t = 0; t < total.length; t++) total[t] += row[t];
    }
    return total;
  }

  /** Best tag index that keeps BIO well-formed (I-X only after B-X or I-X). */
  private bestTag(scores: Float64Array, previousTag: string): number {
    let best = -1;
    for (let t = 0; t < scores.length; t++) {
      if (!allowedAfter(this.tags[t], previousTag)) continue;
      if (best < 0 || scores[t] > scores[best]) best = t;
    }
    return best;
  }

  tag(words: readonly string[], gaz: Gazetteer): string[] {
    const tokens = this.prepare(words, gaz);
    const tags: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const scores = this.scores([
        ...pairFeatures(tokens, i),
        ...dynamicFeatures(tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>', tokens[i].word),
      ]);
      this.addPartial(scores, 'own|' + tokens[i].word, () => ownFeatures(tokens[i]));
      for (const offset of NEIGHBOUR_OFFSETS) {
        const neighbour = neighbourAt(tokens, i, offset);
        this.addPartial(scores, offset + '|' + neighbour.word, () => neighbourFeatures(neighbour, offset));
      }
      tags.push(this.tags[this.bestTag(scores, tags[i - 1] ?? 'O')]);
    }
    return tags;
  }

  private addPartial(scores: Float64Array, key: string, features: () => string[]): void {
    let partial = this.partialScores.get(key);
    if (!partial) {
      partial = this.scores(features());
      // Bounded so a huge input cannot grow the cache without limit.
      if (this.partialScores.size > 200_000) this.partialScores.clear();
      this.partialScores.set(key, partial);
    }
    for (let t = 0; t < scores.length; t++) scores[t] += partial[t];
  }

  prepare(words: readonly string[], gaz: Gazetteer): TokenInfo[] {
    return words.map((word) => {
      let info = this.tokenInfos.get(word);
      if (!info) {
        info = describeToken(word, gaz, this.frequent);
        if (this.tokenInfos.size > 200_000) this.tokenInfos.clear();
        this.tokenInfos.set(word, info);
      }
      return info;
    });
  }

  featuresAt(tokens: readonly TokenInfo[], i: number, tagsSoFar: readonly string[]): string[] {
    return [
      ...staticFeatures(tokens, i),
      ...dynamicFeatures(tagsSoFar[i - 1] ?? '<s>', tagsSoFar[i - 2] ?? '<s>', tokens[i].word),
    ];
  }

  get featureCount(): number {
    return this.weights.size;
  }

  /** Exposed for training: the raw weight row of a feature (created on demand). */
  row(feature: string): Float64Array {
    let row = this.weights.get(feature);
    if (!row) {
      row = new Float64Array(this.tags.length);
      this.weights.set(feature, row);
    }
    return row;
  }

  entries(): IterableIterator<[string, Float64Array]> {
    return this.weights.entries();
  }
}

export function allowedAfter(tag: string, previousTag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  const type = tag.slice(2);
  return previousTag === 'B-' + type || previousTag === 'I-' + type;
}

/**
 * Averaged-perceptron trainer (Collins 2002) with lazy averaging: each weight remembers when it was
 * last changed so the running sum is updated only on change.
 */
export class PerceptronTrainer {
  readonly model: PerceptronTagger;
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private clock = 0;

  constructor(tags: string[], frequent: ReadonlySet<string>) {
    this.model = new PerceptronTagger(tags, frequent);
  }

  /** One pass over a sentence: predict greedily and update on each mistake. Returns errors made. */
  trainSentence(words: readonly string[], gold: readonly string[], gaz: Gazetteer): number {
    let errors = 0;
    const tokens = this.model.prepare(words, gaz);
    for (let i = 0; i < words.length; i++) {
      // Condition on gold history (teacher forcing): measured better than predicted history here.
      const features = this.model.featuresAt(tokens, i, gold);
      const scores = this.model.scores(features);
      let guess = 0;
      for (let t = 1; t < scores.length; t++) if (scores[t] > scores[guess]) guess = t;
      const truth = this.model.tags.indexOf(gold[i]);
      this.clock++;
      if (guess !== truth) {
        errors++;
        for (const feature of features) {
          this.update(feature, truth, 1);
          this.update(feature, guess, -1);
        }
      }
    }
    return errors;
  }

  private update(feature: string, tag: number, delta: number): void {
    const row = this.model.row(feature);
    let total = this.totals.get(feature);
    let stamp = this.stamps.get(feature);
    if (!total || !stamp) {
      total = new Float64Array(row.length);
      stamp = new Float64Array(row.length);
      this.totals.set(feature, total);
      this.stamps.set(feature, stamp);
    }
    total[tag] += (this.clock - stamp[tag]) * row[tag];
    stamp[tag] = this.clock;
    row[tag] += delta;
  }

  /** Averaged weights, dropping those whose magnitude is below `minWeight` (keeps the file small). */
  averaged(minWeight: number): TaggerWeights {
    const weights: Record<string, number[]> = {};
    for (const [feature, row] of this.model.entries()) {
      const total = this.totals.get(feature);
      const stamp = this.stamps.get(feature);
      if (!total || !stamp) continue;
      const sparse: number[] = [];
      for (let t = 0; t < row.length; t++) {
        const sum = total[t] + (this.clock - stamp[t]) * row[t];
        const average = sum / this.clock;
        if (Math.abs(average) >= minWeight) sparse.push(t, Number(average.toPrecision(3)));
      }
      if (sparse.length > 0) weights[feature] = sparse;
    }
    return { tags: this.model.tags, frequent: [...this.model.frequent], weights };
  }
}
