/**
 * "أشاد وزير الصحة | بجهود الكوادر", "ورحب رئيس المجلس | بالقرار": verbs of praise, welcome,
 * condemnation, demand, statement ("أدلى ... بالبيان"), promise ("وعد محافظ حلب | بتخصيص") and order ("أمر
 * الرئيس | بفتح تحقيق") take their object with "ب"; right after their subject's office phrase, "ب"
 * + a common noun is that object, no complement of the office (a seat, a body or a place aside).
 * Closed class: the verbs, past and imperfect, masculine and feminine, folded.
 */
import { isPlaceWord } from './ordinary-words.js';
import { isOrganizationHead, isPlaceOrNationality, REGION_HEADS, stems } from './office-words.js';
import { honorificBefore, isHonorificAt } from './honorific-titles.js';
import { type Token, tokenReadAs } from './tokenize.js';

const BA_OBJECT_VERBS = /^[وف]?(?:اشاد|اشادت|رحب|رحبت|نوه|نوهت|ندد|نددت|طالب|طالبت|ادلي|ادلت|وعد|وعدت|تعهد|تعهدت|امر|امرت|[يت](?:شيد|رحب|نوه|ندد|طالب|دلي|تعهد))$/;

/**
 * "السفير الأمريكي | أشاد | بمستوى التعايش": one of these verbs after its subject, "ب" + its object
 * after it, is no one-word name the title opens ("طالب", also the given name Talib, left out).
 */
export function isVerbBeforeBaObject(tokens: readonly Token[], i: number): boolean {
  const [verb, object] = [tokens[i], tokens[i + 1]];
  return verb?.isWord === true && BA_OBJECT_VERBS.test(verb.folded) && !/^[وف]?طالب$/.test(verb.folded) && object?.isWord === true && /^ب.{3,}/.test(object.folded);
}

/** How many words a subject's honorifics and name may have between the verb and an office after the name. */
const MAX_SUBJECT_WORDS = 8;

/** Whether "ب" + a common noun at `i` is the object of the verb before the office phrase at `head`. */
export function isVerbsBaObjectAt(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || !/^ب.{3,}/.test(token.folded) || stems(token).length < 2) return false;
  const subjectStart = honorificBefore(tokens, head)?.start ?? head;
  // ("أدلى سعادة السيد فلان وزير الدولة | بالبيان التالي": or before the subject's titled name, the
  // office in apposition after it; words only between them.)
  let verbAt = subjectStart - 1;
  while (verbAt > 0 && head - verbAt <= MAX_SUBJECT_WORDS && tokens[verbAt].isWord && !BA_OBJECT_VERBS.test(tokens[verbAt].folded)) verbAt--;
  const verb = tokens[verbAt];
  if (verb?.isWord !== true || !BA_OBJECT_VERBS.test(verb.folded) || (verbAt < subjectStart - 1 && honorificBefore(tokens, verbAt + 2) === null && !isHonorificAt(tokens, verbAt + 1))) return false;
  const noun = tokenReadAs(token, token.folded.slice(1), token.text.slice(1));
  const bare = noun.folded.replace(/^ال/, '');
  return !isPlaceWord(noun.folded) && !isPlaceOrNationality(noun) && !isOrganizationHead(noun) && !REGION_HEADS.has(bare);
}
