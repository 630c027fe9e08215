/** Where an office phrase may start: an office noun in use, not one inside a name, a schedule or an unnamed source. */
import { isVillageHeadmanAt, mayBeVillageHeadman } from './village-headmen.js';
import { isAzharSheikhAt, mayBeAzharSheikh } from './azhar-sheikhs.js';
import { isParliamentarianAt, mayBeParliamentarian } from './parliamentarians.js';
import { isDoyenAt } from './dean-offices.js';
import { isConsultantTradeAt } from './consultant-trades.js';
import { isNationalTeamTradeAt } from './national-team-trades.js';
import { isCoachAideAt } from './aide-titles.js';
import { isEventCoordinatorAt } from './event-coordinators.js';
import { rememberedPerWord, type WordHolder } from './word-memo.js';
import { fold } from '../text/normalize.js';
import { OPENS_WITH_DIGIT, type Token } from './tokenize.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isListedGivenName, isListedNameWord } from './given-names.js';
import { foldedLeadingNameParts, foldedNameLikeTitles, foldedPortfolioGlosses, foldedRoleQualifiers, foldedRoleStops, isParticle } from './lexicon.js';
import { isOrdinaryWord } from './ordinary-words.js';
import { isOftenANameInNews, isRareWord } from './tagger.js';
import { rememberedPerPosition } from './block-memo.js';
import { isMosqueOfficeAt, mayBeMosqueOffice } from './mosque-offices.js';
import { triggersIn, triggerWord } from './word-triggers.js';
import { isDefinite, isMostlyANameInNews, isNationalityWord, isOfficeOrPersonTitle, isOfficeWord, isOrganizationHead, mayBeOfficeWord, isPlaceOrNationality, isVerbLike, REGION_HEADS, REPRESENTATIVES, stems } from './office-words.js';
import { isTeamInConstruct } from './honorific-titles.js';
import { isBodyParticipleAt } from './body-participles.js';
import { isTradeNoun } from './trade-nouns.js';
import { isAgentOfGroupAt, isRepresentedGroupAt, isRepresentedTeamAt } from './represented-groups.js';
import { isDefiniteKeeperInCompoundName, isKeeperInCompoundName, isKeptByKeeper, isTitleBeforeCompoundName, isTitleGivenNameBeforeAge } from './compound-name-titles.js';
import { isOfficeFamilyNameAtBoundary } from './office-family-names.js';
import { DAUGHTER_LINKS, FEMININE_NAME_LIKE_TITLES } from './name-parts.js';
import { isPartyMemberAt } from './party-members.js';
import { isProvinceGovernorAt, mayBeProvinceGovernor } from './province-governors.js';
import { isChiefTitleAt, mayBeChiefTitle } from './chief-titles.js';

/** A word an office phrase may open with (the trigger of isOfficeStart: see officeAt). */
export const OFFICE_OPENER = triggerWord((word) => specialOfficeHeads(word) !== 0 || mayBeMosqueOffice(word.folded) || mayBeOfficeWord(word) || mayBeProvinceGovernor(word) || mayBeChiefTitle(word) || mayBeVillageHeadman(word) || mayBeAzharSheikh(word) || mayBeParliamentarian(word));

/** Whether an office phrase may open at token i (an office word that is not part of a name). */
export function isOfficeStart(tokens: readonly Token[], i: number): boolean {
  return tokens[i].isWord && isOfficeAt(tokens, i);
}

/** An office word at i that is not part of a name ("عبد الأمير", "الباجي قائد السبسي"). */
export function isOfficeAt(tokens: readonly Token[], i: number): boolean {
  // (Asked at nearly every position, up to 16 back from each name: a word the block's trigger bits
  // say no office opens with fails every test of officeAt, so its full test is never worked out.)
  return (triggersIn(tokens)[i] & OFFICE_OPENER) !== 0 && officeAtRemembered(tokens, i) === 1;
}

// The phrase grammars ask this of every position up to 16 words before each name, again and again.
const officeAtRemembered = rememberedPerPosition((tokens, i) => Number(officeAt(tokens, i)));

