/**
 * "تلقى اتصالا من كايا كالاس (Kaja Kallas) الممثلة العليا للاتحاد الأوروبي": a foreign name, its
 * Latin spelling in brackets after it, then the office the person holds. The gloss's capitalized
 * words, counted, bound the Arabic name before it (latin-glosses.ts); the office right after the
 * bracket says it is a person's, not a place's or a body's.
 */
import { isParticle } from './lexicon.js';
import { latinGlossEnd, latinGlossWordCount } from './latin-glosses.js';
import { isHonorificWord } from './honorific-titles.js';
import { isOfficeWord } from './office-words.js';
import { isOfficeStart } from './office-start.js';
import type { Token } from './tokenize.js';
import { nextTriggered, OPENING_BRACKET, triggersIn } from './word-triggers.js';
import type { NameSpan } from './titled-names.js';

/** The names of a block glossed in Latin right before the office their holder holds. */
export function glossedNameBeforeOfficeSpans(tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let open = nextTriggered(triggers, OPENING_BRACKET, 1); open >= 0; open = nextTriggered(triggers, OPENING_BRACKET, open + 1)) {
    const words = latinGlossWordCount(tokens, open);
    const start = open - words;
    if (words < 2 || start < 0 || !isCapitalizedGloss(tokens, open, words)) continue;
    const after = latinGlossEnd(tokens, open);
    const office = tokens[after]?.text === '،' || tokens[after]?.text === ',' ? after + 1 : after;
    if (tokens[office]?.isWord !== true || !isOfficeStart(tokens, office)) continue;
    if (tokens.slice(start, open).every((token) => isForeignNameWord(token))) spans.push({ start, end: open, bracketed: true });
  }
  return spans;
}

function isCapitalizedGloss(tokens: readonly Token[], open: number, words: number): boolean {
  for (let k = open + 1; k <= open + words; k++) if (!/^[A-Z][a-z]/.test(tokens[k].text)) return false;
  return true;
}

/** A word of a transliterated name: no article or conjunction, no particle, office or title. */
function isForeignNameWord(token: Token): boolean {
  return token.isWord && token.folded.length >= 2 && !/^(?:ال|و)/.test(token.folded) && !isParticle(token) && !isOfficeWord(token) && !isHonorificWord(token);
}
