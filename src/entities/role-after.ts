/** The office phrase after a person's name, as an apposition or the accusative of an appointment: roleAfter. */
import { definiteSeatEnd, opensSeatAt } from './branch-regions.js';
import { endsDecreeLineName } from './list-entry-names.js';
import { isInSportsArticle } from './sports-articles.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { isTradeNoun } from './trade-nouns.js';
import { gazetteer, isTwoWordPlace } from './gazetteer.js';
import { isListedGivenName } from './given-names.js';
import { foldedRoleQualifiers } from './lexicon.js';
import { isCommonWord, isOrdinaryWord } from './ordinary-words.js';
import { isOftenANameInNews, isRareWord, isSeenInRunningText } from './tagger.js';
import { isPressAddressee } from './press-addressees.js';
import { dutiesLeadLength, POST_NOUN_AFTER_BA, postLeadLength, postNounPreposition, reappointedOfficeAt } from './post-phrases.js';
import { courtesyCliticLength } from './courtesy-titles.js';
import { actingLeadLength } from './acting-posts.js';
import { givenOfficeAfterAside } from './appointment-asides.js';
import { bracketHoldingLeadLength, relativeClauseLeadLength } from './relative-clause-offices.js';
import { type IsNameToken, nameStartBefore, noNames, type RoleMatch } from './role-types.js';
import { roleBefore } from './role-before.js';
import { isFemininePostBeforeBody, isGivenPostAt } from './decree-names.js';
import { isAccusativeOffice, isDefinite, isNationalityWord, isOfficeWord, isOrganizationHead, isPlace, isPluralOffice, isPlaceOrNationality, isVerbLike, PLACE_HEADS, REGION_HEADS, stems } from './office-words.js';
import { honorificBefore, isHonorificStem, isHonorificWord, nameStartAfter } from './honorific-titles.js';
import { isChargeDAffairesAt, isInChargeOf, isOfficeAt, isOfficeStart, PRONOUNS_OF_APPOSITION, SAID_OPENER_WORDS } from './office-start.js';
import { aliasEndAfter, officeBehindClitic } from './office-phrase-parts.js';
import { beforeActivityClause, closesTwoWordPlace, MAX_ROLE_TOKENS, officePhraseEnd } from './office-phrase.js';
import { isSubjectsOfficeBeforeTitledObject } from './met-subject-offices.js';
import { entryOfficeEnd, isColonListEntryAt, isDashEntryOfficeOfNext } from './colon-list-entries.js';
import { chainedOfficeAfterApposition, COMMAS, followsFullName, IN_CAPACITY, hasOfficeBeforeName, innerOfficeBetweenNames, isMadeOfficeAfterName, innerTitleBetweenNames, isDash, isLooseComplement, isRepresentedOfficeHolderAfter } from './role-before.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quote-marks.js';
import { isBareKinshipNoun } from './kinship-words.js';
import { oneOfHoldersEnd } from './one-of-holders.js';
import { stackedOffices } from './stacked-offices.js';

/**
 * Office phrase after the name ending at `nameEnd`: set off by a comma, a dash, or a bracket and a
 * colon ("فلان (62 عاما): حاكم فلوريدا"), or right after it ("محمد بن سلمان ولي ولي العهد"). A phrase
 * that runs straight into another name is that name's office, not this one's.
 */
export function roleAfter(tokens: readonly Token[], nameEnd: number, isName: IsNameToken = noNames): RoleMatch | null {
  // "تعيين فلان قائماً بأعمال رئيس الجامعة": the office after the acting words, which the role keeps (acting-posts.ts).
  // ("4- الدكتور فلان، قائمًا بعمل رئيس جامعة مدينة السادات": so after the comma of a decree's line.)
  const lead = COMMAS.has(tokens[nameEnd]?.text ?? '') ? nameEnd + 1 : nameEnd;
  const acting = actingLeadLength(tokens, lead);
  if (acting > 0) {
    const office = officeRoleAfter(tokens, lead + acting, isName);
    if (office && office.start === lead + acting) return { start: lead, end: office.end, titleOnly: false };
    // ("بتسمية فلان قائماً بأعمال سفارة ليبيا لدى ...": the chargé d'affaires of an embassy, a post from its first word.)
    const charge = isChargeDAffairesAt(tokens, lead) ? officeRoleAfter(tokens, lead, isName) : null;
    return charge && charge.start === lead ? charge : null;
  }
  // ("ندب المستشارة فلانة | للعمل | مساعداً لوزير العدل": seconded "to work as" the post in the accusative.)
  if (tokens[nameEnd]?.folded === TO_WORK && tokens[nameEnd + 1]?.isWord === true && isAccusativeOffice(tokens[nameEnd + 1])) {
    const post = officeRoleAfter(tokens, nameEnd + 1, isName);
    if (post && post.start === nameEnd + 1) return post;
  }
  // ("اختيار الزميل فلان | لمنصب وكيل أول النقابة", "أن يتولى فلان | منصب رئيس لجنة التدريب": the
  // post he is chosen for or takes, named after "منصب".)
  if (isPostNoun(tokens[nameEnd]) && takesThePost(tokens, nameStartBefore(nameEnd, isName), tokens[nameEnd].folded === FOR_THE_POST ? CHOSEN_FOR : TAKES_ON) && tokens[nameEnd + 1]?.isWord === true && !isName(nameEnd + 1)) {
    const post = officeRoleAfter(tokens, nameEnd + 1, isName);
    if (post && post.start === nameEnd + 1 && !post.titleOnly) return post;
  }
  const office = officeRoleAfter(tokens, nameEnd, isName);
  if (office) return isGivenToKin(tokens, nameEnd, office, isName) ? null : office;
  // ("تعيين فلان | من الأردن | نائباً للممثل الخاص", "فلان من ألمانيا، نائب الممثل الخاص السابق": the
  // country an international official comes from, between his name and his post.)
  const origin = originCountryEnd(tokens, nameEnd);
  if (origin > nameEnd) {
    const post = officeRoleAfter(tokens, origin, isName);
    if (post) return post;
  }
  // "عين فلان السياسي المحافظ رئيسا للحكومة": the office he is given after a description of him.
  const officeStart = givenOfficeAfterAside(tokens, nameEnd, isName);
  const given = officeStart > nameEnd ? officeRoleAfter(tokens, officeStart, isName) : null;
  return given && given.start === officeStart ? given : null;
}

