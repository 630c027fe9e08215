/**
 * "أكد فلان ضيف بوليتيكا اليوم", "قالت فلانة ضيفة برنامج ...": "guest of" + a programme after a name
 * says where he spoke; it is no part of the name (Tunisian radio news writes it after every speaker).
 * "ضيف الله" is a name ("الطاهر ضيف الله"), so "الله" after the noun keeps it in the name.
 */
import type { Token } from './tokenize.js';

/** The noun "guest" (folded), masculine and feminine, alone (no clitic: "وضيف" joins a list). */
const GUEST_NOUNS = new Set(['ضيف', 'ضيفه']);

/** Whether token i is "ضيف"/"ضيفة" opening an apposition (a word follows, not "الله"). */
export function isGuestAppositionAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.isWord === true && GUEST_NOUNS.has(tokens[i].folded) && next !== undefined && next.folded !== 'الله';
}
