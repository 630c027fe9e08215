/**
 * "الحكم الرئيسي فلان والمساعدين علان وفلتان": an aide's title alone ("المساعد", "مساعدة") is no
 * public office. The office of an aide is in its genitive or complement ("مساعد وزير الخارجية",
 * "المساعد الشخصي للرئيس"); bare, it names a helper: the assistant referee, a shop assistant. So
 * does the coach's aide, "المدرب المساعد للنجم الساحلي" or "مساعد المدرب": the assistant coach.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

/** Aides' titles that hold an office only with a genitive or complement, folded, without the article. */
const AIDES = new Set(['مساعد', 'مساعدة'].map(fold));

/**
 * Whether the office as written is an aide's title alone ("المساعد", "ومساعدة", "مساعده": his aide),
 * also in the dual ("المساعدين") or in the accusative of what one is made ("عيّن فلان مدربا وعلان
 * مساعدا له": the coach's assistant).
 */
export function isBareAideTitle(role: string): boolean {
  const words = fold(role).trim().split(/\s+/);
  const word = words[0].replace(/^و?(?:ال)?/, '');
  return words.length === 1 && (AIDES.has(word) || AIDES.has(word.replace(/(?:ين|ان|ا)$/, '')));
}

/**
 * "بمساعدة الفنان المسرحي فلان": behind "ب" the feminine "مساعدة" is the verbal noun, "with the help
 * of"; the phrase names a helper, no aide's office.
 */
export function isHelpOfPhrase(token: Token): boolean {
  return /^و?بمساعده$/.test(token.folded);
}

/** "المدرب", "مدرب" (a team's coach), with "و" or "ل", folded. */
const COACHES = /^[ول]?(?:ال)?مدرب[ه]?$|^للمدرب[ه]?$/;

/** An aide's word at i that is the coach's: right after "المدرب" or with "المدرب" as its genitive. */
export function isCoachAideAt(tokens: readonly Token[], i: number): boolean {
  if (!AIDES.has(tokens[i].folded.replace(/^[وبل]?(?:ال)?/, ''))) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before?.isWord === true && COACHES.test(before.folded)) || (after?.isWord === true && /^(?:ال)?مدرب[ه]?$/.test(after.folded));
}