/** "منصب", "لمنصب" (folded): the post, before the office it names. */
const POST_NOUNS = new Set(['منصب', 'لمنصب']);

/** "لمنصب" (folded): for the post, one is chosen or named for. */
const FOR_THE_POST = 'لمنصب';

/** "تولى", "يتولى" (took, takes on), folded, the future and "ل" allowed: the post after the name is his now; after "شغل" (held) it may be a former one. */
const TAKES_ON = /^(?:[وف]?(?:س|ل)?يتولي|[وف]?تولي|[وف]?(?:س|ل)?تتولي|[وف]?تولت)$/;

/** Choosing, electing, appointing (the verbal noun or the past), folded: "لمنصب" after one is the post given; after "ترشح" (ran for) only one sought. */
const CHOSEN_FOR = /^(?:[وف]?[بل]?(?:اختيار|انتخاب|تعيين|تسميه|تزكيه)|[وف]?(?:اختار|اختارت|انتخب|انتخبت|عين|عينت|سمي|سمت|اختير))$/;

/** Whether a verb of taking on a post (`verbs`) stands right before the name starting at `nameStart` (its honorifics between). */
function takesThePost(tokens: readonly Token[], nameStart: number, verbs: RegExp): boolean {
  let k = nameStart - 1;
  while (k > 0 && nameStart - k <= 3 && tokens[k].isWord && isHonorificWord(tokens[k])) k--;
  return k >= 0 && tokens[k].isWord && verbs.test(tokens[k].folded);
}

/** Whether the token is "منصب"/"لمنصب", the post before the office it names. */
export function isPostNoun(token: Token | undefined): boolean {
  return token?.isWord === true && POST_NOUNS.has(token.folded);
}

/** "للعمل" (folded): "to work (as)", before the post one is seconded or appointed to. */
export const TO_WORK = 'للعمل';

/** Whether the name ending at `nameEnd` has an office of its own before it ("عامل إقليم بنسليمان فلان"). */
function isOfficeTitledName(tokens: readonly Token[], nameEnd: number, isName: IsNameToken): boolean {
  return roleBefore(tokens, nameStartBefore(nameEnd, isName), isName) !== null;
}

/** How many titles may stand between a kinship noun and the name in its genitive ("نجل الملك الراحل"). */
const MAX_TITLES_AFTER_KIN = 2;

/**
 * "عينت المملكة نجل الملك سلمان سفيرا لها": a name in the genitive of a bare kinship noun (titles
 * between) says whose relative is meant; the office in the accusative after it is given to the
 * relative, not to him ("نجله فلان سفيرا", with the pronoun, names the relative himself).
 */
function isGivenToKin(tokens: readonly Token[], nameEnd: number, office: RoleMatch, isName: IsNameToken): boolean {
  const nameStart = nameStartBefore(nameEnd, isName);
  if (nameStart === nameEnd || !isAccusativeOffice(tokens[office.start])) return false;
  let k = nameStart - 1;
  while (k >= 0 && nameStart - k <= MAX_TITLES_AFTER_KIN && tokens[k].isWord && (isOfficeWord(tokens[k]) || isHonorificWord(tokens[k]))) k--;
  return k >= 0 && tokens[k].isWord && isBareKinshipNoun(tokens[k]);
}

