/**
 * "رئيس الترجي الرياضي الجرجيسي المولدي عبيشو", "للاتصال السمعي البصري النوري اللجمي", "الاتحاد
 * المنستيري ينتدب فلان": a body's name (a club, an authority) often ends in definite nisba adjectives
 * that agree with its noun ("الرياضي الجرجيسي"). A person's name never opens with such an adjective
 * after another word of that phrase, so a name that does starts after it. After a person's title or
 * office the nisba is his own ("الرئيس التونسي الباجي"), and a nationality may describe a person
 * anywhere: neither is read as a body's adjective.
 */
import { gazetteer } from './gazetteer.js';
import { isListedNameWord } from './given-names.js';
import { isImperfectVerb } from './imperfect-verbs.js';
import { isRarelyANameInNews, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';
import { hasTrait, NATIONALITY, OFFICE_WORD, ORGANIZATION_HEAD, PERSON_TITLE } from './word-traits.js';

/** "الجرجيسي", "للرياضي": a definite word in the form of a nisba ("ال" + three letters or more + "ي"). */
function isDefiniteNisba(token: Token): boolean {
  return token.isWord && /^(?:ال|لل).{3,}ي$/.test(token.folded);
}

/** A definite nisba that is no name word and no nationality: an adjective of a body's name. */
function isBodyAdjective(token: Token | undefined): token is Token {
  return token !== undefined && isDefiniteNisba(token) && !isListedNameWord(token.folded) && !gazetteer().nationalities.has(token.folded) && !hasTrait(token, NATIONALITY);
}

/**
 * A definite word a masculine nisba may qualify: no person's title or office (after which the nisba
 * describes the person), and no feminine noun, with which it does not agree ("رئيس الحكومة الصحبي").
 */
function takesBodyAdjective(token: Token | undefined): token is Token {
  // ("المسؤول بالاتحاد المنستيري فلان": the head may carry "ب" or "و" before its article.)
  return token?.isWord === true && /^(?:[بو]?ال|لل)/.test(token.folded) && !/ة[\u064b-\u0652]*$/.test(token.text) && !hasTrait(token, PERSON_TITLE) && !hasTrait(token, OFFICE_WORD);
}

/** A word that opens a name after the adjective: one the news takes for a person, or a headline's verb. */
function opensNameAfter(token: Token): boolean {
  return token.isWord && (isListedNameWord(token.folded) || personShareBucket(token.folded) > 1 || isImperfectVerb(token));
}

/**
 * Where the name of the person span [start, end) starts when its first word is the last adjective
 * of a body's name (see the module comment): after that word, or `end` when the words after it hold
 * no name ("للهلال الرياضي الشابي الأحباء"); -1 when the first word is no such adjective. The
 * adjective is a definite nisba right after the body's head ("الاتحاد"), or after another such
 * adjective that follows a definite word which is no person's title ("الترجي الرياضي"). Tunisian
 * given names take the nisba's form too ("البنك المركزي الشاذلي العياري"), so before a name the word
 * is an adjective only when the news seldom takes it for a person and two name words follow it.
 */
export function bodyAdjectiveNameStart(tokens: readonly Token[], start: number, end: number): number {
  if (!isBodyAdjective(tokens[start])) return -1;
  const previous = tokens[start - 1];
  const afterHead = takesBodyAdjective(previous) && hasTrait(previous, ORGANIZATION_HEAD);
  if (!afterHead && !(isBodyAdjective(previous) && takesBodyAdjective(tokens[start - 2]))) return -1;
  const rest = tokens.slice(start + 1, end);
  if (rest.every((token) => !isListedNameWord(token.folded) && isRarelyANameInNews(token.folded))) return end;
  return rest.length >= 2 && personShareBucket(tokens[start].folded) <= 1 && opensNameAfter(rest[0]) ? start + 1 : -1;
}
