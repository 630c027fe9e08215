/**
 * "وفق المدير الجهوي للصحة بقبلي الهادي سليمان", "والي نابل الهادي الشابي": a regional office ends on
 * its town, and the holder's name follows; the tagger may run the town on into the name and call the
 * whole a place. Where an office phrase ends right after the town (the first word of the place span)
 * and the next word opens a name (a given name, or one with the article: "الهادي"), the town stays a
 * place and the rest of the span is the person.
 */
import type { Located } from './extract-types.js';
import { gazetteer } from './gazetteer.js';
import { LINEAGE_CHAIN_LINKS } from './name-parts.js';
import { isPlaceOrBodyHeadWord } from './named-thing-heads.js';
import { TOWN_NAME_HEADS } from './office-phrase-parts.js';
import { isPlaceWord } from './ordinary-words.js';
import { isListedGivenName } from './given-names.js';
import { stems } from './office-words.js';
import { officePhraseBefore } from './role-before.js';
import { isOftenANameInNews } from './tagger.js';

/** A word the name lists give as a given name, or one the news often names people by ("هادي" of "الهادي"). */
const isGivenNameWord = (folded: string): boolean => isListedGivenName(folded) || isOftenANameInNews(folded);

/** Splits such place spans of `others` into the town (kept in `others`) and the person (added to `people`). */
export function splitNamesAfterTowns(people: Located[], others: Located[]): Located[] {
  return others.flatMap((located) => {
    const { block, span } = located;
    if (span.kind !== 'place' || span.end - span.start < 3) return [located];
    const { tokens } = block;
    const name = span.start + 1;
    const given = tokens[name];
    // The town: a place the lists know, no head of a place's or body's name ("جامع فلان", "مركز
    // بن حليمة") and no word that opens a town's own name of two words ("سيدي حسين").
    const town = tokens[span.start];
    if (!stems(town).some((stem) => gazetteer().places.has(stem) || isPlaceWord(stem)) || isPlaceOrBodyHeadWord(town.folded) || stems(town).some((stem) => TOWN_NAME_HEADS.has(stem))) return [located];
    if (LINEAGE_CHAIN_LINKS.has(given.folded)) return [located];
    // (Two words at least after the town: a given name alone may be the town's second word.)
    const opensName = given.isWord && stems(given).length === 1 && [given.folded, given.folded.replace(/^ال/, '')].some(isGivenNameWord);
    const isName = (k: number): boolean => k >= name && k < span.end;
    const office = opensName ? officePhraseBefore(tokens, name, isName) : null;
    if (office === null || office.titleOnly) return [located];
    people.push({ block, span: { ...span, start: name, skip: 0, kind: 'person' } });
    return [{ ...located, span: { ...span, end: name } }];
  });
}
