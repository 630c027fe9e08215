/** The prepositional complements of an office phrase ("باسم ...", "لدى ...", "عن فلوريدا"): where one runs to. */
import type { Token } from './tokenize.js';
import { namesBodyThroughLam } from './branch-regions.js';
import { definiteObjectEnd } from './governed-prepositions.js';
import { gazetteer, isTwoWordPlace } from './gazetteer.js';
import { isListedGivenName } from './given-names.js';
import { foldedRoleQualifiers, foldedRoleStops } from './lexicon.js';
import { isCommonWord, isPlaceWord } from './ordinary-words.js';
import { fold } from '../text/normalize.js';
import { isRareWord, isSeenInRunningText, personShareBucket } from './tagger.js';
import { hasTrait, PLACE } from './word-traits.js';
import { isCountryName, isDefiniteStateNameAt, isStateHeadWord } from './envoy-states.js';
import { isProvinceGovernorAt } from './province-governors.js';
import { isGovernedUnitHead } from './region-proper-names.js';
import { isChargeDAffairesAt, isOfficeAt } from './office-start.js';
import { GOVERNORS, isAccusativeOffice, isDefinite, isGivenNameWord, isNationalityWord, isOfficeWord, isOrganizationHead, isPlace, isPlaceOrNationality, isPlaceStem, isAccusativeRepresentative, isVerbLike, REGION_HEADS, STATE_HEADS, stems } from './office-words.js';
import { OPENING_QUOTES } from './quote-marks.js';
import { COMPASS_NOUNS, FORMER, HOST_COUNTRY_WITH_PRONOUN, officeOfState } from './office-phrase-parts.js';
import { isMembershipOffice, isPartyNamedForCountryAt } from './membership-offices.js';
import { isSpokesmanWord } from './represented-groups.js';


/** "بيت" (a house), folded: with a definite genitive, the name of a body ("بيت الزكاة"). */
const HOUSE = 'بيت';

/** "قصر" (a palace), folded: with a definite genitive, where a head of state sits ("قصر الإليزيه", "قصر قرطاج" aside). */
const PALACE = 'قصر';
/** "منتدبا" (delegate), Algeria's governors of an administrative district, folded. */
const DELEGATED = new Set(['منتدب', 'منتدبا', 'المنتدب']);

/** Whether "على" at i follows the governor at `head` right away or after "منتدبا" ("واليا منتدبا على"). */
function governsFrom(tokens: readonly Token[], head: number, i: number): boolean {
  return i === head + 1 || (i === head + 2 && DELEGATED.has(tokens[head + 1].folded));
}

/** A parliamentary group ("الفريق الاستقلالي", Morocco's; "كتلة الوفاق"), folded. */
const PARLIAMENTARY_GROUPS = new Set(['الفريق', 'فريق', 'الكتله', 'كتله']);

/** "the component" (folded): a religious or ethnic community, as Iraq's quota seats name it. */
const COMMUNITY = 'المكون';

/** "المكون | التركماني": "the component" at i and the community's definite nisba after it. */
export function isCommunitySeatAt(tokens: readonly Token[], i: number): boolean {
  const nisba = tokens[i + 1];
  return tokens[i]?.folded === COMMUNITY && nisba?.isWord === true && isDefinite(nisba) && /ي$/.test(nisba.folded) && !isVerbLike(nisba);
}

/** "مدينة" (city), folded: an envoy's seat may be named after it ("في مدينة ميلانو"). */
const CITY = 'مدينه';

/** "العودة" (the return), folded: a portfolio's noun that takes "إلى" ("وزير اللاجئين والعودة إلى الوطن"). */
const RETURN_NOUNS = new Set(['العوده']);

/** "للعاملين", "العاملات" (the workers), folded: a union's or body's members, who work "في" a sector. */
export const WORKERS = /^(?:[وبل]?ال|لل)عامل(?:ين|ات|ون)$/;

/** "محافظات", "ولايات" (the governorates, the provinces of), folded: the regions of a place, before its name. */
const PLURAL_REGION_HEADS = new Set(['محافظات', 'ولايات']);

/** "السفارة", "القنصلية" (the embassy, the consulate), folded. */
const EMBASSIES = new Set(['السفاره', 'القنصليه']);

/** "له", "لها", "لهم", "لهما", folded: "ل" + a pronoun, whose the noun before it is. */
const SPEAKER_LAM = new Set(['له', 'لها', 'لهم', 'لهما']);

