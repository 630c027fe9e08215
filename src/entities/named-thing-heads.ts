/** Heads of the names of places, bodies, businesses, groups and made things, whose name may be a person's. */
import { fold } from '../text/normalize.js';
import { procliticReadings, readingInList, type Reading } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedMediaHeads, foldedNamedAfterHeads, isParticle } from './lexicon.js';
import { BODY_HEAD, isBodyNameAt } from './body-names.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { isGluedHyphenAt, type Token } from './tokenize.js';
import type { WordRecord } from './word-memo.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';
import type { BlockTokens } from './extract-types.js';
import { isLeadershipNoun } from './leadership-nouns.js';
import { isOfficeOrPersonTitle } from './office-words.js';
import { isTeamHeadWord, readsAsTeamHead, teamHeadBefore } from './team-names.js';
import { isCommonWord, isPlaceWord } from './ordinary-words.js';

/** "فندق «ريجينت بالاس»", "مطعم فلان": heads of businesses, whose name may be a person's (folded; a closed class). */
const BUSINESS_HEAD_WORDS = new Set(['فندق', 'نزل', 'مطعم', 'مقهي', 'منتجع', 'ملهي', 'متجر', 'مصنع']);

/** Heads of a region's name ("ولاية بن عروس", "معتمدية الرقاب"). */
const PLACE_HEAD_WORDS = new Set(['ولايه', 'معتمديه', 'بلديه', 'محافظه', 'منطقه', 'قريه', 'بلده', 'اقليم', 'حي', 'مقاطعه', 'مخيم', 'جزيره', 'ناحيه']);

/**
 * "معتمديتي منزل فلان والمكناسي", "ولايات فلان وعلان": the dual in the construct state and the plural
 * of a feminine region head head the names of two or more regions just as the singular does.
 */
const REGION_HEAD_DUALS_AND_PLURALS = new Set(
  [...PLACE_HEAD_WORDS].filter((word) => word.endsWith('ه') && word !== 'محافظه').flatMap((word) => [`${word.slice(0, -1)}تي`, `${word.slice(0, -1)}ات`]),
);

/**
 * Heads of the names of towns and villages that are no office ("بئر علي بن خليفة", "ساقية سيدي
 * يوسف", "حاسي مسعود", "شط مريم", "خور عبد الله"): a well, a water channel, a shore, an inlet.
 * Folded, a closed class.
 */
const TOWN_HEAD_WORDS = new Set(['بير', 'ساقيه', 'حاسي', 'شط', 'خور']);

/**
 * Heads of towns named after a saint or a house ("سيدي علي بن عون", "دار شعبان الفهري"): only
 * before a name the span does not open with ("سيدي محمد ولد فلان" may be a man's whole name).
 */
const SAINT_TOWN_HEADS = new Set(['سيدي', 'دار']);

/**
 * Whether the word right before `start` heads the name of a region or town ("ولاية بن عروس",
 * "معتمد بئر علي بن خليفة"): what follows is that place's name even after an office, for the head
 * stands between the office and the name. ("محافظة" is also a woman governor: not that one.)
 */
export function isAfterRegionHead(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start - 1];
  if (head === undefined || !head.isWord) return false;
  return isRegionHead(head) || isTownHeadAfterRegionHead(tokens, start - 1) || isTownHeadAfterPlace(tokens, start - 1);
}

function isRegionHead(head: Token): boolean {
  // ("بحي": a two-letter head has no proclitic reading of its own.)
  const short = /^[وف]?[بل]?(..)$/.exec(head.folded);
  if (short !== null && PLACE_HEAD_WORDS.has(short[1])) return true;
  return procliticReadings(head.folded).some(({ stem }) => stem !== 'محافظه' && (PLACE_HEAD_WORDS.has(stem) || REGION_HEAD_DUALS_AND_PLURALS.has(stem) || TOWN_HEAD_WORDS.has(stem) || SAINT_TOWN_HEADS.has(stem)));
}

