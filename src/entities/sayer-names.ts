/**
 * "وقال لافروف إن ...", "وأكد كوفي عنان أن ...": news puts a verb of saying first, then its subject,
 * then "أن/إن" or a colon opening what was said (or his office in apposition first). Between the verb and that opener stands who said it;
 * when those one to three words look like a name (each rare in running text or a known name word,
 * none with the article, a clitic noun reading, or a place, body, title or nationality), they are a
 * person's name even if the tagger missed it. Bodies that speak carry the article ("وقالت الوزارة")
 * or a head word ("وقال مصدر", "وقالت وكالة") that is an ordinary word, so they do not match.
 */
import { readingInList } from './clitics.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { isGivenName, isListedNameWord } from './given-names.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { HER_OUR_YOUR_THEIR_ENDING } from './pronoun-endings.js';
import { isOftenANameInNews, isRareWord } from './tagger.js';
import { isPlaceWordGivenNameAt } from './place-word-given-names.js';
import { isOfficeForm } from './office-words.js';
import { hasTrait, NATIONALITY, NOT_A_NAME, OFFICE_WORD, ORGANIZATION_HEAD, PLACE } from './word-traits.js';

/** Verbs of saying that news uses of people (agencies and papers "ذكرت", "أفادت", "نقلت" left out). */
const SAYING_VERBS = new Set(
  ['قال', 'قالت', 'أكد', 'أكدت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'صرح', 'صرحت', 'أشار', 'أشارت', 'اعتبر', 'اعتبرت', 'شدد', 'شددت', 'رأى', 'نفى', 'نفت', 'حذر', 'حذرت', 'تابع', 'تابعت', 'أعرب', 'أعربت'].map(fold),
);
/** What opens the words said: "أن", "إن", "أنه", "إنها", ... (folded), or a colon. */
const SAID_OPENERS = new Set(['ان', 'انه', 'انها', 'انهم', 'اننا']);
const MAX_SAYER_WORDS = 3;

const readsAsSayingVerb = readingInList(SAYING_VERBS);
/** The trigger of a verb of saying (any reading of the word: "وأضاف" too); word-triggers.ts. */
export const SAYING_VERB = triggerWord(readsAsSayingVerb);

function isSayingVerb(token: Token): boolean {
  return token.isWord && readsAsSayingVerb(token);
}

/**
 * Verbs of saying whose subject, office and name included, runs right up to what was said: those
 * above and the verbs of stating that open a subject no less often ("وبين", "وكشف", "ولفت").
 */
const readsAsStatingVerb = readingInList(
  new Set([...SAYING_VERBS, ...['بين', 'بينت', 'ذكر', 'كشف', 'كشفت', 'لفت', 'لفتت', 'أفاد', 'أبان', 'نوه', 'نوهت', 'أعلن', 'أعلنت', 'أبدى'].map(fold)]),
);

/** Whether a verb of saying or stating stands right before `i`, honorifics ("معالي", "سعادة", "د.") between. */
export function isSaidSubjectAt(tokens: readonly Token[], i: number, isHonorific: (token: Token) => boolean): boolean {
  let k = i - 1;
  while (k >= 0 && standsBeforeSaidSubject(tokens[k], isHonorific)) k--;
  return k >= 0 && tokens[k].isWord && (readsAsStatingVerb(tokens[k]) || isSayingVerb(tokens[k]));
}

/** What may stand between a verb of saying and its subject (isSaidSubjectAt): an honorific, or a dot. */
export function standsBeforeSaidSubject(token: Token, isHonorific: (token: Token) => boolean): boolean {
  return isHonorific(token) || token.text === '.';
}

/** Whether what was said opens at `i`: "إن", "أن", "بأن", "إلى أن", a colon or a comma. */
export function opensWhatWasSaid(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (token.text === ':' || token.text === '،' || token.text === ',') return true;
  const word = token.folded;
  return SAID_OPENERS.has(word) || SAID_OPENERS.has(word.replace(/^ب/, '')) || (word === 'الي' && SAID_OPENERS.has(tokens[i + 1]?.folded ?? ''));
}

/** A speaker's name: its bounds, and whether they are given (no later tidying moves them). */
type SayerSpan = { start: number; end: number; bracketed?: boolean };

/** Spans of the words between a verb of saying and the opener of what was said (see the module comment). */
export function sayerNameSpans(tokens: readonly Token[], looksLikeName: (token: Token) => boolean): SayerSpan[] {
  const spans: SayerSpan[] = [];
  const triggers = triggersIn(tokens);
  for (let verb = nextTriggered(triggers, SAYING_VERB, 0); verb >= 0 && verb + 2 < tokens.length; verb = nextTriggered(triggers, SAYING_VERB, verb + 1)) {
    if (!isSayingVerb(tokens[verb])) continue;
    const span = sayerAfterVerbAt(tokens, verb, looksLikeName);
    if (span !== undefined) spans.push(span);
  }
  return spans;
}

/**
 * sayerNameSpans at a verb of saying: the name of whoever it says spoke, if any. (Apart from the
 * scan over every word: V8 compiled the scan with these rules inside it twice, 12 ms for 0.6 MB of
 * news.)
 */
function sayerAfterVerbAt(tokens: readonly Token[], verb: number, looksLikeName: (token: Token) => boolean): SayerSpan | undefined {
  const start = verb + 1;
  let end = start;
  // "وأكد نصر الله أن": "الله" after a first word the news often uses as a name (though also a
  // common noun, "نصر") ends a compound name.
  // ("وقال عبد الملك الحوثي إن": the word with the article after "عبد" is the compound given name's
  // second half, though it reads as a title, "الملك".)
  const afterAbd = (k: number): boolean => k > start && tokens[k - 1].folded === 'عبد' && /^ال.{2,}/.test(tokens[k].folded);
  while (end < tokens.length && end - start < MAX_SAYER_WORDS && (isNameLike(tokens[end], looksLikeName) || (end > start && tokens[end].folded === 'الله') || afterAbd(end) || (end === start && tokens[end + 1]?.folded === 'الله' && isOftenANameInNews(tokens[end].folded)))) end++;
  // ("وقال محمد علي الشرفاء إن": "علي" written with its "ي" after a given name, then a word with the
  // article no common word, right before what was said: a given name, the father's, and the family name.)
  const ali = tokens[start + 1];
  if (ali?.folded === 'علي' && /ي$/.test(ali.text) && isGivenName(tokens[start].folded) && isSaidFamilyName(tokens[start + 2]) && !isCommonWord(tokens[start + 2].folded) && (SAID_OPENERS.has(tokens[start + 3]?.folded ?? '') || tokens[start + 3]?.text === ':')) return { start, end: start + 3, bracketed: true };
  // "وقال محمد المرشد إن": after a known given name, a word with the article right before what was
  // said is the family name, even when it is also an ordinary word ("المرشد": the guide).
  // (Its bounds are then given: later tidying, which takes the word for a common one, leaves it.)
  // (A given name the news often uses as one: "بيان" is as often a statement, "وقال بيان الخارجية".)
  // (Or a given name the news rarely uses as one, "رائد" (a rank), before a family name rare in running text, "الخوالدة".)
  // (Or after a feminine verb a woman's given name rare in running text, "وقالت جليلة الطرابلسي إن".)
  const womansName = isFeminineVerb(tokens[verb]) && /ة$/.test(tokens[start].text) && isRareWord(tokens[start].folded);
  const familyEvidence = isOftenANameInNews(tokens[start].folded) || womansName || (isRareWord(tokens[end]?.folded ?? '') && !isCommonWord(tokens[end]?.folded ?? ''));
  if (end === start + 1 && familyEvidence && !isCommonWord(tokens[start]) && isSaidFamilyName(tokens[end]) && (SAID_OPENERS.has(tokens[end + 1]?.folded ?? '') || tokens[end + 1]?.text === ':')) return { start, end: end + 1, bracketed: true };
  // "وقالت نجاة الزغلامي إن": after a feminine verb, a feminine noun (also a woman's given name:
  // "نجاة", "حياة") then a definite word the news often takes for a name, right before what was
  // said, is a woman's name; a body that speaks has a head noun and no family name ("وقالت وزارة الداخلية").
  // "وقال تشاد هيرلي إن": a place word before a foreign name word (place-word-given-names.ts).
  if (end === start && isPlaceWordGivenNameAt(tokens, start) && opensWhatWasSaid(tokens, start + 2)) return { start, end: start + 2, bracketed: true };
  const eastAsianEnd = end === start ? eastAsianNameEnd(tokens, start, looksLikeName) : start;
  if (eastAsianEnd > start) return { start, end: eastAsianEnd, bracketed: true };
  if (end === start && isFeminineSpeaker(tokens, verb)) return { start, end: start + 2, bracketed: true };
  // "وقالت نوكيا إن", "وأعلنت أرامكو أن": a company, a country or a body is grammatically feminine
  // and speaks as often as a woman; a lone word after a feminine verb is a name only when name
  // lists or the news know it as one ("وقالت ميركل إن").
  if (end === start + 1 && isFeminineVerb(tokens[verb]) && !isKnownAsName(tokens[start])) return undefined;
  const opener = tokens[end];
  // (A name that closes the block has no opener after it.)
  if (end === start || opener === undefined) return undefined;
  // ("رأي ساندته فلانة رئيسة ...": "رأي" written with "ي" is the noun, an opinion, no verb "رأى".)
  if (SAID_OPENERS.has(opener.folded) || opener.text === ':' || isDefiniteOffice(opener) || (isOfficeInConstructAt(tokens, end) && !isOpinionNoun(tokens[verb]))) return { start, end };
  return undefined;
}

/** East Asian family names of two letters (too short for a name word above), as written. */
const SHORT_EAST_ASIAN_NAMES = new Set(['لي', 'جو']);

/**
 * "وقال لي وانغ تشو إن": a two-letter East Asian family name opens the name when the one or two words
 * after it, up to what was said, are foreign words rare in running text that no name list knows
 * ("وقال لي أحمد إن" is "Ahmad told me"). The end of the name, or `start`.
 */
function eastAsianNameEnd(tokens: readonly Token[], start: number, looksLikeName: (token: Token) => boolean): number {
  if (!SHORT_EAST_ASIAN_NAMES.has(tokens[start].text)) return start;
  let end = start + 1;
  // (The first word rare in running text; none a common noun with a pronoun, "وقال لي صديقي إن".)
  const foreign = (token: Token | undefined): boolean =>
    token?.isWord === true && !isListedNameWord(token.folded) && !isCommonWord(token.folded.replace(/(?:ي|ه|ها|هم|نا|كم)$/, '')) && isNameLike(token, looksLikeName);
  while (end - start <= 2 && foreign(tokens[end]) && (end > start + 1 || isRareWord(tokens[end].folded))) end++;
  return end > start + 1 && opensWhatWasSaid(tokens, end) && tokens[end].isWord ? end : start;
}

/** "قالت", "وأعلنت": a verb of saying or stating with the feminine ending of the perfect. */
function isFeminineVerb(token: Token): boolean {
  return /ت$/.test(token.folded) && (readsAsStatingVerb(token) || isSayingVerb(token));
}

/** See the loop above: a feminine verb, a feminine noun that is no title or body head, a family name, the opener. */
function isFeminineSpeaker(tokens: readonly Token[], verb: number): boolean {
  const given = tokens[verb + 1];
  const family = tokens[verb + 2];
  if (!isFeminineVerb(tokens[verb]) || !given?.isWord || !/ة$/.test(given.text) || /^(?:ال|[وف])/.test(given.folded) || hasTrait(given.folded, NOT_A_NAME)) return false;
  return isSaidFamilyName(family) && isOftenANameInNews(family!.folded) && (SAID_OPENERS.has(tokens[verb + 3]?.folded ?? '') || tokens[verb + 3]?.text === ':');
}

function isKnownAsName(token: Token): boolean {
  return isListedNameWord(token.folded) || isOftenANameInNews(token.folded);
}

/** Days and times news puts between the speaker and his words ("وقال فلان الأحد إن"), folded. */
const TIMES = new Set(['اليوم', 'الليله', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);

function isSaidFamilyName(token: Token | undefined): boolean {
  if (!token?.isWord || !/^ال.{3,}$/.test(token.folded) || TIMES.has(token.folded) || /[0-9٠-٩a-z]/.test(token.folded)) return false;
  // (A title there is a family name too, "محمد السلطان": news puts a title before the name.)
  return !hasTrait(token, NATIONALITY | PLACE | ORGANIZATION_HEAD) && !HER_OUR_YOUR_THEIR_ENDING.test(token.folded);
}

/**
 * "وأكد فلان المستشار الإعلامي في ... أن": his office may stand in apposition between the speaker and
 * what he said, without a comma; a definite office after the verb's subject is his.
 */
function isDefiniteOffice(token: Token): boolean {
  return token.isWord && token.folded.startsWith('ال') && hasTrait(token, OFFICE_WORD);
}

/**
 * "وقال فلان علان | زعيم حزب اليسار": a bare office noun in the construct state before its definite
 * genitive or a body's head opens the apposition after the speaker's name, as a definite office does.
 */
function isOfficeInConstructAt(tokens: readonly Token[], i: number): boolean {
  const office = tokens[i];
  const genitive = tokens[i + 1];
  // (The whole word, no "و" + an office: "وزير", not "ورئيس"; no accusative "وزيرا".)
  if (!office.isWord || office.folded.startsWith('ال') || office.folded.endsWith('ا') || !isOfficeForm(office.folded) || genitive?.isWord !== true) return false;
  return genitive.folded.startsWith('ال') || hasTrait(genitive, ORGANIZATION_HEAD);
}

/** "رأي" (an opinion), which folds like the verb "رأى". */
function isOpinionNoun(token: Token): boolean {
  return token.folded.endsWith('راي') && token.text.endsWith('ي');
}

function isNameLike(token: Token, looksLikeName: (token: Token) => boolean): boolean {
  const word = token.folded;
  // A first و/ف is taken for the conjunction, unless the whole word is a given name ("فلاح", "وليد").
  const conjunction = /^[وف]/.test(word) && !isGivenName(word);
  // ("آلان": a word written with "آ" folds like one with the article, which is never so written.)
  const article = /^(?:ال|لل)/.test(word) && !token.text.startsWith('آ');
  if (!token.isWord || word.length < 3 || conjunction || article || /[0-9٠-٩a-z]/.test(word) || /[\u064b-\u064d]/.test(token.text)) return false;
  return !isOrdinaryWord(word) && !hasTrait(word, NOT_A_NAME) && !isPluralOfCommonNoun(word) && (looksLikeName(token) || !isCommonWord(word));
}

/** "وقال دبلوماسيون إن": the sound plural of a common noun ("دبلوماسي" + "ون") says who spoke, no name. */
function isPluralOfCommonNoun(word: string): boolean {
  const singular = /^(.{3,})(?:ون|ين)$/.exec(word)?.[1];
  return singular !== undefined && !isGivenName(word) && isCommonWord(singular);
}

/** A verb of saying or stating with the pronoun "ه" that takes up "ما" ("أكده", "أكدته"), folded, or -1. */
function isResumptiveSayingVerb(token: Token): boolean {
  if (!token.isWord || !token.folded.endsWith('ه') || token.folded.length < 4) return false;
  return readsAsStatingVerb(token.folded.slice(0, -1));
}

/** Tokens an addressee ("لمراسل الجوهرة أف أم،", "لنا،") may take between the verb and the comma after it. */
const MAX_ADDRESSEE_TOKENS = 6;

/**
 * "حسب ما أكدته فلانة علان رئيسة الجمعية", "وفق ما صرح به فلان علان، مدير ...": after "ما" and a
 * verb of saying that takes it up with "ه" (or "به"), perhaps with whom it was said to ("لنا،",
 * "لمراسل الإذاعة،"), the subject follows: two or three words that look like a name, then an
 * indefinite office word in apposition or a comma, are a person's name even if the tagger missed it.
 */
export function relativeSayerNameSpans(tokens: readonly Token[], looksLikeName: (token: Token) => boolean): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const triggers = triggersIn(tokens);
  for (let verb = nextTriggered(triggers, RESUMPTIVE_SAYING_VERB, 1); verb >= 0 && verb + 3 < tokens.length; verb = nextTriggered(triggers, RESUMPTIVE_SAYING_VERB, verb + 1)) {
    if (tokens[verb - 1].folded !== 'ما') continue;
    let start = verb + 1;
    if (!isResumptiveSayingVerb(tokens[verb])) {
      if (!readsAsStatingVerb(tokens[verb]) || tokens[start]?.folded !== 'به') continue;
      start++;
    }
    // ("لمراسل الإذاعة، فلانة": whom it was said to, up to the comma that closes it.)
    if (tokens[start]?.isWord && tokens[start].folded.startsWith('ل')) {
      let comma = start + 1;
      while (comma < tokens.length && comma - start <= MAX_ADDRESSEE_TOKENS && tokens[comma].isWord) comma++;
      if (tokens[comma]?.text !== '،' && tokens[comma]?.text !== ',') continue;
      start = comma + 1;
    }
    let end = start;
    while (end < tokens.length && end - start < MAX_SAYER_WORDS && (isNameLike(tokens[end], looksLikeName) || isNameWordWithLetterOfConjunction(tokens[end], looksLikeName))) end++;
    const after = tokens[end];
    const apposed = after !== undefined && (after.text === '،' || after.text === ',' || (after.isWord && !after.folded.startsWith('ال') && hasTrait(after, OFFICE_WORD)));
    if (end - start >= 2 && apposed) spans.push({ start, end });
  }
  return spans;
}

/**
 * "فتيحة", "وداد": a name word opening with the letter of "ف"/"و" that no list gives as a given name;
 * after the verb that takes up "ما" (or inside the name) no conjunction stands, so the word is
 * whole when its rest is no common word and the word itself is no ordinary one.
 */
function isNameWordWithLetterOfConjunction(token: Token, looksLikeName: (token: Token) => boolean): boolean {
  const word = token.folded;
  if (!token.isWord || !/^[وف]/.test(word) || word.length < 4 || /^[وف]ال/.test(word) || /[\u064b-\u064d]/.test(token.text)) return false;
  return !isCommonWord(word.slice(1)) && !isOrdinaryWord(word) && !hasTrait(word, NOT_A_NAME) && (looksLikeName(token) || !isCommonWord(word));
}

/**
 * The trigger of a verb of saying or stating, with an object pronoun or without: it marks every verb
 * isSaidSubjectAt stands a subject after.
 */
export const RESUMPTIVE_SAYING_VERB = triggerWord((word) => readsAsStatingVerb(word) || (word.folded.endsWith('ه') && readsAsStatingVerb(word.folded.slice(0, -1))));
