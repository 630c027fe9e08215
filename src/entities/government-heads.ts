/**
 * "حكومة يوسف الشاهد", "في عهد حكومة الحبيب الصيد": a government named after a person in the
 * construct state is the one he heads, so he is an officeholder (present or past) even where the
 * article states no office of his. Only the indefinite "حكومة" in the construct state: "الحكومة"
 * with the article takes no genitive.
 */
import { readingInList } from './clitics.js';
import type { Token } from './tokenize.js';
import { isComma } from './located.js';

const readsAsGovernment = readingInList(new Set(['حكومه', 'حكومتي', 'حكومات']));
/** "حكومتي فلان وعلان", "حكومات فلان وعلان وفلان": the dual and plural name a government per name listed. */
const readsAsGovernments = readingInList(new Set(['حكومتي', 'حكومات']));

/** How many name words may stand between "حكومتي" and the "و" of the next head listed. */
const MAX_LISTED_NAME_WORDS = 8;

/**
 * Whether the name starting at `start` follows "حكومة" (with or without a proclitic: "بحكومة",
 * "لحكومة"), or is listed after the first one of "حكومتي"/"حكومات" ("في حكومتي فلان وعلان": each
 * heads one of them). `conjoined`: the name's first word carries the "و" of the list; `isName`
 * tells the name words of the article.
 */
export function isGovernmentHeadMention(tokens: readonly Token[], start: number, conjoined = false, isName: (i: number) => boolean = () => false): boolean {
  const head = tokens[start - 1];
  if (head?.isWord === true && readsAsGovernment(head)) return true;
  let k = conjoined ? start : tokens[start - 1]?.folded === 'و' ? start - 1 : -1;
  if (k < 0) return false;
  const listEnd = k;
  // (The dual may have been taken into the first name's span: "(حكومتي فلان" after a bracket.)
  while (k > 0 && listEnd - k < MAX_LISTED_NAME_WORDS && (isName(k - 1) || tokens[k - 1].folded === 'و' || isComma(tokens[k - 1]))) {
    if (k < listEnd && tokens[k - 1].isWord && readsAsGovernments(tokens[k - 1])) return true;
    k--;
  }
  return k < listEnd && tokens[k - 1]?.isWord === true && readsAsGovernments(tokens[k - 1]);
}