export function prepositionComplement(tokens: readonly Token[], i: number, head: number): boolean {
  const next = tokens[i + 1];
  if (!next?.isWord) return false;
  switch (tokens[i].folded) {
    case 'الي': // "المبعوث الخاص للأمم المتحدة إلى العراق": where an envoy is sent
      // ("نائبة المبعوث الأميركي الخاص إلى الشرق الأوسط": so the envoy an office's genitive names.)
      // ("رئيس بعثة صندوق النقد الدولي إلى سوريا": and where a mission or a delegation is sent.)
      // ("تعيينه مبعوثاً خاصاً إلى السودان": also the envoy he is made, in the accusative.)
      // ("وزير اللاجئين والعودة | إلى الوطن": and where a portfolio's return leads, right after it.)
      if (i > head + 1 && stems(tokens[i - 1]).some((stem) => RETURN_NOUNS.has(stem)) && isDefinite(next) && !isVerbLike(next) && !/ي$/.test(tokens[i].text)) return true;
      // ("المبعوث الخاص للاتحاد الأفريقي إلى منطقة الساحل": or a region's head and its name.)
      return tokens.slice(head, i).some((token) => token.isWord && stems(token).some((stem) => ENVOYS.has(stem) || SENT_BODIES.has(stem) || (stem.endsWith('ا') && ENVOYS.has(stem.slice(0, -1))))) && !/ي$/.test(tokens[i].text) && (isPlaceOrNationality(next) || (isDefinite(next) && !isVerbLike(next)) || (REGION_HEADS.has(next.folded) && tokens[i + 2]?.isWord === true && !isVerbLike(tokens[i + 2])));
    case 'لدي': // "كاتب الدولة لدى وزير الخارجية", "مندوبها الدائم لدى الجامعة العربية"
      // "سفيرة خادم الحرمين الشريفين لدى الولايات المتحدة": an envoy's host state, a definite name.
      // ("تعيينه سفيراً لدى جمهورية ...", "سفيراً للمملكة لدى الولايات المتحدة": so after the envoy he is made, in the accusative.)
      // ("سفير الولايات المتحدة لدى بلادنا": or "our country", Yemeni and Gulf agencies' usage.)
      // ("قائماً بأعمال سفارة ليبيا لدى الجمهورية الإسلامية الموريتانية": and a chargé d'affaires.)
      if ((isEnvoy(tokens[head]) || isAccusativeEnvoy(tokens[head]) || isChargeDAffairesAt(tokens, head)) && (isDefinite(next) || isStateHeadWord(next) || HOST_COUNTRY_WITH_PRONOUN.test(next.folded)) && !isVerbLike(next)) return true;
      // ("ممثل منظمة الصحة العالمية لدى دول مجلس التعاون": or the states of a bloc.)
      return isOfficeWord(next) || isOrganizationHead(next) || isPlaceOrNationality(next) || gazetteer().organizations.has(next.folded) || isJudicialPole(tokens, i + 1) || (next.folded === 'دول' && tokens[i + 2]?.isWord === true);
    case 'في': // "عضو لجنة ... في مجلس النواب"; "السفير الروسي في تركيا": where an envoy serves
      // ('وزير الشباب في برنامج "ملاعب"', "في برنامج ميدي شو"): a broadcast named by its own name (quoted
      // or bare, no definite genitive) is where he spoke; "في برنامج الأمم المتحدة" is a body.)
      if (isBroadcastBeforeItsName(tokens, i + 1)) return false;
      // ("النائب العام الاستئنافي | في البقاع", "قاضياً للتحقيق الأول | في جبل لبنان": the district a
      // judge or a prosecutor serves, a place the lexicon knows or a quarter of the country.)
      if (isJudicialPost(tokens, head) && (isPlace(next) || gazetteer().places.has(next.folded) || JUDICIAL_QUARTERS.has(next.folded) || (tokens[i + 2]?.isWord === true && isTwoWordPlace(next.folded, tokens[i + 2].folded)))) return true;
      // ("رئيس النقابة العامة للعاملين | في الموانئ والخدمات البحرية": where the workers a union
      // gathers work, a definite noun.)
      if (i > head + 1 && WORKERS.test(tokens[i - 1].folded) && isDefinite(next) && !isVerbLike(next)) return true;
      // ("المستشار العمالي | في السفارة المصرية": the embassy or consulate an attaché serves in, by its nationality.)
      if (EMBASSIES.has(next.folded) && tokens[i + 2]?.isWord === true && isDefinite(tokens[i + 2]) && isNationalityWord(tokens[i + 2])) return true;
      // ("في السفارة المصرية | في عمان": and the town the embassy is in.)
      if (i - 2 > head && EMBASSIES.has(tokens[i - 2].folded) && isNationalityWord(tokens[i - 1]) && (isPlace(next) || isPlaceStem(next.folded))) return true;
      // ("وزير الخارجية والتعاون والموريتانيين في الخارج": the nationals abroad, a portfolio of its own.)
      if (next.folded === 'الخارج' && i > head + 1 && /(?:ين|ون)$/.test(stems(tokens[i - 1]).at(-1) ?? '')) return true;
      // "وهو مسؤول في مكافحة الهجرة": the field an official just named works in (office-start.ts
      // reads the indefinite "مسؤول في" as an unnamed source elsewhere).
      if (i === head + 1 && INDEFINITE_RESPONSIBLE.has(tokens[head].folded) && definiteObjectEnd(tokens, i + 1) > 0) return true;
      // "المندوب الجهوي للتربية في سيدي بوزيد", "رئيس فرع النقابة في صفاقس": where a regional office sits.
      // ("في مؤتمر صحفي": a body's head with a nisba adjective of its own is where he spoke, no body.)
      if (isOrganizationHead(next)) return !(stems(next).length === 1 && !isDefinite(next) && isIndefiniteNisba(tokens[i + 2]));
      // "المسؤول الأمني في تويتر": a body the gazetteer knows by its own name (a company, a
      // federation) is where the office is, as it is after "لدى".
      if (gazetteer().organizations.has(next.folded)) return true;
      // ("نائب الرئيس التنفيذي للتسويق في قطر للطاقة": a company named by a place and "لل" + its
      // trade, after an executive's office.)
      if (isCompanyOfPlaceAndTrade(tokens, i + 1) && tokens.slice(head, i).some((token) => token.isWord && EXECUTIVE_WORDS.test(token.folded))) return true;
      // ("نائبة المدير العام لقطاع الموارد في بيت الزكاة": "house" + a definite genitive names a
      // public body, "بيت الزكاة", "بيت التمويل الكويتي".)
      // ("المستشارة في قصر الإليزيه": so does a palace a head of state sits in.)
      if ((next.folded === HOUSE || next.folded === PALACE) && tokens[i + 2]?.isWord === true && isDefinite(tokens[i + 2]) && !isVerbLike(tokens[i + 2])) return true;
      // ("القيادي في نداء تونس": a party named by a bare noun and its country; membership-offices.ts.)
      if (isMembershipOffice(tokens[head]) && isPartyNamedForCountryAt(tokens, i + 1)) return true;
      // "مدير إدارة التعليم في محافظة جدة": the province or region where a body's branch sits.
      // ("المتحدث الرسمي للنيابة العامة في منطقة مكة المكرمة": so of a body named through "لل"; branch-regions.ts.)
      // ("رئيس اتحاد المقاولين الفلسطينيين | في محافظات غزة": or the plural head of a place's regions.)
      if ((REGION_HEADS.has(next.folded) || PLURAL_REGION_HEADS.has(next.folded)) && tokens[i + 2]?.isWord === true && !isVerbLike(tokens[i + 2]) && (tokens.slice(head + 1, i).some(isOrganizationHead) || namesBodyThroughLam(tokens, head, i))) return true;
      // ("متحدثاً باسم وزارة المالية في الإقليم،", "مدير فرع الهيئة في المحافظة": a region head with
      // the article, alone before punctuation, is the region the article named, where the body's branch sits.)
      if (next.folded.startsWith('ال') && REGION_HEADS.has(next.folded.slice(2)) && tokens[i + 2] !== undefined && !tokens[i + 2].isWord && tokens.slice(head + 1, i).some(isOrganizationHead)) return true;
      // "وزير الداخلية في ولاية هيسن": the state of a federation whose government the office is in.
      // ("وزير الشؤون الإنسانية في ولاية جنوب غرب الصومال": or a state named by its quarter of a country.)
      if (FEDERATED_STATES.has(next.folded) && (isProperNounAt(tokens, i + 2) || compassQuarterOfPlaceEnd(tokens, i + 2) > 0)) return true;
      // ("لبنان", "واشنطن" also read as "ل" + a word: a whole word the lexicon knows as a place is one.)
      // ("المبعوث الخاص لعملية السلام في الشرق الأوسط": a place of two words the lexicon knows.)
      // ("قنصلاً عاماً للدولة في مدينة ميلانو": a city named after its head, the envoy made one too.)
      // ("المنسقة الخاصة للأمم المتحدة لعملية السلام في الشرق الأوسط": so does the UN's special coordinator.)
      // ("سفير جمهورية السنغال في انواكشوط": or a town the lexicon lacks, one bare word the news never wrote.)
      if ((isEnvoy(tokens[head]) || isAccusativeEnvoy(tokens[head]) || isSpecialCoordinatorAt(tokens, head)) && ((hasTrait(next, PLACE) && stems(next).length === 1) || gazetteer().places.has(next.folded) || (isTownName(next) && !isSeenInRunningText(next.folded) && !isGivenNameWord(next)) || isStateHeadWord(next) || (tokens[i + 2]?.isWord === true && isTwoWordPlace(next.folded, tokens[i + 2].folded)) || ((REGION_HEADS.has(next.folded) || next.folded === CITY) && isProperNounAt(tokens, i + 2)))) return true;
      // "محافظ المنيا في مصر": the country of the place an office governs.
      if (isCountryOfPlaceAt(tokens, head, i)) return true;
      // "رئيس هيئة البيعة في المملكة العربية السعودية": the state whose body the office heads
      // ("قائد التنظيم في باكستان": or a country named by one word, the nationality list's).
      if (tokens.slice(head + 1, i).some(isOrganizationHead) && (isDefiniteStateNameAt(tokens, i + 1) || isCountryName(next))) return true;
      // ("وزير الخارجية وشؤون المغتربين في المملكة الأردنية الهاشمية": so the state an office of state serves, by its official name.)
      // ("وزيرة الدولة للتعاون الدولي في دولة الإمارات العربية المتحدة": or by a bare state head and its name.)
      if (officeOfState(tokens, head, i) && (isDefiniteStateNameAt(tokens, i + 1) || (isStateHeadWord(next) && tokens[i + 2]?.isWord === true && gazetteer().places.has(tokens[i + 2].folded)))) return true;
      // ("رئيس الجمهورية الإسلامية | في إيران": the country whose republic or kingdom the office names
      // by its adjective; "رئيس الجمهورية | في ألمانيا" is where he is.)
      const stateHead = tokens[i - 2];
      if (isCountryName(next) && i - 2 > head && stateHead.isWord && stateHead.folded.startsWith('ال') && STATE_HEADS.has(stateHead.folded.slice(2)) && /^ال.+يه$/.test(tokens[i - 1].folded)) return true;
      // ("مدير مكتب القناة في بيروت": also a town that reads as a clitic and a word; "في مداخلة |
      // لها": a noun with "ل" + the speaker's pronoun after it is her talk, no town.)
      // ("مدير مكتب فيفا الإقليمي في أديس أبابا": a town of two words the lexicon knows.)
      return isRegionalOffice(tokens, head, i) && !SPEAKER_LAM.has(tokens[i + 2]?.folded ?? '') && ((stems(next).length === 1 && (hasTrait(next, PLACE) || isPlaceWord(next.folded))) || gazetteer().places.has(next.folded) || (tokens[i + 2]?.isWord === true && isTwoWordPlace(next.folded, tokens[i + 2].folded)));
    case 'علي': // "المشرف العام على المركز", "على برامج خدمة المجتمع": only after the head's qualifier
      // "السابق علي عبدالله صالح": written with ي before a name word, it is the given name Ali.
      if (/ي[\u064b-\u0652]*$/.test(tokens[i].text) && isNameWordAfterAli(next)) return false;
      // "رئيس الحكومة الأسبق علي العريض": nor does "former" take "على" ("on") as a complement.
      if (/ي[\u064b-\u0652]*$/.test(tokens[i].text) && FORMER.has(tokens[i - 1].folded)) return false;
      // "واليا على نابل", "والي على قابس": the place a governor governs ("واليا منتدبا على": a delegate one).
      // ("واليا على صفاقس": a town the news names often, a word that mostly follows "في"; ordinary-words.ts.)
      if (/ى$/.test(tokens[i].text) && GOVERNORS.has(tokens[head].folded) && governsFrom(tokens, head, i) && (isPlaceOrNationality(next) || isTownName(next) || isBarePlaceWord(next) || (isDefinite(next) && stems(next).length === 1 && !isVerbLike(next)))) return true;
      // "واليا على ولاية سطيف", "عاملا على إقليم تازة": or the region by its head and then its name.
      if (/ى$/.test(tokens[i].text) && (GOVERNORS.has(tokens[head].folded) || isProvinceGovernorAt(tokens, head)) && governsFrom(tokens, head, i) && isGovernedUnitHead(next) && tokens[i + 2]?.isWord === true && !isVerbLike(tokens[i + 2])) return true;
      // "اللجنة المشرفة على البرنامج": what one who supervises supervises.
      // ("مشرفاً عاماً على فرق الترصد": so in the accusative, the qualifier with its tanween's alef.)
      const qualifier = /^[^ا].+ا$/.test(tokens[i - 1].folded) && isAccusativeOffice(tokens[head]) ? tokens[i - 1].folded.slice(0, -1) : tokens[i - 1].folded;
      // (The qualifier of one who oversees: "وردّ الأمين العام | على تصريحات الوزير" is the verb's "على".)
      return ((foldedRoleQualifiers.has(qualifier) && i - 2 >= head && stems(tokens[i - 2]).some((stem) => OVERSEERS.has(stem))) || SUPERVISING.has(qualifier)) && !foldedRoleStops.has(next.folded) && !isVerbLike(next);
    case 'بين': // "مديرة التنسيق بين الإدارات": the parties a portfolio of relations links.
      // ("للحوار بين أتباع الأديان": or an indefinite noun in the construct state with its definite genitive.)
      return RELATING_PORTFOLIOS.has(tokens[i - 1].folded) && (isDefinite(next) || (tokens[i + 2]?.isWord === true && isDefinite(tokens[i + 2]) && stems(next).length === 1 && (isCommonWord(next) || (!isRareWord(next.folded) && personShareBucket(next.folded) === 0)))) && !isVerbLike(next) && !foldedRoleStops.has(next.folded);
    case 'مع': // "الوزير المكلف بالعلاقة مع مجلس النواب": whom a portfolio of relations is with.
      // ("بالعلاقة مع مجالس الشورى": also a common noun in the construct state before its definite genitive.)
      // ("وزير الثقافة والعلاقات مع البرلمان": also the last of a minister's portfolios joined by "و".)
      return (RELATIONS.has(tokens[i - 1].folded) || JOINED_RELATIONS.has(tokens[i - 1].folded)) && (isOrganizationHead(next) || isPlaceOrNationality(next) || (isDefinite(next) && !isVerbLike(next)) || isNounBeforeDefiniteGenitive(tokens, i + 1));
    case 'من':
    case 'عن': // "سناتور عن فلوريدا", "سناتور سابق من بنسلفانيا", "النائب عن الجبهة الشعبية"
      // "فلان ممثلا عن الرئيس الجزائري": whom he attends for (office-start.ts has read the
      // representative's office from that complement).
      if (tokens[i].folded === 'عن' && i === head + 1 && isAccusativeRepresentative(tokens[head])) return isOfficeAt(tokens, head);
      // "من جهتها" (for her part) is no constituency.
      if (isOrganizationHead(next) && stems(next).length === 1) return true;
      // "الأمين العام المساعد المسؤول عن الوظيفة العمومية": the portfolio of the one "responsible".
      // ("المسؤول عن قسم العلاقات العامة": also a noun in the construct state before a definite genitive.)
      if (tokens[i].folded === 'عن' && RESPONSIBLE.has(tokens[i - 1].folded)) return definiteObjectEnd(tokens, i + 1) > 0;
      // "رئيس الجمعية التونسية للدفاع عن المستهلك": after a definite body's aim ("ل" + a definite
      // verbal noun), "عن" + a definite noun (or a noun before its definite genitive) is the aim's complement.
      if (tokens[i].folded === 'عن' && isAimOfDefiniteBody(tokens, head, i - 1)) return definiteObjectEnd(tokens, i + 1) > 0;
      // "اتحاد أصحاب الشهائد المعطلين عن العمل": the unemployed are "out of work", one name of a body.
      if (tokens[i].folded === 'عن' && JOBLESS.has(tokens[i - 1].folded)) return next.folded === 'العمل';
      // ("الناطق باسم حركة حماس | عن الضفة الغربية": a spokesman speaks for a body in a region, a place the lexicon knows.)
      if (tokens[i].folded === 'عن' && isSpokesmanWord(tokens[head]) && (isPlaceOrNationality(next) || isTwoWordPlace(next.folded, tokens[i + 2]?.folded ?? '')) && !isNationalityWord(next)) return true;
      // ("رئيس مجلس إدارة أرامكو | عن خطة": only one who represents has a constituency after "عن".)
      if (tokens[i].folded === 'عن' && !tokens.slice(head, i).some((token, k) => isRepresentative(token) || isElectedCouncillorAt(tokens, head + k) || stems(token).some((stem) => RESPONSIBLE.has(stem)))) return false;
      // "عضو مجلس الأمة عن الدائرة الخامسة": an electoral district, named by its number.
      if (tokens[i].folded === 'عن' && ELECTORAL_DISTRICTS.has(next.folded)) return true;
      // ("النائب عن الجالية الوطنية بالخارج": or the nationals abroad, Algeria's constituency of its own.)
      if (tokens[i].folded === 'عن' && next.folded === 'الجاليه') return true;
      // ("النائب البرلماني عن الفريق الحركي بمجلس النواب": or the parliamentary group he sits in.)
      if (tokens[i].folded === 'عن' && PARLIAMENTARY_GROUPS.has(next.folded) && tokens[i + 2]?.isWord === true && !isVerbLike(tokens[i + 2])) return true;
      // ("النائب عن المكون التركماني": or the community whose seats he holds, Iraq's quota seats, by its nisba.)
      if (tokens[i].folded === 'عن' && isCommunitySeatAt(tokens, i + 1)) return true;
      // ("من منصبه": a pronoun ending, also "ه" as written (his), names no constituency.)
      // ("الممثل القانوني للحركة | عن كواليس استقالته": nor does a common noun before a genitive with
      // a pronoun ending; that is what the sentence's verb speaks about.)
      // ("النائب عن مدينة سبها": not a town whose name ends so.)
      const pronounGenitive = isCommonWord(next) && tokens[i + 2]?.isWord === true && HIS_HER_THEIR_YOUR_ENDING.test(tokens[i + 2].text) && !isPlaceOrNationality(tokens[i + 2]);
      // ("عضو مجلس النواب عن الكفرة": a place the lexicon knows may carry the article.)
      // ("استمع الوزير | من مدير مشفى الرازي": nor is "من" + another office right after a lone title,
      // whom the title's holder heard from; "ممثل عن رئيس الوزراء" represents one.)
      return !foldedRoleStops.has(next.folded) && (!isDefinite(next) || gazetteer().places.has(next.folded)) && !isVerbLike(next) && !(tokens[i].folded === 'من' && i === head + 1 && isOfficeWord(next)) && !hasPronounEnding(next) && !pronounGenitive;
    default:
      return false;
  }
}

