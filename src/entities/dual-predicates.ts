/**
 * "الشيخاوي و المساكني هدافان" (the two are scorers): a dual predicate after a family name in "ي"
 * with the article closes a headline about two people. No name goes on after such a family name
 * with an indefinite word in "ان" that no name list knows.
 */
import { gazetteer } from './gazetteer.js';
import { isGivenName, isListedNameWord } from './given-names.js';
import type { Token } from './tokenize.js';

export function isDualPredicateAfterNisba(tokens: readonly Token[], start: number, index: number): boolean {
  if (index !== start + 1) return false;
  const gaz = gazetteer();
  const family = tokens[start].folded;
  const word = tokens[index].folded;
  if (!/^ال..+ي$/.test(family) || isGivenName(family) || gaz.firstNames.has(family)) return false;
  if (!/^[^ا].{2,}ان$/.test(word)) return false;
  return !gaz.firstNames.has(word) && !gaz.familyNames.has(word) && !isGivenName(word) && !isListedNameWord(word);
}
