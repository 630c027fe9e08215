/**
 * "النائب عن محافظة صلاح الدين فلان", "مدير الوقف في صلاح الدين فلان": Iraq's governorate is named
 * after Saladin, and its name is a given name the lexicon's places leave out for that (arab-regions.ts).
 * After a region's head or "في" it is the place: an office phrase takes it, and a person's name
 * does not open with it. A closed class.
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { isPlaceOrNationality, REGION_HEADS } from './office-words.js';
import type { Token } from './tokenize.js';

const PERSON_NAMED_REGIONS = ['صلاح الدين'].map((name) => fold(name).split(' '));

/**
 * The number of words of such a region's name at `i` after a region's head or "في", else 0.
 * ("في نينوى والأنبار | وصلاح الدين": so with "و" after a place, the last of a list of regions.)
 */
export function personNamedRegionLength(tokens: readonly Token[], i: number): number {
  const before = tokens[i - 1];
  if (before?.isWord !== true || tokens[i]?.isWord !== true) return 0;
  const joined = tokens[i].folded.startsWith('و') && isPlaceOrNationality(before);
  const first = joined ? tokens[i].folded.slice(1) : tokens[i].folded;
  const name = PERSON_NAMED_REGIONS.find((words) => words[0] === first && words.slice(1).every((word, k) => tokens[i + 1 + k]?.folded === word));
  if (name === undefined) return 0;
  return joined || before.folded === 'في' || procliticReadings(before).some(({ stem }) => REGION_HEADS.has(stem) || REGION_OFFICES.has(stem)) ? name.length : 0;
}

/**
 * "محافظ صلاح الدين فلان", "قائد عمليات صلاح الدين", "مدير شرطة صلاح الدين": the governor, the
 * operations command and the police that the news names after the governorate alone; "بين محافظتي
 * صلاح الدين وديالى": the governorates in the dual. Folded.
 */
const REGION_OFFICES = new Set(['محافظ', 'المحافظ', 'عمليات', 'شرطه', 'محافظتي', 'محافظتا'].map(fold));
