/**
 * "دعم رئيس اتحاد بوروندي لكرة القدم ومنافس بلاتر فلان": between an office and its holder's name the
 * news may put "و" + a noun that says how the holder stands to someone else ("منافس", "غريم",
 * "خليفة"), in the construct state with that one's name. The office is still the holder's.
 */
import type { Token } from './tokenize.js';

/** Nouns of rivalry or succession, folded, that take a person's name in the construct state. */
const RIVAL_NOUNS = new Set(['منافس', 'منافسه', 'غريم', 'غريمه', 'خليفه']);

/**
 * Where the rival noun stands when the name at `nameStart` follows "و" + such a noun and one more
 * word (the other person's name), or -1.
 */
export function rivalNounBefore(tokens: readonly Token[], nameStart: number): number {
  const other = tokens[nameStart - 1];
  if (!other?.isWord || other.folded.startsWith('ال') || !tokens[nameStart - 2]?.isWord) return -1;
  const noun = tokens[nameStart - 2].folded;
  if (noun.startsWith('و') && RIVAL_NOUNS.has(noun.slice(1))) return nameStart - 2;
  if (tokens[nameStart - 3]?.folded === 'و' && RIVAL_NOUNS.has(noun)) return nameStart - 2;
  return -1;
}