/** Words of a company executive's office, folded: chief executive, board, marketing, sales, operations. */
const EXECUTIVE_WORDS = /(?:تنفيذي|تنفيذيه|الاداره|اداره|للتسويق|للمبيعات|للعمليات)$/;

/** "قطر للطاقة", "مصر للطيران": a place the lexicon knows and "لل" + a common noun, a company's name, at i. */
export function isCompanyOfPlaceAndTrade(tokens: readonly Token[], i: number): boolean {
  const [place, trade] = [tokens[i], tokens[i + 1]];
  return place?.isWord === true && gazetteer().places.has(place.folded) && trade?.isWord === true && /^لل.{3,}$/.test(trade.folded) && isCommonWord(`ال${trade.folded.slice(2)}`) && !isVerbLike(trade);
}

/** "his", "her", "their" (plural or dual), "your" (plural) as an ending, as written ("منصبه", "استقالتها"). */
const HIS_HER_THEIR_YOUR_ENDING = /(?:ها|هم|هما|كم|ه)[\u064b-\u0652]*$/;

/**
 * Whether the word ends in a pronoun ("منصبه": his post), the rest a word running text writes;
 * ("النائب عن كرمانشاه": a town's name no running text writes without its "ه" has none.)
 */
function hasPronounEnding(token: Token): boolean {
  const ending = HIS_HER_THEIR_YOUR_ENDING.exec(token.text);
  if (ending === null) return false;
  const rest = fold(token.text.slice(0, ending.index));
  return rest.length < 2 || isSeenInRunningText(rest);
}

