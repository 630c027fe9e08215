/**
 * "عين فلان السياسي المحافظ من حزب الجمهوريين رئيسا للحكومة", "اختار ماكرون فلان السياسي اليميني
 * لمنصب وزير الاقتصاد": an appointment may describe the appointee between his name and the office
 * he is given. The aside is a short description (a definite noun with its adjectives and
 * complements, "البالغ من العمر ..."); it never holds a name (that would be someone else) nor
 * punctuation (a clause ends there), and an appointment verb or its noun stands right before the
 * names. Closed classes: the appointment verbs and nouns, the post nouns behind "ل"/"في".
 */
import type { Token } from './tokenize.js';
import { isAccusativeOffice, isDefinite, isOfficeWord } from './office-words.js';
import { isOfficeAt } from './office-start.js';
import { nameStartBefore, type IsNameToken } from './role-types.js';
import { isComma } from './located.js';
import { isFemininePostBeforeBody } from './decree-names.js';

/** "عين", "وعينت", "سمى", "كلف", "اختار" and their verbal nouns "تعيين", "تسمية" ..., folded
 * (not "رشح": a nominee is a candidate, no holder). */
const APPOINTS = /^[وف]?(?:عين|سمي|كلف|اختار|تعيين|تسميه|تكليف|اختيار)ت?$/;
/** "لمنصب", "لخطة", "في منصب", "في خطة": the post he is given, named next, folded. */
const POST_AFTER_LAM = /^ل(?:منصب|خطه)$/;
const POST_AFTER_FI = /^(?:منصب|خطه)$/;
/** How many words the description between the name and the office may have. */
const MAX_ASIDE_WORDS = 8;

/** How many words the appointer ("الحكومة", "مجلس الوزراء") may take between the verb and the appointee. */
const MAX_SUBJECT_WORDS = 2;

/**
 * Whether an appointment verb or noun stands before the name starting at `nameStart`, its subject
 * allowed between; a title right before the name makes the name the titled appointer ("عين الرئيس فلان").
 */
function followsAppointment(tokens: readonly Token[], nameStart: number): boolean {
  if (nameStart > 0 && isOfficeWord(tokens[nameStart - 1])) return false;
  for (let before = nameStart - 1; before >= 0 && nameStart - before <= MAX_SUBJECT_WORDS + 1; before--) {
    if (!tokens[before].isWord) return false;
    if (APPOINTS.test(tokens[before].folded)) return true;
  }
  return false;
}

/** How many words of a post noun ("لمنصب", "في منصب") open at `index`, before the office they name. */
function postNounLength(tokens: readonly Token[], index: number): number {
  if (POST_AFTER_LAM.test(tokens[index].folded)) return 1;
  return tokens[index].folded === 'في' && POST_AFTER_FI.test(tokens[index + 1]?.folded ?? '') ? 2 : 0;
}

/**
 * Where the office the appointee whose name ends at `nameEnd` is given opens, after a description
 * of him and any post noun (-1 when there is no such aside): an accusative office ("رئيسا") or the
 * office a post noun names ("لمنصب وزير الاقتصاد").
 */
export function givenOfficeAfterAside(tokens: readonly Token[], nameEnd: number, isName: IsNameToken): number {
  if (!followsAppointment(tokens, nameStartBefore(nameEnd, isName))) return -1;
  const first = tokens[nameEnd];
  if (isComma(first)) return givenOfficeAfterTrade(tokens, nameEnd + 1, isName);
  // The description opens with a definite noun that is no office (an office there is his own apposition).
  if (!first?.isWord || !isDefinite(first) || isName(nameEnd) || isOfficeAt(tokens, nameEnd)) return -1;
  for (let index = nameEnd + 1; index <= nameEnd + MAX_ASIDE_WORDS; index++) {
    if (!tokens[index]?.isWord || isName(index)) return -1;
    if (isAccusativeOffice(tokens[index])) return index;
    const post = postNounLength(tokens, index);
    if (post > 0) return isOfficeAt(tokens, index + post) ? index + post : -1;
  }
  return -1;
}

/** How many words the appointee's grade or trade set off by commas may have ("متصرف مدني", "أستاذة جامعية"). */
const MAX_TRADE_WORDS = 3;

/**
 * "تعيين السيد فلان، متصرف مدني، أميناً عاماً لوزارة الداخلية", "تعيين السيدة فلانة، طبيبة، مديرة
 * للصحة العمومية": a decree (Mauritania's council of ministers) gives the appointee's grade or trade
 * between commas, then the post, in the accusative, or a feminine office before "ل" + its body,
 * whose "ةً" is seldom written. Where the post opens, the trade starting at `start`, or -1.
 */
function givenOfficeAfterTrade(tokens: readonly Token[], start: number, isName: IsNameToken): number {
  // (An office after the comma is his apposition, no trade.)
  if (!tokens[start]?.isWord || isOfficeAt(tokens, start)) return -1;
  for (let index = start + 1; index <= start + MAX_TRADE_WORDS; index++) {
    const token = tokens[index];
    if (isComma(token)) {
      const post = tokens[index + 1];
      return post?.isWord === true && (isAccusativeOffice(post) || isFemininePostBeforeBody(tokens, index + 1)) ? index + 1 : -1;
    }
    if (!token?.isWord || isName(index) || isOfficeWord(token)) return -1;
  }
  return -1;
}