/** "بصورة", "بشكل", "بدرجة", "بصفة" (in a ... manner), folded: the nouns of an adverb of manner. */
const MANNER_NOUNS = new Set(['بصوره', 'بشكل', 'بدرجه', 'بصفه']);

/**
 * Whether tokens[i] is "رئيسة"/"رئيسي" (main) after a noun of manner ("بصورة رئيسة"), or "الرئيسة"
 * (main) agreeing with a definite noun before it that no title or office is ("الخطوط الرئيسة"; "السيدة
 * الرئيسة" is the president).
 */
function isMainAdjectiveAt(tokens: readonly Token[], i: number): boolean {
  if (i > 0 && /^رييسي?ه?$/.test(tokens[i].folded) && MANNER_NOUNS.has(tokens[i - 1].folded)) return true;
  const noun = tokens[i - 1];
  return tokens[i].folded === 'الرييسه' && noun?.isWord === true && isDefinite(noun) && !isOfficeOrPersonTitle(noun) && !isVerbLike(noun);
}

function officeAt(tokens: readonly Token[], i: number): boolean {
  const heads = specialOfficeHeads(tokens[i]);
  if (heads !== 0 && (((heads & SECRETARY_HEAD) !== 0 && isSecretaryGeneral(tokens, i)) || ((heads & IN_CHARGE_HEAD) !== 0 && isInChargeOf(tokens, i)) || ((heads & REPRESENTATIVE_HEAD) !== 0 && isRepresentativeOf(tokens, i)) || ((heads & CHARGE_D_AFFAIRES_HEAD) !== 0 && isChargeDAffairesAt(tokens, i))) || isMosqueOfficeAt(tokens, i)) return true;
  // ("عامل إقليم الحوز": a province's governor, Moroccan usage; province-governors.ts.)
  // ("مختار القرية": a village's headman, Levantine usage; village-headmen.ts.)
  // ("البرلماني عن دائرة تطوان": a member of parliament, Maghreb usage; parliamentarians.ts.)
  // ("شيخ الأزهر": the Grand Imam of al-Azhar; azhar-sheikhs.ts.)
  if (isProvinceGovernorAt(tokens, i) || isVillageHeadmanAt(tokens, i) || isAzharSheikhAt(tokens, i) || isParliamentarianAt(tokens, i)) return true;
  // ("كبير مستشاري الرئيس": a chief of office holders; chief-titles.ts.)
  if (isChiefTitleAt(tokens, i)) return true;
  // (Most words are no office word: that is asked before the team's construct.)
  // ("وكيل أحد المتهمين", "وكيل المتهم": a lawyer, represented-groups.ts.)
  // ("عميدة سن مدربي اليوغا": a doyen, no dean, dean-offices.ts; "المستشار القانوني فلان": an expert, consultant-trades.ts.)
  // ("قائد المنتخب", "المدير الفني للمنتخب": a player and a coach, national-team-trades.ts; "المدرب
  // المساعد": an assistant coach, aide-titles.ts; "المنسق العام للدورة": an event's, event-coordinators.ts.)
  // ("الهيئة المديرة للنادي": a participle agreeing with a body, body-participles.ts.)
  // ("بصورة رئيسة", "بشكل رئيسي": "mainly", the adjective of a manner noun; "الخطوط الرئيسة": the
  // main lines; no president.)
  if (!isOfficeWord(tokens[i]) || isMainAdjectiveAt(tokens, i) || isTeamInConstruct(tokens, i) || isBodyParticipleAt(tokens, i) || isAgentOfGroupAt(tokens, i) || isDoyenAt(tokens, i) || isConsultantTradeAt(tokens, i) || isNationalTeamTradeAt(tokens, i) || isCoachAideAt(tokens, i) || isEventCoordinatorAt(tokens, i)) return false;
  // ("وأمير سلامة السعدي (19 عامًا)": a given name, compound-name-titles.ts.)
  if (isOfficeInName(tokens, i) || isUnnamedOfficial(tokens, i) || isScheduled(tokens, i) || isTitleGivenNameBeforeAge(tokens, i)) return false;
  // ("العميد زيرك حمه أمين | من قوات البيشمركة": a bare "أمين" before "من" ends a name, Kurdish
  // "حمه أمين" above all; the secretary's post takes its genitive, "أمين السر", "أمين عام".)
  if (tokens[i].folded === 'امين' && tokens[i + 1]?.folded === 'من' && i > 0 && tokens[i - 1].isWord) return false;
  // ("مدعي عام محكمة الجنايات": the prosecutor, Jordan's usage, only with "عام"; "مدعى عليه", the
  // defendant, folds the same.)
  if (stems(tokens[i]).includes(PROSECUTOR) && tokens[i + 1]?.folded !== 'عام') return false;
  // ("عضو حزب ...": a party's plain member holds no post; party-members.ts.)
  if (isPartyMemberAt(tokens, i)) return false;
  // ("فإن رئيس": "فإن" (so indeed) folds like the name particle "فان".)
  return !(i > 0 && !/[أإ]/.test(tokens[i - 1].text) && stems(tokens[i - 1]).some((stem) => foldedLeadingNameParts.has(stem)));
}

