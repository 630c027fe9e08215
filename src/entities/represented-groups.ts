/**
 * "ممثل الأولياء", "الممثل عن الأولياء", "وكيل أحد المتهمين": a representative of a group of people
 * named by what they are (parents, defendants, protesters), or of one of them, speaks for them in a
 * case or a meeting; he holds no post, unlike the representative of a body, a place or an office.
 * So is the agent of a party to a case, one person too ("المحامي فلان وكيل المتهم"): the party's
 * lawyer. The parties of a case are a closed class of court nouns. So is the spokesman of such a group
 * ("المتحدث باسم المحتجين"), and the agent of a player or an artist ("وكيل أعمال اللاعب"). So is the
 * guardian of one of them ("ولي أحد المحتجين", "ولي أمر أحد التلاميذ"): a parent, no crown prince.
 */
import { procliticReadings } from './clitics.js';
import { rememberedPerWord } from './word-memo.js';
import { triggerWord } from './word-triggers.js';
import { isGroupWord } from './group-words.js';
import { fold } from '../text/normalize.js';
import { REPRESENTATIVES } from './office-words.js';
import type { Token } from './tokenize.js';
import { isComma } from './located.js';

/** "أحد", "إحدى" (one of), with a preposition's letter: an indefinite one of a group, folded (a closed class). */
const ONE_OF = new Set(['أحد', 'إحدى', 'لأحد', 'لإحدى'].map(fold));

/** "عدد" (a number), "مجموعة" (a group), "بعض" (some), before "من" + a group of people, folded. */
const SOME_OF = new Set(['عدد', 'مجموعة', 'بعض', 'عشرات', 'مئات'].map(fold));

/** Whether the complement of a representative that opens at tokens[k] is a group of people or one of them. */
export function isRepresentedGroupAt(tokens: readonly Token[], k: number): boolean {
  return representedGroupEnd(tokens, k) > k;
}

/** Nouns of a team, bare or definite, folded: "الفريق", "المنتخب" (the team, the national team). */
export const TEAM_NOUNS = new Set(['المنتخب', 'الفريق', 'منتخب', 'فريق']);

/**
 * Whether the complement of a representative at tokens[k] is a team ("ممثلا عن المنتخب المصري"):
 * who attends a meeting for it is its delegate, no holder of a post.
 */
export function isRepresentedTeamAt(tokens: readonly Token[], k: number): boolean {
  return TEAM_NOUNS.has(tokens[k]?.folded ?? '');
}

/** The end of a group of people ("الأولياء") or one of them ("أحد المتهمين") at tokens[k], or k. */
function representedGroupEnd(tokens: readonly Token[], k: number): number {
  const token = tokens[k];
  if (!token?.isWord) return k;
  if (ONE_OF.has(token.folded)) return tokens[k + 1]?.isWord === true && isGroupWord(tokens[k + 1]) ? k + 2 : k;
  // ("وكيل عدد من المودعين": a number of them, or of anything counted in a definite plural.)
  if (SOME_OF.has(token.folded) && tokens[k + 1]?.folded === 'من') {
    const counted = tokens[k + 2];
    return counted?.isWord === true && (isGroupWord(counted) || /^ال.{3,}(?:ين|ون|ات)$/.test(counted.folded)) ? k + 3 : k;
  }
  return isGroupWord(token) ? k + 1 : k;
}

/**
 * Where the name starts after a representative or agent of a group at i ("ممثل الأولياء فلان":
 * no post, but the phrase still opens the name of the one who speaks for them), or -1.
 */
export function groupRepresentativeEnd(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (!token?.isWord || !isAgentOrRepresentative(token)) return -1;
  const k = tokens[i + 1]?.folded === 'عن' ? i + 2 : i + 1;
  const end = representedGroupEnd(tokens, k);
  return end > k ? end : -1;
}

/** "وكيل", an agent (also an undersecretary: "وكيل الوزارة"), folded, with or without the article. */
const AGENTS = new Set(['وكيل', 'وكيله', 'الوكيل', 'الوكيله']);

// Asked at every word by the name patterns (titled-names.ts): kept per word.
const isAgentOrRepresentative = rememberedPerWord((_, word) => procliticReadings(word).some(({ stem }) => AGENTS.has(stem) || REPRESENTATIVES.has(stem)));

/** A word groupRepresentativeEnd may open at. */
export const AGENT_OR_REPRESENTATIVE = triggerWord(isAgentOrRepresentative);

/**
 * "وكيل أحد المتهمين", "وكيل الأولياء", "وكيل المتهم": an agent for a group of people or one of them,
 * or for a party to a case (a lawyer), no office; nor is a business agent ("وكيل أعمال فلان") or
 * the spokesman of a group ("المتحدث باسم المحتجين").
 */
export function isAgentOfGroupAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token?.isWord) return false;
  if (procliticReadings(token).some(({ stem }) => AGENTS.has(stem))) {
    if (BUSINESS.has(tokens[i + 1]?.folded ?? '') || isRepresentedGroupAt(tokens, tokens[i + 1]?.folded === 'عن' ? i + 2 : i + 1)) return true;
  }
  // ("وهو ولي أمر طالب": a bare "أمر" makes a child's guardian, whomever he is named for; so does
  // "الأمر" before a name, "قال ولي الأمر فلان إن المدرسة": the ruler, "ولي الأمر", goes unnamed by it.)
  if (procliticReadings(token).some(({ stem }) => GUARDIANS.has(stem)) && (tokens[i + 1]?.folded === 'امر' || tokens[i + 1]?.folded === 'الامر' || isRepresentedGroupAt(tokens, i + 1))) return true;
  return isLitigantsAgentAt(tokens, i) || isGroupSpokesmanAt(tokens, i);
}

