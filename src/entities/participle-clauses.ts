/**
 * "قائد القوات الليبية المنبثقة عن برلمان "طبرق" فلان", "مدير المعهد المعفى من مهامه فلان": a definite
 * participle and its prepositional complement qualify the office (or its body) between the office
 * phrase and the holder's name. The complement is closed where no name can go on with it: a noun
 * with a pronoun ending ("مهامه", "منصبه"), a bare noun and a name in quotes ("برلمان "طبرق""), or
 * a definite body ("المعين من الجماعة").
 */
import { isOfficeWord, stems } from './office-words.js';
import { tokenReadAs, type Token } from './tokenize.js';
import { hasTrait, PERSON_TITLE } from './word-traits.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';

/**
 * Prepositions that join a complement to a participle, an office noun or the body it heads ("المعفى
 * من مهامه", "في أحداث"), folded ("على" folds to "علي").
 */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['عن', 'من', 'في', 'علي']);
/** "his", "her", "their" (plural) as an ending, as written ("مهامه", "منصبها"). */
const HIS_HER_THEIR_ENDING = /(?:ه|ها|هم)[\u064b-\u0652]*$/;
/** How many words the name in quotes may have. */
const MAX_QUOTED_WORDS = 3;

/** "منتهية", "المنتهي" (ended), folded: the outgoing holder's or body's participle. */
const ENDED = /^(?:ال)?منتهيه?$/;
/** "الولاية", "ولايتها", "صلاحيته" (its mandate), folded: what has ended. */
const MANDATE = /^(?:الولايه|الصلاحيه|(?:ولايت|صلاحيت)(?:ه|ها|هم))$/;

/** Participles of belonging that open such a clause without the "م" of the derived forms ("التابع للجماعة"), folded. */
const BELONGING = new Set(['التابع', 'التابعه', 'التابعين', 'التابعون']);

/**
 * "المعين من الجماعة فلان", "التابع للحوثيين فلان": a definite complement (folded, "ال" written) that is
 * no office or title, after which a name could be its holder's ("المعين من الرئيس فلان"), closes the
 * clause: the name after it is the office holder's. A body or group, one word.
 */
function isBodyComplement(token: Token): boolean {
  return token.folded.startsWith('ال') && token.folded.length > 4 && !isOfficeWord(token) && !hasTrait(token, PERSON_TITLE);
}

/** "الحوثية", "الوطني": a definite adjective of relation (nisba), folded, no office. */
function isDefiniteNisba(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && /^ال.{2,}(?:يه|ي)$/.test(token.folded) && !isOfficeWord(token);
}

/**
 * The end of a participle's clause at its definite complement (at `object`, read as `body`: "للجماعة"
 * as "الجماعة"), or -1: the body, and its definite nisba ("المعين من الجماعة الحوثية فلان"), when a name opens right after.
 */
function definiteBodyClauseEnd(tokens: readonly Token[], object: number, body = tokens[object]): number {
  if (!isBodyComplement(body)) return -1;
  if (isDefiniteNisba(tokens[object + 1]) && opensName(tokens[object + 2])) return object + 2;
  return opensName(tokens[object + 1]) ? object + 1 : -1;
}

/**
 * After "من قبل" at `at`, the end of the agent body before the holder's name, or -1: a definite body
 * ("الجماعة"), or a noun and its definite genitive ("جماعة الحوثي"), maybe with "في" and the place
 * ("المحافظ المعين من قبل جماعة الحوثي في تعز | فلان").
 */
function agentBodyEnd(tokens: readonly Token[], at: number): number {
  const head = tokens[at];
  if (!head?.isWord) return -1;
  let end = isBodyComplement(head) ? at + 1 : !head.folded.startsWith('ال') && tokens[at + 1]?.isWord === true && isBodyComplement(tokens[at + 1]) ? at + 2 : -1;
  if (end < 0) return -1;
  if (tokens[end]?.folded === 'في' && tokens[end + 1]?.isWord === true && !isOrdinaryWord(tokens[end + 1])) end += 2;
  return opensName(tokens[end]) ? end : -1;
}

/**
 * Whether a word may open the holder's name after a definite body: no article, no common word (the
 * clause may go on, "المسؤول عن الملف مباشرة"), so that only a name is taken for the holder's.
 */
function opensName(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && !token.folded.startsWith('ال') && !isOrdinaryWord(token);
}

/**
 * End of the participle clause opening at `at` ("المنبثقة عن برلمان "طبرق""), or -1. ("رئيس حكومة
 * الوحدة الوطنية منتهية الولاية فلان": so is "whose mandate has ended", a participle and its subject.)
 */
export function participleClauseEnd(tokens: readonly Token[], at: number): number {
  const participle = tokens[at];
  const preposition = tokens[at + 1];
  const object = tokens[at + 2];
  if (participle?.isWord && ENDED.test(participle.folded) && preposition?.isWord && MANDATE.test(preposition.folded)) return at + 2;
  if (!participle?.isWord || !(participle.folded.startsWith('الم') || BELONGING.has(participle.folded)) || stems(participle).length !== 1 || isOfficeWord(participle)) return -1;
  // ("التابع للجماعة فلان": "ل" glued to the body it belongs to.)
  if (preposition?.isWord && preposition.folded.startsWith('لل') && preposition.folded.length > 4) return definiteBodyClauseEnd(tokens, at + 1, tokenReadAs(preposition, `ا${preposition.folded.slice(1)}`));
  if (!preposition?.isWord || !COMPLEMENT_PREPOSITIONS.has(preposition.folded) || !object?.isWord) return -1;
  // ("المعين من قبل الجماعة فلان": the agent after "من قبل".)
  if (preposition.folded === 'من' && object.folded === 'قبل') return agentBodyEnd(tokens, at + 3);
  if (object.folded.startsWith('ال')) return definiteBodyClauseEnd(tokens, at + 2);
  if (HIS_HER_THEIR_ENDING.test(object.text) && stems(object).length === 1) return at + 3;
  if (!OPENING_QUOTES.has(tokens[at + 3]?.text ?? '')) return -1;
  for (let k = at + 4; k <= at + 4 + MAX_QUOTED_WORDS && k < tokens.length; k++) {
    if (CLOSING_QUOTES.has(tokens[k].text)) return k > at + 4 ? k + 1 : -1;
    if (!tokens[k].isWord) return -1;
  }
  return -1;
}
