/**
 * "سفير صاحب الجلالة بنواكشوط", "مستشار صاحب السمو الملكي": Moroccan and Gulf copy name an office by
 * the sovereign it serves. "صاحب الجلالة" right after an office noun in the construct state is that
 * office's genitive, not the honorific of a name after it, when no name or title follows it: a
 * preposition (the office's seat, "لدى"), or punctuation. So is "الملك" after "وكيل" (Morocco's
 * King's prosecutor), before a name too.
 */
import { isDefinite, isOfficeWord } from './office-words.js';
import type { Token } from './tokenize.js';

/** "الجلالة", "السمو" after "صاحب", folded. */
const SOVEREIGN_DIGNITIES = new Set(['الجلاله', 'السمو']);

/** Folded words after which the office goes on: its seat or whom it is accredited to. */
const SEAT_PREPOSITIONS = new Set(['في', 'لدي', 'الي', 'عن']);

/** "وكيل" (prosecutor), folded: "وكيل الملك" is the King's prosecutor at a Moroccan court, whatever name follows. */
const PROSECUTOR = 'وكيل';

/** Whether the word at `i` is "الملك" after "وكيل": the King whose prosecutor the office is, no honorific of the name after it. */
export function isProsecutorsKingAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.folded === 'الملك' && tokens[i - 1]?.folded === PROSECUTOR;
}

/** The length of the sovereign's genitive ("صاحب الجلالة", + "الملكي") at `i`, after an office in construct; 0 if none. */
export function sovereignGenitiveLength(tokens: readonly Token[], i: number): number {
  const office = tokens[i - 1];
  // ("نائب وكيل الملك جمال السلامي": the prosecutor's office names the King, no honorific of the name.)
  if (isProsecutorsKingAt(tokens, i)) return 1;
  if (tokens[i]?.folded !== 'صاحب' || !SOVEREIGN_DIGNITIES.has(tokens[i + 1]?.folded ?? '')) return 0;
  if (office?.isWord !== true || isDefinite(office) || !isOfficeWord(office)) return 0;
  const length = tokens[i + 2]?.folded === 'الملكي' ? 3 : 2;
  const next = tokens[i + length];
  const goesOn = next === undefined || !next.isWord || SEAT_PREPOSITIONS.has(next.folded) || /^[بل][^ا]/.test(next.folded);
  return goesOn ? length : 0;
}
