/**
 * "وتسلم قائد المنتخب فلان", "المدير الفني للمنتخب الصربي فلان": the captain of a national team is
 * one of its players and its technical director is its coach; neither holds a public office ("قائد
 * الفريق" is isTeamInConstruct's, honorific-titles.ts; "قائد المنتخب" of an army's unit is unheard
 * of). Closed classes: the captain's and director's words and the team nouns.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

const CAPTAINS = new Set(['قائد', 'وقائد'].map(fold));
const NATIONAL_TEAMS = new Set(['المنتخب', 'منتخب', 'لمنتخب', 'للمنتخب'].map(fold));
const DIRECTORS = new Set(['المدير', 'مدير', 'والمدير']);
const TECHNICAL = new Set(['الفني', 'فني']);
/** "للمنتخب", "لمنتخب": the national team its technical director serves, with "ل" (folded). */
const FOR_NATIONAL_TEAMS = new Set(['للمنتخب', 'لمنتخب']);

/** Whether the word at i opens a national team's captain or coach rather than an office. */
export function isNationalTeamTradeAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  if (CAPTAINS.has(word)) return NATIONAL_TEAMS.has(tokens[i + 1]?.folded ?? '');
  return DIRECTORS.has(word) && TECHNICAL.has(tokens[i + 1]?.folded ?? '') && FOR_NATIONAL_TEAMS.has(tokens[i + 2]?.folded ?? '');
}
