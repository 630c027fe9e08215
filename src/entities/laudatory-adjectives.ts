/**
 * "الأخ العزيز أبو محمد", "الكاتب الكبير فلان", "الشيخ الجليل فلان": a laudatory adjective right after
 * a title agrees with the title and belongs to it (the honorific), never to the name after it.
 * Closed class of adjectives of esteem.
 */
import { fold } from '../text/normalize.js';
import { isHonorificWord } from './honorific-titles.js';
import { opensDaughterName } from './name-parts.js';
import type { Token } from './tokenize.js';
import { hasTrait, PERSON_TITLE } from './word-traits.js';

/** Adjectives of esteem, folded. */
const ESTEEM = new Set(['العزيز', 'العزيزة', 'الفاضل', 'الفاضلة', 'الكريم', 'الكريمة', 'الجليل', 'الجليلة', 'القدير', 'القديرة', 'الغالي', 'الغالية', 'الكبير', 'الكبيرة', 'المبدع', 'المبدعة'].map(fold));

/** Whether the word at i is an adjective of esteem right after a title ("الأخ | العزيز"). */
export function isEsteemAfterTitle(tokens: readonly Token[], i: number): boolean {
  const title = tokens[i - 1];
  if (!tokens[i]?.isWord || !ESTEEM.has(tokens[i].folded) || !title?.isWord) return false;
  // ("السيدة الغالية بنت الشيخ": before a Hassaniya "بنت"/"منت" the word is the woman's given name.)
  if (opensDaughterName(tokens, i)) return false;
  return isHonorificWord(title) || (title.folded.startsWith('ال') && hasTrait(title, PERSON_TITLE));
}

/** Adjectives of a visit ("الوزير الضيف", "الرئيس الزائر"), folded: they agree with the title too. */
const VISITING = new Set(['الضيف', 'الضيفة', 'الزائر', 'الزائرة'].map(fold));

/** Whether the word at i qualifies the title before it as the visiting one ("الوزير | الضيف"). */
export function isVisitingAfterTitle(tokens: readonly Token[], i: number): boolean {
  const title = tokens[i - 1];
  return tokens[i]?.isWord === true && VISITING.has(tokens[i].folded) && title?.isWord === true && title.folded.startsWith('ال') && hasTrait(title, PERSON_TITLE);
}
