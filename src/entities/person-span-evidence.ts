/** Whether a tidied person span holds up as a name (hasNameEvidence), and the title before it. */
import { isBoardHeadMention } from './board-heads.js';
import { isOfficialBySurnameSlot } from './official-surname-slots.js';
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { isCommonWord, isDualOfCommonWord, isFeminineOrPlainDual, isOfficeWithPronoun, isOrdinaryWord, isPlaceWord } from './ordinary-words.js';
import { gazetteer } from './gazetteer.js';
import { foldedClubTailsBeforeNationality, foldedForeignMediumLeads, foldedForeignOrganizationTails, foldedLeadingNameParts, foldedMediaHeads, foldedNamedAfterHeads, foldedNameQualifiers, foldedWeakNameParts, isHonorificWithPronoun } from './lexicon.js';
import { isIndefiniteFeminineNisba, isOfficeOrPersonTitle, isOfficeWord } from './office-words.js';
import { honorificBefore } from './honorific-titles.js';
import { roleBefore } from './role-before.js';
import { gluedHonorificLength, isTitleWord, type Span } from './spans.js';
import { isOfficeStart } from './office-start.js';
import { officePhraseEnd } from './office-phrase.js';
import { isComma } from './located.js';
import { isOftenANameInNews, personShareBucket } from './tagger.js';
import { isSeldomAName } from './prepositional-words.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isParticle } from './lexicon.js';
import { isDefiniteNounWithNisba } from './definite-noun-phrases.js';
import { FORGIVEN_EPITHETS, RULER_EPITHETS } from './ruler-epithets.js';
import type { Token } from './tokenize.js';
import { OPENING_QUOTES } from './quote-marks.js';
import { KUNYA_HEADS, TRIBAL_NAME_HEADS } from './name-parts.js';
import { isPlaceWordGivenNameAt } from './place-word-given-names.js';
import { isInUntitledTeamName } from './team-names.js';
import { isSoundPluralInConstruct } from './plural-constructs.js';
import { isPlayingSideAt } from './playing-positions.js';
import { isSecondPersonPhrase } from './second-person-phrases.js';
import { isBodyShortNameAt, isInListOfThingsAt } from './bracketed-thing-names.js';
import { isPredicateAfterPronounCopula } from './predicate-adjectives.js';
import { isDecreeLineName } from './list-entry-names.js';
import { isThingNamedAt } from './naming-names.js';
import { isAnimalSpan } from './animal-nouns.js';
import { isQuotedAfterAttribution } from './attributed-sources.js';
import { isDescriptionOfQuotedName, isQuotedTitleAt, opensQuoteBefore } from './quoted-titles.js';
import { isAfterDefiniteThingHead, isAfterDescribedInstitutionHead, isAfterHyphenedPlaceName, isAfterNumberedInstitutionName, isWeaponOrRemedyHead, isAfterRegionHead, isInGroupName, isPlaceOrBodyHead, isPlaceOrBodyHeadWord } from './named-thing-heads.js';

/** The words that name a foreign medium's Arabic edition after its name ('"هاف بوست عربي"'), folded. */
const ARABIC_EDITION_WORDS = new Set(['عربي', 'عربية', 'العربي', 'العربية'].map(fold));

/** A listed given name written with a final "ة" (diacritics aside, a list's "و" allowed): "أمينة", "وأمينة". */
function isGivenNameWithTaMarbuta(token: Token): boolean {
  return /ة[\u064b-\u0652]*$/.test(token.text) && procliticReadings(token).some(({ stem }) => !stem.startsWith('ال') && isListedGivenName(stem));
}

/**
 * Whether a person span holds up as a name: after a title, honorific or office it does; otherwise
 * not every one of its words may be an ordinary word or verb ("وعضوية", "نعول"), and a word with
 * "الله" alone ("توفيق الله", God's grace) is a name only after a title.
 */
/** "، القاضي" at `i`: a definite title right after a comma that closes an office phrase before it. */
export function isTitleAfterOfficeComma(tokens: readonly Token[], i: number): boolean {
  const title = tokens[i];
  if (title?.isWord !== true || !title.folded.startsWith('ال') || !isTitleWord(title) || !isComma(tokens[i - 1])) return false;
  for (let head = i - 2; head >= 0 && i - 1 - head <= MAX_OFFICE_BEFORE_COMMA; head--) if (isOfficeStart(tokens, head) && officePhraseEnd(tokens, head) === i - 1) return true;
  return false;
}