/** Heads of a town's two-word name that are also common nouns ("منزل": a house), folded: a closed class. */
const COMMON_TOWN_HEADS = new Set(['منزل', 'عين', 'حمام', 'قصر', 'وادي', 'راس', 'دوار']);

/** The same heads behind "و" ("ومنزل"): looked up whole, for every word of the article is asked. */
const COMMON_TOWN_HEADS_AFTER_WAW = new Set([...COMMON_TOWN_HEADS].map((head) => `و${head}`));

/**
 * "معتمدية منزل بوزيان", "بلدية عين دراهم": after a region's head, "منزل" is a town's head, not "the
 * house of" someone ("منزل فلان"); the name after it is the town's.
 */
function isTownHeadAfterRegionHead(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return COMMON_TOWN_HEADS.has(tokens[i].folded) && before !== undefined && before.isWord && (isRegionHead(before) || procliticReadings(before.folded).some(({ stem }) => stem === 'مدينه'));
}

/**
 * "في المكناسي ومنزل بوزيان", "بين قليبية و منزل تميم": joined by "و" to a town the news names after
 * "في", "منزل" heads the next town's name (one's house is joined to another house or person). A
 * town's name after such a head is one word ("عبد" + one more); "سوسة ومنزل فلان علان رئيس البلدية"
 * is a man's house.
 */
function isTownHeadAfterPlace(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i];
  const glued = COMMON_TOWN_HEADS_AFTER_WAW.has(head.folded);
  if (!glued && !(COMMON_TOWN_HEADS.has(head.folded) && tokens[i - 1]?.folded === 'و')) return false;
  const place = tokens[glued ? i - 1 : i - 2];
  if (place === undefined || !place.isWord || !procliticReadings(place).some(({ stem }) => isPlaceWord(stem) && !isCommonWord(stem))) return false;
  const nameEnd = i + (tokens[i + 1]?.folded === 'عبد' ? 3 : 2);
  const after = tokens[nameEnd];
  return after === undefined || !after.isWord || isParticle(after) || after.folded.startsWith('و');
}

/** Heads of the names of armed groups and factions ("كتيبة", "جماعة"), folded: a closed class. */
const GROUP_HEAD_WORDS = new Set(['كتيبه', 'كتايب', 'جماعه', 'سرايا', 'فصيل', 'فيلق', 'ميليشيا', 'مليشيا', 'ميليشيات', 'مليشيات']);

/** Whether a folded stem heads the name of a place, a body, a business or a named-after place ("حي", "مستشفى"). */
export function isPlaceOrBodyHead(stem: string): boolean {
  return foldedNamedAfterHeads.has(stem) || PLACE_HEAD_WORDS.has(stem) || TOWN_HEAD_WORDS.has(stem) || BUSINESS_HEAD_WORDS.has(stem);
}

/** The same for a word with its proclitics: two-letter heads ("بحي") have no reading of their own. */
export function isPlaceOrBodyHeadWord(folded: string): boolean {
  const short = /^[وف]?[بل]?(..)$/.exec(folded);
  return (short !== null && isPlaceOrBodyHead(short[1])) || procliticReadings(folded).some(({ stem }) => isPlaceOrBodyHead(stem));
}

/** "كتيبة", "لميليشيا" (read through its clitics): the head of an armed group's name. */
export function isGroupHeadWord(token: Token): boolean {
  return token.isWord && procliticReadings(token).some(({ stem }) => GROUP_HEAD_WORDS.has(stem));
}

/**
 * "بكتيبة عقبة | ابن نافع", "لجماعة | نورالدين زنكي": whether a span stands in the name of an armed
 * group, right after its head or after one more word of the name (the tagger may cut it there).
 */
