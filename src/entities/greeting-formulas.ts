/**
 * "رفع رئيس مجلس النواب أسمى آيات التهاني والتبريكات", "بعث بأحر التعازي": the formulas of greeting,
 * thanks and condolence in official copy. An elative of praise ("أسمى", "أصدق", "أحر"), perhaps
 * "آيات" (expressions), and a definite plural of greeting name no one, though "أسمى" and "آيات" are
 * also given names and the formula stands where a holder's name would, right after an office.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

/** Elatives and adjectives of praise that open the formula, folded. */
const PRAISE_WORDS = new Set(['أسمى', 'أصدق', 'أخلص', 'أطيب', 'أحر', 'أجمل', 'أزكى', 'خالص', 'أعمق', 'بالغ'].map(fold));

/** "آيات" (expressions of), folded. */
const EXPRESSIONS = fold('آيات');

/** What is sent, folded: greetings, blessings, thanks, gratitude, condolences, wishes. */
const GREETINGS = new Set(
  ['التهاني', 'التبريكات', 'الشكر', 'العرفان', 'التقدير', 'الامتنان', 'التعازي', 'المواساة', 'التحيات', 'الأماني', 'التمنيات', 'الولاء', 'الثناء'].map(fold),
);

/**
 * "نقل تحيات خادم الحرمين", "تهاني القيادة": a bare plural of greeting in the construct state, no
 * name word (folded, perhaps behind "و").
 */
const GREETINGS_IN_CONSTRUCT = new Set(['تحيات', 'تهاني', 'تعازي', 'تبريكات', 'تمنيات'].map(fold));

/**
 * "ويلهم أهله وذويه جميل الصبر وحسن العزاء": the condolence formula, whose nouns ("جميل", "حسن")
 * are also given names; each with the genitive it takes there (folded).
 */
const CONDOLENCE_PAIRS = new Map([['جميل', 'الصبر'], ['حسن', 'العزاء']].map(([noun, genitive]) => [fold(noun), fold(genitive)]));

/**
 * "بعث برقية تهنئة", "برقيتي تعزية مماثلتين": a cable (one or two) and what it sends, folded; the
 * cable's noun and its kind name no one. ("وجه الوزير خطاب شكر": nor a letter's, though "خطاب" is
 * also a given name.)
 */
const CABLES = new Set(['برقيه', 'برقيتي', 'برقيتين', 'برقيات', 'خطاب', 'رساله', 'رسالتي'].map(fold));
const CABLE_KINDS = new Set(['تهنئه', 'تعزيه', 'شكر', 'مواساه', 'تحيه'].map(fold));

/**
 * "رفع المحافظ فلان | شكره لسمو أمير المنطقة", "بعث تعازيه إلى": the sender's own thanks, greetings or
 * condolences, the noun with his pronoun (folded), before "ل" or "إلى" and whom they go to.
 */
const OWN_GREETING = /^(?:شكر|تهاني|تعازي|تحيات|تقدير|امتنان|عرفان|تبريكات)(?:ه|ها|هم)$/;

/** Whether a greeting formula opens at `start` (see the module comment). */
export function isGreetingFormulaAt(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start]?.folded ?? '';
  const bare = withoutConjunction(word);
  if (GREETINGS_IN_CONSTRUCT.has(bare) && tokens[start + 1]?.isWord === true) return true;
  if (OWN_GREETING.test(bare) && /^(?:ل.|الي$)/.test(tokens[start + 1]?.folded ?? '')) return true;
  if (CABLES.has(bare) && CABLE_KINDS.has(tokens[start + 1]?.folded ?? '')) return true;
  if (opensCondolencePair(bare, tokens[start + 1])) return true;
  if (!PRAISE_WORDS.has(word)) return false;
  const next = tokens[start + 1]?.folded === EXPRESSIONS ? start + 2 : start + 1;
  return GREETINGS.has(tokens[next]?.folded ?? '');
}

/** Whether the condolence formula's "جميل الصبر" or "حسن العزاء" (perhaps behind "و") opens at `start`. */
export function isCondolenceFormulaAt(tokens: readonly Token[], start: number): boolean {
  return opensCondolencePair(withoutConjunction(tokens[start]?.folded ?? ''), tokens[start + 1]);
}

/** A folded word without the conjunction "و" it may open with ("وتحيات" → "تحيات"). */
function withoutConjunction(word: string): string {
  return word.replace(/^و(?=..)/, '');
}

/** Whether a word read without its "و" and the token after it are "جميل الصبر" or "حسن العزاء". */
function opensCondolencePair(bare: string, next: Token | undefined): boolean {
  const genitive = CONDOLENCE_PAIRS.get(bare);
  return genitive !== undefined && next?.folded === genitive;
}

/** "واجب" (duty) of "قدم واجب العزاء", folded, and the condolence it takes. */
const DUTY = fold('واجب');
const CONDOLENCE = fold('العزاء');

/**
 * "قدم المحافظ | التعازي لأسرة الفقيد", "قدم أمير المنطقة | واجب العزاء": what the holder sends or
 * pays, a definite greeting or condolence, or any formula of greeting, opens the verb's object; it
 * is no complement of his office.
 */
export function opensGreetingObject(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.folded ?? '';
  return GREETINGS.has(word) || (word === DUTY && tokens[i + 1]?.folded === CONDOLENCE) || isGreetingFormulaAt(tokens, i);
}
