/**
 * "وقال فلان أحد مسؤولي الشرطة", "فلان، أحد قادة الحركة،": "one of" + the plural of an office that
 * heads a body (officials, leaders, directors), in the construct state, right after a name makes him
 * one of its holders. The role is the phrase as the article words it, "أحد" included, where the same
 * phrase in the singular would be his office ("مسؤول الشرطة"). Not the members or coordinators of a
 * delegation or a protest ("أحد أعضاء الوفد", "أحد منسقي الاعتصام"): one of many, no post.
 */
import { fold } from '../text/normalize.js';
import { isOfficeAt } from './office-start.js';
import { officePhraseEnd } from './office-phrase.js';
import { isPluralOffice } from './office-words.js';
import { singularOffice } from './plural-office-singulars.js';
import { isOneOfWord } from './represented-groups.js';
import type { IsNameToken } from './role-types.js';
import { type Token, tokenReadAs } from './tokenize.js';

/** Plurals of the offices that head a body ("مسؤولي", "قادة"), folded: a closed class. */
const HEADS_IN_PLURAL = new Set(['مسؤولي', 'قادة', 'زعماء', 'رؤساء', 'مديري', 'قياديي'].map(fold));

/** The end of "أحد" + a plural office's phrase at `start` (see the module comment), or -1. */
export function oneOfHoldersEnd(tokens: readonly Token[], start: number, isName: IsNameToken): number {
  const plural = tokens[start + 1];
  if (!tokens[start]?.isWord || !isOneOfWord(tokens[start].folded) || plural?.isWord !== true || !HEADS_IN_PLURAL.has(plural.folded) || !isPluralOffice(plural)) return -1;
  const singular = singularOffice(plural.text);
  if (singular === plural.text) return -1;
  // The phrase read with its head in the singular, as the grammar of offices knows them.
  const read = tokens.slice();
  read[start + 1] = tokenReadAs(plural, fold(singular), singular);
  if (!isOfficeAt(read, start + 1)) return -1;
  const end = officePhraseEnd(read, start + 1, isName);
  // (With its complement: "أحد مسؤوليها" alone says nothing of the body.)
  return end - start >= 3 ? end : -1;
}
