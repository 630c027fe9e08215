/**
 * "احتفلت أسرة آل حمدان الدوسري بزفاف ابنها", "آل باناجه يحتفلون": "آل" + a name after a word for a
 * family, or opening a sentence, is the house (the family as a whole), no person. After a given name
 * "آل" is a family name's own part ("سعود بن عبدالله آل معدي"), and the whole span holds it then.
 * Closed class: the nouns of a family and a tribe.
 */
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';

const FAMILY_NOUNS = new Set(['اسره', 'الاسره', 'اسر', 'عايله', 'العايله', 'عايلات', 'عوايل', 'قبيله', 'القبيله', 'ابناء', 'بيت', 'اهالي', 'جماعه']);

/** Whether a person span starting at `start` is the name of a house: "آل" stands alone before it after a family noun or at a sentence's start. */
export function isFamilyHouseAt(tokens: readonly Token[], start: number): boolean {
  const al = tokens[start - 1];
  if (al === undefined || !/^[وفل]?آل$/.test(al.text)) return false;
  const before = tokens[start - 2];
  if (before === undefined || (!before.isWord && /^[.!?:؛«"]$/.test(before.text))) return true;
  return before.isWord && procliticReadings(before.folded).some(({ stem }) => FAMILY_NOUNS.has(stem));
}
