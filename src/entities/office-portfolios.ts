/** The portfolio, aim, seat or workplace of a body that an office phrase names after its head ("وزير الدولة للشؤون ..."). */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { gazetteer } from './gazetteer.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { isLamGivenName } from './lam-given-names.js';
import { foldedNamedAfterHeads, foldedPortfolioGlosses, foldedRoleQualifiers, foldedRoleStops, isParticle } from './lexicon.js';
import { isCommonWord, isPlaceWord } from './ordinary-words.js';
import { isOftenANameInNews, isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import type { IsNameToken } from './role-types.js';
import { isDefinite, isImperfectVerb, isNamedAfterHead, isNationalityWord, isOfficeStem, isOfficeWord, isOrganizationHead, isPlaceOrNationality, isPluralOffice, isTimeWord, isVerbLike, stems, ISTIFAL_NOUN, TAFIL_NOUN, TAFILA_NOUN } from './office-words.js';
import { REGIONAL_WORDS } from './office-prepositions.js';
import { isCompassRegionAt, SPOKEN_FOR } from './office-phrase-parts.js';
import { IN_CHARGE_HEADS } from './office-start.js';

/**
 * "مساعد الأمين لتقنية المعلومات", "نائب المدير لشؤون الطلاب": a deputy's office (an indefinite office
 * and the definite office it serves) goes on with "ل" + the portfolio and its definite genitive.
 * ("نائب رئيس الوزراء الأوكراني لإعادة الإعمار": the office served may be one in the construct state
 * with its definite genitive, and its state's nationality may follow it.)
 */
export function deputyPortfolio(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (isDefinite(tokens[head]) || !isOfficeWord(tokens[head]) || servedOfficeEnd(tokens, head + 1) !== i) return false;
  return /^ل[^ل]/.test(token.folded) && stems(token).length > 1 && next?.isWord === true && isDefinite(next) && !isVerbLike(next);
}

/** Where the office a deputy serves, from `start`, ends: "المدير", "رئيس الوزراء", then a definite nationality; -1 if none starts there. */
function servedOfficeEnd(tokens: readonly Token[], start: number): number {
  const office = tokens[start];
  if (office?.isWord !== true || !isOfficeWord(office)) return -1;
  if (isDefinite(office)) return start + 1;
  const genitive = tokens[start + 1];
  if (genitive?.isWord !== true || !isDefinite(genitive) || isNationalityWord(genitive)) return -1;
  const nationality = tokens[start + 2];
  return nationality?.isWord === true && isDefinite(nationality) && isNationalityWord(nationality) ? start + 3 : start + 2;
}

/** Nisba adjectives of an office's kind ("المدير التنفيذي", "المدير الإقليمي"), folded. */
export const OFFICE_NISBAS = new Set(['التنفيذي', 'التنفيذية', 'الإقليمي', 'الإقليمية', 'الفني', 'الفنية', 'المالي', 'المالية', 'الإداري', 'الإدارية'].map(fold));

/**
 * "المندوب الجهوي لحماية الطفولة", "المدير العام لتنمية الصادرات": after a definite office and its
 * qualifier ("الجهوي", "العام"), "ل" + a noun with a definite genitive names the office's field.
 */
export function qualifiedOfficeAim(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  if (i !== head + 2 || !isDefinite(tokens[head]) || !isOfficeWord(tokens[head]) || !(foldedRoleQualifiers.has(previous.folded) || REGIONAL_WORDS.has(previous.folded) || OFFICE_NISBAS.has(previous.folded))) return false;
  if (!/^ل[^ل]/.test(token.folded) || stems(token).length < 2 || isVerbLike(token) || !next?.isWord || !isDefinite(next) || isVerbLike(next)) return false;
  // ("المدير العام لمطار المنستير الحبيب بورقيبة": a place or body named after someone runs on into
  // that name; the loose apposition grammar reads it instead.)
  return !foldedMediaHeadStems.has(stems(token)[1]) && !foldedNamedAfterHeads.has(stems(token)[1]);
}

/**
 * "مدير حفظ الصحة | وحماية المحيط": "و" + a second verbal noun with its definite genitive, parallel to
 * the portfolio before it (an indefinite noun and its definite genitive inside the phrase).
 */
export function parallelPortfolio(tokens: readonly Token[], head: number, i: number): boolean {
  const next = tokens[i + 1];
  const before = tokens[i - 2];
  // ("وزير الاتصالات | وتقنية المعلومات": right after the office's own genitive, a noun in "ة", never a verb.)
  if (i - 2 < head || (i - 2 === head && !/ة$/.test(tokens[i].text)) || !before?.isWord || isDefinite(before) || !isDefinite(tokens[i - 1]) || !next?.isWord || !isDefinite(next) || isVerbLike(next)) return false;
  return !isVerbLike(tokens[i]) && !isRareWord(stems(tokens[i])[1] ?? '') && !isVerbLike(before);
}

/** Quantifiers ("وأحد الصناعيين", "وكبار الشخصيات", "ومختلف الأحزاب"), folded: they count people or things, no portfolio or matter. */
const QUANTIFIERS = new Set(['أحد', 'إحدى', 'بعض', 'كل', 'جميع', 'عدد', 'معظم', 'أغلب', 'باقي', 'بقية', 'سائر', 'كافة', 'كبار', 'مختلف', 'مختلفة', 'أبرز', 'عامة', 'غالبية', 'أغلبية', 'عشرات', 'مئات', 'آلاف'].map(fold));

/**
 * "وزير العلاقة مع الهيئات الدستورية والمجتمع المدني | وحقوق الإنسان": after the definite genitive
 * of a minister's portfolio, "و" + a common noun in the construct state before a definite genitive
 * is a further portfolio of the same office (never a verb, another office or those who come with him).
 */
export function furtherPortfolio(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  // ("و حقوق الإنسان": the conjunction may stand apart.)
  const detached = tokens[i].folded === 'و';
  const noun = detached ? (stems(tokens[i + 1] ?? tokens[i])[0] ?? '') : stems(tokens[i])[1];
  const nounToken = detached ? tokens[i + 1] : tokens[i];
  const genitive = detached ? i + 2 : i + 1;
  const previous = tokens[i - 1];
  const next = tokens[genitive];
  // ("الوكيل المساعد في وزارة الصحة | ووقاية المجتمع": after a ministry's own portfolio, whatever office heads the phrase.)
  const ministry = tokens[i - 2]?.isWord === true && stems(tokens[i - 2]).some((stem) => MINISTRY_HEADS.has(stem));
  // ("الوزيرة المنتدبة المكلفة بالانتقال الرقمي | وإصلاح الإدارة": or after the matter of one in
  // charge, "المكلف", whose matters are portfolios.)
  const inCharge = tokens.slice(head + 1, i - 1).some((token, k) => IN_CHARGE_HEADS.has(token.folded) && /^ب./.test(tokens[head + 2 + k]?.folded ?? ''));
  if (i < head + 2 || (isDefinite(tokens[head]) && !ministry && !inCharge) || !isOfficeWord(tokens[head]) || isPluralOffice(tokens[head]) || !previous.isWord || !isDefinite(previous) || !next?.isWord || isName(genitive)) return false;
  if (nounToken === undefined || !nounToken.isWord || (detached && stems(nounToken).length !== 1)) return false;
  // ("وزيرة الأسرة والمرأة والطفولة | وكبار السن": but the elderly, "كبار السن", are people a portfolio serves.)
  const elderly = noun === 'كبار' && next.folded === 'السن';
  // ("وزير الزراعة | واستصلاح الأراضي": a verbal noun of the "استفعال" pattern, however rare, is one.)
  // ("لجنة الصحة ... | وذوي الإعاقة", "والتعاون الدولي | وتونسيي الخارج": so are "ذوي" (those with)
  // and a plural nisba in the construct state, the people a portfolio serves.)
  // ("وزيرة الشؤون الاقتصادية | وترقية القطاعات الإنتاجية": so is a verbal noun of the "تفعلة" pattern the news writes.)
  // ("وزير الصحة | ووقاية المجتمع": so is a noun in "ة" the news never takes for a person, rare as it
  // may be in the tagger's training text, and no given name.)
  const familiar = elderly || (isCommonWord(noun) && !isRareWord(noun)) || ISTIFAL_NOUN.test(noun) || isPeopleInConstruct(noun ?? '') || (TAFILA_NOUN.test(noun ?? '') && !isRareWord(noun)) || isNeverAPersonFeminineNoun(noun ?? '');
  if (noun === undefined || (QUANTIFIERS.has(noun) && !elderly) || noun.startsWith('ال') || !familiar || isVerbLike(nounToken) || isOfficeStem(noun) || ENTOURAGE_NOUNS.has(noun) || isPluralOffice(nounToken)) return false;
  // ("مديرة عامة للبنك الوطني الفلاحي | وجميل الشريف رئيسا": a word the news now and then takes for a
  // person, before one it takes for a family name, is the next appointee's name.)
  if (personShareBucket(noun) >= 1 && (personShareBucket(next.folded) >= 1 || gazetteer().familyNames.has(next.folded))) return false;
  return isDefinite(next) && stems(next).length === 1 && !isVerbLike(next) && !isNationalityWord(next) && !isTimeWord(tokens, genitive);
}

/**
 * "الجرائم المالية | وغسل الأموال": "و" + a bare noun of running text that the news never takes for a
 * person (no particle, adverb or quantifier, no verb) right after a definite word and before its own
 * definite genitive (no name, time or verb): a second matter of the same body or portfolio, in the
 * construct state. The same shape as furtherPortfolio's, which reads it only after an office's own
 * genitive but takes more kinds of noun; this one takes any definite word before it, so fewer nouns.
 */
export function isConjoinedConstructAt(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const [token, previous, genitive] = [tokens[i], tokens[i - 1], tokens[i + 1]];
  if (!token?.isWord || !/^و[^ا].{2,}$/.test(token.folded) || !previous?.isWord || !isDefinite(previous) || genitive?.isWord !== true || !/^ال../.test(genitive.folded)) return false;
  const noun = token.folded.slice(1);
  // (Not a given name that is also a common word: "مديرة عامة للبنك الوطني الفلاحي | وجميل الشريف".)
  const commonNoun = (isCommonWord(noun) || isSeenInRunningText(noun)) && personShareBucket(noun) === 0 && !isListedGivenName(noun);
  return commonNoun && !foldedRoleStops.has(noun) && !QUANTIFIERS.has(noun) && !isVerbLike(token) && !isVerbLike(genitive) && !isName(i + 1) && !isTimeWord(tokens, i + 1);
}

/** A folded noun in "ة" that the news never takes for a person (under 5% of its uses) and no list gives as a name ("وقايه"). */
export function isNeverAPersonFeminineNoun(noun: string): boolean {
  return /^[^ا].+ه$/.test(noun) && personShareBucket(noun) === 0 && !isListedGivenName(noun) && !isListedNameWord(noun);
}

/** "وزارة", "وزير" (folded): heads whose definite genitive is a portfolio. */
const MINISTRY_HEADS = new Set(['وزاره', 'وزير']);

/** "ذوي" (those with) and a plural nisba in the construct state ("تونسيي", "مغربيي"), folded. */
const PEOPLE_IN_CONSTRUCT = /^(?:ذوي|.{3,}يي)$/;

/**
 * Whether a folded noun names people in the construct state, the people a portfolio serves
 * (PEOPLE_IN_CONSTRUCT), or a sound plural that lost its "ن" there ("مفقودي", of "مفقودين": "ضحايا
 * ومفقودي فيضان درنة").
 */
export function isPeopleInConstruct(noun: string): boolean {
  return PEOPLE_IN_CONSTRUCT.test(noun) || (/^[^ا].{3,}ي$/.test(noun) && isCommonWord(`${noun}ن`));
}

/** Whether the detached "و" at i joins a noun in the construct state, as an earlier detached "و" of the phrase joined a portfolio. */
export function detachedPortfolioInConstruct(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  const noun = tokens[i + 1];
  const genitive = tokens[i + 2];
  if (!noun?.isWord || !genitive?.isWord || isDefinite(noun) || stems(noun).length !== 1 || !isCommonWord(noun) || isVerbLike(noun) || isImperfectVerb(noun) || isName(i + 1) || isName(i + 2)) return false;
  if (!isDefinite(genitive) || isVerbLike(genitive) || !isDefinite(tokens[i - 1])) return false;
  return tokens.slice(head + 1, i).some((token) => token.folded === 'و');
}

/**
 * "و جامعة الدول العربية", "وهيئة الانتخابات": a further body of the portfolio, its head (`isHead`,
 * read without the conjunction) in the construct state before a definite genitive.
 */
export function bodyInConstruct(tokens: readonly Token[], i: number, isHead: boolean): boolean {
  const next = tokens[i + 1];
  return isHead && next?.isWord === true && isDefinite(next) && !isVerbLike(next);
}

/**
 * "رئيس اللجنة الوطنية لمكافحة المخدرات", "مدير الإدارة العامة لمكافحة الإرهاب": after a definite
 * body ("اللجنة", "الإدارة") in the phrase, "ل" + a noun with a definite complement names its aim.
 */
export function bodyAim(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  // "لاستغلال وتوزيع المياه": two verbal nouns joined by "و" share the definite genitive.
  const coordinated = next?.isWord === true && next.folded.startsWith('و') && stems(next).length > 1 && tokens[i + 2]?.isWord === true && isDefinite(tokens[i + 2]);
  // "للاتحاد العام لطلبة تونس": the genitive may also be a place; "لأصحاب سيارات التاكسي": a
  // chain of nouns in the construct state that ends in a definite one.
  // ("لممتحني رخص السياقة": a noun no list knows, "رخص", chains on as well where neither it nor the
  // aim is a name word; "لمحمد صالح الحداد" is a man's name.)
  // ("لتوزيع كهرباء الوسط": a common word whose first letter also reads as a clitic, "ك" + "هرباء", is whole.)
  const chainNoun = next?.isWord === true && (stems(next).length === 1 || (isCommonWord(next) && !next.folded.startsWith('و'))) && (isCommonWord(next) || (!isListedNameWord(next.folded) && stems(token).slice(1).every((stem) => !isListedNameWord(stem)) && !isLamGivenName(token.folded)));
  // ("لكهرباء ريف دمشق": or in a place's name, a definite noun itself.)
  const closesChain = (k: number): boolean => tokens[k]?.isWord === true && (isDefinite(tokens[k]) || isPlaceOrNationality(tokens[k])) && !isVerbLike(tokens[k]);
  // ("لتدريب عمليات | حفظ السلام": or a second noun in the construct state before it, one the news
  // writes and never takes for a person.)
  const secondChainNoun = tokens[i + 2]?.isWord === true && stems(tokens[i + 2]).length === 1 && (isCommonWord(tokens[i + 2]) || (!isRareWord(tokens[i + 2].folded) && personShareBucket(tokens[i + 2].folded) === 0)) && !isDefinite(tokens[i + 2]) && !isVerbLike(tokens[i + 2]) && !isParticle(tokens[i + 2]);
  const chain = chainNoun && (closesChain(i + 2) || (secondChainNoun && closesChain(i + 3)));
  // ("لدول غرب أفريقيا": or a region named by a compass noun and a place.)
  if (!token.folded.startsWith('ل') || token.folded.startsWith('لل') || stems(token).length < 2 || !next?.isWord || !(isDefinite(next) || coordinated || chain || isPlaceOrNationality(next) || isCompassRegionAt(tokens, i + 1)) || isVerbLike(next)) return false;
  if (foldedMediaHeadStems.has(stems(token)[1])) return false;
  if (!isDefinite(tokens[i - 1])) return isAimAfterBareCountry(tokens, head, i);
  // "استقالة رئيس الحكومة | لزهر العكرمي": a Maghreb given name in "ل" before a family name no
  // common word is the holder, no aim; after a verb of saying ("وقال رئيس الحكومة لسعد الحريري")
  // the "ل" may be whom he told, so the phrase keeps its old reading there.
  const speaker = tokens[head - 1];
  const afterSaying = speaker?.isWord === true && stems(speaker).some((stem) => gazetteer().personVerbs.has(stem));
  if (isLamGivenName(token.folded) && !isCommonWord(next) && !afterSaying) return false;
  // ("الأمين العام لمجلس التعاون لدول الخليج": a body in the construct state before its definite genitive.)
  // Its aim is a common noun there too ("لسعد اليعقوبي" is to whom something went).
  const namedAim = !isCommonWord(stems(token)[1]) || isListedGivenName(stems(token)[1]);
  for (let k = head + 1; k < i; k++) if (isOrganizationHead(tokens[k]) && (isDefinite(tokens[k]) || (k + 1 < i && (isDefinite(tokens[k + 1]) || isConstructChainBefore(tokens, k + 1, i) || isProperNameWithNationality(tokens, k + 1, i)) && !namedAim))) return true;
  // "الناطق الرسمي باسم القطب القضائي لمكافحة الإرهاب": what a spokesman speaks for is a body,
  // whatever its head noun; its aim is a common noun.
  for (let k = head + 1; k + 1 < i; k++) if (SPOKEN_FOR.has(tokens[k].folded) && isDefinite(tokens[k + 1]) && !namedAim) return true;
  // "رئيس المرصد التونسي لحقوق الإنسان": the definite genitive of an indefinite office is a body,
  // whatever its head noun, unless it is an office of state ("رئيس الحكومة"); its aim is a common
  // noun ("لمحمد السعدني" is to whom someone spoke).
  const body = tokens[head + 1];
  const aim = stems(token)[1];
  return isCommonWord(aim) && !isListedGivenName(aim) && !isDefinite(tokens[head]) && isOfficeWord(tokens[head]) && body.isWord && isDefinite(body) && stems(body).length === 1 && !foldedPortfolioGlosses.has(body.folded) && !isPlaceOrNationality(body) && !isOfficeWord(body);
}

/**
 * "لمجموعة | كلاشنيكوف الروسية | لصناعة الأسلحة": a proper name (a word the news does not write as a
 * common noun) and its nationality from `start` up to `end` make the body before them definite.
 */
function isProperNameWithNationality(tokens: readonly Token[], start: number, end: number): boolean {
  const [name, nationality] = [tokens[start], tokens[start + 1]];
  return end === start + 2 && name.isWord && !isDefinite(name) && !isCommonWord(name) && !isVerbLike(name) && isDefinite(nationality) && isNationalityWord(nationality);
}

/**
 * Whether the words from `start` up to `end` are a chain of nouns in the construct state that ends
 * in a definite one ("الترشحات", "فرز الترشحات"), which makes the body before them definite:
 * "عضو لجنة فرز الترشحات | لعضوية هيئة الانتخابات".
 */
function isConstructChainBefore(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start > 3) return false;
  for (let k = start; k < end - 1; k++) if (!tokens[k].isWord || isDefinite(tokens[k]) || stems(tokens[k]).length !== 1 || !isCommonWord(tokens[k]) || isVerbLike(tokens[k])) return false;
  return tokens[end - 1].isWord && isDefinite(tokens[end - 1]);
}

