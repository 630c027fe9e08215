/**
 * "لتخرج رئيسة الوزراء البريطانية تيريزا ماي لتصافحه": right after a full office phrase, the words
 * of a listed official's whole name (known-officials.ts: WikiFANE's officeholders and those the ANT
 * news keeps naming) are the holder's name, even when one of them is also a word ("ماي": May) and
 * the tagger saw nothing there. Only bare words count (no clitic, no hyphen), not inside a lineage
 * chain ("فلان بن | نايف بن عبدالعزيز"), and not in the name of a place or body named after him: after
 * its head, or after the head and one more word ("مطار المنستير "فلان علان" الدولي"), or after a head
 * described by nisbas ("المستشفى الجامعي فلان علان"). Nor a ruler's name closed by his ordinal
 * ("فلانة الثانية"): the tagger knows those, and the ordinal alone would read as her family name.
 */
import { isOrdinalWord } from './counted-ordinals.js';
import { knownOfficialNameLength, MAX_LISTED_NAME_WORDS } from './known-officials.js';
import { LINEAGE_CHAIN_LINKS } from './name-parts.js';
import { isAfterDescribedInstitutionHead, isAfterNamedThingHead, isPlaceOrBodyHeadWord } from './named-thing-heads.js';
import { OPENING_QUOTES } from './quote-marks.js';
import type { Token } from './tokenize.js';

/** The end of a listed official's whole name opening at `start` (see the module comment), or `start`. */
export function listedOfficialNameEnd(tokens: readonly Token[], start: number): number {
  const words: string[] = [];
  for (let k = start; k < tokens.length && k - start < MAX_LISTED_NAME_WORDS && tokens[k].isWord; k++) words.push(tokens[k].folded);
  const length = words.length >= 2 ? knownOfficialNameLength(words) : 0;
  if (length < 2 || isOrdinalWord(words[length - 1]) || LINEAGE_CHAIN_LINKS.has(tokens[start + length]?.folded ?? '') || isInPlaceOrBodyName(tokens, start)) return start;
  return start + length;
}

/** Whether a name at `start` stands in the name of a place or body (see the module comment). */
function isInPlaceOrBodyName(tokens: readonly Token[], start: number): boolean {
  const opening = start > 0 && OPENING_QUOTES.has(tokens[start - 1].text) ? start - 1 : start;
  const twoBefore = tokens[opening - 2];
  return isAfterNamedThingHead(tokens, start) || isAfterDescribedInstitutionHead(tokens, opening) || (twoBefore?.isWord === true && isPlaceOrBodyHeadWord(twoBefore.folded));
}
