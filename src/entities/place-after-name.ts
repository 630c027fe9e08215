/**
 * "زياد العذاري بكوناكري،": after a known given name and a family name with the article, the name is
 * complete; a further word "ب" + a word the running news knows on its own (a place the lists lack,
 * "كوناكري") says where, and is no third name word. Names opening with "ب" ("بلحاج", "بوزيد") are
 * spared where a name list knows them, where "ب" is one of their glued prefixes ("بو", "بل", "بن"),
 * or where the word without the "ب" is short or unseen in news.
 */
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isSeenInRunningText, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';

/** Whether the last word of the span [start, end) is such a "ب" + place after a full name. */
export function isPrepositionalPlaceAfterFullName(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 3) return false;
  const [given, family, last] = [tokens[end - 3], tokens[end - 2], tokens[end - 1]];
  if (!last.folded.startsWith('ب') || isListedNameWord(last.folded)) return false;
  const stem = last.folded.slice(1);
  // "بوهلال", "بلعيد", "بنعيسى": "بو", "بل", "بن" glued to a word open Maghrebi family names.
  if (stem.length < 4 || /^[ولن]/.test(stem) || isListedNameWord(stem) || !isSeenInRunningText(stem)) return false;
  const after = tokens[end];
  const atBoundary = after === undefined || !after.isWord;
  return atBoundary && /^ال.{2,}$/.test(family.folded) && isListedGivenName(given.folded);
}

/**
 * "المدير الجهوي للمعهد بقابس سامي فلان": after an office, "ب" + a place says where the office
 * sits; before a name of two words or more it opens no name. The word without "ب"
 * must be one the running news knows and seldom takes for a person, no name list's; "بو", "بل",
 * "بن" glued to a word open Maghrebi family names and are spared as above.
 */
export function isPrepositionalPlaceBeforeName(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 3) return false;
  const [first, given] = [tokens[start], tokens[start + 1]];
  if (!first.isWord || !first.folded.startsWith('ب') || isListedNameWord(first.folded)) return false;
  const stem = first.folded.slice(1);
  if (stem.length < 4 || /^[ولن]/.test(stem) || isListedNameWord(stem) || !isSeenInRunningText(stem) || personShareBucket(stem) !== 0) return false;
  // (The name after it is known by a listed given name, or by a lineage link: "بقابس فرح بن سالم".)
  return isListedGivenName(given.folded) || tokens.slice(start + 2, end).some((token) => token.folded === 'بن' || token.folded === 'بنت');
}
