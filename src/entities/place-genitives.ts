/**
 * "بلدية الخليل", "محافظ الخليل", "جنوب الخليل": a one-word name that the article writes only as the
 * genitive of a place's head, of a direction or of an office that governs a place (no article on
 * the head: the construct state), or after "في", or as a dateline's town, is that place, though it is also a given
 * name ("الخليل", "الريان"). A person so named would be written with a title or a verb of his own
 * somewhere ("المحافظ الخليل", "وقال الخليل").
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { isDatedDatelineTown, isDatelineTown } from './datelines.js';
import { isDash } from './role-before.js';
import type { Token } from './tokenize.js';
import { isHonorificWord } from './honorific-titles.js';
import { isDefinite, isOfficeWord, isVerbLike } from './office-words.js';
import { isCommonWord } from './ordinary-words.js';
import { personShareBucket } from './tagger.js';
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
  // ("تيماء 5 ذو القعدة 1446 هـ": or before the date the Saudi agency's dateline gives; datelines.ts.)
  if (isDatelineTown(tokens, start, start + 1) || (start === 0 && (isDash(tokens[1]) || tokens[1]?.text === '/')) || isDatedDatelineTown(tokens, start)) return true;
  const head = tokens[start - 1];
  if (head === undefined || !head.isWord) return false;
  // ("الزلزال في هطاي": where something happens; a person is no place things happen in, and a
  // person's name is written elsewhere with a title or a verb of his own.)
  if (head.folded === 'في') return true;
  // ("لبلدية", "بمحافظ", "وجنوب": the head may carry a clitic; never the article.)
  return procliticReadings(head).some(({ stem }) => PLACE_GENITIVE_HEADS.has(stem));
}

/**
 * Whether every mention of a draft is one word at a place's genitive or a dateline's town; or, where a
 * dateline names the town, at least the genitive of a common noun ("سور تيماء", "بزيارة تيماء",
 * "تمور تيماء"), which a person may be too but a town the article was filed from is.
 */
export function isPlaceGenitiveDraft(draft: Draft): boolean {
  const oneWord = draft.mentions.every(({ span }) => span.end - span.start === 1 && span.skip === 0);
  if (!oneWord) return false;
  if (draft.mentions.every(({ block, span }) => isPlaceGenitiveAt(block.tokens, span.start))) return true;
  const datelined = draft.mentions.some(({ block, span }) => isDatelineTown(block.tokens, span.start, span.start + 1) || isDatedDatelineTown(block.tokens, span.start));
  return datelined && draft.mentions.every(({ block, span }) => isPlaceGenitiveAt(block.tokens, span.start) || isCommonNounGenitiveAt(block.tokens, span.start));
}

/** Whether the word before `start` is a common noun in the construct state ("سور", "بزيارة", "تمور"), no verb, title or office. */
function isCommonNounGenitiveAt(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start - 1];
  if (head === undefined || !head.isWord || isDefinite(head) || isVerbLike(head) || isHonorificWord(head) || isOfficeWord(head)) return false;
  // (A word the news almost never takes for a person is a noun too: "تمور".)
  return procliticReadings(head).some(({ stem }) => !stem.startsWith('ال') && (isCommonWord(stem) || personShareBucket(stem) === 0));
}
