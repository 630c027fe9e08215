/**
 * "بالعاصمة الإثيوبية "أديس أبابا"", "إلى العاصمة الكينية نيروبي": the words right after "the capital"
 * and its nationality adjective name the city, whatever the tagger makes of a foreign name no
 * gazetteer knows. A person is never named there: the office or verb would stand between.
 */
import { procliticReadings } from './clitics.js';
import { OPENING_QUOTES } from './quote-marks.js';
import { hasTrait, NATIONALITY } from './word-traits.js';
import type { Token } from './tokenize.js';

/** "العاصمة" (folded), with or without its proclitic ("بالعاصمة", "وللعاصمة"). */
const CAPITAL = 'العاصمه';

/** Whether a mention at `start` follows "العاصمة" + a nationality adjective (an opening quote mark allowed between). */
export function isAfterCapitalHead(tokens: readonly Token[], start: number): boolean {
  const adjective = OPENING_QUOTES.has(tokens[start - 1]?.text ?? '') ? start - 2 : start - 1;
  const nationality = tokens[adjective];
  const head = tokens[adjective - 1];
  if (nationality === undefined || head === undefined || !nationality.isWord || !head.isWord) return false;
  if (!nationality.folded.startsWith('ال') || !hasTrait(nationality, NATIONALITY)) return false;
  return procliticReadings(head).some(({ stem }) => stem === CAPITAL);
}
