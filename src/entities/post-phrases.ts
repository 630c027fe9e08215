/**
 * Words of a decree that stand between the name and the office it concerns:
 * - "إعفاء فلان من منصبه وزيراً للصحة": the post he leaves, "من منصبه" + the office in the accusative;
 * - "تكليف فلان بالقيام بعمل مدير عام الجوازات", "بمهام وكيل الوزارة": the duties he is charged with,
 *   named by their office;
 * - "ترقية العميد فلان إلى رتبة لواء وتعيينه مساعداً لقائد القوة": the rank he is promoted to, then
 *   the act with his pronoun ("وتعيينه", "وتكليفها") and the office it gives him, in the accusative.
 * Closed classes: the pronoun-suffixed "منصب", the nouns of duties behind "ب", the acts of a decree.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { OPENING_QUOTES } from './quote-marks.js';
import { ACTING_DUTIES } from './acting-posts.js';
import { isTradeNoun } from './trade-nouns.js';
import { isLateEpithet } from './late-namesakes.js';
import { isComma } from './located.js';
import { isOfficeWord } from './office-words.js';

/** "منصبه", "منصبها": his or her post. */
export const OWN_POST = /^منصب(?:ه|ها)$/;
/** "رتبة" (folded): the rank of a promotion, after "إلى". */
const RANK_NOUN = fold('رتبة');
/** "وتعيينه", "وتكليفها": an act of a decree with the pronoun of the one just named, folded. */
const ACT_WITH_PRONOUN = /^و?(?:تعيين|تكليف|تسميت|ترشيح)(?:ه|ها)$/;

/** "منصب", "وظيفة" (folded): the nouns of a post given, after "في", "على" or "إلى", or left, after "من". */
const POST_NOUN = /^(?:منصب|وظيفه)$/;
/** "بوظيفة", "بمنصب" (folded): the post a decree gives someone or one wins, before its office ("لمنصب" is one he runs for). */
export const POST_NOUN_AFTER_BA = /^(?:بوظيفه|بمنصب)$/;
/** "في", "على", "إلى", "من" (folded): the prepositions before a post's noun ("إعفاء فلان من منصب والي ولاية سنار": the post he held until then). */
const POST_PREPOSITIONS = new Set(['في', 'علي', 'الي', 'من']);

/**
 * "تعيين فلان في منصب ...", "على وظيفة ...", "ترقية فلان إلى وظيفة ...", "إعفاء فلان من منصب ...": the preposition (folded) of a
 * post's noun at `i`, "منصب"/"وظيفة" right after it, the office following; null where none stands.
 */
export function postNounPreposition(tokens: readonly Token[], i: number): string | null {
  const preposition = tokens[i]?.folded ?? '';
  return POST_PREPOSITIONS.has(preposition) && POST_NOUN.test(tokens[i + 1]?.folded ?? '') ? preposition : null;
}

/**
 * "إعفاء فلان من منصبه", "استقالته من منصبها", "تنحى عن منصبه": the post someone leaves, at `start`
 * right after his name. Only one who holds an office leaves it; "من منصبه كمدرب للنادي" names the
 * post a trade (a coach's, a player's), no office.
 */
export function leavesOwnPost(tokens: readonly Token[], start: number): boolean {
  return (tokens[start]?.folded === 'من' || tokens[start]?.folded === 'عن') && OWN_POST.test(tokens[start + 1]?.folded ?? '') && !isTradeAsPost(tokens[start + 2]);
}

/** "كمدرب", "كلاعب": "as" + a trade noun, folded. */
function isTradeAsPost(token: Token | undefined): boolean {
  return token?.isWord === true && token.folded.startsWith('ك') && isTradeNoun(token.folded.slice(1));
}
/**
 * "يترأسها", "يرأسه", "ترأسها": a verb of presiding with the pronoun of the body, folded; also of
 * leading it, "يتزعمه", "تزعمه" ("حزب الأمل الذي يتزعمه فلان").
 */
const PRESIDES_OVER = /^[وف]?(?:[يت]?ترا?س|[يت]را?س|[يت]?تزعم)(?:ه|ها)$/;

/**
 * "لبلدية المدينة، التي يترأسها "فلان"": the one a verb of presiding over a body (its pronoun
 * object) names right before his name, a quote allowed, heads that body: he holds an office, even
 * where the article gives no title noun for it. ("التيار الذي تزعمه الراحل فلان": an epithet of the
 * dead may stand between; he held it.)
 */
