/**
 * "لسعد", "لزهر": the Maghreb writes the given names "الأسعد", "الأزهر" with "ل" for the article. A
 * word in "ل" that the news mostly writes as a person, and whose form with "الأ" is a name too, is
 * such a name ("لمحمد" is "ل" + "محمد": there is no "الأمحمد").
 */
import { isListedNameWord } from './given-names.js';
import { personShareBucket } from './tagger.js';

export function isLamGivenName(folded: string): boolean {
  if (!/^ل[^ال]/.test(folded) || personShareBucket(folded) < 2) return false;
  const withArticle = `الا${folded.slice(1)}`;
  return isListedNameWord(withArticle) || personShareBucket(withArticle) >= 1;
}
