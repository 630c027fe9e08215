/**
 * "لاعبه و قائده فلان", "حارس النادي و قائدته فلان": the captain a player's trade is joined to is
 * one of the team's players (as "قائد الفريق" is, honorific-titles.ts), no officer of the club nor
 * a commander.
 */
import { isTradeNoun } from './trade-nouns.js';
import type { Token } from './tokenize.js';
import { fold } from '../text/normalize.js';

/** "قائده", "قائدته", "قائدها": the captain's (or commander's) title with a pronoun, folded, "و" allowed. */
const CAPTAIN_WITH_PRONOUN = new RegExp(`^و?${fold('قائد')}(?:ه|ته|ها)$`);
/** How far before the captain's "و" the player's trade may stand ("حارس النجم الرياضي الساحلي و"). */
const TRADE_REACH = 5;

/** Whether the title at `titleAt` is a captain's joined by "و" to a player's trade before it. */
export function isCaptainBesidePlayer(tokens: readonly Token[], titleAt: number): boolean {
  const title = tokens[titleAt];
  if (!title?.isWord || !CAPTAIN_WITH_PRONOUN.test(title.folded)) return false;
  const joinerAt = title.folded.startsWith('و') ? titleAt : titleAt - 1;
  if (joinerAt === titleAt - 1 && tokens[joinerAt]?.folded !== 'و') return false;
  for (let k = joinerAt - 1; k >= Math.max(0, joinerAt - TRADE_REACH); k--) if (tokens[k].isWord && isTradeNoun(tokens[k].folded)) return true;
  return false;
}

/** "قائد" bare and the team it captains, folded. */
const CAPTAIN = fold('قائد');
const TEAMS = new Set(['الفريق', 'المنتخب', 'النادي'].map(fold));
/** How far before the captain's title the team his pronoun stands for may be named. */
const TEAM_REACH = 8;

/**
 * "يبدو المنتخب العماني مرشحاً قوياً للتأهل بقيادة قائده فلان": a captain's title with a pronoun,
 * the team named a few words before it, is the team's captain, one of its players.
 */
export function isCaptainOfTeamBefore(tokens: readonly Token[], titleAt: number): boolean {
  const title = tokens[titleAt];
  if (!title?.isWord || !CAPTAIN_WITH_PRONOUN.test(title.folded)) return false;
  for (let k = titleAt - 1; k >= Math.max(0, titleAt - TEAM_REACH); k--) if (tokens[k].isWord && TEAMS.has(tokens[k].folded.replace(/^[وبل](?=ال)/, ''))) return true;
  return false;
}

/**
 * "واللاعب حسين جميل قائد الفريق": "قائد الفريق" after the name of someone a trade noun titles
 * ("اللاعب", "الحارس") is the team's captain, one of its players, no officer. `office` is where
 * the office after the name opens, `nameStart` where the name opens.
 */
export function isCaptainAfterPlayer(tokens: readonly Token[], nameStart: number, office: number): boolean {
  if (tokens[office]?.folded !== CAPTAIN || !TEAMS.has(tokens[office + 1]?.folded ?? '')) return false;
  const title = tokens[nameStart - 1];
  return title?.isWord === true && isTradeNoun(title.folded.replace(/^و(?=ال)/, ''));
}
