/**
 * "أصدر الرئيس فلان الشرع | مرسوماً", "وجه الوزير فلان | رسالة": in a verb-first sentence the
 * subject's name ends where the verb's object in the indefinite accusative begins: a common noun with
 * the accusative alef ("مرسوما", "بيانا", "اتصالا"), whose bare form the news uses as a noun.
 */
import { isCommonWord } from './ordinary-words.js';
import { isOfficeWord } from './office-words.js';
import type { Token } from './tokenize.js';

export function isAccusativeObject(token: Token | undefined): boolean {
  if (token?.isWord !== true) return false;
  const word = token.folded;
  // (No clitic, no article; at least three root letters before the alef; never an office: "وزيرا" is the post given.)
  if (word.length < 5 || !word.endsWith('ا') || /^(?:ال|[وفبلك])/.test(word) || isOfficeWord(token)) return false;
  return isCommonWord(word.slice(0, -1));
}