export function isInGroupName(tokens: readonly Token[], start: number): boolean {
  const isGroupHead = (token: Token | undefined): boolean => token !== undefined && isGroupHeadWord(token);
  // ('بكتيبة "عقبة بن نافع"': the name may be quoted after the head.)
  if (start >= 2 && OPENING_QUOTES.has(tokens[start - 1].text) && isGroupHead(tokens[start - 2])) return true;
  const between = tokens[start - 1];
  return isGroupHead(between) || (between !== undefined && between.isWord && !between.folded.startsWith('ال') && isGroupHead(tokens[start - 2]));
}

/**
 * Whether a span follows the head of the name of a body, a place, a medium or an armed group (a
 * quote mark allowed between): "جامعة محمد الخامس", "لجماعة نور الدين زنكي", "كتيبة "أبو بكر"".
 */
export function isAfterNamedThingHead(tokens: readonly Token[], start: number): boolean {
  let i = start - 1;
  if (i >= 0 && OPENING_QUOTES.has(tokens[i].text)) i--;
  const head = tokens[i];
  if (i < 0 || !head.isWord) return false;
  // ("برئاسة يوسف الشاهد", "رئاسة أوباما": a noun of leadership names who leads; leadership-nouns.ts.)
  return procliticReadings(head).some(
    ({ stem }) => !isLeadershipNoun(stem) && (isPlaceOrBodyHead(stem) || GROUP_HEAD_WORDS.has(stem) || gazetteer().organizationHeads.has(stem) || foldedMediaHeads.has(stem)),
  );
}

/**
 * "مطار فلان-علان الدولي", "جامعة فلان-علان": the part of a hyphened name after the hyphen, the
 * first part right after the head of a place or body, is that place's name too (the tagger may take
 * the second part alone for a person). Only a hyphen written between the two parts without spaces:
 * a spaced dash separates the entries of a list ("وسام فلان - علان الفلاني": two players).
 */
export function isAfterHyphenedPlaceName(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start - 3];
  return isGluedHyphenAt(tokens, start - 1) && head?.isWord === true && isPlaceOrBodyHeadWord(head.folded);
}

/**
 * "بجامعة وهران 2 محمد بن أحمد": a university numbered after its town ("جامعة الجزائر 3") may be
 * named after someone too; the name after the number is the university's.
 */
export function isAfterNumberedInstitutionName(tokens: readonly Token[], start: number): boolean {
  const [head, town, number] = [tokens[start - 3], tokens[start - 2], tokens[start - 1]];
  return /^[0-9٠-٩]+$/.test(number?.text ?? '') && town?.isWord === true && head?.isWord === true && procliticReadings(head).some(({ stem }) => DESCRIBED_INSTITUTION_HEADS.has(stem));
}

/**
 * Heads of schools, hospitals, halls and other buildings named after someone that a nisba describes
 * ("المعهد الثانوي", "المستشفى الجامعي", "المركز الاستشفائي الجامعي"), folded. Not a club's head:
 * "النادي الصفاقسي" and "الملعب القابسي" are clubs, and the name after them a player's.
 */
const DESCRIBED_INSTITUTION_HEADS = new Set(
  ['مدرسة', 'مدارس', 'معهد', 'مركب', 'مركز', 'مؤسسة', 'مستشفى', 'مشفى', 'مستوصف', 'مصحة', 'كلية', 'جامعة', 'إعدادية', 'ثانوية', 'ابتدائية', 'مكتبة', 'مسرح', 'متحف', 'قاعة', 'مسجد', 'جامع', 'مبيت', 'مطار', 'ميناء'].map(fold),
);

/** Definite nisba adjectives looked over between an institution's definite head and its name. */
const MAX_INSTITUTION_ADJECTIVES = 2;

/** "الثانوي", "الابتدائية", "الثقافي": a definite word in the form of a nisba (folded). */
function isDefiniteNisba(token: Token | undefined): boolean {
  return token?.isWord === true && /^ال..+ي(?:ه)?$/.test(token.folded);
}

/**
 * "المدرسة الابتدائية فلان", "بالمركب الثقافي المدرسي فلان", "المعهد الثانوي أبو فلان": a definite
 * head of a place or body named after someone, described by one or two nisba adjectives, then the
 * name: the name is the school's or the hall's. Not after an office or a title, whose holder the
 * name may be ("مدير المعهد الثانوي فلان").
 */
