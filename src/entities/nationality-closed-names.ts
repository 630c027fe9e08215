/**
 * 'رئيس نادي باريس سان جيرمان الفرنسي', 'مدير شركة فولكس فاغن الألمانية': after a body's head in
 * the construct state, the bare words of the body's own name run up to a nationality adjective that
 * qualifies the body; that adjective closes the name, so every bare word before it is the name's,
 * whatever word lists make of each ("باريس" a town, "سان" a name word).
 */
import type { Token } from './tokenize.js';
import type { IsNameToken } from './role-types.js';
import { foldedRoleStops } from './lexicon.js';
import { isDefinite, isImperfectVerb, isNationalityWord, isOrganizationHead, isVerbLike, stems } from './office-words.js';

/** The most words of a body's own name between its head and the nationality. */
const MAX_BODY_NAME_WORDS = 4;

/** A bare word that may be part of a body's own name: no article, conjunction, verb, particle or person's name. */
function isBareNameWord(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const token = tokens[i];
  if (!token?.isWord || isDefinite(token) || isName(i) || foldedRoleStops.has(token.folded)) return false;
  if (token.folded.startsWith('و') && stems(token).length > 1) return false;
  return !isVerbLike(token) && !isImperfectVerb(token) && !isNationalityWord(token);
}

/**
 * Where a body's name closed by a nationality ends (after the nationality), when the word at `i`
 * continues the bare words that follow a body's head in the construct state inside the phrase
 * opened at `head`; -1 otherwise.
 */
export function nationalityClosedNameEnd(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): number {
  if (i - 2 < head || !isBareNameWord(tokens, i, isName)) return -1;
  let start = i;
  while (start - 1 > head && i - start < MAX_BODY_NAME_WORDS && isBareNameWord(tokens, start - 1, isName) && !isOrganizationHead(tokens[start - 1])) start--;
  const body = tokens[start - 1];
  if (start === i || !body?.isWord || isDefinite(body) || !isOrganizationHead(body)) return -1;
  for (let k = i; k < tokens.length && k - start < MAX_BODY_NAME_WORDS; k++) {
    if (isBareNameWord(tokens, k, isName)) continue;
    return tokens[k]?.isWord && isDefinite(tokens[k]) && isNationalityWord(tokens[k]) ? k + 1 : -1;
  }
  return -1;
}
