/**
 * Titles that name no office of a public body:
 * - "القيادي الفرنسي فلان", "القيادي فلان": a leading member holds a post only in the body he leads
 *   in ("القيادي في حركة النهضة"); alone, or with his nationality only, the title says no more than
 *   that he counts in some movement.
 * - "عضو هيئة الدفاع عن الشهيد فلان", "عضو فريق الدفاع": a defence team is the lawyers of one
 *   client, no body with offices; its members are lawyers.
 * - "المحامي فلان، وكيل اللاعب": the agent (attorney) of a client, a player, a defendant or a
 *   family, acts for that one person, no body.
 * - "المواطن نوري الصغير القاضي من سكان العجيلات": a word "of the residents of" a town follows is
 *   no office there but the end of a citizen's name.
 */
import { fold } from '../text/normalize.js';
import { isNationalityWord, stems } from './office-words.js';
import type { Token } from './tokenize.js';

/** "قيادي" (a leading member), folded, with and without the article, both genders. */
const LEADING_MEMBER = new Set(['قيادي', 'قياديه', 'القيادي', 'القياديه']);
/** "هيئة الدفاع", "فريق الدفاع" (a defence team), folded: the body nouns and their complement. */
const DEFENCE_TEAMS = new Set(['هيئة', 'فريق'].map(fold));
const DEFENCE = fold('الدفاع');
/** "وكيل", "وكيلة" (an agent), folded. */
const AGENTS = new Set(['وكيل', 'وكيله']);
/** The clients an agent acts for, folded: a player, a defendant, a plaintiff, a victim, a family, an artist. */
const CLIENTS = new Set(['اللاعب', 'اللاعبه', 'المتهم', 'المتهمه', 'المتهمين', 'المدعي', 'المدعيه', 'الضحيه', 'الضحايا', 'المجني', 'الاسره', 'العايله', 'الفنان', 'الفنانه', 'الورثه', 'المشتكي', 'المشتكيه']);

/** Whether the office phrase's words are a leading member's title with nothing after it but nationalities. */
function isBareLeadingMember(words: readonly Token[]): boolean {
  return words.length > 0 && stems(words[0]).some((stem) => LEADING_MEMBER.has(stem)) && words.slice(1).every((word) => isNationalityWord(word));
}

/** Whether the office phrase's body, right after its office noun, is a defence team. */
function isDefenceTeamPost(words: readonly Token[]): boolean {
  return words.length >= 3 && stems(words[1]).some((stem) => DEFENCE_TEAMS.has(stem)) && words[2].folded === DEFENCE;
}

/** "من سكان", "من أهالي", "من أبناء" (one of the residents, people, sons of), folded. */
const RESIDENTS = new Set(['سكان', 'اهالي', 'ابناء']);

/** Whether the office phrase's one word is followed by "من" + the residents of a place. */
function isResidentsWord(words: readonly Token[]): boolean {
  return words.length >= 3 && words[1].folded === 'من' && RESIDENTS.has(words[2].folded);
}

/** Whether the office phrase is an agent's of one client ("وكيل اللاعب"). */
function isClientsAgent(words: readonly Token[]): boolean {
  return words.length === 2 && stems(words[0]).some((stem) => AGENTS.has(stem)) && CLIENTS.has(words[1].folded);
}

/** Whether the office phrase (its tokens) names no office (see above). */
export function isTitleWithoutOffice(roleTokens: readonly Token[]): boolean {
  const words = roleTokens.filter((token) => token.isWord);
  return isBareLeadingMember(words) || isDefenceTeamPost(words) || isClientsAgent(words) || isResidentsWord(words);
}
