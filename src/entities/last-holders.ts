/**
 * "آخر رئيس وزراء فلان", "آخر ملك لليبيا فلان": "the last" right before an indefinite office says
 * its holder was the last to hold it; the annotated news keeps it in the role (U28 gold, 2 of 2).
 * (Before a definite word, "آخر الوزراء", it is no part of an office phrase.)
 */
import { isDefinite } from './office-words.js';
import type { RoleMatch } from './role-types.js';
import type { Token } from './tokenize.js';

/** "آخر" (last), folded. */
const LAST = 'اخر';

/** Whether a folded stem is "آخر" (the role's text drops a "و" before it: "وآخر رئيس وزراء"). */
export function isLastHolderStem(stem: string): boolean {
  return stem === LAST;
}

/** The office phrase with "آخر" (or "وآخر") right before it taken in, if it stands there. */
export function withLastHolderWord(tokens: readonly Token[], role: RoleMatch): RoleMatch {
  const previous = tokens[role.start - 1];
  if (previous?.isWord !== true || (previous.folded !== LAST && previous.folded !== `و${LAST}`) || isDefinite(tokens[role.start])) return role;
  return { ...role, start: role.start - 1, titleOnly: false };
}
