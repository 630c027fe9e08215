/**
 * "منظمة الدفاع عن المستهلك", "رابطة الحفاظ على البيئة", "لجنة التضامن مع الأسرى": a body named by
 * a verbal noun goes on with the preposition that noun governs and its object, which is part of the
 * body's name (no clause about the holder).
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { isDefinite, isOfficeWord, isOrganizationHead, isVerbLike, stems } from './office-words.js';
import { HONORIFIC, hasTrait, PERSON_TITLE } from './word-traits.js';
import { isCommonWord } from './ordinary-words.js';

/** Verbal nouns (definite, folded) with the preposition each governs (folded). */
const GOVERNED = new Map<string, string>(
  [
    ...['الدفاع', 'البحث', 'الكشف'].map((noun) => [noun, 'عن']),
    ...['الحفاظ', 'المحافظة', 'القضاء', 'الرقابة', 'الإشراف', 'السيطرة', 'التأمين'].map((noun) => [noun, 'على']),
    ...['التضامن', 'التعاون', 'التواصل'].map((noun) => [noun, 'مع']),
    ...['الوقاية', 'الحد'].map((noun) => [noun, 'من']),
    // ("الوكالة الوطنية للتصرف في النفايات", "هيئة النظر في النزاعات".)
    ...['التصرف', 'الاستثمار', 'التحكيم', 'النظر', 'البت', 'التحكم'].map((noun) => [noun, 'في']),
  ].map(([noun, preposition]) => [fold(noun), fold(preposition)]),
);

/**
 * Where a preposition's definite object that starts at k ends: after a definite noun ("عن المستهلك"),
 * or after a noun in the construct state and its definite genitive ("عن قسم العلاقات"); -1 for none.
 */
export function definiteObjectEnd(tokens: readonly Token[], k: number): number {
  const object = tokens[k];
  if (!object?.isWord || isVerbLike(object)) return -1;
  if (isDefinite(object)) return k + 1;
  const genitive = tokens[k + 1];
  return stems(object).length === 1 && isCommonWord(object) && genitive?.isWord === true && isDefinite(genitive) && !isVerbLike(genitive) ? k + 2 : -1;
}

/**
 * Where the object of the preposition at i ends, when that preposition is governed by the verbal
 * noun before it that names a body: right after the body's head in the construct state ("منظمة
 * الدفاع | عن") or the office's own ("مدير الوقاية | من"), or as the body's aim with "لل" ("الجمعية التونسية للدفاع | عن") after a body's head
 * in the phrase from `head`. The object is a definite noun or a noun in the construct state before
 * a definite one; definite nisba adjectives may follow it. Returns -1 for any other preposition.
 */
export function governedObjectEnd(tokens: readonly Token[], head: number, i: number): number {
  const noun = tokens[i - 1];
  if (i - 1 <= head || !noun?.isWord || isVerbLike(noun)) return -1;
  const aim = noun.folded.startsWith('لل');
  const definite = aim ? `ا${noun.folded.slice(1)}` : noun.folded;
  if (GOVERNED.get(definite) !== tokens[i].folded) return -1;
  // ("مدير الوقاية من الأخطار المهنية": so does the department an indefinite office heads, named by its field.)
  const department = i - 2 === head && !isDefinite(tokens[head]) && isOfficeWord(tokens[head]);
  const body = aim ? tokens.slice(head, i - 1).some(isOrganizationHead) : (isOrganizationHead(tokens[i - 2]) && !isDefinite(tokens[i - 2])) || department;
  if (!body) return -1;
  let end = definiteObjectEnd(tokens, i + 1);
  if (end < 0) return -1;
  while (tokens[end]?.isWord === true && isDefinite(tokens[end]) && /يه?$/.test(tokens[end].folded) && !isVerbLike(tokens[end])) end++;
  return end;
}

/**
 * After such an object the body's name is whole: only its seat or aim ("ب" or "ل" + a word, "في")
 * may go on; a definite noun there is the object of the sentence's verb ("المستهلك | المواطنين").
 */
export function continuesAfterGovernedObject(token: Token | undefined): boolean {
  return token?.isWord === true && (token.folded === 'في' || (/^[بل]/.test(token.folded) && stems(token).length > 1));
}

/** Nouns of a person whose cause a body takes up ("الشهيد", "الأسير"), folded. */
const PERSON_NOUNS = new Set(['الشهيد', 'الشهيدة', 'الأسير', 'الأسيرة', 'المعتقل', 'المعتقلة', 'الفقيد', 'الفقيدة', 'الراحل', 'الراحلة'].map(fold));

/**
 * Whether the governed object is a person's title or noun ("هيئة الدفاع عن الشهيد | فلان"): the name
 * after it is the object's, not the holder's.
 */
export function isPersonNounObject(token: Token): boolean {
  return PERSON_NOUNS.has(token.folded) || hasTrait(token, PERSON_TITLE | HONORIFIC) || isOfficeWord(token);
}
