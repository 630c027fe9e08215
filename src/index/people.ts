/**
 * When two names in different articles are the same person: the same folded name, or one is part of
 * the other (a two-word name inside a longer one, or a family name alone that ends the longer one),
 * as the extractor merges "مؤمني" into "عبد الرضا رحماني فضلي مؤمني" within an article.
 */
import { fold } from '../text/normalize.js';

export function nameWords(name: string): string[] {
  return fold(name).split(/\s+/).filter(Boolean);
}

export function samePerson(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (short.length === long.length) return short.every((word, i) => word === long[i]);
  if (short.length === 1) return short[0].length >= 3 && long[long.length - 1] === short[0];
  for (let at = 0; at + short.length <= long.length; at++) {
    if (short.every((word, i) => word === long[at + i])) return true;
  }
  return false;
}

/** The word of a name most likely to be shared by its other forms: the family name. */
export function familyName(words: readonly string[]): string {
  return words[words.length - 1] ?? '';
}
