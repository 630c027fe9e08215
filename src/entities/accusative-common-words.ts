/**
 * "أنه ولد ميتا", "عاد سالما", 'على "فيسبوك" ميّتا': an indefinite accusative ("ميت" + the alef of the
 * tanween) is a circumstantial adjective or an object, not a person, wherever it stands. The word must
 * read, without that alef, as a word the news almost never uses as a name, and be no name as written
 * ("نورا", "سما" stay names: a name list knows them).
 */
import { isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { isCommonWord } from './ordinary-words.js';
import { isOftenANameInNews, isRarelyANameInNews } from './tagger.js';
import type { Token } from './tokenize.js';

/** Whether a folded word is "X" + the accusative alef, X a common word rather than a name. */
export function isAccusativeOfCommonWord(word: string): boolean {
  if (word.length < 4 || !word.endsWith('ا')) return false;
  if (isListedNameWord(word)) return false;
  return isRarelyANameInNews(word.slice(0, -1));
}

/**
 * "الأوفر", "الأكثر": an elative with the article ("ال" + "أ" + three root letters) that the news uses
 * as a common word and that is no name ("الأخضر", "الأحمر" are family names too).
 */
function isDefiniteElative(token: Token): boolean {
  // (No long vowel before the last root letter: "الإمام" is a noun of another pattern.)
  return /^الا.[^اوي].$/.test(token.folded) && isCommonWord(token) && !isListedNameWord(token.folded) && !isOftenANameInNews(token.folded);
}

/**
 * "الرئيس بوتفليقة الأوفر حظا": an elative with the indefinite accusative that specifies it (or
 * before it) closes the phrase that the name opens; neither is a name word, wherever the span's
 * bounds came from. Returns where the name ends.
 */
export function endBeforeElativeSpecification(tokens: readonly Token[], start: number, end: number): number {
  const specification = (token: Token | undefined): boolean => token?.isWord === true && token.folded.length >= 3 && token.folded.endsWith('ا') && !isParticle(token) && !isListedNameWord(token.folded);
  if (end - start >= 2 && isDefiniteElative(tokens[end - 1]) && specification(tokens[end])) return end - 1;
  if (end - start >= 3 && specification(tokens[end - 1]) && isDefiniteElative(tokens[end - 2])) return end - 2;
  return end;
}

/**
 * "معلقا", "موضحا": the accusative of a participle of a derived verb ("م" and three or more letters)
 * that the news rarely takes for a name, after a name, is a circumstantial adjective of the speaker.
 * (Only these: a family name in "ا", "صولا", "سيلا", reads as the accusative of a common word too.)
 */
export function isAccusativeParticiple(word: string): boolean {
  return /^م.{3,5}ا$/.test(word) && isAccusativeOfCommonWord(word);
}
