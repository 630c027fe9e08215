/**
 * "قال فلان، قائد الشرطة في داكا، لرويترز إن ...": "ل" + a news agency or the press is whom he
 * spoke to, not a complement of his office. A closed class: agencies and the words for the press.
 */
import type { Token } from './tokenize.js';

/** Folded: "لرويترز", "لوكالة", "للصحفيين", "لفرانس (برس)", "لأسوشيتد (برس)". */
const PRESS_ADDRESSEES = /^ل(?:رويترز|وكاله|لصحفيين|لصحافيين|لصحافه|فرانس|اسوشيتد|اسوشيتيد|بي بي سي)$/;

export function isPressAddressee(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && PRESS_ADDRESSEES.test(token.folded);
}

/** The names that follow "وكالة" when it is a news agency ("لوكالة فرانس برس"; not "الأنباء", whose head holds an office), folded. */
const AGENCY_NAMES = new Set(['فرانس', 'رويترز', 'اسوشيتد', 'اسوشيتيد', 'الاناضول', 'شينخوا', 'سبوتنيك', 'بلومبرغ', 'بلومبيرغ', 'تاس', 'نوفوستي', 'ارنا', 'مهر', 'فارس', 'تسنيم']);

/** Folded: "لرويترز", "لفرانس (برس)", "لأسوشيتد (برس)" (not "للصحفيين": "النقابة الوطنية للصحفيين"). */
const AGENCY_ADDRESSEES = /^ل(?:رويترز|فرانس|اسوشيتد|اسوشيتيد)$/;

/**
 * "ل" + a news agency by its own name ("لرويترز"), "لوكالة" + an agency's name, or "لمراسل" (the
 * correspondent): whom he spoke to.
 * ("المدير السابق لوكالة المخابرات": "وكالة" + anything else is a body an office may head.)
 */
export function isNamedPressAddressee(token: Token | undefined, next: Token | undefined): boolean {
  if (token === undefined || !token.isWord) return false;
  if (token.folded === 'لوكاله') return next?.isWord === true && AGENCY_NAMES.has(next.folded);
  return AGENCY_ADDRESSEES.test(token.folded) || CORRESPONDENTS.test(token.folded);
}

/** "لمراسل", "لمراسلة" (to the correspondent of a paper or a radio), folded: whom he spoke to. */
const CORRESPONDENTS = /^لمراسل[هي]?$/;
