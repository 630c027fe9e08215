/**
 * "السفير الألماني غير مولر", "الأمين العام للأمم المتحدة بان كي مون": a few foreign given names are
 * written as an Arabic particle ("غير": other than; "بان": "بأن", that). Right after a title, before
 * a foreign name word (no article, no ordinary word), such a word is the given name: the particle
 * would take an adjective or a clause there ("النائب غير المنتمي", "صرح الوزير بأن الحكومة").
 */
import { fold } from '../text/normalize.js';
import { isOfficeOrPersonTitle } from './office-words.js';
import { honorificBefore } from './honorific-titles.js';
import { roleBefore } from './role-before.js';
import { isParticle } from './lexicon.js';
import { isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isRareWord } from './tagger.js';
import type { Token } from './tokenize.js';

/** Given names written as particles, as written (a hamza or a vowel sign makes them the particle). */
const PARTICLE_GIVEN_NAMES = new Set(['غير', 'بان']);

/**
 * Chinese family names written as a particle, as written ("ما شين مين": "ما", what): they open a
 * name only before the two syllables of the given name, rare words in running text.
 */
const PARTICLE_SURNAMES = new Set(['ما']);

/** "بان كي مون": a particle that is a middle name after such a given name (folded). */
const PARTICLE_MIDDLE_NAMES = new Set([fold('كي')]);

/** Words of a foreign name after the given name. */
const MAX_NAME_WORDS_AFTER = 3;

/**
 * The end of the name a particle-form given name opens at `start` after a title, or `start` when
 * there is none.
 */
export function particleGivenNameEnd(tokens: readonly Token[], start: number): number {
  const surname = PARTICLE_SURNAMES.has(tokens[start]?.text ?? '');
  if ((!PARTICLE_GIVEN_NAMES.has(tokens[start]?.text ?? '') && !surname) || !isTitledAt(tokens, start)) return start;
  let end = start + 1;
  while (end < tokens.length && end - start <= MAX_NAME_WORDS_AFTER && isForeignNameWord(tokens, end, start)) end++;
  // The last word of the name is no particle ("بان كي" alone is "that in order to").
  while (end > start + 1 && isParticle(tokens[end - 1])) end--;
  if (surname) return end === start + 3 && tokens.slice(start + 1, end).every((token) => isRareWord(token.folded)) ? end : start;
  return end > start + 1 ? end : start;
}

/** Whether the token at i is a particle-form given name or its particle middle name, inside a name after a title. */
export function isParticleNameWordAt(tokens: readonly Token[], i: number, nameStart: number): boolean {
  if (i === nameStart) return particleGivenNameEnd(tokens, i) > i;
  return i === nameStart + 1 && PARTICLE_MIDDLE_NAMES.has(tokens[i].folded) && particleGivenNameEnd(tokens, nameStart) > i + 1;
}

function isForeignNameWord(tokens: readonly Token[], i: number, nameStart: number): boolean {
  const token = tokens[i];
  // (A detached preposition, "بـ", ends the name.)
  if (!token.isWord || token.folded.length < 2 || token.text.includes('ـ') || token.folded.startsWith('ال') || /^[وف]/.test(token.folded)) return false;
  if (i === nameStart + 1 && tokens[nameStart].text === 'بان' && PARTICLE_MIDDLE_NAMES.has(token.folded)) return true;
  return !isParticle(token) && !isOrdinaryWord(token) && !isPlaceWord(token.folded);
}

/** Whether a title (an office phrase, an honorific, a person's title) ends right before `start`, or before a comma there. */
function isTitledAt(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  // ("الأمين العام للأمم المتحدة، بان كي مون": an office phrase set off by a comma.)
  if (before !== undefined && (before.text === '،' || before.text === ',')) return roleBefore(tokens, start - 1) !== null;
  if (before === undefined || !before.isWord) return false;
  return isOfficeOrPersonTitle(before) || honorificBefore(tokens, start) !== null || roleBefore(tokens, start) !== null;
}
