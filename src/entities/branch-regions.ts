/**
 * "المتحدث الرسمي للنيابة العامة في منطقة مكة المكرمة": an office of a body named through "ل" and
 * the article ("للنيابة", "للهيئة") may name the region of the body's branch after "في" + a region's
 * head, as an office with a body's head noun does ("مدير إدارة التعليم في محافظة جدة"). Right before
 * the holder's name, "في" + a town is the seat of the body's branch too ("رئيس دائرة التحقيق بالهيئة
 * في جدة الشيخ فلان"): news puts where he spoke elsewhere, never between his office and his name.
 */
import { isComma } from './located.js';
import type { Token } from './tokenize.js';
import { gazetteer, isTwoWordPlace } from './gazetteer.js';
import { isHonorificWord, nameStartAfter } from './honorific-titles.js';
import { isMeetingVerbOfObject } from './meeting-verbs.js';
import type { IsNameToken } from './role-types.js';
import { hasTrait, PLACE } from './word-traits.js';
import { isCountryName } from './envoy-states.js';
import { isListedNameWord } from './given-names.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { isRareWord } from './tagger.js';
import { COMPASS_QUARTERS, isDefinite, isNationalityWord, isOfficeWord, isOrganizationHead, isVerbLike, REGION_HEADS, STATE_HEADS, stems } from './office-words.js';

/** Whether the office phrase from `head` to before `i` names its body through "لل" ("للنيابة العامة"). */
export function namesBodyThroughLam(tokens: readonly Token[], head: number, i: number): boolean {
  for (let k = head + 1; k < i; k++) if (tokens[k].isWord && tokens[k].folded.startsWith('لل') && !isVerbLike(tokens[k])) return true;
  return false;
}

/**
 * Whether "في" at `i` and the one-word town after it are the seat of the body the office phrase from
 * `head` names, right before the holder's name (or the honorifics that open it).
 */
export function isBranchSeatBeforeName(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  if (!opensTownSeatAt(tokens, i)) return false;
  if (!(tokens.slice(head + 1, i).some(isOrganizationHead) || namesBodyThroughLam(tokens, head, i))) return false;
  return isName(i + 2) || nameStartAfter(tokens, i + 2, isName) >= 0;
}

/** Whether "في" + a one-word town stand at `i` ("في جدة"); `single` asks that no clitic reading of it be known. */
function opensTownSeatAt(tokens: readonly Token[], i: number, single = true): boolean {
  const town = tokens[i + 1];
  return tokens[i]?.folded === 'في' && town?.isWord === true && (!single || stems(town).length === 1) && (gazetteer().places.has(town.folded) || hasTrait(town, PLACE) || isCountryName(town));
}

/** Whether "في" + the head of a region's or a state's name stand at `i` ("في منطقة", "في دولة"). */
export function opensSeatAt(tokens: readonly Token[], i: number): boolean {
  const region = tokens[i + 1];
  return tokens[i]?.folded === 'في' && region?.isWord === true && stems(region).length === 1 && (REGION_HEADS.has(region.folded) || STATE_HEADS.has(region.folded));
}

/**
 * "مدير الدفاع المدني | في محافظة الزرقاء | العقيد فلان": right before the holder's name, "في" + a
 * region's head + its one-word name is the seat of the office, whatever body it names (the office
 * has a complement of its own); so is a state's ("وزير الداخلية | في دولة الكويت | الشيخ فلان").
 * Returns where the region's name ends, or -1.
 */
export function regionSeatEndBeforeName(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): number {
  const place = tokens[i + 2];
  if (i <= head + 1 || !opensSeatAt(tokens, i) || !place?.isWord) return -1;
  if (isVerbLike(place) || isName(i + 2)) return -1;
  // ("في إمارة أبو ظبي | فلان": the region's name of two words the lexicon knows, whatever the
  // tagger makes of its second.)
  return endBeforeName(tokens, closesTwoWordPlaceAt(tokens, i + 3) ? i + 4 : i + 3, isName);
}

/** `end`, where a name starts there or after its honorifics (the seat before it ends the office), or -1. */
function endBeforeName(tokens: readonly Token[], end: number, isName: IsNameToken): number {
  return isName(end) || nameStartAfter(tokens, end, isName) >= 0 ? end : -1;
}

/** A seat's `end` inside the office phrase read with names: -1 when there is none, or its place at `place` is a name itself. */
function seatEndBeforeName(tokens: readonly Token[], end: number, place: number, isName: IsNameToken): number {
  return end < 0 || isName(place) ? -1 : endBeforeName(tokens, end, isName);
}

/** "وريفها", "وضواحيها": "and its countryside / suburbs" after a town, folded. */
const TOWN_SURROUNDINGS = /^و(?:ريف|ضواحي)(?:ها|ه)$/;

/** Whether tokens[i] is "وريفها" or "وضواحيها" right after a word (a town: "دمشق وريفها"). */
export function isTownSurroundingsAt(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i - 1].isWord && TOWN_SURROUNDINGS.test(tokens[i]?.folded ?? '');
}

