/**
 * Names that a bracket or a quote mark sets after the name of a thing or a body: "6 سفن نقل ( فلان
 * و علان )" lists the names of ships, 'معتمديات "فلان" و"علان"' those of towns, and "مركز المرأة
 * العربية للتدريب والبحوث (فلانة)" gives a body's short name. Names of people, places and things
 * look alike; the head before the bracket tells which they are.
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isOfficeOrPersonTitle } from './office-words.js';
import { isCommonWord } from './ordinary-words.js';
import { roleBefore } from './role-before.js';
import type { Token } from './tokenize.js';

/**
 * Plural (and dual) heads of named things that are no persons, folded: vessels, vehicles, buildings,
 * places, works, brands, bodies and clubs. A closed class: no noun for people ("لاعبين", "وزراء").
 */
const PLURAL_THING_HEADS = new Set(
  [
    'سفن', 'بواخر', 'مراكب', 'قوارب', 'زوارق', 'ناقلات', 'سفينتين', 'سفينتان', 'باخرتين', 'باخرتان', 'طائرات', 'سيارات', 'شاحنات',
    'فنادق', 'نزل', 'مطاعم', 'مقاهي', 'مستشفيات', 'مصحات', 'مدارس', 'معاهد', 'جامعات', 'كليات', 'شوارع', 'أنهج', 'ملاعب', 'قاعات', 'مساجد',
    'مدن', 'قرى', 'أحياء', 'معتمديات', 'ولايات', 'بلديات', 'مناطق', 'جزر', 'مواني', 'موانئ', 'مطارات',
    'أفلام', 'مسلسلات', 'روايات', 'كتب', 'أغاني', 'أغان', 'ألبومات', 'مسرحيات', 'برامج', 'صحف', 'قنوات', 'إذاعات', 'مواقع', 'تطبيقات',
    'جوائز', 'مهرجانات', 'شركات', 'ماركات', 'علامات', 'منتجات', 'أحزاب', 'جمعيات', 'منظمات', 'نقابات', 'أندية', 'نوادي', 'نواد',
    // (Duals of bodies: "تحالف شركتي «المقاولون العرب» و«حسن علام»".)
    'شركتي', 'شركتين', 'شركتا', 'مجموعتي', 'مجموعتين', 'مؤسستي', 'مؤسستين',
  ].map(fold),
);

/** Tokens looked back over from a name to its list's head. */
const MAX_LIST_REACH = 20;

/** Words of one item of such a list ("دانيال كازانوفا", "لا سيباربا"). */
const MAX_ITEM_WORDS = 3;

/** Words between a plural head and the bracket or quote that opens its list ("سفن نقل (", "مدن تونسية «"). */
const MAX_HEAD_COMPLEMENT = 1;

const OPENERS = new Set(['(', '«', '"', '“']);
const QUOTES = new Set(['«', '»', '"', '“', '”']);
/** What joins the items of such a list: "و" written apart, commas, dashes. */
const JOINERS = new Set(['و', '،', ',', '-']);

function isPluralThingHead(token: Token | undefined): boolean {
  return token?.isWord === true && procliticReadings(token).some(({ stem }) => PLURAL_THING_HEADS.has(stem));
}

/** Whether a plural head of things stands right before the mark at `open`, one complement word allowed. */
function opensListOfThings(tokens: readonly Token[], open: number): boolean {
  for (let k = open - 1; k >= 0 && open - k <= MAX_HEAD_COMPLEMENT + 1; k--) {
    if (isPluralThingHead(tokens[k])) return true;
    if (!tokens[k].isWord) return false;
  }
  return false;
}

/**
 * 'برامج "السهرة" وقال فلان': a verb only people do, or a common word with "و" ("وقال", "وأكد"), opens
 * a clause of its own after the list; it is no item of it.
 */
function isVerbOrCommonWordAfterWaw(token: Token): boolean {
  return procliticReadings(token).some(({ stem }) => gazetteer().personVerbs.has(stem)) || (token.folded.startsWith('و') && isCommonWord(token.folded.slice(1)));
}

/**
 * Whether the name at `start` is an item of a list of things opened by a bracket or a quote right
 * after a plural head of things ("6 سفن نقل ( كاتانيا و فلان علان", 'بمعتمديات "فلان" و"علان"').
 * Read back to the opening mark, the list holds items of a few words (quoted or not) joined by "و"
 * or commas; a longer run of words, an office or other punctuation ends the search.
 */
export function isInListOfThingsAt(tokens: readonly Token[], start: number): boolean {
  let itemWords = 0;
  for (let i = start - 1; i >= 0 && start - i <= MAX_LIST_REACH; i--) {
    const token = tokens[i];
    // ('أفلام هي "فلان" (2000) و"علان"': the year of a work in brackets after it is part of its item.)
    if (token.text === ')' && /^[0-9٠-٩]{4}$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.text === '(') {
      i -= 2;
      continue;
    }
    if (OPENERS.has(token.text) && opensListOfThings(tokens, i)) return true;
    if (token.text === '(') return false;
    if (QUOTES.has(token.text)) continue;
    if (JOINERS.has(token.text)) {
      itemWords = 0;
      continue;
    }
    if (!token.isWord || isOfficeOrPersonTitle(token) || isVerbOrCommonWordAfterWaw(token) || ++itemWords > MAX_ITEM_WORDS) return false;
    // ("وقرطاج": an item may carry the list's "و".)
    if (token.folded.startsWith('و')) itemWords = 0;
  }
  return false;
}

/** Words of a body's name looked back over from its bracket to its head ("مركز المرأة العربية للتدريب والبحوث"). */
const MAX_BODY_NAME_WORDS = 7;


/**
 * "مركز المرأة العربية للتدريب والبحوث (فلانة)", "الهيئة العليا المستقلة للانتخابات (علان)": the one
 * word in brackets right after the name of a body (its head a few words back, nothing but words
 * between) is that body's short name. Not after an office whose holder the body names ("مدير مركز
 * الدراسات (فلان)"), nor two words: "شخصية من التيار القومي (فلان علان)" names a member in full.
 */
export function isBodyShortNameAt(tokens: readonly Token[], start: number, end: number): boolean {
  const open = start - 1;
  if (tokens[open]?.text !== '(' || tokens[end]?.text !== ')' || end - start !== 1) return false;
  const heads = gazetteer().organizationHeads;
  for (let i = open - 1; i >= 0 && open - i <= MAX_BODY_NAME_WORDS; i--) {
    const token = tokens[i];
    if (!token.isWord || isOfficeOrPersonTitle(token)) return false;
    if (procliticReadings(token).some(({ stem }) => heads.has(stem))) return roleBefore(tokens, open) === null;
  }
  return false;
}
