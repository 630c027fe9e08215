/**
 * "استقالة كل من فلان وفلانة من كتلة الحرة", "انضمام فلان إلى كتلة النداء": people leaving or
 * joining a bloc ("كتلة") of a parliament are its members, MPs: their office is "نائب". Only in an
 * article about a parliament (it names MPs or the parliament), where "كتلة" is the parliamentary bloc.
 */
import { fold } from '../text/normalize.js';
import { readingInList } from './clitics.js';
import type { Token } from './tokenize.js';

/** Leaving or joining: verbal nouns and verbs, folded (a closed class). */
const MOVING = new Set(['استقالة', 'انسحاب', 'إقالة', 'طرد', 'تجميد', 'التحاق', 'انضمام', 'استقال', 'استقالت', 'انسحب', 'انسحبت', 'التحق', 'التحقت', 'انضم', 'انضمت'].map(fold));

/** Words that show the article is about a parliament, folded (a closed class). */
const PARLIAMENT_WORDS = new Set(['نواب', 'النواب', 'نائب', 'النائب', 'نائبا', 'النائبة', 'البرلمان', 'البرلمانية', 'النيابية', 'برلمان', 'البرلماني'].map(fold));

const isMoving = readingInList(MOVING);
const isParliamentWord = readingInList(PARLIAMENT_WORDS);

const BLOC = fold('كتلة');

/** The office of a member of a parliamentary bloc, as news writes it. */
export const BLOC_MEMBER_OFFICE = 'نائب';

/** Whether a token joins the entries of a list of names ("و", "،"). */
function joinsList(token: Token): boolean {
  return token.folded === 'و' || token.folded === '،' || token.folded === ',';
}

/** Tokens a list of names may run over between the verbal noun and "من كتلة". */
const MAX_LIST_TOKENS = 16;

/** Whether a token may stand inside the list: a word (a name, "و", "كل من") or a comma, no sentence break. */
function staysInList(token: Token): boolean {
  return token.isWord || token.folded === '،' || token.folded === ',';
}

/**
 * Whether the name at [start, end) stands in a list of names that a verbal noun of leaving or
 * joining opens ("استقالة كل من") and "من" / "إلى" + "كتلة" closes, within one clause. (The list's
 * other words need not all be names the extractor found whole: "كل من فلان بلحاج علان و ...".)
 */
export function isBlocMoverAt(tokens: readonly Token[], start: number, end: number): boolean {
  // A whole entry of the list opens after "و", a comma, "كل من" or the verbal noun; a name that opens
  // inside an entry is a piece of a longer name ("فلانة بلحاج | حميدة"), no member of its own.
  const opener = tokens[start - 1];
  if (!opener || !(joinsList(opener) || opener.folded === 'من' || isMoving(opener) || tokens[start].folded.startsWith('و'))) return false;
  let k = end;
  while (k < tokens.length && k - end <= MAX_LIST_TOKENS && staysInList(tokens[k]) && !(isBlocPreposition(tokens[k]) && tokens[k + 1]?.folded === BLOC)) k++;
  if (!isBlocPreposition(tokens[k]) || tokens[k + 1]?.folded !== BLOC) return false;
  for (let b = start - 1; b >= 0 && start - b <= MAX_LIST_TOKENS && staysInList(tokens[b]); b--) {
    if (isMoving(tokens[b])) return true;
    // ("من" inside the list only as "كل من": another "من" is another phrase.)
    if (tokens[b].folded === 'من' && tokens[b - 1]?.folded !== 'كل') return false;
  }
  return false;
}

function isBlocPreposition(token: Token | undefined): boolean {
  return token?.folded === 'من' || token?.folded === 'الي';
}

/** Whether any block of the article speaks of a parliament (asked only once a bloc mover is found). */
export function speaksOfParliament(blocks: readonly (readonly Token[])[]): boolean {
  return blocks.some((tokens) => tokens.some((token) => token.isWord && isParliamentWord(token)));
}
