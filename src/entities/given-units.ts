/**
 * "تعيين فلان عاملا على عمالة أكادير إداوتنان؛", "واليا على جهة الدار البيضاء – سطات وعاملا على ...":
 * a decree's line gives a governor his unit by its head and its proper name, which may run to several
 * words the lexicon does not know ("عمالة مقاطعات عين السبع الحي المحمدي") and to dashes between a
 * region's towns. The holder is named before his post there, so the unit's name runs to the line's
 * punctuation, or to "و" and the same holder's next post.
 */
import { fold } from '../text/normalize.js';
import { foldedRoleStops } from './lexicon.js';
import { gazetteer } from './gazetteer.js';
import { isPlaceWord } from './ordinary-words.js';
import { isGovernedUnitHead } from './region-proper-names.js';
import { isAccusativeOffice, isVerbLike } from './office-words.js';
import { tokenReadAs, type Token } from './tokenize.js';

/** Posts given in a decree's line whose unit follows "على": the accusative governor and the feminine "عاملة", folded. */
const GIVEN_GOVERNORS = new Set(['واليا', 'عاملا', 'عامله']);
/**
 * Posts of Morocco's local administration given so, the pasha of a town and the caïd of a caïdat
 * ("باشا على مدينة الزمامرة", "قائدة على قيادة العونات"), folded, and the units they head.
 */
const GIVEN_LOCAL_POSTS = new Set(['باشا', 'قائدا', 'قائدة'].map(fold));
const LOCAL_UNITS = new Set(['مدينة', 'باشوية', 'قيادة', 'ملحقة', 'دائرة'].map(fold));
/** The longest unit name read so (words and dashes). */
const MAX_UNIT_NAME_TOKENS = 7;
const LINE_PUNCTUATION = new Set(['؛', ';', '.', '،', ',']);
const DASHES = new Set(['-', '–', '—']);

/** "وعاملا", "وواليا": "و" + a governor's post given in the same line, the same holder's second post. */
export function isJoinedGovernorPost(token: Token | undefined): boolean {
  return token?.isWord === true && token.text.startsWith('و') && GIVEN_GOVERNORS.has(token.folded.slice(1));
}

/** Whether the word is such a post, "و" allowed ("وعاملا"). */
function isGivenGovernor(token: Token | undefined): boolean {
  return (token?.isWord === true && GIVEN_GOVERNORS.has(token.folded)) || isJoinedGovernorPost(token);
}

/** "و" + a post in the accusative: the same holder's next post ("وعاملا", "ومديرا"). */
function isJoinedAccusativePost(token: Token | undefined): boolean {
  if (token?.isWord !== true || !token.text.startsWith('و')) return false;
  const post = tokenReadAs(token, token.folded.slice(1), token.text.slice(1));
  return isAccusativeOffice(post) || GIVEN_GOVERNORS.has(post.folded);
}

/**
 * "واليا على جهة فاس-مكناس | وسيباشر مهامه": "و" on a word after the name's first one opens the next
 * clause; a place the news names starts with it too ("وهران", "وجدة"), which stays.
 */
function opensClause(token: Token, first: boolean): boolean {
  return !first && token.folded.startsWith('و') && !isPlaceWord(token.folded) && !gazetteer().places.has(token.folded);
}

/** The end of the unit's name given to the governor at `head` ("عاملا على عمالة ..."), or -1 where the line does not close it. */
export function givenUnitNameEnd(tokens: readonly Token[], head: number): number {
  const unit = tokens[head + 2];
  if (tokens[head + 1]?.folded !== 'علي' || unit === undefined) return -1;
  const localPost = tokens[head].isWord && GIVEN_LOCAL_POSTS.has(tokens[head].folded) && unit.isWord && LOCAL_UNITS.has(unit.folded);
  if (!localPost && (!isGivenGovernor(tokens[head]) || !isGovernedUnitHead(unit))) return -1;
  return unitNameEnd(tokens, head + 3);
}

/**
 * "فلان، والي جهة سوس ماسة عامل عمالة أكادير إداوتنان،": the end of the unit's name after the
 * governor's "عامل" at `head` and the unit's head (no "على": the office as the news names it after
 * the holder), where punctuation closes it; or -1.
 */
export function governedUnitNameEnd(tokens: readonly Token[], head: number): number {
  const unit = tokens[head + 1];
  return unit?.isWord === true && isGovernedUnitHead(unit) ? unitNameEnd(tokens, head + 2) : -1;
}

/** The end of a unit's name from `start` up to the line's punctuation (or the same holder's next post), or -1 where nothing closes it. */
function unitNameEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  while (end < tokens.length && end - start < MAX_UNIT_NAME_TOKENS) {
    const token = tokens[end];
    if (token.isWord ? isVerbLike(token) || foldedRoleStops.has(token.folded) || isJoinedAccusativePost(token) || opensClause(token, end === start) : !DASHES.has(token.text) || end === start) break;
    end++;
  }
  const closing = tokens[end];
  const closed = closing === undefined || LINE_PUNCTUATION.has(closing.text) || isJoinedAccusativePost(closing);
  return closed && end > start && tokens[end - 1].isWord ? end : -1;
}
