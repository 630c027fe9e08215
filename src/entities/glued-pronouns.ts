/**
 * "فلان الفلاني هوعضو المكتب": a typo drops the space between the pronoun "هو" and the noun after
 * it, and the glued word runs onto the name before it. Where the written word is "هو" + an office
 * word or a common noun of the news (not a verb's "ي", "ت", "ن", "ا": "هويتهم" is "identity" + "their"),
 * and the glued whole is no word running text knows, the token is split in two, so the name ends
 * before the pronoun and the noun is read as written with the space.
 */
import { writtenOffset } from './clitics.js';
import { isOfficeWord } from './office-words.js';
import { isCommonWord } from './ordinary-words.js';
import { isSeenInRunningText } from './tagger.js';
import { tokenOf, tokensSplitAt, type Token } from './tokenize.js';

const PRONOUN = 'هو';

/** Letters the noun after the pronoun must have: shorter ones are too often a name's own ending ("هود"). */
const MIN_NOUN_LETTERS = 3;

/** Where a word token is "هو" glued to an office word or common noun (see the module comment): the written length of "هو", or 0. */
function gluedPronounCut(token: Token): number {
  const word = token.folded;
  if (!token.isWord || !word.startsWith(PRONOUN) || word.length < PRONOUN.length + MIN_NOUN_LETTERS || /^[يتنا]/.test(word.slice(PRONOUN.length))) return 0;
  if (isSeenInRunningText(word)) return 0;
  const cut = writtenOffset(token.text, PRONOUN.length);
  const noun = tokenOf(token.text.slice(cut), token.start + cut, token.end, true);
  return isOfficeWord(noun) || isCommonWord(noun.folded) ? cut : 0;
}

/** The block's tokens with every glued "هو" set apart, or the same array when there is none. */
export function tokensWithGluedPronounsSplit(tokens: Token[]): Token[] {
  return tokensSplitAt(tokens, gluedPronounCut) ?? tokens;
}
