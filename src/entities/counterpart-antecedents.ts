/**
 * "وتلقى معاليه اتصالاً هاتفياً من نظيره الإماراتي فلان": when the one whose counterpart is named is
 * himself named in that sentence only by a courtesy title with a pronoun ("معاليه", "سموه"), he is
 * the official the article named last, in an earlier paragraph (the lexicon's closed class of such
 * titles, lexicon.ts).
 */
import { isHonorificWithPronoun } from './lexicon.js';
import { CLAUSE_ENDS } from './sentence-ends.js';
import type { Token } from './tokenize.js';

/**
 * The courtesy title with a pronoun in the sentence before token `before` ("معاليه"), folded, or null.
 */
export function honorificReferenceBefore(tokens: readonly Token[], before: number): string | null {
  for (let i = before - 1; i >= 0 && !CLAUSE_ENDS.has(tokens[i].text); i--) {
    if (tokens[i].isWord && isHonorificWithPronoun(tokens[i].folded)) return tokens[i].folded;
  }
  return null;
}

/** "سموه" (his highness) is said of princes and sheikhs: the antecedent has such an honorific. */
export function suitsHonorificReference(reference: string, honorific: string | null | undefined): boolean {
  if (!/سمو/.test(reference)) return true;
  return honorific != null && /سمو|الأمير|الأميرة|الشيخ|الشيخة/.test(honorific);
}
