/**
 * "مديرة مؤسسة الشهيد فلان الفلاني", "رئيس جمعية الفقيد فلان": a foundation, school or prize named
 * after someone dead ("مؤسسة", "مدرسة", "جائزة" in the construct state) takes the epithet of the
 * dead ("الشهيد", "الفقيد", "المرحوم", "الراحل") and his name as its genitive. The name is the
 * namesake's, inside the office phrase; the office belongs to whoever holds it (someone else, named
 * elsewhere or not at all), never to the dead man named there.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { isDefinite, isNamedAfterHead } from './office-words.js';
import type { IsNameToken } from './role-types.js';

/** Epithets of someone dead written before his name, folded. */
const LATE_EPITHETS = new Set(['الشهيد', 'الشهيدة', 'الفقيد', 'الفقيدة', 'المرحوم', 'المرحومة', 'الراحل', 'الراحلة'].map(fold));

/** "الشهيد", "الفقيدة": an epithet of someone dead, written before his name. */
export function isLateEpithet(token: Token): boolean {
  return LATE_EPITHETS.has(token.folded);
}

/**
 * Where the namesake's name ends when an epithet of the dead at `i` follows a head named after
 * someone in the construct state ("مؤسسة | الشهيد فلان الفلاني") and a name follows the epithet;
 * `i` when not. At most `maxNameWords` name words are taken.
 */
export function lateNamesakeEnd(tokens: readonly Token[], i: number, isName: IsNameToken, maxNameWords: number): number {
  const head = tokens[i - 1];
  if (!tokens[i]?.isWord || !isLateEpithet(tokens[i]) || !head?.isWord || isDefinite(head) || !isNamedAfterHead(head) || !isName(i + 1)) return i;
  let end = i + 1;
  while (end < tokens.length && end - i <= maxNameWords && isName(end)) end++;
  return end;
}
