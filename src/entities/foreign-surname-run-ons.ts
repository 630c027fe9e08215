/**
 * "اختار ماكرون برونو لو مير", "وهاجمت لوبان ماكرون", "إن علييف عيّن زوجته": once the article has named
 * a foreign person in full ("إيمانويل ماكرون"), his family name alone is how it goes on naming him, as
 * the subject right after a verb. What the tagger runs on after it is the verb's object (another
 * name) or the next word, never the rest of his name: a foreign family name closes the name.
 * Only a family name that no list of (Arabic) names knows and that is rare in running text (a
 * transliteration): "سلمان بن عبد العزيز" beside "محمد بن سلمان", "علي حسن" beside "محمد علي" open
 * on a given name, which the lists know; "سفيان" beside "سراح سفيان" is an Arabic word the news writes.
 */
import { isListedNameWord } from './given-names.js';
import { foldedLeadingNameParts, isParticle } from './lexicon.js';
import { foldedWords } from './located.js';
import { FOREIGN_NAME_PARTICLES, KUNYA_WORDS, LINEAGE_CHAIN_LINKS, SECOND_FOREIGN_PARTICLES } from './name-parts.js';
import { isConstructStatePlural } from './office-phrase-parts.js';
import { isRareWord } from './tagger.js';
import { officePhraseBefore } from './role-before.js';
import type { Located } from './extract-types.js';

/** A word that carries a name on ("بن", "دي", "لو", "عبد"): the span goes on with the same name. */
function carriesNameOn(folded: string): boolean {
  return LINEAGE_CHAIN_LINKS.has(folded) || FOREIGN_NAME_PARTICLES.has(folded) || SECOND_FOREIGN_PARTICLES.has(folded) || foldedLeadingNameParts.has(folded);
}

/**
 * The spans that open on the foreign family name of another person the article names in full, cut
 * after it: the rest is a span of its own when it is a name (two words or more, "برونو لو مير", or
 * a word of another full name of the article, "لوبان | ماكرون"), else left out ("علييف | عيّن").
 */
export function splitAtKnownForeignSurnames(people: readonly Located[]): Located[] {
  const wordsOf = people.map(foldedWords);
  // (A full name: no kunya, "أم عاطف", and no word written twice, "هونغ هونغ".)
  const isFullName = (words: readonly string[]): boolean => words.length >= 2 && !KUNYA_WORDS.has(words[0]) && new Set(words).size === words.length;
  const familyNameOf = (words: readonly string[]): string | undefined => (isFullName(words) ? words[words.length - 1] : undefined);
  /** Of how many full names of the article the word is the family name. */
  const familyNameCount = new Map<string, number>();
  for (const words of wordsOf) {
    const family = familyNameOf(words);
    if (family !== undefined) familyNameCount.set(family, (familyNameCount.get(family) ?? 0) + 1);
  }
  const fullNameWords = new Set(wordsOf.filter(isFullName).flat());
  const result: Located[] = [];
  people.forEach((located, i) => {
    const { block, span } = located;
    const words = wordsOf[i];
    const [first, second] = words;
    // (The family name of another full name: this one may end on it too, "لوبان ماكرون".)
    const othersFamily = (familyNameCount.get(first) ?? 0) - (familyNameOf(words) === first ? 1 : 0) > 0;
    // (Inside a sentence, after the verb or noun it goes with: an entry of a list, "– بوبكر كامارا –",
    // may well open on a given name that is another entry's family name.)
    const cut =
      words.length >= 2 &&
      span.skip === 0 &&
      block.tokens[span.start - 1]?.isWord === true &&
      othersFamily &&
      second !== first &&
      !first.startsWith('ال') &&
      !isListedNameWord(first) &&
      isRareWord(first) &&
      !carriesNameOn(first) &&
      !carriesNameOn(second) &&
      // (What follows a foreign family name is no Arabic family name with the article: "رحلت نجيبة"
      // beside "نجيبة الحمروني" is a tagging slip, not the family name of another.)
      !second.startsWith('ال') &&
      !isParticle(block.tokens[span.start + 1]) &&
      // ("وزير الداخلية والمصالحة عبدي قاسم طاهر" beside "عثمان عبدي": right after an office phrase
      // a span of three words or more is its holder's whole name, which may open on another's family
      // name, a given name in Somalia; "المدير الجديد حمو | لعنب بلدي" is cut all the same.)
      (words.length < 3 || officePhraseBefore(block.tokens, span.start) === null);
    if (!cut) {
      result.push(located);
      return;
    }
    result.push({ ...located, span: { ...span, end: span.start + 1 } });
    const restIsName = words.length >= 3 || fullNameWords.has(second);
    if (restIsName) result.push({ block, span: { ...span, start: span.start + 1, skip: 0 } });
  });
  return result;
}

/**
 * "وكان فلان أحد أقوى داعمي ماكرون" beside "إيمانويل ماكرون": a masculine plural in the construct
 * state ("داعمي", supporters of) before the family name of a full name the article gives governs
 * that name; it is none of it. (office-phrase-parts.ts isConstructStatePlural: no name, nisba or place.)
 */
export function dropPluralsBeforeKnownFamilyNames(people: readonly Located[]): void {
  const wordsOf = people.map(foldedWords);
  const familyNames = new Set(wordsOf.filter((words) => words.length >= 2).map((words) => words[words.length - 1]));
  people.forEach((located, i) => {
    const { block, span } = located;
    const words = wordsOf[i];
    if (words.length !== 2 || span.skip !== 0 || !isConstructStatePlural(block.tokens[span.start])) return;
    const named = wordsOf.some((other, k) => k !== i && other.length >= 2 && other[other.length - 1] === words[1] && other[0] !== words[0]);
    if (!named || !familyNames.has(words[1])) return;
    span.start++;
  });
}
