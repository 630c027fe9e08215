/**
 * The officials grammar: the office phrase and the honorific around a person's name, as the article
 * words them. An office phrase is an office noun ("وزير", "المتحدث", "حاكم") with its own complements:
 * the definite words, nationalities and places that follow it, the genitive of an indefinite noun
 * ("حاكم فلوريدا"), prepositional complements ("باسم وزارة الخارجية", "لدى رئيس الحكومة", "عن
 * فلوريدا"), qualifiers ("سابق", "العام") and further offices joined by "و" ("والمتحدث الرسمي").
 * It stops at verbs, particles, conjunction-led clauses, punctuation and the next name. It is found
 * before the name ("وزير الخارجية السعودي عادل الجبير") or after it, as an apposition ("مؤمني، وزير
 * الداخلية الإيراني"), after a list entry's bracket and colon ("فلان (62 عاما): حاكم فلوريدا"), or as
 * the accusative office of an appointment ("تعيين فلان وكيلاً للوزارة").
 *
 * Its modules, bottom up: office-words.ts (tests of one word), honorific-titles.ts, office-start.ts
 * (where a phrase may start), office-prepositions.ts and office-portfolios.ts (its complements),
 * office-phrase-parts.ts and office-phrase.ts (how far it runs), role-before.ts and role-after.ts
 * (the phrase before and after a name). This one: the office as the article shows it, its country,
 * the dual of an office, and the complement after a split title.
 */
import { closesStateNameAdjectives, continuesHashemiteName, isCountryName } from './envoy-states.js';
import { fold } from '../text/normalize.js';
import { isPartyNamedForCountryAt } from './membership-offices.js';
import { type Token, tokenize } from './tokenize.js';
import { procliticReadings, writtenOffset } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedRanks, foldedRoleQualifiers } from './lexicon.js';
import { isCommonWord } from './ordinary-words.js';
import { hasTrait, OFFICE_WORD } from './word-traits.js';
import { type IsNameToken, noNames, type RoleMatch } from './role-types.js';
import { COMPASS_QUARTERS, isAccusativeOffice, isDefinite, isNationalityWord, isOfficeStem, isOfficeWord, isOrganizationHead, isPlaceOrNationality, PLACE_EPITHETS, REGION_HEADS, stems } from './office-words.js';
import { isOfficeAt } from './office-start.js';
import { OFFICE_NISBAS } from './office-portfolios.js';
import { isJoinedMembership } from './joined-memberships.js';
import { chainsSecondOffice, joinsSecondOffice, officeAfterMembership, officeAfterParliamentSeat } from './joined-offices.js';
import { isComma } from './located.js';
import { isPersonNoun } from './human-noun-names.js';
import { closesTwoWordPlace, MAX_ROLE_TOKENS, officePhraseEnd } from './office-phrase.js';
import { isRegionHeadWord, RANK_COMPLEMENTS } from './office-phrase-parts.js';
import { isNationalTeamTradeAt } from './national-team-trades.js';
import { HOLDER_EPITHETS, RULER_EPITHETS } from './ruler-epithets.js';

/**
 * "والنائبين", "الوزيرين": the dual of an office (two holders named next), read through its clitics.
 * Returns the singular as written ("النائب"), or null.
 */
export function dualOffice(token: Token): string | null {
  const written = dualOfficeWritten(token);
  return written === null ? null : singularOfDual(written);
}

/** "والنائبين": the dual of an office as written, without its clitics ("النائبين"), or null. */
function dualOfficeWritten(token: Token): string | null {
  // (Every reading is a slice of the folded word, so a dual's ending is that word's: most words end otherwise.)
  if (!token.isWord || !(token.folded.endsWith('ين') || token.folded.endsWith('ان'))) return null;
  // Shortest stem first: "والنائبين" is "و" + "النائبين".
  for (const { removed, stem } of [...procliticReadings(token)].reverse()) {
    const dual = /^(.{3,})(?:ين|ان)$/.exec(stem);
    if (dual && (hasTrait(dual[1], OFFICE_WORD) || isFeminineDualOf(dual[1]))) return token.text.slice(writtenOffset(token.text, removed));
  }
  return null;
}

/**
 * "النائبت" of "النائبتان", "الوزيرت" of "الوزيرتين": the feminine dual writes the "ة" of its
 * singular as "ت" before the ending; whether the singular with "ة" ("النائبة") is an office.
 */