/** "مدعي" (folded), a claimant, and with "عام" after it a prosecutor. */
const PROSECUTOR = 'مدعي';

/**
 * "كان مقررا ليومي 23 و24": the indefinite "مقرر" before a preposition or a time is "scheduled"; the
 * rapporteur is "مقرر لجنة ..." (a construct) or "المقرر الخاص".
 */
function isScheduled(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:مقرر|مقررا|مقرره)$/.test(tokens[i].folded)) return false;
  const next = tokens[i + 1];
  if (!next?.isWord) return true;
  const preposition = /^[لبف]/.test(next.folded) && stems(next).length > 1 && !isOrganizationHead(next) && !gazetteer().organizationHeads.has(next.folded);
  return preposition || OPENS_WITH_DIGIT.test(next.text) || SCHEDULE_WORDS.has(next.folded);
}

const SCHEDULE_WORDS = new Set(['يوم', 'غدا', 'اليوم', 'مبدييا', 'سابقا', 'سلفا']);

/** "وهو", "وهي" (folded): before an office after a name they open its description. */
export const PRONOUNS_OF_APPOSITION = new Set(['وهو', 'وهي']);

/** "مسؤول" (an official, one in charge), folded, bare or with "و". */
const OFFICIAL_NOUNS = new Set(['مسوول', 'مسووله', 'ومسوول', 'ومسووله']);

/** Adjectives news gives an unnamed source ("مسؤول كبير", "مسؤول رفيع"), folded. */
const SOURCE_ADJECTIVES = new Set(['كبير', 'رفيع', 'بارز', 'اخر', 'رسمي', 'سابق', 'من']);

/**
 * "قال مسؤول أمريكي", "مسؤولٌ كبير في إدارة الرئيس ...", "مسؤول من الشركة": an indefinite "مسؤول"
 * with tanween, a nisba or a source's adjective is an unnamed source, no office before a name.
 * ("مسؤول العلاقات الخارجية فلان", "مسؤول دائرة ..." name the post of the holder.)
 */
function isUnnamedOfficial(tokens: readonly Token[], i: number): boolean {
  if (!OFFICIAL_NOUNS.has(tokens[i].folded)) return false;
  // ("فلان وهو مسؤول في مكافحة الهجرة": after "and he is" the official is the one just named.)
  if (PRONOUNS_OF_APPOSITION.has(tokens[i - 1]?.folded ?? '')) return false;
  if (/[\u064b-\u064d]/.test(tokens[i].text)) return true;
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  return SOURCE_ADJECTIVES.has(next.folded) || isNationalityWord(next) || (/ي$/.test(next.folded) && !isDefinite(next) && stems(next).length === 1);
}

/** "المكلف" (the one in charge), folded, with the article: an office only before "ب" + its matter. */
export const IN_CHARGE_HEADS: ReadonlySet<string> = new Set(['المكلف', 'المكلفه']);

/** "مكلف" without the article, folded (and its accusative): an office only as "مكلف بمأمورية". */
const MISSION_HEADS = new Set(['مكلف', 'مكلفه', 'مكلفا']);

