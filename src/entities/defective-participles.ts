/**
 * Participles that look like name words but never are one.
 *
 * "المدرب باق حتى نهاية عقده", "القرار ماض": the active participle of a verb whose last root letter
 * is weak ("بقي", "مضى") drops its "ي" when indefinite: three letters, "ا" in the middle. It is the
 * predicate after its subject, never a name: a name of that root keeps its "ي" ("هادي", "راضي").
 * So a word of that shape whose form with "ي" is a word of the language (an ordinary word or a given
 * name), and that no name list has itself, is no name word.
 */
import { isListedNameWord } from './given-names.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { personShareBucket } from './tagger.js';

const DEFECTIVE_SHAPE = /^[^اوي]ا[^اوي]$/;

export function isDefectiveParticiple(folded: string): boolean {
  if (!DEFECTIVE_SHAPE.test(folded) || isListedNameWord(folded)) return false;
  const full = `${folded}ي`;
  return isOrdinaryWord(full) || isListedNameWord(full);
}

/**
 * "كرمت الأميرة فلانة بنت فلان الفائزات", "كرم الوالي بن عياد المتفوقين": the sound plural of a
 * participle with the article ("الفائزات", "الفائزين" of the first form, "المشاركات", "المتفوقين" in
 * "م") is whom the sentence is about, never a family name (a family is named in the singular,
 * "الفائز"). Listed names aside, and the masculine only where the news never takes it for a person.
 */
const PLURAL_PARTICIPLE = /^ال(?:[^اوي]ا[^او][^اوي]|م.{3,5})(?:ات|ين)$/;

export function isSoundPluralParticiple(folded: string): boolean {
  return PLURAL_PARTICIPLE.test(folded) && !isListedNameWord(folded) && (folded.endsWith('ات') || personShareBucket(folded) <= 0);
}
