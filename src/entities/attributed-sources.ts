/**
 * 'وحسب "فرانس أويست"', 'بحسب «رويترز»', 'وفق "الأناضول"': what the news quotes right after a
 * preposition of attribution is the source it cites, a medium, an agency or a phrase, not a person:
 * a person cited is named bare ("حسب فلان") or after a verb of saying. Nor is the preposition
 * ever a name's last word ("مستشار بن علي حسب ما أكده").
 */
import { readingInList } from './clitics.js';
import { opensQuoteBefore } from './quoted-titles.js';
import { OPENING_QUOTES } from './quote-marks.js';
import type { Token } from './tokenize.js';

/** Prepositions of attribution ("according to"), folded: a closed class. */
const ATTRIBUTION_PREPOSITIONS = new Set(['حسب', 'وفق']);

const readsAsAttribution = readingInList(ATTRIBUTION_PREPOSITIONS);

/** Whether the span at `start` opens a quote that follows "حسب", "بحسب", "وحسب" or "وفق". */
export function isQuotedAfterAttribution(tokens: readonly Token[], start: number): boolean {
  const quote = tokens[start - 1];
  const preposition = tokens[start - 2];
  return quote !== undefined && OPENING_QUOTES.has(quote.text) && preposition?.isWord === true && readsAsAttribution(preposition) && opensQuoteBefore(tokens, start);
}

/** Whether a word reads as a preposition of attribution ("حسب", "بحسب", "وفق"), with its clitics. */
export function isAttributionPreposition(token: Token): boolean {
  return token.isWord && readsAsAttribution(token);
}
