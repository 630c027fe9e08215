/**
 * "جلسة استماع إلى فلان شفيق صرصار رئيس الهيئة" beside the headline's "لشفيق صرصار": a word that
 * reads as a common noun ("صرصار") may close a name, and tidying cuts it where it stands after the
 * name. Where the article itself writes the name's last word and that word together as the end of
 * another name, the cut span runs on over it: the article names the same person so.
 */
import type { Located } from './extract-types.js';
import { foldedWords } from './located.js';
import { isParticle, withoutArticle } from './lexicon.js';
import { isTitleWord } from './spans.js';
import { endsOnLink } from './name-parts.js';
import { isMeetingVerb } from './meeting-verbs.js';
import { isOfficeWord, isVerbLike } from './office-words.js';
import type { Token } from './tokenize.js';
import { isListedNameWord } from './given-names.js';
import { isRareWord } from './tagger.js';

/**
 * Each person span of two words or more that stops right before the word another name of the
 * article ends with after the same word runs on over it; so does one that stops right before a word
 * the article writes alone as a name after the office that opens the span's own phrase: "وزير
 * الكهرباء زياد علي فاضل وجه بتشكيل ..." beside "الوزير فاضل أجرى" ("فاضل" reads as an adjective,
 * and "وجه" after it as a noun): the article names the same official by his office and surname.
 */
export function extendOverArticleNameEnds(people: Located[]): void {
  // The last two words of every name of two words or more: "شفيق صرصار".
  const endings = new Set<string>();
  // Each word written alone as a name right after an office word, with that word without its article.
  const titledWords = new Map<string, string>();
  for (const located of people) {
    const words = foldedWords(located);
    if (words.length >= 2) endings.add(`${words[words.length - 2]} ${words[words.length - 1]}`);
    const before = located.block.tokens[located.span.start - 1];
    if (words.length === 1 && before?.isWord === true && isOfficeWord(before)) titledWords.set(words[0], withoutArticle(before.folded));
  }
  if (endings.size === 0) return;
  const starts = new Set(people.map(({ block, span }) => `${block.block}:${span.start}`));
  for (const located of people) {
    const { block, span } = located;
    // (A name of two words at least: after a lone word, "محفوظ علي" may be "على" written "علي".)
    if (span.end - span.start < 2) continue;
    const next = block.tokens[span.end];
    // (Never over a lineage link, which would end the name: endsOnLink.)
    if (!next?.isWord || isParticle(next) || isTitleWord(next) || endsOnLink([next.folded]) || starts.has(`${block.block}:${span.end}`)) continue;
    const last = foldedWords(located).at(-1);
    if (endings.has(`${last} ${next.folded}`) || isSurnameOfOfficeBefore(block.tokens, span.start, next, titledWords.get(next.folded))) span.end++;
  }
}

/** The most words between an office word and the name it titles ("وزير الخارجية والمغتربين | فلان"). */
const MAX_OFFICE_WORDS_BEFORE = 6;

/**
 * Whether `next`, the word after a name opening at `start`, is one the article writes alone after
 * the office word `office` (without its article) that also stands shortly before the name. (Nor a
 * verb, which a lone word after a title may be: "المهندس زار غزة".)
 */
function isSurnameOfOfficeBefore(tokens: readonly Token[], start: number, next: Token, office: string | undefined): boolean {
  // (Nor a listed name, which may open another's name: "الشيخ محمد" is a given name said alone; nor
  // a word the news writes often.)
  if (office === undefined || isMeetingVerb(next) || isVerbLike(next) || isListedNameWord(next.folded) || !isRareWord(next.folded)) return false;
  for (let k = start - 1; k >= 0 && start - k <= MAX_OFFICE_WORDS_BEFORE; k--) {
    if (!tokens[k].isWord) return false;
    if (withoutArticle(tokens[k].folded) === office && isOfficeWord(tokens[k])) return true;
  }
  return false;
}
