/**
 * "بإعفاء فلان من منصبه وتعيين علان وزيراً للعمل": decrees and appointment news name a person right
 * after the act (appointing, relieving, assigning, promoting) and close the name with the office he
 * is given, in the accusative ("وزيراً", "سفيراً"), or with "من منصبه" / "في منصب". The act and that
 * closing word bound the name whatever its words are: a name too rare for the tagger, or a family
 * name that is also a common word. Honorifics after the act ("بتعيين الدكتور فلان") stay outside.
 */
import { isAbbreviatedTitleAt } from './abbreviated-titles.js';
import { readingInList } from './clitics.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { fold } from '../text/normalize.js';
import { isListedNameWord, isNewsDefiniteGivenName } from './given-names.js';
import { foldedNameLikeTitles, isParticle } from './lexicon.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { isAccusativeOffice, isOfficeForm, isOfficeWord, stems } from './office-words.js';
import { isConjoinedHonorific, isHonorificAt, isHonorificWord } from './honorific-titles.js';
import type { Token } from './tokenize.js';
import { isComma } from './located.js';
import { isOftenANameInNews } from './tagger.js';

/** The acts of a decree, as verbal nouns (a conjunction or "ب" may be written on them). */
const DECREE_ACTS = new Set(['تعيين', 'إعفاء', 'تكليف', 'ترقية', 'ترشيح', 'تسمية', 'إقالة'].map(fold));
const readsAsDecreeAct = readingInList(DECREE_ACTS);
const DECREE_ACT = triggerWord(readsAsDecreeAct);

/** Whether a word is a decree's act ("تعيين", "وتكليف", "بترقية"). */
export function isDecreeAct(token: Token | undefined): boolean {
  return token?.isWord === true && readsAsDecreeAct(token);
}

/** Names in decrees run long ("عبدالعزيز بن محمد بن عبدالله العياف"); a lineage chain counts each word. */
const MAX_DECREE_NAME_WORDS = 8;
/** Honorific tokens after the act: "اللواء الركن (م)" counts its bracket's three. */
const MAX_HONORIFIC_WORDS = 6;

/** "من منصبه", "في منصب": the post he leaves or takes, which closes the name. */
function isPostAfter(tokens: readonly Token[], i: number): boolean {
  return (tokens[i]?.folded === 'من' || tokens[i]?.folded === 'في') && /^منصب/.test(tokens[i + 1]?.folded ?? '');
}

function isNameWordOfDecree(token: Token, first: boolean): boolean {
  const word = token.folded;
  if (!token.isWord || isParticle(token) || isOfficeWord(token) || /[0-9٠-٩a-z]/.test(word) || /[\u064b-\u064d]/.test(token.text)) return false;
  // A name opens with a given name, not a definite noun ("تعيين الأعضاء الجدد"), unless one the news
  // opens names with ("الطيب محمد الأمين").
  // ("ألبر أقطاش": a word written with a hamza on its alef is no article, though it folds like one.)
  // ("بتعيين الدكتور الفاتح عوض الجيد النور أميناً عاماً": or a word the news often takes for a person, no common word.)
  if (first && word.startsWith('ال') && !/^[أإآ]/.test(token.text) && !isNewsDefiniteGivenName(word) && !(isOftenANameInNews(word) && !isCommonWord(token))) return false;
  return word.length >= 2;
}

/**
 * "محمد الأمين ولد بوبكر": a title word with the article inside a name (a compound given name, a
 * family name) before a bare word that is no office, where an office of his own would take a
 * definite genitive or adjective.
 */
function isTitleInsideName(tokens: readonly Token[], i: number, first: boolean): boolean {
  const [token, next] = [tokens[i], tokens[i + 1]];
  return !first && token.isWord && token.folded.startsWith('ال') && isOfficeWord(token) && !isAccusativeOffice(token) && next?.isWord === true && !next.folded.startsWith('ال') && !isOfficeWord(next) && isNameWordOfDecree(next, false);
}

/** Where "كل من" (each of) and a colon that open a decree's list at `i` end, or `i`. */
function listOpenerEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  if (tokens[k]?.folded === 'كل' && tokens[k + 1]?.folded === 'من') k += 2;
  if (tokens[k]?.text === ':') k++;
  return k;
}