/** Heads that oversee something, after their qualifier ("المشرف العام على", "المراقب العام على"), folded, with and without the article and in the accusative. */
const OVERSEERS = new Set(['مشرف', 'مراقب', 'مسوول', 'قيم', 'وصي', 'مفتش', 'منسق'].flatMap((word) => [word, `ال${word}`, `${word}ا`, `${word}ه`, `ال${word}ه`]));

/** "supervising", "supervisory" (folded): what they supervise follows with "على". */
const SUPERVISING = new Set(['المشرف', 'المشرفه', 'مشرف', 'مشرفه', 'الاشرافي', 'الاشرافيه', 'اشرافي', 'اشرافيه']);

/** "مجالس | الشورى": a bare common noun (no verb, no name word) right before a definite word. */
function isNounBeforeDefiniteGenitive(tokens: readonly Token[], i: number): boolean {
  const [noun, genitive] = [tokens[i], tokens[i + 1]];
  return noun.isWord && !isDefinite(noun) && stems(noun).length === 1 && isCommonWord(noun) && !isVerbLike(noun) && !isGivenNameWord(noun) && genitive?.isWord === true && isDefinite(genitive) && !isVerbLike(genitive);
}

/** "relations" as a portfolio ("بالعلاقة", "للعلاقات"), folded: the other party follows with "مع". */
const RELATIONS = new Set(['بالعلاقه', 'بالعلاقات', 'العلاقات', 'للعلاقات', 'العلاقه']);
/** The same joined by "و" to the portfolio before it ("والعلاقات"). */
const JOINED_RELATIONS = new Set(['والعلاقات', 'والعلاقه']);

