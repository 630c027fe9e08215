/**
 * Slots of a sports report that only a team fills, told by their grammar: whom one plays for
 * ("سبق له اللعب لفلان و علان"), the club a coach or a player is "of" ("المدرب السابق لفلان",
 * "لفلان الحالي"), whom a club faces or beats ("الترجي يواجه فلان", "فاز النادي على فلان"), and the
 * other side of a fixture's dash from a club ("النادي الفلاني - نادي فلان"). A name in such a slot
 * is a club's, however foreign or name-like its words. Asked only in a sports report
 * (sports-articles.ts): elsewhere "يواجه" and "لعب" take persons too.
 */
import { fold } from '../text/normalize.js';
import { procliticReadings, readingInList } from './clitics.js';
import { isListedGivenName } from './given-names.js';
import { foldedSet } from './lexicon.js';
import { isClubHeadWord, isDefiniteNisba, isFixtureDash, isMatchNoun } from './fixture-teams.js';
import { hasTrait, HONORIFIC, OFFICE_WORD, PERSON_TITLE } from './word-traits.js';
import { isInSportsArticle } from './sports-articles.js';
import { isListJoiner } from './located.js';
import { TEAM_NOUNS } from './represented-groups.js';
import type { Token } from './tokenize.js';

/** Traits of a word that makes a person of a name: an honorific, an office, a person's title. */
const NOT_A_TEAM = HONORIFIC | OFFICE_WORD | PERSON_TITLE;

/** "لعب", "اللعب", "يلعب" (folded, a closed class): to play for a team, which "لـ" then names. */
const readsAsPlayVerb = readingInList(foldedSet(['لعب', 'اللعب', 'يلعب', 'سيلعب', 'تلعب', 'ألعب']));

/** Words of a list of clubs looked back over for the verb that governs it. */
const MAX_LIST_WORDS = 10;

/**
 * Whether a word carries the preposition "لـ" before a name ("لأجاكس", "لمحيط"); not "لطفي", a name
 * itself, nor "لمحمد": a given name after it is a person's ("المدرب السابق لمحمد فلان" coached him).
 */
function hasLamBeforeName(token: Token | undefined): boolean {
  if (token?.isWord !== true || !token.folded.startsWith('ل') || token.folded.startsWith('لل') || token.folded.length < 4) return false;
  return !isListedGivenName(token.folded) && !isListedGivenName(token.folded.slice(1));
}

/**
 * "سبق له اللعب لمحيط فلان و أمل علان و الاتحاد الفلاني": the span is the first club after "لـ"
 * that follows a verb of playing, or a later item joined to that list by "و" or a comma.
 */
function isPlayedForAt(tokens: readonly Token[], start: number): boolean {
  if (hasLamBeforeName(tokens[start]) && isPlayVerb(tokens[start - 1])) return true;
  if (!isListJoiner(tokens[start - 1]) && !tokens[start]?.folded.startsWith('و')) return false;
  for (let k = start - 1; k >= 1 && start - k <= MAX_LIST_WORDS; k--) {
    const token = tokens[k];
    if (!token.isWord && !isListJoiner(token)) return false;
    if (hasLamBeforeName(token) && isPlayVerb(tokens[k - 1])) return true;
  }
  return false;
}

const isPlayVerb = (token: Token | undefined): boolean => token?.isWord === true && readsAsPlayVerb(token);

/** "السابق", "الحالي", "الأسبق" (folded): the tenure a club is "of" ("اللاعب الدولي لفلان الحالي"). */
const TENURE_ADJECTIVES = foldedSet(['السابق', 'الحالي', 'الأسبق']);

/** Trades of a club's staff and players, bare or definite (folded): "المدرب السابق لفلان". */
const CLUB_TRADES = foldedSet(['مدرب', 'لاعب', 'مهاجم', 'حارس', 'مدافع', 'هداف'].flatMap((word) => [word, `ال${word}`]));

/** Definite adjectives looked over between a trade and "لـ" ("المدرب السابق لـ", "اللاعب الدولي الألماني لـ"). */
const MAX_TRADE_ADJECTIVES = 3;

/**
 * "اللاعب الدولي لفلان الحالي", "المدرب السابق لفلان": the name after "لـ" is the club a player or
 * a coach is of, when a tenure adjective follows the name (a person is no one's "current") or a
 * club's trade stands before, its definite adjectives between.
 */
