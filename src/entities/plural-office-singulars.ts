/**
 * The singular of a plural office, for one holder of the offices a plural counts: "اقترح 4 نواب
 * ... وهم فلان وعلان" makes each of them "نائب", "5 من أعضاء حكومة فلان وهم ..." each "عضو حكومة
 * فلان". Closed class: the broken plurals of office nouns (office-words.ts PLURAL_OFFICES); a sound
 * plural ("المستشارين", "ممثلو") drops its ending.
 */
import { fold } from '../text/normalize.js';
import { isOfficeStem } from './office-words.js';

/** Broken plurals of office nouns (folded, without the article) and their singulars as written. */
const BROKEN_PLURALS = new Map<string, string>([
  ['نواب', 'نائب'],
  ['وزراء', 'وزير'],
  ['رووساء', 'رئيس'],
  ['روساء', 'رئيس'],
  ['سفراء', 'سفير'],
  ['اعضاء', 'عضو'],
  ['قاده', 'قائد'],
  ['امراء', 'أمير'],
  ['ملوك', 'ملك'],
]);

/** Sound plural endings of an office noun, folded ("مستشارين", "ممثلو", "مستشاري"). */
export const SOUND_ENDING = /^(.{3,})(?:ين|ون|و|ي)$/;

/**
 * The office phrase `plural` (its first word a plural office, as written, clitics off) with that
 * word in the singular ("أعضاء حكومة فلان" → "عضو حكومة فلان", "النواب" → "النائب"); the phrase
 * itself when its first word is no plural this module knows.
 */
export function singularOffice(plural: string): string {
  const space = plural.indexOf(' ');
  const head = space < 0 ? plural : plural.slice(0, space);
  const rest = space < 0 ? '' : plural.slice(space);
  const folded = fold(head);
  const article = folded.startsWith('ال') ? 'ال' : '';
  const bare = folded.slice(article.length);
  const broken = BROKEN_PLURALS.get(bare);
  if (broken !== undefined) return `${article}${broken}${rest}`;
  const sound = SOUND_ENDING.exec(bare);
  if (sound !== null && isOfficeStem(sound[1])) return `${head.slice(0, head.length - (bare.length - sound[1].length))}${rest}`;
  return plural;
}
