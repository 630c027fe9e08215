/**
 * "شقيقة الرئيس السابق فلانة", "ابنة الوزير فلانة": a woman's kinship noun in the construct before an
 * office, then a woman's name: the office is her relative's, no office of hers. The same words with
 * a man's name name the holder ("ابنة الزعيم فلان": his daughter, unnamed), as do a listed
 * officeholder's (known-officials.ts).
 */
import { procliticReadings } from './clitics.js';
import { foldedKinshipWords } from './lexicon.js';
import type { Token } from './tokenize.js';
import { fold } from '../text/normalize.js';

/** "أخت" (sister), folded: a woman's kin without the "ة". */
const SISTER = fold('أخت');
/** A woman's kin ("شقيقة", "ابنة", "أرملة"): the lexicon's kinship nouns written with "ة", and "أخت". */
const WOMANS_KIN = new Set([...foldedKinshipWords, SISTER]);
/** The feminine ending "ة" (or "ى") of a woman's given name as written ("حياة", "نعيمة", "سلوى"). */
const FEMININE_ENDING = /[ةى][\u064b-\u0652]*$/;

/** Whether the office at `officeStart` follows a woman's kinship noun and `nameStart` opens a woman's name. */
export function isRelativesOffice(tokens: readonly Token[], officeStart: number, nameStart: number): boolean {
  const kin = tokens[officeStart - 1];
  if (kin?.isWord !== true || !FEMININE_ENDING.test(tokens[nameStart]?.text ?? '')) return false;
  return procliticReadings(kin).some(({ stem }) => WOMANS_KIN.has(stem) && (stem === SISTER || FEMININE_ENDING.test(kin.text)));
}
