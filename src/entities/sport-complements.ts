/**
 * "رئيس اتحاد بوروندي لكرة القدم", "جامعة زامبيا لكرة اليد": a sports federation is named by its
 * country and then "لكرة" + the sport. "لكرة" there goes on with the body's name; no name opens on it.
 */
import type { Token } from './tokenize.js';

/** The ball sports, folded, after "لكرة". */
const BALL_SPORTS = new Set(['القدم', 'اليد', 'السله', 'الطايره']);

/** Whether the token at `at` is "لكرة" before a ball sport. */
export function isSportComplementAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.folded === 'لكره' && BALL_SPORTS.has(tokens[at + 1]?.folded ?? '');
}