/**
 * "رئيس اتحاد مدغشقر | لكرة القدم": a country named bare as the genitive of a body's head in the
 * construct state makes the body definite; its aim (a common noun, no given name) follows with "ل".
 */
function isAimAfterBareCountry(tokens: readonly Token[], head: number, i: number): boolean {
  const country = tokens[i - 1];
  const body = tokens[i - 2];
  if (i - 2 < head || !body?.isWord || isDefinite(body) || !isOrganizationHead(body)) return false;
  if (stems(country).length !== 1 || !gazetteer().places.has(country.folded)) return false;
  const aim = stems(tokens[i])[1];
  // ("بشركة أسيوط | لتكرير البترول": or a verbal noun of the "تفعيل" pattern before its definite object, rare as it may be.)
  const verbalNoun = TAFIL_NOUN.test(aim) && tokens[i + 1]?.isWord === true && isDefinite(tokens[i + 1]) && !isVerbLike(tokens[i + 1]);
  return (isCommonWord(aim) || verbalNoun) && !isListedGivenName(aim);
}

/**
 * "رئيس غرفة عدول المنفذين | سوسة القيروان": after a body the office names, a town the news names
 * as a place (no common word, no given or family name) is the seat of that body's branch; it may
 * be one the lexicon lacks. A second such town follows it bare.
 */
