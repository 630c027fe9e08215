/**
 * "وأضاف نبيل قوادري ... وأكد قوادري قوادري أن": a family name written twice in a row, that the
 * article gives after a given name elsewhere, is that family name once (a slip of the pen), not a
 * second person named by it twice. A listed given name twice is a real name ("محمد محمد").
 */
import { isListedGivenName } from './given-names.js';
import { foldedWords } from './located.js';
import type { Located } from './extract-types.js';

export function collapseDoubledFamilyNames(people: Located[]): void {
  const familyNames = new Set<string>();
  for (const located of people) {
    const words = foldedWords(located);
    if (words.length >= 2 && words[0] !== words[1]) familyNames.add(words[words.length - 1]);
  }
  for (const located of people) {
    const { span } = located;
    if (span.end - span.start !== 2) continue;
    const [first, second] = foldedWords(located);
    if (first !== second || isListedGivenName(first) || !familyNames.has(first)) continue;
    span.start++;
    span.skip = 0;
  }
}
