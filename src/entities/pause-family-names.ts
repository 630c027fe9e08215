/**
 * "الدكتور لؤي شبانه،", "ماري بول كيني في جنيف": the last word of a span that opens with a given
 * name, read as a noun with the pronoun "ه" or as a nationality without the article, is the family
 * name when the phrase closes right after it. A proper name is definite: an indefinite nationality
 * cannot describe it, and a noun with "his" right before a comma or a preposition is no object.
 */
import { isCommonWord } from './ordinary-words.js';
import { isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { hasTrait, NATIONALITY } from './word-traits.js';
import type { Token } from './tokenize.js';

/** "نفسه", "ذاته", "وحده", "كله": emphatic words with "ه" that do follow a name (folded). */
const EMPHATIC_WORDS = new Set(['نفسه', 'ذاته', 'وحده', 'كله', 'عينه', 'بنفسه', 'بذاته', 'جميعه']);

const PAUSE = /^[،,.؛:]$/;

export function isFamilyNameBeforePause(tokens: readonly Token[], start: number, index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (index === start || token.folded.startsWith('ال') || !isListedNameWord(tokens[start].folded)) return false;
  if (!(next === undefined || PAUSE.test(next.text) || (next.isWord && isParticle(next)))) return false;
  if (hasTrait(token, NATIONALITY)) return true;
  // (As written: folding makes the feminine "ة" a final "ه" too.)
  return /ه[\u064b-\u0652]*$/.test(token.text) && !EMPHATIC_WORDS.has(token.folded) && !isCommonWord(token.folded) && isCommonWord(token.folded.slice(0, -1));
}
