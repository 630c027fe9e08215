/**
 * "وقال الباجي قائد السبسي إن", "والتونسي الباجي قائد السبسي": a name whose middle word is also an
 * office ("قائد", "أمين") between two words rare in news text (office-start.ts, isOfficeInName) is one
 * name. The tagger and the name patterns, which stop at an office word, cut it or lose it.
 */
import { isListedGivenName } from './given-names.js';
import { isOfficeInName } from './office-start.js';
import { isOfficeFamilyNameAtBoundary } from './office-family-names.js';
import { isOfficeWord, mayBeOfficeWord } from './office-words.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { foldedNameLikeTitles } from './lexicon.js';
import { isRareWord } from './tagger.js';
import type { Token } from './tokenize.js';

const OFFICE_WORD_OR_TITLE = triggerWord((word) => mayBeOfficeWord(word) || foldedNameLikeTitles.has(word.folded));

/** Spans of "name word + office word + name word" where the office word belongs to the name. */
export function officeWordNameSpans(tokens: readonly Token[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, OFFICE_WORD_OR_TITLE, 1); i >= 0 && i + 1 < tokens.length; i = nextTriggered(triggers, OFFICE_WORD_OR_TITLE, i + 1)) {
    // (Both tests below need an office word or a name-like title at i: most words are neither.)
    if (!tokens[i].isWord || !(isOfficeWord(tokens[i]) || foldedNameLikeTitles.has(tokens[i].folded))) continue;
    // (Not after a clitic preposition or "و" on the first word: "بالباجي" is read by other rules.)
    if (/^[وفبلك]/.test(tokens[i - 1].folded) && !/^ال/.test(tokens[i - 1].folded)) continue;
    // (The first word a known given name or one rare in news text: not "قام قائد فلان", "من قائد حذر".)
    const first = tokens[i - 1].folded;
    if (!isListedGivenName(first) && !isRareWord(first)) continue;
    // (Nor before a plural, the office's complement: "قائد المنقذين".)
    if (/(?:ين|ون|ات)$/.test(tokens[i + 1].folded)) continue;
    // ("وزيرة التضامن فلانة والي قالت": an office word that closes the name ends it; office-family-names.ts.)
    if (isOfficeFamilyNameAtBoundary(tokens, i)) spans.push({ start: i - 1, end: i + 1 });
    else if (isOfficeInName(tokens, i)) spans.push({ start: i - 1, end: i + 2 });
  }
  return spans;
}
