/**
 * "عبرت الكرة خط المرمى بـ57 سنتيميترا", "على بعد 12 كلم": a span the tagger took for a name that
 * holds a number, or that opens with a unit of measure right after one, is a measurement. No
 * person's name is written with digits, and a unit after a number counts it.
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';

/** Digits, Western and Arabic-Indic, inside a word ("بـ57"). */
const DIGIT = /[0-9٠-٩۰-۹]/;

/** Units of length, weight, volume, area and time a count goes with, folded, bare and accusative. */
const UNITS = new Set(
  ['سنتيمتر', 'سنتيميتر', 'صنتيمتر', 'مليمتر', 'ميليمتر', 'متر', 'كيلومتر', 'كيلومتر', 'كلم', 'كم', 'غرام', 'كيلوغرام', 'كغ', 'كلغ', 'طن', 'لتر', 'هكتار', 'ميل', 'قدم', 'بوصة', 'ثانية', 'دقيقة', 'درجة']
    .flatMap((unit) => [unit, `${unit}ا`, `${unit}ات`, `${unit}ين`])
    .map(fold),
);

const isNumberToken = (token: Token | undefined): boolean => token !== undefined && DIGIT.test(token.text) && !/[^\d٠-٩۰-۹.,:]/.test(token.text.replace(/^[وبل]ـ?/, ''));

/** Whether the span [start, end) holds a word with a digit, or opens with a unit right after a number. */
export function isMeasurementAt(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (tokens[i].isWord && DIGIT.test(tokens[i].text)) return true;
  const first = tokens[start];
  return first?.isWord === true && isNumberToken(tokens[start - 1]) && procliticReadings(first).some(({ stem }) => UNITS.has(stem));
}
