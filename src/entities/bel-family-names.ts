/**
 * "مراد بالاكحل", "سمير بالحاج": a Maghreb family name written with "بال"/"بل" (son of) glued on
 * reads like "ب" + a common word ("with the darkest"). The learned signals tell them apart without
 * a list: the unlabeled news takes such a family name for a person now and then, and the word
 * clusters put it among names ("بالوزير", "بالعيد" sit among common words).
 */
import { clusterNameShare, personShareBucket } from './tagger.js';

/** The share of names among the words of its cluster above which a word sits among names. */
const MIN_CLUSTER_NAME_SHARE = 0.5;

/** Whether a folded "بال"/"بل" word reads as a family name by the name evidence and its word cluster. */
export function isLearnedBelFamilyName(word: string): boolean {
  return /^با?ل.{3,}$/.test(word) && personShareBucket(word) >= 1 && clusterNameShare(word) >= MIN_CLUSTER_NAME_SHARE;
}

/** The name evidence bucket (tagger.ts personShareBucket) from which a word is mostly a person's in the news. */
const MOSTLY_A_NAME = 2;

/**
 * "بلقاسم", "بلحسن": the Maghreb also writes a man's name as "بل" + a given name, one word that reads
 * like "ب" + "ل" + the name. Where the news mostly takes both the word and the name in it for a
 * person, the word is a name whole, no preposition on one.
 */
export function isBelGivenName(word: string): boolean {
  return /^بل.{3,}$/.test(word) && personShareBucket(word) >= MOSTLY_A_NAME && personShareBucket(word.slice(2)) >= MOSTLY_A_NAME;
}
