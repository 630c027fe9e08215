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