function isFeminineDualOf(stemWithoutEnding: string): boolean {
  return stemWithoutEnding.endsWith('ت') && hasTrait(`${stemWithoutEnding.slice(0, -1)}ه`, OFFICE_WORD);
}

/** The singular of a dual office as written ("النائبتان" → "النائبة", "الوزيرين" → "الوزير"). */
function singularOfDual(written: string): string {
  const singular = written.replace(DUAL_ENDING, '');
  return isFeminineDualOf(fold(singular)) ? `${singular.slice(0, -1)}ة` : singular;
}

/**
 * "والأمينين العامين المساعدين فلان وعلان": the dual office right before a name, with the dual
 * adjectives that agree with it, as the article words it ("الأمينين العامين المساعدين": the role is
 * the text's own phrase, DESIGN.md), without the conjunction, or null.
 */
export function dualOfficePhraseBefore(tokens: readonly Token[], nameStart: number): string | null {
  // The farthest head whose adjectives all agree with it ("الأمينين | العامين المساعدين").
  for (let head = Math.max(0, nameStart - 3); head < nameStart; head++) {
    const office = dualOfficeWritten(tokens[head]);
    const adjectives = tokens.slice(head + 1, nameStart);
    if (!office || !adjectives.every(isDualAdjective)) continue;
    return [office, ...adjectives.map((token) => token.text)].join(' ');
  }
  return dualOfficeWithComplementsBefore(tokens, nameStart);
}

/**
 * "النائبان في البرلمان عن حركة الأمل، فلان وعلان": the dual of an office takes the complements its
 * singular takes ("النائب في البرلمان عن حركة الأمل"); the phrase runs up to the names, or to the
 * comma that sets them off. Read by the singular's grammar; shown as the article words it.
 */
function dualOfficeWithComplementsBefore(tokens: readonly Token[], nameStart: number): string | null {
  const end = isComma(tokens[nameStart - 1]) ? nameStart - 1 : nameStart;
  for (let head = Math.max(0, end - MAX_ROLE_TOKENS); head < end - 1; head++) {
    const office = dualOfficeWritten(tokens[head]);
    // ("المديرين الفنيين لناديي النخيل والشروق": the clubs' two coaches, national-team-trades.ts.)
    if (office && isNationalTeamTradeAt(tokens, head)) continue;
    // (Only a definite dual names holders: "وزيرين في حكومة فلان" counts two of a government's ministers.)
    if (!office || !fold(office).startsWith('ال')) continue;
    const singular = singularOfDual(office);
    const complements = tokens.slice(head + 1, end);
    // ("كرم الوزيران | الطالبة العراقية فلانة": a noun for a kind of person after the two holders is
    // the object of their verb, no complement; human-noun-names.ts.)
    if (!complements.every((token) => token.isWord) || (complements.length > 0 && isPersonNoun(complements[0]))) continue;
    const read = [...tokenize(singular), ...complements];
    if (read.length !== complements.length + 1 || officePhraseEnd(read, 0) !== read.length) continue;
    return [office, ...complements.map((token) => token.text)].join(' ');
  }
  return null;
}

/** The dual (or oblique plural) ending as written, a sukun allowed inside ("المساعديْن"). */
const DUAL_ENDING = /(?:ي|ا)[\u064b-\u0652]*ن[\u064b-\u0652]*$/;

/** "العامين", "المساعدين": a definite adjective in the dual, of a qualifier or an office. */
function isDualAdjective(token: Token): boolean {
  const singular = /^(ال.{2,})(?:ين|ان)$/.exec(token.folded)?.[1];
  return singular !== undefined && (foldedRoleQualifiers.has(singular) || isOfficeStem(singular) || OFFICE_NISBAS.has(singular));
}

/** How far back from a word the accusative office whose phrase ends before it may stand. */
const MAX_ACCUSATIVE_LOOKBACK = 6;

/** Whether an office phrase in the accusative ("رئيسا", "نائبا أول للرئيس") ends right before `i`. */
export function endsAccusativeOffice(tokens: readonly Token[], i: number): boolean {
  for (let head = i - 1; head >= 0 && i - head <= MAX_ACCUSATIVE_LOOKBACK; head--) {
    if (!tokens[head].isWord) return false;
    if (isAccusativeOffice(tokens[head])) return officePhraseEnd(tokens, head) === i;
  }
  return false;
}

/** Participles of belonging or place ("التابعة", "الموجودة", "الكائن"), folded: they describe a body. */
const AFFILIATION_PARTICIPLES = new Set(['التابع', 'التابعة', 'التابعين', 'الموجود', 'الموجودة', 'الكائن', 'الكائنة', 'الواقع', 'الواقعة', 'المنضوي', 'المنضوية'].map(fold));

