/**
 * "قال فلان، قائد الشرطة في داكا، لرويترز إن ...": "ل" + a news agency or the press is whom he
 * spoke to, not a complement of his office. A closed class: agencies and the words for the press.
 */
import type { Token } from './tokenize.js';
import type { SpanKind } from './spans.js';
import { isListedGivenName } from './given-names.js';
import { isOftenANameInNews } from './tagger.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';

/**
 * Folded: "لرويترز", "لوكالة", "للصحفيين", "لفرانس (برس)", "لأسوشيتد (برس)", and the paper's own
 * reporter or medium with "نا" (our): "لمراسلنا", "لموقعنا", "لجريدتنا".
 */
const PRESS_ADDRESSEES = /^ل(?:رويترز|وكاله|لصحفيين|لصحافيين|لصحافه|فرانس|اسوشيتد|اسوشيتيد|بي بي سي|(?:مراسل|مراسلت|موقع|جريدت|صحيفت|اذاعت|قنات|مجلت)نا)$/;

export function isPressAddressee(token: Token | undefined, next?: Token): boolean {
  return token !== undefined && token.isWord && (PRESS_ADDRESSEES.test(token.folded) || isNewsOutletAddressee(token, next));
}

/** The last word of an outlet's name that says it is one: "نيوز" (news), "نت" (net), folded. */
const OUTLET_TAILS = new Set(['نيوز', 'نت']);

/**
 * "قال فلان لشفق نيوز", "للسومرية نيوز", "للجزيرة نت": "ل" + a word and the tail of an outlet's
 * name ("News", "Net") is the outlet he spoke to, whatever its first word.
 */
export function isNewsOutletAddressee(token: Token | undefined, next: Token | undefined): boolean {
  return token?.isWord === true && /^ل..+/.test(token.folded) && next?.isWord === true && OUTLET_TAILS.has(next.folded);
}

/** The names that follow "وكالة" when it is a news agency ("لوكالة فرانس برس"; not "الأنباء", whose head holds an office), folded. */
const AGENCY_NAMES = new Set(['فرانس', 'رويترز', 'اسوشيتد', 'اسوشيتيد', 'الاناضول', 'شينخوا', 'سبوتنيك', 'بلومبرغ', 'بلومبيرغ', 'تاس', 'نوفوستي', 'ارنا', 'مهر', 'فارس', 'تسنيم']);

/** Folded: "لرويترز", "لفرانس (برس)", "لأسوشيتد (برس)" (not "للصحفيين": "النقابة الوطنية للصحفيين"). */
const AGENCY_ADDRESSEES = /^ل(?:رويترز|فرانس|اسوشيتد|اسوشيتيد)$/;

/**
 * "ل" + a news agency by its own name ("لرويترز"), "لوكالة" + an agency's name, or "لمراسل" (the
 * correspondent): whom he spoke to.
 * ("المدير السابق لوكالة المخابرات": "وكالة" + anything else is a body an office may head.)
 */
export function isNamedPressAddressee(token: Token | undefined, next: Token | undefined): boolean {
  if (token === undefined || !token.isWord) return false;
  if (isNewsOutletAddressee(token, next)) return true;
  if (token.folded === 'لوكاله') return next?.isWord === true && AGENCY_NAMES.has(next.folded);
  return AGENCY_ADDRESSEES.test(token.folded) || CORRESPONDENTS.test(token.folded);
}

/** "لمراسل", "لمراسلة" (to the correspondent of a paper or a radio), folded: whom he spoke to. */
const CORRESPONDENTS = /^لمراسل[هي]?$/;
/** A news medium's envoy or correspondent, folded: a journalist's trade, no envoy of a state. */
const PRESS_ENVOYS = new Set(['مبعوث', 'المبعوث', 'مبعوثه', 'المبعوثه', 'موفد', 'الموفد', 'موفده', 'الموفده', 'مراسل', 'المراسل', 'مراسله', 'المراسله']);
/** Whether a folded word is a medium's envoy or correspondent ("موفد", "مراسل"): see PRESS_ENVOYS. */
export function isPressEnvoyWord(folded: string): boolean {
  return PRESS_ENVOYS.has(folded);
}

