/**
 * "استقبل الشيخ فلان وزير البنية التحتية السفير علان": after a verb of meeting, the subject named
 * with an honorific only, an office phrase right after his name and then a bare definite title
 * ("السفير") and a second name: the phrase is the subject's apposition and the bare title the
 * second name's own (whom he met). (Without a name before it, "مساعد وزير الخارجية السفير علان",
 * the office is the second name's and the title his rank: role-before.ts.)
 */
import { isHonorificAt } from './honorific-titles.js';
import { isMeetingVerb } from './meeting-verbs.js';
import { isOfficeAt } from './office-start.js';
import { isDefinite, isOfficeWord, stems } from './office-words.js';
import { type IsNameToken, nameStartBefore } from './role-types.js';
import type { Token } from './tokenize.js';
import { hasTrait, PERSON_TITLE } from './word-traits.js';

/** The office phrase [start, end) is the met subject's apposition, and the title at `end` the next name's. */
export function isSubjectsOfficeBeforeTitledObject(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): boolean {
  if (start < 1 || end - start < 2 || !isName(start - 1) || !isName(end + 1)) return false;
  const title = tokens[end];
  if (!title?.isWord || !isDefinite(title) || stems(title).length !== 1 || !hasTrait(title, PERSON_TITLE) || !isOfficeAt(tokens, end) || !isDefinite(tokens[end - 1])) return false;
  // The subject: honorifics that are no office ("الشيخ", "سمو"), right after the verb of meeting.
  let k = nameStartBefore(start, isName);
  while (k > 0 && isHonorificAt(tokens, k - 1)) {
    if (isOfficeWord(tokens[k - 1])) return false;
    k--;
  }
  return k > 0 && isMeetingVerb(tokens[k - 1]);
}
