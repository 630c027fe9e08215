/**
 * "الحكم : فلان الفلاني ملعب فلان بن فلان بمدنين": in fixture lists and programmes the head of a
 * venue or institution named after a person or a place ("ملعب", "قاعة", "مستشفى": NAMED_AFTER_HEADS)
 * may follow a name with no punctuation between. Bare (no article) and before the word it governs,
 * it opens the next entry: no family name ends so. Not a head the news takes for a person at times.
 */
import { foldedNamedAfterHeads } from './lexicon.js';
import { isListedNameWord } from './given-names.js';
import { isRarelyANameInNews } from './tagger.js';
import type { Located } from './extract-types.js';
import { isAccusativeOffice } from './office-words.js';

/** The fewest words a name keeps once the head is cut off. */
const MIN_NAME_WORDS = 2;

/** Cuts the head of a venue's name off the end of the person spans it follows. */
export function cutVenueHeadsAfterNames(people: Located[]): void {
  for (const { block, span } of people) {
    if (span.end - 1 - span.start < MIN_NAME_WORDS) continue;
    const last = block.tokens[span.end - 1];
    // ("تعيين محمد أحمد جامع | نائبا لوزير التربية": not before an office in the accusative, the post
    // the one named is made, which no venue's head governs.)
    const next = block.tokens[span.end];
    if (next?.isWord !== true || isAccusativeOffice(next)) continue;
    if (!foldedNamedAfterHeads.has(last.folded) || isListedNameWord(last.folded) || !isRarelyANameInNews(last.folded)) continue;
    span.end--;
  }
}