/**
 * Portfolios that link parties ("التنسيق", "التعاون", "الشراكة", "التقريب", "الحوار"), definite or after "ل", folded: the
 * parties follow with "بين" ("مدير التعاون بين الجامعات").
 */
const RELATING_PORTFOLIOS = new Set(['التنسيق', 'للتنسيق', 'التنسيقيه', 'للتنسيقيه', 'التعاون', 'للتعاون', 'الشراكه', 'للشراكه', 'العلاقات', 'للعلاقات', 'الربط', 'للربط', 'التواصل', 'للتواصل', 'التقريب', 'للتقريب', 'الحوار', 'للحوار', 'التعايش', 'للتعايش']);

/** A judge's or a prosecutor's head word, folded, the accusative too ("قاضياً", "نائباً عاماً", "المحامي العام"). */
const JUDGES = /^(?:ال)?قاضي(?:ا|ه)?$/;
const PROSECUTOR_HEADS = /^(?:ال)?(?:نايب|محامي|مدعي)(?:ا|ه)?$/;
const GENERAL = /^(?:ال)?عام(?:ا|ه)?$/;

/** Whether the office phrase from `head` is a judge's or a public prosecutor's post. */
function isJudicialPost(tokens: readonly Token[], head: number): boolean {
  const word = tokens[head]?.folded ?? '';
  return JUDGES.test(word) || (PROSECUTOR_HEADS.test(word) && GENERAL.test(tokens[head + 1]?.folded ?? ''));
}

