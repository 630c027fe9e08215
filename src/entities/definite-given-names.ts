/**
 * "وقال الهادي المجدوب إن", "أعضاء حكومة الحبيب الصيد", "برئاسة الحبيب الصيد": Maghreb given names often carry the article
 * ("الحبيب", "الهادي", "المنجي"), and the tagger, which reads them as adjectives, passes over the
 * name where no title stands before it. Two places name a person without a title: the subject of a
 * verb of saying, right before what he said, and the head a government or an era is named after or
 * that a body is led by.
 * There a definite given name (office-phrase-parts.ts isDefiniteGivenName) and the one word after it are his name.
 */
import { isDefiniteGivenName, mayBeDefiniteGivenName } from './office-phrase-parts.js';
import { isOfficeWithPronoun } from './ordinary-words.js';
import { isSaidSubjectAt, opensWhatWasSaid } from './sayer-names.js';
import type { Token } from './tokenize.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';

/**
 * "حكومة", "إدارة", "عهد" (folded, with a conjunction or preposition): named after its head; and a
 * noun of leadership, "برئاسة", "بزعامة", "بقيادة": led by him (leadership-nouns.ts).
 */
const HEADED_BY_NAME = /^(?:[وف]?[بل]?)(?:حكومه|اداره|عهد|رياسه|زعامه|قياده)$/;
const noHonorific = (): boolean => false;

/**
 * "ضد النادي الصفاقسي و رئيسه المنصف فلان", "مديرها الحبيب فلان": an office with the pronoun of the
 * body it belongs to is complete and takes no genitive, so a definite given name after it opens the
 * holder's name, no complement. (Third person only: "رئيسي" is as often an adjective, "main".)
 */
function isThirdPersonOffice(token: Token): boolean {
  return token.isWord && /(?:ه|ها)$/.test(token.folded) && isOfficeWithPronoun(token);
}

/** A word that may open such a span (isDefiniteGivenName holds of no other). */
const DEFINITE_GIVEN_NAME = triggerWord((word) => mayBeDefiniteGivenName(word.folded));

/** Spans of a definite given name and the word after it, where a name stands (see the module comment). */
export function definiteGivenNameSpans(tokens: readonly Token[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, DEFINITE_GIVEN_NAME, 1); i >= 0 && i + 1 < tokens.length; i = nextTriggered(triggers, DEFINITE_GIVEN_NAME, i + 1)) {
    // (The cheap tests of the place first: this runs at every word that may be a definite given name.)
    const head = tokens[i - 1].isWord && (HEADED_BY_NAME.test(tokens[i - 1].folded) || isThirdPersonOffice(tokens[i - 1]));
    if (!head && !(opensWhatWasSaid(tokens, i + 2) && isSaidSubjectAt(tokens, i, noHonorific))) continue;
    if (isDefiniteGivenName(tokens, i)) spans.push({ start: i, end: i + 2 });
  }
  return spans;
}