function officeRoleAfter(tokens: readonly Token[], nameEnd: number, isName: IsNameToken): RoleMatch | null {
  // "خليفة بن حمد (أمير قطر الأسبق)": the bracket holds the office; "(62 عاما):" is skipped.
  // ("عن "فلان" الرئيس التنفيذي للشركة": the quote that closes the name sets it off, no more.)
  if (isQuotedName(tokens, nameEnd)) nameEnd++;
  // ("فلان (شغل منصب وزير الداخلية)": the post a bracket says he holds or held; relative-clause-offices.ts.)
  const held = bracketHoldingLeadLength(tokens, nameEnd);
  if (held > 0 && isOfficeAt(tokens, nameEnd + held) && !isName(nameEnd + held)) {
    const end = officePhraseEnd(tokens, nameEnd + held, isName);
    return { start: nameEnd + held, end, titleOnly: end - nameEnd - held === 1 };
  }
  // "فلان (قاض، رئيس دائرة بالمحكمة الإدارية)": a bare noun of his trade, then his office after a comma.
  const tradeFirst = tokens[nameEnd]?.text === '(' && tokens[nameEnd + 1]?.isWord === true && !isDefinite(tokens[nameEnd + 1]) && COMMAS.has(tokens[nameEnd + 2]?.text ?? '') && tokens[nameEnd + 3] !== undefined && isOfficeStart(tokens, nameEnd + 3);
  let start = tradeFirst ? nameEnd + 2 : tokens[nameEnd]?.text === '(' && tokens[nameEnd + 1] && isOfficeStart(tokens, nameEnd + 1) ? nameEnd : skipBracket(tokens, nameEnd);
  const separator = tokens[start]?.text;
  // A colon right after a name introduces what he said ("قطان: ولي ولي العهد يحضر ..."); after a
  // list entry's bracket it introduces the office.
  const afterBracket = start > nameEnd;
  // "* فلان : مديرا عاما للمركز": an appointment list puts the office he is given, in the accusative,
  // after the colon; no quote opens so.
  // ("- صباح المرزوقي: رئيسة مديرة عامة للديوان": so on a decree's line, whatever the office's case;
  // in a sports report such a line lists a club's staff, "- فلان : مدير فني".)
  // ("- الدكتورة فلانة: رئيسة لجامعة نواكشوط": so is a feminine post, whose accusative is unwritten,
  // before "ل" + the body it is given: the nominative would govern the body without "ل".)
  const feminineMade = isFemininePostBeforeBody(tokens, start + 1);
  const appointedAfterColon = separator === ':' && tokens[start + 1] !== undefined && (isAccusativeOffice(tokens[start + 1]) || feminineMade || (endsDecreeLineName(tokens, nameEnd) && isOfficeAt(tokens, start + 1) && !isInSportsArticle(tokens)));
  // ("فلان : نائب رئيس علان : ناطق رسمي": an entry of a list "name : office"; colon-list-entries.ts.)
  // (An accusative office is such an entry too when the list runs on: "تعيين كل من : فلان : مديرا عاما
  // للموارد المائية علان : مكلفة بمأمورية ...": his office ends where the next entry's name starts;
  // "فلان - مديرا عاما للديوانة علان - مديرة ...": so does a list with dashes before accusative offices.)
  const listEntry = (separator === ':' || isDash(tokens[start])) && !afterBracket && isColonListEntryAt(tokens, start, isName);
  const separated = separator === '،' || separator === ',' || (separator === ':' && (afterBracket || appointedAfterColon || listEntry)) || isDash(tokens[start]) || separator === '(';
  if (separator === ':' && !afterBracket && !appointedAfterColon && !listEntry) return null;
  if (separated) start++;
  // "القاضي فلان، (نائب الرئيس)": a bracket after the comma holds his office.
  if ((separator === '،' || separator === ',') && tokens[start]?.text === '(' && tokens[start + 1]?.isWord && isOfficeStart(tokens, start + 1)) start++;
  // "فلان، وهو مدير مدرسة ابتدائية في أبها،": "وهو" (and he is) + an office describes the name before.
  // ("فلان الذي كان آنذاك وزيرا للداخلية": so does a relative clause of holding a post.)
  // ("فلان، الذي شغل منصب وزير الداخلية في حكومة ...،": after the comma of an apposition too.)
  const relativeLead = separated && separator !== '،' && separator !== ',' ? 0 : relativeClauseLeadLength(tokens, start);
  const dutiesAfterComma = separator === '،' || separator === ',' ? dutiesLeadLength(tokens, start, (i) => isOfficeAt(tokens, i)) : 0;
  const pronounLed = (relativeLead > 0 || PRONOUNS_OF_APPOSITION.has(tokens[start]?.folded ?? '') || isReportedCopula(tokens, nameEnd, start, isName)) && tokens[start + Math.max(relativeLead, 1)]?.isWord === true && isOfficeAt(tokens, start + Math.max(relativeLead, 1)) && !officeBehindClitic(tokens[start + Math.max(relativeLead, 1)], /^[وبلك]/);
  if (pronounLed) start += Math.max(relativeLead, 1);
  // "تعيين فلان بوظيفة وكيل وزارة", "في منصب مدير عام": the post he is given, named by its office.
  // ("فوز فلان بمنصب الأمين العام": or by an office word with the article.)
  else if (!separated && POST_NOUN_AFTER_BA.test(tokens[start]?.folded ?? '') && tokens[start + 1]?.isWord && (!isDefinite(tokens[start + 1]) || isOfficeWord(tokens[start + 1]))) start++;
  // "لفلان بصفته رئيسا للولايات المتحدة": in his capacity as the office that follows (also after
  // the comma of an apposition: "إنهاء مهام فلان، بصفته واليا لولاية وهران").
  else if ((!separated || separator === '،' || separator === ',') && IN_CAPACITY.test(tokens[start]?.folded ?? '') && tokens[start + 1]?.isWord && !isDefinite(tokens[start + 1])) start++;
  // ("- العميد فلان، بمهام مدير مديرية أمن طرابلس.": so the duties he is charged with, in a decree's line.)
  else if (dutiesAfterComma > 0) start += dutiesAfterComma;
  // ("تعيين فلان في منصب الوالي المنتدب ...": so the office with the article, the post he is given;
  // "ترقية فلان إلى وظيفة سفير بوزارة الخارجية": the post a promotion raises him to, "إلى" only after
  // the promotion: "يتطلع فلان إلى منصب الرئيس" is a post he wants.)
  else if (!separated && isPostGivenAt(tokens, start, nameEnd, isName) && tokens[start + 2]?.isWord && (!isDefinite(tokens[start + 2]) || isOfficeWord(tokens[start + 2]))) start += 2;
  // ("تعيين فلان على وظيفة (وكيل الوزارة للتخطيط العمراني) بالمرتبة الممتازة": Saudi decisions bracket the post.)
  else if (!separated && isPostGivenAt(tokens, start, nameEnd, isName) && tokens[start + 2]?.text === '(' && tokens[start + 3]?.isWord === true && isOfficeAt(tokens, start + 3)) start += 3;
  // "إعفاء فلان من منصبه وزيراً للصحة", "تكليف فلان بالقيام بعمل مدير عام ...": see post-phrases.ts.
  else if (!separated) start += postLeadLength(tokens, start, (i) => isOfficeAt(tokens, i), isAccusativeOffice);
  // ("فلان أحد مسؤولي الشرطة": one of the holders of a plural office; one-of-holders.ts.)
  const oneOfEnd = pronounLed ? -1 : oneOfHoldersEnd(tokens, start, isName);
  if (oneOfEnd > 0) return { start, end: oneOfEnd, titleOnly: false };
  if (!tokens[start] || isName(start) || !isOfficeAt(tokens, start)) return null;
  // "وجه المحافظ فلان | رؤساء المراكز بفتح منافذ": an office in the plural right after one name,
  // nothing setting it off, is said of others (the verb's object); no apposition of his. (After a
  // name with "و", the last of a list, it may be the list's: plural-list-roles.ts.)
  if (!separated && !pronounLed && start === nameEnd && isPluralOffice(tokens[start]) && !isListedNameAt(tokens, nameEnd, isName)) return null;
  // "التقت اللومي بكاتبة الدولة": an office behind a preposition is someone the person meets; one
  // behind "و" ("جون الن وموفد ...") is coordinated with an earlier office, not this name's.
  // After a comma "و" may still join a further office of his, but a preposition never opens an
  // apposition ("زياد العذاري، بمديرة الوكالة": he met her).
  // ("بحضور عامل الإقليم فلان، والمدير العام للشركة،": right after the comma that closes a name titled
  // before it, "و" + an office is the list's next entry.)
  const titledBefore = separated && start === nameEnd + 1 && isOfficeTitledName(tokens, nameEnd, isName);
  if (officeBehindClitic(tokens[start], separated && !titledBefore ? /^[بلك]/ : /^[وبلك]/)) return null;
  if (listEntry) {
    const entryEnd = entryOfficeEnd(tokens, start, isName);
    return { start, end: entryEnd, titleOnly: entryEnd - start === 1 };
  }
  let end = officePhraseEnd(tokens, start, isName);
  // ("إعفاء فلان رئيس الهيئة من منصبه، وتعيينه مستشاراً": the post he is given now, not the one he leaves.)
  const reappointed = reappointedOfficeAt(tokens, end, isAccusativeOffice);
  if (reappointed > 0) {
    start = reappointed;
    end = officePhraseEnd(tokens, start, isName);
  }
  // ("فلان - عضو مكلف بالهيكلة: علان": the next entry's office; colon-list-entries.ts.)
  if (isDashEntryOfficeOfNext(tokens, start - 1, end, isName)) return null;
  // ("التقى فلان رئيس بعثة الأمم المتحدة (يونامي) علان": an office whose body's short name a name
  // follows is that name's title; role-before.ts reads it over the brackets.)
  if (isAliasBeforeName(tokens, start, end, isName)) return null;
  // "زيارة الأمير فلان وزير الدفاع | لجمهورية مصر العربية": after a visit named before the holder,
  // "ل" + a country is where the visit goes, not the office's.
  if (isVisitBefore(tokens, nameEnd, isName)) end = visitDestinationAt(tokens, start, end);
  // "ميركل، المستشارة الفدرالية لجمهورية ألمانيا الاتحادية التي ...": an apposition set off by a
  // comma ends at the next comma, full stop or relative pronoun, so it may run on to it through
  // loose complements.
  // (The post a decree gives, in the accusative, runs on only through the place it is in: "تعيين
  // فلان رئيساً لمحكمة الاستئناف | في حلب،", not "نائبا لوزير التعليم | بالمرتبة الممتازة".)
  if ((separated || pronounLed) && end - start >= 2) end = looseEndBefore(tokens, end, isName, APPOSITION_ENDS);
  else if (isAccusativeOffice(tokens[start]) && end - start >= 2) end = looseEndBefore(tokens, end, isName, APPOSITION_ENDS, true);
  // ("فلان رئيس دائرة الثقافة | في الشارقة، الذي": right after the name, "في" + a place the
  // lexicon knows, closed by a comma, is the seat of one short office; not where a long chain of
  // offices ends the sentence, "... رئيس اللجنة الوطنية لمكافحة المخدرات | في الرياض." (where he met).)
  // ("مدير عام دائرة الخدمات العامة | في رأس الخيمة،": or a place the lexicon knows by two words.)
  else if (start === nameEnd && end - start >= 2 && end - start <= MAX_SEATED_OFFICE_WORDS && tokens[end]?.folded === 'في' && tokens[end + 1]?.isWord === true && !isName(end + 1)) end += seatBeforeCommaLength(tokens, end + 1);
  end = beforeActivityClause(tokens, start, verbsComplementStart(tokens, start, end));
  const titleOnly = end - start === 1;
  // "تعيين فلان رئيسا ومنجي ... نائبا للرئيس": a bare office in the accusative right after the name
  // is the post he is given, his even without a complement.
  const madeBare = !separated && start === nameEnd && isAccusativeOffice(tokens[start]);
  if ((!separated || pronounLed) && titleOnly && !madeBare) return null;
  // "رئيس الحكومة فلان المكلف بالملف": right after a name "المكلف" and a bare matter describe his
  // task; a post names the body too ("فلان المكلف بالإعلام بوزارة الداخلية").
  // ("تعيين فلان مكلفا بمهمة في الوزارة الأولى": not in the accusative, the post a decree gives.)
  if (!separated && isInChargeOf(tokens, start) && end - start <= 2 && !/^و?مكلفا$/.test(tokens[start].folded)) return null;
  // ... unless that name carries "و" and so starts the next entry ("وزيرا للتجارة وخليل الغرياني ...").
  const runsIntoName = isName(end) || nameStartAfter(tokens, end, isName) >= 0;
  // ("فلان وزير النقل لسامي العلوي": a name behind "ل" or "ب" is whom he spoke to, not the holder.)
  const addressee = isName(end) && /^[لب]/.test(tokens[end].text) && !isListedGivenName(tokens[end].folded) && stems(tokens[end]).slice(1).some(isListedGivenName);
  // ("فلان مساعد الجنرال الأمريكي علان": unless the office in its genitive is the next name's.)
  const apposition = runsIntoName && !separated && start === nameEnd && innerOfficeBetweenNames(tokens, { start, end, titleOnly }, isName) !== null;
  // ("فلان، المبعوث الخاص للملك ووزير الدولة | رئيس الجمهورية علان": his offices end where the next name's chained one opens.)
  const chained = runsIntoName && (separated || start === nameEnd) ? chainedOfficeAfterApposition(tokens, { start, end, titleOnly }, isName) : null;
  if (chained) return { start, end: chained.start, titleOnly: chained.start - start === 1 };
  // ("استقبل الشيخ فلان وزير البنية التحتية | السفير علان": met-subject-offices.ts.)
  if (runsIntoName && !separated && start === nameEnd && isSubjectsOfficeBeforeTitledObject(tokens, start, end, isName)) return { start, end, titleOnly };
  // ("فلان ممثلا عن ملك المغرب علان": the office of the one he stands for is the next name's; the whole is his.)
  if (runsIntoName && !separated && start === nameEnd && isRepresentedOfficeHolderAfter(tokens, start, end, isName)) return { start, end, titleOnly: false };
  if (runsIntoName && !tokens[end].folded.startsWith('و') && !addressee && !apposition) {
    // "كونواي | مستشارة الرئيس الأمريكي ترامب": the next name is the title's in the genitive.
    if (innerTitleBetweenNames(tokens, start, end, isName) > 0) return { start, end, titleOnly: false };
    // "أويحيى مدير ديوان | الرئيس بوتفليقة": the phrase stopped at the next name's own title, which
    // is also its genitive: the office runs through that title.
    const next = nameStartAfter(tokens, end, isName);
    return next > end && innerTitleBetweenNames(tokens, start, next, isName) > 0 ? { start, end: next, titleOnly: false } : null;
  }
  // "... مساعد الجنرال الأمريكي علان | وموفد الولايات المتحدة الخاص": "و" + an office after that next
  // name adds a further office of the first; the fuller of the two is the more specific.
  if (apposition) {
    const further = furtherOfficeAfterName(tokens, end, isName);
    if (further && further.end - further.start > end - start) return further;
  }
  // "برفقة السراج رئيس المجلس الأعلى، عبد الرحمن السويحلي": an office straight after one name and
  // set off by a comma before the next is that next name's apposition.
  // (A next name with "و" is the next entry of a list: "فلان سفيرا لدى فرنسا، وعلان سفيرا لدى إيطاليا".)
  // (Not after a full name when the next one has a title of its own: see followsFullName.)
  // ("فلان واليا على القيروان، وسامية فلان والية على قفصة": after a post given in the accusative, any
  // word with "و" past the comma opens the decree's next entry.)
  const nextEntryOfDecree = isAccusativeOffice(tokens[start]) && /^و./.test(tokens[end + 1]?.folded ?? '');
  if (!separated && COMMAS.has(tokens[end]?.text ?? '') && !isConjoinedName(tokens[end + 1]) && !isNameWithConjunction(tokens, end + 1, isName) && !nextEntryOfDecree) {
    const nextName = nameStartAfter(tokens, end + 1, isName);
    // ("كلف فلان الفلاني رئيس الحركة، علان ناطقا رسميا": nor when the next one is made an office of his own.)
    const titledNext = (nextName > end + 1 || (isName(end + 1) && isMadeOfficeAfterName(tokens, end + 1, isName))) && followsFullName(tokens, start, isName);
    if ((isName(end + 1) || nextName >= 0) && !titledNext) return null;
  }
  // "حمّل القيادي بالحزب فلان، المدير التنفيذي للحركة، علان": a name with its office before it takes
  // no second one set off by commas before the next name; that one is the next name's apposition.
  if (separator !== undefined && COMMAS.has(separator) && COMMAS.has(tokens[end]?.text ?? '') && isName(end + 1) && !isConjoinedName(tokens[end + 1]) && hasOfficeBeforeName(tokens, nameEnd, isName)) return null;
  // "بمديرة الوكالة، فلانة، ومديرة مكتب المنظمة بتونس، علانة": after the comma of a list, "و" + an
  // office set off by commas before the next name opens that name's entry; it is no further office.
  if (separated && officeBehindClitic(tokens[start], /^و/) && COMMAS.has(tokens[end]?.text ?? '') && !isConjoinedName(tokens[end + 1]) && (isName(end + 1) || nameStartAfter(tokens, end + 1, isName) === end + 1)) return null;
  // ("- السيد فلان، والي ولاية سعيدة سابقا، واليا لولاية سطيف.": a decree's line gives the post he
  // held, then the one it gives him, in the accusative, closing the line; the given one is his now.)
  const given = (separator === '،' || separator === ',') ? givenPostAfterHeldOne(tokens, end, isName) : null;
  if (given) return given;
  // ("فلان، الوزير المنتدب لدى ...، الناطق الرسمي باسم الحكومة،": a second post set off by commas; stacked-offices.ts.)
  const stacked = (separator === '،' || separator === ',') && !titleOnly ? stackedOffices(tokens, start, end, isName) : null;
  if (stacked) return stacked;
  return { start, end, titleOnly };
}

