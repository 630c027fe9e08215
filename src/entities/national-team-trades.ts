/**
 * "وتسلم قائد المنتخب فلان", "عميد المنتخب فلان", "المدير الفني للمنتخب الصربي فلان": the captain
 * and the doyen of a national team are its players and its technical director is its coach; none
 * holds a public office ("قائد الفريق" is isTeamInConstruct's, honorific-titles.ts; "قائد المنتخب"
 * of an army's unit is unheard of). So is the technical director of a club or a team, the head
 * coach of Arabic sports news: "المدير الفني لنادي النخيل فلان", "مديره الفني فلان", and in a sports
 * report (sports-articles.ts) "المدير الفني للسيلية فلان". A company's or a festival's is one of its
 * officers ("المدير الفني لشركة النور فلان", "المدير الفني للمهرجان"), and so is a club's sporting
 * director ("المدير الرياضي"). Closed classes: the captain's and director's words, the team nouns
 * and the institutions' nouns.
 */
import { fold } from '../text/normalize.js';
import { isOrganizationHead } from './office-words.js';
import { isInSportsArticle } from './sports-articles.js';
import type { Token } from './tokenize.js';

const CAPTAINS = new Set(['قائد', 'وقائد', 'لقائد'].map(fold));
/** "عميد المنتخب": the doyen of a team, its most capped player, no dean, folded. */
const DOYENS = new Set(['عميد', 'وعميد'].map(fold));
/** "قائد فريق الدحيل": a team named by "فريق" and its club, in a sports report, folded. */
const TEAM = fold('فريق');
const NATIONAL_TEAMS = new Set(['المنتخب', 'منتخب', 'لمنتخب', 'للمنتخب'].map(fold));
/**
 * The director, folded, with "و": the feminine ("المديرة"), a pronoun ("مديره الفني": its technical
 * director, "مديرها"), the dual and the plural ("المديرين الفنيين").
 */
const DIRECTORS = /^و?(?:ال)?(?:مدير|مديره|مديرها|مديرين|مديران|مديري|مديرو)$/;
/** "الفني" (technical), agreeing with its director. */
export const TECHNICAL = /^(?:ال)?فني(?:ه|ين|ان|ون)?$/;
/** "لنادي", "للفريق", "بالمنتخب": a club or a team (any, also its plural) its technical director serves, folded. */
const FOR_TEAMS = /^(?:ل|لل|ب|بال)(?:نادي|ناديي|انديه|فريق|فريقي|فرق|منتخب|منتخبي|منتخبات)$/;
/** "المدير الفني للشركة", "لمهرجان": institutions whose technical director is an officer, folded without the article. */
const INSTITUTIONS = new Set(
  ['شركة', 'مؤسسة', 'مصنع', 'مستشفى', 'مهرجان', 'مشروع', 'مسرح', 'قناة', 'متحف', 'مختبر', 'مطار', 'مصرف', 'بنك', 'مكتب', 'مجمع', 'مركز', 'معهد', 'جامعة', 'مدرسة', 'فرقة', 'مجلة', 'صحيفة', 'إذاعة', 'تلفزيون', 'موقع', 'مطبعة', 'منظمة', 'هيئة', 'وكالة', 'فندق', 'مجموعة', 'برنامج', 'معرض', 'دار', 'إدارة', 'قسم', 'وحدة', 'مديرية'].map(fold),
);

/** Forces and units a commander leads, folded: no club. */
const FORCES = new Set(['القوات', 'الجيش', 'الشرطه', 'الحرس', 'المنطقه', 'اللواء', 'الفرقه', 'الكتيبه', 'الفوج', 'الاركان', 'الامن', 'القطاع', 'الحمله', 'العمليات', 'الثوره']);

/** Whether the word at i names a club by one definite word ("الهلال"), no force a commander leads. */
function isClubWordAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return token?.isWord === true && /^ال../.test(token.folded) && !FORCES.has(token.folded) && tokens[i + 1]?.isWord === true && !tokens[i + 1].folded.startsWith('ال');
}

/** Whether the word at i opens a team's captain or coach rather than an office. */
export function isNationalTeamTradeAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  // ("قبل أن يعادل قائد الهلال فلان النتيجة": in a sports report a club's captain too, a club named
  // by one definite word, or by "فريق" and its name, "قائد فريق الدحيل"; not a force's commander,
  // "قائد القوات". "عميد المنتخب فلان": so is the team's doyen.)
  if (CAPTAINS.has(word) || DOYENS.has(word)) return NATIONAL_TEAMS.has(tokens[i + 1]?.folded ?? '') || (isInSportsArticle(tokens) && (tokens[i + 1]?.folded === TEAM || isClubWordAt(tokens, i + 1)));
  return DIRECTORS.test(word) && TECHNICAL.test(tokens[i + 1]?.folded ?? '') && isTeamsTechnicalDirector(tokens, i + 2);
}

/**
 * After "المدير الفني" at i - 2 ("السابق" may come between): a team's (a team noun), or in a sports
 * report a bare name's with "ل" ("للسيلية", "ليوفنتوس") that is no institution's, or any with a
 * pronoun ("مديره الفني": its coach). Bare, "المدير الفني" may be a federation's post ("خطة المدير الفني").
 */
function isTeamsTechnicalDirector(tokens: readonly Token[], i: number): boolean {
  const complement = TIME_ADJECTIVES.test(tokens[i]?.folded ?? '') ? tokens[i + 1] : tokens[i];
  if (complement?.isWord === true && FOR_TEAMS.test(complement.folded)) return true;
  if (!isInSportsArticle(tokens)) return false;
  // (Folded, "مديره" is also the feminine "مديرة": the pronoun is the written "ه".)
  if (PRONOUN_DIRECTORS.test(tokens[i - 2].folded) && !tokens[i - 2].text.endsWith('ة')) return true;
  // ("بقيادة المدير الفني | أيمن فلان": there, bare before a name, the team's coach.)
  // (Not "المدير الفني السابق فلان", a federation's former post as likely.)
  if (complement === tokens[i] && complement?.isWord === true && !/^(?:[وف]?[لب]|ال)/.test(complement.folded)) return true;
  return complement?.isWord === true && /^[وف]?[لب]/.test(complement.folded) && !isInstitution(complement);
}

/** "مديره الفني", "مديرها": the director of the team a pronoun stands for, folded. */
const PRONOUN_DIRECTORS = /^و?(?:مديره|مديرها)$/;
/** "المدير الفني السابق للنادي": the time of the post, between it and its complement, folded. */
const TIME_ADJECTIVES = /^(?:ال)?(?:سابق|جديد|حالي|موقت)[هة]?$/;

/** "لشركة", "للمستشفى", "بمصنع": "ل" or "ب" before an institution's noun. */
function isInstitution(token: Token): boolean {
  if (isOrganizationHead(token)) return true;
  const word = token.folded.replace(/^و/, '');
  const noun = word.startsWith('لل') ? word.slice(2) : word.replace(/^[لب](?:ال)?/, '');
  return INSTITUTIONS.has(noun);
}
