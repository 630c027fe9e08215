/**
 * "المنتصر بالله فلان", "المعتز بالله", "المعتصم بالله": a given name of two words, a definite
 * participle and "بالله" (in God). "بالله" alone reads as a preposition on "الله", so a span that
 * opens on it lost the first half of the name; it gets it back.
 */
import { fold } from '../text/normalize.js';
import { isOfficeWord } from './office-words.js';
import { isHonorificWord } from './honorific-titles.js';
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
