/**
 * "أن النائبين فلان بن علان وسالم بالحاج تراجعا": the dual of an office names two holders. After the
 * first name right behind it, "و" glued to a listed given name opens the second, even where its
 * family name reads as a common word behind a preposition ("بالأخوة") and the tagger left it out.
 */
import { isBareAideTitle } from './aide-titles.js';
import { writtenOffset } from './clitics.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { dualOfficePhraseBefore } from './roles.js';
import { isTitleWord, type Span } from './spans.js';
import { isVerbLike } from './office-words.js';
import type { Located } from './extract-types.js';

/** The second holders of dual offices (see the module comment) that no person span covers yet. */
export function secondHoldersOfDualOffices(people: readonly Located[]): Located[] {
  const found: Located[] = [];
  for (const { block, span } of people) {
    // (The second name first, a test of two words; the office before the first only then.)
    const second = span.kind === 'person' ? secondHolderAt(block.tokens, span.end) : null;
    if (second === null) continue;
    // ("والمساعدين فلان وعلان": two assistants, no office; aide-titles.ts.)
    const office = dualOfficePhraseBefore(block.tokens, span.start);
    if (office === null || isBareAideTitle(office)) continue;
    if (!people.some((other) => other.block === block && other.span.start < second.end && second.start < other.span.end)) found.push({ block, span: second });
  }
  return found;
}

/** The name of two words (three with "بن") at `start`, "و" + a listed given name first, or null. */
function secondHolderAt(tokens: Located['block']['tokens'], start: number): Span | null {
  const [given, family] = [tokens[start], tokens[start + 1]];
  if (given?.isWord !== true || family?.isWord !== true || !given.folded.startsWith('و') || !isListedGivenName(given.folded.slice(1))) return null;
  if (isParticle(family) || isTitleWord(family) || isVerbLike(family) || family.folded.startsWith('و')) return null;
  const end = family.folded === 'بن' && tokens[start + 2]?.isWord === true ? start + 3 : start + 2;
  // (A listed name word after it may go on with the name: the tagger's reading is left alone there.)
  if (tokens[end]?.isWord === true && isListedNameWord(tokens[end].folded)) return null;
  return { kind: 'person', start, end, skip: writtenOffset(given.text, 1) };
}
