/**
 * 'منظمة "هيومن رايتس ووتش"', 'مديرة مكتب هيومن رايتس ووتش': a "name" that the article quotes whole
 * with one word before it, and writes after that same word everywhere, is the tail of the quoted
 * name of a thing (an organization, a work), no person. (A title before a name, "الرئيس", is no part
 * of a thing's name: an office word or an honorific there leaves the name a person's.)
 */
import type { Draft } from './extract-types.js';
import { isHonorificWord } from './honorific-titles.js';
import { isOfficeWord } from './office-words.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';
import type { Token } from './tokenize.js';

/** Whether every mention of the draft follows one same word, quoted with it whole at some mention. */
export function isQuotedNameTail(draft: Draft): boolean {
  const first = draft.mentions[0];
  const word = first.block.tokens[first.span.start - 1];
  if (word?.isWord !== true || first.span.skip > 0 || isOfficeWord(word) || isHonorificWord(word)) return false;
  const sameWordBefore = draft.mentions.every(({ block, span }) => span.skip === 0 && block.tokens[span.start - 1]?.folded === word.folded);
  // ('ج"ان فلان"': a quote mark glued to a letter before it opens nothing, it splits a word.)
  const opensQuote = (tokens: readonly Token[], i: number): boolean => OPENING_QUOTES.has(tokens[i]?.text ?? '') && (i === 0 || tokens[i - 1].end < tokens[i].start);
  const quotedWhole = draft.mentions.some(({ block, span }) => opensQuote(block.tokens, span.start - 2) && CLOSING_QUOTES.has(block.tokens[span.end]?.text ?? ''));
  return sameWordBefore && quotedWhole;
}
