/**
 * 'فلان : "موش كيف اليتيم..."', 'حملة "مانيش مسامح"': Tunisian dialect particles (negations,
 * question words, adverbs) open quoted speech and slogans, and the tagger, knowing them from no
 * text, may take them for a name. No name opens with one. A closed class, folded. So are words of
 * Egyptian and Levantine speech, anywhere in a name.
 */
import { foldedSet } from './lexicon.js';

const DIALECT_PARTICLES = foldedSet([
  'موش', 'مش', 'ماهوش', 'ماهيش', 'ماهمش', 'مانيش', 'ماناش', 'ماكش', 'ماكمش',
  'برشا', 'برشة', 'توة', 'توا', 'ياخي', 'علاش', 'كيفاش', 'وقتاش', 'شنوة', 'شنية', 'شكون', 'فمة', 'فماش', 'زادة',
]);

/**
 * 'قالت: "ربنا كان كريم معانا"': Egyptian and Levantine words of quoted speech (pronouns after "مع",
 * "our Lord", negations, adverbs) that no name holds anywhere. A closed class, folded.
 */
const SPOKEN_WORDS = foldedSet(['معانا', 'معاهم', 'معاكم', 'ربنا', 'محدش', 'مفيش', 'ازاي', 'دلوقتي', 'كده', 'عشان', 'احنا', 'بتاعنا', 'بتاعهم']);

/** Whether a folded word is a word of dialect speech that no name holds ("معانا": with us). */
export function isSpokenDialectWord(folded: string): boolean {
  return SPOKEN_WORDS.has(folded);
}

/** Whether a folded word is a Tunisian dialect particle ("موش": not). */
export function isDialectParticle(folded: string): boolean {
  return DIALECT_PARTICLES.has(folded);
}
