/**
 * "وطالبت فلانة رئيس الحكومة بالتدخل": after a woman named as the subject of a verb in the feminine,
 * an office in the masculine that has a feminine form ("رئيس", not "رئيسة") is no apposition of
 * hers: it is the verb's object, another person. ("عضو" is left out: the news gives it to women
 * in the masculine, "فلانة عضو مجلس النواب".)
 */
import type { Token } from './tokenize.js';
import { isOfficeStem, isVerbLike, stems } from './office-words.js';

const GENDER_SHARED = new Set(['عضو', 'العضو']);

/** Whether the word before the name at `nameStart` is a verb in the feminine past ("قالت", "وطالبت"). */
export function followsFeminineVerb(tokens: readonly Token[], nameStart: number): boolean {
  const verb = tokens[nameStart - 1];
  return verb?.isWord === true && /ت$/.test(verb.folded) && isVerbLike(verb);
}

/** Whether the office word is masculine and its feminine ("ة") is an office too ("رئيس", "الوزير"). */
export function isMasculineOfficeWithFeminine(token: Token): boolean {
  return stems(token).some((stem) => isOfficeStem(stem) && !stem.endsWith('ه') && !GENDER_SHARED.has(stem) && isOfficeStem(`${stem}ه`));
}
