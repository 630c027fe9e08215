/**
 * "أعلن وزيرالتجهيز فلان", "رئيسالحكومة": a typo drops the space between an office noun and the
 * definite word after it. Where the written word is an office noun of a small class followed by
 * "ال" + a word running text knows, and the glued whole is no word running text knows, the token is
 * split in two, so the office phrase and its holder are read as written with the space.
 */
import { fold } from '../text/normalize.js';
import { isSeenInRunningText } from './tagger.js';
import { tokensSplitAt, type Token } from './tokenize.js';

/** Office nouns that head a phrase before a name, folded (a closed class; "ة" folds to "ه"). */
const GLUED_OFFICE_NOUNS = ['وزير', 'وزيره', 'رييس', 'رييسه', 'الوزير', 'الرييس', 'مدير', 'مديره', 'المدير', 'والي', 'سفير', 'محافظ', 'كاتب', 'امين', 'مندوب', 'معتمد', 'قايد', 'نايب'];

/** Letters the definite word after the noun must have beyond "ال": shorter ones are too often a word's own ending. */
const MIN_REST_LETTERS = 3;

/** The folded length of the office noun a typo glued to the definite word in `token`, or 0. */
function gluedOfficeLength(token: Token): number {
  if (!token.isWord || token.folded.length < 4 + 2 + MIN_REST_LETTERS) return 0;
  for (const noun of GLUED_OFFICE_NOUNS) {
    // (The prefix first: the rest is cut off only for the noun the word opens with, not for every noun.)
    if (!token.folded.startsWith(noun)) continue;
    const rest = token.folded.slice(noun.length);
    if (!rest.startsWith('ال') || rest.length < 2 + MIN_REST_LETTERS) continue;
    if (isSeenInRunningText(rest) && !isSeenInRunningText(token.folded)) return noun.length;
  }
  return 0;
}

/** The written length of the first `foldedLength` folded letters of `text` (folding drops harakat and tatweel). */
function writtenLength(text: string, foldedLength: number): number {
  for (let i = 1; i <= text.length; i++) if (fold(text.slice(0, i)).length === foldedLength && fold(text.slice(i, i + 2)).startsWith('ال')) return i;
  return -1;
}

/** The block's tokens with every glued office noun set apart, or the same array when there is none. */
export function tokensWithGluedOfficesSplit(tokens: Token[]): Token[] {
  return (
    tokensSplitAt(tokens, (token) => {
      const length = gluedOfficeLength(token);
      return length > 0 ? writtenLength(token.text, length) : -1;
    }) ?? tokens
  );
}
