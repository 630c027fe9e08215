/**
 * "مديرة سابقة لشركة فلان فلان", 'مؤسسة "فلان"', "مجموعة فلان للدراسات": a name right after the
 * head noun of a company or a body (a closed class: شركة، مؤسسة، مجموعة، بنك، مصرف، وكالة), with
 * no article on the head, or after one in quotes, is the body's name, not a person's. ("ممثل الشركة
 * فلان": a definite head before a name in no quotes is the body the holder works for.)
 */
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';
import { rememberedPerWord } from './word-memo.js';
import { triggerWord } from './word-triggers.js';
import { OPENING_QUOTES } from './quote-marks.js';
import { opensMansName } from './name-parts.js';

/** Head nouns of companies and bodies, folded, without the article. */
const BODY_HEADS = new Set(['شركه', 'موسسه', 'مجموعه', 'بنك', 'مصرف', 'وكاله']);

/** Whether the name starting at `start` is named after a company's or body's head noun. */
export function isBodyNameAt(tokens: readonly Token[], start: number): boolean {
  const quoted = OPENING_QUOTES.has(tokens[start - 1]?.text ?? '');
  const head = tokens[quoted ? start - 2 : start - 1];
  if (!head?.isWord) return false;
  const heads = bodyHeadReadings(head);
  return (heads & BARE_HEAD) !== 0 || (quoted && (heads & DEFINITE_HEAD) !== 0);
}

/** A reading is a body's head noun; a reading is one with the article. */
const BARE_HEAD = 1;
const DEFINITE_HEAD = 2;

// Asked of every word of the article (named-thing-heads.ts): kept per word.
const bodyHeadReadings = rememberedPerWord((_, word) => {
  let heads = 0;
  for (const { stem } of procliticReadings(word)) {
    if (BODY_HEADS.has(stem)) heads |= BARE_HEAD;
    if (stem.startsWith('ال') && BODY_HEADS.has(stem.slice(2))) heads |= DEFINITE_HEAD;
  }
  return heads;
});

/** A word any reading of which is a body's head noun (isBodyNameAt asks it of the word before the name). */
export const BODY_HEAD = triggerWord((word) => bodyHeadReadings(word) !== 0);

/** Words of a body's own name looked over for the holder's given name after it ("نادي بايرن ميونخ | فلان"). */
const MAX_BODY_NAME_WORDS = 2;

/**
 * "رئيس شركة أرامكو محمد الناصر": a person span right after a body's head that runs from the body's
 * own name (one or two words that open no person's name) into a given name and at least one more
 * word is the holder's name from that given name on; its index, or -1 when the span is the body's
 * name alone ("مجموعة سوفان", "شركة سامي محمد" whose first word is itself a given name).
 */
export function holderAfterBodyName(tokens: readonly Token[], start: number, end: number): number {
  if (opensMansName(tokens[start])) return -1;
  for (let k = start + 1; k <= start + MAX_BODY_NAME_WORDS && k + 1 < end; k++) if (opensMansName(tokens[k])) return k;
  return -1;
}
