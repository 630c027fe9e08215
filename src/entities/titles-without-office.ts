/**
 * Titles that name no office of a public body:
 * - "القيادي الفرنسي فلان", "القيادي فلان": a leading member holds a post only in the body he leads
 *   in ("القيادي في حركة النهضة"); alone, or with his nationality only, the title says no more than
 *   that he counts in some movement.
 * - "عضو هيئة الدفاع عن الشهيد فلان": a defence team is the lawyers of one client, no body with
 *   offices; its members are lawyers.
 */
import { fold } from '../text/normalize.js';
import { isNationalityWord, stems } from './office-words.js';
import type { Token } from './tokenize.js';

/** "قيادي" (a leading member), folded, with and without the article, both genders. */
const LEADING_MEMBER = new Set(['قيادي', 'قياديه', 'القيادي', 'القياديه']);
/** "هيئة الدفاع" (a defence team), folded: the body noun and its complement. */
const DEFENCE_TEAM = ['هيئة', 'الدفاع'].map(fold);

/** Whether the office phrase's words are a leading member's title with nothing after it but nationalities. */
function isBareLeadingMember(words: readonly Token[]): boolean {
  return words.length > 0 && stems(words[0]).some((stem) => LEADING_MEMBER.has(stem)) && words.slice(1).every((word) => isNationalityWord(word));
}

/** Whether the office phrase's body, right after its office noun, is a defence team. */
function isDefenceTeamPost(words: readonly Token[]): boolean {
  return words.length >= 3 && stems(words[1]).includes(DEFENCE_TEAM[0]) && words[2].folded === DEFENCE_TEAM[1];
}

/** Whether the office phrase (its tokens) names no office (see above). */
export function isTitleWithoutOffice(roleTokens: readonly Token[]): boolean {
  const words = roleTokens.filter((token) => token.isWord);
  return isBareLeadingMember(words) || isDefenceTeamPost(words);
}