/** The quarters of a country a judicial district is named by, with the article ("في الجنوب", "في الشمال"), folded. */
const JUDICIAL_QUARTERS = new Set([...COMPASS_NOUNS].map((quarter) => `ال${quarter}`));

/** "the unemployed" (plural participles), folded: "عن العمل" (out of work) completes them. */
const JOBLESS = new Set(['المعطلين', 'المعطلون', 'العاطلين', 'العاطلون', 'معطلين', 'عاطلين']);

/** "responsible", whose portfolio follows with "عن" (folded). */
const RESPONSIBLE = new Set(['المسوول', 'المسووله', 'مسوول', 'مسووله']);
/** The same without the article: "مسؤول في", an official in some field. */
const INDEFINITE_RESPONSIBLE = new Set([...RESPONSIBLE].filter((word) => !word.startsWith('ال')));

/** Those who represent a constituency ("النائب عن", "سناتور عن", "عضو مجلس النواب عن"), folded. */
// ("عضواً عن وزارة الداخلية": a member a decree names for a body, in the accusative too.)
const CONSTITUENCY_REPRESENTATIVES = new Set(['نايب', 'نايبه', 'نايبا', 'نواب', 'عضو', 'عضوه', 'عضوا', 'اعضاء', 'سناتور', 'سيناتور', 'برلماني', 'برلمانيه', 'ممثل', 'ممثله', 'مرشح', 'مرشحه', 'البرلمان', 'الكنيست', 'الكونغرس']);

