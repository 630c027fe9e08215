/**
 * "فلان، عضو حزب المؤتمر من أجل الجمهورية", "عضو في الحزب": a plain member of a political party
 * holds no post in it; nor does a member of an association, an NGO or a protest coordination
 * ("عضو جمعية ...", "عضو تنسيقية الحراك", "عضو المنتدى"), bodies anyone may join. "عضو" is an office with a body
 * that has seats or a bureau ("عضو مجلس النواب", "عضو المكتب السياسي للحزب"), so the membership
 * body itself right after it makes none. (A movement, "عضو حركة حماس", is left an office: the word
 * also names armed and governing movements; so is a union, "عضو النقابة العامة للتعليم": in the
 * Maghreb "النقابة الأساسية" and "النقابة العامة" name a union's elected bureau.) A member of a students' union ("عضو الاتحاد العام لطلبة
 * تونس": a student) or of the organising committee of an event or a protest ("عضو اللجنة المنظمة
 * للتحركات") holds no post either: no bureau.
 */
import type { Token } from './tokenize.js';
import { stems } from './office-words.js';

const MEMBERS = new Set(['عضو', 'العضو', 'عضوه', 'العضوه']);
/** Bodies anyone may join, folded: parties, associations, NGOs, protest coordinations, forums ("المنتدى التونسي للحقوق ..."). */
const PARTIES = new Set(['حزب', 'الحزب', 'جمعيه', 'الجمعيه', 'منظمه', 'المنظمه', 'تنسيقيه', 'التنسيقيه', 'منتدي', 'المنتدي']);

/** Whether the "عضو" at i is a plain member: of a joinable body (bare, with "ب" or after "في"), a students' union or an organising committee. */
export function isPartyMemberAt(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i].isWord || !stems(tokens[i]).some((stem) => MEMBERS.has(stem))) return false;
  const k = tokens[i + 1]?.folded === 'في' ? i + 2 : i + 1;
  const next = tokens[k];
  if (next?.isWord !== true) return false;
  if (PARTIES.has(next.folded) || (/^ب/.test(next.folded) && PARTIES.has(next.folded.slice(1)))) return true;
  return isStudentsUnionAt(tokens, k) || (COMMITTEES.has(next.folded) && tokens[k + 1]?.folded === 'المنظمه');
}

const COMMITTEES = new Set(['اللجنه', 'لجنه']);
const UNIONS = new Set(['الاتحاد', 'اتحاد']);
/** "لطلبة", "الطلبة", "طلاب" (students), folded. */
const STUDENTS = /^(?:ل|ال|لل)?(?:طلبه|طلاب)$/;

/** "الاتحاد العام لطلبة تونس", "اتحاد الطلبة": a union whose members are students, at k. */
function isStudentsUnionAt(tokens: readonly Token[], k: number): boolean {
  if (!UNIONS.has(tokens[k]?.folded ?? '')) return false;
  const j = tokens[k + 1]?.folded === 'العام' ? k + 2 : k + 1;
  return STUDENTS.test(tokens[j]?.folded ?? '');
}
