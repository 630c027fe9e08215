/** Honorifics before a name ("الشيخ", "معالي", "الفريق أول", "د."), ranks and ruler titles, and where the name starts after them. */
import { isAbbreviatedTitleAt } from './abbreviated-titles.js';
import { isForwardAdverb } from './forward-adverb.js';
import { fold } from '../text/normalize.js';
import { isClubHeadWord, isSecondTeamAt } from './fixture-teams.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { rememberedPerWord } from './word-memo.js';
import { triggerWord } from './word-triggers.js';
import { gazetteer } from './gazetteer.js';
import { isListedNameWord } from './given-names.js';
import { foldedLeadingNameParts, foldedRanks, foldedRoyalTitles, foldedRulerTitles, isParticle } from './lexicon.js';
import { hasTrait, NATIONALITY, PERSON_TITLE } from './word-traits.js';
import { isRetiredWord } from './retired-ranks.js';
import { isProsecutorsKingAt } from './sovereign-genitives.js';
import { isChurchWord, isClericalQualifierAt } from './clerical-titles.js';
import { isEmirOfRankAt, isRankServiceAt, isServiceBranchBracketAt, isStaffAfterService, isWarStaffAt } from './rank-services.js';
import { isEsteemAfterTitle } from './laudatory-adjectives.js';
import type { IsNameToken } from './role-types.js';
import { isDefinite, isGivenNameWord, isOfficeWord, isVerbLike, stems } from './office-words.js';
import { isPersonNoun } from './human-noun-names.js';
import { HASSANIYA_LINKS, MISTER_TITLES } from './name-parts.js';
import { isOftenANameInNews } from './tagger.js';

/** A monarch's title (folded), which no "السيد"/"السيدة" (Mr, Mrs) after it shares a person with. */
const MONARCHS = new Set(['الملك', 'الملكه', 'العاهل'].map(fold));
/**
 * Holy places and institutions that "الشريف" (noble) qualifies: "الأزهر الشريف", "الحرم القدسي
 * الشريف", "المسجد النبوي الشريف", "الحرم المكي الشريف", "المصحف الشريف", folded.
 */
const NOBLE_PLACES = new Set(['الأزهر', 'الحرم', 'القدسي', 'القدس', 'المصحف', 'المكي', 'النبوي'].map(fold));

/** Whether tokens[i] is "الشريف", the epithet of the holy place or institution before it (no sharif's title). */
export function isNobleEpithetAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.folded === 'الشريف' && i > 0 && NOBLE_PLACES.has(tokens[i - 1].folded);
}


/** Titles of judges and envoys that the press writes with the name after the full office ("المستشار", "القاضي", "السفير"), folded. */
const TITLES_AFTER_OFFICE = new Set(['القاضي', 'القاضية', 'المستشار', 'المستشارة', 'السفير', 'السفيرة'].map(fold));

/** Whether a folded word is a judge's or envoy's title that the press writes between a full office and the name. */
export function isTitleWrittenAfterOffice(folded: string): boolean {
  return TITLES_AFTER_OFFICE.has(folded);
}

/**
 * The honorific words right before a name that starts at `nameStart`: "صاحب السمو الملكي الأمير",
 * "الفريق أول", "د." — returned as [start, nameStart), or null. "أول" counts only after a rank.
 */
