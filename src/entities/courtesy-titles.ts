/**
 * Courtesy titles of Gulf and Levantine protocol news ("معالي", "سعادة", "صاحب السمو"): written before
 * a name or the office that leads to it, with the "و" of a list or a preposition on them ("ومعالي",
 * "لمعالي", "ولصاحب السمو"), and in the plural of a guest list ("أصحاب السمو والمعالي") on their own.
 */
import { fold } from '../text/normalize.js';
import { isVerbWithPronoun } from './honorific-titles.js';
import type { Token } from './tokenize.js';

/** Courtesy titles, folded. */
export const COURTESY_TITLES = new Set(['صاحب', 'صاحبة', 'السمو', 'سمو', 'جلالة', 'معالي', 'فخامة', 'سماحة', 'سيادة', 'فضيلة', 'سعادة', 'حضرة', 'دولة'].map(fold));

/**
 * "معالي": the style of ministers and of officials of the excellent grade (deputy ministers,
 * university presidents, heads of public bodies), in office or once in office; no private person
 * is styled so. Folded.
 */
export const EXCELLENCY = fold('معالي');

/**
 * How many letters of clitics stand on a courtesy title: 1 for "ومعالي", "لمعالي", "بسمو", 2 for
 * "ولصاحب"; 0 for no courtesy title with clitics. ("دولة" only alone: "ودولة", "لدولة" are a state.)
 */
export function courtesyCliticLength(token: Token | undefined): number {
  if (!token?.isWord || isVerbWithPronoun(token)) return 0;
  const clitics = /^(?:و[لب]?|[لب])/.exec(token.folded)?.[0] ?? '';
  for (let length = clitics.length; length > 0; length--) {
    const title = token.folded.slice(length);
    if (COURTESY_TITLES.has(title) && title !== fold('دولة')) return length;
  }
  return 0;
}

/** The nouns of courtesy titles, bare or definite ("المعالي", "والسمو", "الفضيلة"), folded. */
const TITLE_NOUNS = new Set([...COURTESY_TITLES].filter((title) => title !== fold('صاحب') && title !== fold('صاحبة') && title !== fold('دولة')).map((title) => title.replace(/^ال/, '')));

/**
 * "أصحاب السمو والمعالي والفضيلة": a courtesy title's noun is nobody's name, alone or in a guest list.
 * `word` folded.
 */
export function isCourtesyTitleNoun(word: string): boolean {
  const bare = word.replace(/^و/, '').replace(/^ال/, '');
  return TITLE_NOUNS.has(bare);
}
