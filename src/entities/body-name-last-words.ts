/**
 * "رئيس جمعية حماية واحات جمنة الطاهر فلان": the last word of a body's name (here the oasis town it
 * protects) is a bare word the news never takes for a person; right before a given name the Maghreb
 * writes with the article ("الطاهر", "المنصف") it closes the office phrase, and the holder's name
 * opens on the given name. The office phrase takes the word (office-phrase.ts), the person span
 * leaves it (spans.ts). Not right after an honorific, which opens a name, no body ("رئيس الوزراء
 * الدكتور كامل الطيب إدريس").
 */
import { isListedNameWord, isNewsDefiniteGivenName } from './given-names.js';
import { personShareBucket } from './tagger.js';
import { isHonorificWord } from './honorific-titles.js';
import type { Token } from './tokenize.js';

/** Whether the word at i closes a body's name before a definite given name and a further name word. */
export function closesBodyNameBeforeDefiniteGivenName(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  if (tokens[i - 1]?.isWord !== true || !word?.isWord || word.folded.startsWith('ال') || /^[وفبل]/.test(word.folded) || isHonorificWord(tokens[i - 1])) return false;
  const given = tokens[i + 1];
  if (given?.isWord !== true || tokens[i + 2]?.isWord !== true || !isNewsDefiniteGivenName(given.folded)) return false;
  return personShareBucket(word.folded) === 0 && !isListedNameWord(word.folded);
}