/** An electoral district (Gulf and Arab parliaments number them: "الدائرة الخامسة"), folded. */
export const ELECTORAL_DISTRICTS = new Set(['الدايره', 'دايره']);

/** "الجماعي", "البلدي" (of a commune, of a municipality), folded, with the feminine. */
const COUNCIL_QUALIFIERS = new Set(['الجماعي', 'الجماعيه', 'البلدي', 'البلديه', 'جماعي', 'جماعيه', 'بلدي', 'بلديه']);
/** "مستشار", "المستشارة" (councillor), folded, with and without the article. */
const COUNCILLORS = new Set(['مستشار', 'المستشار', 'مستشاره', 'المستشاره']);

/**
 * "المستشار الجماعي عن فريق المعارضة": a councillor of a commune or municipality (Morocco's elected
 * "مستشار جماعي") represents a list or a group, as a member of parliament does; an adviser does not.
 */
function isElectedCouncillorAt(tokens: readonly Token[], k: number): boolean {
  return stems(tokens[k]).some((stem) => COUNCILLORS.has(stem)) && COUNCIL_QUALIFIERS.has(tokens[k + 1]?.folded ?? '');
}

/** Whether the token is a constituency's representative: an MP, a senator, a councillor ("النائب", "سناتور"). */
export function isRepresentative(token: Token): boolean {
  return stems(token).some((stem) => CONSTITUENCY_REPRESENTATIVES.has(stem) || (stem.startsWith('ال') && CONSTITUENCY_REPRESENTATIVES.has(stem.slice(2))));
}

/**
 * "محافظ المنيا | في مصر", "حاكم ولاية تكساس | في الولايات المتحدة": "في" + a country after a place
 * the office already names says where that place is.
 */
function isCountryOfPlaceAt(tokens: readonly Token[], head: number, i: number): boolean {
  const country = tokens[i + 1];
  if (!country?.isWord || stems(country).length !== 1 || !(gazetteer().places.has(country.folded) || hasTrait(country, PLACE))) return false;
  for (let k = head + 1; k < i; k++) if (tokens[k].isWord && (isPlace(tokens[k]) || stems(tokens[k]).some(isPlaceStem))) return true;
  return false;
}

/** A bare proper noun at i: a place, or a word no common text uses and no given name, no verb. */
/**
 * "جنوب غرب الصومال", "شمال سيناء": one or two compass nouns from i before a place the lexicon
 * knows: where the place ends, or -1.
 */
export function compassQuarterOfPlaceEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < i + 2 && tokens[k]?.isWord === true && COMPASS_NOUNS.has(tokens[k].folded)) k++;
  return k > i && tokens[k]?.isWord === true && (isPlace(tokens[k]) || isPlaceStem(tokens[k].folded)) ? k + 1 : -1;
}

function isProperNounAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.isWord !== true || isDefinite(token) || isVerbLike(token)) return false;
  // ("بافاريا", "كردستان": a place whose first letter also reads as a clitic is still one word.)
  if (stems(token).length > 1) return isPlace(token) || isPlaceStem(token.folded);
  return isPlace(token) || isPlaceStem(token.folded) || (!isCommonWord(token) && !isGivenNameWord(token));
}

/** "القطب" (pole), folded: the Maghreb's specialised courts ("القطب الجزائي الاقتصادي والمالي", "القطب القضائي لمكافحة الإرهاب"). */
const JUDICIAL_POLE = 'القطب';

/** "لدى القطب الجزائي ...": such a court, named by its nisba adjectives, where a prosecutor serves. */
function isJudicialPole(tokens: readonly Token[], i: number): boolean {
  const nisba = tokens[i + 1];
  return tokens[i]?.folded === JUDICIAL_POLE && nisba?.isWord === true && /^ال.{2,}ي$/.test(nisba.folded);
}

/** A bare word that names a place in news text ("صفاقس", "قفصة"; isPlaceWord), no verb. */
function isBarePlaceWord(token: Token): boolean {
  return token.isWord && !isDefinite(token) && isPlaceWord(token.folded) && !isVerbLike(token) && !foldedRoleStops.has(token.folded);
}

/** A town news rarely names and the lexicon lacks ("نابل"): one bare word rare in running text. */
function isTownName(token: Token): boolean {
  return token.isWord && stems(token).length === 1 && !isDefinite(token) && isRareWord(token.folded) && !isVerbLike(token) && !foldedRoleStops.has(token.folded);
}

/** Words that make an office a regional one ("الجهوي", "فرع"), folded. */
// ("مدير إقليم الشركة الوطنية للكهرباء بالنيابة في المهدية", "المدير الإقليمي للبنك في قابس": a
// company's district or its regional head has its seat in a town too.)
export const REGIONAL_WORDS = new Set(['الجهوي', 'الجهويه', 'جهوي', 'جهويه', 'المحلي', 'المحليه', 'فرع', 'الفرع', 'مكتب', 'المكتب', 'اقليم', 'الاقليمي', 'الاقليميه']);