export function isAfterDescribedInstitutionHead(tokens: readonly Token[], start: number, end = start + 1): boolean {
  // ("المستشفى الجهوي | الجهوي فلان": the tagger may take a nisba into the span; the name is after it.)
  let nameStart = start;
  while (nameStart + 1 < end && nameStart - start < MAX_INSTITUTION_ADJECTIVES && isDefiniteNisba(tokens[nameStart])) nameStart++;
  // (A head may take a nisba's shape itself: "المستشفى". Each word is asked whether it heads.)
  for (let i = nameStart - 1; i >= 1 && nameStart - i <= MAX_INSTITUTION_ADJECTIVES && isDefiniteNisba(tokens[i]); i--) {
    if (isDescribedInstitutionHead(tokens[i - 1])) {
      const governor = tokens[i - 2];
      return !(governor?.isWord === true && isOfficeOrPersonTitle(governor));
    }
  }
  return false;
}

/** Whether a definite word ("المعهد", "بالمركب", "للمدرسة") heads a described institution's name. */
export function isDescribedInstitutionHead(head: Token): boolean {
  return head.isWord && (isLamDefiniteHead(head, DESCRIBED_INSTITUTION_HEADS) || definiteHeadReadings(head, DESCRIBED_INSTITUTION_HEADS).length > 0);
}

/** "للمدرسة", "للأغنية": ل + a definite head of `heads` with the article's alef dropped. */
function isLamDefiniteHead(head: Token, heads: ReadonlySet<string>): boolean {
  return head.folded.startsWith('لل') && heads.has(head.folded.slice(2));
}

/** The readings of a word ("المعهد", "بالفيلم") whose stem is a head of `heads` with the article. */
function definiteHeadReadings(head: Token, heads: ReadonlySet<string>): Reading[] {
  return procliticReadings(head).filter(({ stem }) => stem.startsWith('ال') && heads.has(stem.slice(2)));
}

/**
 * Heads of made things (devices, vehicles, software) and of awards, whose brand, model or name
 * follows them in the construct state: a closed class.
 */
const THING_HEAD_WORDS = new Set(
  [
    'هاتف', 'هواتف', 'جهاز', 'أجهزة', 'تطبيق', 'تطبيقات', 'سيارة', 'سيارات', 'طائرة', 'طائرات', 'منصة', 'علامة', 'ماركة',
    'متصفح', 'حاسوب', 'لوحة', 'صاروخ', 'صواريخ', 'مقاتلة', 'مقاتلات', 'دبابة', 'دبابات', 'جائزة', 'جوائز', 'وسام', 'ميدالية',
    // The make or kind of a product ("سجائر من نوع مارلبورو", "سيارة من طراز فلان", "صنف فلان").
    'نوع', 'طراز', 'صنف',
    // Tournaments, cups and venues named after someone ("دورة رولان غاروس", "كأس فلان", "ملعب فلان"):
    // the headline's "رولان غاروس :" is the tournament too.
    'دورة', 'بطولة', 'كأس', 'ملعب', 'استاد', 'ستاد',
    // Standards and technologies, a brand's ("وفق معيار فلان علان 5.1", "بتقنية فلان"); not "نظام",
    // also a ruler's regime ("نظام بشار الأسد").
    'معيار', 'معايير', 'تقنية', 'تقنيات', 'تكنولوجيا',
    // Trees and plants, named by their kind ("شجرة الأوكالبتوس", "نبتة القنب"), an unknown foreign word.
    'شجرة', 'أشجار', 'نبتة', 'نبات', 'نباتات',
  ].map(fold),
);

/**
 * Weapons by their make ("سلاح كلاشينكوف", "بندقية فلان"), viruses and drugs by their name ("فيروس
 * زيكا", "دواء فلان"), folded: a word after them is the thing's, and a span opening with one of
 * them names no one (no person's name opens with "سلاح" or "فيروس").
 */