/** "علان | وموفد الولايات المتحدة": an office with "و" right after the name that starts at `nameStart`. */
function furtherOfficeAfterName(tokens: readonly Token[], officeEnd: number, isName: IsNameToken): RoleMatch | null {
  // (Honorifics may open that name: "مساعد الجنرال الأمريكي الفريق علان".)
  const nameStart = isName(officeEnd) ? officeEnd : nameStartAfter(tokens, officeEnd, isName);
  if (nameStart < 0) return null;
  let k = nameStart;
  while (k < tokens.length && isName(k)) k++;
  if (k === nameStart || !tokens[k] || !officeBehindClitic(tokens[k], /^و/)) return null;
  const end = officePhraseEnd(tokens, k, isName);
  return end - k >= 2 ? { start: k, end, titleOnly: false } : null;
}

/**
 * "للوقاية", "للحماية", "للحد" (folded): a body's aim of preventing or protecting from, or reducing,
 * whose own complement is "من" ("الجمعية التونسية للوقاية | من حوادث الطرقات").
 */
const AIMS_TAKING_MIN = /^(?:لل|ل)(?:وقايه|حمايه|حد|تخفيف)$/;

/**
 * "حذّر فلان، عضو المجلس عن حزب حراك تونس الإرادة | من وجود شبكة": after the name, "من" + a common
 * noun (no place) late in the office phrase is the complement of the sentence's verb ("warned of");
 * a constituency follows the head or its qualifier ("سناتور سابق من بنسلفانيا"), a body's aim is
 * "من أجل". Before a name the phrase must reach the name, which rules this out by itself.
 */