/** Heads of a medium's name, folded: after an envoy they make him the medium's reporter. */
const MEDIA = new Set(['اذاعه', 'قناه', 'صحيفه', 'جريده', 'موقع', 'مجله', 'تلفزيون', 'راديو']);

/**
 * 'فلان، مبعوث "الجوهرة أف أم"', "موفد إذاعة ...": an envoy office right before a medium's name (a
 * quote) or its head is a reporter's post at that medium, no public office.
 */
export function isPressEnvoyAt(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1 || !tokens[start].isWord || !PRESS_ENVOYS.has(tokens[start].folded)) return false;
  const next = tokens[end];
  return next !== undefined && (OPENING_QUOTES.has(next.text) || (next.isWord && MEDIA.has(next.folded)));
}

/** Folded marks of a radio's name ("أف أم", "FM") or a medium's head, inside quotes. */
const RADIO_BAND = /^(?:اف|fm)$/i;
const RADIO_AFTER_BAND = /^(?:ام)$/;
/** How many words a quoted medium's name may run to ("الجوهرة أف أم"). */
const MAX_QUOTED_MEDIUM_WORDS = 5;

/**
 * 'المتحدث باسم المحكمة لـ"الجوهرة أف ام"': a quoted name after "ل" that is a radio ("... أف أم",
 * "FM") or opens with a medium's head ("إذاعة", "قناة", "صحيفة") is the medium he spoke to, no body
 * of his office. `open` is the index of the opening quote.
 */
export function isQuotedMediumAt(tokens: readonly Token[], open: number): boolean {
  if (!OPENING_QUOTES.has(tokens[open]?.text ?? '')) return false;
  if (tokens[open + 1]?.isWord === true && MEDIA.has(tokens[open + 1].folded)) return true;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_QUOTED_MEDIUM_WORDS && !CLOSING_QUOTES.has(tokens[k].text); k++) {
    if (!tokens[k].isWord) continue;
    if (/^fm$/i.test(tokens[k].text)) return true;
    if (RADIO_BAND.test(tokens[k].folded) && RADIO_AFTER_BAND.test(tokens[k + 1]?.folded ?? '')) return true;
  }
  return false;
}

/**
 * 'رئيس فرقة الأبحاث للحرس الوطني | للجوهرة "اف ام"': "ل" + a word, then the radio's band ("أف أم",
 * "FM"), bare or in quotes, is the radio he spoke to, no body his office heads. `at` is the "ل" word.
 */
export function isRadioAddresseeAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined || !token.isWord || !/^ل../.test(token.folded)) return false;
  let k = at + 1;
  if (OPENING_QUOTES.has(tokens[k]?.text ?? '')) k++;
  const band = tokens[k];
  if (band === undefined || !band.isWord) return false;
  return /^fm$/i.test(band.text) || (RADIO_BAND.test(band.folded) && RADIO_AFTER_BAND.test(tokens[k + 1]?.folded ?? ''));
}

/**
 * "قالت النائبة سهام الجنابي للسومرية نيوز": the tagger, which has seen the outlet's name, may run
 * an organization over the name of the one who spoke to it. Such a span is split where the outlet
 * is addressed: the outlet is the organization, and the words before it a person's name when they
 * are two or more and the first is a given name a list knows or a word the news mostly takes for a
 * person (else no span).
 */
export function spansSplitAtOutlet(tokens: readonly Token[], spans: Array<{ kind: SpanKind; start: number; end: number }>): Array<{ kind: SpanKind; start: number; end: number }> {
  if (!spans.some((span) => span.kind === 'organization' && span.end - span.start >= 4)) return spans;
  return spans.flatMap((span) => {
    if (span.kind !== 'organization') return [span];
    for (let k = span.start + 2; k < span.end - 1; k++) {
      if (!isNewsOutletAddressee(tokens[k], tokens[k + 1])) continue;
      const outlet = { kind: span.kind, start: k, end: span.end };
      const first = tokens[span.start].folded;
      return isListedGivenName(first) || isOftenANameInNews(first) ? [{ kind: 'person' as const, start: span.start, end: k }, outlet] : [outlet];
    }
    return [span];
  });
}