/** The longest office phrase looked for before such a comma. */
const MAX_OFFICE_BEFORE_COMMA = 8;

export function hasNameEvidence(tokens: readonly Token[], span: Span, repeatedNameWords: ReadonlySet<string>): boolean {
  const before = tokens[span.start - 1];
  if (span.skip > 0 && gluedHonorificLength(tokens[span.start]) > 0) return true;
  const titleEnd = afterQualifiers(tokens, span.start);
  const title = tokens[titleEnd - 1];
  // "رئيس الجمهورية الأسبق أمين الجميل": a whole office phrase (office, complement, qualifier) ending
  // right before the span titles it too.
  // ("3- سليمة زروقي والية لولاية تيبازة": a decree's line gives the name its place as a title would.)
  // ("رئيس الهيئة، القاضي | الهادي الأمين،": so does a definite title set off by an office's comma.)
  const titled = honorificBefore(tokens, titleEnd) !== null || (title !== undefined && isOfficeOrPersonTitle(title)) || roleBefore(tokens, span.start) !== null || isDecreeLineName(tokens, span.start, span.end) || isTitleAfterOfficeComma(tokens, span.start - 1);
  const words = tokens.slice(span.start, span.end).map((token) => token.folded);
  // ("أمينة فلان": a given name written with "ة" carries no pronoun "ه", though it folds like "أمين" + "ه";
  // "النقيبة" is still the title.) ("مريم سلطاني": nor a word after the first the news mostly takes
  // for a person, a family nisba, though it spells "my sultan" or an office with "my".) ("الدكتور
  // بهروز أميني": nor one after the first word of a name an honorific opens, where no one says "my".)
  const afterHonorific = honorificBefore(tokens, titleEnd) !== null;
  const familyNisba = (token: Token, k: number): boolean => k > 0 && (afterHonorific || personShareBucket(token.folded) >= 2);
  if (tokens.slice(span.start, span.end).some((token, k) => ((isOfficeWithPronoun(token.folded) && !isGivenNameWithTaMarbuta(token)) || isHonorificWithPronoun(token.folded)) && !familyNisba(token, k))) return false;
  // ("حكومة الشاهد", "الغنوشي : ...": a listed official's definite family name in a person's slot; official-surname-slots.ts.)
  if (words.length === 1 && span.skip === 0 && isOfficialBySurnameSlot(words[0], [{ tokens, start: span.start, end: span.end }])) return true;
  // "وصدر بالرائد الرسمي للجمهورية أمر حكومي": "الرائد" (major) + "الرسمي" is the official gazette, no rank.
  if (isGazetteBefore(tokens, span.start)) return false;
  // ("الدروع التذكارية": definite-noun-phrases.ts.)
  if (!titled && isDefiniteNounWithNisba(words)) return false;
  // "وأشار بيان المسؤول الأممي إلى": a lone word the news seldom writes as a person ("بيان"), right
  // before a definite office, is in construct with it (the official's statement), no name in apposition.
  const after = tokens[span.end];
  if (!titled && words.length === 1 && span.skip === 0 && after?.isWord === true && after.folded.startsWith('ال') && isOfficeWord(after) && personShareBucket(words[0]) === 0) return false;
  // "حصتين تدريبيتين" (two training sessions): a feminine dual noun and the dual nisba agreeing with it.
  if (words.length === 2 && /ت(?:ين|ان)$/.test(words[0]) && /يت(?:ين|ان)$/.test(words[1])) return false;
  // "أول زعيمة | أجنبية تزور": an indefinite feminine nisba after an indefinite office agrees with it.
  if (before?.isWord && !before.folded.startsWith('ال') && isOfficeWord(before) && isIndefiniteFeminineNisba(tokens[span.start])) return false;
  // "أمير البلاد المفدى", "ملك البلاد المعظم": an epithet of a ruler after his office names no one.
  if (words.every((word) => RULER_EPITHETS.has(word))) return false;
  // ("جلالة المغفور له الملك محمد الخامس": "the late" with its "له" is no name either.)
  if (words.length === 1 && FORGIVEN_EPITHETS.has(words[0]) && /^(?:له|لها)$/.test(tokens[span.end]?.folded ?? '')) return false;
  // "لحسن الحظ", "لسوء الحظ" (fortunately, unfortunately): "luck" after a noun with a preposition.
  if (words.length === 2 && words[1] === LUCK && /^[وف]?[لب]/.test(tokens[span.start].folded)) return false;
  // "مقرها الرئيس بحي الملقا", "الملك بوسام الملك فيصل": a span opening with the head of a place or
  // body ("حي", "وسام", with or without a preposition) is that place's name, even after a title.
  // ("وسام بوعفيف": not a head that is also a given name.)
  // ("وذكر راديو "صوت أمريكا"": so does one opening with the head of a medium's or a company's name.)
  if ((isPlaceOrBodyHeadWord(words[0]) || foldedMediaHeads.has(words[0])) && !isListedGivenName(words[0])) return false;
  // "مسرحية "الملك لير"", "بعنوان "الأمير سلطان رجل الدولة"": a title and a name opening a quoted
  // title of a work or a campaign name that work, not the person.
  // (Not after an office: "مدير المهرجان "فلان"" quotes the holder's name.)
  const honorificChain = honorificBefore(tokens, titleEnd);
  if (honorificChain !== null && isQuotedTitleAt(tokens, honorificChain.start)) return false;
  // "هافينغتون بوست", "شركة "وول مارت"", "ديلي ميل": the name of a company or a medium.
  // ("يانغ سبورت الكامروني": the tail may come before the club's nationality.)
  // ("هاف بوست عربي", "بزنس نيوز عربية": a medium's Arabic edition puts "عربي" after the tail.)
  const beforeEdition = words.length >= 2 && ARABIC_EDITION_WORDS.has(words[words.length - 1]);
  const beforeAdjective = (words.length > 2 && words[words.length - 1].startsWith('ال')) || beforeEdition;
  const tail = beforeAdjective ? words[words.length - 2] : words[words.length - 1];
  const clubTail = beforeAdjective && foldedClubTailsBeforeNationality.has(tail);
  if (!titled && (foldedForeignOrganizationTails.has(tail) || clubTail || procliticReadings(words[0]).some(({ stem }) => foldedForeignMediumLeads.has(stem)) || isAfterMediaHead(tokens, span.start))) return false;
  // ('وحسب "فرانس أويست"': a quote after "according to" names the source cited; attributed-sources.ts.)
  if (!titled && isQuotedAfterAttribution(tokens, span.start)) return false;
  // "ولاية بن عروس", "بمستشفى ابن الجزار", "بمعهد المنجي سليم": a place or an institution named
  // after a person (or a place) is not that person.
  // ("وبطولة فلانة" credits the star of a film: a tournament is named after a title, "بطولة الملك فلان".)
  // ("في 40 مباراة والويلزي فلان": a conjunction on the name joins it to what is before, no complement.)
  const conjoined = span.skip > 0 && /^[وف]/.test(tokens[span.start].folded);
  // ("هيئة فلان الفلاني": the board named for its president; board-heads.ts.)
  const board = isBoardHeadMention(tokens, span.start, span.end);
  if (!titled && !conjoined && !board && before !== undefined && procliticReadings(before).some(({ stem }) => isPlaceOrBodyHead(stem) && stem !== 'بطوله')) return false;
  // ("قرى أولاد علوان – أولاد عبد الله": the name after "أولاد" left out of the span is no person's: with
  // it, it names a place or a tribe. Not after a definite word, maybe a definite given name before a
  // family name that opens with "أولاد" ("الصغير أولاد أحمد"); one after a listed name is taken whole.)
  const beforeTribalHead = tokens[span.start - 2];
  if (!titled && before !== undefined && procliticReadings(before).some(({ stem }) => TRIBAL_NAME_HEADS.has(stem)) && !beforeTribalHead?.folded.startsWith('ال')) return false;
  // ("معتمد بئر علي بن خليفة": a region's head after an office still heads a place.)
  if (isAfterRegionHead(tokens, span.start)) return false;
  // ("سلاح كلاشينكوف", "فيروس زيكا": a span opening with a weapon's or a virus's head; named-thing-heads.ts.)
  if (!titled && span.skip === 0 && isWeaponOrRemedyHead(tokens[span.start])) return false;
  // ("مطار فلان-علان الدولي": the second part of a place's hyphened name; named-thing-heads.ts.)
  if (!titled && isAfterHyphenedPlaceName(tokens, span.start)) return false;
  // ("بجامعة وهران 2 محمد بن أحمد": a numbered university's own name; named-thing-heads.ts.)
  if (!titled && isAfterNumberedInstitutionName(tokens, span.start)) return false;
  if (!titled && isInGroupName(tokens, span.start)) return false;
  // ('"حضر روحك لدار خالتك"': a saying addressed to "you"; second-person-phrases.ts.)
  if (!titled && isSecondPersonPhrase(words)) return false;
  // ("ظهير أيمن": the side of a player's position; playing-positions.ts.)
  if (isPlayingSideAt(tokens, span.start)) return false;
  // ("معتصمو الكامور": a plural in the construct state; plural-constructs.ts.)
  if (!titled && isSoundPluralInConstruct(words[0])) return false;
  // ("بفريق يونغ سبورتس": a team's name after the indefinite "فريق"; team-names.ts.)
  if (!titled && isInUntitledTeamName(tokens, span.start)) return false;
  // "شارع أبي عبيدة بن الجراح", "مدرسة ابن خلدون": the same with the kunya or "ابن" that opens the name.
  const beforeKunya = tokens[span.start - 2];
  if (!titled && before !== undefined && OPEN_NAME_PARTS_BEFORE.has(before.folded) && beforeKunya?.isWord && !beforeKunya.folded.startsWith('ال') && procliticReadings(beforeKunya).some(({ stem }) => isPlaceOrBodyHead(stem))) return false;
  // "بدار الثقافة ابن رشيق", "مدرسة الشهيد فلان": the head and a definite complement, then the name.
  const head = tokens[span.start - 2];
  if (!titled && before?.isWord && before.folded.startsWith('ال') && head?.isWord && (procliticReadings(head).some(({ stem }) => stem === 'دار' || foldedNamedAfterHeads.has(stem)) || isGovernedDefiniteHead(tokens, span.start - 2))) return false;
  // ("أمام المدرسة الابتدائية فلان": the head may be definite, with its nisbas between; named-thing-heads.ts.)
  if (!titled && isAfterDescribedInstitutionHead(tokens, span.start, span.end)) return false;
  // ("6 سفن نقل ( فلان و علان )", "مركز الدراسات (فلانة)": a list of things, a body's short name; bracketed-thing-names.ts.)
  if (!titled && (isInListOfThingsAt(tokens, span.start) || isBodyShortNameAt(tokens, span.start, span.end))) return false;
  // ('مركب صيد يدعى "فلانة"': a craft or a place named with "يدعى"; naming-names.ts.)
  if (!titled && isThingNamedAt(tokens, span.start)) return false;
  // ("نمر يهاجم حارسة", 'قط "فلاني"': an animal's noun alone or opening the span; animal-nouns.ts.)
  if (!titled && isAnimalSpan(tokens, span.start, span.end)) return false;
  // ('أنه "سيبقى حامي الديار"': the predicate of a copula whose subject is a pronoun; predicate-adjectives.ts.)
  if (!titled && isPredicateAfterPronounCopula(tokens, span.start)) return false;
  // ("وصلت السفينة فلانة", "عرض الفيلم فلان": a definite vessel's or work's head in apposition; named-thing-heads.ts.)
  if (!titled && isAfterDefiniteThingHead(tokens, span.start)) return false;
  // "فيلم "فلان"", "بنهج "فلان"": a quoted title after the head of a work or a street names that.
  // ('مرددين «سيب فلان»', 'بقولها "..."': so does a quote of what is chanted or said.)
  if (!titled && (isQuotedTitleAt(tokens, span.start) || isQuotedSpeechAt(tokens, span.start))) return false;
  // ('موقع "فلان" الخبري المصري': nisbas after a closing quote describe the thing quoted; quoted-titles.ts.)
  if (!titled && isDescriptionOfQuotedName(tokens, span.start, span.end)) return false;
  // ... but "وأكد نصر الله أن": after a verb of saying, with a first word the news often uses as a
  // name, it is the speaker's name.
  const sayer = before !== undefined && procliticReadings(before).some(({ stem }) => gazetteer().personVerbs.has(stem)) && isOftenANameInNews(words[0]);
  if (words.length === 2 && words[1] === 'الله' && !foldedLeadingNameParts.has(words[0]) && !titled && !sayer) return false;
  // "ملك البحرين حفظه الله", "رعاه الله": a verb with an object pronoun before "الله" is a prayer for
  // the one just named, even right after his office (no name ends in the written pronoun "ه").
  if (words.length === 2 && words[1] === 'الله' && words[0].length >= 4 && /(?:ه|ها|هما)[\u064b-\u0652]*$/.test(tokens[span.start].text)) return false;
  // The word after "عبد", "أبو", "بن", "آل" is a name part whatever it means alone ("عبد الكافي").
  // "قناة فوكس نيوز", "بيونغ يانغ": a span opening with a place or body word names no person, nor
  // does one opening with a known organization or place ("داعش الإرهابي").
  const gaz = gazetteer();
  // ("تشاد هيرلي": not a place word before a foreign name word, place-word-given-names.ts.)
  if (!titled && procliticReadings(words[0]).some(({ stem }) => gaz.organizations.has(stem) || gaz.places.has(stem)) && !(words.length === 2 && span.skip === 0 && isPlaceWordGivenNameAt(tokens, span.start))) return false;
  const stem = span.skip > 0 ? fold(tokens[span.start].text.slice(span.skip)) : words[0];
  // "مسؤولية وفاة المرأة": a common word read as "و" + a stem ("فاة") that no name list knows is
  // that common word, not a conjunction before a name.
  if (span.skip > 0 && isCommonWord(words[0]) && !isCommonWord(stem) && !isListedNameWord(stem)) return false;
  if (!titled && isPlaceWord(stem) && !words.some((word) => gaz.firstNames.has(word) || gaz.familyNames.has(word))) return false;
  // "أبو عبد الله", "عبد الله الثاني": "عبد" + a name, and a kunya on one, are names though each of
  // their words is a weak part.
  const compound = words.some(
    (word, i) =>
      i > 0 &&
      foldedLeadingNameParts.has(words[i - 1]) &&
      (!foldedWeakNameParts.has(word) || words[i - 1] === 'عبد' || (KUNYA_HEADS.has(words[i - 1]) && word === 'عبد' && i + 1 < words.length)),
  );
  // A word the tagger takes for a person all through the article is a name there ("وشددت رايس",
  // "التقت رايس" though "رايس" is also a dialect word for "president").
  // "فيلمين قصيرين": the dual or plural of a common noun is no name, however often the tagger says so.
  const repeatedName = (word: string): boolean => repeatedNameWords.has(word) && !isDualOfCommonWord(word);
  // "جلستين عامتين": a noun and its adjective agreeing in the dual are no name; so behind a
  // preposition or conjunction on the noun ("بصفقتين أجنبيتين").
  const dualAfterClitic = (word: string): boolean => procliticReadings(word).some(({ removed, stem }) => removed > 0 && isFeminineOrPlainDual(stem));
  if (words.length >= 2 && words.every((word, i) => isFeminineOrPlainDual(word) || (i === 0 && dualAfterClitic(word)))) return false;
  // "وقال بلهجة متحدية", "بنبرة حادة": untitled, "ب"/"ل" on a noun, both of which the news sees
  // often and (almost) never as a person, then a word it never takes for a person or sees too seldom
  // to tell (the adjective), none of them a known name, is a prepositional phrase, no name.
  if (!titled && words.length === 2 && span.skip === 0 && isPrepositionOnSeldomName(words[0]) && !repeatedName(words[1]) && !isListedNameWord(words[1]) && personShareBucket(words[1]) <= 0) return false;
  return compound || (sayer && words.length === 2 && words[1] === 'الله') || words.some((word, k) => !foldedWeakNameParts.has(word) && (repeatedName(word) || !isOrdinaryWord(word, titled, tokens[span.start + k].text)));
}

