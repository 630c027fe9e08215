/**
 * "بلدية الخليل", "محافظ الخليل", "جنوب الخليل": a one-word name that the article writes only as the
 * genitive of a place's head, of a direction or of an office that governs a place (no article on
 * the head: the construct state), or after "في", or as a dateline's town, is that place, though it is also a given
 * name ("الخليل", "الريان"). A person so named would be written with a title or a verb of his own
 * somewhere ("المحافظ الخليل", "وقال الخليل").
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { isDatelineTown } from './datelines.js';
import { isDash } from './role-before.js';
import type { Token } from './tokenize.js';
import type { Draft } from './extract-types.js';

/** Heads whose genitive is a place: units and settlements, directions, offices that govern a place (folded). */
const PLACE_GENITIVE_HEADS = new Set(
  [
    'بلدية', 'مدينة', 'محافظة', 'ولاية', 'منطقة', 'قرية', 'بلدة', 'إقليم', 'مقاطعة', 'مخيم', 'ريف', 'ضواحي', 'أطراف', 'مدخل',
    'جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'جنوبي', 'شمالي', 'شرقي', 'غربي',
    'محافظ', 'والي', 'عمدة',
  ].map(fold),
);

/** Whether the one-word name at `start` is a place's genitive or a dateline's town there ("الخليل – الترا فلسطين"). */
export function isPlaceGenitiveAt(tokens: readonly Token[], start: number): boolean {
  // ("هطاي/ الأناضول": the agency's dateline after a slash.)
  if (isDatelineTown(tokens, start, start + 1) || (start === 0 && (isDash(tokens[1]) || tokens[1]?.text === '/'))) return true;
  const head = tokens[start - 1];
  if (head === undefined || !head.isWord) return false;
  // ("الزلزال في هطاي": where something happens; a person is no place things happen in, and a
  // person's name is written elsewhere with a title or a verb of his own.)
  if (head.folded === 'في') return true;
  // ("لبلدية", "بمحافظ", "وجنوب": the head may carry a clitic; never the article.)
  return procliticReadings(head).some(({ stem }) => PLACE_GENITIVE_HEADS.has(stem));
}

/** Whether every mention of a draft is one word at a place's genitive or a dateline's town. */
export function isPlaceGenitiveDraft(draft: Draft): boolean {
  return draft.mentions.every(({ block, span }) => span.end - span.start === 1 && span.skip === 0 && isPlaceGenitiveAt(block.tokens, span.start));
}
