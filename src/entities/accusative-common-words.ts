/**
 * "أنه ولد ميتا", "عاد سالما", 'على "فيسبوك" ميّتا': an indefinite accusative ("ميت" + the alef of the
 * tanween) is a circumstantial adjective or an object, not a person, wherever it stands. The word must
 * read, without that alef, as a word the news almost never uses as a name, and be no name as written
 * ("نورا", "سما" stay names: a name list knows them).
 */
import { isListedNameWord } from './given-names.js';
import { isRarelyANameInNews } from './tagger.js';

/** Whether a folded word is "X" + the accusative alef, X a common word rather than a name. */
export function isAccusativeOfCommonWord(word: string): boolean {
  if (word.length < 4 || !word.endsWith('ا')) return false;
  if (isListedNameWord(word)) return false;
  return isRarelyANameInNews(word.slice(0, -1));
}
