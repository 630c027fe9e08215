/**
 * "اللاعب سالم واليكو نداري", "الحارس كريم وايتو بانغا": a foreign middle name may open with "و" and a
 * long vowel. Between a lone listed given name and the rest of the span, such a word whose rest (without
 * the "و") is no name any list knows and no Arabic word is that name whole, not "and" + a second
 * person: a list of two persons joins names ("سالم وأيمن فلان", "سالم والياس") the lists know.
 */
import { gazetteer } from './gazetteer.js';
import { isListedNameWord } from './given-names.js';
import { isForeignNameWithWaw } from './spans.js';
import { isRareWord } from './tagger.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';

/** Whether a word in "و" + a long vowel is no conjunction on a known word: its rest (and the stem after "ال") rare in the news, no name any list knows and no Arabic word. */
function hasUnknownRestAfterWaw(word: string): boolean {
  const rest = word.slice(1);
  // (A rest the news writes often is a name it knows, "والياس" = "و" + "إلياس".)
  if (!/^و[اي]/.test(word) || rest.length < 3 || !isRareWord(rest)) return false;
  // ("سالم والوزير فلان": after "و" + the article the stem too is checked; "واليكو" reads so as well.)
  const stems = rest.startsWith('ال') ? [rest, rest.slice(2)] : [rest];
  return stems.every((stem) => !isListedNameWord(stem) && !isCommonWord(stem) && !isOrdinaryWord(stem));
}

/** Whether tokens[i], inside the person span [start, end), is a foreign middle name opening with "و" (see the module comment). */
export function isWawMiddleForeignName(tokens: readonly Token[], start: number, i: number, end: number): boolean {
  // (The given name alone before it, and a family name after it: "سالم | واليكو | نداري".)
  if (i !== start + 1 || i + 1 >= end || !tokens[i + 1].isWord) return false;
  return gazetteer().firstNames.has(tokens[start].folded) && hasUnknownRestAfterWaw(tokens[i].folded);
}

/**
 * "وفاة اللاعب السابق تيتو | واكوندا باري": a lone word the tagger took for a name, one no list knows
 * and rare in the news (a foreign given name), right before a word in "و" + a long vowel that neither
 * the lists nor the news know with or without the "و" (spans.ts isForeignNameWithWaw): that word is the
 * name's middle, not "and" + a second person; a known name before it ("ترامب وايمانويل") stays a list.
 * So is a word in "و" whose rest is no known word after a lone listed given name ("سالم | واليكو نداري").
 */
export function isLoneForeignWordBeforeWawName(tokens: readonly Token[], start: number, end: number): boolean {
  const given = tokens[start];
  const middle = tokens[end];
  if (end - start !== 1 || !given.isWord || middle?.isWord !== true) return false;
  // ("سالم | واليكو نداري" tagged apart: a listed given name, and a rest no known word.)
  if (gazetteer().firstNames.has(given.folded)) return hasUnknownRestAfterWaw(middle.folded);
  if (!isRareWord(given.folded) || isListedNameWord(given.folded) || isCommonWord(given.folded) || isOrdinaryWord(given.folded)) return false;
  return isForeignNameWithWaw(middle.folded);
}
