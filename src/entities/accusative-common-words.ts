/**
 * "أنه ولد ميتا", "عاد سالما": an indefinite accusative ("ميت" + the alef of the tanween) right after a
 * verb is its circumstantial adjective or object, not a person. The word must read, without that
 * alef, as a word the news almost never uses as a name, and be no name as written ("نورا", "سما"
 * stay names: a name list knows them, or the verb context is missing).
 */
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isListedNameWord } from './given-names.js';
import { isOftenANameInNews, isRarelyANameInNews } from './tagger.js';
import type { Token } from './tokenize.js';

/** Whether a folded word is "X" + the accusative alef, X a common word rather than a name. */
export function isAccusativeOfCommonWord(word: string): boolean {
  if (word.length < 4 || !word.endsWith('ا')) return false;
  if (isListedNameWord(word)) return false;
  return isRarelyANameInNews(word.slice(0, -1));
}

/** "ولد" opens a lineage only after a name ("لغوث ولد بغالي"); with none before it, it is the verb "was born". */
function isBornVerbAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.folded !== 'ولد') return false;
  const before = tokens[at - 1];
  if (before === undefined || !before.isWord) return true;
  return !(isListedNameWord(before.folded) || isOftenANameInNews(before.folded));
}

/** Whether the word at `at` follows a verb: of saying or meeting (the lexicon's), or "ولد" as "was born". */
export function followsVerb(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (before === undefined || !before.isWord) return false;
  const verbs = gazetteer().personVerbs;
  return isBornVerbAt(tokens, at - 1) || procliticReadings(before).some(({ stem }) => verbs.has(stem));
}
