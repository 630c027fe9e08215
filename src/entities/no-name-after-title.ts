/**
 * "غير أن الرئيس وعد بمواصلة المعركة", "يحضر الرئيس المنتخب قداسا دينيا", "الرئيس والمدرب يتمسكان
 * بالانسحاب": right after a bare title the next word is often the title holder's verb or its object,
 * not his name. A one-word name there ("الرئيس ماكرون", "الشيخ تميم") stays; these shapes, with a word
 * the news seldom takes for a person, say the word is no name.
 */
import { procliticReadings } from './clitics.js';
import { isGivenName } from './given-names.js';
import { isOfficeOrPersonTitle } from './office-words.js';
import { officePhraseEnd } from './office-phrase.js';
import { personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';

/**
 * Whether the word at `at`, right after a title and alone in the name, reads as no name: never a given
 * name many people bear ("علي", "عمر"), nor a word the news mostly takes for a person.
 * `hasPrepositionReading` says whether a word reads as a clitic preposition before a common word;
 * `opensPersonAt` whether a person's mention starts at a token of the block.
 */
export function isNoNameAfterTitle(tokens: readonly Token[], at: number, hasPrepositionReading: (word: string) => boolean, opensPersonAt: (i: number) => boolean): boolean {
  const word = tokens[at];
  if (word?.isWord !== true || personShareBucket(word.folded) >= 2 || isGivenName(word.folded) || !isAfterTitle(tokens, at)) return false;
  return isDualOrPluralImperfect(word.folded) || isPerfectVerbWithComplement(tokens, at, hasPrepositionReading) || isAccusativeWithAdjective(tokens, at) || isPrepositionalNounBeforeObject(tokens, at) || isNounBeforeOffice(tokens, at, opensPersonAt);
}

/** A word the news has seen and seldom takes for a person, and no given name: a common noun. */
function isSeldomAName(word: string): boolean {
  const bucket = personShareBucket(word);
  return bucket >= 0 && bucket <= 1 && !isGivenName(word);
}

/**
 * "قام الرئيس بتحية الفريق": "ب" or "ل" glued to such a word, before a definite word, is a verbal noun
 * behind a preposition with its object ("بتحية الفريق": by greeting the team), no name with a clitic.
 */
function isPrepositionalNounBeforeObject(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next?.isWord !== true || !/^ال../.test(next.folded) || !/^[بل]/.test(tokens[at].folded)) return false;
  return procliticReadings(tokens[at]).some(({ removed, stem }) => removed === 1 && stem.length >= 3 && isSeldomAName(stem));
}

/**
 * "أبلغ الرئيس العراقي تهاني رئيس الجمهورية فلان": such a word before a bare office whose own holder
 * is named right after its phrase governs that office in construct (the president's greetings), no
 * name in apposition to the title ("الملكة هند ملكة الأردن" names her and her office).
 */
function isNounBeforeOffice(tokens: readonly Token[], at: number, opensPersonAt: (i: number) => boolean): boolean {
  const next = tokens[at + 1];
  if (next?.isWord !== true || next.folded.startsWith('ال') || !isOfficeOrPersonTitle(next) || !isSeldomAName(tokens[at].folded)) return false;
  const end = officePhraseEnd(tokens, at + 1);
  return opensPersonAt(tokens[end]?.text === '،' ? end + 1 : end);
}

/** A title right before `at`, or before one adjective of it ("الرئيس المنتخب"). */
function isAfterTitle(tokens: readonly Token[], at: number): boolean {
  const title = (token: Token | undefined): boolean => token?.isWord === true && isOfficeOrPersonTitle(token);
  return title(tokens[at - 1]) || (tokens[at - 1]?.folded.startsWith('ال') === true && title(tokens[at - 2]));
}

/** "يتمسكان", "تتفقون": an imperfect prefix and a dual or plural ending, a verb no name has the shape of. */
function isDualOrPluralImperfect(word: string): boolean {
  return /^[يت]..{2,}(?:ان|ون)$/.test(word);
}

/**
 * "وعد بمواصلة", "غض النظر": a bare word of three root letters (the perfect's shape) followed by a definite
 * object or a preposition glued to a common word; a name there is rather followed by a family name, a
 * comma or a verb. (A preposition standing alone follows a name too: "ويرافق الرئيس غوك في زيارته".)
 */
function isPerfectVerbWithComplement(tokens: readonly Token[], at: number, hasPrepositionReading: (word: string) => boolean): boolean {
  const next = tokens[at + 1];
  // (Two letters when the last is doubled: "غضّ", "ردّ".)
  if (tokens[at].folded.length < 2 || tokens[at].folded.length > 3 || next?.isWord !== true) return false;
  return /^(?:[بلك]?ال|لل)../.test(next.folded) || (/^[بل]/.test(next.folded) && hasPrepositionReading(next.folded));
}

/**
 * "قداسا دينيا", "تشنجا كبيرا": an indefinite accusative (the alef of tanween) followed by another,
 * its adjective; a name ending in alef ("ماريا") takes no accusative adjective after it.
 */
function isAccusativeWithAdjective(tokens: readonly Token[], at: number): boolean {
  const [word, next] = [tokens[at].folded, tokens[at + 1]];
  const isAccusative = word.length >= 4 && /[^اوي]ا$/.test(word) && !/^(?:ال|[وفبلك])/.test(word);
  return isAccusative && next?.isWord === true && next.folded.length >= 4 && /[^او]ا$/.test(next.folded) && !next.folded.startsWith('ال');
}
