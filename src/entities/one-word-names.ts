/**
 * Which one-word "names" hold up when the article gives no full name, title or office for them.
 * News often names the well known by one word ("وقال بلير", "وأكد عنان"); a tagging guess on an odd
 * word ("ميسترال", "براغماتيا") has nothing around it that only a person does. A verb of saying or
 * meeting right before a mention is such a sign: people (and the bodies and places the lexicon knows,
 * ruled out here) say, stress, deny or meet, and news puts the verb first.
 */
import { gazetteer } from './gazetteer.js';
import { procliticReadings } from './clitics.js';
import { isGivenName } from './given-names.js';
import type { Token } from './tokenize.js';
import { isParticle } from './lexicon.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { isMeetingVerb } from './meeting-verbs.js';
import { OPENING_QUOTES } from './quote-marks.js';


/** A verb of saying or meeting that news uses of people (the lexicon's PERSON_VERBS), a clitic allowed. */
function isPersonVerb(token: Token | undefined): boolean {
  const verbs = gazetteer().personVerbs;
  return token !== undefined && procliticReadings(token).some(({ stem }) => verbs.has(stem));
}

/**
 * "وقال محمد المكني": a word after the mention that could go on the name means the tagger cut the
 * name short; the word alone is not the name, so it is no evidence for one. After a given name
 * ("أيمن الشريف") even an ordinary word may be the family name: only punctuation or a particle ends it.
 */
function endsAName(next: Token | undefined, given: boolean): boolean {
  return next === undefined || !next.isWord || isParticle(next) || (!given && isOrdinaryWord(next));
}

export interface OneWordMention {
  tokens: readonly Token[];
  start: number;
  end: number;
}

/** Whether a one-word person the article names nowhere in full is kept (see the module comment). */
export function holdsUpAsOneWordName(name: string, mentions: readonly OneWordMention[]): boolean {
  const gaz = gazetteer();
  if (gaz.places.has(name) || gaz.organizations.has(name)) return false;
  return mentions.some(({ tokens, start, end }) => {
    // ('وسيستقبل "فلان"': after a verb of meeting, its future too, a quote may stand between; after
    // one of saying a word in quotes is an agency or a paper: 'وذكرت "شينخوا"'.)
    const quoted = tokens[start - 1]?.isWord === false && OPENING_QUOTES.has(tokens[start - 1].text);
    const verbOk = quoted ? isMeetingVerb(tokens[start - 2]) : isPersonVerb(tokens[start - 1]) || isMeetingVerb(tokens[start - 1]);
    return verbOk && endsAName(tokens[end], isGivenName(name));
  });
}

/**
 * "وتعزيز أمنه" (its security), which folds like the given name "آمنة": a one-word mention written
 * with a final "ه" where its paragraph writes the feminine ending "ة" elsewhere is a noun with the
 * pronoun "his/its" when the word without it is a common word. True when every mention reads so.
 */
export function isNounWithPronounAsWritten(mentions: ReadonlyArray<OneWordMention & { text: string }>): boolean {
  return mentions.length > 0 && mentions.every(({ tokens, start, end, text }) => {
    const written = tokens[start].text;
    return end === start + 1 && /ه$/.test(written) && text.includes('ة') && isCommonWord(tokens[start].folded.slice(0, -1));
  });
}
