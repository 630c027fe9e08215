/**
 * "بطريرك أنطاكية وسائر المشرق للروم الأرثوذكس", "كاثوليكوس الأرمن الأرثوذكس لبيت كيليكيا", "أسقف
 * شبين القناطر وتوابعها": the see of a church's head runs on with words no other office phrase
 * takes: the rite's people and its adjective, "وسائر" (and all the rest of) with a definite noun,
 * "وتوابعها" (and its dependencies), "لبيت" (of the house of) with the see's name, and the towns
 * of a see joined by "و" up to the punctuation that closes them ("أسقف ملوي وأنصنا والأشمونين،").
 * Closed classes: the offices and bodies of a see, the rites' peoples and adjectives.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { isDefinite, isVerbLike } from './office-words.js';
import { isComma } from './located.js';
import { RITE_ADJECTIVES, RITE_PEOPLES } from './clerical-titles.js';

/** Words that make an office phrase a church's (its head or its body), folded. */
const SEE_WORDS = new Set(
  ['أسقف', 'الأسقف', 'مطران', 'المطران', 'بطريرك', 'البطريرك', 'كاثوليكوس', 'الكاثوليكوس', 'متروبوليت', 'المتروبوليت', 'أساقفة', 'الأساقفة', 'أبرشية', 'الأبرشية', 'إيبارشية', 'الإيبارشية', 'مطرانية', 'المطرانية', 'البطريركي'].map(fold),
);

const DEPENDENCIES = /^وتوابع(?:ها|هما|ه)$/;

/** "وسائر" (and all the rest of), folded. */
const AND_ALL_OTHER = fold('وسائر');

/** Whether the office phrase from `head` to `end` is a church's: a word of a see stands in it. */
function isSeePhrase(tokens: readonly Token[], head: number, end: number): boolean {
  for (let k = head; k < end; k++) if (tokens[k].isWord && SEE_WORDS.has(tokens[k].folded)) return true;
  return false;
}

/** The end of the see's words that go on at `end` the office phrase opened at `head`, or -1. */
export function churchSeeWordsEnd(tokens: readonly Token[], head: number, end: number): number {
  const token = tokens[end];
  if (!token.isWord) return -1;
  const word = token.folded;
  // (The word's own test first: the phrase grammar asks at every step, and most words are none of these.)
  // ("للروم": "ل" + the people, its article's alef dropped.)
  const riteWord = RITE_ADJECTIVES.has(word) || DEPENDENCIES.test(word) || RITE_PEOPLES.has(word) || (word.startsWith('لل') && RITE_PEOPLES.has(`ا${word.slice(1)}`));
  const next = tokens[end + 1];
  const linkWord = next?.isWord === true && ((word === AND_ALL_OTHER && isDefinite(next)) || (word === 'لبيت' && !isVerbLike(next)));
  const town = end - head >= 2 && word.startsWith('و') && word.length > 2;
  if ((!riteWord && !linkWord && !town) || !isSeePhrase(tokens, head, end)) return -1;
  if (riteWord) return end + 1;
  if (linkWord) return end + 2;
  // (The see's towns joined by "و", each one word, up to a comma or the sentence's end.)
  if (!isVerbLike(token)) {
    let k = end;
    while (tokens[k]?.isWord === true && tokens[k].folded.startsWith('و') && !isVerbLike(tokens[k]) && k - end < 3) k++;
    const closer = tokens[k];
    if (closer === undefined || isComma(closer) || closer.text === '.') return k;
  }
  return -1;
}