const WEAPON_AND_REMEDY_HEADS = new Set(['سلاح', 'أسلحة', 'بندقية', 'مسدس', 'رشاش', 'فيروس', 'دواء', 'لقاح'].map(fold));
for (const head of WEAPON_AND_REMEDY_HEADS) THING_HEAD_WORDS.add(head);

const readsAsWeaponOrRemedyHead = readingInList(WEAPON_AND_REMEDY_HEADS);

/** Whether a word ("بسلاح", "فيروس") is the head of a weapon's, a virus's or a drug's name. */
export function isWeaponOrRemedyHead(token: Token): boolean {
  return token.isWord && readsAsWeaponOrRemedyHead(token);
}

const readsAsBareThingHead = readingInList(THING_HEAD_WORDS);

/**
 * Heads of devices and vehicles that take a possessive pronoun before their model's name ("أوقفت
 * الشركة إنتاج هاتفها فلان-7", "سيارته فلان"), folded: the model's name follows the owned thing
 * as it follows the bare head.
 */
const OWNED_DEVICE_HEADS = new Set(['هاتف', 'هواتف', 'جهاز', 'اجهزه', 'حاسوب', 'سياره', 'سيارات', 'طائره', 'طائرات', 'تطبيق'].map(fold));

/** "هاتفها", "سيارته" (folded): a device head with a possessive pronoun ("ها", "ه", "هم", "هما"). */
function isOwnedDeviceHead(folded: string): boolean {
  const bare = /^(?:[وف]?[بل]?)(.+?)(?:هما|هم|ها|ه)$/.exec(folded)?.[1];
  if (bare === undefined) return false;
  // (The feminine ending is written "ت" before the pronoun: "سيارته".)
  return OWNED_DEVICE_HEADS.has(bare) || (bare.endsWith('ت') && OWNED_DEVICE_HEADS.has(`${bare.slice(0, -1)}ه`));
}

const readsAsThingHead = (word: WordRecord): boolean => readsAsBareThingHead(word) || isOwnedDeviceHead(word.folded);

const STARRING = fold('بطولة');

/**
 * "وبطولة فلانة", "من بطولة فلان": "بطولة" with "و" or after "من" credits the star of a film or a
 * series, a person; the tournament is "في بطولة فلان", "بطولة فلان :".
 */
function isStarringCredit(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i].folded;
  return (word === `و${STARRING}` || word === STARRING) && (word !== STARRING || tokens[i - 1]?.folded === 'من');
}
const THING_HEAD = triggerWord(readsAsThingHead);

/**
 * "منزل", "ومنزل", "فريق", "بفريق": a word that may head a town's name (COMMON_TOWN_HEADS, with "و"
 * or without) or a team's. The article-wide scans for the names after such heads
 * (wordsAfterThingHeads, titleWordsOpeningTeamNames) look only where it is set.
 */
const TOWN_OR_TEAM_HEAD = triggerWord((word) => COMMON_TOWN_HEADS.has(word.folded) || COMMON_TOWN_HEADS_AFTER_WAW.has(word.folded) || readsAsTeamHead(word));

