/**
 * "فلان الذي كان آنذاك وزيرا للداخلية", "فلانة التي تشغل منصب مديرة المعهد": a relative clause right
 * after a name whose verb says he holds or held a post (a closed class: "كان", "يشغل", "تولى" ...),
 * an adverb of time allowed, states his office as an apposition does; so does one of his appointment
 * ("الذي عينه البرلمان قائدا للجيش", "الذي تم تعيينه اليوم وزيرا للصحة"). Any other verb ("الذي التقى
 * وزير ...") opens what he did, and the office there is someone else's.
 */
import type { Token } from './tokenize.js';
import { isAccusativeOffice, isDefinite, isOfficeWord } from './office-words.js';
import { OWN_POST } from './post-phrases.js';

/** Relative pronouns, folded. */
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي']);
/** Verbs of holding a post, folded: past and present, masculine and feminine (a closed class). */
const HOLDING_VERBS = new Set(['كان', 'كانت', 'يشغل', 'تشغل', 'شغل', 'شغلت', 'يتولي', 'تتولي', 'تولي', 'تولت', 'اصبح', 'اصبحت', 'صار', 'صارت', 'بات', 'باتت', 'سيتولي', 'ستتولي', 'سيشغل', 'ستشغل']);
/** Adverbs of time that may stand between the verb and the office, folded (a closed class). */
const TIME_ADVERBS = new Set(['انذاك', 'حينها', 'وقتها', 'حينذاك', 'حاليا', 'سابقا', 'ايضا']);
/** Nouns of a post before the office in the genitive ("يشغل منصب مدير"), folded. */
const POST_NOUNS = new Set(['منصب', 'خطه', 'مهام', 'وظيفه']);

/** Verbs of appointing with the appointee as their object pronoun ("عينه", "انتخبها"), folded. */
const APPOINTED_BY_VERBS = new Set(['عينه', 'عينها', 'عينته', 'عينتها', 'انتخبه', 'انتخبها', 'انتخبته', 'انتخبتها', 'اختاره', 'اختارها', 'اختارته', 'اختارتها', 'كلفه', 'كلفها', 'كلفته', 'كلفتها']);
/**
 * The passive of his appointment, folded: "الذي تم تعيينه", "التي تمت تسميتها" (the verb of
 * happening and the act with his pronoun), or the passive verb alone ("الذي عين", "التي انتخبت"),
 * which an accusative office must follow at once ("الذي عين فلانا وزيرا" is who appointed).
 */
const HAPPENED = new Set(['تم', 'تمت']);
const APPOINTMENT_WITH_PRONOUN = /^(?:تعيين|تسميت|انتخاب|تكليف)(?:ه|ها)$/;
const PASSIVE_APPOINTED = new Set(['عين', 'عينت', 'انتخب', 'انتخبت', 'كلف', 'كلفت']);
/** "المعين", "المعينة", "المنتخب", "المنتخبة" (appointed, elected), folded. */
const APPOINTED_PARTICIPLES = new Set(['المعين', 'المعينه', 'المنتخب', 'المنتخبه']);
/** "أعفي", "أعفيت" (was relieved), folded. */
const RELIEVED = new Set(['اعفي', 'اعفيت']);
/** "صدر" (was issued), a decree's nouns and adjectives, and "بتعيينه" (for his appointment), folded. */
const ISSUED = 'صدر';
const DECREE_NOUNS = new Set(['امر', 'قرار', 'مرسوم']);
const DECREE_ADJECTIVES = new Set(['ملكي', 'سامي', 'اميري', 'جمهوري', 'رياسي']);
const APPOINTMENT_BY_DECREE = /^بتعيين(?:ه|ها)$/;
/** Days that may stand between the passive and the office ("الذي تم تعيينه اليوم وزيرا"), folded. */
const APPOINTMENT_DAYS = new Set(['اليوم', 'امس', 'موخرا']);

/**
 * "فلان الذي تم تعيينه اليوم وزيرا للشؤون الدينية": a relative clause of his appointment in the
 * passive, then the office he was given in the accusative. How many tokens from the verb at `verb`
 * lead to that office, or 0.
 */
function appointedLeadLength(tokens: readonly Token[], verb: number): number {
  let i = verb;
  if (HAPPENED.has(tokens[i]?.folded ?? '') && APPOINTMENT_WITH_PRONOUN.test(tokens[i + 1]?.folded ?? '')) i += 2;
  else if (PASSIVE_APPOINTED.has(tokens[i]?.folded ?? '')) i++;
  // ("الذي أعفي من منصبه وعين مستشاراً": relieved of his post and given another.)
  else if (RELIEVED.has(tokens[i]?.folded ?? '') && tokens[i + 1]?.folded === 'من' && OWN_POST.test(tokens[i + 2]?.folded ?? '') && PASSIVE_APPOINTED.has(tokens[i + 3]?.folded.replace(/^و/, '') ?? '')) i += 4;
  else if (tokens[i]?.folded === ISSUED && DECREE_NOUNS.has(tokens[i + 1]?.folded ?? '')) {
    // ("الذي صدر أمر ملكي بتعيينه مستشاراً بالديوان الملكي": the decree issued for his appointment.)
    i += 2;
    if (DECREE_ADJECTIVES.has(tokens[i]?.folded ?? '')) i++;
    if (!APPOINTMENT_BY_DECREE.test(tokens[i]?.folded ?? '')) return 0;
    i++;
  } else return 0;
  if (APPOINTMENT_DAYS.has(tokens[i]?.folded ?? '')) i++;
  // ("الذي عين في منصب مستشار في الديوان الملكي": the post in the genitive of "منصب".)
  if (tokens[i]?.folded === 'في' && POST_NOUNS.has(tokens[i + 1]?.folded ?? '') && tokens[i + 2]?.isWord === true && isOfficeWord(tokens[i + 2])) return i + 2 - verb;
  return tokens[i]?.isWord === true && isAccusativeOffice(tokens[i]) ? i - verb : 0;
}

