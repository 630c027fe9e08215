/**
 * Tags the sentences of a document (sequences of folded words) with the trained model: per-position
 * tag scores from the features, then Viterbi, then again with document evidence. Scores that depend
 * on one word alone (its own features, its features as a neighbour, its transition features) are
 * summed once per distinct word and reused: news text repeats words.
 */
import {
  describeWord,
  NEIGHBOUR_OFFSETS,
  pairFeatures,
  previousTagFeature,
  previousTagWordFeature,
  SENTENCE_END,
  SENTENCE_START,
  type WordFeatures,
} from './features.js';
import { DOCUMENT_LISTS_PER_TOKEN, documentFeatures } from './document-features.js';
import type { Gazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import type { TaggerModel } from './tagger-model.js';
import { bioTransitions, viterbi } from './viterbi.js';

interface WordScores {
  features: WordFeatures;
  own: Float64Array;
  /** Scores as the neighbour at each of NEIGHBOUR_OFFSETS, one tag row after another. */
  asNeighbour: Float64Array;
  /** (tags + 1) × tags transition scores into this word, from each previous tag or the start. */
  transitions: Float64Array;
}

/** One sentence's words with their tag scores per position (length × tags). */
interface Pass {
  scored: WordScores[];
  emissions: Float64Array;
}

/** Bounds the per-word cache so a huge input cannot grow it without limit. */
const MAX_CACHED_WORDS = 100_000;

export class SequenceTagger {
  private readonly tagCount: number;
  private readonly allowed: Uint8Array;
  /** Scores of moving from each previous tag (or the start) to each tag, whatever the word. */
  private readonly plainTransitions: Float64Array;
  private readonly cache = new Map<string, WordScores>();
  private readonly start: WordScores;
  private readonly end: WordScores;
  private readonly pairs: number[] = [];

  constructor(
    private readonly model: TaggerModel,
    private readonly gaz: Gazetteer,
  ) {
    this.tagCount = model.tags.length;
    this.allowed = bioTransitions(model.tags);
    this.plainTransitions = new Float64Array((this.tagCount + 1) * this.tagCount);
    for (let previous = 0; previous <= this.tagCount; previous++) {
      model.addScores(this.plainTransitions, previous * this.tagCount, [previousTagFeature(previous)]);
    }
    this.start = this.score(SENTENCE_START);
    this.end = this.score(SENTENCE_END);
  }

  isRare(word: string): boolean {
    return !this.model.isFrequent(hashString(word));
  }

  /**
   * Tags a document's sentences in two passes: the second adds what the first made of each word
   * elsewhere in the document (document-features.ts).
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const count = this.tagCount;
    const passes = sentences.map((words) => this.firstPass(words));
    const firstTags = passes.map((pass) => this.decode(pass));
    const scoreRow = (features: readonly number[]): Float64Array => {
      const row = new Float64Array(count);
      this.model.addScores(row, 0, features);
      return row;
    };
    const evidence = documentFeatures(sentences, firstTags, (word) => this.isRare(word), scoreRow, null);
    return passes.map((pass, s) => {
      const rows = evidence[s];
      let changed = false;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        if (!row) continue;
        const offset = Math.floor(r / DOCUMENT_LISTS_PER_TOKEN) * count;
        for (let t = 0; t < count; t++) pass.emissions[offset + t] += row[t];
        changed = true;
      }
      return changed ? this.decode(pass) : firstTags[s];
    });
  }

  private firstPass(words: readonly string[]): Pass {
    const count = this.tagCount;
    const scored: WordScores[] = new Array<WordScores>(words.length);
    const features: WordFeatures[] = new Array<WordFeatures>(words.length);
    for (let i = 0; i < words.length; i++) {
      scored[i] = this.wordScores(words[i]);
      features[i] = scored[i].features;
    }
    const emissions = new Float64Array(words.length * count);
    for (let i = 0; i < words.length; i++) {
      const offset = i * count;
      emissions.set(scored[i].own, offset);
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const delta = NEIGHBOUR_OFFSETS[k];
        const at = i + delta;
        // Explicit bounds: reading an array out of range (scored[-1]) is a slow property lookup.
        const neighbour = at < 0 ? this.start : at >= words.length ? this.end : scored[at];
        const row = neighbour.asNeighbour;
        for (let t = 0; t < count; t++) emissions[offset + t] += row[k * count + t];
      }
      this.pairs.length = 0;
      pairFeatures(features, i, this.pairs);
      this.model.addScores(emissions, offset, this.pairs);
    }
    return { scored, emissions };
  }

  private decode({ scored, emissions }: Pass): string[] {
    const path = viterbi(scored.length, this.tagCount, emissions, (i) => scored[i].transitions, this.allowed);
    const tags = new Array<string>(path.length);
    for (let i = 0; i < path.length; i++) tags[i] = this.model.tags[path[i]];
    return tags;
  }

  private wordScores(word: string): WordScores {
    let scores = this.cache.get(word);
    if (!scores) {
      if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
      scores = this.score(describeWord(word, this.gaz, (hash) => this.model.isFrequent(hash)));
      this.cache.set(word, scores);
    }
    return scores;
  }

  private score(features: WordFeatures): WordScores {
    const count = this.tagCount;
    const own = new Float64Array(count);
    this.model.addScores(own, 0, features.own);
    const asNeighbour = new Float64Array(NEIGHBOUR_OFFSETS.length * count);
    features.asNeighbour.forEach((list, k) => this.model.addScores(asNeighbour, k * count, list));
    const wordFeatures = Array.from({ length: count + 1 }, (_, previous) => previousTagWordFeature(previous, features.hash));
    // Most words have no weight joined with the previous tag: they share the plain transition scores.
    let transitions = this.plainTransitions;
    if (this.model.hasAny(wordFeatures)) {
      transitions = Float64Array.from(this.plainTransitions);
      wordFeatures.forEach((feature, previous) => this.model.addScores(transitions, previous * count, [feature]));
    }
    return { features, own, asNeighbour, transitions };
  }
}