/** "بالنسبة", "بالمقارنة" (for, compared with), folded: after "مكلف" (costly), no matter one is in charge of. */
const IN_CHARGE_COMPARISONS = new Set(['بالنسبه', 'بالمقارنه']);

/** "بمأمورية", "بمهمة", folded: the Maghreb's title "مكلف بمأمورية" (chargé de mission) of a minister's cabinet. */
const MISSIONS = new Set(['بمأمورية', 'بمهمة'].map(fold));

/**
 * "المكلف بالإعلام والناطق الرسمي ...": the one in charge of a definite matter holds a post; so does
 * "مكلفة بمأمورية بديوان وزير الفلاحة" ("مكلف بمهمة لدى الوزير الأول" in Mauritania), a cabinet's
 * post titled so, with or without the article.
 */
export function isInChargeOf(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!tokens[i].isWord || next?.isWord !== true) return false;
  if (MISSIONS.has(next.folded)) return stems(tokens[i]).some((stem) => IN_CHARGE_HEADS.has(stem) || MISSION_HEADS.has(stem));
  // ("تكليف ... والسيدة فلانة مكلفة بالعلاقات مع الوفود", "فلان مكلفا بتتبع أشغال ...": the post a
  // decree gives without the article, before a definite matter or, in the accusative, any; not
  // "costly" before "بالنسبة" (for).)
  const bare = stems(tokens[i]).some((stem) => MISSION_HEADS.has(stem));
  if (bare && !IN_CHARGE_COMPARISONS.has(next.folded) && (/^بال/.test(next.folded) || (tokens[i].folded === 'مكلفا' && /^ب/.test(next.folded) && stems(next).length > 1))) return true;
  return /^بال/.test(next.folded) && stems(tokens[i]).some((stem) => IN_CHARGE_HEADS.has(stem));
}

/** Qualifiers that make a representative an envoy ("الممثل الخاص", "الممثلة العليا"), folded. */
const REPRESENTATIVE_QUALIFIERS = new Set(
  // ("الممثلة القارة": resident, the Maghreb's usage; "الممثل القانوني للحزب": its legal representative;
  // "الممثل التجاري الأمريكي": the United States Trade Representative, a cabinet post.)
  ['التجاري', 'التجارية', 'القانوني', 'القانونية', 'قانوني', 'قانونية', 'الخاص', 'الخاصة', 'خاص', 'خاصة', 'الأعلى', 'العليا', 'أعلى', 'الدائم', 'الدائمة', 'دائم', 'دائمة', 'الشخصي', 'الشخصية', 'شخصي', 'الرسمي', 'الرسمية', 'المقيم', 'المقيمة', 'مقيم', 'القار', 'القارة'].map(fold),
);

/** Whether a representative's complement opens with this word: a body, a place, an office or a title. */
function isRepresentedParty(token: Token): boolean {
  if (!token.isWord || isVerbLike(token)) return false;
  if (isOrganizationHead(token) || gazetteer().organizations.has(token.folded) || isOfficeOrPersonTitle(token) || stems(token).some((stem) => REGION_HEADS.has(stem))) return true;
  // "ممثل كوريا", not "ممثل أمريكي" (an actor's nationality).
  if (isPlaceOrNationality(token)) return !isNationalityWord(token);
  // "ممثل النيابة العمومية", "ممثل العملة": a definite noun in the genitive; no adjective ("الكوميدي").
  return isDefinite(token) && stems(token).length === 1 && !/يه?$/.test(token.folded) && !/(?:ها|هم|ه)[\u064b-\u0652]*$/.test(token.text);
}

/**
 * "ممثل البنك الدولي بتونس", "ممثلة الصندوق", "الممثل الخاص للأمين العام", "ممثل عن وزارة الصحة": a
 * representative of a body, a place, an office or a person holds a post. The same noun is an actor
 * ("الممثل الأمريكي فلان", "ممثل مساعد", "أفضل ممثل عن دوره"), so it is an office only with such a
 * complement: the genitive of its construct state, an envoy's qualifier, or "عن" + a body.
 */
