/**
 * "العميد متقاعد فلان", "اللواء المتقاعد فلان": a rank followed by "retired" is the name's honorific,
 * and its bearer holds no post (he is no official by his rank). Closed class: the word "retired".
 */
const RETIRED = new Set(['متقاعد', 'المتقاعد']);

/** Whether a folded word is "retired", as written after a rank. */
export function isRetiredWord(folded: string): boolean {
  return RETIRED.has(folded);
}

/** Whether the folded words of an honorific hold a retired rank. */
export function isRetiredRank(honorificWords: readonly string[]): boolean {
  return honorificWords.some(isRetiredWord);
}
