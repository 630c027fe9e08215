/**
 * "الدكتورة هيا | عودة | المجالي", "النائب فراس | عودة | القبلان": a father's name that is also a
 * common word ("عودة": return) between a given name and a family name with the article that running
 * text never wrote. The tagger cuts such names at the common word; the span passes
 * (surrounding-spans.ts) and the names after an office (titled-names.ts) both read them whole.
 */
import { isHonorificWord } from './honorific-titles.js';
import { isParticle } from './lexicon.js';
import { isOfficeWord, isPlaceOrNationality, isVerbLike, stems } from './office-words.js';
import { isOrdinaryWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';
import { isUnseenDefiniteWord } from './unseen-family-names.js';

/** A bare word at i that may be a father's name: no article, clitic-free, no verb, particle, office or title. */
export function isBareFathersNameAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.isWord === true && !token.folded.startsWith('ال') && stems(token).length === 1 && token.folded.length >= 3 && !isVerbLike(token) && !isParticle(token) && !isOfficeWord(token) && !isHonorificWord(token);
}

/** Whether a bare father's name stands at i and a family name with the article that running text never wrote (no ordinary word or place) at i + 1. */
export function isFathersNameBeforeUnseenFamilyAt(tokens: readonly Token[], i: number): boolean {
  const family = tokens[i + 1];
  return isBareFathersNameAt(tokens, i) && isUnseenDefiniteWord(family) && !isOrdinaryWord(family.folded, true, family.text) && !isPlaceOrNationality(family);
}
