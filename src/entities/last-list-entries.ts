/**
 * "تجميد كل من السادة فلان الفلاني , علان العلاني , فلتان الفلتاني و مهذب الشواشي من نشاطهم": the
 * last entry of a list of persons set off by commas, joined by "و", is a person too, even when no
 * name list knows its given name (which may read as a common word, "مهذب": polite). Only after two
 * person entries set off by a comma, and only an entry of two words that ends the list (a particle,
 * punctuation or the block's end follows).
 */
import { procliticReadings, writtenOffset } from './clitics.js';
import { isListedNameWord } from './given-names.js';
import { gazetteer } from './gazetteer.js';
import { isParticle } from './lexicon.js';
import { isComma } from './located.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { isTitleWord, type Span } from './spans.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { hasTrait, NATIONALITY, PERSON_TITLE, PLACE } from './word-traits.js';

/** The span of the list's last entry after the person spans `before` and `last` (sorted), or null. */
export function lastListEntryAfter(tokens: readonly Token[], before: Span, last: Span): Span | null {
  if (before.end >= last.start || !isComma(tokens[before.end]) || before.end + 1 !== last.start) return null;
  // "، و مهذب الشواشي" (the conjunction spaced off) or "ومهذب الشواشي".
  const spaced = tokens[last.end]?.folded === 'و';
  const start = spaced ? last.end + 1 : last.end;
  const words = tokens.slice(start, start + 2);
  if (words.length < 2 || !words.every((token) => token.isWord)) return null;
  const given = spaced ? words[0].folded : words[0].folded.slice(1);
  if ((!spaced && !words[0].folded.startsWith('و')) || given.length < 3 || given.startsWith('ال')) return null;
  const next = tokens[start + 2];
  if (next !== undefined && next.isWord && !isParticle(next)) return null;
  if (words.some(isNoListEntryWord)) return null;
  return { kind: 'person', start, end: start + 2, skip: spaced ? 0 : writtenOffset(words[0].text, 1) };
}

/**
 * Whether the k-th word of a list entry rules the entry out: a particle, a title, a nationality or a
 * place, a verb of saying (clitics off), or, after the first, an ordinary word no name list knows.
 */
export function isNoListEntryWord(token: Token, k: number): boolean {
  const gaz = gazetteer();
  return isParticle(token) || isTitleWord(token) || hasTrait(token, PERSON_TITLE | NATIONALITY | PLACE) || procliticReadings(token).some(({ stem }) => gaz.personVerbs.has(stem) || isTitleWord(tokenReadAs(token, stem))) || (k > 0 && !isListedNameWord(token.folded) && isOrdinaryWord(token.folded, false, token.text));
}