function verbsComplementStart(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 3; k < end - 1; k++) {
    const next = tokens[k + 1];
    // ("رئيس البعثة | من الجانب الياباني": the side of a joint body he heads, named by its nationality.)
    const side = next.folded === 'الجانب' && tokens[k + 2]?.isWord === true && isNationalityWord(tokens[k + 2]);
    if (tokens[k].folded !== 'من' || next.folded === 'اجل' || side || foldedRoleQualifiers.has(tokens[k - 1].folded) || AIMS_TAKING_MIN.test(tokens[k - 1].folded)) continue;
    if (next.isWord && isCommonWord(next) && !isPlaceOrNationality(next) && !REGION_HEADS.has(next.folded) && !PLACE_HEADS.has(next.folded) && !isOfficeWord(next) && !isOrganizationHead(next)) return k;
  }
  return end;
}

/** The end of loose complements from `end` (`placeOnly`: of "في" + a place alone), if they run up to one of `closers`; else `end`. */
function looseEndBefore(tokens: readonly Token[], end: number, isName: IsNameToken, closers: ReadonlySet<string>, placeOnly = false): number {
  let k = end;
  // "حاكم سابق لاركنسو وقس معمداني": after the name, "و" adds a second description, and a bare
  // word rare in running text is no complement there.
  // ("لرويترز": whom he spoke to ends the phrase; see press-addressees.ts.)
  // ("رئيس الهيئة الاتهامية | في بيروت،": "في" + a place is where the body sits.)
  while (k < tokens.length && k - end < MAX_ROLE_TOKENS) {
    if (tokens[k].folded === 'في' && tokens[k + 1]?.isWord === true && !isName(k + 1) && isPlaceOrNationality(tokens[k + 1]) && !isNationalityWord(tokens[k + 1])) {
      k += 2;
      continue;
    }
    // ("عميدة كلية أصول الدين بالجامعة الإسلامية الحكومية | في يوجياكارتا،": or "في" + a bare word
    // running text never writes, a foreign town, right before what closes the apposition.)
    const town = tokens[k + 1];
    // ("في كونر،": a clitic the town's first letter may read as leaves a rest no common word.)
    if (!placeOnly && tokens[k].folded === 'في' && town?.isWord === true && !isName(k + 1) && !isDefinite(town) && stems(town).every((stem, r) => r === 0 || !isCommonWord(stem)) && !isSeenInRunningText(town.folded) && tokens[k + 2] !== undefined && closers.has(tokens[k + 2].text)) {
      k += 2;
      continue;
    }
    // ("فلانة، وزيرة الخارجية في جمهورية الكونغو الديمقراطية،": or "في" + a state's or region's head and its name.)
    if (opensSeatAt(tokens, k) && tokens[k + 2]?.isWord === true && !isName(k + 2) && isPlaceOrNationality(tokens[k + 2]) && !isNationalityWord(tokens[k + 2])) {
      k += 3;
      continue;
    }
    // ("فلان، ممثل المنظمة في الأرض الفلسطينية المحتلة،": so does "في" + the territory or body it serves.)
    const seat = placeOnly ? -1 : definiteSeatEnd(tokens, k, isName);
    if (seat > k) {
      k = seat;
      continue;
    }
    // ("رئيس هيئة كهرباء | ومياه وغاز الشارقة،", "وزيرة البيئة | وتغير المناخ والغابات الكينية،": "و" +
    // a common noun goes on with the body's name or the portfolio, where the apposition closes after it.)
    if (!placeOnly && isJoinedCommonNoun(tokens, k) && !isName(k)) {
      k++;
      continue;
    }
    if (placeOnly || tokens[k].folded.startsWith('و') || isPressAddressee(tokens[k], tokens[k + 1]) || !isLooseComplement(tokens, k, isName) || (isRareWord(tokens[k].folded) && stems(tokens[k]).length === 1 && !isDefinite(tokens[k]) && !isPlaceOrNationality(tokens[k]))) break;
    k++;
  }
  return k > end && (k === tokens.length || closers.has(tokens[k].folded) || closers.has(tokens[k].text)) ? k : end;
}

