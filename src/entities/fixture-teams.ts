/**
 * "الترجي - النجم : فلان", "ويدير لقاء الترجي والنجم الحكم فلان": in a fixture the second team's
 * name may read as a title ("النجم": the star, also said of artists). Right after the dash between
 * two teams, or joined by "و" to the first team after a noun of a match, the word is that team's;
 * it titles no one (honorific-titles.ts).
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import type { Token } from './tokenize.js';
import { hasTrait, HONORIFIC, OFFICE_WORD, PERSON_TITLE } from './word-traits.js';

const NOT_A_TEAM = HONORIFIC | OFFICE_WORD | PERSON_TITLE;

/** Dashes and slashes set between the two teams of a fixture. */
const FIXTURE_SEPARATORS = new Set(['-', '–', '—', 'ـ', '/']);

/** Nouns of a match, before the first team (folded, with or without the article; a closed class). */
const MATCH_NOUNS = new Set(['مباراة', 'لقاء', 'مقابلة', 'مواجهة', 'قمة', 'دربي'].flatMap((word) => [fold(word), fold(`ال${word}`)]));

/** Words of the first team's name looked back over ("لقاء النادي الصفاقسي والنجم"). */
const MAX_TEAM_WORDS = 3;

/** Whether a word ("مقابلة", "والمباراة") is a noun of a match. */
export function isMatchNoun(token: Token | undefined): boolean {
  return token?.isWord === true && procliticReadings(token).some(({ stem }) => MATCH_NOUNS.has(stem));
}

/** Whether the word at i opens the second team of a fixture. */
export function isSecondTeamAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return false;
  // (A dash opening the block is a list's bullet, "- الدكتورة فلانة": no first team before it.)
  if (!before.isWord) return FIXTURE_SEPARATORS.has(before.text) && tokens[i - 2]?.isWord === true;
  if (!tokens[i].folded.startsWith('و')) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_TEAM_WORDS && tokens[k].isWord; k--) {
    if (procliticReadings(tokens[k]).some(({ stem }) => MATCH_NOUNS.has(stem))) return k < i - 1;
    // ("لقاء الوزير والسفير فلان": a meeting of two holders of titles, no fixture; "حضر اللقاء
    // فلان والحاج علان": a name after the noun. A team is named with the article: "الترجي".)
    if (hasTrait(tokens[k], NOT_A_TEAM) || !tokens[k].folded.startsWith('ال')) return false;
  }
  return false;
}

/**
 * Heads of Tunisian and Arab club names that are no organization head of the lexicon (folded, a
 * closed class): "الترجي الجرجيسي", "مستقبل المرسى", "أمل حمام سوسة", "الملعب القابسي".
 */
const CLUB_HEADS = new Set(['الترجي', 'النجم', 'الملعب', 'مستقبل', 'امل', 'شبيبة', 'الشبيبة', 'القوافل', 'الهلال', 'هلال', 'الاولمبي', 'الكوكب', 'سبورتينغ', 'اولمبيك', 'النادي', 'نادي', 'الاتحاد', 'اتحاد'].map(fold));

/** Whether a word (folded) heads a club's name: "النجم", "الترجي", "مستقبل". */
export function isClubHeadWord(folded: string): boolean {
  return CLUB_HEADS.has(folded);
}

/** Words of a club's name between its head and the fixture's separator. */
const MAX_CLUB_WORDS_AFTER_HEAD = 3;

/**
 * "الحكم : فلان علان الترجي الجرجيسي * مستقبل المرسى ...", "/ فلان بن علان أمل حمام سوسة –": in a
 * list of fixtures and their referees the first team of the next fixture follows the referee's name,
 * and its name ends at the fixture's dash. A club's head after two name words at least, with such a
 * separator a few words on, opens that team's name: where the referee's name ends, or -1.
 */
export function teamAfterNameStart(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 2; k < end; k++) {
    if (!CLUB_HEADS.has(tokens[k].folded)) continue;
    for (let j = k + 1; j <= k + 1 + MAX_CLUB_WORDS_AFTER_HEAD && j < tokens.length; j++) {
      if (!tokens[j].isWord) return FIXTURE_SEPARATORS.has(tokens[j].text) || tokens[j].text === '*' ? k : -1;
    }
    return -1;
  }
  return -1;
}

/** Marks set between the two teams of a result line ("فلان السنغالي * علان الغيني 0 - 0"). */
const RESULT_SEPARATORS = new Set(['*', '-', '–', '—']);

