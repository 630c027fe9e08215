/**
 * The trained tagger, loaded from data/entities/tagger.bin (weights), clusters.bin (word clusters)
 * and name-evidence.bin (name-evidence.ts) on first use, not at program start.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';
import { gazetteer } from './gazetteer.js';
import { isOftenAPerson, isRarelyAPerson } from './name-evidence.js';
import { SequenceTagger } from './sequence-tagger.js';
import { TaggerModel } from './tagger-model.js';
import { WordClusters } from './word-clusters.js';

let tagger: SequenceTagger | undefined;
let nameEvidence: WordClusters | undefined;
let clusters: WordClusters | undefined;

function loadClusters(): WordClusters {
  clusters ??= WordClusters.decode(readFileSync(dataPath('entities/clusters.bin')));
  return clusters;
}

function loadNameEvidence(): WordClusters {
  nameEvidence ??= WordClusters.decode(readFileSync(dataPath('entities/name-evidence.bin')), 'data/entities/name-evidence.bin');
  return nameEvidence;
}

function loadTagger(): SequenceTagger {
  tagger ??= new SequenceTagger(
    TaggerModel.decode(readFileSync(dataPath('entities/tagger.bin'))),
    gazetteer(),
    loadClusters(),
    loadNameEvidence(),
  );
  return tagger;
}

/** Whether a folded word is almost never a person in the unlabeled ANT news (name-evidence.ts). */
export function isRarelyANameInNews(word: string): boolean {
  return isRarelyAPerson(loadNameEvidence(), word);
}

/**
 * The bucket of the share of a folded word's occurrences in the ANT news that were tagged a person
 * (name-evidence.ts: 0 under 5%, 1 under 30%, 2 under 70%, 3 the rest; -1 for words seen too
 * rarely to count).
 */
export function personShareBucket(word: string): number {
  const evidence = loadNameEvidence();
  return evidence.clusterAt(evidence.packedOf(word), 0);
}

/** Whether a folded word is often (`mostly`: mostly) a person in the unlabeled ANT news (name-evidence.ts). */
export function isOftenANameInNews(word: string, mostly = false): boolean {
  return isOftenAPerson(loadNameEvidence(), word, mostly);
}

/** BIO tags (PERS, LOC, ORG, MISC) for the sentences (folded tokens) of one document. */
export function tagDocumentWords(sentences: readonly (readonly string[])[]): string[][] {
  return loadTagger().tagDocument(sentences);
}

/** Whether the word clusters (ANT news and WikiFANE text, clusters.bin) saw a folded word at least twice. */
export function isSeenInRunningText(word: string): boolean {
  return loadClusters().packedOf(word) >= 0;
}

/** Whether a folded word was rare in the tagger's training text (names usually are). */
export function isRareWord(word: string): boolean {
  return loadTagger().isRare(word);
}

let clusterNameShares: Float64Array | undefined;

/**
 * Of the words that share a word's finest cluster (clusters.bin: words used in the same contexts)
 * and that the name evidence counts, the share often taken for a person (name-evidence.ts); -1 when
 * the clusters never saw the word. A common noun ("برقية", "مأدبة") sits among common nouns, a
 * foreign given name the news seldom tags ("تيريزا") among given names: the neighbourhood carries
 * to words whose own count says little. Worked out once from the two tables.
 */
export function clusterNameShare(word: string): number {
  const words = loadClusters();
  const level = words.levels.length - 1;
  if (!clusterNameShares) {
    const evidence = loadNameEvidence();
    const named = new Float64Array(words.levels[level]);
    const counted = new Float64Array(words.levels[level]);
    words.forEachPacked((packed, key) => {
      const bucket = evidence.clusterAt(evidence.packedOfKey(key), 0);
      if (bucket < 0) return;
      const cluster = words.clusterAt(packed, level);
      counted[cluster]++;
      if (bucket >= 2) named[cluster]++;
    });
    clusterNameShares = named.map((count, cluster) => (counted[cluster] > 0 ? count / counted[cluster] : 0));
  }
  const cluster = words.clusterAt(words.packedOf(word), level);
  return cluster < 0 ? -1 : clusterNameShares[cluster];
}
