/**
 * "تشاد هيرلي" (Chad Hurley): a foreign given name may also be a country's or a place's name. A
 * place's proper noun takes no genitive, so a place word right before a transliterated word the
 * news never learned (span-extension.ts hasForeignNameShape) opens a foreign person's name. Asked
 * only where a name is expected already: before the next name of a list ("وستيف تشين") and after a
 * verb of saying (sayer-names.ts).
 */
import { gazetteer } from './gazetteer.js';
import { isPlaceWord } from './ordinary-words.js';
import { hasForeignNameShape } from './span-extension.js';
import type { Token } from './tokenize.js';
import type { BlockRawSpan } from './extract-types.js';

/** Whether tokens[i, i + 2) is a place word (bare: no article, no clitic reading needed) and a foreign name word. */
export function isPlaceWordGivenNameAt(tokens: readonly Token[], i: number): boolean {
  const place = tokens[i];
  const family = tokens[i + 1];
  if (!place?.isWord || !family?.isWord || place.folded.startsWith('ال') || /^[وف]/.test(place.folded)) return false;
  return (gazetteer().places.has(place.folded) || isPlaceWord(place.folded)) && hasForeignNameShape(family);
}

/**
 * "بزميليه تشاد هيرلي وستيف تشين": before a person's span that opens with the "و" of a list, such a
 * pair is the list's previous name. Returns the new person spans.
 */
export function placeWordNamesBeforeListedNames(raw: readonly BlockRawSpan[]): BlockRawSpan[] {
  const found: BlockRawSpan[] = [];
  for (const item of raw) {
    if (item.kind !== 'person' || item.start < 2 || !/^و/.test(item.block.tokens[item.start].folded)) continue;
    const start = item.start - 2;
    if (!isPlaceWordGivenNameAt(item.block.tokens, start)) continue;
    // (Not over a span found already: a place the lexicon or the tagger took is left to it.)
    if (raw.some((other) => other.block === item.block && other.start < item.start && other.end > start)) continue;
    found.push({ block: item.block, kind: 'person', start, end: item.start });
  }
  return found;
}
