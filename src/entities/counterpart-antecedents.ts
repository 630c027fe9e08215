/**
 * "وتلقى معاليه اتصالاً هاتفياً من نظيره الإماراتي فلان": when the one whose counterpart is named is
 * himself named in that sentence only by a courtesy title with a pronoun ("معاليه", "سموه"), he is
 * the official the article named last, in an earlier paragraph (the lexicon's closed class of such
 * titles, lexicon.ts).
 */
import { isHonorificWithPronoun } from './lexicon.js';
import { CLAUSE_ENDS, clauseStartAt } from './sentence-ends.js';
import { gazetteer } from './gazetteer.js';
import { isOfficeAt } from './office-start.js';
import { officePhraseEnd } from './office-phrase.js';
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

/**
 * "دعا وزير الخارجية الفلسطيني نظيره البريطاني فلان", "وأضاف وزير الخارجية الألماني خلال مؤتمر
 * صحفي مع نظيره القطري فلان": the one whose counterpart is named may be an office of a state the
 * clause words with no name. The office phrase with a nationality that ends nearest before token
 * `before` in its clause, as written, or null.
 */
export function unnamedOfficeBefore(tokens: readonly Token[], before: number): string | null {
  const start = clauseStartAt(tokens, before);
  let found: string | null = null;
  for (let head = start; head < before; head++) {
    if (!isOfficeAt(tokens, head)) continue;
    const end = officePhraseEnd(tokens, head);
    if (end > before) continue;
    const phrase = tokens.slice(head, end);
    if (phrase.some((token) => gazetteer().nationalities.has(token.folded))) found = phrase.map((token) => token.text).join(' ');
    // (The farthest head of a phrase reads it whole: the heads inside it are skipped.)
    head = Math.max(head, end - 1);
  }
  return found;
}