/** How many words the appointer ("مجلس النواب المنتخب") may take before the office given. */
const MAX_APPOINTER_WORDS = 4;

/**
 * "فلان الذي عينه مجلس النواب قائدا عاما للجيش": a relative clause of his appointment, its subject
 * between the verb and the office he was given, in the accusative. How many tokens from the verb at
 * `verb` lead to that office, or 0.
 */
function appointedByLeadLength(tokens: readonly Token[], verb: number): number {
  if (!APPOINTED_BY_VERBS.has(tokens[verb]?.folded ?? '')) return 0;
  // ("التي عينها جلالة الملك رئيسة للهيئة": a feminine office shows no accusative; "her" appointment says it is one.)
  const her = /ها$/.test(tokens[verb].folded);
  const given = (token: Token): boolean => isAccusativeOffice(token) || (her && /ة$/.test(token.text) && !isDefinite(token) && isOfficeWord(token));
  for (let i = verb + 1; i <= verb + MAX_APPOINTER_WORDS + 1 && tokens[i]?.isWord; i++) if (given(tokens[i])) return i > verb + 1 ? i - verb : 0;
  return 0;
}

/** How many tokens from `start` ("الذي كان آنذاك") lead to an office after a name, or 0. */
export function relativeClauseLeadLength(tokens: readonly Token[], start: number): number {
  // ("السفير فلان المعين سفيراً لدولة الكويت لدى المملكة المتحدة": the participle of his appointment
  // and the post in the accusative, as a relative clause would say it.)
  if (APPOINTED_PARTICIPLES.has(tokens[start]?.folded ?? '') && tokens[start + 1]?.isWord === true && isAccusativeOffice(tokens[start + 1])) return 1;
  if (!RELATIVE_PRONOUNS.has(tokens[start]?.folded ?? '')) return 0;
  const appointed = appointedByLeadLength(tokens, start + 1) || appointedLeadLength(tokens, start + 1);
  if (appointed > 0) return appointed + 1;
  let i = start + 1;
  // "الذي كان يشغل منصب": a copula before the verb of holding.
  while (i < start + 3 && HOLDING_VERBS.has(tokens[i]?.folded ?? '')) i++;
  if (i === start + 1) return 0;
  if (TIME_ADVERBS.has(tokens[i]?.folded ?? '')) i++;
  if (POST_NOUNS.has(tokens[i]?.folded ?? '')) i++;
  return tokens[i]?.isWord ? i - start : 0;
}

/** Verbs of holding a post, past or present, that a bracket after a name opens with, folded. */
const BRACKET_HOLDING_VERBS = new Set(['يشغل', 'تشغل', 'شغل', 'شغلت', 'يتولي', 'تتولي', 'تولي', 'تولت']);

/**
 * "فلان (شغل منصب وزير الداخلية)", "فلانة (تشغل خطة مديرة المعهد)": a bracket right after a name that
 * opens with a verb of holding and a noun of a post states his office (a former one too, as "السابق"
 * does). How many tokens from the bracket at `open` lead to the office, or 0.
 */
export function bracketHoldingLeadLength(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(' || !BRACKET_HOLDING_VERBS.has(tokens[open + 1]?.folded ?? '')) return 0;
  return POST_NOUNS.has(tokens[open + 2]?.folded ?? '') && tokens[open + 3]?.isWord ? 3 : 0;
}

/**
 * Verbs of holding a post with the post as their object pronoun ("يشغلها", "تولاه"), folded: in "خطة
 * المدير التنفيذي التي يشغلها فلان" the name after the relative clause is the holder of the office before it.
 */
const HELD_BY_VERBS = new Set(['يشغله', 'يشغلها', 'تشغله', 'تشغلها', 'شغله', 'شغلها', 'شغلته', 'شغلتها', 'يتولاه', 'يتولاها', 'تتولاه', 'تتولاها', 'تولاه', 'تولاها', 'تولته', 'تولتها']);

/**
 * Where "الذي يشغله" / "التي تتولاها" opens when it stands right before `end` (an adverb of time
 * allowed after the verb: "الذي يتولاه حاليا فلان"), or -1: the office before it is held by the name
 * at `end`.
 */
export function heldByRelativeStart(tokens: readonly Token[], end: number): number {
  const verb = TIME_ADVERBS.has(tokens[end - 1]?.folded ?? '') ? end - 2 : end - 1;
  return verb >= 2 && RELATIVE_PRONOUNS.has(tokens[verb - 1].folded) && HELD_BY_VERBS.has(tokens[verb].folded) ? verb - 1 : -1;
}
