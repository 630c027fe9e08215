/**
 * "انتقد فلان الفلاني الخطاب الأخير لرئيس الجمهورية": an adjective of recency ("last", "past",
 * "coming", "awaited") qualifies a thing or a time, never a person's name: it is no name word
 * ("زيارة فلان الفلاني المرتقبة"), and the definite word it follows is a noun (here the verb's
 * object), so a name does not end on it either. A closed class, folded.
 */
import { fold } from '../text/normalize.js';
import { isListedNameWord } from './given-names.js';
import { isRareWord, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';

const RECENCY_ADJECTIVES = new Set(
  ['الأخير', 'الأخيرة', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'المنصرم', 'المنصرمة', 'المنقضي', 'المنقضية', 'الجاري', 'الجارية', 'المرتقب', 'المرتقبة'].map(fold),
);

/** Whether a token is an adjective of recency ("الأخير", "المرتقبة"). */
export function isRecencyAdjective(token: Token | undefined): boolean {
  return token?.isWord === true && RECENCY_ADJECTIVES.has(token.folded);
}

/**
 * Whether the definite word at i is a noun a recency adjective qualifies ("الخطاب | الأخير"): a word
 * frequent in running text (family names are rare there) that the news seldom takes for a person,
 * of the adjective's gender. ("خطاب الرئيس فلان السبسي الأخير": a rare family name stays, the
 * adjective qualifies the speech; "حكومة الحبيب الصيد الأخيرة": a feminine one qualifies the
 * government, not the masculine word before it.)
 */
export function isNounBeforeRecencyAdjective(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const next = tokens[i + 1];
  if (word?.isWord !== true || !word.folded.startsWith('ال') || !isRecencyAdjective(next)) return false;
  if (word.folded.endsWith('ه') !== next.folded.endsWith('ه')) return false;
  return !isRareWord(word.folded) && personShareBucket(word.folded) <= 1 && !isListedNameWord(word.folded);
}