function isClubOfTradeAt(tokens: readonly Token[], start: number, end: number): boolean {
  if (!hasLamBeforeName(tokens[start])) return false;
  const after = tokens[end];
  if (after?.isWord === true && TENURE_ADJECTIVES.has(after.folded)) return true;
  for (let k = start - 1; k >= 0 && start - k <= MAX_TRADE_ADJECTIVES + 1 && tokens[k].isWord; k--) {
    if (CLUB_TRADES.has(tokens[k].folded)) return true;
    if (!tokens[k].folded.startsWith('ال')) return false;
  }
  return false;
}

/** Verbs whose object is the team met ("يواجه فلان"), folded. */
const readsAsMeetingVerb = readingInList(foldedSet(['يواجه', 'يلاقي', 'واجه', 'لاقى', 'تواجه', 'تلاقي', 'سيواجه', 'سيلاقي']));

/** Verbs of a result and the preposition that brings the team beaten or drawn with ("فاز على فلان"). */
const RESULT_VERB_PREPOSITIONS = new Map<string, string>(
  [
    ['فاز', 'على'], ['يفوز', 'على'], ['تغلب', 'على'], ['يتغلب', 'على'], ['انتصر', 'على'], ['تفوق', 'على'],
    ['تعادل', 'مع'], ['يتعادل', 'مع'], ['انهزم', 'أمام'], ['ينهزم', 'أمام'], ['خسر', 'أمام'], ['سقط', 'أمام'],
  ].map(([verb, preposition]) => [fold(verb), fold(preposition)]),
);

/** Words of a team's name looked over around a verb for its club head ("الترجي الرياضي يواجه"). */
const MAX_SUBJECT_WORDS = 3;

/** Whether a word opens or names a team: a club's head ("الترجي", "النادي") or a team's noun. */
function namesTeam(token: Token): boolean {
  return token.isWord && (isClubHeadWord(token.folded) || procliticReadings(token).some(({ stem }) => TEAM_NOUNS.has(stem) || isClubHeadWord(stem)));
}

/** Whether a word may be a word of a team's name after its head: definite ("الرياضي") or a club's head. */
const isTeamNameWord = (token: Token | undefined): boolean => token?.isWord === true && (namesTeam(token) || token.folded.startsWith('ال'));

/**
 * Whether the subject a verb at `verb` has is a team: its name's words run back from before the verb
 * ("الترجي الرياضي يواجه"), or on after it up to `until` ("فاز النادي الفلاني على"), each definite
 * or a club's head, one of them a team's. ("فاز النجم فلان على": a star's title before a name.)
 */
function hasTeamSubject(tokens: readonly Token[], verb: number, until: number): boolean {
  if (until > verb + 1) {
    const words = tokens.slice(verb + 1, until);
    return words.every(isTeamNameWord) && words.some(namesTeam);
  }
  let named = false;
  for (let k = verb - 1; k >= 0 && verb - k <= MAX_SUBJECT_WORDS && isTeamNameWord(tokens[k]); k--) named ||= namesTeam(tokens[k]);
  return named;
}

/**
 * "الترجي يواجه فلان", "فاز النادي الفلاني على فلان", "المنتخب تعادل مع فلان": the object of a verb
 * of meeting, or the team a result verb brings in, when a team is the verb's subject, is a team.
 * ("نادال يواجه فلان": a player meets a player; his name is no team's.)
 */
function isMetByTeamAt(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (before?.isWord !== true) return false;
  if (readsAsMeetingVerb(before)) return hasTeamSubject(tokens, start - 1, start);
  // "فاز الترجي على فلان", "الترجي فاز على فلان": the verb, its subject before or after it, the preposition.
  for (let k = start - 2; k >= 0 && start - 1 - k <= MAX_SUBJECT_WORDS + 1 && tokens[k].isWord; k--) {
    const preposition = procliticReadings(tokens[k]).map(({ stem }) => RESULT_VERB_PREPOSITIONS.get(stem)).find((word) => word !== undefined);
    if (preposition === undefined) continue;
    return before.folded === preposition && hasTeamSubject(tokens, k, start - 1);
  }
  return false;
}

/** "23'", "'", "23": a goal's minute, or its mark. */
const isMinuteMark = (token: Token | undefined): boolean => token !== undefined && /^(?:\d+'?|')$/.test(token.text);

/** A dash, or the asterisk a programme of fixtures sets between two teams ("الترجي الرياضي * النجم الساحلي"). */
const isFixtureMark = (token: Token | undefined): boolean => isFixtureDash(token) || token?.text === '*';

