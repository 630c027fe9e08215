/**
 * "والعقيد محمد عاطف | القاضي | رئيس مباحث قسم كرداسة", "تحدث الدكتور ياسر عبد الغفار | النحاس |،
 * نقيب صيادلة مصر", "تعيين فلان عبدالجبار | النقيب | وكيلاً للوزارة": a family name that is also a
 * common word, a title or a rank ("القاضي": the judge, "النحاس": copper, "النقيب": the captain) is cut
 * off the name by the passes that read those words, yet an office in apposition right after it (a
 * decree's post in the accusative, or an office after a comma or straight after the word) shows where
 * the name ends: a name is followed by its holder's office, never by a word of the office's own.
 * The word joins the name, and the office after it is the name's (role-after.ts).
 */
import { DEFINITE_TAFIL_NOUN, isAccusativeOffice, isDefinite, isNationalityWord, isOfficeWord, isPlaceOrNationality, isTimeWord, isVerbLike, stems } from './office-words.js';
import { isDefiniteDerivedMasdar } from './common-noun-words.js';
import { isHonorificAt, isHonorificWord } from './honorific-titles.js';
import { hasTrait, PERSON_TITLE } from './word-traits.js';
import { isOfficeStart } from './office-start.js';
import { isParticle } from './lexicon.js';
import { coveredTokens, isComma } from './located.js';
import type { Located } from './extract-types.js';
import type { Token } from './tokenize.js';

/** The most words a name may have before the word that joins it. */
const MAX_NAME_WORDS = 3;

/** Whether an office in apposition opens at `i`: an accusative post, an office after a comma, or a bare office word. */
function opensApposedOffice(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  if (next === undefined) return false;
  if (next.isWord && isAccusativeOffice(next) && isOfficeStart(tokens, i)) return true;
  if (isComma(next)) return tokens[i + 1] !== undefined && isOfficeStart(tokens, i + 1) && !tokens[i + 1].folded.startsWith('و');
  return next.isWord && !isDefinite(next) && !next.folded.startsWith('و') && isOfficeStart(tokens, i);
}

/**
 * Whether the word at `i`, right after a name, may be its family name before an office in
 * apposition: a word with the article (no nationality, place, verbal noun or title opening another
 * name), or an honorific word before a decree's post in the accusative ("اللواء منصور | سعادة |
 * محافظاً لمحافظة أريحا"). (Bare words there are as often the sentence's verb or noun: "ماكرون
 * يعين رئيسا للوزراء", "فيليب منصب رئيس الوزراء".)
 */
function isFamilyNameBeforeApposedOffice(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  if (word?.isWord !== true || word.folded.length < 3 || stems(word).length !== 1 || isVerbLike(word) || isParticle(word) || isTimeWord(tokens, i)) return false;
  // (A title or honorific right before a post in the accusative titles no one: "فلان | النقيب | وكيلاً".)
  const postNext = tokens[i + 1]?.isWord === true && isAccusativeOffice(tokens[i + 1]) && isOfficeStart(tokens, i + 1);
  if (!isDefinite(word)) return isHonorificWord(word) && postNext;
  if (word.folded.length < 5 || isNationalityWord(word) || isPlaceOrNationality(word) || isDefiniteDerivedMasdar(word) || DEFINITE_TAFIL_NOUN.test(word.folded) || MADE_PARTICIPLES.has(word.folded)) return false;
  if (isHonorificWord(word) || hasTrait(word, PERSON_TITLE)) return postNext || (isOfficeWord(word) && !isHonorificAt(tokens, i) && opensApposedOffice(tokens, i + 1));
  return opensApposedOffice(tokens, i + 1);
}

/** "المعين سفيراً", "المنتخب رئيساً" (folded): the participle of the post one is made, no family name. */
const MADE_PARTICIPLES = new Set(['المعين', 'المعينه', 'المكلف', 'المكلفه', 'المنتخب', 'المنتخبه', 'المرشح', 'المرشحه', 'المقترح', 'المقترحه', 'المنتدب', 'المنتدبه']);

/** Extends each person's span over such a family name (the spans are changed in place). */
export function extendOverFamilyNamesBeforeApposedOffices(people: readonly Located[]): void {
  const taken = coveredTokens(people);
  for (const { block, span } of people) {
    if (span.end - span.start > MAX_NAME_WORDS || taken.get(block)?.has(span.end)) continue;
    if (isFamilyNameBeforeApposedOffice(block.tokens, span.end)) span.end++;
  }
}
