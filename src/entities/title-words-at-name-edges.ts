/**
 * Words at the edges of a person span that describe the person or head a list, none of the name:
 *  - the dual or plural of a title ("الحارسين فلان", "فلان اللاعبون :"): it names two or more people,
 *    never one, so it is no part of one person's name;
 *  - the complement of an indefinite title in the construct state ("لاعبة الجودو فلانة");
 *  - a playing position that heads the next part of a squad list ("فلان ظهير أيسر : فلان");
 *  - a player's or coach's trade in the construct state with his club, inside the span, and the words
 *    before it ("وتألق حارس الأهلي فلان فلان"): the name opens after the club; after two words of
 *    a name ("فلان فلان حارس الأهلي") the name ends before it.
 */
import { fold } from '../text/normalize.js';
import { isHonorificStem, isSayyidGivenName } from './honorific-titles.js';
import { isListedNameWord } from './given-names.js';
import { personShareBucket } from './tagger.js';
import type { Located } from './extract-types.js';
import type { Token } from './tokenize.js';

/** Playing positions of a squad list, folded: a closed class. */
const POSITIONS = new Set(['ظهير', 'جناح', 'منسق', 'مهاجم', 'مدافع', 'حارس', 'لاعب', 'وسط', 'صانع']);
/** The words that complete a position ("ظهير أيمن", "لاعب دائرة", "وسط ميدان"), folded: a closed class. */
const POSITION_SIDES = new Set(['ايمن', 'ايسر', 'دايره', 'ميدان', 'العاب', 'هجوم', 'دفاع']);
/** "بطلة": a title of sports news that no honorific list holds, folded. */
const CHAMPION = new Set(['بطل', 'بطله']);
/** Indefinite trade nouns of a player or coach, folded: a closed class ("نجم" is also a name word). */
const PLAYER_TRADES = new Set(['لاعب', 'لاعبه', 'مهاجم', 'مدافع', 'حارس', 'مدرب', 'مدربه', 'ظهير']);
/** personShareBucket's bucket of words mostly tagged a person in the ANT news. */
const MOSTLY_A_NAME = 3;
/** Dual and plural endings of a definite title ("الحارسين", "اللاعبون", "المدربان"). */
const NUMBER_ENDING = /^و?(ال..+?)(?:ين|ان|ون|ات)$/;

/** "الحارسين", "واللاعبون": the dual or plural of an honorific title. */
function isTitleInNumber(word: string): boolean {
  const match = NUMBER_ENDING.exec(word);
  return match !== null && !isListedNameWord(word) && (isHonorificStem(match[1]) || isHonorificStem(`${match[1]}ه`));
}

/** "لاعبة", "بطل": an indefinite title, whose definite complement follows it. */
function isIndefiniteTitle(token: Token | undefined): boolean {
  if (token?.isWord !== true || token.folded.startsWith('ال')) return false;
  const word = token.folded.replace(/^[وف]/, '');
  return CHAMPION.has(word) || isHonorificStem(`ال${word}`);
}

/** Trims the words described in the module comment off each person span; two name words always stay. */
export function trimTitleWordsAtNameEdges(people: Located[]): void {
  for (const { block, span } of people) {
    const tokens = block.tokens;
    const wordAt = (i: number) => (i === span.start ? fold(tokens[i].text.slice(span.skip)) : tokens[i].folded);
    while (span.end - span.start >= 3) {
      const first = wordAt(span.start);
      // ("سيد الفرجاني": a word the news mostly uses as a name is one after such a title too.)
      const complement = first.startsWith('ال') && !isListedNameWord(first) && span.skip === 0 && isIndefiniteTitle(tokens[span.start - 1]) && personShareBucket(first) < MOSTLY_A_NAME;
      // ("لاعبة التايكواندو فلانة" taken whole: the title goes, then its complement.)
      const second = tokens[span.start + 1].folded;
      // ("السيد سيد المختار ولد الخطاط": not "سيد" that is a given name after a title; isSayyidGivenName.)
      const title = span.end - span.start >= 4 && !isListedNameWord(first) && isIndefiniteTitle(tokens[span.start]) && second.startsWith('ال') && !isListedNameWord(second) && !isSayyidGivenName(tokens, span.start);
      if (!isTitleInNumber(first) && !complement && !title) break;
      span.start++;
      span.skip = 0;
    }
    const club = tradeInConstructInside(tokens, span.start, span.end);
    if (club > 0) {
      span.start = club + 1;
      span.skip = 0;
    }
    const trade = tradeInConstructAfterName(tokens, span.start, span.end);
    if (trade > 0) span.end = trade;
    while (span.end - span.start >= 3) {
      const last = tokens[span.end - 1].folded;
      const next = tokens[span.end];
      if (isTitleInNumber(last)) span.end--;
      else if (POSITION_SIDES.has(last) && POSITIONS.has(tokens[span.end - 2].folded) && span.end - span.start >= 4) span.end -= 2;
      else if (POSITIONS.has(last) && next !== undefined && (POSITION_SIDES.has(next.folded) || next.text === ':')) span.end--;
      else break;
    }
  }
}

/**
 * "وتألق حارس الأهلي محمد الشناوي": the index of the club after a player's trade noun inside the
 * span (after a first word that is no name word, with two words left after the club), or 0.
 */
function tradeInConstructInside(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 1; k + 3 < end; k++) {
    const club = tokens[k + 1].folded;
    if (isListedNameWord(tokens[k - 1].folded)) return 0;
    if (PLAYER_TRADES.has(tokens[k].folded) && club.startsWith('ال') && !isListedNameWord(club)) return k + 1;
  }
  return 0;
}

/** "محمد الشناوي حارس الأهلي": the index of a player's trade noun and its club after two name words, or 0. */
function tradeInConstructAfterName(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 2; k + 1 < end; k++) {
    const club = tokens[k + 1].folded;
    if (PLAYER_TRADES.has(tokens[k].folded) && club.startsWith('ال') && !isListedNameWord(club)) return k;
  }
  return 0;
}
