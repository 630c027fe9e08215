/**
 * "انتخاب أعضاء المكتب وهم سارة الغربي ورحمة بن علي وكمال الحداد": after the pronoun that announces
 * the members of a plural ("وهم", "هم", "وهن", "وهما"), the first entry of a list whose further
 * entries are names joined by "و" is a name too, even where its given name is also a verb or a
 * common noun ("هاجر", "سعاد"). The entry has two or three words, the first without the article,
 * none a particle, title, office or nationality, and (after the first) no ordinary word that no name
 * list knows.
 */
import { isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { isTitleWord, type Span } from './spans.js';
import type { BlockTokens, Located } from './extract-types.js';
import { hasTrait, NATIONALITY, OFFICE_WORD, PERSON_TITLE } from './word-traits.js';
import { ANNOUNCING_PRONOUNS } from './plural-list-roles.js';
const MIN_ENTRY_WORDS = 2;
const MAX_ENTRY_WORDS = 3;

/** The first entries after a list pronoun that `people` (spans found so far) leave out. */
export function firstEntriesAfterListPronouns(people: readonly Located[]): Located[] {
  const startsByBlock = new Map<BlockTokens, Map<number, Span>>();
  for (const { block, span } of people) {
    let starts = startsByBlock.get(block);
    if (starts === undefined) startsByBlock.set(block, (starts = new Map()));
    starts.set(span.start, span);
  }
  const found: Located[] = [];
  for (const [block, starts] of startsByBlock) {
    const tokens = block.tokens;
    for (const [start, second] of starts) {
      if (!tokens[start].folded.startsWith('و')) continue;
      // The list goes on: a third entry with "و" right after the second.
      if (!starts.has(second.end) || !tokens[second.end].folded.startsWith('و')) continue;
      for (let words = MIN_ENTRY_WORDS; words <= MAX_ENTRY_WORDS; words++) {
        const first = start - words;
        let pronoun = first - 1;
        if (tokens[pronoun]?.text === ':') pronoun--;
        if (pronoun < 0 || !ANNOUNCING_PRONOUNS.has(tokens[pronoun].folded)) continue;
        const entry = tokens.slice(first, start);
        const bad = entry.some((t, k) => !t.isWord || isParticle(t) || isTitleWord(t) || hasTrait(t, PERSON_TITLE | NATIONALITY | OFFICE_WORD) || (k === 0 && t.folded.startsWith('ال')) || (k > 0 && !isListedNameWord(t.folded) && isOrdinaryWord(t.folded, false, t.text)));
        if (bad || [...starts.values()].some((span) => span.start < start && span.end > first)) break;
        found.push({ block, span: { kind: 'person', start: first, end: start, skip: 0 } });
        break;
      }
    }
  }
  return found;
}
