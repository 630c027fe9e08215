/**
 * "التقى فلان بزميليه علان وفلتان": a preposition on a dual or plural noun in the construct state
 * with a pronoun ("بزميليه": with his two colleagues, "لوالديه") opens a phrase after the name; it
 * is none of it. The same noun in the singular with the pronoun ("بزميله") is an ordinary word of
 * the news, which tells the noun from a name that happens to end in "يه".
 */
import { isOrdinaryWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';

/** A preposition, a stem of three letters or more, the construct "ي" and a pronoun, folded. */
const DUAL_WITH_PRONOUN = /^([بلك].{3,})ي(ه|ها|هم|هما)$/;

export function isPrepositionOnDualWithPronoun(token: Token): boolean {
  // (Written with "ه", not "ة": the folded "ه" of a feminine ending is no pronoun.)
  const match = DUAL_WITH_PRONOUN.exec(token.folded);
  if (!match || !/ه[ام]?[\u064b-\u0652]*$|هما[\u064b-\u0652]*$/.test(token.text)) return false;
  return isOrdinaryWord(`${match[1]}${match[2]}`);
}
