/**
 * "ترقية فلان إلى وظيفة مستشار هندسي بالمرتبة الخامسة عشرة بوزارة البلديات والإسكان": Saudi decrees
 * give a post's civil-service grade between the post and the body it serves in. The grade belongs to
 * the post, and the office phrase goes on through it to the body. A grade that closes the phrase
 * ("نائباً لوزير الداخلية بالمرتبة الممتازة") is left out, as annotators leave it: the post is whole
 * without it.
 */
import type { Token } from './tokenize.js';

/** "بالمرتبة" / "بمرتبة" (folded): the grade's head, with the preposition the decrees write. */
const GRADE_HEADS = new Set(['بالمرتبه', 'بمرتبه']);

/** Grades written as one word (folded). */
const ONE_WORD_GRADES = new Set(['الممتازه', 'العليا']);

/** Ordinal grades ("الخامسة عشرة", "العاشرة"): a definite feminine ordinal, maybe with "عشرة". */
const ORDINAL_GRADE = /^ال(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره|حاديه)$/;

/** Bodies a graded post is held in, folded, without the article: ministries, authorities, the royal court... */
const SERVING_BODIES = new Set(['وزاره', 'هييه', 'ديوان', 'مجلس', 'امانه', 'رياسه', 'مديريه', 'اداره', 'موسسه', 'جامعه', 'اماره', 'محكمه', 'نيابه', 'وكاله', 'مصلحه']);

/** Whether a folded word, with or without the article, is a serving body. */
function isServingBody(word: string): boolean {
  return SERVING_BODIES.has(word.startsWith('ال') ? word.slice(2) : word);
}

/**
 * Where the grade starting at `i` ends, when a body the post is held in follows it ("بوزارة ...",
 * "في وزارة ..."); -1 otherwise.
 */
export function gradeBeforeBodyEnd(tokens: readonly Token[], i: number): number {
  if (!GRADE_HEADS.has(tokens[i]?.folded ?? '')) return -1;
  const first = tokens[i + 1];
  if (first?.isWord !== true) return -1;
  let end = -1;
  if (ONE_WORD_GRADES.has(first.folded)) end = i + 2;
  else if (ORDINAL_GRADE.test(first.folded)) end = tokens[i + 2]?.folded === 'عشره' ? i + 3 : i + 2;
  if (end < 0) return -1;
  return opensServingBody(tokens, end) ? end : -1;
}

/** Whether tokens[k] is "ب" + a serving body, or "في" before one. */
function opensServingBody(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  if (token?.isWord !== true) return false;
  if (token.folded === 'في') return tokens[k + 1]?.isWord === true && isServingBody(tokens[k + 1].folded);
  return token.folded.startsWith('ب') && isServingBody(token.folded.slice(1));
}
