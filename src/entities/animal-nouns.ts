/**
 * Nouns for animals (folded, a closed class) and the spans they open. News names animals as it names
 * people ("نمر يهاجم حارسة", "ينقذه من هجوم فهد", 'أرنب "فلان" و"قط فلاني"'), so a name-looking span
 * that is only such a noun, or that opens with one no person bears as a given name, is the animal.
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { isListedGivenName } from './given-names.js';
import type { Token } from './tokenize.js';

export const ANIMAL_NOUNS: ReadonlySet<string> = new Set(
  [
    'سلحفاة', 'نمر', 'نمرة', 'أسد', 'لبؤة', 'دب', 'دبة', 'كلب', 'كلبة', 'قط', 'قطة', 'حصان', 'فرس', 'مهر', 'فيل', 'فيلة', 'قرد', 'قردة',
    'بقرة', 'ثور', 'حمار', 'جمل', 'ناقة', 'ذئب', 'ثعلب', 'طائر', 'ببغاء', 'حوت', 'دلفين', 'تمساح', 'ثعبان', 'أفعى', 'حيوان', 'كنغر', 'زرافة', 'غوريلا',
    'فهد', 'سمكة', 'أرنب', 'خنزير', 'فأر', 'ضبع',
  ].map(fold),
);

/** Animals whose noun is also a man's given name ("نمر النمر", "فهد بن فلان"): only alone do they read as the animal. */
const GIVEN_NAME_ANIMALS = new Set(['نمر', 'فهد', 'أسد', 'ذئب', 'ذيب', 'صقر', 'نسر', 'غزال'].map(fold));

function animalNounOf(token: Token): string | null {
  if (!token.isWord) return null;
  const reading = procliticReadings(token).find(({ stem }) => ANIMAL_NOUNS.has(stem));
  return reading === undefined ? null : reading.stem;
}

/** Marks that join a list ("سعود، وفهد، وناصر"). */
const LIST_MARKS = new Set(['،', ',', 'و']);

/**
 * "هم: سعود، وفهد، وناصر": a given-name animal noun with a glued "و" or after a list's comma or "و"
 * is one name of a list of sons or brothers, not the animal.
 */
function isInListOfNames(tokens: readonly Token[], start: number, noun: string): boolean {
  const before = tokens[start - 1];
  const glued = tokens[start].folded.slice(0, tokens[start].folded.length - noun.length);
  return /^[وف]/.test(glued) || (before !== undefined && LIST_MARKS.has(before.text));
}

/**
 * Whether an untitled span names an animal: a lone animal noun ("نمر يقتل عاملة", "من هجوم فهد"),
 * (not "سعود، وفهد"), or one opening a longer span when no man bears it as a given name ("قط فلاني", "سمكة الأسد";
 * not "فهد بن فلان", "نمر النمر").
 */
export function isAnimalSpan(tokens: readonly Token[], start: number, end: number): boolean {
  const noun = animalNounOf(tokens[start]);
  if (noun === null) return false;
  if (end - start === 1) return !GIVEN_NAME_ANIMALS.has(noun) || !isInListOfNames(tokens, start, noun);
  return !GIVEN_NAME_ANIMALS.has(noun) && !isListedGivenName(noun);
}
