/**
 * "قال والي القيروان سمير فلان إن", "وفق المدير الجهوي للفلاحة بتوزر الناصر فلان.": the tagger may run
 * a place (or body) span from the office's complement over the holder's name ("القيروان سمير فلان"),
 * most of all when the headline names the place. Right after a full office phrase nothing but the
 * holder's name follows its complement: where the phrase ends inside such a span (or where a regional
 * office's seat, "ب" + a town, opens it), a given name opens the name, which runs to the span's end.
 */
import type { Token } from './tokenize.js';
import type { RawSpan } from './extract-types.js';
import { isOfficeStart } from './office-start.js';
import { MAX_ROLE_TOKENS, officePhraseEnd } from './office-phrase.js';
import { isRegionalOffice } from './office-prepositions.js';
import { isDefiniteGivenNameWord } from './office-phrase-parts.js';
import { isAccusativeOffice, isDefinite, isGivenNameWord, isNationalityWord, isOfficeWord, isPlaceOrNationality, isVerbLike, stems } from './office-words.js';
import { isListedNameWord } from './given-names.js';
import { isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isOftenANameInNews, isRareWord } from './tagger.js';
import { foldedLeadingNameParts } from './lexicon.js';
import { isHonorificWord } from './honorific-titles.js';

/** The fewest and most words of a holder's name taken out of a tagger's place span. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

/** A place or body span split where an office's holder's name opens in it. */
export interface PlaceRunSplit {
  /** The tagger's span. */
  span: RawSpan;
  /** Where the name opens in it (the words before stay the place or body). */
  nameStart: number;
}

/** The tagger's place and body spans of a block that run over an office holder's name. */
export function placeRunHolderSplits(tokens: readonly Token[], tagged: readonly RawSpan[], looksLikeName: (token: Token) => boolean): PlaceRunSplit[] {
  const splits: PlaceRunSplit[] = [];
  for (const span of tagged) {
    if (span.kind === 'person' || span.end - span.start < MIN_NAME_WORDS) continue;
    const nameStart = holderNameStart(tokens, span, looksLikeName);
    if (nameStart > 0) splits.push({ span, nameStart });
  }
  return splits;
}

/** Where the holder's name opens inside `span`, or -1. */
function holderNameStart(tokens: readonly Token[], span: RawSpan, looksLikeName: (token: Token) => boolean): number {
  for (let head = span.start - 1; head >= 0 && span.start - head <= MAX_ROLE_TOKENS; head--) {
    if (!tokens[head].isWord) return -1;
    if (!isOfficeStart(tokens, head)) continue;
    // ("تعيين فلان رئيساً لمجلس إدارة الشركة المصرية القابضة": an office in the accusative is what
    // the man named before it is made; no holder follows its complement.)
    if (isAccusativeOffice(tokens[head])) return -1;
    let start = officePhraseEnd(tokens, head);
    if (start < span.start || start >= span.end) return -1;
    // "المدير الجهوي للصحة | بقبلي | فلان": the seat of a regional office opens the tagger's place.
    if (start === span.start) {
      if (!isRegionalSeatWord(tokens[start]) || !isRegionalOffice(tokens, head, start)) return -1;
      start++;
    }
    return opensName(tokens, start, span.end, looksLikeName) ? start : -1;
  }
  return -1;
}

/** "بقبلي", "بتوزر": "ب" + a town (a place word or one rare in running text, no name word), no article. */
function isRegionalSeatWord(token: Token): boolean {
  const town = token.folded.slice(1);
  if (!token.isWord || !/^ب[^ا]/.test(token.folded) || town.length < 3 || !stems(token).includes(town)) return false;
  return (isPlaceWord(town) || isRareWord(town)) && !isListedNameWord(town);
}

/**
 * Whether tokens start..end are a name: two to four words, the first a given name (a listed one, one
 * the news mostly takes for a person, "المنجي"), or a word with the article that is no ordinary word
 * before a name word ("الهادي سليمان"); none an office, title, place or nationality, or a verb.
 */
function opensName(tokens: readonly Token[], start: number, end: number, looksLikeName: (token: Token) => boolean): boolean {
  if (end - start < MIN_NAME_WORDS || end - start > MAX_NAME_WORDS) return false;
  const words = tokens.slice(start, end);
  const plain = (token: Token): boolean => token.isWord && !isOfficeWord(token) && !isHonorificWord(token) && !isPlaceOrNationality(token) && !isNationalityWord(token) && !isVerbLike(token);
  if (!words.every(plain)) return false;
  const [first, second] = words;
  // (Not a plural, "الألمانيات", which qualifies the body's name before it.)
  const definiteGiven = isDefinite(first) && !/(?:ات|ين|ون)$/.test(first.folded) && !isOrdinaryWord(first.folded, true, first.text) && (isListedNameWord(second.folded) || looksLikeName(second));
  // ("ووالي إسطنبول | قادر أوزبك": or a bare word the news takes for a person as often as not, before
  // words running text seldom writes: a foreign name, "قادر" (Kadir; also "able").)
  const bareNewsGiven = end - start === 2 && !/^(?:ال|و)/.test(first.folded) && stems(first).length === 1 && isOftenANameInNews(first.folded) && isRareWord(second.folded) && !isOrdinaryWord(second.folded);
  if (!(isGivenNameWord(first) || isDefiniteGivenNameWord(first) || definiteGiven || bareNewsGiven)) return false;
  return words.slice(1).every((token) => foldedLeadingNameParts.has(token.folded) || looksLikeName(token) || isListedNameWord(token.folded));
}