/** "إلى", "لدى" (folded): before the country an envoy is sent or accredited to. */
const ENVOY_PREPOSITIONS = new Set(['الي', 'لدي']);

/** "آخرين", "أخرى" (other), folded: "نواب آخرين" counts holders beside others, no part of the office. */
const OTHERS = new Set(['آخر', 'آخرين', 'آخرون', 'أخرى', 'أخريات', 'اخرين', 'اخرى'].map(fold));

/** "الحالي", "الحالية" (current), folded. */
const CURRENT = new Set(['الحالي', 'الحالية'].map(fold));

/** "ولي" and "وولي", folded: doubled, the deputy crown prince's title ("ولي ولي العهد"). */
const CROWN_DEPUTY = new Set(['ولي', 'وولي']);

/** Pronoun forms of "عهد" in "ولي عهده الأمين" (his trusted crown prince), folded. */
const CROWN_WORDS = new Set(['عهده', 'عهدها', 'العهد']);

/** Heads of a town's or commune's name ("جماعة", a Moroccan commune; "قرية", a village), folded, beside REGION_HEADS. */
const TOWN_HEADS = new Set([...REGION_HEADS, 'جماعه', 'قريه', 'مدينه', 'بلده']);

/** Whether the bare word at k names a town right after its head ("جماعة تنقوب", "بلدية زوارة"). */
function isTownAfterHead(tokens: readonly Token[], k: number): boolean {
  const head = tokens[k - 1];
  return tokens[k].isWord && !isDefinite(tokens[k]) && head?.isWord === true && stems(head).some((stem) => TOWN_HEADS.has(stem));
}

/** Whether the word at k is an epithet of the place or the prince named before it ("الشقيقة", "الأمين"). */
function isEpithetAt(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1];
  if (!previous?.isWord || !tokens[k].isWord) return false;
  // ("المملكة الأردنية الهاشمية | الشقيقة": so after the kingdom's own epithet.)
  // ("جمهورية مصر العربية | الشقيقة": or after the adjectives of a state's official name.)
  // ("رئيس جماعة تنقوب | المجاورة": or after a town the lexicon lacks, named after its head.)
  if (PLACE_EPITHETS.has(tokens[k].folded)) return isPlaceOrNationality(previous) || continuesHashemiteName(tokens, k - 1) || closesStateNameAdjectives(tokens, k - 1) || isTownAfterHead(tokens, k - 1);
  if (tokens[k].folded === 'الامين') return CROWN_WORDS.has(previous.folded);
  // "الرئيس الراحل", "الزعيم الفلسطيني الراحل", "وزير الخارجية الراحل": mourning or praise at the end
  // of a definite office phrase (nothing but the holder is mourned there).
  if (HOLDER_EPITHETS.has(tokens[k].folded)) return isDefinite(previous);
  // "وزير التعليم الحالي فلان", "رئيسة البلدية الحالية فلانة": before the name, "current" dates the
  // holder's tenure, no part of the office ("السابق", "الأسبق" stay: a former office is another one).
  // (After the name, "(فلان - الأمير الحالي)" sets the post he holds now against the one the passage
  // gives him; there it stays.)
  if (CURRENT.has(tokens[k].folded)) return isDefinite(previous) && tokens[k + 1]?.isWord === true;
  // ("المبعوث الشخصي للأمين العام إلى السودان | النرويجي فلان": a nationality after the country an
  // envoy is sent or accredited to is the holder's; no country takes one.)
  if (k >= 3 && ENVOY_PREPOSITIONS.has(tokens[k - 2].folded) && tokens[k].folded.startsWith('ال') && isNationalityWord(tokens[k]) && isCountryName(previous)) return true;
  // "ملك البلاد المعظم", "أمير البلاد المفدى": the praise of the ruler, after the office's complement.
  return k >= 2 && RULER_EPITHETS.has(tokens[k].folded) && isDefinite(previous);
}

/**
 * The office phrase as the role shows it, without the words that describe its body or praise its
 * country. "وزير البلدية بدولة قطر | الشقيقة", "ولي عهده | الأمين": an
 * epithet of the country or of the prince at the end of an office phrase praises them; it is no part
 * of the office the article states, nor is "other" after a plural ("نواب | آخرين"). (The grammar
 * reads through them so that the phrase still reaches the name.) Opening words written twice by a slip are shown once.
 */
