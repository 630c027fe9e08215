/**
 * "احتفلت أسرة آل حمدان الدوسري بزفاف ابنها", "آل باناجه يحتفلون": "آل" + a name after a word for a
 * family, or opening a sentence, is the house (the family as a whole), no person. After a given name
 * "آل" is a family name's own part ("سعود بن عبدالله آل معدي"), and the whole span holds it then.
 * So is a family noun before a family name alone ("أسرة الردادي"), and a family's firm, "مجموعة
 * فلان علان وشركاه": its founder's name is the firm's.
 * Closed classes: the nouns of a family and a tribe, of a firm, and its closing "and partners".
 */
import { readingInList } from './clitics.js';
import type { Token } from './tokenize.js';

const FAMILY_NOUNS = new Set(['اسره', 'الاسره', 'اسر', 'عايله', 'العايله', 'عايلات', 'عوايل', 'قبيله', 'القبيله', 'ابناء', 'بيت', 'اهالي', 'جماعه']);
/** A family's or tribe's noun, read through its clitics ("لأسرة"). */
const isFamilyNoun = readingInList(FAMILY_NOUNS);

/** "عشيرة البو غنام", "البو سودة": Iraq's "البو" (the folk of) and a name make a tribe, no person. */
export function isBuTribeAt(tokens: readonly Token[], start: number): boolean {
  return tokens[start]?.folded === 'البو' && tokens[start + 1]?.isWord === true;
}

/** Whether a person span starting at `start` is the name of a house: "آل" stands alone before it after a family noun or at a sentence's start. */
export function isFamilyHouseAt(tokens: readonly Token[], start: number): boolean {
  const al = tokens[start - 1];
  if (al === undefined || !/^[وفل]?آل$/.test(al.text)) return false;
  const before = tokens[start - 2];
  if (before === undefined || (!before.isWord && /^[.!?:؛«"]$/.test(before.text))) return true;
  return before.isWord && isFamilyNoun(before);
}

/**
 * "يعزي أسرة الردادي", "لأسرة الردادي": a family noun before a family name alone, one word with the
 * article, names the family too (the house without "آل").
 */
export function isFamilyByNameAt(tokens: readonly Token[], start: number, end: number): boolean {
  const familyNounAt = (i: number): boolean => tokens[i]?.isWord === true && isFamilyNoun(tokens[i]);
  // (The tagger's span may open with the noun itself.)
  const opensWithNoun = familyNounAt(start);
  const name = opensWithNoun ? start + 1 : start;
  return end - name === 1 && tokens[name].folded.startsWith('ال') && (opensWithNoun || familyNounAt(start - 1));
}

/** "وشركاه", "وشركاؤه" (and partners), folded: a firm's name closes so, never a person's. */
const PARTNERS = new Set(['وشركاه', 'وشركاوه']);
/** "وأولاده", "وإخوانه" (and sons, and brothers), folded: a firm's name too, right after a company's head. */
const FAMILY_FIRM_ENDINGS = new Set(['واولاده', 'واخوانه']);
/** Heads of a firm named after its founder ("مجموعة", "شركة"), folded. */
const FIRM_HEADS = new Set(['شركه', 'مجموعه', 'موسسه', 'مصنع', 'مكتب', 'مصانع']);
/** A firm's head read through its clitics ("لمجموعة"); asked at each word of an office phrase, so kept per word. */
const isFirmHead = readingInList(FIRM_HEADS);

/**
 * "لمجموعة هائل سعيد أنعم وشركاه": a name closed by "وشركاه" (and partners), or by "وأولاده" after a
 * company's head, is a firm's, named after its founder; no person is meant.
 */
export function isFirmNamedAfterFounder(tokens: readonly Token[], start: number, end: number): boolean {
  const closing = tokens[end];
  if (closing?.isWord !== true) return false;
  if (PARTNERS.has(closing.folded)) return true;
  const head = tokens[start - 1];
  return FAMILY_FIRM_ENDINGS.has(closing.folded) && head?.isWord === true && isFirmHead(head);
}

/** Most words of a founder's name between a firm's head and its "وشركاه". */
const MAX_FOUNDER_WORDS = 5;

/** The end of a firm's founder's name and its "وشركاه" after the firm's head at `head` ("لمجموعة | هائل سعيد أنعم وشركاه"), or -1. */
export function founderFirmNameEnd(tokens: readonly Token[], head: number): number {
  const token = tokens[head];
  if (token?.isWord !== true || !isFirmHead(token)) return -1;
  for (let k = head + 2; k < tokens.length && k - head <= MAX_FOUNDER_WORDS + 1; k++) {
    if (!tokens[k].isWord) return -1;
    if (isFirmNamedAfterFounder(tokens, head + 1, k)) return k + 1;
  }
  return -1;
}
