/**
 * "أعلن أخصائي التغذية بالنادي لوسيان فلان عن ... وأكد فلان": a person the article names by one word
 * (his family name, found alone) may be written once with a transliterated given name right before
 * it that the news never wrote and the tagger missed. That word is his given name: the mention runs
 * back over it, and his name is the fuller one (person-entity.ts takes the longest mention).
 */
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { isCommonWord, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { isTitleWord } from './spans.js';
import { isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import { hasTrait, NATIONALITY, PERSON_TITLE } from './word-traits.js';
import { isImperfectVerb } from './imperfect-verbs.js';
import type { Token } from './tokenize.js';
import type { Draft, NameTokens } from './extract-types.js';
import { NEGATIONS } from './span-extension.js';

/**
 * Endings of Arabic inflection (pronouns, plurals, verb persons) that a transliterated given name
 * seldom has and an unseen Arabic word often does ("كتابتهم", "مقالات", "أشادت").
 */
const INFLECTED_ENDING = /(?:ه|ها|هم|هما|هن|ين|ون|ات|وا|ت|تي|نا|كم)$/;

/**
 * Extends each one-word mention of a person named by one word only over such a given name before it
 * (no punctuation between). `names`: the tokens already some person's, which it never takes.
 */
export function extendOverUnseenGivenNames(drafts: readonly Draft[], names: NameTokens): void {
  for (const draft of drafts) {
    if (draft.words.length !== 1) continue;
    for (const mention of draft.mentions) {
      const { block, span } = mention;
      const at = span.start - 1;
      if (span.end - span.start !== 1 || span.skip !== 0 || names.get(block)?.has(at) === true || !isUnseenGivenNameAt(block.tokens, at)) continue;
      mention.span = { ...span, start: at };
    }
  }
}

/**
 * Whether tokens[i] reads as a transliterated given name the news never wrote: unseen in the running
 * text and never counted as a person there, no reading behind a clitic that the news or a name list
 * knows ("وسيزور" is "و" + a verb), no article or conjunction, Arabic inflection or imperfect prefix
 * ("يلتقطان"), digit or Latin letter, and no ordinary word, place, title, nationality or particle.
 * Not after a negation (a dialect verb follows one: "ما ننساش"), nor after another such word.
 */
export function isUnseenGivenNameAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  if (!word?.isWord || i < 0) return false;
  const folded = word.folded;
  // ("وفلان": a conjunction opens the next person of a list; "للفلاني": a preposition and the article.)
  if (folded.length < 4 || /^(?:ال|[وف]|لل)/.test(folded) || /[0-9٠-٩a-z]/i.test(folded) || INFLECTED_ENDING.test(folded) || /^ي/.test(folded) || isImperfectVerb(word) || /^[تن].+(?:ان|ون|ين)$/.test(folded)) return false;
  if (isSeenInRunningText(folded) || personShareBucket(folded) >= 0) return false;
  if (procliticReadings(folded).some(({ removed, stem }) => removed > 0 && (isSeenInRunningText(stem) || isListedNameWord(stem) || isCommonWord(stem)))) return false;
  // ("شركة سيفن سامتس | تريكس": a run of such words is a foreign body's name, no person's given name.)
  const before = tokens[i - 1];
  // ("... مرة واحدة. تندر أوباما نفسه": a sentence opens with its verb; a past verb of the form
  // تفعّل has no long vowel after its ت, which a given name so written has: "توني", "تيري".)
  if (before === undefined || SENTENCE_ENDS.has(before.text) || /^ت[^اوي]{3}$/.test(folded)) return false;
  if (before.isWord && (NEGATIONS.has(before.folded.replace(/^[وف]/, '')) || isUnknownBareWord(before))) return false;
  return !isOrdinaryWord(folded) && !isCommonWord(folded) && !gazetteer().places.has(folded) && !isPlaceWord(folded) && !isTitleWord(word) && !isParticle(word) && !hasTrait(folded, NATIONALITY | PERSON_TITLE);
}

/** A word without the article, rare in the tagger's text and never counted in the news ("سيفن"): a part of a foreign name itself. */
function isUnknownBareWord(token: Token): boolean {
  return !token.folded.startsWith('ال') && isRareWord(token.folded) && personShareBucket(token.folded) < 0;
}

/** Marks that end a sentence: the word after one opens the next sentence, most often its verb. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '؛']);
