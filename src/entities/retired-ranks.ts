/**
 * "العميد متقاعد فلان", "اللواء المتقاعد فلان": a rank followed by "retired" is the name's honorific,
 * "retired" with it. Closed class: the word "retired".
 */
const RETIRED = new Set(['متقاعد', 'المتقاعد']);

/** Whether a folded word is "retired", as written after a rank. */
export function isRetiredWord(folded: string): boolean {
  return RETIRED.has(folded);
}
