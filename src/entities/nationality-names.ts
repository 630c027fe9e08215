/**
 * "بتغلبه على البلجيكي فلان فلان", "والسنغالي فلان فلان": news, sports news above all, names a foreign
 * person by a nationality adjective used as a noun ("the Belgian"), then the name. Where the
 * adjective qualifies no noun before it (it follows a particle, a verb of saying, punctuation or
 * opens the block, a list's "و" allowed), two or three name-like words after it are a person's name.
 */
import { gazetteer } from './gazetteer.js';
import { foldedRoleStops, isParticle } from './lexicon.js';
import { hasNotNameEnding } from './name-parts.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { isRarelyANameInNews } from './tagger.js';
import { isPersonVerb } from './spans.js';
import type { Token } from './tokenize.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { hasTrait, NOT_A_NAME } from './word-traits.js';

const MAX_NAME_WORDS = 3;

/** A definite nationality adjective in the singular, a list's "و" allowed ("البلجيكي", "والسنغالية"). */
function isNationalityNoun(token: { readonly folded: string }): boolean {
  // Runs at every word: the cheap test of the last letter first.
  const last = token.folded.charCodeAt(token.folded.length - 1);
  if (last !== 0x64a && last !== 0x647) return false;
  const word = token.folded.startsWith('وال') ? token.folded.slice(1) : token.folded;
  // Singular only: a plural ("الأمريكيون") is the subject of the words after it, not a person's title.
  return word.startsWith('ال') && /يه?$/.test(word) && gazetteer().nationalities.has(word);
}

export const NATIONALITY_NOUN = triggerWord(isNationalityNoun);

/** Nothing before the adjective that it could qualify. */
function standsAlone(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || /^[،,.:؛"«“(]$/.test(before.text) || (before.isWord && (isParticle(before) || foldedRoleStops.has(before.folded))) || tokens[i].folded.startsWith('و')) return true;
  if (!before.isWord) return false;
  // ("هدف سجله الفرنسي فلان": the verb may carry its object pronoun.)
  return isPersonVerb(before.folded);
}

function isNameWord(token: Token, looksLikeName: (token: Token) => boolean): boolean {
  const word = token.folded;
  if (!token.isWord || word.length < 2 || /^(?:[وف]|ال|لل)/.test(word) || /[0-9٠-٩a-z]/.test(word) || /[\u064b-\u064d]/.test(token.text) || hasNotNameEnding(token)) return false;
  return looksLikeName(token) && !isOrdinaryWord(word) && !isRarelyANameInNews(word) && !hasTrait(word, NOT_A_NAME) && !isParticle(token);
}

/** Names after a nationality adjective used as a noun (see the module comment). */
export function nationalityNameSpans(tokens: readonly Token[], looksLikeName: (token: Token) => boolean): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, NATIONALITY_NOUN, 0); i >= 0 && i + 2 < tokens.length; i = nextTriggered(triggers, NATIONALITY_NOUN, i + 1)) {
    if (!tokens[i].isWord || !standsAlone(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && end - i - 1 < MAX_NAME_WORDS && isNameWord(tokens[end], looksLikeName)) end++;
    if (end - i - 1 >= 2) {
      spans.push({ start: i + 1, end });
      i = end - 1;
    }
  }
  return spans;
}
