/**
 * "انتقد فلان الفلاني الخطاب الأخير لرئيس الجمهورية": an adjective of recency ("last", "past",
 * "coming") qualifies a thing or a time, never a person's name; the definite word it follows is a
 * noun (here the verb's object), so a name does not end on it. A closed class, folded.
 */
import { fold } from '../text/normalize.js';
import { isListedNameWord } from './given-names.js';
import { isRareWord, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';

const RECENCY_ADJECTIVES = new Set(
  ['الأخير', 'الأخيرة', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'المنصرم', 'المنصرمة', 'المنقضي', 'المنقضية', 'الجاري', 'الجارية'].map(fold),
);

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
  if (word?.isWord !== true || !word.folded.startsWith('ال') || next?.isWord !== true || !RECENCY_ADJECTIVES.has(next.folded)) return false;
  if (word.folded.endsWith('ه') !== next.folded.endsWith('ه')) return false;
  return !isRareWord(word.folded) && personShareBucket(word.folded) <= 1 && !isListedNameWord(word.folded);
}
