/**
 * "أضاف فلان الهدف الثاني وكاسيميرو الثالث": news counting goals, places or stages names the counted
 * noun once ("الهدف الثاني") and leaves it out after the next name, so an ordinal follows that name
 * alone. A ruler's ordinal ("عبد الله الثاني") is his name's; one right after the ordinal before it
 * in the count, a few words back, is the count's, none of the name.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

/** Masculine and feminine definite ordinals, first to tenth, folded; an ordinal's place is its rank. */
const ORDINALS = [
  ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'],
  ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'],
].map((forms) => forms.map(fold));

/** Whether a folded word is a definite ordinal, first to tenth ("الثاني", "الثانية"). */
export function isOrdinalWord(folded: string): boolean {
  return ORDINALS.some((forms) => forms.includes(folded));
}

/** How many words before the name the ordinal before in the count may stand. */
const COUNT_WINDOW = 8;

/** Whether the ordinal that ends the name [start, end) continues a count started before the name. */
export function isCountedOrdinalAt(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 2) return false;
  const word = tokens[end - 1].folded;
  for (const forms of ORDINALS) {
    const rank = forms.indexOf(word);
    if (rank < 1) continue;
    const before = forms[rank - 1];
    for (let k = start - 1; k >= 0 && k >= start - COUNT_WINDOW; k--) if (tokens[k].folded === before) return true;
  }
  return false;
}