/** Where the honorifics after the decree's act at `act` end ("بتعيين السيد الدكتور | فلان"). */
function afterActHonorifics(tokens: readonly Token[], act: number): number {
  return honorificsEnd(tokens, act + 1);
}

/** Where the honorifics from `from` end ("اللواء الركن (م) | الطيب", "د. | فلان"). */
function honorificsEnd(tokens: readonly Token[], from: number): number {
  let start = from;
  while (start < tokens.length && start - from < MAX_HONORIFIC_WORDS && (isHonorificAt(tokens, start) || (tokens[start].text === '.' && isAbbreviatedTitleAt(tokens, start - 1)))) start++;
  return start;
}

/**
 * "بتعيين السيد نضال الشعار وزيراً": a decree's act, an honorific, then the words from `start` to `end`
 * closed by the office given. Both bounds are sure, so these words are a name even when they read as
 * a common noun phrase ("نضال الشعار": the struggle of the slogan). So are a later appointee's, whose
 * span a rule found sure (`bracketed`: "، وزيد الحديد | سفيراً", conjoinedAppointees).
 */
export function isTitledDecreeName(tokens: readonly Token[], start: number, end: number, bracketed = false): boolean {
  if (end >= tokens.length || !(isAccusativeOffice(tokens[end]) || isPostAfter(tokens, end))) return false;
  if (bracketed) return true;
  for (let act = start - 2; act >= 0 && start - act <= MAX_HONORIFIC_WORDS + 1; act--) {
    if (isDecreeAct(tokens[act])) return afterActHonorifics(tokens, act) === start;
  }
  return false;
}

/**
 * Where the words of a decree's name that opens at `start` end, scanned from `from`: before the office
 * he is given in the accusative, "من منصبه"/"في منصب", or a word no name has.
 */
function decreeNameEnd(tokens: readonly Token[], start: number, from: number): number {
  let end = from;
  while (end < tokens.length && end - start < MAX_DECREE_NAME_WORDS && !isAccusativeOffice(tokens[end]) && !isPostAfter(tokens, end) && (isNameWordOfDecree(tokens[end], end === start) || isTitleInsideName(tokens, end, end === start) || isNameLikeTitleInName(tokens, end, end === start))) end++;
  return end;
}

/**
 * "عبدالله سلطان العادل مديراً", "محمد الأمين والياً": a title that is also a given name ("سلطان",
 * "أمين", with or without the article) after the first word of a decree's name, before another name
 * word or the post given: an office of his own would take its genitive, never a name or a post.
 */
function isNameLikeTitleInName(tokens: readonly Token[], i: number, first: boolean): boolean {
  const token = tokens[i];
  if (first || !token.isWord || !foldedNameLikeTitles.has(token.folded.replace(/^ال/, ''))) return false;
  const next = tokens[i + 1];
  return next?.isWord === true && (isAccusativeOffice(next) || (!next.folded.startsWith('ال') || !isOfficeWord(next)) && isNameWordOfDecree(next, false));
}

/** A decree's name; `bracketed` where tidying must keep its words. */
type DecreeSpan = { start: number; end: number; bracketed?: true };

/** Spans of the names that decrees bound (see the module comment). */
export function decreeNameSpans(tokens: readonly Token[]): DecreeSpan[] {
  const spans: DecreeSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let act = nextTriggered(triggers, DECREE_ACT, 0); act >= 0 && act + 3 < tokens.length; act = nextTriggered(triggers, DECREE_ACT, act + 1)) {
    if (!tokens[act].isWord) continue;
    // ("تعيين كل من: عمر النهار سفيراً ...": "each of" and a colon may open the list.)
    const opened = listOpenerEnd(tokens, act + 1);
    const start = honorificsEnd(tokens, opened);
    const end = decreeNameEnd(tokens, start, start);
    // ("وتعيين منية العادل مديرة عامة للمستشفى": a feminine post shows no accusative.)
    const closed = end < tokens.length && (isAccusativeOffice(tokens[end]) || isPostAfter(tokens, end) || isFemininePost(tokens[end]));
    // Two words at least, the first a known name or a word ordinary text does not use ("مفرج").
    const first = tokens[start]?.folded ?? '';
    const opensWithName = isListedNameWord(first) || (!isCommonWord(first) && !isOrdinaryWord(first));
    // "بتعيين السيد نضال الشعار وزيراً": an honorific after the act vouches that a person is named,
    // so a given name that is also a common noun ("نضال", "جهاد", "أمل") opens it too.
    const titled = start > opened;
    if (closed && end - start >= 2 && (opensWithName || titled)) {
      // ("ريبوار عمر حمه أمين مستشاراً": a title closing the name before the post is the name's last
      // word; its bounds are given, so that tidying keeps it.)
      spans.push(isNameLikeTitleInName(tokens, end - 1, end - 1 === start) ? { start, end, bracketed: true } : { start, end });
      spans.push(...conjoinedAppointees(tokens, end));
    }
  }
  return spans;
}

