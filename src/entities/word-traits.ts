/**
 * What the lexicons say about a folded word under any of its proclitic readings ("وبالعراق" is
 * also "بالعراق" and "العراق"). The rules ask this of every token, and an article repeats its words:
 * each distinct word is looked up once and its answers kept as bits.
 */
import { rememberedPerWord } from './word-memo.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedExtraOfficeHeads, foldedPersonTitles } from './lexicon.js';

/** A reading is the first word of a lexicon place or organization. */
export const LEXICON_FIRST_WORD = 1 << 0;
/** A reading is an organization head ("وزارة"). */
export const ORGANIZATION_HEAD = 1 << 1;
/** A reading without the article is an organization head: "وزارة" opens a name, "الوزارة" does not. */
export const BARE_ORGANIZATION_HEAD = 1 << 2;
/** A reading with the article is an honorific or a person title ("الرئيس", "والشيخ"). */
export const PERSON_TITLE = 1 << 3;
/** A reading is an office title ("ووزير", "بوزير"). */
export const OFFICE_TITLE = 1 << 4;
/** A reading is an honorific. */
export const HONORIFIC = 1 << 5;
/** A reading is a nationality adjective. */
export const NATIONALITY = 1 << 6;
/** A reading is a place. */
export const PLACE = 1 << 7;
/** A reading is an office word of the officials grammar: a title, an extra head, or one in the accusative ("وكيلاً"). */
export const OFFICE_WORD = 1 << 8;

const traitsOf = rememberedPerWord((folded) => traitsOfWord(folded));

function traitsOfWord(folded: string): number {
  const gaz = gazetteer();
  let traits = 0;
  for (const { stem } of procliticReadings(folded)) {
    const definite = stem.startsWith('ال');
    if (gaz.lexiconFirstWords.has(stem)) traits |= LEXICON_FIRST_WORD;
    if (gaz.organizationHeads.has(stem)) traits |= definite ? ORGANIZATION_HEAD : ORGANIZATION_HEAD | BARE_ORGANIZATION_HEAD;
    if (definite && (gaz.honorifics.has(stem) || foldedPersonTitles.has(stem))) traits |= PERSON_TITLE;
    if (gaz.officeTitles.has(stem)) traits |= OFFICE_TITLE;
    if (gaz.honorifics.has(stem)) traits |= HONORIFIC;
    if (gaz.nationalities.has(stem)) traits |= NATIONALITY;
    if (gaz.places.has(stem)) traits |= PLACE;
    // ("كاميرا" is no "ك" + "أميرا": a preposition governs the genitive, so only "و"/"ف" go before an accusative.)
    const accusative = stem.length > 3 && stem.endsWith('ا') && /^[وف]*$/.test(folded.slice(0, folded.length - stem.length)) ? stem.slice(0, -1) : '';
    if (gaz.officeTitles.has(stem) || foldedExtraOfficeHeads.has(stem) || (accusative && (gaz.officeTitles.has(accusative) || foldedExtraOfficeHeads.has(accusative)))) traits |= OFFICE_WORD;
  }
  // "للمخرجة", "وللشيخ": "ل" + the article writes one "ل" less, so no slice of the word is the
  // titled reading; an honorific read through it still introduces a name (offices behind "لل" are
  // the officials grammar's, roles.ts).
  const joined = /^[وف]?لل(.{3,})$/.exec(folded);
  if (joined && gaz.honorifics.has(`ال${joined[1]}`)) traits |= PERSON_TITLE;
  return traits;
}

/** Whether any reading of the folded word has any of the `traits` bits. */
export function hasTrait(folded: string, traits: number): boolean {
  return (traitsOf(folded) & traits) !== 0;
}
