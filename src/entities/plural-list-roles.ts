/**
 * "صدر أمر ملكي بتعيين أربعة أعضاء في مجلس الشورى، هم: الدكتور فلان، والدكتورة فلانة، ...": an
 * office in the plural, then "هم:" / "وهن:" (they are:), then the list of its holders, each with its
 * honorifics, joined by commas and "و". Every name of the list holds the office the head gives,
 * unless its own office says otherwise (the caller prefers an own office to a plural one).
 * Closed classes: the plural pronouns that announce the list; the rest is the officials grammar.
 */
import type { Token } from './tokenize.js';
import { isComma } from './located.js';

/** "هم", "وهم", "هن", "وهن", "هما": the pronoun that announces the holders, before the colon. */
export const ANNOUNCING_PRONOUNS = new Set(['هم', 'وهم', 'هن', 'وهن', 'هما', 'وهما']);
/** How far back from a name the colon of its list may be (a list of a dozen long names). */
const MAX_LIST_TOKENS = 120;
/** How many words a plural office phrase may have before "هم" ("أعضاء في مجلس الشورى"). */
const MAX_HEAD_WORDS = 10;

export interface ListGrammar {
  isName: (i: number) => boolean;
  isHonorificAt: (tokens: readonly Token[], i: number) => boolean;
  isPluralOffice: (token: Token) => boolean;
  officePhraseEnd: (tokens: readonly Token[], head: number) => number;
}

/**
 * The plural office heading the "هم:" list that the name at `nameStart` belongs to, as token
 * indices [start, end), or null when the name is no entry of such a list.
 */
export function pluralListHead(tokens: readonly Token[], nameStart: number, grammar: ListGrammar): { start: number; end: number } | null {
  let k = nameStart - 1;
  // Back over the entries before this one: names, their honorifics, commas and "و".
  while (k >= 0 && nameStart - k <= MAX_LIST_TOKENS && tokens[k].text !== ':') {
    const token = tokens[k];
    if (!(isComma(token) || token.folded === 'و' || grammar.isName(k) || grammar.isHonorificAt(tokens, k))) return null;
    k--;
  }
  if (k < 1 || tokens[k].text !== ':' || !ANNOUNCING_PRONOUNS.has(tokens[k - 1].folded)) return null;
  let end = k - 1;
  if (end > 0 && isComma(tokens[end - 1])) end--;
  for (let start = end - 1; start >= 0 && end - start <= MAX_HEAD_WORDS; start--) {
    if (!tokens[start].isWord) break;
    if (grammar.isPluralOffice(tokens[start]) && grammar.officePhraseEnd(tokens, start) === end) return { start, end };
  }
  return null;
}