function isRepresentativeOf(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token.isWord || !next?.isWord || !stems(token).some((stem) => REPRESENTATIVES.has(stem))) return false;
  if (REPRESENTATIVE_QUALIFIERS.has(next.folded)) return true;
  // ("ممثل الأولياء", "وكيل أحد المتهمين": of a group of people, no post; represented-groups.ts.)
  // ("ممثلا عن المنتخب المصري": nor of a team, at its meeting.)
  const party = next.folded === 'عن' ? i + 2 : i + 1;
  if (isRepresentedGroupAt(tokens, party) || isRepresentedTeamAt(tokens, party)) return false;
  const after = tokens[i + 2];
  if (next.folded === 'عن') return after?.isWord === true && isRepresentedParty(after);
  // ("ممثل الولي الفقيه في محافظة كرمانشاه": of the guardian jurist, Iran's supreme leader, whose
  // "الولي" ends as a nisba does.)
  if (next.folded === 'الولي' && after?.folded === 'الفقيه') return !isDefinite(token);
  // ("الممثل التونسي": the definite noun takes no genitive; with a nationality it is an actor.)
  // ("ممثل رئيس مجلس النواب": an indefinite office takes a genitive, a body's head in a chain too.)
  return !isDefinite(token) && isRepresentedParty(next) && !(isOfficeWord(next) && !isDefinite(next) && !(after?.isWord === true && (isDefinite(after) || isPlaceOrNationality(after) || isOrganizationHead(after))));
}

/**
 * "الكاتب العام للنقابة" (secretary-general, the Maghreb's usage), "المحامي العام لنيابات ...": "الكاتب"
 * (the writer) and "المحامي" (the lawyer), courtesy titles, are an office only before "العام".
 */
function isSecretaryGeneral(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.isWord === true && isSecretaryOfLevel(tokens, i)) return true;
  // ("تعيين فلان محامياً عاماً أول": the post given in the accusative, head and adjective both.)
  if (next?.isWord === true && next.folded === 'عاما') return ACCUSATIVE_GENERAL_OFFICE_HEAD.test(tokens[i].folded);
  if (!next?.isWord || !/^(?:ال)?عام[هة]?$/.test(next.folded)) return false;
  // ("القيم العامة": the values, a plural the feminine adjective agrees with; the proctor is "القيم العام".)
  const feminineAdjective = /[هة]$/.test(next.folded);
  return headReadings(tokens[i]).some((stem) => GENERAL_OFFICE_HEAD.test(stem) && !(feminineAdjective && /^(?:ال)?قيم$/.test(stem)));
}

/**
 * "الكاتب الوطني للنقابة المستقلة ...", "الكاتب الجهوي للجامعة ...": a union's secretary at a level
 * (national, regional, provincial, local; Morocco's usage), before "ل" + the union; so is a party's
 * first secretary ("الكاتب الأول لحزب الاتحاد الاشتراكي"); "كاتب" alone is a writer. (Not "المحامي"
 * or "القيم": they take "العام" only.)
 */
function isSecretaryOfLevel(tokens: readonly Token[], i: number): boolean {
  const [level, union] = [tokens[i + 1], tokens[i + 2]];
  return SECRETARY_LEVELS.test(level.folded) && union?.isWord === true && /^ل/.test(union.folded) && headReadings(tokens[i]).some((stem) => /^(?:ال)?كاتب[هة]?$/.test(stem));
}

/** "الوطني", "الجهوية", "الإقليمي", "المحلي", "الأول" (folded): the levels of a union's or a party's secretaries. */
const SECRETARY_LEVELS = /^(?:ال)?(?:وطني|جهوي|اقليمي|محلي|اول)[هة]?$/;

/** The stems of a word, and "ال" + the rest of one in "لل" ("للكاتب" is ل + الكاتب, its alef dropped). */
function headReadings(word: WordHolder): string[] {
  const readings = procliticReadings(word).map(({ stem }) => stem);
  return word.folded.startsWith('لل') && word.folded.length > 4 ? [...readings, `ال${word.folded.slice(2)}`] : readings;
}