export function bodySeat(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || stems(token).length !== 1 || isDefinite(token) || !isPlaceWord(token.folded) || isCommonWord(token)) return false;
  if (isListedNameWord(token.folded) || isOftenANameInNews(token.folded)) return false;
  for (let k = head + 1; k < i; k++) if (isOrganizationHead(tokens[k])) return true;
  return false;
}

/**
 * "كاتب عام نقابة أعوان | مطار قرطاج": a body's head in the construct state, then the noun of its
 * members (workers, agents, staff) in the construct state too, whose genitive is where they work: a
 * facility's head ("مطار", "ميناء", "مستشفى") with its name after it belongs to the body's name,
 * whatever the tagger's text says of the members' noun (a plural it seldom saw takes a genitive all
 * the same).
 */
export function membersWorkplace(tokens: readonly Token[], head: number, i: number): boolean {
  const token = tokens[i];
  const members = tokens[i - 1];
  const body = tokens[i - 2];
  const name = tokens[i + 1];
  if (i - 2 < head || !token.isWord || !members?.isWord || !body?.isWord || !name?.isWord) return false;
  if (isDefinite(token) || stems(token).length !== 1 || !isNamedAfterHead(token) || isOrganizationHead(token)) return false;
  if (isDefinite(members) || stems(members).length !== 1 || !isCommonWord(members) || isVerbLike(members) || isOfficeWord(members) || isOrganizationHead(members) || isPlaceOrNationality(members)) return false;
  if (isDefinite(body) || !isOrganizationHead(body)) return false;
  // The facility's name: a definite word, a place, or a proper noun no common word (no verb).
  const stem = stems(name).at(-1) ?? '';
  return !isVerbLike(name) && (isDefinite(name) || isPlaceOrNationality(name) || isPlaceWord(stem) || !isCommonWord(stem));
}

