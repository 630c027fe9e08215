/**
 * "غير أن الرئيس وعد بمواصلة المعركة", "يحضر الرئيس المنتخب قداسا دينيا", "الرئيس والمدرب يتمسكان
 * بالانسحاب": right after a bare title the next word is often the title holder's verb or its object,
 * not his name. A one-word name there ("الرئيس ماكرون", "الشيخ تميم") stays; these shapes, with a word
 * the news seldom takes for a person, say the word is no name.
 */
import { isGivenName } from './given-names.js';
import { isOfficeOrPersonTitle } from './office-words.js';
import { personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';

/**
 * Whether the word at `at`, right after a title and alone in the name, reads as no name: never a given
 * name many people bear ("علي", "عمر"), nor a word the news mostly takes for a person.
 * `hasPrepositionReading` says whether a word reads as a clitic preposition before a common word.
 */
export function isNoNameAfterTitle(tokens: readonly Token[], at: number, hasPrepositionReading: (word: string) => boolean): boolean {
  const word = tokens[at];
  if (word?.isWord !== true || personShareBucket(word.folded) >= 2 || isGivenName(word.folded) || !isAfterTitle(tokens, at)) return false;
  return isDualOrPluralImperfect(word.folded) || isPerfectVerbWithComplement(tokens, at, hasPrepositionReading) || isAccusativeWithAdjective(tokens, at);
}

/** A title right before `at`, or before one adjective of it ("الرئيس المنتخب"). */
function isAfterTitle(tokens: readonly Token[], at: number): boolean {
  const title = (token: Token | undefined): boolean => token?.isWord === true && isOfficeOrPersonTitle(token);
  return title(tokens[at - 1]) || (tokens[at - 1]?.folded.startsWith('ال') === true && title(tokens[at - 2]));
}

/** "يتمسكان", "تتفقون": an imperfect prefix and a dual or plural ending, a verb no name has the shape of. */
function isDualOrPluralImperfect(word: string): boolean {
  return /^[يت]..{2,}(?:ان|ون)$/.test(word);
}

/**
 * "وعد بمواصلة", "غض النظر": a bare word of three root letters (the perfect's shape) followed by a definite
 * object or a preposition glued to a common word; a name there is rather followed by a family name, a
 * comma or a verb. (A preposition standing alone follows a name too: "ويرافق الرئيس غوك في زيارته".)
 */
function isPerfectVerbWithComplement(tokens: readonly Token[], at: number, hasPrepositionReading: (word: string) => boolean): boolean {
  const next = tokens[at + 1];
  // (Two letters when the last is doubled: "غضّ", "ردّ".)
  if (tokens[at].folded.length < 2 || tokens[at].folded.length > 3 || next?.isWord !== true) return false;
  return /^(?:[بلك]?ال|لل)../.test(next.folded) || (/^[بل]/.test(next.folded) && hasPrepositionReading(next.folded));
}

/**
 * "قداسا دينيا", "تشنجا كبيرا": an indefinite accusative (the alef of tanween) followed by another,
 * its adjective; a name ending in alef ("ماريا") takes no accusative adjective after it.
 */
function isAccusativeWithAdjective(tokens: readonly Token[], at: number): boolean {
  const [word, next] = [tokens[at].folded, tokens[at + 1]];
  const isAccusative = word.length >= 4 && /[^اوي]ا$/.test(word) && !/^(?:ال|[وفبلك])/.test(word);
  return isAccusative && next?.isWord === true && next.folded.length >= 4 && /[^او]ا$/.test(next.folded) && !next.folded.startsWith('ال');
}