/** "سفيرة", "مديرة" (folded "سفيره"): a feminine office word without the article, whose accusative is unwritten. */
export function isFemininePost(token: Token): boolean {
  return token.isWord && /ه$/.test(token.folded) && !token.folded.startsWith('ال') && stems(token).length === 1 && isOfficeWord(token);
}

/**
 * "مديرة | للصحة العمومية", "رئيسة | لجامعة نواكشوط": a feminine post at `i` before "ل" + the body it
 * is given (not "لدى"): the post made someone's, its accusative unwritten; the nominative would
 * govern the body without "ل".
 */
export function isFemininePostBeforeBody(tokens: readonly Token[], i: number): boolean {
  const post = tokens[i];
  return post !== undefined && isFemininePost(post) && opensBodyWithLam(tokens[i + 1]);
}

/** "للصحة", "لجامعة": "ل" + the body a post is given (not "لدى"). */
function opensBodyWithLam(token: Token | undefined): boolean {
  return /^ل(?!دي$)../.test(token?.folded ?? '');
}

/**
 * "واليا لولاية سطيف", "والية لولاية عين تموشنت": a post a decree gives at `i`, in the accusative, or
 * a feminine office before "ل" + its body (its accusative unwritten), though "والية" also reads as
 * "و" + a word.
 */
export function isGivenPostAt(tokens: readonly Token[], i: number): boolean {
  const post = tokens[i];
  if (post?.isWord !== true) return false;
  return isAccusativeOffice(post) || isFemininePostBeforeBody(tokens, i) || (post.folded.endsWith('ه') && isOfficeForm(post.folded) && opensBodyWithLam(tokens[i + 1]));
}

/** The most words between an appointee's office and the next appointee joined by "و". */
const MAX_OFFICE_WORDS = 16;

/**
 * "تعيين فلان مديرا عاما للشركة الوطنية للماء وإسلمو ولد سيدي المختار مستشارا ...": after the office
 * a decree gives (from `office`), "و" + a name closed by the next office in the accusative names the
 * next appointee; and so on down the list. The spans start at the "و" (tidying sets it apart).
 */
function conjoinedAppointees(tokens: readonly Token[], office: number): DecreeSpan[] {
  const spans: DecreeSpan[] = [];
  for (let k = office + 1; k < tokens.length && k - office <= MAX_OFFICE_WORDS; k++) {
    const token = tokens[k];
    // ("مديراً عاماً للأمن العام، والعميد رائد عبدالله مديراً": a comma may close the office.)
    if (isComma(token)) continue;
    if (!token.isWord || token.text === '.') break;
    // ("، والعميد رائد عبدالله مديراً", "والدكتور عادل حامد سلامة والياً": "و" + an honorific vouches
    // that a person is named after it, whatever his given name reads as.)
    const titled = isConjoinedHonorific(token);
    const given = token.folded.startsWith('و') && token.folded.length > 3 ? token.folded.slice(1) : '';
    if (!titled && (given === '' || given.startsWith('ال') || !(isListedNameWord(given) || (!isCommonWord(given) && !isOrdinaryWord(given))))) continue;
    const start = titled ? honorificsEnd(tokens, k + 1) : k;
    const end = decreeNameEnd(tokens, start, titled ? start : k + 1);
    // ("، وريم بني صخر سفيرة لدى ...": a feminine post shows no accusative; after the list's first entry it is the post given too.)
    if (end - start < 2 || end >= tokens.length || !(isAccusativeOffice(tokens[end]) || isFemininePost(tokens[end]))) continue;
    // (Both bounds are sure, the next post and the "و" + a name word or a title, and tidying keeps its
    // words: "سلامة", "سلطان" read as a noun and a title, "، وزيد الحديد سفيراً" as "and iron was added".)
    spans.push({ start, end, bracketed: true });
    office = end;
    k = end;
  }
  return spans;
}