/** "أحد", "إحدى", "أبرز", "أهم", "بعض" (one of, the foremost of), folded: "وأحد الصناعيين" adds a second description, no portfolio. */
const ONE_OF = new Set(['احد', 'احدي', 'ابرز', 'اهم', 'اكبر', 'اقدم', 'بعض']);

/**
 * "ومياه", "والغابات", "وتغير المناخ": "و" + a common noun at i (bare or with the article) that is no
 * office, title or trade; one that also reads as a verb only in construct with a definite noun.
 */
function isJoinedCommonNoun(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token.isWord || !/^و.{3,}$/.test(token.folded)) return false;
  const rest = tokenReadAs(token, token.folded.slice(1), token.text.slice(1));
  if (!(isCommonWord(rest) || isOrdinaryWord(rest.folded) || /^ال../.test(rest.folded)) || isOfficeWord(rest) || isHonorificWord(rest) || isTradeNoun(rest.folded) || isPlaceOrNationality(rest) || ONE_OF.has(rest.folded)) return false;
  return !isVerbLike(rest) || (tokens[i + 1]?.isWord === true && isDefinite(tokens[i + 1]));
}

/** The longest office apposed to a name that takes a seat after it (officeRoleAfter). */
const MAX_SEATED_OFFICE_WORDS = 5;

