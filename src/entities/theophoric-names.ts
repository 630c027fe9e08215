/**
 * Names of two words on "الله". "المنتصر بالله فلان", "المعتز بالله", "المعتصم بالله": a given name of
 * two words, a definite participle and "بالله" (in God). "بالله" alone reads as a preposition on
 * "الله", so a span that opens on it lost the first half of the name; it gets it back. "عبد الحميد
 * خلف الله،": a family name of that kind closing a phrase after a name is the name's end.
 */
import { fold } from '../text/normalize.js';
import { isOfficeWord } from './office-words.js';
import { isHonorificWord } from './honorific-titles.js';
import { isParticle } from './lexicon.js';
import { isPrayer, isTitleWord } from './spans.js';
import type { Span } from './spans.js';
import type { Token } from './tokenize.js';

const IN_GOD = fold('بالله');

/** Moves the start of `span` back over the definite first half of a name "X بالله". */
export function openTheophoricName(tokens: readonly Token[], span: Span): void {
  const before = tokens[span.start - 1];
  if (tokens[span.start]?.folded !== IN_GOD || before === undefined || !before.isWord) return;
  if (!/^ال.{3,}$/.test(before.folded) || isOfficeWord(before) || isHonorificWord(before)) return;
  span.start--;
  span.skip = 0;
}

const GOD = fold('الله');

/** "من", "عن", "في" (folded): prepositions that close a phrase's name ("شكر الله على" is a verb's object). */
const PREPOSITIONS_AFTER_NAME = new Set(['من', 'عن', 'في']);

/**
 * End of a name of two words or more that runs on over a family name "X الله" ("خلف الله", "عطية
 * الله") standing last in its phrase (punctuation or the block's end after it): its first word alone
 * may read as a common word ("خلف": behind), so the tagger stops before it. Not a prayer for the
 * person ("رحمه الله"), nor a particle, title or word with the article or a glued preposition.
 */
export function theophoricFamilyNameEnd(tokens: readonly Token[], start: number, end: number): number {
  const word = tokens[end];
  const after = tokens[end + 2];
  // ("الأستاذ فلان أحمد دفع الله | من منصب والي": or before "من", "عن", "في", which no name goes on with.)
  if (end - start < 2 || !word?.isWord || tokens[end + 1]?.folded !== GOD || (after !== undefined && after.isWord && !PREPOSITIONS_AFTER_NAME.has(after.folded))) return end;
  if (word.folded.startsWith('ال') || /^[بلك]/.test(word.folded) || word.folded.length < 3 || isParticle(word) || isTitleWord(word) || isPrayer(tokens, end)) return end;
  return end + 2;
}

const WILLED = fold('شاء');

/**
 * "الحكم فلان رزق الله لإدارة": a name of two words or more the tagger closed on the first half of a
 * family name "X الله" ("رزق", "نصر", "جاب") runs on over "الله"; that half alone reads as a common
 * word (livelihood), so the tagger stops before "الله". Not a prayer ("حفظه الله"), a particle, a
 * title or "شاء" ("إن شاء الله").
 */
export function theophoricNameRestEnd(tokens: readonly Token[], start: number, end: number): number {
  const half = tokens[end - 1];
  if (end - start < 2 || tokens[end]?.folded !== GOD || !half?.isWord || half.folded === WILLED) return end;
  if (isParticle(half) || isTitleWord(half) || isPrayer(tokens, end - 1)) return end;
  return end + 1;
}

/**
 * "رئيس حزب الأمة القومي المكلف | فضل الله برمة ناصر": a word and "الله" after it open a given name
 * ("فضل الله", "نصر الله", "فتح الله") before a further name word, though the word alone reads as a
 * common noun (favour). Not a prayer ("حفظه الله"), "شاء", a particle, a title or a word with the
 * article or a glued preposition.
 */
export function isTheophoricGivenName(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start];
  if (word?.isWord !== true || tokens[start + 1]?.folded !== GOD || tokens[start + 2]?.isWord !== true || word.folded === WILLED) return false;
  if (word.folded.startsWith('ال') || /^[بلك]/.test(word.folded) || word.folded.length < 3 || isParticle(word) || isTitleWord(word) || isPrayer(tokens, start)) return false;
  return !isParticle(tokens[start + 2]) && !isTitleWord(tokens[start + 2]);
}
