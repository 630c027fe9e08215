/**
 * Verbs whose object is a person ("استقبل", "التقى", "هنأ"; also the imperfect and future,
 * "يستقبل", "وسيلتقي"), folded, with "و"/"ف" allowed: after one of them the office named right
 * after a name may be whom that person met.
 */
import { gazetteer } from './gazetteer.js';
import type { Token } from './tokenize.js';
import { QUOTE_MARKS } from './quote-marks.js';

const MEETING_VERB = /^[وف]?(?:استقبل|التقي|التقت|قابل|ودع|هنا|عزي|استضاف|زار|كرم|اتصل|صافح|رافق|دعا|دعت|ابلغ|استقبلت|قابلت|ودعت|هنات|زارت|كرمت|صافحت|رافقت|ابلغت|س?[يت](?:ستقبل|لتقي|قابل|ودع|هني|عزي|ستضيف|زور|كرم|صافح|رافق|بلغ))$/;

export function isMeetingVerb(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && MEETING_VERB.test(token.folded);
}

/**
 * A verb of meeting that is not "دعا"/"دعت": after "دعا" the subject's office is followed by what
 * he calls for ("دعا فلان عضو المكتب السياسي إلى ...", "ودعا نقيب المحامين في طرابلس فلان إلى
 * ..."), seldom by whom he invites.
 */
export function isMeetingVerbOfObject(token: Token | undefined): boolean {
  return token !== undefined && isMeetingVerb(token) && !/^[وف]?دع/.test(token.folded);
}

/** Past verbs of meeting that take "him" as written after them, folded ("استقبله"; "التقاه" aside: its alef changes). */
const MEETING_VERBS_TAKING_HIM = /^(?:استقبل|قابل|ودع|استضاف|زار|كرم|صافح|رافق|ابلغ|سال|استدعي|هنا)$/;

/** "أبلغه", "استقبله" (a folded word): a verb of saying or meeting with "him" after it, no name word. */
export function isVerbWithHisPronoun(word: string): boolean {
  if (!word.endsWith('ه') || word.length < 5) return false;
  const verb = word.slice(0, -1);
  return gazetteer().personVerbs.has(verb) || MEETING_VERBS_TAKING_HIM.test(verb);
}

/** Words after which an object phrase has ended: prepositions and times, folded. */
const PHRASE_ENDS = new Set(['في', 'الي', 'علي', 'مع', 'عن', 'من', 'لدي', 'خلال', 'امس', 'اليوم', 'غدا', 'عند', 'بعد', 'قبل', 'حيث', 'صباح', 'مساء', 'ظهر']);

/**
 * "وسيستقبل "فلان" الرئيس المنتخب في القصر": the office right after a bare name that a verb of
 * meeting opens, which runs into no holder's name (the caller's office phrase ends there), is whom
 * he meets, not his apposition. Only when the phrase is followed by a preposition, a time, "و",
 * "ب" + a definite noun ("بمقر" too), or nothing: "زار فلان وزير الخارجية القاهرة" (a second
 * object follows) and "التقى فلان وزير الصحة للتباحث" (a purpose) leave the office his own.
 */
export function isOfficeMetBySubject(tokens: readonly Token[], nameStart: number, nameEnd: number, roleStart: number, roleEnd: number): boolean {
  let verb = nameStart - 1;
  if (QUOTE_MARKS.has(tokens[verb]?.text ?? '')) verb--;
  if (!isMeetingVerbOfObject(tokens[verb])) return false;
  const closing = QUOTE_MARKS.has(tokens[nameEnd]?.text ?? '') ? 1 : 0;
  if (roleStart !== nameEnd + closing) return false;
  const next = tokens[roleEnd];
  return next === undefined || !next.isWord || PHRASE_ENDS.has(next.folded) || /^بال|^بم|^فال|^و/.test(next.folded);
}