/**
 * "المتحدث باسم الادعاء في برلين | فلان", "مدير الشرطة في ولاية بافاريا | فلان": the office phrase
 * read without names stops at "في"; where the holder's name follows, "في" + a one-word town, or a
 * region's head + its one-word name, is the office's seat, whatever body the office names. Not after
 * a verb of meeting, whose subject the office is and whose object the person after the place:
 * "استقبل وزير الخارجية في تونس نظيره فلان" (but "دعا", meeting-verbs.ts). Returns where the seat ends (the caller asks whether a
 * name starts there), or -1.
 */
export function officeSeatEndAt(tokens: readonly Token[], head: number, i: number): number {
  if (isMeetingVerbOfObject(tokens[head - 1])) return -1;
  // (A whole word the gazetteer knows, though its first letter may read as a clitic: "ليبيا".)
  // ("مدير المؤسسة العامة للمياه في دمشق وريفها، فلان": with the countryside or suburbs around it.)
  if (opensTownSeatAt(tokens, i, false)) return isTownSurroundingsAt(tokens, i + 2) ? i + 3 : i + 2;
  // ("رئيس المجلس العسكري | في بوركينا فاسو | النقيب فلان": a place of two words.)
  if (tokens[i]?.folded === 'في' && closesTwoWordPlaceAt(tokens, i + 2)) return i + 3;
  // ("مدير إدارة التجارة | بمقاطعة قوانغدونغ | تشن جيان بينغ": "ب" glued to a region's head, and its name.)
  const gluedEnd = gluedRegionSeatEnd(tokens, i);
  if (gluedEnd > 0) return gluedEnd;
  // ("المديرة الإقليمية لبرنامج الأغذية | في شرق أفريقيا | فلانة": a quarter of a continent or country.)
  const quarterEnd = quarterSeatEnd(tokens, i);
  if (quarterEnd > 0) return quarterEnd;
  // ("المديرة الإقليمية للبنك الدولي | في المشرق العربي |، فلانة": a definite noun and a nationality, a region.)
  if (isNationalRegionSeatAt(tokens, i)) return i + 3;
  if (!opensSeatAt(tokens, i) || !tokens[i + 2]?.isWord || isVerbLike(tokens[i + 2])) return -1;
  // ("في إمارة أبو ظبي | فلان": a region's name of two words.)
  return closesTwoWordPlaceAt(tokens, i + 3) ? i + 4 : i + 3;
}

/** "العربي", "العربية" (Arab), folded: the adjective of the Arab world's regions. */
const ARAB = new Set(['العربي', 'العربيه']);

/** "في المشرق العربي", "في الخليج العربي": "في" at i, a definite noun (no office) and "Arab" or a definite nationality. */
function isNationalRegionSeatAt(tokens: readonly Token[], i: number): boolean {
  const [noun, nationality] = [tokens[i + 1], tokens[i + 2]];
  return tokens[i]?.folded === 'في' && noun?.isWord === true && isDefinite(noun) && stems(noun).length === 1 && !isOfficeWord(noun) && !isOrganizationHead(noun) && nationality?.isWord === true && (ARAB.has(nationality.folded) || (isDefinite(nationality) && isNationalityWord(nationality)));
}

/** A region's head with "ب" glued to it, folded ("بمقاطعة": a province, in the province of; "بمحلية": a Sudanese locality). */
const GLUED_REGION_HEADS = new Set(['بمقاطعه', 'بولايه', 'بمحافظه', 'بمنطقه', 'باقليم', 'بمحليه', 'بمعتمديه', 'ببلديه']);

/**
 * "بمقاطعة قوانغدونغ": "ب" glued to a region's head at i and the region's name, one word without the
 * article (or two the lexicon knows together). Returns where the name ends, or -1.
 */
function gluedRegionSeatEnd(tokens: readonly Token[], i: number): number {
  const region = tokens[i + 1];
  if (!GLUED_REGION_HEADS.has(tokens[i]?.folded ?? '') || region?.isWord !== true || region.folded.startsWith('ال') || isVerbLike(region)) return -1;
  return closesTwoWordPlaceAt(tokens, i + 2) ? i + 3 : i + 2;
}

/**
 * The same seat inside the office phrase read with names: where a name starts right after it
 * (and not at the region's name), it ends the office. Returns the seat's end, or -1.
 */
export function gluedRegionSeatEndBeforeName(tokens: readonly Token[], i: number, isName: IsNameToken): number {
  return seatEndBeforeName(tokens, gluedRegionSeatEnd(tokens, i), i + 1, isName);
}

/** "في شرق أفريقيا": "في" at i, a compass quarter and a place the lexicon knows. Returns the place's end, or -1. */
function quarterSeatEnd(tokens: readonly Token[], i: number): number {
  const [quarter, place] = [tokens[i + 1], tokens[i + 2]];
  return tokens[i]?.folded === 'في' && quarter?.isWord === true && COMPASS_QUARTERS.has(quarter.folded) && place?.isWord === true && gazetteer().places.has(place.folded) ? i + 3 : -1;
}

