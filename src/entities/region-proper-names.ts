/**
 * "رئيس حكومة إقليم كوردستان | مسرور بارزاني": a region's head ("إقليم", "ولاية", "محافظة") takes
 * the region's proper name as its genitive, one bare word even when no gazetteer lists that spelling;
 * a proper name governs no genitive of its own, so two bare words after it, up to a boundary, are
 * the holder's name, not a further complement of the office.
 */
import { isCommonWord } from './ordinary-words.js';
import { isDefinite, isOfficeWord, isPlaceOrNationality, REGION_HEADS, stems } from './office-words.js';
import type { Token } from './tokenize.js';

/**
 * A bare word, no article or conjunction, that is no common word, office, place or nationality
 * ("بارزاني" may read as "ب" + a word, but the whole is no common word).
 */
function isBareProperWord(token: Token | undefined): token is Token {
  return token?.isWord === true && !isDefinite(token) && !/^[وف]/.test(token.folded) && !isCommonWord(token.folded) && !isOfficeWord(token) && !isPlaceOrNationality(token);
}

/** Whether the office phrase ends before `i`: a region's head, its one-word name, then a two-word name at a boundary. */
export function closesBareRegionName(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 2];
  if (head?.isWord !== true || !stems(head).some((stem) => REGION_HEADS.has(stem))) return false;
  if (!isBareProperWord(tokens[i - 1]) || !isBareProperWord(tokens[i]) || !isBareProperWord(tokens[i + 1])) return false;
  // (Punctuation or the end after the two words: "ولاية نيو مكسيكو سوزانا مارتينيز" has three.)
  const after = tokens[i + 2];
  return after === undefined || !after.isWord;
}
