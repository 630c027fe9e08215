/**
 * "سارة إدريس تنسحب" ... "أعلنت سارة إدريس، النائبة" tagged "إدريس" alone each time: a given name
 * that is also a noun ("زهرة": a flower) is one the tagger leaves out. Where the article writes the
 * same word right before the same one-word name, a name the lists know, twice or more, and that word
 * is nothing that may stand before a name (no common word the news writes often, article, particle,
 * verb, title, office, nationality, place or body, lineage link or name part, no clitic on a common
 * word, no number), it is the name's given name each time: a noun would not come back before the
 * name as it stands. ("صورة سيلفي" twice: "سيلفي" is on no name list.)
 */
import type { Located } from './extract-types.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedLeadingNameParts, isParticle } from './lexicon.js';
import { isListedNameWord } from './given-names.js';
import { LINEAGE_CHAIN_LINKS } from './name-parts.js';
import { isPlaceOrBodyHeadWord } from './named-thing-heads.js';
import { isCommonWord, isPlaceWord } from './ordinary-words.js';
import { isImperfectVerb } from './imperfect-verbs.js';
import { isCliticNoun, isTitleWord } from './spans.js';
import type { Token } from './tokenize.js';
import { hasTrait, NATIONALITY, ORGANIZATION_HEAD, PERSON_TITLE, PLACE } from './word-traits.js';

/** The least times the article writes the word before the name for it to be the given name. */
const MIN_REPEATS = 2;

/** One-word person spans that the same fitting word stands before twice or more take it as their first word. */
export function extendOverRepeatedGivenNames(people: Located[]): void {
  const counts = new Map<string, number>();
  const lone = people.filter(({ span }) => span.end - span.start === 1 && span.skip === 0);
  for (const { block, span } of lone) {
    const before = block.tokens[span.start - 1];
    if (before?.isWord) counts.set(pairKey(before, block.tokens[span.start]), (counts.get(pairKey(before, block.tokens[span.start])) ?? 0) + 1);
  }
  for (const located of lone) {
    const { block, span } = located;
    const before = block.tokens[span.start - 1];
    const name = block.tokens[span.start];
    if (!before?.isWord || !isListedNameWord(name.folded) || (counts.get(pairKey(before, name)) ?? 0) < MIN_REPEATS || !mayBeGivenName(before)) continue;
    located.span = { ...span, start: span.start - 1 };
  }
}

function pairKey(before: Token, name: Token): string {
  return `${before.folded} ${name.folded}`;
}

function mayBeGivenName(token: Token): boolean {
  const word = token.folded;
  const gaz = gazetteer();
  // ("أعمال", "شيخ", "تقني": a common word the news writes often may stand there twice as itself.)
  if (word.length < 3 || word.startsWith('ال') || isCommonWord(word) || LINEAGE_CHAIN_LINKS.has(word) || foldedLeadingNameParts.has(word) || /[0-9٠-٩]/.test(word) || isParticle(token) || isTitleWord(token) || hasTrait(word, NATIONALITY | PERSON_TITLE | PLACE | ORGANIZATION_HEAD)) return false;
  if (gaz.places.has(word) || isPlaceWord(word) || isPlaceOrBodyHeadWord(word) || isImperfectVerb(token) || isCliticNoun(word)) return false;
  // ("وقال", "أكد": a verb of saying, a conjunction allowed.)
  return !procliticReadings(token).some(({ stem }) => gaz.personVerbs.has(stem));
}
