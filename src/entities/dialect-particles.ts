/**
 * 'فلان : "موش كيف اليتيم..."', 'حملة "مانيش مسامح"': Tunisian dialect particles (negations,
 * question words, adverbs) open quoted speech and slogans, and the tagger, knowing them from no
 * text, may take them for a name. No name opens with one. A closed class, folded.
 */
import { foldedSet } from './lexicon.js';

const DIALECT_PARTICLES = foldedSet([
  'موش', 'مش', 'ماهوش', 'ماهيش', 'ماهمش', 'مانيش', 'ماناش', 'ماكش', 'ماكمش',
  'برشا', 'برشة', 'توة', 'توا', 'ياخي', 'علاش', 'كيفاش', 'وقتاش', 'شنوة', 'شنية', 'شكون', 'فمة', 'فماش', 'زادة',
]);

/** Whether a folded word is a Tunisian dialect particle ("موش": not). */
export function isDialectParticle(folded: string): boolean {
  return DIALECT_PARTICLES.has(folded);
}
