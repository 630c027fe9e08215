/**
 * 'فقدان المركبين "مريم" و"حمدي"', 'طرادي "بطرس الأكبر" و"الأميرال فلان"': news quotes the name of a
 * boat or a ship right after the noun of the vessel, and the names of two or more vessels one after
 * another, joined by "و" or a comma. A quoted name so placed is the vessel's, even a given name
 * (boats are named after people). A person is not quoted after a vessel's noun: its crew are
 * "بحارة المركب", its captain "ربان السفينة فلان", unquoted.
 */
import { readingInList } from './clitics.js';
import { foldedSet } from './lexicon.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';
import { isListJoiner } from './located.js';
import type { Token } from './tokenize.js';

/** Nouns of vessels, singular, dual (construct or not) and plural, bare and definite (a closed class). */
const VESSEL_NOUNS = foldedSet(
  [
    ['مركب', 'مركبا', 'مركبين', 'مركبي', 'مراكب'],
    ['سفينة', 'سفينتين', 'سفينتي', 'سفن'],
    ['باخرة', 'باخرتين', 'باخرتي', 'بواخر'],
    ['قارب', 'قاربين', 'قاربي', 'قوارب'],
    ['زورق', 'زورقين', 'زورقي', 'زوارق'],
    ['طراد', 'طرادين', 'طرادي', 'يخت', 'اليخت', 'ناقلة', 'ناقلتي', 'ناقلات', 'غواصة', 'غواصتي', 'فرقاطة', 'مدمرة', 'حاملة'],
  ].flat().flatMap((word) => [word, `ال${word}`]),
);

const readsAsVesselNoun = readingInList(VESSEL_NOUNS);

/** Quoted names of vessels looked back over in one list. */
const MAX_LIST_NAMES = 4;

/** Words a quoted vessel's name may have, looked back over for its opening quote. */
const MAX_NAME_WORDS = 4;


/**
 * Whether the span at `start`, right after an opening quote, is the quoted name of a vessel: the
 * vessel's noun before the quote, or a quoted vessel's name before it in a list ('"مريم" و"حمدي"').
 */
export function isQuotedVesselNameAt(tokens: readonly Token[], start: number): boolean {
  let quote = start - 1;
  for (let names = 0; names < MAX_LIST_NAMES; names++) {
    if (!OPENING_QUOTES.has(tokens[quote]?.text ?? '')) return false;
    const before = tokens[quote - 1];
    if (before?.isWord === true && readsAsVesselNoun(before)) return true;
    // The name before: a joiner, its closing quote, its words, its opening quote.
    if (!isListJoiner(before) || !CLOSING_QUOTES.has(tokens[quote - 2]?.text ?? '')) return false;
    let open = quote - 3;
    while (open >= 0 && quote - 3 - open < MAX_NAME_WORDS && tokens[open].isWord) open--;
    if (open === quote - 3) return false;
    quote = open;
  }
  return false;
}