export function honorificBefore(tokens: readonly Token[], nameStart: number): { start: number; end: number } | null {
  let start = nameStart;
  // "د. فلان", "م. فلان": the abbreviation and its dot, "أ.د." (professor) whole.
  if (start >= 2 && tokens[start - 1].text === '.' && isAbbreviatedTitleAt(tokens, start - 2)) {
    start -= 2;
    if (start >= 2 && tokens[start - 1].text === '.' && tokens[start - 2].folded === 'ا') start -= 2;
  }
  while (start > 0 && (tokens[start - 1].isWord || isRetiredMarkAt(tokens, start - 1) || isServiceBranchBracketAt(tokens, start - 1))) {
    // ("اللواء (م) فلان": the retired mark after a rank; "الفريق شرطة (حقوقي) فلان": the branch after its service.)
    if (!tokens[start - 1].isWord) {
      start -= 3;
      continue;
    }
    const word = tokens[start - 1].folded;
    // "آية الله": the title's second word is no name.
    if (word === 'الله' && start >= 2 && tokens[start - 2].folded === 'ايه') {
      start -= 2;
      continue;
    }
    // "حجة الإسلام", "حجة الإسلام والمسلمين": the Shiite cleric's rank, whole.
    if (word === 'الاسلام' && start >= 2 && tokens[start - 2].folded === 'حجه') {
      start -= 2;
      continue;
    }
    if (word === 'والمسلمين' && start >= 3 && tokens[start - 2].folded === 'الاسلام' && tokens[start - 3].folded === 'حجه') {
      start -= 3;
      continue;
    }
    // ("شيخ الأزهر الشريف الدكتور فلان": the holy institution's epithet is the office's, no title.)
    if (isNobleEpithetAt(tokens, start - 1)) break;
    // "آل الشيخ", "عبد الملك": after "آل" or "عبد" a title word is part of the name.
    // ("منت الشيخ سيديا": so after the Hassaniya "ولد"/"منت", where it opens the father's name.)
    if (start >= 2 && (foldedLeadingNameParts.has(tokens[start - 2].folded) || HASSANIYA_LINKS.has(tokens[start - 2].folded))) break;
    // ("رئيس نادي الرائد فلان": a rank right after a club's head names the club.)
    if (start >= 2 && CLUB_NOUNS.has(tokens[start - 2].folded) && foldedRanks.has(word)) break;
    // ("نائب وكيل الملك فلان": "الملك" after "وكيل" is the genitive of the King's prosecutor's office; sovereign-genitives.ts.)
    if (start >= 2 && isProsecutorsKingAt(tokens, start - 1)) break;
    // "الفريق الأول الركن": the article on "الأول" too, after a rank; "العميد الثاني": Iran's
    // second brigadier general, the Revolutionary Guard's grade.
    // ("اللواء الحقوقي فلان": Iraq's legal officers' rank; isLegalRankAt.)
    if ((word === 'الاول' || word === 'الثاني' || isLegalRankAt(tokens, start - 1)) && start >= 2 && foldedRanks.has(tokens[start - 2].folded)) {
      start--;
      continue;
    }
    // "العميد متقاعد فلان": "retired" after a rank (retired-ranks.ts).
    if (isRetiredAfterRank(tokens, start - 1)) {
      start--;
      continue;
    }
    // "اللواء بحري", "العميد طيار ركن", "اللواء أركان حرب": the officer's service after his rank (rank-services.ts);
    // "الأخ العزيز": an adjective of esteem after the title (laudatory-adjectives.ts).
    // ("أمير اللواء فلان": Tunisia's general officer, rank-services.ts.)
    // ("البطريرك الماروني الكاردينال مار فلان": a rite's nisba and "مار" in a clergyman's title, clerical-titles.ts.)
    // ("العين الدكتورة فلانة": Jordan's senator's style before his other titles.)
    if (isRankServiceAt(tokens, start - 1) || isStaffAfterService(tokens, start - 1) || isWarStaffAt(tokens, start - 1) || isEmirOfRankAt(tokens, start - 1) || isEsteemAfterTitle(tokens, start - 1) || isClericalQualifierAt(tokens, start - 1) || isSenatorStyleAt(tokens, start - 1) || isComradeAt(tokens, start - 1)) {
      start--;
      continue;
    }
    // ("أمين سر البطريرك | الأب جورج فلان": a priest's "Father" before his given name; the church's word
    // that tells it so belongs to what comes before, the office's genitive as it may be.)
    if (isPriestTitleAt(tokens, start - 1)) {
      start--;
      break;
    }
    if ((word === 'اول' || word === 'ركن') && !(start >= 2 && (foldedRanks.has(tokens[start - 2].folded) || tokens[start - 2].folded === 'اول'))) break;
    // "صاحب السمو الملكي", "العميد البحري": not "القصور الملكية", "والصيد البحري فلان".
    if (isTitleAdjectiveOutOfPlace(tokens, start - 1) || isConductBeforeAdjectiveAt(tokens, start - 1)) break;
    // ("الترجي - النجم : فلان": a team of a fixture, fixture-teams.ts.)
    if (!isHonorificWord(tokens[start - 1]) || word === 'د' || isClericalFirstWordAlone(tokens, start - 1) || isOfficeNisba(tokens, start - 1) || isTeamInConstruct(tokens, start - 1) || isBodyRankInConstruct(tokens, start - 1) || isForwardAdverb(tokens, start - 1) || isSecondTeamAt(tokens, start - 1)) break;
    // "صاحب السمو": "صاحب" is a title only before another one ("صاحب مقولة" is "the author of a saying").
    if ((word === 'صاحب' || word === 'صاحبه') && start === nameStart) break;
    // ("وعين جلالة الملك السيد فلان واليا": the king appoints; "السيد" is the appointee's own title.)
    if (start < nameStart && MONARCHS.has(word) && MISTER_TITLES.has(tokens[start].folded)) break;
    start--;
  }
  // A "د" alone without its dot is no honorific; neither is a chain that ended up empty.
  return start < nameStart ? { start, end: nameStart } : null;
}

