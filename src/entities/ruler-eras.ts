/**
 * "في عهد بن علي", "نظام بورقيبة", "وحكم بورقيبة تونس": the era, regime or rule named after a
 * person names him by his surname alone. The tagger often passes over such a bare surname; a listed
 * official's surname (known-officials.ts isKnownOfficialSurname) right after the noun is his name.
 * (He is a person there, kept-persons.ts, no official: history or a reference; historical-frames.ts. "ولي عهد" is
 * the crown prince's title: the noun there is no era.)
 */
import { readingInList } from './clitics.js';
import { isKnownOfficialSurname } from './known-officials.js';
import type { Token } from './tokenize.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';

const readsAsEra = readingInList(new Set(['عهد', 'نظام', 'حكم']));
const ERA = triggerWord((word) => readsAsEra(word));

/** Whether the noun at `i` names an era, regime or rule (through its clitics), no "ولي عهد". */
function isEraNounAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.isWord === true && readsAsEra(token) && tokens[i - 1]?.folded !== 'ولي';
}

/** The listed surname's span right after the era noun at `i` ("بن علي" or one word), or null. */
function surnameAfter(tokens: readonly Token[], i: number): { start: number; end: number } | null {
  const first = tokens[i + 1];
  if (!first?.isWord) return null;
  const end = first.folded === 'بن' ? i + 3 : i + 2;
  const words = tokens.slice(i + 1, end);
  if (words.length !== end - i - 1 || !words.every((token) => token.isWord)) return null;
  // ("عهد بن علي بن ...": a lineage chain going on is a longer name, not the surname alone.)
  if (tokens[end]?.folded === 'بن') return null;
  return isKnownOfficialSurname(words.map((token) => token.folded)) ? { start: i + 1, end } : null;
}

/** Spans of a listed official's bare surname after a noun of era, regime or rule. */
export function rulerSurnameSpans(tokens: readonly Token[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, ERA, 0); i >= 0 && i + 1 < tokens.length; i = nextTriggered(triggers, ERA, i + 1)) {
    if (!isEraNounAt(tokens, i)) continue;
    const span = surnameAfter(tokens, i);
    if (span) spans.push(span);
  }
  return spans;
}

/** Whether the name at `start`..`end` is a listed official's surname right after a noun of era, regime or rule. */
export function isRulerEraMention(tokens: readonly Token[], start: number, end: number): boolean {
  const span = isEraNounAt(tokens, start - 1) ? surnameAfter(tokens, start - 1) : null;
  return span !== null && span.end === end;
}
