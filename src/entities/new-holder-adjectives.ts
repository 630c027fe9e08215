/**
 * "أعلن الرئيس الفرنسي الجديد فلان", "والي سوسة الجديد، فلان", "رئيس غامبيا الجديد فلان": "new" at
 * the end of an office phrase right before the holder's name dates his taking the post; it is no
 * part of the office the article states (as "الحالي" there, roles.ts). Only after the office word
 * itself or after the country, region or nationality that closes the phrase: after a body
 * ("رئيس الحزب الجديد فلان") "new" may describe the body, unless only the head agrees with it. (After
 * the name, "فلان رئيس الحكومة الجديد", the phrase stays as written: annotators differ there.)
 */
import { fold } from '../text/normalize.js';
import { HOLDER_EPITHETS } from './lexicon.js';
import { isOfficeWord, isOrganizationHead, isPlaceOrNationality, isPlaceStem } from './office-words.js';
import type { RoleMatch } from './role-types.js';
import type { Token } from './tokenize.js';

/** "الجديد", "الجديدة" (new), folded. */
export const NEW = new Set(['الجديد', 'الجديدة'].map(fold));

/** "المعيّن", "المعيّنة" (newly appointed), folded. */
const APPOINTED = new Set(['المعين', 'المعينه']);

/**
 * "new", "newly appointed" ("أمين منطقة الرياض المعيّن الأمير فلان"), and the news's epithet of the
 * holder (lexicon.ts HOLDER_EPITHETS), folded.
 */
const HOLDER_ADJECTIVES = new Set([...NEW, ...APPOINTED, ...HOLDER_EPITHETS.map(fold)]);

/** The office phrase before a name without a closing "new" that dates the holder (or an epithet of his). */
export function withoutNewBeforeName(tokens: readonly Token[], role: RoleMatch): RoleMatch {
  const last = role.end - 1;
  if (last - role.start < 1 || !HOLDER_ADJECTIVES.has(tokens[last].folded)) return role;
  const previous = tokens[last - 1];
  // ("نائب وزير الشؤون الإسلامية والدعوة والإرشاد | المعيّن": "appointed" is said of a body only
  // right after the body's head, "المجلس المعين".)
  const appointed = APPOINTED.has(tokens[last].folded) && !isOrganizationHead(previous);
  const datesHolder = appointed || (last - 1 === role.start && isOfficeWord(previous)) || (last - 1 > role.start && (isPlaceOrNationality(previous) || isPlaceStem(previous.folded) || agreesWithHeadOnly(tokens, role.start, last)));
  return datesHolder ? { start: role.start, end: last, titleOnly: last - role.start === 1 } : role;
}

/**
 * ("وزير السياحة | الجديد فلان": or where "new" agrees with the office's head in gender and not with
 * the word before it, "السياحة", which it would describe otherwise.)
 */
function agreesWithHeadOnly(tokens: readonly Token[], head: number, adjective: number): boolean {
  const feminine = (token: Token): boolean => /ه$/.test(token.folded);
  const adjectiveFeminine = feminine(tokens[adjective]);
  return NEW.has(tokens[adjective].folded) && feminine(tokens[head]) === adjectiveFeminine && feminine(tokens[adjective - 1]) !== adjectiveFeminine;
}