/** What closes an apposition after a name: a comma, a full stop, a relative pronoun. */
const APPOSITION_ENDS = new Set(['،', ',', '.', 'الذي', 'التي', 'اللذين', 'اللتين', 'الذين']);

/** "هو", "هي" (he, she is), folded. */
const COPULAS = new Set(['هو', 'هي']);

/**
 * "أعلن التنظيم أن فلان هو قائده في ...": "هو" + an office after a name that "أن"/"إن" opens states
 * whom the news makes the holder. (A name that opens its own sentence, "وفلان هو عضو ...", gives his
 * background, which the office he is made in the same article outranks.)
 */
function isReportedCopula(tokens: readonly Token[], nameEnd: number, start: number, isName: IsNameToken): boolean {
  if (start !== nameEnd || !COPULAS.has(tokens[start]?.folded ?? '')) return false;
  const nameStart = nameStartBefore(nameEnd, isName);
  return nameStart < nameEnd && SAID_OPENER_WORDS.has(tokens[nameStart - 1]?.folded ?? '');
}

/** How many tokens a remark in brackets after a name may have ("(الحزب الديمقراطي البرازيلي، وسط)"). */
const MAX_BRACKET_TOKENS = 8;

/** Skips a short bracket after a name: "(62 عاما)", "(الراحل)". Returns the index after it. */
function skipBracket(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(') return i;
  for (let j = i + 1; j < tokens.length && j - i <= MAX_BRACKET_TOKENS; j++) if (tokens[j].text === ')') return j + 1;
  return i;
}


/** Whether a closing quote at `nameEnd` closes one opened right before the name ending there. */
function isQuotedName(tokens: readonly Token[], nameEnd: number): boolean {
  if (!CLOSING_QUOTES.has(tokens[nameEnd]?.text ?? '')) return false;
  let start = nameEnd;
  while (start > 0 && tokens[start - 1].isWord && nameEnd - start < 6) start--;
  return start > 0 && OPENING_QUOTES.has(tokens[start - 1].text) && start < nameEnd;
}

/** Verbal nouns of a visit or tour, folded: what follows with "ل" is where it goes. */
const VISIT_NOUNS = new Set(['زياره', 'جوله']);

/** Whether a visit noun stands right before the name ending at `nameEnd` (or its honorifics). */
function isVisitBefore(tokens: readonly Token[], nameEnd: number, isName: IsNameToken): boolean {
  let start = nameStartBefore(nameEnd, isName);
  if (start === nameEnd) return false;
  start = honorificBefore(tokens, start)?.start ?? start;
  const before = tokens[start - 1];
  return before?.isWord === true && stems(before).some((stem) => VISIT_NOUNS.has(stem));
}

/** The first "ل" + a country or a state's head ("لمصر", "لجمهورية", "للمملكة") after the office's head, or `end`. */
function visitDestinationAt(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 2; k < end; k++) {
    const word = tokens[k].folded;
    if (!word.startsWith('ل')) continue;
    const noun = word.startsWith('لل') ? `ال${word.slice(2)}` : word.slice(1);
    if (gazetteer().places.has(noun) || PLACE_HEADS.has(noun)) return k;
  }
  return end;
}

/**
 * "، وسهام فلان", "، وكريم فلان": a name word with "و" that the lists do not know as a given name
 * (the word without it is a common one, or one the news often names people by), where the name's own word is no name that opens with "و" ("وليد",
 * "وفاء"): the conjunction opens the next entry of a list.
 */
