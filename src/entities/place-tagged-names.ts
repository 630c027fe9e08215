/**
 * "النائب عن حزب نداء تونس، زهرة إدريس ضيفة برنامج" ... "وقالت إدريس": the tagger may take a name
 * whose given name is also a common noun ("زهرة": a flower) for a place or body. Where the article
 * names a person by the second of its two words alone, and the first is no head of a place's or
 * body's name and no word of a known place or body, the two words, where a name stands (opening a
 * headline, after a comma or a quote mark), are that person's full name.
 */
import { gazetteer } from './gazetteer.js';
import { foldedWords } from './located.js';
import { isPlaceOrBodyHeadWord } from './named-thing-heads.js';
import type { Located } from './extract-types.js';
import { hasTrait, ORGANIZATION_HEAD, PLACE } from './word-traits.js';

/** The places and bodies of `others` that name a person of `people` in full (see the module comment), moved to `people`. */
export function movePersonsTaggedAsPlaces(people: Located[], others: Located[]): Located[] {
  const lone = new Set(people.filter(({ span }) => span.end - span.start === 1).map((located) => foldedWords(located)[0]));
  if (lone.size === 0) return others;
  const gaz = gazetteer();
  return others.filter((located) => {
    const { block, span } = located;
    // (At the start of a headline, or after a comma or a quote mark; a place follows "في", "قرب".)
    if (span.end - span.start !== 2 || span.skip > 0 || block.tokens[span.start - 1]?.isWord === true) return true;
    const [first, second] = block.tokens.slice(span.start, span.end);
    if (!lone.has(second.folded) || first.folded.startsWith('ال') || isPlaceOrBodyHeadWord(first.folded) || hasTrait(first, PLACE | ORGANIZATION_HEAD)) return true;
    if (gaz.placeWords.has(first.folded) || gaz.placeWords.has(second.folded)) return true;
    people.push({ block, span: { ...span, kind: 'person' } });
    return false;
  });
}
