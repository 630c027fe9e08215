/**
 * The family-name slot of a lineage: in "ريم بنت عبدالله القاضي" and "ناصر بن فهد السيف نائباً
 * لرئيس المجلس" the definite word right after "بن"/"بنت" + the father's name closes the name, even
 * when it also reads as an office ("القاضي"), a participle ("المدخلي عن") or a common noun ("السيف"),
 * where what follows it closes a name too: punctuation, the end of the block, the next honorific of a
 * list ("والأستاذ"), or an office in apposition ("مدير", "نائباً"). So does a word rare in running text
 * ("المفرج") before a bare word, which no name continues after its family slot ("أعلن فلان بن محمد
 * المفرج اكتمال الاستعدادات": the verb's object).
 */
import { isHonorificWord } from './honorific-titles.js';
import { isParticle } from './lexicon.js';
import { FATHER_LINKS } from './name-parts.js';
import { isOfficeForm } from './office-words.js';
import type { Token } from './tokenize.js';
import { isRareWord } from './tagger.js';
import { followsClosedChain } from './lineage-chain-ends.js';
import { isSoundPluralParticiple } from './defective-participles.js';

/** The token at `index` is a definite word right after "بن"/"بنت" + one name word. */
export function isLineageFamilySlot(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  return index >= 2 && word?.isWord === true && word.folded.startsWith('ال') && FATHER_LINKS.has(tokens[index - 2].folded) && tokens[index - 1].isWord && !isParticle(tokens[index - 1]);
}

/** "مدير الإدارة", "نائباً لرئيس المجلس": an office as a whole word (or its accusative) opening an apposition. */
export function opensApposedOffice(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && isOfficeForm(token.folded);
}

/** What follows the token at `index` closes a name: punctuation or the end, "و" + an honorific, an apposed office. */
export function closesNameAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next === undefined || !next.isWord || (next.folded.startsWith('و') && isHonorificWord(next)) || opensApposedOffice(next);
}

/** "ريم بنت عبدالله القاضي، ...": an office word in the family slot, at the span's end, before what closes a name. */
export function isOfficeAsLineageFamilyName(tokens: readonly Token[], index: number, end: number): boolean {
  return index === end - 1 && isLineageFamilySlot(tokens, index) && closesNameAfter(tokens, index) && !opensDefiniteOfficeWith(tokens, index);
}

/**
 * "يوسف بن علوي بن عبدالله | الوزير المسؤول عن الشؤون الخارجية": a definite office word before a
 * definite office word is one office of two words (Oman's "الوزير المسؤول"), no family name before it.
 */
function opensDefiniteOfficeWith(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return isOfficeForm(tokens[index].folded) && next?.isWord === true && next.folded.startsWith('ال') && isOfficeForm(next.folded);
}

/**
 * "فلان بن محمد المفرج | اكتمال ...": the family slot before a bare word, which closes the chain; no
 * feminine plural participle ("بنت فهد بن سعد المتفوقات شهاداتهن": the verb's objects).
 */
export function isFamilySlotBeforeBareWord(tokens: readonly Token[], index: number): boolean {
  return isLineageFamilySlot(tokens, index) && !isSoundPluralParticiple(tokens[index].folded) && followsClosedChain(tokens, index + 1);
}

/** A rare word in the family slot, at the span's end, before a bare word (isFamilySlotBeforeBareWord). */
export function isRareLineageFamilyName(tokens: readonly Token[], index: number, end: number): boolean {
  return index === end - 1 && isRareWord(tokens[index].folded) && isFamilySlotBeforeBareWord(tokens, index);
}