function isNameWithConjunction(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const token = tokens[i];
  if (!token?.isWord || !isName(i) || !token.folded.startsWith('و') || isListedGivenName(token.folded)) return false;
  const rest = token.folded.slice(1);
  // ("، ونيكوس باباديماس": or a foreign name the news never writes, with or without the "و".)
  return rest.length >= 3 && (isCommonWord(rest) || isOftenANameInNews(rest) || (rest.length >= 4 && !isSeenInRunningText(token.folded) && !isSeenInRunningText(rest)));
}

/** Words that open a compound given name or a kunya ("عبد الكريم", "أبو بكر"), folded. */
export const COMPOUND_NAME_OPENERS = new Set(['عبد', 'ابو', 'ام']);

/**
 * "وفهد", "وسامي": a given name with the conjunction "و" ("وليد" is a name of its own); also an
 * honorific with it ("واللواء", "والدكتور"), which opens the next entry of a list as well.
 */
function isConjoinedName(token: Token | undefined): boolean {
  // (A block may end on the comma after an office: nothing follows it.)
  if (token === undefined) return false;
  const rest = token.folded.slice(1);
  if (token.folded.startsWith('وال') && isHonorificWord(token) && !isHonorificStem(token.folded)) return true;
  // ("، والدكتور فلان": the next entry may open with its honorific.)
  // ("وعبد الكريم", "وأبو بكر": a compound name's opening word, which opens no other word.)
  // ("، وسعادة فلان": so may a courtesy title, courtesy-titles.ts.)
  return token.folded.startsWith('و') && (isListedGivenName(rest) || COMPOUND_NAME_OPENERS.has(rest) || (rest.startsWith('ال') && isHonorificWord(token)) || courtesyCliticLength(token) > 0);
}

/** Whether "في/على منصب" stands at `start`, or "إلى وظيفة" after a promotion of the name ending at `nameEnd` (post-phrases.ts). */
function isPostGivenAt(tokens: readonly Token[], start: number, nameEnd: number, isName: IsNameToken): boolean {
  const preposition = postNounPreposition(tokens, start);
  return preposition !== null && (preposition !== 'الي' || isPromotionBefore(tokens, nameStartBefore(nameEnd, isName)));
}

/** "ترقية", "وترقية", "رقي" (folded): a promotion, whose "إلى وظيفة" names the post reached. */
const PROMOTION = /^[وف]?(?:ترقيه|ترقيت|رقي|يرقي|ترفيع)$/;

/** Whether a promotion word stands right before the name that starts at `nameStart` (an honorific may stand between). */
function isPromotionBefore(tokens: readonly Token[], nameStart: number): boolean {
  const lead = honorificBefore(tokens, nameStart)?.start ?? nameStart;
  return tokens[lead - 1]?.isWord === true && PROMOTION.test(tokens[lead - 1].folded);
}

/** Whether the office phrase [start, end) is followed by its body's short name in brackets and then a name (not one with "و"). */
function isAliasBeforeName(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): boolean {
  const alias = aliasEndAfter(tokens, start, end);
  if (alias < 0 || tokens[alias]?.folded.startsWith('و')) return false;
  return isName(alias) || nameStartAfter(tokens, alias, isName) >= 0;
}

/** Whether the name ending at `nameEnd` carries "و" or follows another name: an entry of a list. */
function isListedNameAt(tokens: readonly Token[], nameEnd: number, isName: IsNameToken): boolean {
  const nameStart = nameStartBefore(nameEnd, isName);
  return tokens[nameStart]?.folded.startsWith('و') === true || (nameStart > 0 && isName(nameStart - 1));
}

/**
 * The words of a place the lexicon knows, one ("الشارقة") or two ("رأس الخيمة"), at `at` and closed
 * by a comma, with the "في" before them; 0 when there is none.
 */
function seatBeforeCommaLength(tokens: readonly Token[], at: number): number {
  if (isPlace(tokens[at]) && COMMAS.has(tokens[at + 1]?.text ?? '')) return 2;
  return closesTwoWordPlace(tokens, at + 1) && COMMAS.has(tokens[at + 2]?.text ?? '') ? 3 : 0;
}

/** The end of "من" + a place the lexicon knows (a word, or two: "من جنوب أفريقيا") right after a name, or -1. */
export function originCountryEnd(tokens: readonly Token[], nameEnd: number): number {
  if (tokens[nameEnd]?.folded !== 'من') return -1;
  const [first, second] = [tokens[nameEnd + 1], tokens[nameEnd + 2]];
  if (first?.isWord !== true) return -1;
  if (second?.isWord === true && isTwoWordPlace(first.folded, second.folded)) return nameEnd + 3;
  return gazetteer().places.has(first.folded) ? nameEnd + 2 : -1;
}

/**
 * The post a decree's line gives after the comma that closes the post held (`end`): an office in the
 * accusative ("واليا لولاية سطيف", "والية لولاية عين تموشنت") whose phrase closes the line; or null.
 */
function givenPostAfterHeldOne(tokens: readonly Token[], end: number, isName: IsNameToken): RoleMatch | null {
  const start = end + 1;
  if (!COMMAS.has(tokens[end]?.text ?? '') || !isGivenPostAt(tokens, start) || !isOfficeAt(tokens, start)) return null;
  const givenEnd = officePhraseEnd(tokens, start, isName);
  const closesLine = tokens[givenEnd] === undefined || tokens[givenEnd].text === '.';
  return givenEnd - start >= 2 && closesLine ? { start, end: givenEnd, titleOnly: false } : null;
}