/**
 * Forces a city or a province has its own of ("قائد الشرطة في لندن", "مدير الأمن في بنغازي"),
 * folded: like a regional branch, their office goes on with "في" + the town.
 */
const LOCAL_FORCES = new Set(['الشرطه', 'شرطه', 'الامن', 'امن', 'الدرك', 'الحرس', 'الاطفاء', 'المطافي']);

/** Whether the office phrase from `head` to `end` is a regional one: its seat may follow with "في". */
export function isRegionalOffice(tokens: readonly Token[], head: number, end: number): boolean {
  for (let k = head; k < end; k++) if (isRegionalWord(tokens[k].folded) || (/^[بل]ال/.test(tokens[k].folded) && isRegionalWord(tokens[k].folded.slice(1)))) return true;
  return false;
}

/** Whether a folded word makes an office regional; also after "ب"/"ل" ("رئيس فرقة بالحرس الوطني في قابس"). */
function isRegionalWord(folded: string): boolean {
  return REGIONAL_WORDS.has(folded) || LOCAL_FORCES.has(folded);
}

/** A word that continues the name "علي": a given name, or "عبد" + a name ("عبدالله"). */
function isNameWordAfterAli(token: Token): boolean {
  return isListedGivenName(token.folded) || /^عبد/.test(token.folded);
}

/** "صحفي", "رسمي": an indefinite masculine nisba adjective in common use (no place, nationality or name). */
function isIndefiniteNisba(token: Token | undefined): boolean {
  // ("عضواً في مجلس | شورى إقليم كوردستان": "شورى" (consultation) names a council; no adjective.)
  if (token?.isWord !== true || !/ي$/.test(token.folded) || token.folded === SHURA || isDefinite(token) || stems(token).length !== 1 || !isCommonWord(token)) return false;
  return !isPlaceOrNationality(token) && !isListedGivenName(token.folded);
}

/** "شورى" (consultation), folded. */
const SHURA = 'شوري';

/** Offices sent somewhere ("المبعوث ... إلى العراق", "سفير ... إلى"), folded. */
const ENVOYS = new Set(['مبعوث', 'المبعوث', 'مبعوثه', 'المبعوثه', 'موفد', 'الموفد', 'سفير', 'السفير', 'سفيره', 'السفيره', 'مندوب', 'المندوب', 'مندوبه', 'المندوبه', 'ممثل', 'الممثل', 'ممثله', 'الممثله', 'قنصل', 'القنصل', 'قنصله', 'القنصله', 'ملحق', 'الملحق', 'ملحقه', 'الملحقه']);

/** "المنسق الخاص", "المنسقة الخاصة" (folded): the UN's special coordinator, who serves in a region as an envoy does. */
function isSpecialCoordinatorAt(tokens: readonly Token[], head: number): boolean {
  return /^(?:ال)?منسقه?$/.test(tokens[head]?.folded ?? '') && /^(?:ال)?خاصه?$/.test(tokens[head + 1]?.folded ?? '');
}

/** Bodies sent somewhere ("بعثة الصندوق إلى سوريا", "وفد الحكومة إلى جنيف"), folded. */
const SENT_BODIES = new Set(['بعثه', 'البعثه', 'وفد', 'الوفد']);

export function isEnvoy(token: Token): boolean {
  return stems(token).some((stem) => ENVOYS.has(stem));
}

/** "سفيراً", "مبعوثا": an envoy in the accusative, the post someone is made. */
function isAccusativeEnvoy(token: Token): boolean {
  return isAccusativeOffice(token) && ENVOYS.has(token.folded.slice(0, -1));
}

/** Heads of a federated state's name ("ولاية هيسن", "إقليم كردستان", "مقاطعة كيبيك"), folded. */
export const FEDERATED_STATES = new Set(['ولايه', 'اقليم', 'مقاطعه']);

/**
 * "الجمعية التونسية | للدفاع": "ل" + a definite word at i after a definite body's head and its
 * qualifier, the way bodies are named ("رئيس الجمعية | للحديث عن" is what he came for).
 */
function isAimOfDefiniteBody(tokens: readonly Token[], head: number, i: number): boolean {
  if (i <= head + 1 || !tokens[i].isWord || !tokens[i].folded.startsWith('لل') || isVerbLike(tokens[i])) return false;
  for (let k = head; k < i - 1; k++) if (tokens[k].isWord && isDefinite(tokens[k]) && isOrganizationHead(tokens[k]) && isDefinite(tokens[k + 1]) && !tokens[k + 1].folded.startsWith('لل')) return true;
  return false;
}

/** A broadcast's noun: a programme, a show's part or episode, folded. */
const BROADCASTS = new Set(['برنامج', 'حصه', 'حلقه', 'فقره', 'بلاتو']);

/** 'برنامج "ملاعب"', "برنامج ميدي شو": a broadcast's noun at i before its own name, quoted or bare. */
function isBroadcastBeforeItsName(tokens: readonly Token[], i: number): boolean {
  const name = tokens[i + 1];
  return BROADCASTS.has(tokens[i].folded) && name !== undefined && (!name.isWord ? OPENING_QUOTES.has(name.text) : !isDefinite(name));
}
