/**
 * "تحدثت ابنته ربح الشرايطي", "الراعي خليفة السلطاني شقيق مبروك السلطاني": a relative shares the
 * family name of the person the article names. Where the family name of a person of the article
 * stands after one more word, and a kinship noun says that someone's relative is named there (a
 * kinship noun with its pronoun right before, or a bare one right after, "شقيق" + the other
 * person), that word is the relative's given name: a second person, not a mention of the first.
 * The tagger misses such given names when they are also common words ("ربح": profit, "خليفة").
 */
import { gazetteer } from './gazetteer.js';
import { isParticle } from './lexicon.js';
import { isHonorificWord } from './honorific-titles.js';
import { isBareKinshipNoun, isKinshipNounWithPronoun } from './kinship-words.js';
import { isOfficeWord, isVerbLike } from './office-words.js';
import { isTitleWord } from './spans.js';
import { isRarelyANameInNews } from './tagger.js';
import { isListedNameWord } from './given-names.js';
import type { Token } from './tokenize.js';

/**
 * Whether the word before the family name at `i` is a relative's given name (see the module comment).
 * Only asked where a family name alone of the article's persons was found.
 */
export function isRelativeGivenNameBefore(tokens: readonly Token[], i: number): boolean {
  const given = tokens[i - 1];
  if (given === undefined || !given.isWord || i < 1) return false;
  const kinBefore = i >= 2 && tokens[i - 2].isWord && isKinshipNounWithPronoun(tokens[i - 2].folded);
  const kinAfter = tokens[i + 1] !== undefined && tokens[i + 1].isWord && isBareKinshipNoun(tokens[i + 1]);
  if (!kinBefore && !kinAfter) return false;
  const word = given.folded;
  // No verb, particle, title or office: "وقال السلطاني شقيق الضحية" is the family name alone.
  if (/^[وفبلك]/.test(word) && !isListedNameWord(word)) return false;
  if (isParticle(given) || isTitleWord(given) || isHonorificWord(given) || isOfficeWord(given) || isVerbLike(given) || gazetteer().personVerbs.has(word)) return false;
  // After a kinship noun with its pronoun the relative is named next, whatever else the word means;
  // before a bare one the word must be one the news takes for a name at times.
  return kinBefore || !isRarelyANameInNews(word);
}
