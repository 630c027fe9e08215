/**
 * "رجل يدعى فلان", "بنت اسمها فلانة", "شابة تدعى فلانة": a noun for a person, then a verb or noun of
 * naming, then the name. What follows "يدعى" or "اسمها" after a noun for a person is that person's
 * name, whatever else its words may read as; after other nouns ("مدينة تدعى", "شركة اسمها") it names
 * a thing, so the person noun is required. A nationality said of a person stands for the noun
 * ("مدرسة فلسطينية تدعى فلانة", "قرر التونسي ويدعى فلان"), and the naming word may take "و".
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { ANIMAL_NOUNS } from './animal-nouns.js';
import { foldedKinshipWords, isParticle } from './lexicon.js';
import { YOUNG_PERSON_NOUNS } from './person-nouns.js';
import { isOrdinaryWord } from './ordinary-words.js';
import type { Token } from './tokenize.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { hasTrait, NATIONALITY, OFFICE_WORD, ORGANIZATION_HEAD, PLACE } from './word-traits.js';
import { isPlaceOrBodyHeadWord } from './named-thing-heads.js';

/** Nouns for a person, indefinite as such a phrase has them (folded, the accusative too). */
const PERSON_NOUNS = new Set([
  ...YOUNG_PERSON_NOUNS,
  ...['رجل', 'رجلا', 'امرأة', 'شابا', 'فتى', 'طفلا', 'بنت', 'بنتا', 'ابن', 'ابنا', 'ابنة', 'مولود', 'مولودا', 'مولودة', 'صبي', 'صبيا', 'صبية', 'سيدة', 'شخص', 'شخصا', 'لاعب', 'لاعبا', 'طالبا'].map(fold),
]);
/** Verbs and nouns of naming (folded): "is called", "her name". */
const NAMING_WORDS = new Set(['يدعى', 'تدعى', 'يسمى', 'تسمى', 'اسمه', 'اسمها'].map(fold));
const NAMING_WORD = triggerWord((word) => isNamingWord(word.folded));

/** A naming word, also with "و" ("ويدعى", "واسمها"). */
function isNamingWord(folded: string): boolean {
  return NAMING_WORDS.has(folded) || (folded.startsWith('و') && NAMING_WORDS.has(folded.slice(1)));
}

/** A noun for a person, bare or with the article ("شاب", "الرجل"). */
function isPersonNoun(token: Token | undefined): boolean {
  return token?.isWord === true && procliticReadings(token).some(({ stem }) => PERSON_NOUNS.has(stem) || (stem.startsWith('ال') && PERSON_NOUNS.has(stem.slice(2))));
}

const isDefiniteWord = (token: Token | undefined): boolean => token?.isWord === true && procliticReadings(token).some(({ stem }) => stem.startsWith('ال'));

/**
 * The word before the naming word at `noun` stands for a person: a person noun, or a nationality
 * said of one ("شاب أمريكي") or used as a noun ("قرر التونسي", "الضحايا تونسي"), which it is when it
 * cannot agree with the word before it as an adjective ("شركة أمريكية تدعى" names a firm).
 */
function isPersonReference(tokens: readonly Token[], noun: number): boolean {
  const token = tokens[noun];
  if (isPersonNoun(token)) return true;
  if (!hasTrait(token.folded, NATIONALITY)) return false;
  const before = tokens[noun - 1];
  return isPersonNoun(before) || isDefiniteWord(token) !== isDefiniteWord(before);
}
const MAX_NAME_WORDS = 3;
/** "فلان جد فلان": a word of kinship after the name relates it to the next person (folded). */
const KINSHIP = new Set([...foldedKinshipWords, ...['جد', 'جدة', 'أخ', 'أخو', 'أخت', 'عم', 'عمة', 'خال', 'خالة'].map(fold)]);
const NOT_A_NAME = PLACE | ORGANIZATION_HEAD | NATIONALITY | OFFICE_WORD;