/** Words of a team's name in a result line, with its nisba or "من" + its country. */
const MAX_RESULT_TEAM_WORDS = 4;

const isNumber = (token: Token | undefined): boolean => token !== undefined && /^\d{1,2}$/.test(token.text);

/** Whether a football score ("0 - 0", "2-1") opens at token i; returns the index after it, or -1. */
function scoreEndAt(tokens: readonly Token[], i: number): number {
  if (!isNumber(tokens[i]) || !RESULT_SEPARATORS.has(tokens[i + 1]?.text ?? '') || !isNumber(tokens[i + 2])) return -1;
  return i + 3;
}

/** "السنغالي", "الغيني", "السنيغالي": a definite word in the form of a nisba, known or not. */
export const isDefiniteNisba = (token: Token | undefined): boolean => token?.isWord === true && /^ال.{3,}ي$/.test(token.folded);

/**
 * The words of one team in a result line, read from `from` on: its last index + 1 if it is one to
 * MAX_RESULT_TEAM_WORDS words (numbers not among them), else -1.
 */
function teamWordsEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length && i - from < MAX_RESULT_TEAM_WORDS && tokens[i].isWord && !isNumber(tokens[i])) i++;
  return i > from ? i : -1;
}

/**
 * "- غوري السنيغالي * حوريا كوناكري الغيني 0 - 0", "تاندا الإيفواري * آسفان من النيجر 3 - 0": a
 * line of a football result: two teams of a few words, a separator between, one score after. A name
 * in either team is the club's; a team ends with its nisba or "من" + its country. A person's
 * matches are not written so: a tennis result has a score per set ("6-3 6-2"), and one nisba is
 * still asked for. Whether the span [start, end) stands in such a line.
 */
export function isInResultLineAt(tokens: readonly Token[], start: number, end: number): boolean {
  // The first team opens after the line's start or a separator; look back over its words.
  let first = start;
  while (first > 0 && start - first < MAX_RESULT_TEAM_WORDS && tokens[first - 1].isWord && !isNumber(tokens[first - 1])) first--;
  if (!opensResultLine(tokens, first)) return false;
  const firstEnd = teamWordsEnd(tokens, first);
  if (firstEnd < end) return false;
  if (RESULT_SEPARATORS.has(tokens[firstEnd]?.text ?? '')) {
    // The span is in the first team: the second team and the score follow.
    const secondEnd = teamWordsEnd(tokens, firstEnd + 1);
    return secondEnd > 0 && isSingleScoreAt(tokens, secondEnd) && (isDefiniteNisba(tokens[firstEnd - 1]) || isDefiniteNisba(tokens[secondEnd - 1]) || isFromCountry(tokens, firstEnd) || isFromCountry(tokens, secondEnd));
  }
  // The span is in the second team: a separator before it, a team before that.
  const separator = first - 1;
  if (separator < 1 || !RESULT_SEPARATORS.has(tokens[separator].text) || !tokens[separator - 1].isWord) return false;
  let before = separator - 1;
  while (before > 0 && separator - before < MAX_RESULT_TEAM_WORDS && tokens[before - 1].isWord && !isNumber(tokens[before - 1])) before--;
  if (isNumber(tokens[separator - 1]) || !opensResultLine(tokens, before)) return false;
  return isSingleScoreAt(tokens, firstEnd) && (isDefiniteNisba(tokens[separator - 1]) || isDefiniteNisba(tokens[firstEnd - 1]) || isFromCountry(tokens, separator) || isFromCountry(tokens, firstEnd));
}

/** Marks that open a line of a list: a dash or an asterisk. */
const LINE_BULLETS = new Set(['-', '–', '—', '*', '•']);

/**
 * Whether a result line's first team opens at `first`: at the block's start, or after a bullet that
 * opens the block or follows a word ("... في الدور القادم - فلان علان الغيني * ..."). Not after a
 * scorer's minute ("19' فلان علان * الترجي 3 - 2": the scorer of the result before, then the next).
 */
function opensResultLine(tokens: readonly Token[], first: number): boolean {
  if (first === 0) return true;
  if (!LINE_BULLETS.has(tokens[first - 1].text)) return false;
  const before = tokens[first - 2];
  return before === undefined || (before.isWord && !isNumber(before));
}

/** A score at i that no second score follows (a tennis result gives one per set). */
function isSingleScoreAt(tokens: readonly Token[], i: number): boolean {
  const after = scoreEndAt(tokens, i);
  return after > 0 && scoreEndAt(tokens, after) < 0;
}