/** "ولي", "ولية" (a guardian; also the crown prince's "ولي العهد"), folded. */
const GUARDIANS = new Set(['ولي', 'وليه']);

/** "أعمال", "الأعمال": the business an agent handles for a player or an artist, folded. */
const BUSINESS = new Set(['اعمال', 'الاعمال']);

/** Spokesmen's words, folded, bare or with the article. */
const SPOKESMEN = new Set(['متحدث', 'متحدثه', 'المتحدث', 'المتحدثه', 'ناطق', 'ناطقه', 'الناطق', 'الناطقه']);

/** Whether a word is a spokesman's ("المتحدث", "والناطقة"), behind a clitic or not. */
export function isSpokesmanWord(token: Token): boolean {
  return procliticReadings(token).some(({ stem }) => isSpokesmanStem(stem));
}

/** Whether a folded word without clitics is a spokesman's ("متحدث", "الناطقة"). */
export function isSpokesmanStem(word: string): boolean {
  return SPOKESMEN.has(word);
}

/** "الرسمي" between a spokesman and "باسم", folded. */
const OFFICIAL_QUALIFIERS = new Set(['الرسمي', 'الرسميه', 'رسمي', 'رسميه']);

/** "المتحدث (الرسمي) باسم المحتجين": a spokesman for a group of people, no post in a body. */
function isGroupSpokesmanAt(tokens: readonly Token[], i: number): boolean {
  if (!isSpokesmanWord(tokens[i])) return false;
  const k = OFFICIAL_QUALIFIERS.has(tokens[i + 1]?.folded ?? '') ? i + 2 : i + 1;
  return tokens[k]?.folded === 'باسم' && isRepresentedGroupAt(tokens, k + 1);
}

/** "وكيل", "وكيلة", "وكلاء" (with or without the article, or behind "و" only): the agent of a party. */
const PARTY_AGENTS = new Set(['وكيل', 'الوكيل', 'وكيله', 'الوكيله', 'وكلاء', 'الوكلاء'].map(fold));

/** Parties to a case (folded): the accused, plaintiff, defendant, victim, appellant. */
const LITIGANTS = new Set(
  ['المتهم', 'المتهمة', 'المتهمين', 'المتهمون', 'المتهمان', 'المتهمتين', 'المدعي', 'المدعى', 'المدعية', 'المدعين', 'المدعون', 'الضحية', 'الضحايا', 'المجني', 'الطاعن', 'الطاعنين', 'المستأنف', 'المستأنفين', 'الموقوف', 'الموقوفين', 'المحكوم', 'المحكومين', 'الموكل'].map(fold),
);

/** "أحد المتهمين", "إحدى الضحايا": one of the parties (no preposition before it). */
const ONE_PARTY_OF = new Set(['أحد', 'إحدى', 'احد', 'احدى'].map(fold));

/** Whether a folded word is "أحد" or "إحدى" (one of), with no preposition. */
export function isOneOfWord(folded: string): boolean {
  return ONE_PARTY_OF.has(folded);
}

/** The word at i is the agent ("وكيل") of a party to a case, right after it or after "أحد". */
function isLitigantsAgentAt(tokens: readonly Token[], i: number): boolean {
  if (!procliticReadings(tokens[i]).some(({ stem, removed }) => PARTY_AGENTS.has(stem) && (removed === 0 || tokens[i].folded.startsWith('و')))) return false;
  const next = tokens[i + 1];
  // ("وكيل الدفاع عن المتهم": the agent of the defence, a lawyer.)
  if (next?.isWord === true && DEFENCE.has(next.folded)) return true;
  // ("وكيل عدد من الضحايا": the agent of several of them.)
  const several = next?.isWord === true && SEVERAL.has(next.folded) && tokens[i + 2]?.folded === 'من';
  const party = several ? tokens[i + 3] : next !== undefined && next.isWord && ONE_PARTY_OF.has(next.folded) ? tokens[i + 2] : next;
  if (party !== undefined && party.isWord && LITIGANTS.has(party.folded)) return true;
  // ("وكيلة الرفاعي المحامية هالة صعب", "وكيل عازار، المحامي ربيع الحاج": the agent of one person
  // named by one word, then the lawyer's trade before the agent's name.)
  const trade = isComma(tokens[i + 2]) ? tokens[i + 3] : tokens[i + 2];
  return next?.isWord === true && trade?.isWord === true && LAWYERS.has(trade.folded);
}

/** "المحامي", "المحامية" (folded): a lawyer's trade before his name. */
const LAWYERS = new Set(['المحامي', 'المحاميه']);

/** "عدد", "بعض", "مجموعة" (a number, some, a group) before "من" + the parties, folded. */
const SEVERAL = new Set(['عدد', 'بعض', 'مجموعه']);

/** "الدفاع" (the defence), folded: "وكيل الدفاع" is a lawyer; "وزارة الدفاع" has no agent but its undersecretary, "وكيل وزارة الدفاع". */
const DEFENCE = new Set(['الدفاع']);
