/**
 * "مدير مركز جمرك | جابر | العقيد فلان": a noun without the article that closes an office phrase is
 * in the construct state, so the bare word after it is its genitive (here the crossing's name),
 * where a rank or a professional title and the holder's name follow: the office takes the word, and
 * the name is the one the title opens, not the genitive read as a one-word name.
 */
import { fold } from '../text/normalize.js';
import { foldedRanks, foldedRoleQualifiers } from './lexicon.js';
import { isDefinite, isOfficeWord, isPlaceOrNationality, isVerbLike, stems } from './office-words.js';
import { isRank } from './honorific-titles.js';
import { hasNotNameEnding } from './name-parts.js';
import type { Token } from './tokenize.js';

/** Titles of a profession written before a holder's name, folded (ranks are isRank's). */
const PROFESSIONAL_TITLES = new Set(['الدكتور', 'الدكتورة', 'المهندس', 'المهندسة', 'الأستاذ', 'الأستاذة', 'المستشار', 'المحامي'].map(fold));

/** A bare word with no clitic, no verb, office or pronoun ending (a noun in the construct state, or its genitive). */
function isBareNoun(token: Token | undefined): token is Token {
  return token?.isWord === true && !isDefinite(token) && stems(token).length === 1 && !isVerbLike(token) && !isOfficeWord(token) && !hasNotNameEnding(token);
}

/** Whether the bare word at `start` is the genitive of the construct noun before it, before a rank or title and a name. */
export function isGenitiveBeforeTitledHolder(tokens: readonly Token[], start: number): boolean {
  const [noun, genitive, title] = [tokens[start - 1], tokens[start], tokens[start + 1]];
  if (!isBareNoun(noun) || foldedRoleQualifiers.has(noun.folded) || isPlaceOrNationality(noun) || !isBareNoun(genitive)) return false;
  if (title?.isWord !== true || !(isRank(title.folded) || PROFESSIONAL_TITLES.has(title.folded))) return false;
  // (The rank's own words between it and the name: "العقيد الجمركي فلان", "اللواء الركن فلان".)
  let name = start + 2;
  while (name - start < 4 && tokens[name]?.isWord === true && foldedRanks.has(tokens[name].folded)) name++;
  return tokens[name]?.isWord === true && !isDefinite(tokens[name]);
}
