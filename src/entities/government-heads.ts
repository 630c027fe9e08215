/**
 * "حكومة يوسف الشاهد", "في عهد حكومة الحبيب الصيد": a government named after a person in the
 * construct state is the one he heads, so he is an officeholder (present or past) even where the
 * article states no office of his. Only the indefinite "حكومة" in the construct state: "الحكومة"
 * with the article takes no genitive.
 */
import { readingInList } from './clitics.js';
import type { Token } from './tokenize.js';

const readsAsGovernment = readingInList(new Set(['حكومه']));

/** Whether the name starting at `start` follows "حكومة" (with or without a proclitic: "بحكومة", "لحكومة"). */
export function isGovernmentHeadMention(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start - 1];
  return head?.isWord === true && readsAsGovernment(head);
}
