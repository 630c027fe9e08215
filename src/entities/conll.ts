/**
 * CoNLL-style corpus handling for measuring the tagger: the tag set, reading ANERcorp (used for
 * measuring only; the tagger trains on FANE, fane.ts), and entity-level exact-span scoring.
 */
import { readFileSync } from 'node:fs';
import { fold } from '../text/normalize.js';

export interface Sentence {
  words: string[];
  tags: string[];
}

/** The tag set the tagger predicts (person, place, organization, other, in BIO). */
export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];

/** ANERcorp has a handful of misspelt tags; map them onto the tag set. */
function cleanTag(raw: string): string {
  const tag = raw.trim().toUpperCase();
  const fixes: Record<string, string> = {
    'B-ERS': 'B-PERS', 'B-LOCI-PERS': 'B-LOC', 'B-OEG': 'B-ORG', 'B-ORF': 'B-ORG', IPERS: 'I-PERS',
  };
  const fixed = fixes[tag] ?? tag;
  return TAGS.includes(fixed) ? fixed : 'O';
}

export function readConll(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      if (current.words.length) sentences.push(current);
      current = { words: [], tags: [] };
      continue;
    }
    const space = trimmed.lastIndexOf(' ');
    current.words.push(fold(trimmed.slice(0, space)));
    current.tags.push(cleanTag(trimmed.slice(space + 1)));
  }
  if (current.words.length) sentences.push(current);
  return sentences;
}

/** ANERcorp has no document boundaries: consecutive sentences stand in for a news article. */
export const SENTENCES_PER_DOCUMENT = 20;

/** Entity spans "type:start:end" from BIO tags (an I- without its B- opens a span, as conlleval does). */
export function spansOf(tags: readonly string[], type: string): Set<string> {
  const spans = new Set<string>();
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const inside = tag === 'I-' + type && start >= 0;
    if (start >= 0 && !inside) {
      spans.add(`${start}:${i}`);
      start = -1;
    }
    if (tag === 'B-' + type || (tag === 'I-' + type && !inside)) start = i;
  }
  return spans;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export function scoreSpans(gold: readonly string[][], predicted: readonly string[][], type: string): Score {
  let goldCount = 0;
  let predictedCount = 0;
  let correct = 0;
  for (let s = 0; s < gold.length; s++) {
    const goldSpans = spansOf(gold[s], type);
    const predictedSpans = spansOf(predicted[s], type);
    goldCount += goldSpans.size;
    predictedCount += predictedSpans.size;
    for (const span of predictedSpans) if (goldSpans.has(span)) correct++;
  }
  const precision = predictedCount ? correct / predictedCount : 0;
  const recall = goldCount ? correct / goldCount : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: goldCount, predicted: predictedCount, correct };
}