/** "العميد متقاعد", "والعقيد المتقاعد": "retired" at i after a rank (retired-ranks.ts). */
function isRetiredAfterRank(tokens: readonly Token[], i: number): boolean {
  return i > 0 && isRetiredWord(tokens[i].folded) && isRank(tokens[i - 1].folded.replace(/^و(?=ال)/, ''));
}

/**
 * "اللواء (م) فلان": "(م)", retired (متقاعد) abbreviated in brackets after a rank, Sudanese and
 * Egyptian usage; whether tokens[i] is one of its three tokens.
 */
function isRetiredMarkAt(tokens: readonly Token[], i: number): boolean {
  const open = tokens[i]?.text === '(' ? i : tokens[i]?.folded === 'م' ? i - 1 : tokens[i]?.text === ')' ? i - 2 : -1;
  return open > 0 && tokens[open].text === '(' && tokens[open + 1]?.folded === 'م' && tokens[open + 2]?.text === ')' && isRank(tokens[open - 1].folded.replace(/^و(?=ال)/, ''));
}

/** An honorific word at i, written with a name (not a family name after "آل", "آل الشيخ"). */
export function isHonorificAt(tokens: readonly Token[], i: number): boolean {
  // (Asked past the end of a block too, where a phrase runs to its last word.)
  if (i < 0 || i >= tokens.length) return false;
  // (Asked of every word: most are no honorific, which a set tells before any pattern is tried.)
  if (!isHonorificWord(tokens[i])) return isLegalRankAt(tokens, i) || isRankServiceAt(tokens, i) || isStaffAfterService(tokens, i) || isServiceBranchBracketAt(tokens, i) || isWarStaffAt(tokens, i) || isAbbreviatedTitleAt(tokens, i) || isRetiredMarkAt(tokens, i) || isClericalQualifierAt(tokens, i) || isSenatorStyleAt(tokens, i) || isComradeAt(tokens, i) || isPriestTitleAt(tokens, i);
  if (isTitleAdjectiveOutOfPlace(tokens, i) || isConductBeforeAdjectiveAt(tokens, i) || isFadilaGivenName(tokens, i) || isClericalFirstWordAlone(tokens, i)) return false;
  // ("في أول حصة", "أول رئيس": "أول" is a title only after a rank, "الفريق أول".)
  if (tokens[i].folded === 'اول' && !(i > 0 && foldedRanks.has(tokens[i - 1].folded))) return false;
  // ("عبد الملك فلان", "عبد الأمير فلان": after "عبد" the title is the second half of a given name.)
  // ("رئيس نادي الرائد فلان": nor a rank right after a club's head, the club's name.)
  return !(i > 0 && (tokens[i - 1].folded === 'ال' || tokens[i - 1].folded === 'عبد' || (CLUB_NOUNS.has(tokens[i - 1].folded) && foldedRanks.has(tokens[i].folded)))) && !isOfficeNisba(tokens, i);
}

