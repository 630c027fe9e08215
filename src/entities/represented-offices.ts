/**
 * "أشرف عليه الوزير الأول فلان، ممثلا لرئيس الجمهورية | عبد المجيد تبون": "as the representative of"
 * in the accusative says what the sentence's subject does; the name after the office it governs is
 * the represented official's, and his office is that one. (After a name, "فلان، ممثلا لرئيس
 * الجمهورية", the representative is that name's: the role stays as written.)
 */
import { isOfficeWord } from './office-words.js';
import type { RoleMatch } from './role-types.js';
import type { Token } from './tokenize.js';

/** "ممثلا", "ممثلاً", "ممثلة" as written: the representative in the accusative. */
const REPRESENTATIVE_ACCUSATIVE = /^ممثل(?:اً?|ة)$/;

/** The office phrase before a name without a representative's accusative that opens it. */
export function withoutRepresentativeBeforeName(tokens: readonly Token[], role: RoleMatch): RoleMatch {
  const office = tokens[role.start + 1];
  if (role.end - role.start < 2 || !REPRESENTATIVE_ACCUSATIVE.test(tokens[role.start].text) || !office.folded.startsWith('ل')) return role;
  return isOfficeWord(office) ? { start: role.start + 1, end: role.end, titleOnly: role.end - role.start - 1 === 1 } : role;
}
