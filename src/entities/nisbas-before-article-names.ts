/**
 * "عامر العمراني يتعرض لحادث" beside "اللاعب المعار إلى الأولمبي الباجي عامر العمراني": a club's
 * name may end in a nisba that is also a given name ("الباجي"), and the tagger runs it into the
 * player's name after it. The article writes the name without it elsewhere; and a definite nisba
 * right after another definite word that is no title agrees with that word (an adjective chain,
 * "الأولمبي الباجي"), where a given name would follow a title ("الرئيس الباجي") or a verb.
 */
import type { Located } from './extract-types.js';
import { foldedWords } from './located.js';
import { isListedNameWord } from './given-names.js';
import { isTitleWord } from './spans.js';

/** "الباجي", "بالأولمبي": a definite word in the form of a nisba, perhaps behind "ب"/"و"/"ل". */
const DEFINITE_NISBA = /^(?:[وبل]?ال|لل).{3,}ي$/;

export function dropNisbasBeforeArticleNames(people: Located[]): void {
  const written = new Set(people.filter(({ span }) => span.end - span.start >= 2).map((located) => foldedWords(located).join(' ')));
  for (const { block, span } of people) {
    if (span.end - span.start < 3 || span.skip > 0) continue;
    const tokens = block.tokens;
    const nisba = tokens[span.start];
    const before = tokens[span.start - 1];
    if (!DEFINITE_NISBA.test(nisba.folded) || before === undefined || !before.isWord || !DEFINITE_NISBA.test(before.folded)) continue;
    if (isTitleWord(before) || isListedNameWord(before.folded)) continue;
    const rest = tokens.slice(span.start + 1, span.end).map((token) => token.folded).join(' ');
    if (written.has(rest)) span.start++;
  }
}
