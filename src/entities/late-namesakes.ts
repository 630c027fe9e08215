/**
 * "مديرة مؤسسة الشهيد فلان الفلاني", "رئيس جمعية الفقيد فلان": a foundation, school or prize named
 * after someone dead ("مؤسسة", "مدرسة", "جائزة" in the construct state) takes the epithet of the
 * dead ("الشهيد", "الفقيد", "المرحوم", "الراحل") and his name as its genitive. The name is the
 * namesake's, inside the office phrase; the office belongs to whoever holds it (someone else, named
 * elsewhere or not at all), never to the dead man named there.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { isDefinite, isNamedAfterHead, isOfficeWord } from './office-words.js';
import { isHonorificWord } from './honorific-titles.js';
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

/** Most title words between the epithet of the dead and the name ("الشهيد الرئيس", "الشهيد اللواء الركن"). */
const MAX_TITLES_AFTER_EPITHET = 2;

/**
 * "قاعة الشهيد الرئيس | فلان", "مدرسة الشهيدة | فلانة": whether the name starting at `start` follows a
 * head named after someone in the construct state, the epithet of the dead and at most two definite
 * titles (honorifics or offices): the place's namesake, written once as much as twice.
 */
export function isAfterLateNamesakeHead(tokens: readonly Token[], start: number): boolean {
  const isTitle = (token: Token): boolean => isHonorificWord(token) || isOfficeWord(token);
  let k = start;
  while (k > 0 && start - k < MAX_TITLES_AFTER_EPITHET && tokens[k - 1].isWord && isDefinite(tokens[k - 1]) && !isLateEpithet(tokens[k - 1]) && isTitle(tokens[k - 1])) k--;
  const head = tokens[k - 2];
  return k > 1 && tokens[k - 1].isWord && isLateEpithet(tokens[k - 1]) && head.isWord && !isDefinite(head) && isNamedAfterHead(head);
}