/** "السير" (folded): Sir, the British title, and "the conduct" or "the traffic". */
const SIR = 'السير';

/** "ومتابعة السير | الحسن للمصالح": "السير" before a word with the article is "the conduct" and its adjective; Sir goes before a given name. */
function isConductBeforeAdjectiveAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.folded === SIR && tokens[i + 1]?.isWord === true && isDefinite(tokens[i + 1]);
}

/** "الحقوقي" (legal), folded: after a rank, the grade of Iraq's legal officers in the police and ministries. */
const LEGAL = 'الحقوقي';

/**
 * "اللواء الحقوقي فلان", "الفريق الحقوقي فلان": "legal" right after a rank and before a bare word (the
 * given name) completes the rank; elsewhere "الحقوقي" is a jurist or an adjective ("الفريق الحقوقي
 * للدفاع": the legal team).
 */
function isLegalRankAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.folded === LEGAL && i > 0 && foldedRanks.has(tokens[i - 1].folded) && next?.isWord === true && !isDefinite(next) && !/^[لب]/.test(next.folded);
}

/** "نادي", "لنادي", "بنادي" (a club), folded: the word after it names the club. */
const CLUB_NOUNS = new Set(['نادي', 'لنادي', 'بنادي']);

/** "الأب" (folded): Father, a priest's title; the elder of two namesakes after a name ("بوش الأب"). */
const FATHER_TITLE = 'الاب';

/**
 * ("الأمين العام للمدارس الكاثوليكية الأب جورج فلان", "القس الأب فلان": "الأب" is a priest's title right
 * before a given name after a word of a church; elsewhere "وقال الأب فلان" is as often a child's father.)
 */
function isPriestTitleAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i].folded === FATHER_TITLE && tokens[i + 1]?.isWord === true && isGivenNameWord(tokens[i + 1]) && isChurchWord(tokens[i - 1]);
}

/** "العين" (folded): Jordan's style of a senator; the eye, a spring or the town of Al Ain elsewhere. */
const SENATOR = 'العين';

/**
 * ("رئيسة لجنة الشؤون الخارجية في مجلس الأعيان العين الدكتورة فلانة": "العين" is a senator's style
 * right before another title of his.)
 */
function isSenatorStyleAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].folded !== SENATOR || tokens[i + 1]?.isWord !== true) return false;
  // ("مساعد رئيس مجلس الأعيان العين فلان": so right after the senate's name, before his given name.)
  return isHonorificWord(tokens[i + 1]) || (tokens[i - 1]?.folded === SENATE && opensBareName(tokens[i + 1]));
}

/** Whether the word at i is a senator's or a comrade's style before a name (an office phrase ends before it). */
export function isStyleBeforeNameAt(tokens: readonly Token[], i: number): boolean {
  return isSenatorStyleAt(tokens, i) || isComradeAt(tokens, i);
}

/** "الأعيان" (the notables: Jordan's senate), folded. */
const SENATE = 'الاعيان';

/** "الرفيق", "الرفيقة" (comrade), folded: a leftist party's style for its members. */
const COMRADES = new Set(['الرفيق', 'الرفيقه']);

/**
 * ("عضو المكتب السياسي في الجبهة الشعبية لتحرير فلسطين الرفيق كفاح فلان": "comrade" after the word
 * that closes an office (no particle: "إلى الرفيق الأعلى"), before a bare word, titles the holder.)
 */
function isComradeAt(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return COMRADES.has(tokens[i].folded) && previous?.isWord === true && !isParticle(previous) && tokens[i + 1]?.isWord === true && opensBareName(tokens[i + 1]);
}

/** A word that may open a name after a style: no article ("الرفيق الأعلى" is God), particle, office word or verb. */
function opensBareName(token: Token): boolean {
  return token.isWord && !isDefinite(token) && !isParticle(token) && !isOfficeWord(token) && !isVerbLike(token) && token.folded.length >= 3;
}

/** Clerical titles of two words (folded): the first ("حجة": proof, "آية": verse) titles no one without the second. */
const CLERICAL_TITLE_SECONDS = new Map([
  ['حجه', 'الاسلام'],
  ['ايه', 'الله'],
]);

