/**
 * "صاحب السمو الملكي الأمير فلان", "سمو الأمير فلان": "الأمير" (or "الأميرة") right before the name,
 * after the style of a highness, is a prince's courtesy title, not a ruler's office; a reigning emir
 * is styled "صاحب السمو الشيخ فلان أمير البلاد", with the office after the name. A prince with a post
 * still gets it from the office phrase ("أمير منطقة الباحة"). Closed class: the words of the style.
 */
import { fold } from '../text/normalize.js';
import { LINEAGE_LINKS_AFTER_NAME } from './name-parts.js';

const HIGHNESS = new Set(['السمو', 'سمو'].map(fold));
const PRINCELY_TITLES = new Set(['الأمير', 'الأميرة'].map(fold));

/** Whether the folded words of a name's honorific end on a prince's title after a highness style. */
export function isPrinceStyle(honorificWords: readonly string[]): boolean {
  const last = honorificWords.length - 1;
  return last > 0 && PRINCELY_TITLES.has(honorificWords[last]) && honorificWords.slice(0, last).some((word) => HIGHNESS.has(word));
}

/**
 * ("كما حضر الأمير خالد بن فهد الحفل": "الأمير" right before a lineage chain is a prince's title,
 * as the news of the Gulf and Jordan styles its royal houses' sons; a reigning emir is written
 * "الأمير الشيخ فلان" or with his office after the name.) `nameWords`: the folded words of each of
 * the person's mentions.
 */
export function isPrinceOfLineage(honorificWords: readonly string[], nameWords: readonly (readonly string[])[]): boolean {
  return PRINCELY_TITLES.has(honorificWords[honorificWords.length - 1] ?? '') && nameWords.some((words) => words.slice(1).some((word) => LINEAGE_LINKS_AFTER_NAME.has(word)));
}
