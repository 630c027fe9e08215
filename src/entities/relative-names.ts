/**
 * "تحدثت ابنته ربح الشرايطي", "الراعي خليفة السلطاني شقيق مبروك السلطاني": a relative shares the
 * family name of the person the article names. Where the family name of a person of the article
 * stands after one more word, and a kinship noun says that someone's relative is named there (a
 * kinship noun with its pronoun right before, or a bare one right after, "شقيق" + the other
 * person), that word is the relative's given name: a second person, not a mention of the first.
 * The tagger misses such given names when they are also common words ("ربح": profit, "خليفة").
 * So is a word in apposition to a definite title ("النائبة فريدة العبيدي" after "محرزية العبيدي"):
 * a definite title heads no construct, so the indefinite word after it is a given name, and a
 * different given name before the same family name is a different person.
 */
import { gazetteer } from './gazetteer.js';
import { isParticle } from './lexicon.js';
import { isHonorificWord } from './honorific-titles.js';
import { isBareKinshipNoun, isKinshipNounWithPronoun } from './kinship-words.js';
import { isOfficeWord, isVerbLike } from './office-words.js';
import { isTitleWord } from './spans.js';
import { isRarelyANameInNews } from './tagger.js';
import { isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
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
  const word = given.folded;
  // (An office or honorific only, not a qualifier ("الأولى"); the family name with no conjunction on it.)
  const title = tokens[i - 2];
  const afterTitle = i >= 2 && title.isWord && title.folded.startsWith('ال') && (isOfficeWord(title) || isHonorificWord(title)) && !word.startsWith('ال') && !/^[وف]/.test(tokens[i].folded) && !isBareKinshipNoun(given);
  if (!kinBefore && !kinAfter && !afterTitle) return false;
  // No verb, particle, title or office: "وقال السلطاني شقيق الضحية" is the family name alone.
  // (After a title a name may open with "ب", "ل" or "ك" ("كريمة"): not when the rest is a common word, "لشركة".)
  const clitic = afterTitle && !kinBefore && !kinAfter ? /^[وف]/.test(word) || (/^[بلك]/.test(word) && isCommonWord(word.slice(1))) : /^[وفبلك]/.test(word);
  if (clitic && !isListedNameWord(word)) return false;
  if (isParticle(given) || isTitleWord(given) || isHonorificWord(given) || isOfficeWord(given) || isVerbLike(given) || gazetteer().personVerbs.has(word)) return false;
  // After a kinship noun with its pronoun the relative is named next, whatever else the word means;
  // before a bare one the word must be one the news takes for a name at times.
  return kinBefore || afterTitle || !isRarelyANameInNews(word);
}