/** "بتقديم حجة الإثبات", "آية الحمدي": "حجة" or "آية" without the second word of the cleric's title ("حجة الإسلام", "آية الله"). */
export function isClericalFirstWordAlone(tokens: readonly Token[], i: number): boolean {
  const second = CLERICAL_TITLE_SECONDS.get(tokens[i].folded);
  return second !== undefined && tokens[i + 1]?.folded !== second;
}

/**
 * "وشاركت فضيلة الماجري": "فضيلة" is an honorific only before a religious title ("فضيلة الشيخ",
 * "فضيلة المفتي"; with a pronoun, "فضيلته", it stands alone); before a name word it is the woman's
 * given name.
 */
export function isFadilaGivenName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].folded === 'فضيله' && next?.isWord === true && !isHonorificWord(next) && !isOfficeWord(next) && !isParticle(next);
}

/**
 * "الحاج سيد أبو العينين", "المهندس سيد عبدالله": titles do not stack with a bare "سيد" (the title
 * is "السيد"), so right after another title "سيد" is the (Egyptian, Tunisian) given name; so it is
 * where it opens an apposition after a comma ("مستشار الوزير، سيد فلان،"), which takes the title
 * with its article. So it is after the Hassaniya "ولد"/"منت" (son, daughter of): "حمادي ولد سيد
 * المختار" names the father "سيد المختار", no "Mr" within a name; and after a nationality with the
 * article ("الموريتاني سيد أحمد ولد البشير"), or a given name ("نجوى سيد عثمان").
 */
export function isSayyidGivenName(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || tokens[i].folded !== 'سيد') return false;
  const before = tokens[i - 1];
  // ("رجل الأعمال الموريتاني سيد أحمد": also after a nationality with the article, which the title would follow as "السيد".)
  const afterNationality = before.isWord && before.folded.startsWith('ال') && hasTrait(before, NATIONALITY);
  // ("الدكتورة نجوى سيد عثمان": so right after a given name, before the rest of the name: the father's.)
  const afterGivenName = before.isWord && !before.folded.startsWith('ال') && (isGivenNameWord(before) || isOftenANameInNews(before.folded)) && tokens[i + 1]?.isWord === true && !isHonorificWord(tokens[i + 1]);
  return before.isWord ? before.folded !== 'سيد' && (isHonorificWord(before) || HASSANIYA_LINKS.has(before.folded) || afterNationality || afterGivenName) : before.text === '،' || before.text === ',';
}

export function isHonorificWord(token: Token): boolean {
  return honorificWord(token) && !isVerbWithPronoun(token);
}

/** "والعميد", "وسعادة", "والدكتور": "و" + an honorific, opening the next entry of a list. */
export function isConjoinedHonorific(token: Token): boolean {
  return token.isWord && token.text.startsWith('و') && isHonorificWord(tokenReadAs(token, token.folded.slice(1), token.text.slice(1)));
}

// Asked of nearly every word by the name patterns: kept per word ("حضره" as a verb is told by its spelling, see isVerbWithPronoun).
const honorificWord = rememberedPerWord((word) => {
  if (isHonorificStem(word)) return true;
  // "والعريف سلطان", "والدكتور علي": the next item of a list, its honorific with the conjunction.
  return word.length > 4 && word.startsWith('وال') && isHonorificStem(word.slice(1));
});

/** An honorific, also behind "ل" ("للسيد": "ل" + "السيد", the article's alef dropped). */
export function isHonorificOrWithLam(token: Token): boolean {
  return isHonorificWord(token) || (token.folded.startsWith('لل') && isHonorificWord(tokenReadAs(token, `ا${token.folded.slice(1)}`)));
}

/** An honorific word (isHonorificWord), the trigger of isHonorificAt. */
export const HONORIFIC_WORD = triggerWord(honorificWord);

/** "حضره الوزير" (the minister attended it): the title "حضرة" is written with its ta marbuta. */
export function isVerbWithPronoun(token: Token): boolean {
  return (token.folded === 'حضره' || token.folded === 'وحضره') && !token.text.endsWith('ة');
}