/** "بلهجه": "ب"/"ل" on a stem of three letters or more, the word and the stem seldom a name in the news (isSeldomAName). */
function isPrepositionOnSeldomName(word: string): boolean {
  return /^[بل]...+$/.test(word) && !word.startsWith('ال') && isSeldomAName(word) && isSeldomAName(word.slice(1));
}

const GAZETTE = ['الرايد', 'الرسمي'];

/** Words of "الرائد الرسمي للجمهورية التونسية" and the like, looked back over. */
const MAX_GAZETTE_PHRASE = 6;

/** Whether the office phrase before `start` is the official gazette ("الرائد الرسمي", "بالرائد الرسمي للجمهورية"). */
function isGazetteBefore(tokens: readonly Token[], start: number): boolean {
  // (Looked for only where the word is near: the office phrase is sought again otherwise.)
  if (!tokens.slice(Math.max(0, start - MAX_GAZETTE_PHRASE), start).some((token) => token.folded.endsWith(GAZETTE[0]))) return false;
  const role = roleBefore(tokens, start);
  return role !== null && tokens[role.start + 1]?.folded === GAZETTE[1] && procliticReadings(tokens[role.start]).some(({ stem }) => stem === GAZETTE[0]);
}

/** Where a title before `start` would end: before the qualifiers ("الراحل", "السابق") between them. */
export function afterQualifiers(tokens: readonly Token[], start: number): number {
  let i = start;
  while (i > 1 && foldedNameQualifiers.has(tokens[i - 1].folded)) i--;
  return i;
}

