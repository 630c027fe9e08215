/**
 * "وأكد طاهر الحجارأنه سيزور", "مارين لوبانمن دخول": a typo glues a particle to the last word of a
 * name without a space.
 * Where the rest of the word is a name word the article uses on its own (with or without "ال"), and
 * the glued whole is no word running text knows, the token is that name word followed by the
 * particle: it is split in two, so the name is found as written elsewhere and ends before "أنه".
 */
import { fold } from '../text/normalize.js';
import { isSeenInRunningText } from './tagger.js';
import { tokensSplitAt, type Token } from './tokenize.js';
import { triggersIn, triggerWord } from './word-triggers.js';

/** Particles that open the clause after a name, as written (a closed class), longest first. */
const GLUED_PARTICLES = ['أنها', 'أنه', 'أن', 'إن', 'في', 'من', 'على'];

/** Letters the rest of the word must keep: shorter stems are too often part of a common word. */
const MIN_NAME_LETTERS = 3;

/** The written length of the particle glued to a name word at the end of `token`, or 0. */
export function gluedParticleLength(token: Token, nameWords: ReadonlySet<string>): number {
  if (!token.isWord) return 0;
  for (const particle of GLUED_PARTICLES) {
    if (!token.text.endsWith(particle) || token.text.length - particle.length < MIN_NAME_LETTERS) continue;
    const rest = fold(token.text.slice(0, -particle.length));
    const bare = rest.startsWith('ال') ? rest.slice(2) : rest;
    // (The cluster look-up comes last: most words end in no particle or keep no name word.)
    // ("ليؤمن" is "ل" + a verb, no "ليو" + "من": before "من", which ends many words, four letters at least.)
    const least = particle === 'من' ? MIN_NAME_LETTERS + 1 : MIN_NAME_LETTERS;
    if (bare.length >= least && (nameWords.has(bare) || nameWords.has(`ال${bare}`)) && !isSeenInRunningText(token.folded)) return particle.length;
  }
  return 0;
}

/**
 * A word that ends in a particle's folded form, as every word that ends in the written particle
 * does (folding goes letter by letter): the trigger of gluedParticleLength. (One expression, not
 * `some` over the particles: asked of every new word, it took 1,700 instructions a word that way.)
 */
const FOLDED_PARTICLE_AT_END = new RegExp(`(?:${GLUED_PARTICLES.map(fold).join('|')})$`);
const PARTICLE_ENDING = triggerWord((word) => FOLDED_PARTICLE_AT_END.test(word.folded));

/** The block's tokens with every glued particle set apart, or null when there is none. */
export function tokensWithGluedParticlesSplit(tokens: readonly Token[], nameWords: ReadonlySet<string>): Token[] | null {
  const triggers = triggersIn(tokens);
  return tokensSplitAt(tokens, (token, i) => {
    const length = (triggers[i] & PARTICLE_ENDING) === 0 ? 0 : gluedParticleLength(token, nameWords);
    return length === 0 ? 0 : token.text.length - length;
  });
}