export function isHonorificStem(word: string): boolean {
  return honorificStems().has(word);
}

let honorificStemSet: ReadonlySet<string> | undefined;

/**
 * "مولانا" (our master): Sudanese and South Asian press write it before a judge's or a cleric's name;
 * the styles "عطوفة" (Jordan's secretaries general, governors, directors), "غبطة" (a patriarch),
 * "نيافة" (a bishop) and "قداسة" (a pope), folded. Kept out of the lexicon's honorifics, which the
 * tagger was trained with as a feature.
 */
const EXTRA_HONORIFIC_STEMS = ['مولانا', 'عطوفه', 'غبطه', 'نيافه', 'قداسه', 'الانبا', 'القمص', 'الارشمندريت'];

/** Honorifics, ranks, royal titles, "أول" and "د" in one set: asked of nearly every word. */
function honorificStems(): ReadonlySet<string> {
  honorificStemSet ??= new Set([...gazetteer().honorifics, ...foldedRanks, ...foldedRoyalTitles, 'اول', 'د', ...EXTRA_HONORIFIC_STEMS]);
  return honorificStemSet;
}

/**
 * Adjectives that belong to a title only right after its word: "الملكي" after "السمو" ("الديوان
 * الملكي", "الحرس الملكي" are bodies), "البحري" after a rank ("العميد البحري"; "والصيد البحري" is fishing).
 */
export function isTitleAdjectiveOutOfPlace(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  const previous = tokens[i - 1]?.folded;
  if (/^الملكيه?$/.test(word)) return previous !== 'السمو';
  return word === 'البحري' && !(previous !== undefined && foldedRanks.has(previous) && previous !== 'البحري');
}

/**
 * "المستشار الإعلامي", "المتحدث الصحفي": a courtesy title that is a nisba adjective ("الإعلامي"),
 * right after an office word, agrees with that office and qualifies it; it introduces no name.
 */
export function isOfficeNisba(tokens: readonly Token[], i: number): boolean {
  return i > 0 && /يه?$/.test(tokens[i].folded) && tokens[i].folded.startsWith('ال') && isOfficeWord(tokens[i - 1]) && gazetteer().honorifics.has(tokens[i].folded);
}

/**
 * "رئيس المكتب الإعلامي للحركة", "رئيس مجلس إدارة المدينة الإعلامية السعودية": a courtesy title
 * that is a nisba of a trade ("الإعلامي", "الصحفية"), right after a definite noun of a thing of the
 * same gender, agrees with that noun as its adjective; it introduces no name. (After a noun for a
 * person, "المدرب الإعلامي", it may still be the next person's trade.)
 */
export function isNisbaOfDefiniteThing(tokens: readonly Token[], i: number): boolean {
  const nisba = tokens[i]?.folded;
  const noun = tokens[i - 1];
  if (nisba === undefined || !TRADE_NISBA_TITLES.has(nisba.replace(/ه$/, ''))) return false;
  if (!noun?.isWord || !noun.folded.startsWith('ال') || stems(noun).length !== 1 || isOfficeWord(noun) || isPersonNoun(noun)) return false;
  return nisba.endsWith('يه') === noun.folded.endsWith('ه');
}

/** Courtesy titles that are nisba adjectives of a trade, masculine and folded. */
const TRADE_NISBA_TITLES = new Set(['الإعلامي', 'الصحفي', 'الصحافي'].map(fold));

/** A title that is the office itself when no fuller phrase is given ("الملك حسين", "السلطان قابوس"). */
export function isRulerTitle(word: string): boolean {
  return foldedRulerTitles.has(word);
}

/** A rank that makes its holder an official: an officer's, not a private's or corporal's. */
export function isRank(word: string): boolean {
  return foldedRanks.has(word) && !ENLISTED_RANKS.has(word);
}

/** Ranks of the rank and file ("الجندي عمر", "العريف سلطان"): an honorific, no public office. */
const ENLISTED_RANKS = new Set(['الجندي', 'العريف', 'الرقيب', 'الشرطي', 'الوكيل رقيب', 'الطيار'].map(fold));

