/**
 * Words at the edge of a person span that are a preposition ("ب", "ل") on a common noun or a place:
 * "ابن خلدون بسوسة", "قرار ترامب بشأن", "أسامة بالإنكليزية", "لدار الفتوى". Names do start with "ب"
 * ("بلقاسم", "بالحاج", "بوسعيد"), so the word as a whole must be no known name and the unlabeled
 * news (name-evidence.bin, from ANT) must seldom take it for a person. Also the other evidence from
 * that corpus that a word at the edge of a span is no name.
 */
import { procliticReadings } from './clitics.js';
import { isListedNameWord } from './given-names.js';
import { isCommonWord, isPlaceWord } from './ordinary-words.js';
import { personShareBucket } from './tagger.js';

/**
 * Whether a folded word reads as "ب"/"ل" + a place ("بسوسه", "بالمظيله"), + a common noun without
 * the article ("بشان", "لرجل"), or + a definite feminine nisba the news never takes for a person
 * ("بالانكليزيه": a language or an adjective). `share` caps how often the whole word may be a
 * person in the news (share buckets of name-evidence.ts; -1 is "too rare to count"); `written` is
 * the word as written.
 */
export function isPrepositionOnNoun(folded: string, written: string, share = 1): boolean {
  if (!/^[بل]/.test(folded) || isListedNameWord(folded) || personShareBucket(folded) > share) return false;
  // "باول", "لاين": a plain alef after the letter is how foreign names are spelled ("Powell", "Leyen");
  // the preposition on "أول", "أين" is written with the hamza.
  if (/^[بل]ا(?!ل)/.test(written.replace(/[\u064b-\u0652\u0640]/g, ''))) return false;
  return procliticReadings(folded).some(({ removed, stem }) => {
    if (removed !== 1 || stem.length < 3 || isListedNameWord(stem)) return false;
    if (isPlaceWord(stem)) return true;
    // With the article, a common stem is no sign: "بالطيب", "بالنور" are Tunisian family names.
    if (stem.startsWith('ال')) return stem.endsWith('يه') && personShareBucket(stem) <= 0;
    return isCommonWord(stem);
  });
}

/**
 * "فيلم لفتحي السعيدي": "ل" (by, for) on a word the unlabeled news mostly takes for a person
 * (name-evidence.bin), where the word with the letter is no name of its own there ("لسعد" is): the
 * letter is a preposition before the given name. Not "ب", nor "ل" before a long vowel: foreign names
 * open so ("بريان", "بروين", "ليزلي", "لويس").
 */
export function isPrepositionOnName(folded: string): boolean {
  if (!/^ل[^اوي]/.test(folded) || isListedNameWord(folded) || personShareBucket(folded) > 0) return false;
  return procliticReadings(folded).some(({ removed, stem }) => removed === 1 && stem.length >= 3 && !stem.startsWith('ال') && personShareBucket(stem) === 3);
}

/** "بتفكيك", "لمراجعة": "ب"/"ل" on a word that is no name and that the news seldom takes for a person. */
export function isPrepositionalComplement(folded: string): boolean {
  return /^[بل]/.test(folded) && !folded.startsWith('ال') && !isListedNameWord(folded) && personShareBucket(folded) <= 1 && !isPrepositionOnName(folded);
}

/**
 * "لبن علي", "ببن عاشور", "وبن بلقاسم": a conjunction or preposition glued to "بن" that opens a
 * family name. The word has three letters, too few for the clitic readings of longer words
 * (clitics.ts), and none of these is a name word of its own.
 */
export function isCliticOnBin(folded: string): boolean {
  return folded.length === 3 && folded.endsWith('بن') && 'وفبل'.includes(folded[0]);
}

/**
 * A word seen often enough in the ANT news and under 5% of the time a person there, and no known
 * name, with or without a clitic ("المستدامه", "رفقه").
 */
export function isSeldomAName(folded: string): boolean {
  return personShareBucket(folded) === 0 && !isListedNameWord(folded) && !procliticReadings(folded).some(({ removed, stem }) => removed > 0 && isListedNameWord(stem));
}