/** "آسفان من النيجر": whether the team ending before `end` ends with "من" and its country. */
function isFromCountry(tokens: readonly Token[], end: number): boolean {
  return tokens[end - 2]?.folded === 'من' && end - 2 >= 1;
}

/** "ـــ", "–", "-": a dash (a run of tatweels among them) set between the two teams of a fixture. */
export const isFixtureDash = (token: Token | undefined): boolean => token !== undefined && /^(?:[-–—]|ـ+)$/.test(token.text);

/** Days of the week, folded: a fixture list goes on with the day of the next match. */
export const WEEKDAYS = new Set(['الأحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(fold));

/**
 * Whether what follows a team in a fixture list goes on with the list: "/" and the referee's name,
 * the next match's day, its hour or date, another fixture's asterisk.
 */
function goesOnWithFixtureList(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (!token.isWord) return token.text === '/' || token.text === '*';
  return WEEKDAYS.has(token.folded) || /^\d/.test(token.text);
}

/**
 * "س18 الترجي الرياضي ـــ فلان علان الاحد 12 مارس", "الاتحاد المنستيري – فلان حمام سوسة / الحكم":
 * in a list of fixtures the name after the dash, when a club's name (one opening with a club's
 * head, "الترجي", "الاتحاد", "النادي") stands before the dash and the list goes on after the name
 * (a referee after "/", the next day or hour), is the second team's. A headline "الترجي - فلان
 * يغادر" goes on with a verb: no list. ("اتحاد قليبية - أمل حي الزهور": at the list's end, a name
 * that opens with a club's head itself is the last fixture's second team.)
 */
export function isSecondTeamOfFixtureListAt(tokens: readonly Token[], start: number, end: number): boolean {
  const atListEnd = end === tokens.length || (end + 1 === tokens.length && tokens[end].text === '.');
  const closesList = atListEnd && CLUB_HEADS.has(tokens[start]?.folded ?? '');
  if (!isFixtureDash(tokens[start - 1]) || !(goesOnWithFixtureList(tokens[end]) || closesList)) return false;
  for (let k = start - 2; k >= 0 && start - 1 - k <= MAX_TEAM_WORDS && tokens[k].isWord && !isFixtureDash(tokens[k]); k--) {
    if (CLUB_HEADS.has(tokens[k].folded)) return true;
  }
  return false;
}

/** Words a country's name in brackets may have ("(الكونغو الديمقراطية)"). */
const MAX_BRACKET_WORDS = 3;

/** Where a bracket of one to MAX_BRACKET_WORDS words opening at i closes (the index after ")"), or -1. */
function bracketEndAt(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(') return -1;
  for (let k = i + 1; k <= i + 1 + MAX_BRACKET_WORDS && k < tokens.length; k++) {
    if (tokens[k].text === ')') return k > i + 1 ? k + 1 : -1;
    if (!tokens[k].isWord) return -1;
  }
  return -1;
}

/** A score whose two numbers a colon or a dash parts ("1 : 2", "0 - 0"), no second one after it. */
function isBracketLineScoreAt(tokens: readonly Token[], i: number): boolean {
  const parted = isNumber(tokens[i]) && (tokens[i + 1]?.text === ':' || RESULT_SEPARATORS.has(tokens[i + 1]?.text ?? '')) && isNumber(tokens[i + 2]);
  return parted && !(isNumber(tokens[i + 3]) && isNumber(tokens[i + 5]));
}

/**
 * "فلان (إثيوبيا) - علان (كينيا) 1 : 1 بورت لويس (موريس) - ...": results of an international
 * competition give each club with its country in brackets, the two clubs parted by a dash and one
 * score after the second. Whether the span [start, end) is one of the two clubs: its country's
 * bracket right after it, then the dash, the other club and its bracket and the score (first club),
 * or the score (second club, after the first club's bracket and the dash). A tennis result has a
 * score per set: no such line.
 */
export function isInBracketedResultAt(tokens: readonly Token[], start: number, end: number): boolean {
  const afterOwn = bracketEndAt(tokens, end);
  if (afterOwn < 0) return false;
  if (isFixtureDash(tokens[afterOwn])) {
    const otherEnd = teamWordsEnd(tokens, afterOwn + 1);
    const afterOther = otherEnd < 0 ? -1 : bracketEndAt(tokens, otherEnd);
    return afterOther > 0 && isBracketLineScoreAt(tokens, afterOther);
  }
  return isBracketLineScoreAt(tokens, afterOwn) && isFixtureDash(tokens[start - 1]) && tokens[start - 2]?.text === ')';
}