/**
 * "مدرب الفريق فلان", "لاعب الفريق", "حارس الفريق": "الفريق" as the genitive of an indefinite noun of
 * a trade (one written as a title with the article: "المدرب فلان") is "the team", no rank; the rank
 * comes after a verb, a comma or a complete office ("رئيس الأركان الفريق فلان"). After an office
 * ("مساعد الفريق فلان") it stays the rank in the genitive (rankInGenitive).
 */
export function isTeamInConstruct(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const head = tokens[i - 1];
  if (word?.isWord === true && word.folded === TO_THE_TEAM) return isTeamAfterDefiniteNoun(tokens, i);
  // "نائب رئيس النجم الساحلي فلان", "مدرب النجم": a title that also heads a club's name ("النجم": the
  // star) in the genitive of an indefinite office is the club, as "الفريق" is the team.
  if (word?.isWord === true && isClubHeadWord(word.folded) && head?.isWord === true && !isDefinite(head) && isOfficeWord(head) && !stems(head).some((stem) => AIDES.has(stem))) return true;
  if (!word?.isWord || !/^و?الفريق$/.test(word.folded)) return false;
  if (isTeamWithAdjective(tokens, i)) return true;
  // ("زميله في الفريق فلان": after "في" the team one plays in; a rank there goes on, "الفريق أول".)
  if (head?.isWord === true && head.folded === IN && !isRankCompletedAt(tokens, i + 1)) return true;
  if (!head?.isWord || isDefinite(head)) return false;
  // "تدعيم الفريق بصفقتين", "استعداد الفريق": a verbal noun of a derived verb (forms II and X, whose
  // shapes no verb takes) has the team as its genitive; no name is listed in that shape but "توفيق".
  if (stems(head).some((stem) => DERIVED_VERBAL_NOUN.test(stem) && !isListedNameWord(stem))) return true;
  // "قائد الفريق فلان", "رئيس الفريق": an office head in the construct state with "الفريق" heads
  // the team; only an aide's office takes the general himself as its genitive ("مساعد الفريق فلان").
  if (isOfficeWord(head)) return !stems(head).some((stem) => AIDES.has(stem));
  return stems(head).some((stem) => gazetteer().honorifics.has(`ال${stem}`));
}

/** Ranks that also name a body or its head, folded: a brigade, a syndicate's head, a dean. */
const BODY_RANKS = new Set(['اللواء', 'النقيب', 'العميد']);

/**
 * ("نائب النقيب الدكتور فلان", "قائد اللواء العميد فلان", "قائد اللواء 52 العميد فلان": a rank
 * word that also names a body or its head, in the genitive of an indefinite office, is the body
 * ("the brigade", "the syndicate's head", "the dean") where another title or the brigade's number
 * follows it: no rank of the holder takes a second rank or a number after it.)
 */
export function isBodyRankInConstruct(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 1];
  const next = tokens[i + 1];
  if (!BODY_RANKS.has(tokens[i].folded) || head?.isWord !== true || isDefinite(head) || !isOfficeWord(head) || next === undefined) return false;
  if (/^[0-9٠-٩]+$/.test(next.text)) return true;
  return next.isWord && isHonorificWord(next) && !isRankCompletedAt(tokens, i + 1) && !isRankServiceAt(tokens, i + 1) && !isRetiredAfterRank(tokens, i + 1);
}

/**
 * "رئيس الفريق فلان", "نائب رئيس الفريق": "the team" as the genitive of a club's office is the body
 * whose office he holds, so the phrase runs on to the name. Only the captain ("قائد الفريق") is one
 * of its players, no officer of the club.
 */
function isClubOfficeTeam(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 1];
  return head?.isWord === true && isOfficeWord(head) && !stems(head).some((stem) => TEAM_PLAYERS.has(stem)) && isTeamInConstruct(tokens, i);
}

/** "للفريق": "ل" + "الفريق", its alef dropped in writing, folded. */
const TO_THE_TEAM = 'للفريق';

