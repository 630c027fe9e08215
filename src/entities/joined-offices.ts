/**
 * "الوزير المكلف بالعلاقة مع مجلس نواب الشعب | والناطق الرسمي باسم الحكومة فلان", "الرئيس الفرنسي
 * السابق | وزعيم حزب الجمهوريين فلان": a second office joined by "و" to an office that already names
 * its body or country. The annotated news keeps the first office as the holder's role (6 such
 * phrases on ANT's tuning sets, 2 in ../shared/gold), so the role is shown up to the "و" (roles.ts
 * officeAsShown); the grammar still reads through it so that the phrase reaches the name. A first
 * office that names neither may share the second one's complement, and the news keeps both then:
 * "رئيس اللجنة التنفيذية والمتحدث الرسمي باسم الانتخابات البلدية", "رئيس النيابة الخصوصية والمعتمد
 * الأول بسوسة"; so may an office whose only complement is another office ("مساعد لوكيل الجمهورية
 * والناطق باسم المحكمة"). A membership is no office (joined-memberships.ts): "العضو المؤسس للحركة
 * والوزير السابق" keeps the office after it.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { isNationalityWord, isOfficeBehindClitic, stems } from './office-words.js';
import { isJoinedMembership, isMembershipNoun } from './joined-memberships.js';

/** Prepositions that open an office's complement as a word of their own (folded). */
const COMPLEMENT_PREPOSITIONS = new Set(['باسم', 'لدى', 'في', 'مع', 'عن', 'من', 'على'].map(fold));

/** Whether the token is "و" + an office noun, with or without the article ("والناطق", "ورئيس"). */
function isJoinedOffice(token: Token): boolean {
  return token.isWord && token.folded.startsWith('و') && isOfficeBehindClitic(token);
}

/** Whether a word of the office is a prepositional complement ("بالعلاقة", "لحزب", "باسم") or a nationality. */
function namesBodyOrCountry(token: Token): boolean {
  if (!token.isWord) return false;
  if (isNationalityWord(token) || COMPLEMENT_PREPOSITIONS.has(token.folded)) return true;
  // ("لوكيل الجمهورية": "ل" + an office is the office's own genitive, no body.)
  return /^[بل]/.test(token.folded) && !token.folded.startsWith('ال') && stems(token).length > 1 && !isOfficeBehindClitic(token);
}

/**
 * Whether the token at `k` inside the office phrase opening at `start` joins a second office to a
 * whole first one (see above).
 */
export function joinsSecondOffice(tokens: readonly Token[], start: number, k: number): boolean {
  if (k < start + 2 || !isJoinedOffice(tokens[k]) || isMembershipNoun(tokens[start]) || isJoinedMembership(tokens[start])) return false;
  for (let j = start + 1; j < k; j++) if (namesBodyOrCountry(tokens[j])) return true;
  return false;
}
