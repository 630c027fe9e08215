/**
 * "الشيخاوي و المساكني هدافان" (the two are scorers): a dual predicate after a family name in "ي"
 * with the article closes a headline about two people. No name goes on after such a family name
 * with an indefinite word in "ان" that no name list knows.
 */
import { gazetteer } from './gazetteer.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import type { Token } from './tokenize.js';

export function isDualPredicateAfterNisba(tokens: readonly Token[], start: number, index: number): boolean {
  if (index !== start + 1) return isDualPredicateClosingPair(tokens, start, index);
  const family = tokens[start].folded;
  const word = tokens[index].folded;
  if (!/^ال..+ي$/.test(family) || isListedGivenName(family)) return false;
  if (!/^[^ا].{2,}ان$/.test(word)) return false;
  return !isListedNameWord(word);
}

/**
 * "فلان علان و فلان بن علان هدافان": the dual predicate of two names joined by "و" closes the
 * headline after the second name, whatever that name's last word. So the unknown word in "ان" that
 * ends the block, after a name of two words or more that a "و" opens, is no name word.
 */
function isDualPredicateClosingPair(tokens: readonly Token[], start: number, index: number): boolean {
  if (index < start + 2 || tokens[start - 1]?.folded !== 'و' || tokens.slice(index + 1).some((token) => token.isWord)) return false;
  const word = tokens[index].folded;
  return /^[^ا].{2,}ان$/.test(word) && !isListedNameWord(word);
}

/**
 * "رئيس الاتحاد ومدرب المنتخب فلان علان قررا التركيز": a verb only people do ("قرر", "أكد") with the
 * dual ending "ا" agrees with two subjects before it; it is the predicate, never the family name.
 */
export function isDualPersonVerb(token: Token | undefined): boolean {
  if (token === undefined || !token.isWord || token.folded.length < 4 || !token.folded.endsWith('ا')) return false;
  return gazetteer().personVerbs.has(token.folded.slice(0, -1)) && !isListedNameWord(token.folded);
}
