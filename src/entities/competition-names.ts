/**
 * "لدوري فلان علان للمحترفين", "كأس فلان علان", "وجائزة فلان علان للرواية": a league, a cup or a
 * prize named after a man carries his name right after its head in the construct state. A name the
 * article writes only there names the competition or the prize, no one in the news. ("بطولة فلانة"
 * is also a film's star, "starring": not that head.)
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';

/** Heads of leagues, cups and prizes named after someone (folded, a closed class). */
const COMPETITION_HEADS = new Set(['دوري', 'كأس', 'جائزة'].map(fold));

/** Whether the word before token `start` is such a head, bare or behind its clitics ("لدوري", "وجائزة"). */
export function isAfterCompetitionHead(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  return before?.isWord === true && procliticReadings(before).some(({ stem }) => COMPETITION_HEADS.has(stem));
}
