/**
 * "برجل الأعمال الموقوف فلان الفلاني", "فلان الفلاني الموقوف": a participle of a person's legal or
 * bodily state (held, accused, missing, wanted, injured, dead) describes the person named beside it;
 * DESIGN.md keeps a name free of such words (it is no honorific either: no title, no rank). A closed
 * class, folded; words that are also family names ("الأسير") or given names ("الناجي") are left out.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

const STATUS_PARTICIPLES = new Set(
  [
    'الموقوف', 'الموقوفة', 'المتهم', 'المتهمة', 'المعتقل', 'المعتقلة', 'المسجون', 'المسجونة', 'السجين', 'السجينة',
    'المحتجز', 'المحتجزة', 'المفقود', 'المفقودة', 'المختطف', 'المختطفة', 'المخطوف', 'المخطوفة', 'الهارب', 'الهاربة',
    'المطلوب', 'المطلوبة', 'المحكوم', 'المحكومة', 'المصاب', 'المصابة', 'الجريح', 'الجريحة', 'القتيل', 'القتيلة',
    'المتوفى', 'المتوفي', 'المتوفاة', 'المغدور', 'المغدورة', 'المضرب', 'المضربة', 'المنتحر', 'المنتحرة',
  ].map(fold),
);

/** Whether a token is a participle of a person's state ("الموقوف", "المتهمة"). */
export function isStatusParticiple(token: Token | undefined): boolean {
  return token?.isWord === true && STATUS_PARTICIPLES.has(token.folded);
}