export function officeAsShown(tokens: readonly Token[], role: RoleMatch): RoleMatch {
  let end = role.end;
  // "عضو المكتب التنفيذي، | والناطق الرسمي باسم الاتحاد": a membership is no office; the role is
  // the office joined to it (joined-offices.ts).
  const joined = officeAfterMembership(tokens, role.start, end);
  const afterSeat = officeAfterParliamentSeat(tokens, role.start, end);
  if (afterSeat > 0) end = afterSeat;
  const opening = joined >= 0 ? joined : crownPrinceAfterRuler(tokens, role.start, end);
  // "بالمؤسسة المالية الدولية | التابعة للبنك العالمي": a participle of belonging or place describes
  // the body (a relative clause in all but name), no part of the office.
  // "النائب في مجلس نواب الشعب | والقيادي في الجبهة": nor is a membership joined by "و" to the
  // office, no further office (joined-memberships.ts). Nor a second office joined by "و" to one
  // that names its body or country, nor one set after it without "و" where the first names its
  // seat: the news keeps the first (joined-offices.ts).
  for (let k = opening + 1; k < end; k++) {
    if ((k >= opening + 2 && AFFILIATION_PARTICIPLES.has(tokens[k].folded)) || isJoinedMembership(tokens[k]) || joinsSecondOffice(tokens, opening, k) || chainsSecondOffice(tokens, opening, k)) {
      end = k;
      // ("رئيس الغرفة الجهوية، | وعضو الغرفة الوطنية": the comma before the membership goes with it.)
      while (end - opening > 1 && isComma(tokens[end - 1])) end--;
      break;
    }
  }
  while (end - opening > 1 && (isEpithetAt(tokens, end - 1) || OTHERS.has(tokens[end - 1].folded))) end--;
  // ("قائد القوات البحرية الأميرية القطرية | اللواء الركن (بحري)": a compound rank the phrase read on to
  // (a bracketed mark of his arm stops the name there) is the holder's; no office ends on one. A rank
  // alone may be a unit, "قائد اللواء".)
  if (end - opening > 3 && RANK_COMPLEMENTS.has(tokens[end - 1].folded) && foldedRanks.has(tokens[end - 2].folded)) end -= 2;
  // ("وزير داخلية مقاطعة نوردراين وستفالن | غرب ألمانيا": where the office's place lies, which the
  // phrase reads through to the name, is no part of the office.)
  // (After a place's own name only: "لولاية شمال كردفان", "لدول غرب أفريقيا" name the region so.)
  const afterPlace = (k: number): boolean => closesTwoWordPlace(tokens, k) || (tokens[k].isWord && gazetteer().places.has(tokens[k].folded));
  // ("حاكم مقاطعة قوانغدونغ | بجنوبي الصين": also "ب" + the quarter, after a region's name the lists
  // may not know, its head before it.)
  const inQuarter = end - opening > 3 && tokens[end - 2].folded.startsWith('ب') && COMPASS_QUARTERS.has(tokens[end - 2].folded.slice(1));
  const afterRegion = (k: number): boolean => afterPlace(k) || (k - 1 >= opening && tokens[k].isWord && !isDefinite(tokens[k]) && isRegionHeadWord(tokens[k - 1]));
  if (end - opening > 3 && COMPASS_QUARTERS.has(tokens[end - 2].folded) && gazetteer().places.has(tokens[end - 1].folded) && afterPlace(end - 3)) end -= 2;
  else if (inQuarter && gazetteer().places.has(tokens[end - 1].folded) && afterRegion(end - 3)) end -= 2;
  const start = afterRepeatedOpening(tokens, opening, end);
  return end === role.end && start === role.start ? role : { start, end, titleOnly: end - start === 1 };
}

/** A ruler's title (its head, folded, behind a clitic too): the custodian of the holy mosques, a king, an emir, a sultan. */
const RULER_HEADS = new Set(['خادم', 'ملك', 'الملك', 'عاهل', 'العاهل', 'امير', 'الامير', 'سلطان', 'السلطان']);

/**
 * "لخادم الحرمين الشريفين | ولولي العهد رئيس مجلس الوزراء الأمير فلان": a ruler's title joined by "و"
 * to the crown prince's office; the ruler is never his own crown prince, so the office before the
 * name opens at the crown prince's. Where it starts, or `start`.
 */
