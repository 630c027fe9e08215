/**
 * "صاحب السمو الملكي الأمير فلان", "سمو الأمير فلان": "الأمير" (or "الأميرة") right before the name,
 * after the style of a highness, is a prince's courtesy title, not a ruler's office; a reigning emir
 * is styled "صاحب السمو الشيخ فلان أمير البلاد", with the office after the name. A prince with a post
 * still gets it from the office phrase ("أمير منطقة الباحة"). Closed class: the words of the style.
 */
import { fold } from '../text/normalize.js';

const HIGHNESS = new Set(['السمو', 'سمو'].map(fold));
const PRINCELY_TITLES = new Set(['الأمير', 'الأميرة'].map(fold));

/** Whether the folded words of a name's honorific end on a prince's title after a highness style. */
export function isPrinceStyle(honorificWords: readonly string[]): boolean {
  const last = honorificWords.length - 1;
  return last > 0 && PRINCELY_TITLES.has(honorificWords[last]) && honorificWords.slice(0, last).some((word) => HIGHNESS.has(word));
}
