/**
 * "أشرف عليه الوزير الأول فلان، ممثلا لرئيس الجمهورية | عبد المجيد تبون": "as the representative of"
 * in the accusative says what the sentence's subject does; the name after the office it governs is
 * the represented official's, and his office is that one. (After a name, "فلان، ممثلا لرئيس
 * الجمهورية", the representative is that name's: the role stays as written.)
 */
import { gazetteer } from './gazetteer.js';
import { isOfficeStart } from './office-start.js';
import { isOfficeWord } from './office-words.js';
import type { RoleMatch } from './role-types.js';
import type { Token } from './tokenize.js';

/** "ممثلا", "ممثلاً", "ممثلة" as written: the representative in the accusative. */
const REPRESENTATIVE_ACCUSATIVE = /^ممثل(?:اً?|ة)$/;

/** The office phrase before a name without a representative's accusative that opens it. */
export function withoutRepresentativeBeforeName(tokens: readonly Token[], role: RoleMatch): RoleMatch {
  const office = tokens[role.start + 1];
  // ("ممثلاً رئيس الجمهورية | العماد فلان": or in the construct state with the office, without "ل".)
  if (role.end - role.start < 2 || !REPRESENTATIVE_ACCUSATIVE.test(tokens[role.start].text)) return role;
  return isOfficeWord(office) ? { start: role.start + 1, end: role.end, titleOnly: role.end - role.start - 1 === 1 } : role;
}

/** "نيابة", "نيابةً" (on behalf of), folded, before "عن". */
const ON_BEHALF = 'نيابه';

/**
 * "افتتح الملتقى نيابة عن أمير منطقة مكة المكرمة | وكيل إمارة منطقة مكة المكرمة الدكتور فلان": on
 * behalf of one office, the office that follows it, right before the name, is the holder's; the
 * first is the represented official's.
 */
export function withoutRepresentedOffice(tokens: readonly Token[], role: RoleMatch): RoleMatch {
  if (role.start < 2 || tokens[role.start - 1].folded !== 'عن' || tokens[role.start - 2].folded !== ON_BEHALF) return role;
  for (let k = role.start + 2; k < role.end; k++) {
    // (Not "و" + an office, a second office of the one represented: "ووزير"; "وكيل" is one word.)
    const conjoined = tokens[k].folded.startsWith('و') && !gazetteer().officeTitles.has(tokens[k].folded);
    if (!conjoined && isOfficeStart(tokens, k)) return { start: k, end: role.end, titleOnly: role.end - k === 1 };
  }
  return role;
}
