/**
 * "أشاد بحسن الضيافة والتنظيم", "حسن الجوار", "حسن النية": "حسن" (goodness of) in the construct
 * state with a definite noun is the praise of a quality; the given name "حسن" only looks the same.
 * The genitive tells them apart: a word running text writes and never takes for a person (its person
 * bucket 0) and no family name list holds; a family name ("حسن الترابي") is none of these.
 */
import { fold } from '../text/normalize.js';
import { gazetteer } from './gazetteer.js';
import { isSeenInRunningText, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';

/** "حسن" (goodness of) in the construct state, also behind "ب", "ل" or "و", folded. */
const QUALITY_NOUNS = new Set(['حسن', 'بحسن', 'لحسن', 'وحسن', 'وبحسن'].map(fold));

/** Whether the two words from `start` are the praise of a quality ("حسن الضيافة"), no name. */
export function isQualityIdiomAt(tokens: readonly Token[], start: number, end: number): boolean {
  const [noun, quality] = [tokens[start], tokens[start + 1]];
  if (end - start !== 2 || noun?.isWord !== true || quality?.isWord !== true || !QUALITY_NOUNS.has(noun.folded)) return false;
  const word = quality.folded;
  return word.startsWith('ال') && isSeenInRunningText(word) && personShareBucket(word) === 0 && !gazetteer().familyNames.has(word);
}