/** Folded words right after a product, award, company or body head anywhere in the article ("هاتف آيفون", "جائزة "التانيت"), with how often. */
export function wordsAfterThingHeads(blocks: readonly BlockTokens[]): Map<string, number> {
  const found = new Map<string, number>();
  const count = (word: string): void => {
    found.set(word, (found.get(word) ?? 0) + 1);
  };
  // (Each scan finds its heads through nextTriggered, not by testing every word of the article:
  // such heads are few; word-triggers.ts.)
  for (const { tokens } of blocks) {
    const triggers = triggersIn(tokens);
    for (let i = nextTriggered(triggers, THING_HEAD, 0); i >= 0 && i + 1 < tokens.length; i = nextTriggered(triggers, THING_HEAD, i + 1)) {
      if (!tokens[i].isWord || isStarringCredit(tokens, i)) continue;
      const next = OPENING_QUOTES.has(tokens[i + 1].text) ? tokens[i + 2] : tokens[i + 1];
      if (next?.isWord) count(next.folded);
    }
    // ("فريق يانغ أفريكانز": so is a team's name; team-names.ts. "معتمدية منزل بوزيان": so is the
    // name of a town after its common head, "منزل", after a region's; the title's "ومنزل بوزيان" is the town.)
    for (let head = nextTriggered(triggers, TOWN_OR_TEAM_HEAD, 0); head >= 0 && head + 1 < tokens.length; head = nextTriggered(triggers, TOWN_OR_TEAM_HEAD, head + 1)) {
      const i = head + 1;
      const word = tokens[i];
      if (!word.isWord) continue;
      const townName = (COMMON_TOWN_HEADS.has(tokens[head].folded) && isTownHeadAfterRegionHead(tokens, head)) || isTownHeadAfterPlace(tokens, head);
      if (townName || (isTeamHeadWord(tokens[head]) && teamHeadBefore(tokens, i) === head)) count(word.folded);
    }
    // ('مؤسسة "أندا"', "مجموعة سوفان": so is the name of a company or body; see body-names.ts.)
    // (The body's head stands right before the name, or before its opening quote; a word after two
    // heads in a row counts once.)
    let last = 0;
    for (let head = nextTriggered(triggers, BODY_HEAD, 0); head >= 0; head = nextTriggered(triggers, BODY_HEAD, head + 1)) {
      for (let i = Math.max(head + 1, last + 1); i <= head + 2 && i < tokens.length; i++) {
        if (tokens[i].isWord && isBodyNameAt(tokens, i)) count(tokens[i].folded);
        last = i;
      }
    }
  }
  return found;
}

/**
 * "بين فريقي معالي فلان و ...": folded words the article puts right after a team's head that read as
 * an honorific elsewhere ("معالي", "نجم"): the first word of that team's name, at every place the
 * article writes it ("وفوز معالي فلان": the team won, no excellency). `isTitle` tells such words.
 */
export function titleWordsOpeningTeamNames(blocks: readonly BlockTokens[], isTitle: (token: Token) => boolean): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of blocks) {
    const triggers = triggersIn(tokens);
    for (let head = nextTriggered(triggers, TOWN_OR_TEAM_HEAD, 0); head >= 0 && head + 2 < tokens.length; head = nextTriggered(triggers, TOWN_OR_TEAM_HEAD, head + 1)) {
      // ("فريق الدكتور فلان", "فريق معالي الوزير": a definite title, or one before another title or a
      // definite word, is the team's leader; a team's name opens with the bare word.)
      const word = tokens[head + 1];
      const next = tokens[head + 2];
      if (word.isWord && next.isWord && !word.folded.startsWith('ال') && !next.folded.startsWith('ال') && isTeamHeadWord(tokens[head]) && isTitle(word) && !isTitle(next)) found.add(word.folded);
    }
  }
  return found;
}

/** Heads of an armed group's or a movement's name ("جماعة "بوكو حرام"", "لحركة "الشباب""), folded. */
const GROUP_HEADS = new Set(['جماعه', 'لجماعه', 'بجماعه', 'حركه', 'لحركه', 'تنظيم', 'لتنظيم', 'ميليشيا', 'مليشيا']);

const MEDIA_HEAD = triggerWord((word) => foldedMediaHeads.has(word.folded) || GROUP_HEADS.has(word.folded));

/** Definite words of a head's description looked over before a quoted name ("وكالة الترقيم الدولي "فلان""). */
const MAX_HEAD_ADJECTIVES = 2;

/** Words of a quoted company name looked over for its closing quote. */
const MAX_QUOTED_NAME_WORDS = 4;

/**
 * Folded first words of the names quoted right after the head of a company, medium or agency, the
 * head's definite adjectives between ('وكالة الترقيم الدولي "فيتش رايتنغ"'): the company's name,
 * at every other place the article writes it too. So of an armed group or a movement ('لجماعة
 * "بوكو حرام"').
 */