export function presidesOverBody(tokens: readonly Token[], nameStart: number): boolean {
  let before = nameStart - 1;
  if (OPENING_QUOTES.has(tokens[before]?.text ?? '')) before--;
  else if (tokens[before]?.isWord === true && isLateEpithet(tokens[before])) before--;
  const verb = tokens[before];
  return verb?.isWord === true && PRESIDES_OVER.test(verb.folded);
}

/** "بالقيام": carrying out (the duties that follow). */
const CARRYING_OUT = fold('بالقيام');
/** The duties of an office, behind "ب": an acting post's ("بأعمال", "بعمل", "بمهام") and "بمهمة". */
const DUTIES = new Set([...ACTING_DUTIES, fold('بمهمة')]);

/**
 * How many words at `start` (right after a name) lead to the office a decree concerns, 0 when none.
 * `isOffice` says whether an office phrase opens at a position, `isAccusativeOffice` whether a word
 * is an office in the accusative ("وزيراً").
 */
export function postLeadLength(tokens: readonly Token[], start: number, isOffice: (i: number) => boolean, isAccusativeOffice: (token: Token) => boolean): number {
  const first = tokens[start];
  if (!first?.isWord) return 0;
  // ("إعفاء فلان من منصبه رئيساً للجامعة، وتعيينه مستشاراً بالديوان الملكي": the post the order goes
  // on to give him after the comma is the one he holds now.)
  const reappointed = reappointedOfficeAt(tokens, start, isAccusativeOffice);
  if (reappointed > 0) return reappointed - start;
  const leaves = leavesOwnPost(tokens, start);
  // ("يعفى فلان من منصبه أمير منطقة الجوف": also the post he leaves, named in the nominative.)
  if (leaves && tokens[start + 2]?.isWord && (isAccusativeOffice(tokens[start + 2]) || isOffice(start + 2))) return 2;
  // ("ترقية فلان إلى رتبة فريق، وتعيينه قائداً ...": a comma may close the promotion; "فريق ركن": a rank of two words.)
  const promoted = first.folded === 'الي' && tokens[start + 1]?.folded === RANK_NOUN ? promotionLength(tokens, start) : 0;
  const act = tokens[start + promoted];
  if (act?.isWord && ACT_WITH_PRONOUN.test(act.folded) && tokens[start + promoted + 1]?.isWord && isAccusativeOffice(tokens[start + promoted + 1])) return promoted + 1;
  // ("إلى رتبة فريق، وتعيينه في منصب مساعد رئيس الأركان": or "في منصب" and the office in the nominative.)
  if (act?.isWord && ACT_WITH_PRONOUN.test(act.folded) && postNounPreposition(tokens, start + promoted + 1) !== null && isOffice(start + promoted + 3)) return promoted + 3;
  return dutiesLeadLength(tokens, start, isOffice);
}

/**
 * "بالقيام بعمل | مدير عام الجوازات", "بمهام | مدير مديرية أمن طرابلس": how many words at `start`
 * name the duties of the office that follows, 0 when none (also after the comma of a decree's line:
 * "- العميد فلان، بمهام مدير مديرية أمن طرابلس.").
 */
export function dutiesLeadLength(tokens: readonly Token[], start: number, isOffice: (i: number) => boolean): number {
  const lead = tokens[start]?.folded === CARRYING_OUT ? 1 : 0;
  const duties = tokens[start + lead];
  return duties?.isWord && DUTIES.has(duties.folded) && tokens[start + lead + 1]?.isWord && isOffice(start + lead + 1) ? lead + 1 : 0;
}

/**
 * "إعفاء فلان رئيس الهيئة | من منصبه، وتعيينه مستشاراً بالديوان الملكي": where the office he is
 * given after being relieved of the one named before starts, or -1 when `start` opens no such act.
 */
export function reappointedOfficeAt(tokens: readonly Token[], start: number, isAccusativeOffice: (token: Token) => boolean): number {
  const length = leavesOwnPost(tokens, start) ? reappointmentLength(tokens, start, isAccusativeOffice) : 0;
  return length > 0 ? start + length : -1;
}

/** The most words a rank has ("فريق أول ركن"). */
const MAX_RANK_WORDS = 3;

/** The most words of the post a dismissal names before the comma and the new appointment. */
const MAX_LEFT_POST_WORDS = 8;

/**
 * The most words postLeadLength finds: "إلى رتبة" + a rank + a comma + the act ("إلى رتبة فريق ركن،
 * وتعيينه"), or "من منصبه" + the post left + a comma + the act.
 */
export const MAX_POST_LEAD = 2 + Math.max(MAX_RANK_WORDS, MAX_LEFT_POST_WORDS) + 2;

