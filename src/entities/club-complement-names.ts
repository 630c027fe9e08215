/**
 * "وقال المدرب السابق لبنفيكا جورج مارتينيز", "المهاجم البرازيلي للأهلي فلان فلان": a coach's or a
 * player's trade noun (with "السابق", "الجديد", "الحالي", "الدولي" or a nationality adjective after it) governs
 * the club he serves with "ل"/"لل"; that one word is the noun's complement, and the name comes after
 * it. A given name in "ل" ("لطفي", "لبنى", "لسعد") still opens the name ("المدرب لطفي فلان"): the
 * club word is one no name list knows and the news seldom reads as a person. Closed classes: the
 * sports trade nouns, "المدير الفني", the time adjectives, "الدولي" and the nationalities.
 */
import { fold } from '../text/normalize.js';
import { gazetteer } from './gazetteer.js';
import { isListedNameWord } from './given-names.js';
import { isLamGivenName } from './lam-given-names.js';
import { isDirectorWord } from './office-words.js';
import { personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';

/** A coach's or a player's trade noun, folded, with or without the article. */
const SPORTS_TRADES = new Set(
  ['لاعب', 'لاعبة', 'مهاجم', 'مدافع', 'حارس', 'مدرب', 'مدربة', 'نجم', 'نجمة', 'جناح', 'ظهير', 'هداف']
    .flatMap((word) => [word, `ال${word}`])
    .map(fold),
);
/** "المدير الفني": the head coach (national-team-trades.ts), the director (office-words.ts isDirectorWord) then its adjective, folded. */
const TECHNICAL = /^(?:ال)?فني[ه]?$/;
/** "السابق", "الجديد", "الحالي": the time of the post; "الدولي": a capped player, folded. */
const TRADE_ADJECTIVES = /^(?:ال)?(?:سابق|جديد|حالي|موقت|دولي)[ه]?$/;
/** Adjectives between the trade noun and the club: "الدولي", a nationality and a time one at most. */
const MAX_ADJECTIVES = 3;

function isSportsTradeEndingAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.folded.replace(/^[وف]/, '') ?? '';
  if (SPORTS_TRADES.has(word) || SPORTS_TRADES.has(tokens[i]?.folded ?? '')) return true;
  return TECHNICAL.test(tokens[i]?.folded ?? '') && isDirectorWord(tokens[i - 1]?.folded ?? '');
}

function isAdjectiveOfTrade(token: Token): boolean {
  return token.isWord && (TRADE_ADJECTIVES.test(token.folded) || gazetteer().nationalities.has(token.folded));
}

/** A word in "ل"/"لل" that no name list knows and the news seldom reads as a person ("لبنفيكا", "للأهلي"). */
function isClubWithLam(token: Token): boolean {
  const word = token.folded;
  if (!token.isWord || !/^ل[^ل]{2,}|^لل[^ل]{2,}/.test(word)) return false;
  return !isListedNameWord(word) && !isLamGivenName(word) && personShareBucket(word) < 2;
}

/**
 * Where a person span that opens on the club a sports trade noun governs ("لبنفيكا جورج مارتينيز")
 * starts its name: the word after the club, when two name words at least are left; else the span's own start.
 */
export function nameStartAfterClubComplement(tokens: readonly Token[], start: number, end: number): number {
  if (end - start < 3 || !isClubWithLam(tokens[start])) return start;
  let k = start - 1;
  while (k >= start - MAX_ADJECTIVES && k >= 0 && isAdjectiveOfTrade(tokens[k]) && !isSportsTradeEndingAt(tokens, k)) k--;
  return k >= 0 && tokens[k].isWord && isSportsTradeEndingAt(tokens, k) ? start + 1 : start;
}
