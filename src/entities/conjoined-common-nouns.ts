/**
 * "الصادرة عن الوزير وبيان "مدى ..."": after a bare title, "و" + a word the news almost never uses as
 * a name (a common noun that is also a given name: "بيان", "أمل") is the next item of a coordination,
 * not the title's name, when what follows is no name word (a quote, punctuation, a clause).
 */
import { isListedGivenName } from './given-names.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { isTitleWord } from './spans.js';
import { isOftenANameInNews, isRarelyANameInNews } from './tagger.js';
import type { Token } from './tokenize.js';

export function isConjoinedCommonNounAfterTitle(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const title = tokens[at - 1];
  if (!token?.isWord || !title?.isWord || !isTitleWord(title)) return false;
  const word = token.folded;
  if (!word.startsWith('و') || word.length < 4) return false;
  // "الرئيس وليد ...": a word that is a name as written keeps its "و".
  if (isListedGivenName(word) || isOftenANameInNews(word)) return false;
  if (!isRarelyANameInNews(word.slice(1))) return false;
  const next = tokens[at + 1];
  return next === undefined || !next.isWord || isOrdinaryWord(next) || isRarelyANameInNews(next.folded);
}
