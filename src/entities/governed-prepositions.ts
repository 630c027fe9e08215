/**
 * "منظمة الدفاع عن المستهلك", "رابطة الحفاظ على البيئة", "لجنة التضامن مع الأسرى": a body named by
 * a verbal noun goes on with the preposition that noun governs and its object, which is part of the
 * body's name (no clause about the holder).
 */
import { fold } from '../text/normalize.js';
import { type Token, tokenOf } from './tokenize.js';
import { isDefinite, isOfficeWord, isOrganizationHead, isVerbLike, stems } from './office-words.js';
import { HONORIFIC, hasTrait, PERSON_TITLE } from './word-traits.js';
import { isCommonWord } from './ordinary-words.js';
import { isRareWord, personShareBucket } from './tagger.js';

/** Verbal nouns (definite, folded) with the preposition each governs (folded). */
const GOVERNED = new Map<string, readonly string[]>(
  [
    ...['الدفاع', 'البحث', 'الكشف'].map((noun) => [noun, ['عن']] as const),
    ...['الحفاظ', 'المحافظة', 'القضاء', 'الرقابة', 'الإشراف', 'السيطرة', 'التأمين'].map((noun) => [noun, ['على']] as const),
    ...['التضامن', 'التعاون', 'التواصل'].map((noun) => [noun, ['مع']] as const),
    ...['الوقاية', 'الحد'].map((noun) => [noun, ['من']] as const),
    // ("الوكالة الوطنية للتصرف في النفايات", "هيئة النظر في النزاعات".)
    ...['التصرف', 'الاستثمار', 'التحكيم', 'النظر', 'البت', 'التحكم'].map((noun) => [noun, ['في']] as const),
    // ("لجنة التحقيق في صفقات بيع الأراضي", "لجنة التحقيق حول ...": what a committee inquires into.)
    ...['التحقيق'].map((noun) => [noun, ['في', 'حول']] as const),
  ].map(([noun, prepositions]) => [fold(noun), prepositions.map(fold)]),
);

/** Verbal nouns that govern their object here only after a body's head in the construct state ("لجنة التحقيق في"). */
const CONSTRUCT_ONLY = new Set([fold('التحقيق')]);

/** How many words a governed object's construct chain may run to ("في شبكات تهريب السلع"). */
const MAX_OBJECT_CHAIN = 3;

/**
 * Where a governed object that starts at k ends: a definite noun, or a construct chain of common
 * nouns closed by a definite one ("في شبكات تهريب السلع"); -1 for none.
 */
function objectChainEnd(tokens: readonly Token[], k: number, behindWaw = false): number {
  for (let i = k; i < k + MAX_OBJECT_CHAIN; i++) {
    const written = tokens[i];
    const word = behindWaw && i === k && written?.isWord ? tokenOf(written.text.slice(1), written.start + 1, written.end, true) : written;
    if (!word?.isWord || isVerbLike(word) || isOfficeWord(word) || hasTrait(word, PERSON_TITLE)) return -1;
    // (Behind "و" only a noun in the construct state: a definite word there may be a given name, "والطيب";
    // not so a common noun the news never takes for a person: "الرقابة على المصارف | والنقد".)
    if (isDefinite(word)) return behindWaw && i === k && !(isCommonWord(word) && personShareBucket(word.folded) === 0) ? -1 : i + 1;
    if (stems(word).length !== 1 || !isCommonWord(word)) return -1;
  }
  return -1;
}

/**
 * After a governed object, the words that still belong to it: "و" + a noun of the same kind
 * in the construct state ("في نظام الإنتاج | ونقل الكهرباء") and "إلى" + where what it names goes
 * ("تهريب السلع | إلى دول الجوار"). An office word or title after "و" opens a further office instead.
 */
function objectTailEnd(tokens: readonly Token[], end: number): number {
  for (;;) {
    const word = tokens[end];
    if (!word?.isWord) return end;
    let next = -1;
    if (word.folded === 'الي') next = objectChainEnd(tokens, end + 1);
    else if (word.text.startsWith('و') && word.folded.length > 3) next = objectChainEnd(tokens, end, true);
    // ("والوقاية من الرشوة | ومحاربتها": "و" + a second verbal noun whose pronoun is the object, the name's end.)
    if (next < 0 && isJoinedVerbalNounOfObject(word)) return end + 1;
    if (next < 0) return end;
    end = next;
  }
}

/** "ومحاربتها", "ومكافحته": "و" + a verbal noun the news writes, with the pronoun of the object before it. */
function isJoinedVerbalNounOfObject(token: Token): boolean {
  const match = /^و(.{3,})ت(?:ها|ه)$/.exec(token.folded);
  if (match === null) return false;
  const noun = `${match[1]}ه`;
  return isCommonWord(noun) || (!isRareWord(noun) && personShareBucket(noun) === 0);
}

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

/** "شؤون" (affairs), folded. */
const AFFAIRS = 'شوون';

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
  // ("الهيئة الوطنية للنزاهة | والوقاية من الرشوة": or "و" + the verbal noun, a second aim joined to a body's aim in "لل".)
  const joinedAim = noun.folded.startsWith('وال') && tokens.slice(head + 1, i - 1).some((token) => token.isWord && /^لل./.test(token.folded));
  const aim = noun.folded.startsWith('لل') || joinedAim;
  const definite = noun.folded.startsWith('لل') ? `ا${noun.folded.slice(1)}` : joinedAim ? noun.folded.slice(1) : noun.folded;
  if (!(GOVERNED.get(definite) ?? []).includes(tokens[i].folded)) return -1;
  // ("الهيئة الوطنية للتحقيق | في الفساد (هيفا)": an inquiry as a body's aim is read as a loose
  // complement up to the comma, role-before.ts; only the committee's own name takes it here.)
  if (aim && CONSTRUCT_ONLY.has(definite)) return -1;
  // ("مدير الوقاية من الأخطار المهنية": so does the department an indefinite office heads, named by its field.)
  const department = i - 2 === head && !isDefinite(tokens[head]) && isOfficeWord(tokens[head]);
  // ("المدير العام للتصرف في الدين العمومي": or the aim of a qualified office, a department's own.)
  const qualifiedOfficeAim = aim && i - 1 > head + 1 && isOfficeWord(tokens[head]) && tokens.slice(head + 1, i - 1).every((token) => token.isWord && isDefinite(token));
  // ("نائب رئيس الديوان لشؤون الرقابة | على الوزارات": or the affairs a deputy's portfolio names, "شؤون" in construct.)
  const affairs = stems(tokens[i - 2]).some((stem) => stem === AFFAIRS);
  const body = aim ? tokens.slice(head, i - 1).some(isOrganizationHead) || qualifiedOfficeAim : (isOrganizationHead(tokens[i - 2]) && !isDefinite(tokens[i - 2])) || department || affairs;
  if (!body) return -1;
  let end = Math.max(definiteObjectEnd(tokens, i + 1), objectChainEnd(tokens, i + 1));
  if (end < 0) return -1;
  // (Its nisba adjectives, not a title ending the same way: "هيئة الإشراف على الانتخابات | القاضي فلان".)
  while (tokens[end]?.isWord === true && isDefinite(tokens[end]) && /يه?$/.test(tokens[end].folded) && !isVerbLike(tokens[end]) && !isPersonNounObject(tokens[end])) end++;
  return objectTailEnd(tokens, end);
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
