/**
 * "وتسلم قائد المنتخب فلان": the captain of a national team is one of its players, no holder of a
 * public office ("قائد الفريق" is isTeamInConstruct's, honorific-titles.ts; "قائد المنتخب" of an
 * army's "selected" unit is unheard of). Closed classes: the captain's word and the team nouns.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

const CAPTAINS = new Set(['قائد', 'وقائد'].map(fold));
const NATIONAL_TEAMS = new Set(['المنتخب', 'منتخب', 'لمنتخب', 'للمنتخب'].map(fold));

/** Whether the word at i opens a national team's captain rather than an office. */
export function isTeamCaptainAt(tokens: readonly Token[], i: number): boolean {
  return CAPTAINS.has(tokens[i].folded) && NATIONAL_TEAMS.has(tokens[i + 1]?.folded ?? '');
}
