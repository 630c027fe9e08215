/**
 * "جلسة استماع إلى فلان شفيق صرصار رئيس الهيئة" beside the headline's "لشفيق صرصار": a word that
 * reads as a common noun ("صرصار") may close a name, and tidying cuts it where it stands after the
 * name. Where the article itself writes the name's last word and that word together as the end of
 * another name, the cut span runs on over it: the article names the same person so.
 */
import type { Located } from './extract-types.js';
import { foldedWords } from './located.js';
import { isParticle } from './lexicon.js';
import { isTitleWord } from './spans.js';
import { endsOnLink } from './name-parts.js';

/** Each person span of two words or more that stops right before the word another name of the article ends with after the same word runs on over it. */
export function extendOverArticleNameEnds(people: Located[]): void {
  // The last two words of every name of two words or more: "شفيق صرصار".
  const endings = new Set<string>();
  for (const located of people) {
    const words = foldedWords(located);
    if (words.length >= 2) endings.add(`${words[words.length - 2]} ${words[words.length - 1]}`);
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
    if (endings.has(`${last} ${next.folded}`)) span.end++;
  }
}
