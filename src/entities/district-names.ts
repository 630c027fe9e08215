/**
 * "الوالي المنتدب للمقاطعة الإدارية علي منجلي، التابعة لولاية قسنطينة", "واليا منتدبا على المقاطعة
 * الإدارية لبئر الجير بولاية وهران": an Algerian administrative district ("المقاطعة الإدارية") is
 * followed by its proper name, often a man's or a saint's ("علي منجلي", "سيدي عبد الله"), which no
 * gazetteer holds and which the grammar would otherwise read as the holder's name.
 */
import type { Token } from './tokenize.js';
import { isVerbLike, REGION_HEADS, stems } from './office-words.js';

/** The district's head as written, folded: "المقاطعة", "للمقاطعة", "بالمقاطعة". */
const DISTRICT_HEAD = /^(?:ال|لل|بال)مقاطعه$/;
const ADMINISTRATIVE = 'الاداريه';
/** The most words a district's name runs to ("بئر مراد رايس"). */
const MAX_DISTRICT_WORDS = 3;
/** Words of belonging that describe the district after its name ("التابعة لولاية قسنطينة"), folded. */
const BELONGING = new Set(['التابعه', 'الواقعه']);

/**
 * Where the district's name that starts at `i` ends, right after "المقاطعة الإدارية", or -1. The name
 * must run to a boundary within MAX_DISTRICT_WORDS: punctuation or the end of the block, a word of
 * belonging, or the province behind "ب" ("بولاية"). With no boundary the words may be the holder's
 * name ("للمقاطعة الإدارية سيدي عبد الله فلان علان"), and the phrase keeps its old reading.
 */
export function districtNameEnd(tokens: readonly Token[], i: number): number {
  const [head, adjective] = [tokens[i - 2], tokens[i - 1]];
  if (head?.isWord !== true || adjective?.isWord !== true || adjective.folded !== ADMINISTRATIVE || !DISTRICT_HEAD.test(head.folded)) return -1;
  let k = i;
  while (k < tokens.length && k - i < MAX_DISTRICT_WORDS && tokens[k].isWord && !isVerbLike(tokens[k]) && !closesDistrictName(tokens[k])) k++;
  if (k === i) return -1;
  const after = tokens[k];
  return after === undefined || !after.isWord || closesDistrictName(after) ? k : -1;
}

/** A word of belonging, or "ب" + a region's head ("بولاية"), which follow the district's name. */
function closesDistrictName(token: Token): boolean {
  return BELONGING.has(token.folded) || (token.folded.startsWith('ب') && stems(token).slice(1).some((stem) => REGION_HEADS.has(stem)));
}
