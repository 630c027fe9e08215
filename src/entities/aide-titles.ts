/**
 * "الحكم الرئيسي فلان والمساعدين علان وفلتان": an aide's title alone ("المساعد", "مساعدة") is no
 * public office. The office of an aide is in its genitive or complement ("مساعد وزير الخارجية",
 * "المساعد الشخصي للرئيس"); bare, it names a helper: the assistant referee, a shop assistant.
 */
import { fold } from '../text/normalize.js';

/** Aides' titles that hold an office only with a genitive or complement, folded, without the article. */
const AIDES = new Set(['مساعد', 'مساعدة'].map(fold));

/** Whether the office as written is an aide's title alone ("المساعد", "ومساعدة"), also in the dual ("المساعدين"). */
export function isBareAideTitle(role: string): boolean {
  const words = fold(role).trim().split(/\s+/);
  const word = words[0].replace(/^و?(?:ال)?/, '');
  return words.length === 1 && (AIDES.has(word) || AIDES.has(word.replace(/(?:ين|ان)$/, '')));
}
