/**
 * The punctuation tokens that end a sentence or a clause, for the rules that look for something in the
 * same sentence. Arabic and Latin spellings alike: the news writes both ("؟" and "?", "؛" and ";").
 */

/** Marks that end a sentence: the full stop, the question mark and the exclamation mark. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '؟', '?']);

/**
 * Marks that end a clause: a sentence end or a semicolon, which joins two sentences in one ("دعت
 * النقابة إلى الإضراب؛ وقال أمينها العام ..."). A rule that looks back for what a word refers to in
 * its sentence stops at either.
 */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([...SENTENCE_ENDS, '؛', ';']);