/**
 * "النادي الفلاني - نادي حمام الأنف", "الترجي الرياضي - الأولمبي الفلاني", "* الترجي الرياضي هلال
 * فلان * سبورتينغ علان": a span that opens with a club's head, across a fixture's dash or asterisk
 * from a word that opens with one too, is one of the two teams ("النجم" alone is also a star's
 * title: both sides are asked). ("بور لويس الموريسي * النادي الإفريقي": so is a span that ends in a
 * definite nisba no name list knows, a foreign club's country, across the mark from a club's head.)
 */
function isClubAcrossFixtureDashAt(tokens: readonly Token[], start: number, end: number): boolean {
  const opensWithHead = isClubHeadWord(tokens[start]?.folded ?? '');
  // (Not a scorer after his goal's minute, before the next result: "23' فلان الحرزي * الترجي".)
  const afterMinute = isMinuteMark(tokens[start - 1]) || isMinuteMark(tokens[start - 2]);
  // (Nor the person a label's colon names before the next fixture: "الحكم : فلان الجريدي - الترجي".)
  const afterLabel = tokens[start - 1]?.text === ':';
  const foreignWithCountry = end - start >= 2 && isDefiniteNisba(tokens[end - 1]) && !afterMinute && !afterLabel;
  if (!opensWithHead && !foreignWithCountry) return false;
  if (isFixtureMark(tokens[end]) && tokens[end + 1]?.isWord === true && isClubHeadWord(tokens[end + 1].folded)) return true;
  // (The tagger may leave the club's first word out of the span: "* بور | لويس الموريسي".)
  const cutShort = tokens[start - 1]?.isWord === true && !isListedGivenName(tokens[start - 1].folded) && isFixtureMark(tokens[start - 2]);
  const mark = isFixtureMark(tokens[start - 1]) ? start - 1 : cutShort ? start - 2 : -1;
  if (mark < 0) return false;
  for (let k = mark - 1; k >= 0 && mark - k <= MAX_SUBJECT_WORDS && tokens[k].isWord; k--) {
    if (isClubHeadWord(tokens[k].folded)) return true;
  }
  return false;
}

/** Words of the first team's name looked back over to the noun of the match ("مقابلة ريال مدريد و"). */
const MAX_FIRST_TEAM_WORDS = 3;

/**
 * "تأجيل مقابلة ريال مدريد و سلتا فيغو": a match noun in the construct state with two teams joined
 * by "و" names the fixture; the span after "و" is the second team, whatever the first team's
 * words (fixture-teams.ts asks for a definite first team only where the second reads as a title).
 * A meeting of persons names a title or a given name first ("لقاء الوزير و", "مقابلة محمد و"):
 * no team's.
 */
function isSecondTeamAfterMatchNounAt(tokens: readonly Token[], start: number): boolean {
  const joiner = tokens[start - 1]?.folded === 'و' ? start - 1 : tokens[start]?.folded.startsWith('و') === true ? start : -1;
  if (joiner < 0) return false;
  for (let k = joiner - 1; k >= 0 && joiner - k <= MAX_FIRST_TEAM_WORDS && tokens[k].isWord; k--) {
    if (hasTrait(tokens[k], NOT_A_TEAM)) return false;
    if (isMatchNoun(tokens[k - 1])) return k < joiner && !isListedGivenName(tokens[k].folded);
  }
  return false;
}

/** Whether the span [start, end) of a block stands in a team's slot of a sports report (see the module comment). */
export function isInTeamSlotAt(tokens: readonly Token[], start: number, end: number): boolean {
  if (!isInSportsArticle(tokens)) return false;
  return isPlayedForAt(tokens, start) || isClubOfTradeAt(tokens, start, end) || isMetByTeamAt(tokens, start) || isClubAcrossFixtureDashAt(tokens, start, end) || isSecondTeamAfterMatchNounAt(tokens, start);
}

/** Prepositions that bring a team met or played with ("مع", "ضد", "أمام"), folded. */
const TEAM_PREPOSITIONS = foldedSet(['مع', 'ضد', 'أمام']);

/**
 * "وسجل فلان 11 هدفا مع علان في الموسم الماضي": once a slot has shown a name to be a club's
 * (isInTeamSlotAt), its other mentions after "مع", "ضد" or "أمام" in the report are the club's too;
 * a person the article names is also its subject or speaker somewhere. Whether the span at `start`
 * follows such a preposition in a sports report.
 */
export function isAfterTeamPreposition(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  return isInSportsArticle(tokens) && before?.isWord === true && TEAM_PREPOSITIONS.has(before.folded);
}
