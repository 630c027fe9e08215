/**
 * 'حملة "نظف قدام دارك"', '"حضر روحك لدار خالتك"': a quoted saying or a campaign's slogan speaks to
 * "you": a common noun with the pronoun "ك" attached ("دارك": your house). A name of three words or
 * more never holds one; a shorter name may end in "ك" as foreign names do ("تاسك", "تورك").
 */
import { isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import { isOftenANameInNews } from './tagger.js';

/** Words of the shortest span looked at. */
const MIN_PHRASE_WORDS = 3;

/** "دارك", "خالتك": a folded common noun (its "ة" written "ت" before the pronoun) with "ك" attached. */
function isNounWithYou(word: string): boolean {
  if (word.length < 4 || !word.endsWith('ك')) return false;
  if (isListedNameWord(word) || isOftenANameInNews(word)) return false;
  const noun = word.slice(0, -1);
  return isCommonWord(noun) || (noun.endsWith('ت') && isCommonWord(`${noun.slice(0, -1)}ه`));
}

/** Whether a span's folded words are a saying addressed to "you" (see the module comment). */
export function isSecondPersonPhrase(words: readonly string[]): boolean {
  return words.length >= MIN_PHRASE_WORDS && words.some(isNounWithYou);
}