/** Media whose name a "ل" may open ("لصحيفة الحياة"): never a body's aim. */
const foldedMediaHeadStems = new Set(['وسايل', 'صحيفه', 'وكاله', 'قناه', 'مجله', 'جريده', 'موقع', 'شبكه', 'اذاعه', 'تلفزيون', 'شركه']);

/** Those who come with an official ("والوفد المرافق له", "والحضور"), folded: a closed class. */
export const ENTOURAGE_NOUNS = new Set(['الوفد', 'المرافقين', 'المرافقون', 'الحضور', 'الحاضرين', 'المسوولين', 'القاده', 'المشاركين', 'المدعوين', 'الضيوف']);

/**
 * "لوكالة الموانئ | وتجهيزات الصيد البحري": in a body's name (its head in the construct state, then a
 * definite genitive), "و" + a plural of things in the construct state before a definite noun is a
 * second genitive of the same head. (Plurals of things only: "وأعضاء الوفد" are other people.)
 */
export function coordinatedBodyGenitive(tokens: readonly Token[], head: number, i: number): boolean {
  const [body, genitive, token, next] = [tokens[i - 2], tokens[i - 1], tokens[i], tokens[i + 1]];
  if (i - 2 <= head || !body.isWord || !genitive.isWord || !token.isWord || next?.isWord !== true) return false;
  const readings = stems(token);
  const noun = readings[1];
  if (readings.length !== 2 || !token.folded.startsWith('و') || noun === undefined || !/.{3}ات$/.test(noun) || !isCommonWord(noun)) return false;
  if (!isOrganizationHead(body) || isDefinite(body) || !isDefinite(genitive)) return false;
  return isDefinite(next) && !isVerbLike(next) && !isNationalityWord(next);
}