/**
 * "المدافع الأيمن للفريق فلان", "المنتدب الجديد للفريق فلان": "ل" + "الفريق" after a definite noun or
 * adjective completes it, "the team's"; it is no rank of the name after it. (The rank behind "ل"
 * goes on to its own complement, "للفريق أول فلان".)
 */
function isTeamAfterDefiniteNoun(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 1];
  if (head?.isWord !== true || !isDefinite(head) || stems(head).length !== 1 || isHonorificWord(head)) return false;
  return !isRankCompletedAt(tokens, i + 1);
}

/** Whether the word at `i` completes the rank "الفريق" before it ("أول", "الأول", "الركن"). */
function isRankCompletedAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  return next?.isWord === true && (RANK_ADJECTIVES.has(next.folded) || next.folded === 'اول');
}

/** The preposition "في", folded. */
const IN = 'في';

/** Office words that, with "الفريق" as their genitive, name a player ("قائد الفريق": the captain), folded. */
const TEAM_PLAYERS = new Set(['قائد'].map(fold));

/** Definite words that complete the rank "الفريق" ("الفريق الأول", "الفريق البحري"), folded. */
const RANK_ADJECTIVES = new Set(['الاول', 'الركن', 'البحري', 'الجوي', 'الطيار']);

/**
 * "الفريق الفرنسي", "الفريق الطبي": an adjective agrees with "the team"; the rank goes straight on to
 * the name or to its own complement ("الفريق الأول", "الفريق الركن") or another title ("الفريق الدكتور").
 */
function isTeamWithAdjective(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (isLegalRankAt(tokens, i + 1)) return false;
  return next?.isWord === true && isDefinite(next) && stems(next).length === 1 && !RANK_ADJECTIVES.has(next.folded) && !isHonorificWord(next) && !isOfficeWord(next);
}

/** The next name start at or after i within a short honorific chain (or tokens.length). */
export function nameStartAfter(tokens: readonly Token[], i: number, isName: IsNameToken): number {
  let j = i;
  // "رئيس الجمهورية | الرئيس عبدالفتاح السيسي": a bare title right before the name opens it too.
  // ("نائب النقيب | الدكتور فلان": nor a rank that names a body after an office, isBodyRankInConstruct.)
  while (j < tokens.length && j - i < 5 && !isName(j) && !isOfficeNisba(tokens, j) && !isTitleAdjectiveOutOfPlace(tokens, j) && !isClubOfficeTeam(tokens, j) && !isBodyRankInConstruct(tokens, j) && (isHonorificAt(tokens, j) || tokens[j].text === '.' || (hasTrait(tokens[j], PERSON_TITLE) && isDefinite(tokens[j])) || isRetiredAfterRank(tokens, j))) j++;
  // "رئيس الفرقة | النقيب، فلان": the name's title may be set off from it by a comma.
  if (j > i && (tokens[j]?.text === '،' || tokens[j]?.text === ',') && isName(j + 1) && honorificBeforeComma(tokens, j + 1) !== null) return j + 1;
  return j < tokens.length && isName(j) && j > i ? j : -1;
}

/** "تفعيل" and "استفعال": the verbal nouns of the second and tenth forms, folded. */
const DERIVED_VERBAL_NOUN = /^(?:ت..ي.|است..ا.)$/;

/** Offices whose genitive is the person they serve ("مساعد الفريق فلان", "مستشار الرئيس"), folded. */
const AIDES = new Set(['مساعد', 'مساعده', 'مستشار', 'مستشاره', 'نايب', 'نايبه', 'مرافق', 'سكرتير', 'ممثل', 'مبعوث']);

/**
 * "وقال الأستاذ المحامي، فلان", "الدكتورة، فلانة": the honorific set off from the name by a comma,
 * as [start, end) without the comma, or null. Only honorific words stand before the comma: an office
 * there ("المدير العام، فلان") is an apposition the office grammar reads.
 */
export function honorificBeforeComma(tokens: readonly Token[], nameStart: number): { start: number; end: number } | null {
  const comma = tokens[nameStart - 1];
  if (comma === undefined || (comma.text !== '،' && comma.text !== ',')) return null;
  return honorificBefore(tokens, nameStart - 1);
}
