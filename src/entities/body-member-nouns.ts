/**
 * "نقابة وكلاء بيع الخضر", "لجنة احباء النجم الساحلي", "نقابة باعة الجملة": the people a body
 * gathers, a plural in the construct state right after the body's head. News seldom writes such a
 * plural ("وكلاء", "احباء" without its hamza, "باعة"), so no test of frequency lets it govern; but
 * a body's head in the construct state takes a genitive, and a bare noun there that is no name word
 * is one of the body's nouns, which governs the word after it in turn.
 */
import type { Token } from './tokenize.js';
import { isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import { isRareWord } from './tagger.js';
import { isDefinite, isGivenNameWord, isImperfectVerb, isOrganizationHead, isPlaceOrNationality, isVerbLike, stems } from './office-words.js';

/**
 * Whether the word before `i` is such a noun of members, right after a body's head in the construct
 * state inside the office phrase from `head`, and the word at `i` is a common noun it governs.
 */
export function isMembersGenitive(tokens: readonly Token[], head: number, i: number): boolean {
  const body = tokens[i - 2];
  const members = tokens[i - 1];
  const token = tokens[i];
  if (i - 2 < head || !body?.isWord || !members?.isWord || !token?.isWord) return false;
  if (isDefinite(body) || !isOrganizationHead(body)) return false;
  if (!isMembersNoun(members)) return false;
  // The genitive is a common noun (bare or with the article), no name word and no verb: "فلان" after
  // "جمعية احباء" would be the body's own name or its holder's.
  const noun = stems(token).at(-1) ?? token.folded;
  if (!isCommonWord(token) && !isCommonWord(noun)) return false;
  return !isGivenNameWord(token) && !isListedNameWord(token.folded) && !isVerbLike(token) && !isImperfectVerb(token);
}

/**
 * A bare plural no name list knows, read as one word: a common word, or a rare one whose readings
 * behind a clitic are rare too ("وكلاء" is no "و" + "كلاء").
 */
function isMembersNoun(token: Token): boolean {
  const word = token.folded;
  if (isDefinite(token) || isListedNameWord(word) || isGivenNameWord(token) || isPlaceOrNationality(token) || isVerbLike(token) || isImperfectVerb(token)) return false;
  if (isCommonWord(token)) return true;
  return isRareWord(word) && stems(token).slice(1).every((stem) => isRareWord(stem) && !isCommonWord(stem));
}
