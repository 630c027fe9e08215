/**
 * "وسجل لاعب النادي البرتغالي فلان فلان هدفين", "المهاجم الهولندي فلان فان فلان الذي": sports and arts
 * news name a foreign player, coach or artist by his trade noun and a nationality adjective, then
 * the name in words no list knows. Such a trade noun holds no office (officeNameSpans does not
 * start there), so right after "trade noun (+ one or two words of its complement) + nationality" the
 * foreign name run of foreign-name-run.ts is the person's name. Closed class: the trade nouns (trade-nouns.ts).
 */
import { NATIONALITY_NOUN } from './nationality-names.js';
import { isListedNameWord } from './given-names.js';
import { foreignNameAfterNationalityEnd, type NameSpan } from './titled-names.js';
import type { Token } from './tokenize.js';
import { nextTriggered, triggersIn } from './word-triggers.js';
import { isTradeNoun } from './trade-nouns.js';
import { procliticReadings } from './clitics.js';
import { COMPOUND_NAME_OPENERS } from './role-after.js';

/** Words of the trade noun's complement between it and the nationality ("لاعب النادي", "مهاجم فريق الأرسنال"). */
const MAX_COMPLEMENT_WORDS = 2;

function tradeNounBefore(tokens: readonly Token[], nationality: number): boolean {
  for (let k = nationality - 1; k >= 0 && k >= nationality - 1 - MAX_COMPLEMENT_WORDS; k--) {
    const token = tokens[k];
    if (!token.isWord) return false;
    if (isTradeNoun(token.folded) || isTradeNoun(token.folded.replace(/^[وف]/, ''))) return true;
  }
  return false;
}

/** Names after a trade noun and a nationality adjective (see the module comment). */
export function tradeNounNameSpans(tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, NATIONALITY_NOUN, 1); i >= 0 && i + 2 < tokens.length; i = nextTriggered(triggers, NATIONALITY_NOUN, i + 1)) {
    if (tokens[i].folded.startsWith('و') || !tradeNounBefore(tokens, i)) continue;
    const end = foreignNameAfterNationalityEnd(tokens, i + 1);
    if (end > i + 1) {
      spans.push({ start: i + 1, end, bracketed: true });
      i = end - 1;
    }
  }
  return spans;
}

/**
 * "مهاجم أوكسير فلان", "لاعب بورغ أون براس فلان": a bare trade noun (no article) governs the club or
 * country its holder plays for, and his name comes after that genitive. So a person span right after
 * one that opens on a word no name list knows starts at its first listed given name; with none, right
 * before another person's name, it is the club's whole name. Returns where the name starts, the
 * span's own start when the rule says nothing, or -1 for no name.
 */
export function nameStartAfterTradeNounComplement(tokens: readonly Token[], start: number, end: number, nameFollows: boolean): number {
  const noun = tokens[start - 1];
  if (noun?.isWord !== true || noun.folded.startsWith('ال') || !(isTradeNoun(noun.folded) || isBareTeamNoun(noun.folded)) || opensAName(tokens[start].folded)) return start;
  for (let k = start + 1; k < end; k++) if (opensAName(tokens[k].folded)) return k;
  return nameFollows ? -1 : start;
}

/** "فريق", "نادي", "منتخب" (folded): a team's head noun. */
const TEAM_NOUNS = new Set(['فريق', 'نادي', 'ناد', 'منتخب']);

/**
 * "مدير الكرة بفريق إنبي فلان": a bare team noun, with its preposition or conjunction, governs the
 * team's name as a trade noun does; its holder's name comes after that genitive.
 */
function isBareTeamNoun(folded: string): boolean {
  return procliticReadings(folded).some(({ stem }) => TEAM_NOUNS.has(stem));
}

/** A word a name may open on: a listed name word or the head of a compound name. */
function opensAName(folded: string): boolean {
  return isListedNameWord(folded) || COMPOUND_NAME_OPENERS.has(folded);
}
