/**
 * Builds data/entities/given-names.txt: given names harvested from the person entities of WikiFANE
 * Gold 2014 (../shared/ner/wikifane, Alotaibi & Lee, COLING 2014, CC BY-SA 3.0). A word counts when
 * it opens the names of several distinct people there ("حسن ...", "الحبيب ..."), titles taken off
 * first, and is no ordinary word of news text (data/entities/common-words.txt, from ANT). The list
 * is for the officials rules only (a name after an office or before a verb of saying that the tagger
 * missed); the tagger's own features keep data/entities/names. NewsFANE is not read (its text is
 * ANERcorp's). Run:  npx tsx scripts/build-given-names.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dropLeadingTitles, parseFane, WIKIFANE_FILE } from '../src/entities/fane.js';
import { gazetteer } from '../src/entities/gazetteer.js';
import { isCommonWord } from '../src/entities/ordinary-words.js';
import { isTitleWord } from '../src/entities/spans.js';
import { foldedLeadingNameParts, foldedRoleStops } from '../src/entities/lexicon.js';

/** Distinct people a word must open the name of. */
const MIN_PEOPLE = 2;
const PRONOUN_SUFFIXES = ['ي', 'ه', 'ها', 'نا', 'هم', 'كم'];

const input = fileURLToPath(new URL(`../../shared/ner/${WIKIFANE_FILE}`, import.meta.url));
const output = fileURLToPath(new URL('../data/entities/given-names.txt', import.meta.url));

const gaz = gazetteer();
const isTitle = (word: string): boolean => gaz.honorifics.has(word) || gaz.officeTitles.has(word);
const people = new Map<string, Set<string>>();
/** Every word of a person's name, anywhere in it. */
const nameWords = new Set<string>();
for (const sentence of parseFane(readFileSync(input, 'utf8'))) {
  dropLeadingTitles(sentence, isTitle);
  const { words, tags } = sentence;
  for (let i = 0; i < words.length; i++) {
    if (tags[i] !== 'B-PERS') continue;
    let end = i + 1;
    while (end < words.length && tags[end] === 'I-PERS') end++;
    // A one-word name may be a family name or a nickname: only names of two words or more say which
    // word is the given name.
    if (end - i >= 2) {
      for (let k = i; k < end; k++) nameWords.add(words[k]);
      const first = words[i];
      const set = people.get(first) ?? new Set<string>();
      set.add(words.slice(i, end).join(' '));
      people.set(first, set);
    }
    i = end - 1;
  }
}
// "وابراهيم", "لعبد", "والشيخ": a clitic glued to a name part or a title the segmentation left.
// "مني" (from me): a particle with a pronoun suffix.
const clitic = (word: string): boolean => {
  const stem = word.slice(1);
  // A word with the article ("الخديوي", "الحسين") may be a title or an epithet as well as a name;
  // "واحسان": a conjunction the segmentation left on a name (short foreign names such as "وارن" stay).
  if (word.startsWith('ال') || (word.startsWith('و') && stem.length >= 4)) return true;
  if (/^[وفبلك]/.test(word) && (nameWords.has(stem) || gaz.firstNames.has(stem) || gaz.familyNames.has(stem) || isTitle(stem) || foldedLeadingNameParts.has(stem))) return true;
  return PRONOUN_SUFFIXES.some((suffix) => word.endsWith(suffix) && foldedRoleStops.has(word.slice(0, -suffix.length)));
};
const isTitleToken = (word: string): boolean => isTitleWord({ text: word, folded: word, start: 0, end: word.length, isWord: true });
const names = [...people]
  .filter(([word, whole]) => whole.size >= MIN_PEOPLE && !clitic(word) && /^[\u0621-\u064a]{3,}$/.test(word) && !isTitle(word) && !isTitleToken(word) && !isCommonWord(word) && !foldedLeadingNameParts.has(word) && !(foldedRoleStops.has(word) && word !== 'علي'))
  .map(([word]) => word)
  .sort();
writeFileSync(output, names.join('\n') + '\n');
console.log(`${names.length} given names → ${output}`);
