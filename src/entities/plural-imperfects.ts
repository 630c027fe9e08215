/**
 * "يبقون", "يمضون": the "they" (masculine plural) imperfect, "ي" + the stem + "ون". The news may never
 * write that person of a verb, but it writes the "he" form ("يبقى", "يمضي"; or "يعمل" for "يعملون")
 * and seldom takes it for a person; no name takes this shape then.
 */
import { isSeenInRunningText, personShareBucket } from './tagger.js';

/** Whether a folded word is the masculine plural imperfect of a verb whose "he" form the news writes. */
export function isPluralImperfect(folded: string): boolean {
  const verb = /^ي(.{2,4})ون$/.exec(folded);
  if (verb === null) return false;
  // ("يبقى" folds with "ي": the defective verb's "he" form ends on it.) ("يارون": of a stem of two
  // letters, a "he" form of three, "يار", makes no such verb of a "they" form the news never writes;
  // "يردون" it writes.)
  const bareHe = verb[1].length > 2 || isSeenInRunningText(folded);
  return [...(bareHe ? [`ي${verb[1]}`] : []), `ي${verb[1]}ي`].some((he) => isSeenInRunningText(he) && (personShareBucket(he) === 0 || personShareBucket(he) === 1));
}
