/**
 * "الوزير المكلف بالعلاقة مع مجلس نواب الشعب | والناطق الرسمي باسم الحكومة فلان", "الرئيس الفرنسي
 * السابق | وزعيم حزب الجمهوريين فلان": a second office joined by "و" to an office that already names
 * its body or country. The annotated news keeps the first office as the holder's role (6 such
 * phrases on ANT's tuning sets, 2 in ../shared/gold), so the role is shown up to the "و" (roles.ts
 * officeAsShown); the grammar still reads through it so that the phrase reaches the name. A first
 * office that names neither may share the second one's complement, and the news keeps both then:
 * "رئيس اللجنة التنفيذية والمتحدث الرسمي باسم الانتخابات البلدية", "رئيس النيابة الخصوصية والمعتمد
 * الأول بسوسة"; so may an office whose only complement is another office ("مساعد لوكيل الجمهورية
 * والناطق باسم المحكمة"). A membership is no office (joined-memberships.ts): "العضو المؤسس للحركة
 * والوزير السابق" keeps the office after it.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';
import { isDefinite, isNationalityWord, isOfficeBehindClitic, isOfficeStemWithOrWithoutArticle, isOfficeWord, isOrganizationHead, isPlace, isPlaceOrNationality, isPlaceStem, stems } from './office-words.js';
import { isOfficeAt } from './office-start.js';
import { foldedRoleQualifiers } from './lexicon.js';
import { ACTING, FORMER } from './office-phrase-parts.js';
import { isJoinedMembership, isMembershipNoun } from './joined-memberships.js';

/** Prepositions that open an office's complement as a word of their own (folded). */
const COMPLEMENT_PREPOSITIONS = new Set(['باسم', 'لدى', 'في', 'مع', 'عن', 'من', 'على'].map(fold));

/** Whether the token is "و" + an office noun, with or without the article ("والناطق", "ورئيس"). */
function isJoinedOffice(token: Token): boolean {
  if (!token.isWord || !token.folded.startsWith('و')) return false;
  // ("ومندوبها الدائم": an office with the pronoun of the body or state just named; "ومندوبه" folds
  // to the feminine office itself.)
  return isOfficeBehindClitic(token) || (/^و.{3,}ها$/.test(token.folded) && isOfficeStemWithOrWithoutArticle(token.folded.slice(1, -2)));
}

/** Whether a word of the office is a prepositional complement ("بالعلاقة", "لحزب", "باسم") or a nationality. */
function namesBodyOrCountry(token: Token): boolean {
  if (!token.isWord) return false;
  if (isNationalityWord(token) || COMPLEMENT_PREPOSITIONS.has(token.folded)) return true;
  // ("لوكيل الجمهورية": "ل" + an office is the office's own genitive, no body.)
  return /^[بل]/.test(token.folded) && !token.folded.startsWith('ال') && stems(token).length > 1 && !isOfficeBehindClitic(token);
}

/**
 * Whether the token at `k` inside the office phrase opening at `start` joins a second office to a
 * whole first one (see above).
 */
export function joinsSecondOffice(tokens: readonly Token[], start: number, k: number): boolean {
  if (k < start + 2 || !isJoinedOffice(tokens[k]) || isMembershipNoun(tokens[start]) || isJoinedMembership(tokens[start])) return false;
  // "رئيس الحركة الدستورية | والوزير الأسبق": an office he held before, joined after the one he
  // holds, shares no complement with it; the news keeps the first (U6 gold).
  if (isFormerOfficeAt(tokens, k) && tokens.slice(start + 1, k).some((token) => token.isWord && isDefinite(token))) return true;
  for (let j = start + 1; j < k; j++) if (namesBodyOrCountry(tokens[j]) || isDefiniteLamGenitive(tokens[j]) || stacksOfficeAt(tokens, j)) return true;
  // ("ممثل منظمة الصحة العالمية | ورئيس بعثتها": a second office over the body the first one names in
  // the construct state, its pronoun that body.)
  if (hasPronounEnding(tokens[k + 1]) && tokens.slice(start + 1, k - 1).some((token, j) => token.isWord && !isDefinite(token) && isOrganizationHead(token) && isDefinite(tokens[start + 2 + j]))) return true;
  // ("وزير التربية | ووزير التعليم العالي", "النائب الأول لرئيس مجلس الوزراء | ووزير الداخلية": a
  // minister's post joined to a whole minister's or deputy prime minister's office, one with a
  // definite complement, is a second post of its own, as cabinets with several portfolios a minister
  // write them; the news keeps the first (../shared/gold). Not an acting one: "ووزير التربية
  // بالنيابة", "ووزير الإعلام المكلف" are kept with the post he holds (a10 gold, the tests).)
  if (isMinistersPost(tokens, start, k) && MINISTERS.has(stems(tokens[k])[1] ?? '') && !tokens.slice(k + 1, k + 1 + MAX_ACTING_OFFSET).some((token) => ACTING.has(token.folded) || ASSIGNED.has(token.folded))) return true;
  return false;
}