/** Punctuation that closes a name (not a list's colon, which opens the entry's name). */
const NAME_CLOSERS = new Set(['،', ',', '.', '(', '؛']);

/** "ملك" (king; Malak, a woman's given name), folded. */
const MALAK = 'ملك';

/**
 * "الباجي قائد السبسي": a title that is also a given name, between two words rare in news text, is
 * part of a name, not an office.
 */
export function isOfficeInName(tokens: readonly Token[], i: number): boolean {
  if (isOfficeFamilyNameAtBoundary(tokens, i)) return true;
  // ("البطلة ملك صلاح الدين حجاج": "ملك" right after a woman's trade with the article is her given name, Malak.)
  if (tokens[i].folded === MALAK && i > 0 && /^ال.{2,}ه$/.test(tokens[i - 1].folded) && isTradeNoun(tokens[i - 1].folded) && tokens[i + 1]?.isWord === true) return true;
  // ("السيدة أمينة بنت محمد": the feminine of such a title before "daughter of" is her given name.)
  if (FEMININE_NAME_LIKE_TITLES.has(tokens[i].folded) && DAUGHTER_LINKS.has(tokens[i + 1]?.folded ?? '') && tokens[i + 2]?.isWord === true) return true;
  // ("محمد الأمين الورتاني": a compound given name, compound-name-titles.ts.)
  if (isDefiniteKeeperInCompoundName(tokens, i)) return true;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before?.isWord || !after?.isWord || !foldedNameLikeTitles.has(tokens[i].folded)) return false;
  if (isTitleBeforeCompoundName(tokens, i)) return true;
  // ("إياد أمين مدني": "أمين" as the second word of a compound given name, compound-name-titles.ts.)
  if (isKeeperInCompoundName(tokens, i)) return true;
  const gaz = gazetteer();
  const plain = (token: Token): boolean => isRareWord(token.folded) && !gaz.places.has(token.folded) && !gaz.nationalities.has(token.folded);
  // "حافظ قائد السبسي": a given name that is also an ordinary adjective, before it.
  // ("أن | قائد فيلق بيشاور", "وقال | قائد فيلق": no particle or verb, which opens no name.)
  const givenName = (token: Token): boolean => !token.folded.startsWith('ال') && !gaz.places.has(token.folded) && !isOfficeWord(token) && !isOrdinaryWord(token.folded, false, token.text) && !isParticle(token) && !isVerbLike(token);
  if ((plain(before) || givenName(before)) && plain(after)) return true;
  // "محمد أمين بن عمر", "محمد أمين الصالحي": a compound given name, the title word between a given
  // name and the rest of a name ("بن", a name word); "محمد أمين عام الحزب" goes on as an office.
  const nameGoesOn = foldedLeadingNameParts.has(after.folded) || after.folded === 'بن' || isListedNameWord(after.folded) || (isMostlyANameInNews(after.folded) && !isOfficeWord(after));
  // ("وعبدالحميد سلطان عبدالله": the given name may carry a list's "و" or be a compound on "عبد".)
  const givenBefore = procliticReadings(before).some(({ stem }) => isListedGivenName(stem) || /^عبد.{3,}$/.test(stem));
  if (givenBefore && nameGoesOn && !foldedRoleQualifiers.has(after.folded)) return true;
  // "محمد أمين التونسي": an indefinite office noun takes no definite nisba as its adjective (they
  // would agree) nor as its complement, so after a given name it is the second part of a compound
  // given name and the nisba is the family name.
  if (isListedGivenName(before.folded) && !isDefinite(tokens[i]) && isDefinite(after) && stems(after).length === 1 && gaz.nationalities.has(after.folded) && !gaz.places.has(after.folded)) return true;
  // ("عبدالله أمين الجندي،": so is any definite word closed by punctuation after a given name, no
  // office or place: the name ends there.)
  const closed = tokens[i + 2] === undefined || NAME_CLOSERS.has(tokens[i + 2].text);
  if (givenBefore && closed && !isKeptByKeeper(after) && !isDefinite(tokens[i]) && isDefinite(after) && stems(after).length === 1 && !isOfficeWord(after) && !gaz.places.has(after.folded) && !foldedRoleQualifiers.has(after.folded)) return true;
  return isFamilyNameAfterTitleWord(tokens, i + 1);
}

