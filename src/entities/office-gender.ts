/**
 * "وطالبت فلانة رئيس الحكومة بالتدخل": after a woman named as the subject of a verb in the feminine,
 * an office in the masculine that has a feminine form ("رئيس", not "رئيسة") is no apposition of
 * hers: it is the verb's object, another person. ("عضو" is left out: the news gives it to women
 * in the masculine, "فلانة عضو مجلس النواب".)
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { isOfficeStem, isVerbLike, stems } from './office-words.js';

const GENDER_SHARED = new Set(['عضو', 'العضو']);

/**
 * Feminine verbs of saying that take what was said, never a person, as their object ("قالت فلانة
 * أمين عام الحزب إن ..." is her apposition), folded.
 */
const SAYING_WITHOUT_PERSON_OBJECT = new Set(['قالت', 'اكدت', 'اضافت', 'اوضحت', 'صرحت', 'اشارت'].map(fold));

/** Whether the word before the name at `nameStart` is a verb in the feminine past ("وطالبت") that may take a person as its object. */
export function followsFeminineVerb(tokens: readonly Token[], nameStart: number): boolean {
  const verb = tokens[nameStart - 1];
  if (verb?.isWord !== true || !/ت$/.test(verb.folded) || !isVerbLike(verb)) return false;
  const bare = /^[وف]/.test(verb.folded) && SAYING_WITHOUT_PERSON_OBJECT.has(verb.folded.slice(1)) ? verb.folded.slice(1) : verb.folded;
  return !SAYING_WITHOUT_PERSON_OBJECT.has(bare);
}

/** Whether the office word is masculine and its feminine ("ة") is an office too ("رئيس", "الوزير"). */
export function isMasculineOfficeWithFeminine(token: Token): boolean {
  return stems(token).some((stem) => isOfficeStem(stem) && !stem.endsWith('ه') && !GENDER_SHARED.has(stem) && isOfficeStem(`${stem}ه`));
}

/** Courtesy titles in the masculine whose feminine ("ة") titles women, folded. */
const MASCULINE_COURTESY_TITLES = new Set(['المهندس', 'الدكتور', 'السيد', 'الشيخ', 'الاستاذ']);

/**
 * "نعت الوزيرة | المهندس فلان": an office in the feminine ("الوزيرة", whose masculine is an office
 * too) right before a courtesy title in the masculine and the name is no office of his: the office
 * is the subject's, the man the verb's object. `end` is where the office ends, `nameStart` where
 * the name opens.
 */
export function isFeminineOfficeBeforeMasculineTitle(tokens: readonly Token[], start: number, end: number, nameStart: number): boolean {
  const feminine = stems(tokens[start]).some((stem) => stem.endsWith('ه') && isOfficeStem(stem) && isOfficeStem(stem.slice(0, -1)));
  return feminine && end < nameStart && tokens.slice(end, nameStart).some((token) => MASCULINE_COURTESY_TITLES.has(token.folded));
}