/** "بعثتها", "مكتبه": a noun with the pronoun of the body or state just named. */
function hasPronounEnding(token: Token | undefined): boolean {
  return token?.isWord === true && !isDefinite(token) && /(?:ها|ه)$/.test(token.folded) && /(?:ها|ه)[\u064b-\u0652]*$/.test(token.text) && !/ة[\u064b-\u0652]*$/.test(token.text);
}

/**
 * "للمملكة": "ل" + the article, the body or country an office serves ("المفتي العام للمملكة |
 * ورئيس اللجنة الدائمة"); "للرئيس" is the office's own genitive. (Not a seat for chainsSecondOffice:
 * "المفتي العام للمملكة رئيس هيئة كبار العلماء" is one title.)
 */
function isDefiniteLamGenitive(token: Token): boolean {
  // ("وكيل الأمين العام للشؤون الإنسانية ومنسق الإغاثة": "للشؤون" names a portfolio, the UN's title one.)
  return token.isWord && /^لل../.test(token.folded) && token.folded !== 'للشوون' && !isOfficeStemWithOrWithoutArticle(token.folded.slice(2));
}

/**
 * "وزير الدولة للشؤون الخارجية | عضو مجلس الوزراء | ومبعوث شؤون المناخ": a bare office noun right
 * after a definite word stacks a second office on the first; one joined by "و" after it is a third.
 */
function stacksOfficeAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  const previous = tokens[j - 1];
  // (Bare: "لوكيل الجمهورية" is the office's genitive, "المساعد الأول | لوكيل الجمهورية".)
  return token.isWord && previous?.isWord === true && stems(token).length === 1 && !isDefinite(token) && isDefinite(previous) && isOfficeWord(token) && !foldedRoleQualifiers.has(token.folded);
}

/** Words of a joined minister's post up to its "acting" ("ووزير التربية | بالنيابة"). */
const MAX_ACTING_OFFSET = 4;

/** "وزير", "وزيرة" (folded), as "و" + the word gives them. */
const MINISTERS = new Set(['وزير', 'وزيره']);

/** "المكلف", "المكلفة" (assigned, acting), folded. */
const ASSIGNED = new Set(['المكلف', 'المكلفه']);

/**
 * Whether tokens[start, k) is a minister's office with a definite complement ("وزير التربية") or
 * a deputy prime minister's ("النائب الأول لرئيس مجلس الوزراء").
 */
function isMinistersPost(tokens: readonly Token[], start: number, k: number): boolean {
  const words = tokens.slice(start, k).filter((token) => token.isWord);
  const minister = stems(tokens[start]).some((stem) => MINISTERS.has(stem) || MINISTERS.has(stem.replace(/^ال/, '')));
  return (minister && words.slice(1).some(isDefinite)) || words.some((token) => token.folded === 'الوزراء');
}

/** Words of a joined office up to its "former" ("والوزير | الأسبق", "ووزير الاقتصاد | السابق"). */
const MAX_FORMER_OFFSET = 2;

/** Whether the joined office at `k` is qualified as former within its first words. */
function isFormerOfficeAt(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + MAX_FORMER_OFFSET && tokens[j]?.isWord; j++) if (FORMER.has(tokens[j].folded)) return true;
  return false;
}

/**
 * "عضو المكتب التنفيذي، والناطق الرسمي باسم الاتحاد", "القيادي في الحركة ورئيس كتلتها": where the
 * office joined by "و" to a membership that opens the phrase at `start` begins; -1 if none.
 */
export function officeAfterMembership(tokens: readonly Token[], start: number, end: number): number {
  if ((!isMembershipNoun(tokens[start]) && !isJoinedMembership(tokens[start])) || isParliamentSeat(tokens, start) || isManagingDirector(tokens, start)) return -1;
  return joinedOfficeFrom(tokens, start + 2, end);
}

/**
 * "عضو مجلس النواب | ووكيل لجنة الصناعة بالمجلس": a seat in a parliament is an office of its own, and
 * the news keeps it, first, as it keeps any first office; where the office joined to it by "و" starts,
 * or -1.
 */