/**
 * "مدير المركز أمين العلي إن", "الرئيس التنفيذي للشركة أمين الناصر،": a name-like title before a
 * definite word that names people (one the news often uses as a name, or a tribal nisba that is no
 * ordinary word) and the end of the phrase is a given name. The complement of such a title is a place
 * or a body ("أمين العاصمة", "قائد الجيش"), no family name.
 */
function isFamilyNameAfterTitleWord(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const next = tokens[i + 1];
  if (!isDefinite(word) || stems(word).length !== 1 || isPlaceOrNationality(word) || isOfficeWord(word) || isOrganizationHead(word) || foldedPortfolioGlosses.has(word.folded)) return false;
  const named = isOftenANameInNews(word.folded) || gazetteer().familyNames.has(word.folded) || (/^ال..+ي$/.test(word.folded) && !isOrdinaryWord(word));
  const ends = next === undefined || !next.isWord || foldedRoleStops.has(next.folded) || SAID_OPENER_WORDS.has(next.folded) || isVerbLike(next);
  return named && ends;
}

export const SAID_OPENER_WORDS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه']);

/**
 * Nouns that are an office only with "العام" after them (folded): "الكاتب العام" (secretary general,
 * Maghreb usage), "المحامي العام" (a public attorney of Egypt's prosecution; "المحامي" alone is a
 * lawyer's courtesy title). "القيم العام بمعهد ..." (a school's general proctor, Maghreb usage):
 * "القيم" alone is "the values".
 */
const GENERAL_OFFICE_HEAD = /^(?:ال)?(?:كاتب|محامي|قيم)[هة]?$/;
/** The same in the accusative ("محامياً عاماً", "كاتباً عاماً"), folded, without a clitic. */
const ACCUSATIVE_GENERAL_OFFICE_HEAD = /^(?:كاتب|محامي)ا$/;

/**
 * "القائم بالأعمال الليبي", "بالقائم بأعمال السفارة": the chargé d'affaires, "القائم" (the one
 * standing) before "بالأعمال"/"بأعمال" (the affairs), a post of two words, read through its clitics.
 */
export function isChargeDAffairesAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].isWord && next?.isWord === true && AFFAIRS.has(next.folded) && headReadings(tokens[i]).some((stem) => CHARGE_D_AFFAIRES_HEADS.has(stem));
}

// (With the accusative of an appointment: "قائماً بأعمال السفارة".)
const CHARGE_D_AFFAIRES_HEADS = new Set(['القايم', 'قايم', 'قايما']);
const AFFAIRS = new Set(['بالاعمال', 'باعمال']);

/** A reading is "كاتب" or "محامي" (isSecretaryGeneral), "المكلف" (isInChargeOf), "ممثل" (isRepresentativeOf), "القائم" (isChargeDAffairesAt). */
const SECRETARY_HEAD = 1;
const IN_CHARGE_HEAD = 2;
const REPRESENTATIVE_HEAD = 4;
const CHARGE_D_AFFAIRES_HEAD = 8;

// The heads of the offices that need their next word to be one, per folded word: officeAt asks at
// every position, and those three tests need one of these readings first.
const specialOfficeHeads = rememberedPerWord((_, word) => {
  let heads = 0;
  for (const stem of headReadings(word)) {
    if (GENERAL_OFFICE_HEAD.test(stem) || ACCUSATIVE_GENERAL_OFFICE_HEAD.test(stem)) heads |= SECRETARY_HEAD;
    if (IN_CHARGE_HEADS.has(stem) || MISSION_HEADS.has(stem)) heads |= IN_CHARGE_HEAD;
    if (REPRESENTATIVES.has(stem)) heads |= REPRESENTATIVE_HEAD;
    if (CHARGE_D_AFFAIRES_HEADS.has(stem)) heads |= CHARGE_D_AFFAIRES_HEAD;
  }
  return heads;
});