export function namesQuotedAfterMediaHeads(blocks: readonly BlockTokens[]): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of blocks) {
    const triggers = triggersIn(tokens);
    // (Through nextTriggered: a loop over every position of the whole article in one call is the
    // hot loop V8 compiles, while media heads are few; word-triggers.ts.)
    for (let i = nextTriggered(triggers, MEDIA_HEAD, 0); i >= 0 && i + 2 < tokens.length; i = nextTriggered(triggers, MEDIA_HEAD, i + 1)) {
      if (!tokens[i].isWord) continue;
      let k = i + 1;
      while (k < tokens.length && k - i <= MAX_HEAD_ADJECTIVES && tokens[k].isWord && tokens[k].folded.startsWith('ال')) k++;
      // (An opening quote: another closes it a few words on; 'نجمة "تلفزيون الواقع" فلان' closes one.)
      const opens = OPENING_QUOTES.has(tokens[k]?.text ?? '') && tokens.slice(k + 2, k + 2 + MAX_QUOTED_NAME_WORDS).some((token) => CLOSING_QUOTES.has(token.text));
      if (opens && tokens[k + 1]?.isWord) found.add(tokens[k + 1].folded);
    }
  }
  return found;
}

/**
 * Definite heads of vessels, works and made things that no office or body acts through: right before
 * a name, in apposition, the name is the thing's ("السفينة فلانة", "الفيلم فلان", "بالرواية فلان"),
 * for a definite head stands in no construct with an author or an owner. A closed class, folded; not
 * "الكتاب" (also "the writers"), nor heads of bodies or events that act on someone ("كرم المهرجان
 * فلان", "استضاف البرنامج فلان", "استهدفت العملية فلان"), nor places, where a clause ends
 * before a new one opens on a name ("وهو على المقهى | فلان يقول").
 */
const DEFINITE_THING_HEADS = new Set(
  ['سفينة', 'باخرة', 'ناقلة', 'يخت', 'فيلم', 'مسلسل', 'شريط', 'أغنية', 'ألبوم', 'رواية', 'ديوان', 'مسرحية', 'لعبة', 'تطبيق', 'هاتف', 'سيارة', 'طائرة', 'سجائر', 'ماركة'].map(fold),
);

/**
 * Particles and prepositions after which a definite head opens its phrase ("إن السفينة فلانة", "عن
 * الفيلم فلان"), folded: after any other word the head may be the complement of a construct whose
 * head is the person ("مخرج الفيلم فلان", "ربان السفينة فلان") or the object of a verb whose subject
 * follows ("وأخرج الفيلم فلان").
 */
const PHRASE_OPENING_PARTICLES = new Set(
  ['إن', 'أن', 'لأن', 'لكن', 'عن', 'في', 'من', 'على', 'إلى', 'مع', 'حول', 'بعد', 'قبل', 'منذ', 'حتى', 'أما', 'كما', 'بين', 'ضد', 'عبر', 'داخل', 'خارج', 'متن'].map(fold),
);

/** Whether the word right before `start` is such a definite head ("السفينة", "بالفيلم", "للأغنية"). */
export function isAfterDefiniteThingHead(tokens: readonly Token[], start: number): boolean {
  const head = tokens[start - 1];
  if (head === undefined || !head.isWord) return false;
  // (A preposition on the head, "للأغنية" among them, opens its phrase.)
  if (isLamDefiniteHead(head, DEFINITE_THING_HEADS)) return true;
  const readings = definiteHeadReadings(head, DEFINITE_THING_HEADS);
  if (readings.length === 0) return false;
  if (readings.some(({ removed }) => removed > 0 && /^[وف]?[بل]/.test(head.folded))) return true;
  const before = tokens[start - 2];
  return before === undefined || !before.isWord || procliticReadings(before).some(({ stem }) => PHRASE_OPENING_PARTICLES.has(stem));
}
