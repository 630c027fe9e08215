/**
 * "سلم الدكتور المقبل الدروع التذكارية للرعاة": two words with the article, the second a feminine
 * nisba ("التذكارية") agreeing with the first (a feminine noun, or a plural of things, which takes
 * the feminine), are a noun phrase, the verb's object, and name no one.
 */
import { isListedNameWord } from './given-names.js';
import { isOftenANameInNews } from './tagger.js';

/** Folded words of an untitled span: a definite noun and its definite feminine nisba adjective. */
export function isDefiniteNounWithNisba(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [noun, adjective] = words;
  if (!noun.startsWith('ال') || !adjective.startsWith('ال') || adjective.length < 6 || !adjective.endsWith('يه')) return false;
  return words.every((word) => !isListedNameWord(word) && !isOftenANameInNews(word));
}