/** Kunya heads and "ابن" written before the rest of a name ("أبي عبيدة", "ابن خلدون"), folded. */
const OPEN_NAME_PARTS_BEFORE = new Set(['ابو', 'ابي', 'ابا', 'ابن']);

/** Words of the head's description looked at before a quoted name ("صحيفة ألمانية واسعة الانتشار "فلان""). */
const MAX_HEAD_ADJECTIVES = 4;

/**
 * Whether a span follows the head of a company or medium's name, a quote mark allowed between; before
 * a quote mark, the head's adjectives or complement too ("وكالة الترقيم الدولي "فيتش"", "صحيفة
 * ألمانية واسعة الانتشار "دي فيلت"").
 */
function isAfterMediaHead(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  if (i < 0 || !OPENING_QUOTES.has(tokens[i].text)) return i >= 0 && foldedMediaHeads.has(tokens[i].folded);
  // ('نجمة "تلفزيون الواقع" فلان': a straight quote with none shortly after closes a quote.)
  if (!opensQuoteBefore(tokens, start)) return foldedMediaHeads.has(tokens[i - 1]?.folded ?? '');
  i--;
  for (let k = 0; k <= MAX_HEAD_ADJECTIVES && i >= 0 && tokens[i].isWord; k++, i--) {
    // ("الموقع الإلكتروني "ساينس ديلي"": the head with the article and its adjective.)
    if (foldedMediaHeads.has(tokens[i].folded) || (k > 0 && foldedMediaHeads.has(tokens[i].folded.replace(/^ال/, '')))) return true;
    if (!isHeadDescriptionWord(tokens, i)) return false;
  }
  return false;
}

