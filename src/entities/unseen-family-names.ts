/**
 * "عبيدالله المعايطة", "فخري الفقي": a word with the article that running text (ANT news and WikiFANE,
 * clusters.bin) never wrote is a family name where a name may end: common nouns and adjectives are
 * all written somewhere in that much news. Not so the verbal noun of a derived verb ("التخريج"),
 * which a rare subject may coin.
 */
import { isSeenInRunningText } from './tagger.js';
import type { Token } from './tokenize.js';

export function isUnseenDefiniteWord(token: Token): boolean {
  return token.isWord && /^ال.{3,}$/.test(token.folded) && !/^الت..ي.$/.test(token.folded) && !isSeenInRunningText(token.folded);
}
