/**
 * "وعينت روما جامباولو كانتيني سفيرا جديدا في القاهرة": after a verb of appointing or choosing, two
 * or three bare words the news never wrote, right before the office given in the accusative, are the
 * appointee's name: a foreign name too rare for the tagger, which sees nothing there. Words the news
 * does write ("روما", the verb's subject) are left out; so is a name the tagger knows, which it finds.
 */
import { readingInList } from './clitics.js';
import { isAccusativeOffice, isOfficeWord, isVerbLike } from './office-words.js';
import { isUnseenBareWord } from './spans.js';
import type { NameSpan } from './titled-names.js';
import type { Token } from './tokenize.js';
import { fold } from '../text/normalize.js';

/** Verbs of appointing, choosing, electing, naming (perfect, masculine and feminine; "و"/"ف" allowed). */
const readsAsAppointing = readingInList(new Set(['عين', 'عينت', 'اختار', 'اختارت', 'انتخب', 'انتخبت', 'سمى', 'سمت', 'كلف', 'كلفت'].map(fold)));

/** Most words of such a name, and most words between the verb and the office (its subject, a date). */
const MAX_NAME_WORDS = 3;
const MAX_WORDS_TO_OFFICE = 8;

export function unseenAppointeeNameSpans(tokens: readonly Token[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let verb = 0; verb < tokens.length; verb++) {
    if (!tokens[verb].isWord || !readsAsAppointing(tokens[verb])) continue;
    for (let office = verb + 3; office < tokens.length && office - verb <= MAX_WORDS_TO_OFFICE; office++) {
      if (!tokens[office].isWord) break;
      if (!isAccusativeOffice(tokens[office])) continue;
      let start = office;
      while (start > verb + 1 && office - start < MAX_NAME_WORDS && isNameOfNoOneKnown(tokens[start - 1])) start--;
      if (office - start >= 2) spans.push({ start, end: office });
      break;
    }
  }
  return spans;
}

function isNameOfNoOneKnown(token: Token): boolean {
  return isUnseenBareWord(token) && !isVerbLike(token) && !isOfficeWord(token);
}