export function officeAfterParliamentSeat(tokens: readonly Token[], start: number, end: number): number {
  return isParliamentSeat(tokens, start) ? joinedOfficeFrom(tokens, start + 3, end) : -1;
}

/** The first office joined by "و" in [from, end), or -1. */
function joinedOfficeFrom(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (isJoinedOffice(tokens[k])) return k;
  return -1;
}

/**
 * "العضو المنتدب والرئيس التنفيذي للشركة": the managing director ("delegated member") holds an office
 * of his own, no membership, and shares the body of the office joined to it.
 */
function isManagingDirector(tokens: readonly Token[], start: number): boolean {
  return MANAGING.has(tokens[start + 1]?.folded ?? '');
}

/** "المنتدب" after "العضو", "عضو" (folded): the managing director. */
const MANAGING = new Set(['المنتدب', 'منتدب', 'المنتدبه', 'منتدبه']);

/** Whether a membership of a parliament opens at `start` ("عضو مجلس الشورى"). */
function isParliamentSeat(tokens: readonly Token[], start: number): boolean {
  return isMembershipNoun(tokens[start]) && tokens[start + 1]?.folded === 'مجلس' && PARLIAMENTS.has(tokens[start + 2]?.folded ?? '');
}

/** The chambers a member of "مجلس ..." sits in as an elected or appointed parliamentarian, folded. */
const PARLIAMENTS = new Set(['النواب', 'الشوري', 'الشعب', 'الامه', 'الشيوخ', 'الاعيان', 'المستشارين', 'الدوله']);

/** "المعتمد", "المعتمدة" (accredited), folded. */
const ACCREDITED = new Set(['المعتمد', 'المعتمده']);

/**
 * "نائب رئيس دولة الإمارات العربية المتحدة | رئيس مجلس الوزراء حاكم دبي", "مساعد وكيل الجمهورية
 * بالمحكمة الابتدائية بتونس | الناطق الرسمي باسم القطب القضائي": a second office set after a first
 * one without "و", where the first already names its seat by a place or a prepositional complement,
 * starts at `k`; the news keeps the first (the tuning gold, 2 of 2). A first office that names
 * no seat, or only a nationality, is one title with what follows ("نائب رئيس الوزراء وزير
 * الخارجية", "السفير الموريتاني مندوب بلاده"): the gold keeps the whole chain or its last office there.
 */
export function chainsSecondOffice(tokens: readonly Token[], start: number, k: number): boolean {
  const office = tokens[k];
  const previous = tokens[k - 1];
  // ("وكيل إمارة منطقة القصيم | المساعد": a qualifier of the office, no second one.)
  if (k < start + 2 || !office.isWord || !previous.isWord || office.folded.startsWith('و') || foldedRoleQualifiers.has(office.folded) || !isOfficeWord(office) || !isOfficeAt(tokens, k)) return false;
  // ("بعثة الأمم المتحدة | لمساعدة الصومال": behind "ل" or "ب" an office noun is a genitive, here the
  // verbal noun of the body's aim; a second office of the same holder is written bare.)
  if (/^[لب][^ل]/.test(office.folded) && !isOfficeStemWithOrWithoutArticle(office.folded)) return false;
  // ("سفيرة سلطنة عمان | المعتمدة لدى إيطاليا": "accredited to" an envoy's host state, no Tunisian
  // delegate's office.)
  if (ACCREDITED.has(office.folded) && tokens[k + 1]?.folded === 'لدي') return false;
  // A bare office word after a definite one ("المتحدة | رئيس"), or a definite one after the place
  // that closes the first office ("بتونس | الناطق"; after a common noun, "لديوان | الوزير" is its genitive).
  const opensOffice = isDefinite(office) ? isPlaceWithClitics(previous) : isDefinite(previous);
  if (!opensOffice) return false;
  for (let j = start + 1; j < k; j++) if (isSeatWord(tokens[j])) return true;
  return false;
}

/** A place, read through its clitics ("بتونس"). */
function isPlaceWithClitics(token: Token): boolean {
  return isPlace(token) || stems(token).some(isPlaceStem);
}

/** A place named in an office ("الإمارات", "بتونس") or a prepositional complement ("بالمحكمة"), no nationality. */
function isSeatWord(token: Token): boolean {
  if (!token.isWord || isNationalityWord(token)) return false;
  return isPlaceOrNationality(token) || (namesBodyOrCountry(token) && !COMPLEMENT_PREPOSITIONS.has(token.folded));
}
