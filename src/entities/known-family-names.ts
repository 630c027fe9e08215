/**
 * "تندر أوباما نفسه": news names a well-known official by his family name alone, where no verb of
 * saying and no title stand to tell the tagger it is a person. A bare word that ends exactly one
 * listed official's name (known-officials.ts) and names few people (no name-list word or common word,
 * with or without the article, no adjective's shape, and a word the news does take for a person at
 * times) is that person.
 */
import { isHijriMonthAt } from './further-mentions.js';
import { isListedNameWord } from './given-names.js';
import { isKnownOfficial, isKnownOfficialFamilyName } from './known-officials.js';
import { isAfterNamedThingHead } from './named-thing-heads.js';
import { KUNYA_HEADS, LINEAGE_CHAIN_LINKS } from './name-parts.js';
import { isCommonWord } from './ordinary-words.js';
import { HER_OUR_YOUR_THEIR_ENDING } from './pronoun-endings.js';
import { isSeenInRunningText, personShareBucket } from './tagger.js';
import type { Token } from './tokenize.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';

/** Words that link or open the parts of one name ("بن طاهر", "أبو غالي"), folded. */
const NAME_LINKS = new Set([...LINEAGE_CHAIN_LINKS, ...KUNYA_HEADS, 'اولاد', 'بني', 'بنو', 'عبد', 'سيدي']);

/** Whether the folded word is a name list's, a common word, or one the news almost never takes for a person. */
function namesMany(form: string): boolean {
  return isListedNameWord(form) || isCommonWord(form) || personShareBucket(form) === 0;
}

/**
 * The shapes of Arabic adjectives and plurals, folded: "فاعل" ("طاهر", "غالي"), "فعيل", a feminine
 * or sound feminine plural ending ("هنية", "بركات"). A family name of that shape is also an
 * ordinary word ("مكان طاهر", "تراب غالي"); only one that reads as nothing else names the official alone.
 */
export const ADJECTIVE_SHAPE = /^(?:.ا..|..ي.|.+(?:ه|ات))$/;

/** Whether a folded one-word name is a listed official's distinctive family name (see the module comment). */
export function isDistinctiveKnownFamilyName(word: string): boolean {
  // ("بنا", with us: a word with a pronoun ending is no family name.)
  if (word.startsWith('ال') || ADJECTIVE_SHAPE.test(word) || HER_OUR_YOUR_THEIR_ENDING.test(word) || personShareBucket(word) < 1 || !isKnownOfficialFamilyName(word)) return false;
  // The word with and without the article: "الحريري" and "حريري" are one family name.
  return ![word, word.startsWith('ال') ? word.slice(2) : `ال${word}`].some(namesMany) && !isCommonNounToo(word);
}

/**
 * Whether a bare family name is also a common noun: the news writes it with the article ("القداس"),
 * which it never does to a foreign or Maghrebi family name ("ترامب", "جلول").
 */
export function isCommonNounToo(word: string): boolean {
  return !word.startsWith('ال') && isSeenInRunningText(`ال${word}`);
}

/**
 * Whether the family name at i names something else: a month in a date ("شهر شعبان"), a place or
 * body named after him ("ساحة بلعيد"), or the last part of a hyphenated name ("جونغ-أون").
 */
export function isFamilyNameOfSomethingElse(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return isHijriMonthAt(tokens, i) || isAfterNamedThingHead(tokens, i) || (before !== undefined && /^[-‐–]$/.test(before.text) && tokens[i - 2]?.isWord === true);
}

/**
 * One-word spans of such family names standing bare where the tagger saw nothing: written without
 * the article or a clitic, seen often enough in the news to count (name-evidence.ts), and with no
 * name word, lineage link or capitalised-name neighbour that would make it part of another name.
 */
const DISTINCTIVE_FAMILY_NAME = triggerWord((word) => isDistinctiveKnownFamilyName(word.folded));

export function knownFamilyNameSpans(tokens: readonly Token[], isNameWord: (token: Token) => boolean): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const triggers = triggersIn(tokens);
  for (let i = nextTriggered(triggers, DISTINCTIVE_FAMILY_NAME, 0); i >= 0; i = nextTriggered(triggers, DISTINCTIVE_FAMILY_NAME, i + 1)) {
    const token = tokens[i];
    if (!token.isWord) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // ("سامية عبو": the word before makes with it a listed official's whole name, the tagger missed it.)
    if (before?.isWord && isKnownOfficial([before.folded, token.folded])) {
      spans.push({ start: i - 1, end: i + 1 });
      continue;
    }
    if (isFamilyNameOfSomethingElse(tokens, i)) continue;
    // ("سنيبة بلعيد", "أوحى ترامب": a word the news has not seen may be another bearer's given name or a
    // verb that would join the span; not one after "و", "وتندر أوباما", where the conjunction parts them.)
    if (before?.isWord && !/^[وف]/.test(before.folded) && personShareBucket(before.folded) < 0) continue;
    if (before?.isWord && (NAME_LINKS.has(before.folded) || isNameWord(before))) continue;
    // ("وضعه أوباما | ومدده ترامب": nor "و" + a word, which a list of names would take for the next person.)
    if (after?.isWord && (NAME_LINKS.has(after.folded) || isNameWord(after) || /^و./.test(after.folded))) continue;
    spans.push({ start: i, end: i + 1 });
  }
  return spans;
}
