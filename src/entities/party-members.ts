/**
 * "فلان، عضو حزب المؤتمر من أجل الجمهورية", "عضو في الحزب": a plain member of a political party
 * holds no post in it; nor does a member of an association, an NGO or a protest coordination
 * ("عضو جمعية ...", "عضو تنسيقية الحراك"), bodies anyone may join. "عضو" is an office with a body
 * that has seats or a bureau ("عضو مجلس النواب", "عضو المكتب السياسي للحزب"), so the membership
 * body itself right after it makes none. (A movement, "عضو حركة حماس", is left an office: the word
 * also names armed and governing movements; so is a union, "عضو النقابة العامة للتعليم": in the
 * Maghreb "النقابة الأساسية" and "النقابة العامة" name a union's elected bureau.)
 */
import type { Token } from './tokenize.js';
import { stems } from './office-words.js';

const MEMBERS = new Set(['عضو', 'العضو', 'عضوه', 'العضوه']);
/** Bodies anyone may join, folded: parties, associations, NGOs, protest coordinations. */
const PARTIES = new Set(['حزب', 'الحزب', 'جمعيه', 'الجمعيه', 'منظمه', 'المنظمه', 'تنسيقيه', 'التنسيقيه']);

/** Whether the "عضو" at i is a plain member: the body follows, bare, with "ب" or after "في". */
export function isPartyMemberAt(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i].isWord || !stems(tokens[i]).some((stem) => MEMBERS.has(stem))) return false;
  const next = tokens[i + 1]?.folded === 'في' ? tokens[i + 2] : tokens[i + 1];
  if (next?.isWord !== true) return false;
  return PARTIES.has(next.folded) || (/^ب/.test(next.folded) && PARTIES.has(next.folded.slice(1)));
}
