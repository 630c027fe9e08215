/**
 * "القيادي فوزي عبد الرحمان ضيف بوليتيكا اليوم" beside "وأضاف فوزي عبد الرحمان": a span that runs on
 * from a name the article gives elsewhere on its own, over a common word and what follows it ("ضيف"
 * + a programme, "مراسل" + a paper), ends where that name ends. (people-passes.ts trims one ordinary
 * word at the end; this reads names with compounds such as "عبد الرحمان", and run-ons of more than
 * one word, as long as the word right after the name is a common one and no name word.)
 */
import { familyNamesOfArticle } from './article-family-names.js';
import { isListedNameWord } from './given-names.js';
import { nameKey } from './name-key.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import type { Located } from './extract-types.js';
import { foldedWords } from './located.js';
import { isHonorificWord } from './honorific-titles.js';
import { isOftenANameInNews, isRarelyANameInNews, isSeenInRunningText } from './tagger.js';
import { isSoundImperfectShape } from './imperfect-verbs.js';
import { endsOnLink, FOREIGN_NAME_PARTICLES, LINEAGE_CHAIN_LINKS, SECOND_FOREIGN_PARTICLES } from './name-parts.js';
import { foldedLeadingNameParts } from './lexicon.js';
import { isDefinite, isOfficeWord } from './office-words.js';
import { personShareBucket } from './tagger.js';
import { isKnownOfficial } from './known-officials.js';

/** Spans of two words or more that run on past a name the article gives alone end with that name. */
export function cutRunOnsAfterKnownNames(people: Located[]): void {
  const keys = people.map((located) => nameKey(foldedWords(located)));
  const names = new Set(keys.map((key) => key.join(' ')));
  // ("حمود بن سالم العلي" + "الصباح" beside "فهد السالم الصباح": the family name of the article's
  // other names, a common word too, closes this one as well; see article-family-names.ts.)
  const closesAnotherFamily = familyNamesOfArticle(keys);
  const familyNames = familyNamesClosingLongerNames(people);
  people.forEach((located, i) => {
    const { block, span } = located;
    // ("الرئيس بري | منفتح على" beside "نبيه بري": after a title, the family name alone, then a word
    // the news rarely takes for a person and no list knows, going on with the sentence: its predicate.)
    const [first, second] = [block.tokens[span.start], block.tokens[span.start + 1]];
    const title = block.tokens[span.start - 1];
    const titled = title?.isWord === true && isDefinite(title) && (isHonorificWord(title) || isOfficeWord(title));
    // ("ودعا رئيس غرفة تجارة نابلس حجاوي | التجار إلى": or a definite common word, the verb's object,
    // after whatever stands before the family name.)
    const definiteObject = second?.isWord === true && isDefinite(second) && isCommonWord(second) && !isOftenANameInNews(second.folded);
    // ("هنأ الوزير القعيطي | الخريجين وأسرهم": a sound plural with the article that the news never
    // wrote counts as one it rarely takes for a person.)
    const rarelyAName = (word: string): boolean => isRarelyANameInNews(word) || (/^ال.{3,}(?:ين|ون)$/.test(word) && !isSeenInRunningText(word));
    // ("آية الله السيد علي خامنئي | بشأن" beside "يوسف علي": nor a listed official's whole name.)
    if (span.end - span.start === 2 && span.skip === 0 && (titled || definiteObject) && block.tokens[span.end]?.isWord === true && familyNames.has(first.folded) && second.isWord && !isListedNameWord(second.folded) && rarelyAName(second.folded) && !LINEAGE_CHAIN_LINKS.has(second.folded) && !isKnownOfficial([first.folded, second.folded])) {
      span.end = span.start + 1;
      return;
    }
    if (span.end - span.start < 3) return;
    const words = foldedWords(located);
    // The shortest name of two words or more that the article gives alone, then a common word.
    for (let end = 2; end < words.length; end++) {
      const next = block.tokens[span.start + end];
      const prefix = nameKey(words.slice(0, end));
      // ("شوقي بن سعادة هدافان" beside a cut "شوقي بن": no name ends on its lineage link.)
      if (prefix.length < 2 || !names.has(prefix.join(' ')) || endsOnLink(prefix)) continue;
      // ("إن فلان علان يحشر انفه" beside "فلان علان": a verb the news may never have written, known by
      // its shape; "فلان علان نم قرير العين": a word of two letters no list or news reading makes a name.)
      // ("الملك عبدالله الثاني | ابن الحسين" beside "الملك عبدالله الثاني": nor before a lineage link.)
      if (!next.isWord || isListedNameWord(next.folded) || LINEAGE_CHAIN_LINKS.has(next.folded) || !(isOrdinaryWord(next) || isCommonWord(next) || isSoundImperfectShape(next) || isShortUnnamedWord(next.folded))) continue;
      // ("ناصر الفيصل" alone beside "ناصر الفيصل الجابر الصباح": a chain of forefathers with the
      // article, "الجابر", up to that family name, stays with it too.)
      if (closesAnotherFamily(keys[i], block.tokens[span.end - 1].folded) && block.tokens.slice(span.start + end, span.end).every((token) => token.isWord && token.folded.startsWith('ال'))) continue;
      span.end = span.start + end;
      break;
    }
  });
}

/**
 * The last words of the article's names of two words or more, as written (folded): their family
 * names. Not after a lineage link (a father's given name), nor a link or kunya head itself (a name
 * cut short, "محمد بشير أبو").
 */
function familyNamesClosingLongerNames(people: readonly Located[]): Set<string> {
  const families = new Set<string>();
  for (const { block, span } of people) {
    const last = block.tokens[span.end - 1].folded;
    if (span.end - span.start >= 2 && !LINEAGE_CHAIN_LINKS.has(block.tokens[span.end - 2].folded) && !foldedLeadingNameParts.has(last)) families.add(last);
  }
  return families;
}

/**
 * "عبد الرؤوف الشريف والناطق الرسمي", "محمد الحاج": an honorific stands before the name it honours,
 * so one right after a name, that the news mostly takes for part of a name ("الشريف", "الحاج") and
 * that no name follows, is the family name. (The tagger and the title rules stop before it.)
 */
export function extendOverHonorificFamilyNames(people: Located[]): void {
  const starts = new Set(people.map(({ block, span }) => `${block.block}:${span.start}`));
  for (const { block, span } of people) {
    const word = block.tokens[span.end];
    const after = block.tokens[span.end + 1];
    if (!word?.isWord || !word.folded.startsWith('ال') || !isHonorificWord(word) || !isOftenANameInNews(word.folded)) continue;
    // ("فلان الشيخ محمد": the honorific of a next name.)
    if (starts.has(`${block.block}:${span.end + 1}`) || (after?.isWord === true && isListedNameWord(after.folded))) continue;
    span.end++;
  }
}

/**
 * "نم", "قم", "رد": a word of two letters (an imperative or past of a hollow or doubled root) that no
 * name list knows, that the news does not take for a name at times, and that is no particle of a
 * foreign name ("دي", "دو") nor an open name part ("بو").
 */
function isShortUnnamedWord(folded: string): boolean {
  return folded.length === 2 && !isListedNameWord(folded) && personShareBucket(folded) <= 0 && !FOREIGN_NAME_PARTICLES.has(folded) && !SECOND_FOREIGN_PARTICLES.has(folded) && !foldedLeadingNameParts.has(folded) && folded !== 'بو';
}