/** Whether token `start` comes right after a person noun and a naming word (a quote mark allowed). */
export function isNamedAt(tokens: readonly Token[], start: number): boolean {
  let naming = start - 1;
  if (naming >= 0 && /^["«“']$/.test(tokens[naming].text)) naming--;
  const noun = tokens[naming - 1];
  return (
    naming >= 1 &&
    tokens[naming].isWord &&
    isNamingWord(tokens[naming].folded) &&
    noun.isWord &&
    isPersonReference(tokens, naming - 1)
  );
}

/** A word of the name: the first may also be a common word ("أمل"), the next ones may not ("تعمل"). */
function isNameWord(token: Token, first: boolean): boolean {
  const word = token.folded;
  return token.isWord && word.length >= 2 && !KINSHIP.has(word) && !/[0-9٠-٩]/.test(word) && !isParticle(token) && !isOrdinaryWord(word, first, token.text) && !hasTrait(word, NOT_A_NAME);
}

/** The names after a person noun and a naming word (see the module comment). */
export function namedPersonSpans(tokens: readonly Token[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const triggers = triggersIn(tokens);
  // A name opens one or two words after the naming word: those positions only, each once, in order.
  let i = 2;
  for (let naming = nextTriggered(triggers, NAMING_WORD, 0); naming >= 0; naming = nextTriggered(triggers, NAMING_WORD, naming + 1)) {
    for (i = Math.max(i, naming + 1); i <= naming + 2 && i < tokens.length; i++) {
      if (!isNamedAt(tokens, i)) continue;
      let end = i;
      while (end < tokens.length && end - i < MAX_NAME_WORDS && isNameWord(tokens[end], end === i) && (end === i || !tokens[end].folded.startsWith('و'))) end++;
      if (end > i) spans.push({ start: i, end });
    }
  }
  return spans;
}

/** Vessels and craft that news names with "يدعى" ("مركب صيد يدعى فلانة"), folded: a closed class. */
const CRAFT_NOUNS = new Set(['مركب', 'قارب', 'زورق', 'يخت', 'سفينة', 'باخرة', 'ناقلة', 'طائرة', 'شاحنة'].map(fold));

/**
 * Animals that news names ("سلحفاة مائية أطلق عليها اسم فلان", "دب يدعى فلان"; animal-nouns.ts) and
 * groups of them or of things ("مجموعة تسمى فلان"), folded: a closed class of nouns for no person.
 */
const ANIMAL_AND_GROUP_NOUNS = new Set([...ANIMAL_NOUNS, fold('مجموعة')]);

/** Words between a thing's noun and the naming word ("مركب صيد يدعى", "سلحفاة مائية يدعى": the noun's complement or adjective). */
const MAX_THING_COMPLEMENT = 1;

/** "أطلق عليها اسم فلان": verbs of giving a name, folded (with "و", "ف" and the passive's spelling alike). */
const GIVING_NAME_VERBS = new Set(['اطلق', 'اطلقت', 'اطلقوا', 'يطلق', 'تطلق']);
const ON_IT = new Set(['عليه', 'عليها', 'عليهم', 'عليهما']);
const NAME_NOUN = 'اسم';

/**
 * The naming word before a name at `start` ("يدعى", "تسمى", "اسمها"), or the verb of "أطلق عليها
 * اسم" that stands for one; -1 if none.
 */
function namingBefore(tokens: readonly Token[], start: number): number {
  let naming = start - 1;
  if (naming >= 0 && /^["«“']$/.test(tokens[naming].text)) naming--;
  if (naming < 1 || !tokens[naming].isWord) return -1;
  if (isNamingWord(tokens[naming].folded)) return naming;
  const verb = tokens[naming - 2];
  const isGiving = verb?.isWord === true && GIVING_NAME_VERBS.has(verb.folded.replace(/^[وف]/, ''));
  return tokens[naming].folded === NAME_NOUN && ON_IT.has(tokens[naming - 1].folded) && isGiving ? naming - 2 : -1;
}

/** "جسدت شخصية سجينة تدعى فلانة": verbs of playing a part, folded; the "شخصية" after them is a character. */
const PLAYING_VERBS = new Set(['جسد', 'جسدت', 'يجسد', 'تجسد', 'ادي', 'ادت', 'يودي', 'تودي', 'لعب', 'لعبت', 'يلعب', 'تلعب', 'تقمص', 'تقمصت', 'يتقمص', 'تتقمص']);
const CHARACTER = fold('شخصية');

/** Words between a character's "شخصية" and the naming word ("شخصية سجينة فلسطينية تدعى"). */
const MAX_CHARACTER_DESCRIPTION = 2;

/**
 * 'مركب صيد يدعى "فلانة"', "حي يسمى فلان", "سلحفاة أطلق عليها اسم فلان": the name after a naming
 * word whose noun is a craft, an animal or a group (one complement word allowed between) or a place
 * or body right before it is that thing's, not a person's. ("رجل من ولاية جندوبة يدعى فلان": a place
 * in a complement names where the man is from.) So is a character's after a verb of playing a part
 * ("جسدت شخصية سجينة تدعى فلانة": the actress plays her; she is no one the news reports on).
 */
export function isThingNamedAt(tokens: readonly Token[], start: number): boolean {
  const naming = namingBefore(tokens, start);
  if (naming < 1) return false;
  const noun = tokens[naming - 1];
  if (noun.isWord && isPlaceOrBodyHeadWord(noun.folded)) return true;
  for (let k = naming - 1; k >= 0 && naming - k <= MAX_THING_COMPLEMENT + 1; k--) {
    const token = tokens[k];
    if (!token.isWord || isPersonNoun(token)) return false;
    if (procliticReadings(token).some(({ stem }) => CRAFT_NOUNS.has(stem) || ANIMAL_AND_GROUP_NOUNS.has(stem))) return true;
  }
  for (let k = naming - 1; k >= 1 && naming - k <= MAX_CHARACTER_DESCRIPTION + 1; k--) {
    if (!tokens[k].isWord) return false;
    if (tokens[k].folded === CHARACTER) return tokens[k - 1].isWord && PLAYING_VERBS.has(tokens[k - 1].folded.replace(/^[وف]/, ''));
  }
  return false;
}
