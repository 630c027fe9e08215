/**
 * "مباراة بين النجم و فريق سانتا ريتا", "يلعب بفريق يونغ سبورتس": after the indefinite noun "فريق"
 * (a team, in the construct state) or its players ("لاعبي ليون") comes the team's name, whatever it
 * would be alone. The definite
 * "الفريق" is also a military rank ("الفريق فلان"), which titles a person: not that one.
 */
import { procliticReadings, readingInList } from './clitics.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { isListedGivenName } from './given-names.js';
import { MANS_NAME_OPENERS, opensMansName } from './name-parts.js';
import { isOfficeOrPersonTitle } from './office-words.js';
import type { Token } from './tokenize.js';

/**
 * "بين فريقي نجم فلان و شباب علان", "وتعادل فريقا فلان وعلان": the dual of "فريق" in the construct
 * state (genitive or accusative "فريقي", nominative "فريقا") heads the first of two teams' names.
 */
const TEAM_DUALS = ['فريقي', 'فريقا'];

/**
 * The indefinite noun of a team, folded (with "و", "ب", "ل" before it: "بفريق", "وفريق"), and the
 * plural of its players in the construct state ("لاعبي ليون", "لاعبو الفريق").
 */
/**
 * "مع فريقه راد ستار": a team's noun with a possessive pronoun is definite by it and stands in
 * apposition with the team's name after it, as the indefinite head heads it (folded; "ه", "ها",
 * "هم"). Not "ناديه": folded, that is also the given name "نادية".
 */
const OWNED_TEAM_HEADS = ['فريقه', 'فريقها', 'فريقهم'];

const TEAM_HEADS = new Set(['فريق', 'لاعبي', 'لاعبو', ...TEAM_DUALS, ...OWNED_TEAM_HEADS]);

/** Whether a word reads as a team's head ("فريق", "بفريق", "لاعبي"), punctuation aside: see isTeamHeadWord. */
export const readsAsTeamHead = readingInList(TEAM_HEADS);

function isTeamHead(token: Token | undefined): boolean {
  return token?.isWord === true && readsAsTeamHead(token);
}

/** Whether a word is the indefinite noun of a team or its players ("فريق", "بفريق", "لاعبي"). */
export const isTeamHeadWord = isTeamHead;

/**
 * Where the team head stands whose name a span at `start` continues: right before it, or before one
 * more word of the name that is neither definite nor an ordinary word ("فريق سانتا | ريتا"); -1 if
 * none. ("فريق عمل فلان": an ordinary word after the head makes a team of another kind.)
 */
export function teamHeadBefore(tokens: readonly Token[], start: number): number {
  // ("فريق لويس إنريكي": a given name and a family name right after the head name the man whose team
  // it is; "فريق ليون الفرنسي", "لاعبي ليون و": a given name alone is a club named like one.)
  if (isTeamHead(tokens[start - 1])) return isFullNameAt(tokens, start) ? -1 : start - 1;
  const between = tokens[start - 1];
  const betweenIsName = between?.isWord === true && !procliticReadings(between).some(({ stem }) => stem.startsWith('ال')) && !isOrdinaryWord(between);
  // ("بفريق إنبي عبد الناصر محمد": "عبد" or "أبو" opens a man's name after the team's.)
  const nameOpener = tokens[start]?.isWord === true && MANS_NAME_OPENERS.has(tokens[start].folded);
  return betweenIsName && !nameOpener && isTeamHead(tokens[start - 2]) ? start - 2 : -1;
}

/** Whether a given name and another word that is no definite adjective stand at `start`. */
function isFullNameAt(tokens: readonly Token[], start: number): boolean {
  const [given, next] = [tokens[start], tokens[start + 1]];
  const isGiven = given?.isWord === true && isListedGivenName(given.folded);
  return isGiven && next?.isWord === true && !next.folded.startsWith('ال') && !/^و/.test(next.folded);
}

/**
 * Whether a span at `start` continues a team's name with no office or title before the team's head:
 * "و فريق سانتا ريتا" names the team, though "رئيس فريق سانتا ريتا" may name its president.
 */
export function isInUntitledTeamName(tokens: readonly Token[], start: number): boolean {
  const head = teamHeadBefore(tokens, start);
  if (head < 0) return false;
  const before = tokens[head - 1];
  return !(before?.isWord === true && isOfficeOrPersonTitle(before));
}

/**
 * "مدير الكرة بفريق إنبي عبد الناصر محمد": a span right after "فريق" that runs from the team's name
 * into a man's (a given name, "عبد" or "أبو" further on) starts there; the index of that word, or -1.
 */
export function manAfterTeamName(tokens: readonly Token[], start: number, end: number): number {
  if (!isTeamHead(tokens[start - 1])) return -1;
  for (let k = start + 1; k < end; k++) {
    const word = tokens[k];
    if (opensMansName(word)) return k;
  }
  return -1;
}
