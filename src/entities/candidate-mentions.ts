/**
 * "للمرشح فلان", "قائمة فلان تضم كل من: علان وفلتان": a name after "candidate" or a list's noun, or
 * an entry of what such a list holds, stands for someone running for a post (or merely listed), not
 * for its holder. There the lists of well-known officeholders (known-officials.ts) do not make him an
 * official: the article states no office, and this mention says he holds none yet.
 */
import { isComma } from './located.js';
import { readingInList } from './clitics.js';
import type { Token } from './tokenize.js';

/** "قائمة", "المرشح", "للمترشحة": a list's noun or a candidate's, folded, perhaps behind "و"/"ب"/"ل". */
const readsAsListOrCandidate = readingInList(new Set(['قايمه', 'القايمه', 'للقايمه', ...['مرشح', 'مترشح'].flatMap((noun) => [noun, `ال${noun}`, `لل${noun}`, `${noun}ه`, `ال${noun}ه`, `لل${noun}ه`])]));
/** The list's noun alone (the candidate's takes no entries after a verb). */
const readsAsList = readingInList(new Set(['قايمه', 'القايمه']));
/** "تضم", "تتكون": the verbs that say what a list holds, folded. */
const readsAsHolding = readingInList(new Set(['تضم', 'ضمت', 'تتضمن', 'تضمنت', 'تشمل', 'شملت', 'تتكون', 'تكونت', 'تتالف']));
/** Words that open or join a list's entries: "كل من", "كلا من", ":". */
const LIST_WORDS = new Set(['كل', 'كلا', 'من', ':']);

/**
 * Whether the name at `start` is a candidate's or a list's entry: right after the noun, or among the
 * entries, joined by "و" or commas, that follow "قائمة ... تضم" or "تضم القائمة" (`isName`: the
 * article's name tokens of this block).
 */
export function isCandidateMention(tokens: readonly Token[], start: number, isName: (index: number) => boolean): boolean {
  const before = tokens[start - 1];
  if (before?.isWord && readsAsListOrCandidate(before)) return true;
  let k = start - 1;
  while (k >= 0 && (isName(k) || tokens[k].folded === 'و' || isComma(tokens[k]) || LIST_WORDS.has(tokens[k].folded))) k--;
  if (k < 0 || k === start - 1 || !tokens[k].isWord) return false;
  // "وتضم القائمة كلا من": the list's noun after the verb.
  if (readsAsList(tokens[k])) return tokens[k - 1]?.isWord === true && readsAsHolding(tokens[k - 1]);
  if (!readsAsHolding(tokens[k])) return false;
  // "قائمة فلان تضم": the list's noun, perhaps with the name of its head, before the verb.
  let j = k - 1;
  while (j >= 0 && isName(j)) j--;
  return j >= 0 && tokens[j].isWord && readsAsList(tokens[j]);
}