/**
 * The words from "من منصبه" at `start` through the post it names and the comma, up to the act with the
 * pronoun whose accusative office follows ("من منصبه، وتعيينه", "من منصبه رئيساً للجامعة، وتعيينه");
 * 0 when no such act follows.
 */
function reappointmentLength(tokens: readonly Token[], start: number, isAccusativeOffice: (token: Token) => boolean): number {
  for (let k = start + 2; k <= start + 2 + MAX_LEFT_POST_WORDS && k < tokens.length; k++) {
    if (!isComma(tokens[k])) continue;
    const act = tokens[k + 1];
    if (act?.isWord !== true || !ACT_WITH_PRONOUN.test(act.folded) || tokens[k + 2]?.isWord !== true) return 0;
    if (isAccusativeOffice(tokens[k + 2])) return k + 2 - start;
    // ("من منصبه وزيراً للسياحة، وتعيينه في منصب | رئيس مجلس إدارة ...": the post named by "منصب".)
    return tokens[k + 2].folded === 'في' && tokens[k + 3]?.folded === 'منصب' && tokens[k + 4]?.isWord === true && isOfficeWord(tokens[k + 4]) ? k + 4 - start : 0;
  }
  return 0;
}

/** The words of "إلى رتبة" + a rank at `start` (a comma after it included), before the act with the pronoun; 0 when no act follows. */
function promotionLength(tokens: readonly Token[], start: number): number {
  for (let k = start + 3; k <= start + 2 + MAX_RANK_WORDS && tokens[k - 1]?.isWord; k++) {
    const end = isComma(tokens[k]) ? k + 1 : k;
    if (tokens[end]?.isWord && ACT_WITH_PRONOUN.test(tokens[end].folded)) return end - start;
  }
  return 0;
}

/** "خلفا" (in succession), folded: "خلفا لفلان" names the one who held the post before. */
const IN_SUCCESSION = 'خلفا';
/** "يخلف", "سيخلف", "ليخلف" (he succeeds), folded. */
const SUCCEEDS = /^[وف]?[سل]?يخلف$/;
/** "الذي", "التي", "والذي": the relative pronoun that is the successor, folded. */
const RELATIVE_SUBJECTS = new Set(['الذي', 'التي', 'والذي', 'والتي']);

/**
 * "تعيين فلان مديرا عاما للشركة خلفا لعلان", "خلفا للسيد علان", "الذي يخلف علان في هذا المنصب": the
 * one a successor replaces held the post before him, an office even where the article names it only
 * for the successor. `nameStart` and `skip`: the name's first token and the clitic written on it
 * ("لعلان": skip 1). `isHonorific`: the honorifics ("السيد", "للسيد") before a name.
 */
export function isSucceededHolder(tokens: readonly Token[], nameStart: number, skip: number, isHonorific: (token: Token) => boolean): boolean {
  let k = nameStart;
  let lam = skip > 0 && tokens[nameStart].folded.startsWith('ل');
  while (k > 0 && tokens[k - 1].isWord && isHonorific(tokens[k - 1])) {
    k--;
    lam = tokens[k].folded.startsWith('ل');
  }
  const before = tokens[k - 1];
  if (!before?.isWord) return false;
  // (The verb's subject must come first, "الذي يخلف علان": in "سيخلف فلان علان" the name right after the verb is the successor.)
  const succeeded = (lam && before.folded === IN_SUCCESSION) || (!lam && skip === 0 && SUCCEEDS.test(before.folded) && RELATIVE_SUBJECTS.has(tokens[k - 2]?.folded ?? ''));
  return succeeded && !isCoachingClause(tokens, k - 1);
}

/** How far back the clause of a succession may name the coaching it is about. */
const MAX_CLAUSE_TOKENS = 25;
/** "مدربا", "المدرب", "لتدريب", "الممرن", "المقاليد" (the reins): a coach and his work, folded, with clitics. */
const COACHING = /^(?:[وف]?(?:ب|ل|لل|ال|بال)?)(?:مدرب|ممرن|تدريب|مقاليد)(?:ا|ه|ين)?$/;

/**
 * "يعين مدربا جديدا خلفا لفلان", "تولي تدريب الفريق خلفا للمدرب فلان": a coach succeeds a coach, a
 * trade, no office. Whether the clause before `at` (back to the sentence's end) names coaching.
 */
function isCoachingClause(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k >= 0 && at - k <= MAX_CLAUSE_TOKENS && tokens[k].text !== '.'; k--) if (tokens[k].isWord && COACHING.test(tokens[k].folded)) return true;
  return COACHING.test(tokens[at + 1]?.folded ?? '');
}
