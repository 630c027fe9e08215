/**
 * Words that behave like the proper name of a place or a body in running news, learned rather than
 * listed: the news never writes the word with the article (a common noun takes it: "مطار" and
 * "المطار"), it is no common word (common-words.txt), and the ANT news almost never took it for a
 * person (name-evidence.ts). "مطار قرطاج", "مهرجان الحمامات": such a word ends the genitive chain of
 * the noun before it, since a proper noun takes no genitive of its own.
 */
import { isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import { isSeenInRunningText, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';

/** Whether a bare word (no article, no clitic reading needed) reads as a place's or body's proper name. */
export function isBareProperNoun(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || word.length < 3 || word.startsWith('ال') || isCommonWord(word) || isListedNameWord(word)) return false;
  return isSeenInRunningText(word) && !isSeenInRunningText(`ال${word}`) && personShareBucket(word) === 0;
}