function crownPrinceAfterRuler(tokens: readonly Token[], start: number, end: number): number {
  if (!stems(tokens[start]).some((stem) => RULER_HEADS.has(stem))) return start;
  for (let k = start + 1; k + 1 < end; k++) {
    if (/^و(?:ل)?ولي$/.test(tokens[k].folded) && tokens[k + 1].folded === 'العهد') return k;
  }
  return start;
}

/**
 * "مديرة منطقة مديرة منطقة المغرب العربي", "رئيس رئيس بلدية جدة": the words that open the office
 * written twice in a row are a slip of the pen; the office starts at the second copy. ("ولي ولي
 * العهد", the deputy crown prince, is a title of its own.)
 */
function afterRepeatedOpening(tokens: readonly Token[], start: number, end: number): number {
  for (let length = Math.floor((end - start) / 2); length >= 1; length--) {
    if (length === 1 && CROWN_DEPUTY.has(tokens[start].folded)) continue;
    let same = true;
    for (let k = 0; k < length && same; k++) same = tokens[start + k].isWord && tokens[start + k].folded === tokens[start + length + k].folded;
    if (same) return start + length;
  }
  return start;
}

/** Titles whose complement may follow the holder's name ("النائب فلان عن الحزب"), folded. */
const SPLIT_TITLES = new Set(['النائب', 'النائبة', 'السفير', 'السفيرة'].map(fold));

/**
 * "النائب سالم حمدي عن حركة نداء تونس": a bare title before the name whose complement ("عن" + the
 * party, "لدى" + the country) comes after it. Given the title's index and the name's end, the end
 * of that complement, or -1.
 */
export function splitComplementEnd(tokens: readonly Token[], title: number, nameEnd: number, isName: IsNameToken = noNames): number {
  const preposition = tokens[nameEnd]?.folded;
  if (!SPLIT_TITLES.has(tokens[title].folded) || (preposition !== 'عن' && preposition !== 'لدي')) return -1;
  // ... a party, a body or a country ("عن قرب الموعد" is "about"); a party the news names by a bare
  // noun and its country ("عن نداء تونس").
  const body = tokens[nameEnd + 1];
  if (!body?.isWord || !(isOrganizationHead(body) || gazetteer().organizations.has(body.folded) || isPlaceOrNationality(body) || isPartyNamedForCountryAt(tokens, nameEnd + 1))) return -1;
  const joined = [tokens[title], ...tokens.slice(nameEnd, nameEnd + MAX_ROLE_TOKENS)];
  let end = officePhraseEnd(joined, 0, (i) => i > 0 && isName(nameEnd + i - 1));
  // "عن حركة نداء تونس دائرة سيدي بوزيد | الاستقالة": a proper noun takes no genitive, so a common
  // noun with the article after a place or another word news uses rarely is the sentence's object.
  for (let k = 3; k < end; k++) {
    const previous = joined[k - 1];
    if (isDefinite(joined[k]) && isCommonWord(joined[k]) && !/يه?$/.test(joined[k].folded) && (isPlaceOrNationality(previous) || (!isDefinite(previous) && !isCommonWord(previous) && !isOrganizationHead(previous) && !isOfficeWord(previous)))) {
      end = k;
      break;
    }
  }
  return end >= 3 ? nameEnd + end - 1 : -1;
}

/**
 * "نائب رئيس مجلس الوزراء وزير الخارجية": the last of the offices a phrase chains without "و" (a bare
 * office word after a complete definite phrase), the one a counterpart ("نظيره العماني") shares; the
 * whole phrase when it holds one office.
 */
export function lastChainedOffice(role: string): string {
  const tokens = tokenize(role);
  for (let k = tokens.length - 2; k > 0; k--) {
    const previous = tokens[k - 1];
    if (tokens[k].isWord && isOfficeStem(tokens[k].folded) && previous.isWord && isDefinite(previous) && isOfficeAt(tokens, k)) return role.slice(tokens[k].start);
  }
  return role;
}

/** The country an office belongs to, from a nationality adjective or a place named in it. */
export function countryOfRole(roleTokens: readonly Token[]): string | null {
  const gaz = gazetteer();
  for (const token of roleTokens) {
    for (const { stem } of procliticReadings(token)) {
      const country = gaz.nationalities.get(stem);
      if (country) return country;
    }
  }
  for (const token of roleTokens) {
    for (const { stem } of procliticReadings(token)) {
      if (gaz.places.has(stem) && stem !== 'المملكه') return token.text.slice(token.text.length - stem.length);
    }
  }
  return null;
}
