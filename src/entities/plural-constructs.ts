/**
 * "معتصمو الكامور يمهلون الحكومة", "أعلن محتجو المنطقة": a masculine sound plural in the construct
 * state drops its "ن" and ends in "و". It is no name: with the "ن" back it is a plural the news
 * almost never takes for a person ("معتصمون"), where a name ending in "و" ("ماركو", "برونو") gives no
 * such word.
 */
import { procliticReadings } from './clitics.js';
import { isListedNameWord } from './given-names.js';
import { isRarelyANameInNews } from './tagger.js';

/** Letters of the shortest plural in construct looked at ("عاملو"). */
const MIN_PLURAL_LENGTH = 5;

/** Whether a folded word (proclitics allowed) is a masculine sound plural in the construct state. */
export function isSoundPluralInConstruct(folded: string): boolean {
  if (!folded.endsWith('و')) return false;
  return procliticReadings(folded).some(
    ({ stem }) => stem.length >= MIN_PLURAL_LENGTH && !isListedNameWord(stem) && isRarelyANameInNews(`${stem}ن`),
  );
}
