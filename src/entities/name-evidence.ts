/**
 * Corpus-wide evidence that a word is a name: how often a tagger took it for a person across
 * unlabeled news (the ANT corpus). One article rarely makes a name's context clear, a thousand do;
 * "بوتين" is a person in most of its hundreds of occurrences, "تسونامي" in none. Stored in the
 * word-cluster file format (word-clusters.ts) with a single level: the bucket of the person share.
 */
import { bareStem } from './features.js';
import { WordClusters } from './word-clusters.js';

/** Buckets of the share of a word's occurrences tagged as a person: <5%, <30%, <70%, the rest. */
const BUCKET_LIMITS = [0.05, 0.3, 0.7];
export const NAME_EVIDENCE_LEVELS = [BUCKET_LIMITS.length + 1];
/** Words seen fewer times say too little. */
const MIN_OCCURRENCES = 3;

/**
 * Whether the evidence says a folded word is almost never a person: seen at least MIN_OCCURRENCES
 * times, under the first bucket limit (5%) of them tagged as one ("شارك", "بقي").
 */
export function isRarelyAPerson(evidence: WordClusters, word: string): boolean {
  return evidence.clusterAt(evidence.packedOf(word), 0) === 0;
}

/**
 * Whether the evidence says a folded word is often a person: at least the second bucket limit (30%)
 * of its occurrences tagged as one ("بالحاج", a family name, unlike "بالوزير"); `mostly`: at least
 * the third (70%).
 */
export function isOftenAPerson(evidence: WordClusters, word: string, mostly = false): boolean {
  return evidence.clusterAt(evidence.packedOf(word), 0) >= (mostly ? 3 : 2);
}

/** No evidence for any word (what training shows before the evidence exists). */
export const NO_NAME_EVIDENCE = new WordClusters(NAME_EVIDENCE_LEVELS, new Uint32Array(0), new Uint32Array(0));

/** Counts, per word and per bare stem, of occurrences and of those tagged as a person. */
export class NameEvidenceCounter {
  private readonly counts = new Map<string, { seen: number; person: number }>();

  add(words: readonly string[], tags: readonly string[]): void {
    for (let i = 0; i < words.length; i++) {
      const person = tags[i].endsWith('-PERS') ? 1 : 0;
      this.count(words[i], person);
      const stem = bareStem(words[i]);
      if (stem !== words[i]) this.count(stem, person);
    }
  }

  private count(word: string, person: number): void {
    let entry = this.counts.get(word);
    if (!entry) this.counts.set(word, (entry = { seen: 0, person: 0 }));
    entry.seen++;
    entry.person += person;
  }

  /** The evidence as a table, and encoded for data/entities/name-evidence.bin. */
  build(): { table: WordClusters; bytes: Uint8Array } {
    const entries: Array<[string, number[]]> = [];
    for (const [word, { seen, person }] of this.counts) {
      if (seen < MIN_OCCURRENCES) continue;
      const share = person / seen;
      let bucket = 0;
      while (bucket < BUCKET_LIMITS.length && share >= BUCKET_LIMITS[bucket]) bucket++;
      entries.push([word, [bucket]]);
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const bytes = WordClusters.encode(NAME_EVIDENCE_LEVELS, entries);
    return { table: WordClusters.decode(bytes), bytes };
  }
}
