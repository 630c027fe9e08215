/**
 * "قال المختار ولد سيدي عبد الله، وزير الشؤون الخارجية", "وأكد ولد سيدي عبد الله أن": a Hassaniya
 * name gives the father's name after "ولد"/"منت" (son, daughter of), and a father named "سيدي ..."
 * reads to the tagger as a town ("سيدي بوزيد"), the more so where the article writes it twice. No
 * place is named right after "ولد": the span is the person's, from the given name before the link,
 * or from the link itself after a verb or a particle (the family name the news then uses alone).
 */
import type { BlockRawSpan } from './extract-types.js';
import { procliticReadings } from './clitics.js';
import { isHonorificWord } from './honorific-titles.js';
import { isParticle } from './lexicon.js';
import { HASSANIYA_LINKS } from './name-parts.js';
import { isVerbLike } from './office-words.js';

/** Turns the place spans right after a Hassaniya link into persons' spans, in place. */
export function personsOverHassaniyaFatherPlaces(raw: BlockRawSpan[]): void {
  for (const item of raw) {
    if (item.kind !== 'place') continue;
    const { tokens } = item.block;
    const link = tokens[item.start - 1];
    if (link?.isWord !== true || !HASSANIYA_LINKS.has(link.folded)) continue;
    // (Not a place behind a preposition: "ولد بجربة" is "born in Djerba".)
    if (procliticReadings(tokens[item.start]).length > 1) continue;
    const given = tokens[item.start - 2];
    const opensWithGiven = given?.isWord === true && !isVerbLike(given) && !isParticle(given) && !isHonorificWord(given);
    item.kind = 'person';
    item.start -= opensWithGiven ? 2 : 1;
  }
}