/**
 * Whether the word at i may describe a head before it: a definite word ("الدولي"), an indefinite
 * adjective agreeing with a feminine head ("ألمانية", "ساخرة"), or an adjective with its definite
 * genitive ("واسع الانتشار"). (A verb after the head, "قناة نسمة استضافت", ends the description.)
 */
function isHeadDescriptionWord(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  if (word.startsWith('ال')) return true;
  if (isParticle(tokens[i])) return false;
  return /(?:ي|ه)$/.test(word) || (tokens[i + 1]?.folded.startsWith('ال') ?? false);
}

const LUCK = fold('الحظ');

/**
 * Words that introduce a quote of what is chanted or said, not who says it (folded, a closed class):
 * "مرددين «...»", "هتفوا "..."", "قائلا "..."", "بقولها "..."".
 */
const SPEECH_OPENERS = new Set(['مرددين', 'مردده', 'رددوا', 'ردد', 'رددت', 'هاتفين', 'هتفوا', 'هتف', 'هتفت', 'قايلا', 'قايله', 'بقوله', 'بقولها', 'بقولهم']);

/** Whether the words from `start` open a quote right after a word that introduces what is chanted or said. */
function isQuotedSpeechAt(tokens: readonly Token[], start: number): boolean {
  const quote = tokens[start - 1];
  if (quote === undefined || !OPENING_QUOTES.has(quote.text)) return false;
  const opener = tokens[start - 2];
  return opener !== undefined && opener.isWord && SPEECH_OPENERS.has(opener.folded.replace(/^[وف]/, ''));
}

/**
 * "إلى المستشفى الجهوي الحسين بوزيان", "بالمعهد النموذجي فلان": the head of a named-after place with
 * the article, after a preposition, and its adjective: the name after them is the place's. (Without
 * the preposition, "لاعب النادي الإفريقي فلان", the head may complete the person's description.)
 */
function isGovernedDefiniteHead(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i];
  const before = tokens[i - 1];
  const governed = before !== undefined && before.isWord && isParticle(before);
  return procliticReadings(head).some(({ stem, removed }) => stem.startsWith('ال') && foldedNamedAfterHeads.has(stem.slice(2)) && (governed || /[بل]/.test(head.folded.slice(0, removed))));
}
