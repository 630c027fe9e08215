/**
 * "تركيبة الهيئة : الرئيس : فلان علان نائب الرئيس : فلتان فلتاني أمين المال : ...": a committee or
 * bureau list writes each entry "office : name", one after the other, with no comma between the
 * name and the next entry's office. The words between an office's colon and the next entry's office
 * and colon are the holder's name, even when the tagger reads them as common words ("نضال سعيد":
 * struggle, happy): both ends of the slot are fixed by the list, so the words need only be of name
 * shape (no office, title, verb, particle, place, number). The slot is short (one name: 2-4 words);
 * a headline's "office : quote" runs on and is followed by no second entry.
 */
import type { Token } from './tokenize.js';
import { OPENS_WITH_DIGIT } from './tokenize.js';
import { isOfficeAt } from './office-start.js';
import { officePhraseEnd } from './office-phrase.js';
import { isTitleWord } from './spans.js';
import { isParticle } from './lexicon.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { isImperfectVerb } from './imperfect-verbs.js';
import { hasTrait, NATIONALITY, PLACE } from './word-traits.js';
import { isDash } from './role-before.js';
import { isComma } from './located.js';
import { fold } from '../text/normalize.js';
import type { NameSpan } from './titled-names.js';
import { COLON, nextTriggered, triggersIn } from './word-triggers.js';

const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** How many words an entry's office may have before its colon ("نائب رئيس الهيئة المكلف بالإعلام"). */
const MAX_OFFICE_WORDS = 8;

/** "الأعضاء :", "أعضاء :": the members' heading opens the list's last part as an office entry would. */
const MEMBERS_HEADINGS = new Set(['الأعضاء', 'أعضاء', 'والأعضاء', 'العضوات'].map(fold));

/** Whether the colon at `colon` closes an office phrase (one that opens after a mark, a name or the block's start). */
function closesOffice(tokens: readonly Token[], colon: number): boolean {
  if (tokens[colon]?.text !== ':') return false;
  for (let o = colon - 1; o >= 0 && colon - o <= MAX_OFFICE_WORDS; o--) {
    if (!tokens[o].isWord) return false;
    if (isOfficeAt(tokens, o) && officePhraseEnd(tokens, o) === colon) return true;
  }
  return false;
}

/**
 * Whether an entry "office :" or "الأعضاء :" opens at `k` (after an optional comma or dash); at the
 * end of a name, it fills such a slot's far end ("الرئيس : فلان | نائب الرئيس :").
 */
export function opensOfficeColonEntry(tokens: readonly Token[], k: number): boolean {
  if (isComma(tokens[k]) || isDash(tokens[k])) k++;
  const token = tokens[k];
  if (!token?.isWord) return false;
  if (MEMBERS_HEADINGS.has(token.folded)) return tokens[k + 1]?.text === ':';
  if (!isOfficeAt(tokens, k)) return false;
  const officeEnd = officePhraseEnd(tokens, k);
  return tokens[officeEnd]?.text === ':' && officeEnd - k <= MAX_OFFICE_WORDS;
}

/**
 * "فلان الفلاني | السيرة الذاتية وزيرة الصحة :": a definite common noun with its definite adjective
 * after the name is the list's boilerplate, no part of it.
 */
function opensDefiniteNounPhrase(tokens: readonly Token[], i: number): boolean {
  const isDefiniteCommon = (token: Token | undefined): boolean => token?.isWord === true && token.folded.startsWith('ال') && isOrdinaryWord(token.folded, false, token.text);
  return isDefiniteCommon(tokens[i]) && isDefiniteCommon(tokens[i + 1]);
}

/** A word of name shape in such a slot. */
function isSlotWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token.isWord && !OPENS_WITH_DIGIT.test(token.text) && !MEMBERS_HEADINGS.has(token.folded) && !isTitleWord(token) && !isOfficeAt(tokens, i) && !isParticle(token) && !isImperfectVerb(token) && !hasTrait(token, PLACE | NATIONALITY);
}

/** Names in the slots "office : name" that the next entry "office :" closes. */
export function officeColonSlotSpans(tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let colon = nextTriggered(triggers, COLON, 1); colon >= 0 && colon + MIN_NAME_WORDS < tokens.length; colon = nextTriggered(triggers, COLON, colon + 1)) {
    if (tokens[colon].text !== ':' || !closesOffice(tokens, colon)) continue;
    const start = colon + 1;
    let end = start;
    while (end < tokens.length && end - start < MAX_NAME_WORDS && isSlotWord(tokens, end) && !opensDefiniteNounPhrase(tokens, end)) end++;
    if (end - start >= MIN_NAME_WORDS && opensOfficeColonEntry(tokens, end)) spans.push({ start, end, bracketed: true });
  }
  return spans;
}