/**
 * "المقرر الخاص بحماية | و تعزيز حقوق الإنسان", "لتنظيم | و تطوير القطاع": after "ب"/"ل" + a
 * verbal noun in the construct state (no article), a detached "و" at i + a second such noun (a
 * common word, no verb) before a genitive word: both nouns share that genitive.
 */
export function sharesGenitiveAfterDetachedWaw(tokens: readonly Token[], head: number, i: number, isName: IsNameToken): boolean {
  const [first, second, genitive] = [tokens[i - 1], tokens[i + 1], tokens[i + 2]];
  if (i - 1 <= head || !first?.isWord || !second?.isWord || !genitive?.isWord || isName(i + 1) || isName(i + 2)) return false;
  const firstNoun = /^[بل][^ل]/.test(first.folded) ? stems(first)[1] : undefined;
  if (firstNoun === undefined || firstNoun.startsWith('ال') || !isCommonWord(firstNoun) || isVerbLike(first) || isPlaceWord(firstNoun) || gazetteer().places.has(firstNoun)) return false;
  // (The second noun has a verbal noun's shape, "تعزيز", "إدارة", "استغلال": no verb such as "تحدث".)
  if (isDefinite(second) || stems(second).length !== 1 || !VERBAL_NOUN_SHAPES.some((shape) => shape.test(second.folded)) || isVerbLike(second) || isImperfectVerb(second)) return false;
  return !isVerbLike(genitive) && !isImperfectVerb(genitive) && !foldedRoleStops.has(genitive.folded);
}

/** Shapes of verbal nouns, folded: "تفعيل", "...ة" ("حماية", "مراقبة"), "إفعال", "افتعال", "استفعال". */
const VERBAL_NOUN_SHAPES = [/^ت[^ا]{2}ي[^ا]$/, /^[^ال].{2,}ه$/, /^ا[^ا]{2}ا[^ا]$/, /^ا[^ا]ت[^ا]ا[^ا]$/, /^است[^ا]{2}ا[^ا]$/];
