/** What the passes of the extractor know of the name words of one article (the context they share). */
import { procliticReadings } from './clitics.js';
import { hasTrait, NATIONALITY, PERSON_TITLE } from './word-traits.js';
import { isTitleWord } from './spans.js';
import { isRareWord } from './tagger.js';
import { isForeignGivenName, isListedNameWord } from './given-names.js';
import type { Token } from './tokenize.js';
import type { BlockTokens, RawSpan } from './extract-types.js';
import { OPENING_QUOTES, CLOSING_QUOTES } from './quote-marks.js';

/** What the passes know of the names of one article. */
export interface ArticleNames {
  /**
   * Folded words taken for a person anywhere in the article: the tagger's, then (pass 2) the words
   * of every person span, so that a later block sees the names of the earlier ones.
   */
  nameWords: Set<string>;
  /**
   * "التقى اينشتاين ... كتب اينشتاين ... درس اينشتاين": a word the tagger itself takes for a person
   * at several places of the article is used as a name there, not a one-off tagging guess. Not so a
   * word it takes as often for a place or body ("بكراتشي" and "مدينة كراتشي"), nor where it stands
   * alone in quote marks (a ship, a brand or a title: "سفينتي «ميسترال»").
   */
  repeatedNameWords: ReadonlySet<string>;
  /** A word that may be a name: one the article takes for a name, a rare word, or one on a name list. */
  looksLikeName: (token: Token) => boolean;
  /** A word the article takes for a name, or one on a name list. */
  isKnownNameWord: (token: Token) => boolean;
  /** The same for a stem (a word without its clitics), "عبد" and "ابو" too (tidyPersonSpan, stripProclitics). */
  isKnownName: (stem: string) => boolean;
  /**
   * Text that never writes "ى" (some outlets, normalized corpora) spells the preposition "على" like
   * the name "علي" (isParticle tells them apart by the alef maqsura).
   */
  writesAlefMaqsura: boolean;
}

/** The name words of a tagged article (pass 1); `nameWords` goes on growing in pass 2. */
export function articleNames(tokenized: readonly BlockTokens[], taggedBlocks: readonly RawSpan[][], nameWords: Set<string>): ArticleNames {
  return {
    nameWords,
    repeatedNameWords: wordsTaggedAsPersonRepeatedly(tokenized, taggedBlocks),
    looksLikeName: (token: Token): boolean => nameWords.has(token.folded) || isRareWord(token.folded) || isListedNameWord(token.folded) || isForeignGivenName(token.folded),
    isKnownNameWord: (token: Token): boolean => nameWords.has(token.folded) || isListedNameWord(token.folded),
    isKnownName: (stem: string): boolean => nameWords.has(stem) || isListedNameWord(stem) || stem === 'عبد' || stem === 'ابو',
    writesAlefMaqsura: tokenized.some((block) => block.text.includes('ى')),
  };
}

/**
 * Words (folded) the tagger takes for a person at three or more places, or at two none of which
 * follows a definite word that is no title ("الفرقاطة ميسترال" names a ship), and for anything else
 * (any reading without a clitic) at less than half as many places.
 */
function wordsTaggedAsPersonRepeatedly(tokenized: readonly BlockTokens[], taggedBlocks: ReadonlyArray<ReadonlyArray<{ kind: string; start: number; end: number }>>): Set<string> {
  const asPerson = new Map<string, number>();
  const asOther = new Map<string, number>();
  const afterThing = new Set<string>();
  const add = (map: Map<string, number>, word: string): void => {
    map.set(word, (map.get(word) ?? 0) + 1);
  };
  const quoted = (tokens: readonly Token[], i: number): boolean => OPENING_QUOTES.has(tokens[i - 1]?.text ?? '') && CLOSING_QUOTES.has(tokens[i + 1]?.text ?? '');
  const definiteNoTitle = (token: Token | undefined): boolean =>
    token !== undefined && procliticReadings(token).some(({ stem }) => stem.startsWith('ال')) && !isTitleWord(token) && !hasTrait(token, PERSON_TITLE | NATIONALITY);
  tokenized.forEach((block, b) => {
    for (const span of taggedBlocks[b]) {
      for (let i = span.start; i < span.end; i++) {
        const word = block.tokens[i].folded;
        if (span.kind !== 'person') for (const { stem } of procliticReadings(word)) add(asOther, stem);
        else if (!quoted(block.tokens, i)) {
          add(asPerson, word);
          if (definiteNoTitle(block.tokens[i - 1])) afterThing.add(word);
        }
      }
    }
  });
  const repeated = (word: string, count: number): boolean => count >= 3 || (count === 2 && !afterThing.has(word));
  return new Set([...asPerson].filter(([word, count]) => repeated(word, count) && (asOther.get(word) ?? 0) * 2 < count).map(([word]) => word));
}