/** The quarter's seat inside the office phrase read with names, where a name starts right after it. Returns its end, or -1. */
export function quarterSeatEndBeforeName(tokens: readonly Token[], i: number, isName: IsNameToken): number {
  const end = quarterSeatEnd(tokens, i);
  // ("المدير التنفيذي لعمليات شركة إيني | في شمال أفريقيا |، لوكا بيانكي،": or the name set off by a
  // comma; a quarter and a place the lexicon knows are the seat whatever follows them.)
  if (end > 0 && isComma(tokens[end]) && !isName(i + 2) && endBeforeName(tokens, end + 1, isName) > 0) return end;
  return seatEndBeforeName(tokens, end, i + 2, isName);
}

/** Whether tokens[k - 1] and tokens[k], as written, are a place the lexicon knows by two words ("أبو ظبي", "بوركينا فاسو"). */
function closesTwoWordPlaceAt(tokens: readonly Token[], k: number): boolean {
  const [first, second] = [tokens[k - 1], tokens[k]];
  return first?.isWord === true && second?.isWord === true && isTwoWordPlace(first.folded, second.folded);
}

/**
 * "المتحدثة باسم الادعاء الاتحادي | في كالسروه | فلانة علان إن": "في" + one word that no list knows
 * and no ordinary text uses, after the office phrase, may be a foreign town no gazetteer holds (the
 * caller asks that a foreign name run follow it). Not after a verb of meeting (see officeSeatEndAt).
 */
export function opensUnlistedTownSeatAt(tokens: readonly Token[], head: number, i: number): boolean {
  return tokens[i]?.folded === 'في' && isUnlistedTownWord(tokens[i + 1]) && !isMeetingVerbOfObject(tokens[head - 1]);
}

/** Whether a word may be a foreign town no list knows ("كالسروه"): see opensUnlistedTownSeatAt. */
export function isUnlistedTownWord(town: Token | undefined): boolean {
  if (town?.isWord !== true || /^(?:ال|[وف])/.test(town.folded) || isListedNameWord(town.folded) || isVerbLike(town)) return false;
  return !isOrdinaryWord(town.folded, false, town.text) && !isCommonWord(town);
}

/** The most words of a body or territory named after "في" ("حرس الحدود الأمريكي", "الأرض الفلسطينية المحتلة"). */
const MAX_SEAT_WORDS = 3;

/**
 * A plain noun of such a phrase: no verb, office or title, no clitic but the article. ("مدير الإدارة
 * في الوزارة | المهندس فلان": a courtesy title opens the holder's name, though it has an adjective's shape.)
 */
function isSeatNoun(token: Token | undefined): token is Token {
  return token?.isWord === true && token.folded.length >= 3 && !/^(?:[وفبلك]|لل)/.test(token.folded) && !isVerbLike(token) && !isOfficeWord(token) && !isListedNameWord(token.folded) && !isHonorificWord(token);
}

/** An adjective with the article that goes on such a phrase: a nationality, a feminine or participle form ("الفلسطينية", "المحتلة"). */
function isSeatAdjective(token: Token | undefined): boolean {
  return isSeatNoun(token) && isDefinite(token) && (isNationalityWord(token) || /(?:ه|ي)$/.test(token.folded) || token.folded.startsWith('الم'));
}

/**
 * "ممثل منظمة الصحة العالمية | في الأرض الفلسطينية المحتلة | فلان", "رئيس لجنة الشؤون الخارجية |
 * في البوندستاغ | فلان", "القائد الميداني | في حرس الحدود الأمريكي | فلان": "في" + a definite noun
 * (or a noun in construct with one) and its adjectives, after an office phrase, names the body or
 * territory the office serves; the caller asks that the holder's name follow it. The words after
 * the first are ones the news writes often (a name's would be rare: "في قابس | الجلولي فلان"), and
 * none is a name `isName` knows. Not after a verb of meeting (see officeSeatEndAt). Returns where
 * the phrase ends, or -1.
 */
export function definiteSeatEndAt(tokens: readonly Token[], head: number, i: number, isName: IsNameToken = () => false): number {
  return isMeetingVerbOfObject(tokens[head - 1]) ? -1 : definiteSeatEnd(tokens, i, isName);
}

/** "في الأرض الفلسطينية المحتلة": where "في" + a definite seat at `i` ends (definiteSeatEndAt, whatever stands before the office), or -1. */
export function definiteSeatEnd(tokens: readonly Token[], i: number, isName: IsNameToken = () => false): number {
  if (tokens[i]?.folded !== 'في') return -1;
  const word = (k: number): boolean => isSeatNoun(tokens[k]) && !isName(k);
  // ("في حالات الطوارئ": or a word the common words list holds, though rare as the tagger counts it.)
  const following = (k: number): boolean => word(k) && (!isRareWord(tokens[k].folded) || isCommonWord(tokens[k]));
  let end = i + 1;
  if (!word(end)) return -1;
  if (!isDefinite(tokens[end])) {
    // (In construct: "حرس الحدود".)
    if (!following(end + 1) || !isDefinite(tokens[end + 1])) return -1;
    end++;
  }
  end++;
  while (end - i - 1 < MAX_SEAT_WORDS && following(end) && isSeatAdjective(tokens[end])) end++;
  return end;
}
