/**
 * "وسيم", "وصال", "وديع": Arabic given names whose first letter "و" is a root letter, not the
 * conjunction. The name lists (AKhateeb, WikiFANE) hold only a few of them ("وليد", "وائل", "وسام"),
 * so after a comma ("، وسيم فلان، الناطق باسم ...") the letter was taken for "and" and the name cut to
 * "سيم". A closed class, folded; a word whose rest is a listed name too ("وسامي" = "و" + "سامي")
 * is no member.
 */
import { fold } from '../text/normalize.js';
import { isListedNameWord } from './given-names.js';

const WAW_GIVEN_NAMES = new Set(
  [
    'وسيم', 'وسيمة', 'وصام', 'وناس', 'ونيس', 'ونيسة', 'وحيد', 'وحيدة', 'وديع', 'وديعة', 'وفيق', 'وجيه', 'وجيهة',
    'وهبي', 'وهيبة', 'وصال', 'وسيلة', 'وردة', 'وجدان', 'وليدة',
  ].map(fold),
);

/** Whether a folded word is a given name opening with a root "و" whose rest is no listed name. */
export function isWawGivenName(folded: string): boolean {
  return WAW_GIVEN_NAMES.has(folded) && !isListedNameWord(folded.slice(1));
}
