/**
 * "مدير مستشفى فرحات حشاد لطفي بوبكر": a place or body named after someone ("مستشفى", "شارع") takes
 * the namesake's given and family names as its genitive, and a person's name may follow right after
 * them. A person span that opens on the word after the head's first genitive word, when that word is
 * no given name and a given name follows it, opens on the namesake's family name: the person's name
 * starts at the given name.
 */
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isDefinite, isGivenNameWord, isNamedAfterHead } from './office-words.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';

/** Whether the person span [start, end) opens on the family name of a namesake (see the module comment). */
export function opensOnNamesakeFamilyName(tokens: readonly Token[], start: number, end: number): boolean {
  const head = tokens[start - 2];
  const given = tokens[start - 1];
  if (end - start < 3 || head?.isWord !== true || head.folded.startsWith('ال') || !isNamedAfterHead(head)) return false;
  // ("صندوق التنمية | بلقاسم خليفة حفتر": a definite common noun is the body's genitive, no namesake's given name.)
  if (!given.isWord || isOrdinaryWord(given.folded, true, given.text) || (isDefinite(given) && isCommonWord(given) && !isListedGivenName(given.folded))) return false;
  return !isListedNameWord(tokens[start].folded) && isGivenNameWord(tokens[start + 1]);
}
