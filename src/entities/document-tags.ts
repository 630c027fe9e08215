/**
 * Tags a document's sentences with the (two-pass, document-aware) tagger plus the two rules the
 * extractor also applies: names after a person title ("الرئيس أنور السادات") and consistency, i.e. a
 * name found in one sentence is a name wherever else the document repeats it (the extractor's further
 * mentions). Used to measure the tagger on ANERcorp the way the extractor uses it.
 */
import { gazetteer } from './gazetteer.js';
import { foldedWeakNameParts } from './lexicon.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isCommonWord } from './ordinary-words.js';
import { spansOf } from './conll.js';
import { isRareWord, personShareBucket, tagDocumentWords } from './tagger.js';
import { titledNameSpans } from './titled-names.js';
import type { Token } from './tokenize.js';

function asTokens(words: readonly string[]): Token[] {
  let offset = 0;
  return words.map((word) => {
    const token = { text: word, folded: word, start: offset, end: offset + word.length, isWord: /^[\p{L}\p{N}]/u.test(word) };
    offset += word.length + 1;
    return token;
  });
}

function markPerson(tags: string[], start: number, end: number): void {
  if (tags.slice(start, end).some((tag) => tag !== 'O')) return;
  for (let i = start; i < end; i++) tags[i] = i === start ? 'B-PERS' : 'I-PERS';
}

export function tagDocument(sentences: readonly string[][]): string[][] {
  const gaz = gazetteer();
  const looksLikeName = (token: Token): boolean => isRareWord(token.folded) || gaz.firstNames.has(token.folded) || gaz.familyNames.has(token.folded);
  const tagged = tagDocumentWords(sentences).map((tags, s) => {
    const words = sentences[s];
    // "الملك ساكنا", "الوزيرة الأميركية صرحت": after a title, a word that no name list knows and the
    // news almost never uses as a name is no name (as the extractor keeps persons).
    const couldBeName = (word: string): boolean =>
      isListedNameWord(word) || personShareBucket(word) !== 0;
    for (const { start, end } of titledNameSpans(asTokens(words), looksLikeName)) {
      if (words.slice(start, end).some(couldBeName)) markPerson(tags, start, end);
    }
    return tags;
  });
  // "ليوناردو بخير" where the document also says "ليوناردو" alone: the common word is no family name
  // (as the extractor trims it).
  const alone = new Set<string>();
  tagged.forEach((tags, s) => {
    for (let i = 0; i < tags.length; i++) if (tags[i] === 'B-PERS' && tags[i + 1] !== 'I-PERS') alone.add(sentences[s][i]);
  });
  const isCommonTail = (word: string): boolean =>
    (isCommonWord(word) || personShareBucket(word) === 0 || gaz.places.has(word) || gaz.organizations.has(word)) && !isListedNameWord(word);
  tagged.forEach((tags, s) => {
    const words = sentences[s];
    for (let i = 1; i < tags.length; i++) {
      const before = words[i - 1];
      if (tags[i] === 'I-PERS' && tags[i + 1] !== 'I-PERS' && alone.has(before) && !isListedGivenName(before) && isCommonTail(words[i])) tags[i] = 'O';
    }
  });
  // Names the document already has: full names, and the family names of multi-word ones.
  const names = new Set<string>();
  tagged.forEach((tags, s) => {
    for (const span of spansOf(tags, 'PERS')) {
      const [start, end] = span.split(':').map(Number);
      const words = sentences[s].slice(start, end);
      // A one-word "name" that the news mostly uses otherwise ("علي" where a text writes the
      // preposition على with ي) was a name here, not at each of its other occurrences.
      if (words.length > 1 || personShareBucket(words[0]) !== 0) names.add(words.join(' '));
      // The family name alone, as the extractor links "مؤمني" to "إسكندر مؤمني".
      const family = words[words.length - 1];
      if (words.length > 1 && family.length >= 3 && !foldedWeakNameParts.has(family) && isRareWord(family)) names.add(family);
    }
  });
  tagged.forEach((tags, s) => {
    const words = sentences[s];
    for (let i = 0; i < words.length; i++) {
      for (let length = 3; length >= 1; length--) {
        if (i + length <= words.length && names.has(words.slice(i, i + length).join(' '))) {
          markPerson(tags, i, i + length);
          i += length - 1;
          break;
        }
      }
    }
  });
  return tagged;
}
