/**
 * "رجل الأعمال فلان", "سيدة الأعمال فلانة", "رجل الدين فلان": "man"/"woman" in the construct state with
 * a definite noun names a trade; like a courtesy title, the phrase opens the name that follows it.
 */
import { gazetteer } from './gazetteer.js';
import { triggerWord } from './word-triggers.js';
import { isListedNameWord } from './given-names.js';
import type { Token } from './tokenize.js';

/** "رجل", "سيدة", with a conjunction or preposition ("ورجل", "لرجل", "برجل"), folded. */
const TRADE_HEAD = /^[وفلب]?(?:رجل|سيده)$/;

/** The head of a trade phrase ("رجل الأعمال"): isProfessionPhraseAt asks it of the word before. */
export const TRADE_HEAD_WORD = triggerWord((word) => TRADE_HEAD.test(word.folded));

/** Whether tokens[i] is the definite noun of a trade phrase ("الأعمال" after "رجل"). */
export function isProfessionPhraseAt(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 1];
  const noun = tokens[i];
  if (!head?.isWord || !noun?.isWord || !TRADE_HEAD.test(head.folded)) return false;
  // (Any definite noun no name list knows: "الدين" too, which the news reads mostly inside names.)
  const word = noun.folded;
  return word.startsWith('ال') && word.length > 3 && !isListedNameWord(word) && !gazetteer().nationalities.has(word);
}

/**
 * Where the name starts after the trade phrase whose noun is at i: past the nationalities that
 * agree with it ("رجل الأعمال التونسي فلان").
 */
export function professionPhraseEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  while (tokens[end]?.isWord && tokens[end].folded.startsWith('ال') && gazetteer().nationalities.has(tokens[end].folded)) end++;
  return end;
}
