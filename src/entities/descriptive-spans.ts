/**
 * Spans the tagger takes for a person that the sentence shows are descriptions or verbs: a given name
 * that is also a feminine adjective after a noun it agrees with ("بممرات آمنة", "بأرضيات مطاطية
 * آمنة"), an adjective and the noun of character it governs ("رجل كريم النفس"), and an imperfect verb
 * after a particle that only verbs follow ("وأن نرد الجميل"). Closed classes of words.
 */
import type { Token } from './tokenize.js';
import { isListedNameWord } from './given-names.js';
import { personShareBucket } from './tagger.js';

/**
 * "بممرات | آمنة", "مطاطية | آمنة": a word in "ة" right after an indefinite sound feminine plural of
 * things, a feminine nisba or a broken plural of things, which it agrees with (a clitic "ب", "و" or
 * "ل" on that word allowed).
 */
export function isAdjectiveAfterFeminineNounAt(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start];
  const before = tokens[start - 1];
  if (end - start !== 1 || !word.isWord || !/ة$/.test(word.text) || before?.isWord !== true || before.folded.startsWith('ال')) return false;
  // ("في حدود | آمنة": or a broken plural of things of the pattern "فعول", "حدود", "ظروف", "قيود",
  // that takes the feminine singular too; not a name of that pattern, "سعود".)
  return /^[وبل]?[^ا].{2,}(?:ات|يه)$/.test(before.folded) || (/^[وبل]?[^اوي]{2}و[^اوي]$/.test(before.folded) && !isListedNameWord(before.folded) && personShareBucket(before.folded) <= 0);
}

/** Nouns of character an adjective governs in "كريم النفس", "طيب القلب", folded: no name ends so. */
const CHARACTER_NOUNS = new Set(['النفس', 'اليد', 'الخلق', 'الاخلاق', 'القلب', 'السيره', 'السريره', 'الطبع']);

/** Whether a two-word name (folded) is an adjective and a noun of character ("كريم النفس"). */
export function isCharacterEpithet(nameWords: readonly string[]): boolean {
  return nameWords.length === 2 && CHARACTER_NOUNS.has(nameWords[1]);
}

/** Particles that only a verb in the imperfect follows ("لن", "لم", "كي", "لكي"), folded. */
const VERB_PARTICLES = new Set(['لن', 'لم', 'كي', 'لكي', 'ولن', 'ولم']);
/** "أن" (that, to), folded: before a name or a verb in the subjunctive. */
const AN = new Set(['ان', 'وان']);

/**
 * "وأن | نرد الجميل", "لن | يتراجع": a word with a prefix of the imperfect ("ن", "ي", "ت") after a
 * particle that only a verb follows, or after "أن" when no list knows it as a name and the news
 * seldom or never takes it for one.
 */
export function isVerbAfterParticleAt(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start];
  const particle = tokens[start - 1]?.folded ?? '';
  if (!word.isWord || !/^[نيت]../.test(word.folded)) return false;
  if (VERB_PARTICLES.has(particle)) return true;
  return AN.has(particle) && !isListedNameWord(word.folded) && personShareBucket(word.folded) <= 0;
}
