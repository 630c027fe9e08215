/**
 * "التقى فلان فلان وفلان فلان": news lists people with "و"; right after a person's name, "و" + a word
 * that looks like a name (rare in running text or on a name list, not known to the news corpus as
 * anything but a name, no ordinary word, place, body, title or nationality) opens the next person's name, which runs on over such words up to a boundary.
 * The tagger often finds the first name of a list and misses the foreign or rare ones after it.
 */
import { procliticReadings } from './clitics.js';
import { isDefiniteNisba } from './fixture-teams.js';
import { isBareKinshipNoun, isKinshipNounWithPronoun, PLURAL_KIN_WITH_PRONOUN } from './kinship-words.js';
import { isVerbWithHisPronoun } from './meeting-verbs.js';
import { isOfficeWord } from './office-words.js';
import { isParticle } from './lexicon.js';
import { hasNotNameEnding } from './name-parts.js';
import { isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isRareWord, isRarelyANameInNews, personShareBucket } from './tagger.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { hasTrait, NOT_A_NAME } from './word-traits.js';

/** Words of one listed name after its "و" (a list of long names is rarely one of people). */
const MAX_CONJOINED_WORDS = 3;
/** Verb and pronoun endings beyond hasNotNameEnding's ("ويمكن", "وأمكن"): no name after "و". */
const MORE_NOT_NAME_ENDINGS = /كن$/;

function isPlainNameWord(word: string, text: string, looksLikeName: (token: Token) => boolean, token: Token): boolean {
  if (word.length < 3 || /^(?:ال|لل)/.test(word) || /[0-9٠-٩a-z]/.test(word) || /[\u064b-\u064d]/.test(text) || hasNotNameEnding({ folded: word, text }) || MORE_NOT_NAME_ENDINGS.test(word) || isVerbWithHisPronoun(word)) return false;
  // The news corpus knows the word and almost never as a name ("ومصرفي استثماري"): no name.
  return looksLikeName(tokenReadAs(token, word)) && !isOrdinaryWord(word, false, text) && !isRarelyANameInNews(word) && !hasTrait(word, NOT_A_NAME) && !isParticle(tokenReadAs(token, word, text));
}

/**
 * A definite nisba ("الزغلامي") rare in news text that the news takes for a person at times: no
 * ordinary word, place, nationality or title ("التونسي", "الجديد").
 */
function isDefiniteNisbaFamilyName(token: Token | undefined, taken: boolean): boolean {
  if (token === undefined || taken || !isDefiniteNisba(token)) return false;
  const word = token.folded;
  return isRareWord(word) && personShareBucket(word) >= 1 && !isOrdinaryWord(word, false, token.text) && !isPlaceWord(word) && !hasTrait(word, NOT_A_NAME);
}

/**
 * "ويمينة الزغلامي وفريدة العبيدي", "وسيدة الونيسي عن قائمة": after "و", a feminine given name that
 * is also a common noun ("unique", "lady") before a definite nisba family name (see above). A
 * feminine noun takes no masculine adjective, so the nisba is no adjective of it: the noun heads a
 * name, not a phrase. Not an office, a kinship noun ("وابنة العبيدي"), a place or a word with the article.
 */
function isFeminineGivenNameBeforeNisba(tokens: readonly Token[], conjunction: number, isTaken: (index: number) => boolean): boolean {
  const word = tokens[conjunction];
  const stem = word.folded.slice(1);
  if (!/^[^ا].{2,}ه$/.test(stem) || /^ال/.test(stem) || isPlaceWord(stem)) return false;
  const bare = tokenReadAs(word, stem, word.text.slice(1));
  if (isOfficeWord(bare) || isBareKinshipNoun(bare)) return false;
  return isDefiniteNisbaFamilyName(tokens[conjunction + 1], isTaken(conjunction + 1));
}

/** The end of the names conjoined after a person's name that ends at `end` (`end` when there are none). */
export function conjoinedNamesEnd(tokens: readonly Token[], end: number, looksLikeName: (token: Token) => boolean, isTaken: (index: number) => boolean): number {
  let last = end;
  for (;;) {
    const conjunction = tokens[last];
    if (!conjunction?.isWord || !/^و[^و]/.test(conjunction.folded) || isTaken(last)) return last;
    const stem = conjunction.folded.slice(1);
    if (isFeminineGivenNameBeforeNisba(tokens, last, isTaken)) {
      last += 2;
      continue;
    }
    // The word must read as "و" + a name, not as a word of its own ("وزير", "وصل").
    if (procliticReadings(conjunction).some(({ removed, stem: other }) => removed === 0 && isOrdinaryWord(other))) return last;
    if (!isPlainNameWord(stem, conjunction.text.slice(1), looksLikeName, conjunction)) return last;
    // "تلقى فلان وأبناؤه التعازي": his relatives with him, named by a kinship noun, are no name.
    if (PLURAL_KIN_WITH_PRONOUN.test(stem) || isKinshipNounWithPronoun(stem)) return last;
    let next = last + 1;
    // "ومايكل وزايدا فقدا حياتهما": a short word ending in "ا" after the name is a dual verb.
    const dualVerb = (word: string): boolean => word.endsWith('ا') && word.length <= 6;
    while (
      next < tokens.length && next - last < MAX_CONJOINED_WORDS && tokens[next].isWord && !isTaken(next) && !tokens[next].folded.startsWith('و') &&
      !dualVerb(tokens[next].folded) && isPlainNameWord(tokens[next].folded, tokens[next].text, looksLikeName, tokens[next])
    ) next++;
    // "أسامة الصغير ويمينة الزغلامي ومحرزية": a definite nisba right after the listed given name is
    // her family name, and closes it.
    if (next === last + 1 && isDefiniteNisbaFamilyName(tokens[next], isTaken(next))) next++;
    last = next;
  }
}
