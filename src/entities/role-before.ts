/** The office phrase (or list office, apposition, comma chain) before a person's name: roleBefore. */
import { opensGreetingObject } from './greeting-formulas.js';
import { isTownSurroundingsAt, isUnlistedTownWord } from './branch-regions.js';
import { isOccasionBeforeComma } from './occasion-complements.js';
import { tokenReadAs, type Token } from './tokenize.js';
import { rememberedValuePerPosition } from './block-memo.js';
import { gazetteer } from './gazetteer.js';
import { foldedAliasMarkers, foldedExtraRoleStops, foldedNameQualifiers, foldedRanks, foldedRoleStops } from './lexicon.js';
import { isCommonWord } from './ordinary-words.js';
import { isRareWord } from './tagger.js';
import { hasTrait, PERSON_TITLE } from './word-traits.js';
import { isMeetingVerb, isMeetingVerbOfObject } from './meeting-verbs.js';
import { isSubjectsOfficeBeforeTitledObject } from './met-subject-offices.js';
import { pluralListHead } from './plural-list-roles.js';
import { isFounderOfAntecedent, joinedChiefEndAt } from './pronoun-offices.js';
import { type IsNameToken, nameStartBefore, noNames, type RoleMatch } from './role-types.js';
import { isAccusativeOffice, isDefinite, isNationalityWord, isOfficeStem, isOfficeWord, isOrganizationHead, isPlace, isPlaceOrNationality, isImperfectVerb, isPlaceStem, isPluralOffice, isAccusativeRepresentative, isVerbLike, PLACE_HEADS, REGION_HEADS, stems } from './office-words.js';
import { isAbbreviatedTitleAt } from './abbreviated-titles.js';
import { isJoinedMosqueOffice } from './mosque-offices.js';
import { isVillageHeadmanAt } from './village-headmen.js';
import { honorificBefore, honorificBeforeComma, isBodyRankInConstruct, isHonorificAt, isHonorificStem, isHonorificWord, isRank, nameStartAfter } from './honorific-titles.js';
import { isOfficeAt } from './office-start.js';
import { ALIAS_CLOSE, ALIAS_OPEN, aliasEndAfter, CANDIDATES, compassNationalityLength, MAX_ALIAS_WORDS, officeBehindClitic, SPOKEN_FOR } from './office-phrase-parts.js';
import { isActingAdverb, MAX_ROLE_TOKENS, officePhraseEnd, opensNextEntry } from './office-phrase.js';
import { COMPLEMENT_PREPOSITIONS, participleClauseEnd } from './participle-clauses.js';
import { personNamedRegionLength } from './person-named-regions.js';
import { isTradeNoun } from './trade-nouns.js';
import { isJoinedMembership, joinedMembershipBefore } from './joined-memberships.js';
import { elativeAsideBefore } from './body-asides.js';
import { QUOTE_MARKS } from './quote-marks.js';
import { heldByRelativeStart } from './relative-clause-offices.js';
import { opensOfficeColonEntry } from './office-colon-slots.js';
import { countedPluralBeforeBracket } from './plural-office-lists.js';
import { isDecreeAct } from './decree-names.js';

/**
 * Office phrase before a name starting at `nameStart` (honorifics, a quote or a colon in between);
 * none when the name carries the conjunction "و" (`conjoined`).
 */
export function roleBefore(tokens: readonly Token[], nameStart: number, isName: IsNameToken = noNames, conjoined = false): RoleMatch | null {
  if (conjoined) return withoutTitleOverTrade(tokens, nameStart, roleBeforeName(tokens, nameStart, isName, true));
  const plain = plainRoleBefore(tokens, nameStart);
  // The grammar learns of names only through `isName`: where none of the positions the phrase
  // without names asked about is a name, the phrase with names is the same one. (So for two thirds
  // of the offices the persons' passes ask with names, at name starts tidying asked about already.)
  if (isName === noNames || !plain.asked.some((index) => isName(index))) return withoutTitleOverTrade(tokens, nameStart, plain.match);
  return withoutTitleOverTrade(tokens, nameStart, roleBeforeName(tokens, nameStart, isName, false));
}

/**
 * "قائد القطاع الأول في البعثة، | العميد الأوغندي | فلان": a military rank and the holder's
 * nationality, or his trade (below), after an office phrase's comma: where that title starts (the
 * office is the one before the comma), or undefined.
 */
function titleAfterOfficeComma(tokens: readonly Token[], nameStart: number): number | undefined {
  // ("رئيسة لجنة التحكيم، | المخرجة اللبنانية | فلانة،", "المدير العام للأيام، | المنتج | فلان،":
  // or the holder's trade, a definite trade noun, with or without the nationality.)
  const nationality = tokens[nameStart - 1];
  const withNationality = nationality?.isWord === true && isNationalityWord(nationality) && isDefinite(nationality);
  const trade = withNationality ? nameStart - 2 : nameStart - 1;
  if (trade >= 2 && tokens[trade].isWord && tokens[trade].folded.startsWith('ال') && isTradeNoun(tokens[trade].folded) && COMMAS.has(tokens[trade - 1].text)) {
    return officeBeforeComma(tokens, trade - 1) ? trade : undefined;
  }
  if (!withNationality) return undefined;
  const rank = honorificBefore(tokens, nameStart - 1);
  if (rank === null || rank.start < 2 || !foldedRanks.has(tokens[rank.start].folded) || !COMMAS.has(tokens[rank.start - 1].text)) return undefined;
  return officeBeforeComma(tokens, rank.start - 1) ? rank.start : undefined;
}

/** Whether an office phrase ends at the comma at `comma`, the body's short name in brackets between ("... في الصومال (أوصوم)،"). */
function officeBeforeComma(tokens: readonly Token[], comma: number): boolean {
  const alias = aliasOpenBefore(tokens, comma);
  return officePhraseBefore(tokens, alias > 0 ? alias : comma) !== null;
}

/**
 * "كرم الوزير | اللاعب فلان": a bare title before a trade noun and the name is the verb's subject,
 * the name its object's ("the minister honoured the player"); the title is none of his.
 */
function withoutTitleOverTrade(tokens: readonly Token[], nameStart: number, match: RoleMatch | null): RoleMatch | null {
  if (match === null || !match.titleOnly || match.end >= nameStart) return match;
  for (let k = match.end; k < nameStart; k++) if (tokens[k].isWord && isTradeNoun(tokens[k].folded)) return null;
  return match;
}

/** roleBefore without names, and the positions it asked `isName` about (each answered no). */
interface PlainRole {
  match: RoleMatch | null;
  asked: number[];
}

/**
 * roleBefore with no names marked, remembered per position: tidying, name evidence, courtesy titles
 * and span extension each ask it of the same name starts. (Callers only read the match.) Asked with
 * an `isName` that says no and notes the question, which takes the same course as `noNames` (the
 * grammar's shortcuts for `noNames` are those of a no to every question).
 */
const plainRoleBefore = rememberedValuePerPosition((tokens, nameStart): PlainRole => {
  const asked: number[] = [];
  const noName = (index: number): boolean => {
    asked.push(index);
    return false;
  };
  return { match: roleBeforeName(tokens, nameStart, noName, false), asked };
});

function roleBeforeName(tokens: readonly Token[], nameStart: number, isName: IsNameToken, conjoined: boolean): RoleMatch | null {
  // "تعيين أربعة أعضاء في مجلس الشورى، هم: فلان، وعلان": see plural-list-roles.ts.
  const listHead = pluralListHead(tokens, nameStart, { isName, isHonorificAt, isPluralOffice, officePhraseEnd: (t, head) => officePhraseEnd(t, head) });
  if (listHead) return { ...listHead, titleOnly: false };
  // "رئيسا للمجلس الوطني، وفوزي ...": a name joined by "و" starts a new item, the office before is another's.
  if (conjoined) return null;
  if (tokens[nameStart - 1]?.text === '(') {
    const listed = listRoleBefore(tokens, nameStart - 1, isName);
    if (listed) return listed;
    // ("سبعة نواب (فلان وعلان)": a counted plural's bracket lists its holders; each one's office is
    // the plural's singular, plural-office-lists.ts.)
    if (countedPluralBeforeBracket(tokens, nameStart - 1) >= 0) return null;
    // "وزير العدل الدكتور (وليد الصمعاني)": the bracket only sets the name off.
    nameStart--;
  }
  // ("رئيس الفرقة النقيب، فلان": a rank or honorific set off by a comma is the name's all the same.)
  let end = honorificBefore(tokens, nameStart)?.start ?? honorificBeforeComma(tokens, nameStart)?.start ?? titleAfterOfficeComma(tokens, nameStart) ?? nameStart;
  const titled = end < nameStart;
  // "الرئيس الجزائري، والسلطان قابوس": an honorific with "و" opens the next item of a list.
  if (end < nameStart && tokens[end].folded.startsWith('وال') && !isHonorificStem(tokens[end].folded)) return null;
  // (A quote that closes a body's name inside the office is no quote around the name: "رئيس حزب "النهضة" فلان".)
  // (Nor is the body's short name in quotes after the office: "رئيس الاتحاد الدولي "فيفا" فلان"; see aliasOpenBefore.)
  if (end > 0 && QUOTE_MARKS.has(tokens[end - 1].text) && !officePhraseBefore(tokens, end, isName) && aliasOpenBefore(tokens, end) < 0) end--;
  // ('الرئيس البرتغالي" "فلان": a quote closed by a slip after the office, before the one that opens the name.)
  // (Not the quote that closes the body's short name: 'للهيئة السعودية "مدن" المهندس فلان'.)
  if (end > 1 && end < nameStart && QUOTE_MARKS.has(tokens[end - 1].text) && tokens[end - 2].isWord && !officePhraseBefore(tokens, end, isName) && aliasOpenBefore(tokens, end) < 0) end--;
  // "أمير أنصار الشريعة المكنى بأبي عياض": the office stands before the alias marker.
  if (end > 0 && foldedAliasMarkers.has(tokens[end - 1].folded)) end--;
  // "عمر منصور، والي تونس ـ محمد قويدر": a dash ends one list entry, the office before it is the
  // previous name's.
  if (end > 0 && isDash(tokens[end - 1])) return null;
  // ("مدير مكتب فيفا الإقليمي في أديس أبابا، الكاميروني جان بيير نغويم،": the holder's nationality
  // after the office's comma is his, as it is right after the office.)
  if (end > 2 && end === nameStart && isNationalityWord(tokens[end - 1]) && isDefinite(tokens[end - 1]) && COMMAS.has(tokens[end - 2].text)) end--;
  // ("رئيس الاتحاد الإفريقي لكرة القدم، الجنوب إفريقي باتريس موتسيبي": so is one of two words.)
  else if (end > 3 && end === nameStart && compassNationalityLength(tokens, end - 2) === 2 && COMMAS.has(tokens[end - 3].text)) end -= 2;
  // Lists of appointments write "وزير العدل: غازي الجريبي"; apposition "وزير الخارجية، خميس الجهيناوي،".
  const separated = end > 0 && (tokens[end - 1].text === ':' || COMMAS.has(tokens[end - 1].text));
  // "منسق الحزب : الرياحي كان يسعى ...", "... : فلان يعمل لصالح": a headline names its speaker before the colon, and the
  // name after it opens the quoted clause; in a list the name is followed by no verb.
  if (separated && tokens[end - 1].text === ':' && opensClauseAfterName(tokens, nameStart, isName)) return null;
  if (separated) end--;
  // "رئيس الاتحاد الدولي "فيفا" السويسري فلان": the holder's nationality after the body's short name
  // is the name's, as it is right after the office ("وزير الخارجية الفرنسي فلان").
  if (!separated && end > 1 && end === nameStart && isNationalityWord(tokens[end - 1]) && aliasOpenBefore(tokens, end - 1) > 0) end--;
  // ("(كاف) | الجنوب إفريقي | فلان": so is a nationality of two words.)
  else if (!separated && end > 2 && end === nameStart && compassNationalityLength(tokens, end - 2) === 2 && aliasOpenBefore(tokens, end - 2) > 0) end -= 2;
  // "رئيس الاتحاد الدولي للسباحة "فينا"، فلان": the body's short name in quotes or brackets.
  const alias = aliasOpenBefore(tokens, end);
  if (alias > 0) end = alias;
  // A remark in brackets between office and name: "الرئيس الليبي (الراحل) معمر القذافي".
  if (end > 2 && tokens[end - 1].text === ')' && tokens[end - 3].text === '(' && foldedNameQualifiers.has(tokens[end - 2].folded)) end -= 3;
  if (end > 0 && tokens[end - 1].text === '(') return listRoleBefore(tokens, end - 1, isName);
  // "الوزيرين في حكومة يوسف الشاهد": the name is the genitive of a body, not the holder of the office.
  // So is a title and the name after such a body: "مساعد الشؤون السياسية بمكتب الرئيس حسن روحاني".
  if (!separated && end > 0 && isOrganizationHead(tokens[end - 1]) && !isDefinite(tokens[end - 1]) && !isOfficeWord(tokens[end - 1]) && !isActingAdverb(tokens[end - 1])) return null;
  // "رئيس اللجنة المشرفة على برنامج سوق عكاظ الدكتور فلان": an honorific before the name closes the
  // office phrase as a comma does, so the phrase may run on to it through loose complements.
  // (So does an abbreviated one, "م." for "المهندس": "رئيس بلدية محافظة الخبر م. فلان".)
  const closedByHonorific = !separated && end < nameStart && tokens[end].isWord && (isHonorificWord(tokens[end]) || isAbbreviatedTitleAt(tokens, end));
  let role = officePhraseBefore(tokens, end, isName) ?? (separated || closedByHonorific ? appositionPhraseBefore(tokens, end, isName) : null);
  // ("النائب العام الاستئنافي في البقاع، القاضي فلان": and the seat after "في" before the comma.)
  if (!role && separated) role = officeBeforeCommaNationality(tokens, end, isName) ?? officeBeforeAside(tokens, end, isName) ?? officeBeforeSeat(tokens, end, isName);
  // "الرئيس الليبي الراحل معمر القذافي": a remark the phrase does not take stands between.
  let bare = end;
  while (!role && bare > 0 && tokens[bare - 1].isWord && foldedNameQualifiers.has(tokens[bare - 1].folded) && !isOfficeWord(tokens[bare - 1])) {
    bare--;
    role = officePhraseBefore(tokens, bare, isName);
  }
  // "رئيس الحركة ومؤسسها حامد القروي": "and its founder" between the office and the name is a second
  // title of the same holder, no office phrase of its own.
  if (!role && !separated && end > 1 && isFounderOfAntecedent(tokens[end - 1])) role = officePhraseBefore(tokens, end - 1, isName);
  // ("رئيس أرامكو السعودية وكبير إدارييها التنفيذيين، المهندس فلان": so is a chief title over the
  // body's staff, its pronoun referring back to the body; pronoun-offices.ts.)
  const chief = !role ? [end - 2, end - 3].find((k) => k > 0 && joinedChiefEndAt(tokens, k) === end) ?? -1 : -1;
  const beforeChief = chief > 0 ? officePhraseBefore(tokens, chief, isName) : null;
  if (beforeChief && !beforeChief.titleOnly) role = { start: beforeChief.start, end, titleOnly: false };
  // "صفة المدير التنفيذي في شخص فلان": "in the person of" names the holder of the office before it.
  if (!role && !separated && end > 2 && tokens[end - 1].folded === 'شخص' && tokens[end - 2].folded === 'في') role = officePhraseBefore(tokens, end - 2, isName);
  // "خطة المدير التنفيذي التي يشغلها فلان": so does a relative clause of holding it (relative-clause-offices.ts).
  const heldBy = !role && !separated ? heldByRelativeStart(tokens, end) : -1;
  if (heldBy > 0) role = officePhraseBefore(tokens, heldBy, isName);
  // "مدير عام أيام قرطاج السينمائية والمنتج التونسي فلان": the holder's trade, joined by "و", stands between.
  if (!role && !separated) {
    const trade = joinedTradeBefore(tokens, end);
    // ("وأحمد العامري الرئيس التنفيذي للهيئة والفنان التشكيلي علان": an office right after a full
    // name is that name's apposition; "و" + the trade opens the next entry.)
    const office = trade > 0 ? officePhraseBefore(tokens, trade, isName) : null;
    if (office && !followsFullName(tokens, office.start, isName)) role = office;
  }
  // "زعيمة الحزب المرشحة للانتخابات الرئاسية فلانة": the office ends before the candidacy.
  if (!role && !separated) role = officeBeforeCandidacy(tokens, end, isName) ?? officeBeforeSeat(tokens, end, isName) ?? officeBeforeParticipleClause(tokens, end, isName);
  if (!role && !separated) role = officeClosedByEndOfTerm(tokens, end, isName);
  // ("ممثل الولي الفقيه في محافظة خراسان الرضوية | وإمام جمعة مشهد آية الله فلان": a town's Friday
  // imam joined by "و" to an office is no office; the office before it is the holder's.)
  if (!role && !separated) role = officeBeforeJoinedImam(tokens, end, isName);
  // "وزير التشغيل والقيادي في الحزب فلان", "رئيس الغرفة وعضو المكتب التنفيذي، فلان": a membership
  // joined by "و" to the office before it is no office of its own; that office is the name's
  // (joined-memberships.ts).
  if (role && isJoinedMembership(tokens[role.start])) {
    const office = officePhraseBefore(tokens, role.start, isName);
    if (office && !office.titleOnly) role = office;
  }
  if (!role && !separated) {
    const membership = joinedMembershipBefore(tokens, end, isVerbLike);
    // (The grammar reads the office on through the membership, so the office is read where it stops.)
    const office = membership > 0 ? officePhraseBefore(tokens.slice(0, membership), membership, isName) : null;
    if (office && !office.titleOnly) role = office;
  }
  // "لرئيس الجمهورية الرئيس عبدالفتاح السيسي": the full office before the bare title is his; so is
  // a chain of offices set off by commas before it ("سفير المملكة لدى الجامعة، السفير فلان").
  // (A title with "و" opens a new entry of a list: "... أمير الكويت السابق، والملك حسين".)
  if (role?.titleOnly && !separated && role.start > 0 && !(tokens[role.start].folded.startsWith('و') && stems(tokens[role.start]).length > 1)) {
    // ("بحضور وكيل الوزارة للمراسم سعادة السفير فلان": so is the full office before the title's honorifics.)
    const titleStart = honorificBefore(tokens, role.start)?.start ?? role.start;
    const fuller = officePhraseBefore(tokens, titleStart, isName);
    // ("بمكتب الرئيس فلان": a phrase ending on a body in the construct state takes the title as its genitive.)
    const body = tokens[titleStart - 1];
    const genitiveOfBody = body?.isWord === true && isOrganizationHead(body) && !isDefinite(body) && !isOfficeWord(body);
    // ("استقبل الشيخ فلان وزير البنية التحتية السفير علان": the fuller office is the subject's; met-subject-offices.ts.)
    // ("استقبل معالي وزير الخارجية سعادة السفير فلان": so is one right after a verb of meeting, the
    // title's own honorifics between; without them the office is his, "التقى الأمين العام السفير فلان وزير ...".)
    const metBy = fuller !== null && titleStart < role.start && isMeetingVerbOfObject(tokens[(honorificBefore(tokens, fuller.start)?.start ?? fuller.start) - 1]);
    if (fuller && !fuller.titleOnly && !genitiveOfBody && !metBy && !isSubjectsOfficeBeforeTitledObject(tokens, fuller.start, role.start, isName)) role = fuller;
    // ("المبعوث الفرنسي الخاص إلى سوريا، سعادة السفير فلان": so before the title's honorifics.)
    else if (titleStart > 1 && COMMAS.has(tokens[titleStart - 1].text)) {
      const chained = commaChainBefore(tokens, { ...role, start: titleStart }, isName);
      const alias = aliasOpenBefore(tokens, titleStart - 1);
      if (chained.start < titleStart) role = { start: chained.start, end: alias > 0 ? alias : titleStart - 1, titleOnly: false };
    }
  }
  // After a comma only a full office phrase counts: "قال الوزير، محمد" is not an apposition; a
  // definite title is one when commas set the whole name off ("بطرد النائبة، فلانة فلان،").
  // ("تضم اللجنة : الرئيس : فلان الأعضاء : علان": so is a list's entry "title : name" that the next
  // entry's head and colon close; "الرئيس : فلان نائب الرئيس : علان": so does a bureau list's colon,
  // the name closed by the next entry; office-colon-slots.ts.)
  if (!role || (separated && role.titleOnly && !(isDefinite(tokens[role.start]) && (isNameClosedByComma(tokens, nameStart, isName) || (tokens[end]?.text === ':' && isNameClosedByNextEntry(tokens, nameStart, isName)))))) return null;
  // "دخل السياسة مستشارا للرئيس الاشتراكي فرانسوا هولاند": an office in the accusative describes the
  // sentence's subject; the name after "لل" + a title is that title's holder.
  if (!separated) {
    // ("وممثل عن رئيس الوزراء محمد شياع السوداني": the untitled name after a representative's office
    // is the holder's he stands for; "ممثل عن الوزير العميد فلان" titles the representative himself.)
    if (!titled && isUntitledRepresentedHolderAfter(tokens, role.start, role.end, isName)) return { start: role.start + 2, end: role.end, titleOnly: false };
    const inner = accusativeOfficeInner(tokens, role, isName) ?? rankInGenitive(tokens, role, isName);
    if (inner) return inner;
    // "مساعد الشؤون السياسية بمكتب الرئيس حسن روحاني": a bare title right before the name, after "ب"
    // or "ل" + a body ("بمكتب", "لديوان"), is the name's own title; the office around it is another's.
    if (isTitleAfterBody(tokens, role)) return { start: role.end - 1, end: role.end, titleOnly: true };
    // "كونواي مستشارة الرئيس الأمريكي | ترامب": the title in the genitive is this name's.
    const title = innerTitleBetweenNames(tokens, role.start, role.end, isName);
    if (title > 0) return { start: title, end: role.end, titleOnly: role.end - title === 1 };
    const between = innerOfficeBetweenNames(tokens, role, isName) ?? chainedOfficeAfterApposition(tokens, role, isName);
    if (between) return between;
  }
  // "والتقى نواب سليم الرياحي": a plural office before one name is his deputies, not his office;
  // it is each one's only before a list of names ("نواب الحزب فلان وعلان").
  if (!separated && isPluralOffice(tokens[role.start]) && !nameListAfter(tokens, nameStart, isName)) return null;
  // ("النائبتان بمجلس نواب الشعب فلانة وعلانة": a plural office in the genitive of a body's head
  // names the body; the holders' office is the one that body completes.)
  // ("بمجلس نواب الشعب رئيس الحكومة، فلان": an office chained after it is the name's own.)
  if (isPluralOffice(tokens[role.start]) && isBodyInConstructBefore(tokens, role.start)) return innerOfficeBefore(tokens, role, isName);
  // ("رئيس المجلس، السيد فلان، سفير الصين، السيد علان": in a list of titled entries set off by
  // commas the office opens the next entry; person-entity.ts gives it no apposition of the first.)
  if (separated && titled && isAppositionOfEarlierName(tokens, role.start, isName) && isTitledListEntryBefore(tokens, role.start - 1, isName)) return role;
  // ("كلف فلان الفلاني رئيس الحركة، علان العلاني ناطقا رسميا": so is one after a full name when the
  // name after the comma is followed by the accusative office he is made.)
  const madeOffice = !titled && isMadeOfficeAfterName(tokens, nameStart, isName);
  // ("حمّل القيادي بالحزب فلان، المدير التنفيذي للحركة، علان": an earlier name that has its office
  // before it takes no second one set off by commas; that one is this name's apposition.)
  const earlierHasOffice = isAppositionOfEarlierName(tokens, role.start, isName) && COMMAS.has(tokens[role.end]?.text ?? '') && hasOfficeBeforeName(tokens, role.start - 1, isName);
  if (separated && !earlierHasOffice && (isAppositionOfEarlierName(tokens, role.start, isName) || ((titled || madeOffice) && followsFullName(tokens, role.start, isName)))) return innerOfficeBefore(tokens, role, isName);
  return separated ? commaChainBefore(tokens, role, isName) : role;
}

/**
 * The office before "و" + an imam's post that runs up to `end`, with that post: both are the holder's
 * ("ممثل الولي الفقيه في محافظة خراسان الرضوية وإمام جمعة مشهد"), or null.
 */
function officeBeforeJoinedImam(tokens: readonly Token[], end: number, isName: IsNameToken): RoleMatch | null {
  for (let k = end - 2; k > 0 && end - k <= 4; k--) {
    if (!tokens[k + 1].isWord || isName(k + 1)) return null;
    if (!isJoinedMosqueOffice(tokens[k])) continue;
    const office = officePhraseBefore(tokens, k, isName);
    return office && !office.titleOnly ? { ...office, end } : null;
  }
  return null;
}

/**
 * "القيادي بالحزب فلان |،": whether the name that ends right before `nameEnd` has an office phrase
 * (more than a bare title) right before it, with no comma between (a body's name in quotes may close it).
 */
export function hasOfficeBeforeName(tokens: readonly Token[], nameEnd: number, isName: IsNameToken): boolean {
  let start = nameEnd;
  while (start > 0 && nameEnd - start < 6 && isName(start - 1)) start--;
  // (Right before the name, a word or the quote that closes a body's name: 'رئيس حزب "الأمل" فلان'; or
  // the comma after a full office, "كلف رئيس الحكومة، فلان، وزير الداخلية، علان،".)
  if (start === nameEnd || start === 0 || !(tokens[start - 1].isWord || QUOTE_MARKS.has(tokens[start - 1].text) || COMMAS.has(tokens[start - 1].text))) return false;
  const role = roleBefore(tokens, start, isName);
  return role !== null && !role.titleOnly;
}

/**
 * "كلف فلان رئيس الحركة، علان | ناطقا رسميا": whether the name that starts at `nameStart` is followed
 * by an office in the accusative, the post an appointment makes him (his office, not the one before).
 */
export function isMadeOfficeAfterName(tokens: readonly Token[], nameStart: number, isName: IsNameToken): boolean {
  let end = nameStart;
  while (end - nameStart < 6 && isName(end)) end++;
  // ("وفلان واليا على ولاية ...": so is the governor's accusative, which isAccusativeOffice leaves out
  // for the colon lists that write "فلان : واليا على ...".)
  return end > nameStart && tokens[end] !== undefined && (isAccusativeOffice(tokens[end]) || tokens[end].folded === 'واليا');
}

/**
 * The office phrase that ends right before `end` (a name, or an honorific before one): the farthest
 * office head whose phrase runs exactly up to `end`, so the most complete one.
 */
export function officePhraseBefore(tokens: readonly Token[], end: number, isName: IsNameToken = noNames): RoleMatch | null {
  let throughName: RoleMatch | null = null;
  for (let head = Math.max(0, end - MAX_ROLE_TOKENS); head < end; head++) {
    // ("اغتيال مختار في الموصل" ... "مختار حي الزهور فلان": a word the article takes for a name
    // elsewhere is an office here before the unit a headman heads; village-headmen.ts.)
    if ((isName(head) && !isVillageHeadmanAt(tokens, head)) || !isOfficeAt(tokens, head)) continue;
    // Everything from the head to the end must be free of sentence breaks.
    if (officePhraseEnd(tokens, head, isName) !== end) continue;
    const phrase = { start: head, end, titleOnly: end - head === 1 };
    // "زعيمة أجنبية تزور الرئيس الأمريكي فلان": an office that takes a name as its genitive ("مستشار
    // ترامب") is the holder's only when no office of its own opens after that name.
    if (isName !== noNames && throughName === null && head + 1 < end && isName(head + 1)) {
      throughName = phrase;
      continue;
    }
    return phrase;
  }
  return throughName;
}

/** Whether the name at `nameStart` (two words or more, as `isName` knows it) is closed by a comma. */
function isNameClosedByComma(tokens: readonly Token[], nameStart: number, isName: IsNameToken): boolean {
  let end = nameStart;
  while (end < tokens.length && isName(end)) end++;
  // ("احتجاجا على قرارات للوزير، فلان علان.": a full stop that ends the sentence right after the
  // name sets it off as the closing comma does.)
  return end - nameStart >= 2 && (COMMAS.has(tokens[end]?.text ?? '') || tokens[end]?.text === '.');
}

/**
 * "الرئيس : فلان الفلاني الأعضاء : علان": whether the name at `nameStart` is followed by the next
 * entry of a colon list: after a name of two words or more, a word or two and a colon; after any
 * name, the next entry's office and its colon ("الرئيس : فلان | نائب الرئيس :"; office-colon-slots.ts).
 */
function isNameClosedByNextEntry(tokens: readonly Token[], nameStart: number, isName: IsNameToken): boolean {
  let end = nameStart;
  while (end < tokens.length && isName(end)) end++;
  if (end === nameStart) return false;
  if (end - nameStart >= 2) for (let k = end; k < tokens.length && k - end < 2 && tokens[k].isWord && !isName(k); k++) if (tokens[k + 1]?.text === ':') return true;
  return opensOfficeColonEntry(tokens, end);
}

/**
 * "زعيم حزب الشعب الجمهوري، أكبر أحزاب المعارضة، أوزغور أوزال": an aside on the body between the office's
 * comma and the name's (body-asides.ts); the role is the office before it (`comma`: the name's comma).
 */
function officeBeforeAside(tokens: readonly Token[], comma: number, isName: IsNameToken): RoleMatch | null {
  const aside = elativeAsideBefore(tokens, comma);
  return aside > 1 ? officePhraseBefore(tokens, aside - 1, isName) : null;
}

/**
 * "بدعوة من الوزير الأول، الجزائري، عبد المالك سلال": a nationality set off by commas between an
 * office phrase and the name qualifies that office; the role runs over it (`end`: after the nationality).
 */
function officeBeforeCommaNationality(tokens: readonly Token[], end: number, isName: IsNameToken): RoleMatch | null {
  const nationality = tokens[end - 1];
  if (end < 3 || !nationality?.isWord || !isDefinite(nationality) || stems(nationality).length !== 1 || !isNationalityWord(nationality) || !COMMAS.has(tokens[end - 2].text)) return null;
  const office = officePhraseBefore(tokens, end - 2, isName);
  return office ? { start: office.start, end, titleOnly: false } : null;
}

/**
 * "رئيسة سلطة المعايير المستقلة في بريطانيا فلانة", "القاضي الفدرالي في سياتل فلان": the place a
 * body or post sits in, after "في" and right before the name, belongs to the office phrase that ends
 * at "في" (the strict phrase takes a seat only after an envoy or a regional office). Not after a
 * verb of meeting: "استقبل الرئيس في قرطاج فلان" meets the name there. The seat is a place's one
 * word, or a definite noun and a nationality ("في الأراضي الفلسطينية").
 */
function officeBeforeSeat(tokens: readonly Token[], end: number, isName: IsNameToken): RoleMatch | null {
  for (const seatWords of [1, 2]) {
    const at = end - seatWords - 1;
    if (at < 1 || tokens[at].folded !== 'في' || !isSeatAt(tokens, at + 1, end, isName)) continue;
    const office = officePhraseBefore(tokens, at, isName);
    if (!office || office.titleOnly || isMeetingVerb(tokens[office.start - 1])) return null;
    return { start: office.start, end, titleOnly: false };
  }
  return null;
}

/** Whether `start`..`end` (one or two words) names a place: see officeBeforeSeat. */
function isSeatAt(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): boolean {
  const words = tokens.slice(start, end);
  if (!words.every((token) => token.isWord) || words.some((_, k) => isName(start + k))) return false;
  const [first, second] = words;
  // (Or a foreign town no list knows, "في كالسروه"; branch-regions.ts.)
  if (second === undefined) return isPlaceStem(first.folded) || isUnlistedTownWord(first);
  // ("مدير الوقف السني في صلاح الدين،": or a region named after a man; person-named-regions.ts.)
  if (personNamedRegionLength(tokens, start) === 2) return true;
  return isDefinite(first) && stems(first).length === 1 && !isOfficeWord(first) && isDefinite(second) && isNationalityWord(second);
}

/** How far before the name a participle clause may open (participle-clauses.ts). */
const MAX_PARTICIPLE_CLAUSE_TOKENS = 7;

/**
 * "قائد القوات الليبية المنبثقة عن برلمان "طبرق" فلان": the office phrase that ends at (or takes)
 * the participle runs on through its clause to the name (participle-clauses.ts); not after a verb
 * of meeting, whose object the name is.
 */
function officeBeforeParticipleClause(tokens: readonly Token[], end: number, isName: IsNameToken): RoleMatch | null {
  // (A name in quotes closes the clause: the quote before the name is its own.)
  const clauseEnd = QUOTE_MARKS.has(tokens[end]?.text ?? '') && !isName(end) ? end + 1 : end;
  for (let at = Math.max(1, end - MAX_PARTICIPLE_CLAUSE_TOKENS); at <= end - 2; at++) {
    if (isName(at) || participleClauseEnd(tokens, at) !== clauseEnd) continue;
    // (The strict phrase may take the participle itself: "مدير المعهد المعفى | من مهامه".)
    const office = officePhraseBefore(tokens, at, isName) ?? officePhraseBefore(tokens, at + 1, isName);
    if (!office || office.titleOnly || isMeetingVerb(tokens[office.start - 1])) return null;
    return { start: office.start, end: clauseEnd, titleOnly: false };
  }
  return null;
}

/** Qualifiers that close an office whose term is over ("السابق", "المقالة"), definite, folded. */
const END_OF_TERM = new Set(['السابق', 'السابقه', 'الاسبق', 'المقال', 'المقاله', 'المستقيل', 'المستقيله', 'المتخلي', 'المتخليه', 'المعزول', 'المعزوله']);

/**
 * The prepositions that join a body's matter to its name ("لجنة التحقيق في تسفير الشباب إلى ..."),
 * folded: a complement's, and "إلى" of where the matter leads.
 */
const MATTER_PREPOSITIONS = new Set([...COMPLEMENT_PREPOSITIONS, 'الي']);

/**
 * "رئيسة لجنة التحقيق في تسفير الشباب إلى بؤر التوتر المقالة فلانة": a qualifier of an office whose
 * term is over, right before the name, closes the office phrase, which runs to it through its
 * body's matter (prepositions and nouns, no verb, no clause, no name) where the phrase alone stops.
 */
function officeClosedByEndOfTerm(tokens: readonly Token[], end: number, isName: IsNameToken): RoleMatch | null {
  if (end < 3 || !END_OF_TERM.has(tokens[end - 1]?.folded ?? '')) return null;
  let role: RoleMatch | null = null;
  let loose = true;
  for (let k = end - 2; k >= 0 && end - k <= MAX_ROLE_TOKENS && tokens[k].isWord && !isName(k) && !isVerbLike(tokens[k]); k--) {
    if (isOfficeAt(tokens, k) && !officeBehindClitic(tokens[k], /^[بلك]/)) {
      const phraseEnd = officePhraseEnd(tokens, k, isName);
      // Every word from where the phrase stops to the qualifier is the matter's.
      // ("تهريب الآثار": a noun in the construct state before its definite genitive is one too; not a
      // trade, "كرم نائب وزير الرياضة | نجم الاتحاد السابق فلان": the star honoured is the name.)
      for (let m = phraseEnd; loose && m < end - 1; m++) loose = MATTER_PREPOSITIONS.has(tokens[m].folded) || isLooseComplement(tokens, m, isName) || (isConstructBeforeDefinite(tokens, m, isName) && !isTradeNoun(tokens[m].folded));
      if (phraseEnd > k + 1 && phraseEnd < end - 1 && loose) role = { start: k, end, titleOnly: false };
      loose = true;
    }
  }
  return role;
}

/** "تهريب | الآثار": a bare noun (no verb, particle or pronoun ending) before a definite word. */
function isConstructBeforeDefinite(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  return next?.isWord === true && isDefinite(next) && !isName(i) && !isDefinite(token) && stems(token).length === 1 && !isVerbLike(token) && !foldedRoleStops.has(token.folded) && !foldedExtraRoleStops.has(token.folded) && !/(?:ها|هم|هما|كم|نا)[\u064b-\u0652]*$/.test(token.text);
}

const MAX_CANDIDACY_WORDS = 6;

/** The office phrase that ends at a candidacy ("المرشحة للانتخابات") which runs up to `end`. */
function officeBeforeCandidacy(tokens: readonly Token[], end: number, isName: IsNameToken): RoleMatch | null {
  for (let k = end - 1; k > 0 && end - k <= MAX_CANDIDACY_WORDS && tokens[k].isWord && !isName(k); k--) {
    if (!CANDIDATES.has(tokens[k].folded)) continue;
    const role = officePhraseBefore(tokens, k, isName);
    return role && !role.titleOnly ? role : null;
  }
  return null;
}

/**
 * "وكتب فلان مساعد الجنرال الأمريكي علان": an office in the construct state straight after one name
 * and before another is the first name's apposition; the office in its genitive ("الجنرال
 * الأمريكي") is the second name's. Given the phrase, that inner office, or null. Not when the first
 * name has an office or honorific of its own before it, nor after a verb of meeting: there the
 * office and the second name are the object ("استقبل الوزير فلان مستشار الرئيس علان").
 */
export function innerOfficeBetweenNames(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  const head = tokens[role.start];
  if (role.titleOnly || role.start === 0 || !isName(role.start - 1) || isDefinite(head) || stems(head).length !== 1 || isAccusativeOffice(head)) return null;
  const first = nameStartBefore(role.start - 1, isName);
  if (isMeetingVerb(tokens[first - 1]) || hasOwnTitleBefore(tokens, first, isName)) return null;
  for (let k = role.start + 1; k < role.end; k++) {
    if (isDefinite(tokens[k]) && stems(tokens[k]).length === 1 && isOfficeAt(tokens, k) && officePhraseEnd(tokens, k, isName) === role.end) return { start: k, end: role.end, titleOnly: role.end - k === 1 };
  }
  return null;
}

/** "بصفته", "بصفتها" (in his, her capacity as), folded. */
export const IN_CAPACITY = /^بصفت(?:ه|ها)$/;

/**
 * "الوزير فلان، بصفته مبعوثا خاصا لرئيس جمهورية العراق علان": after "in his capacity as", the post in
 * the accusative is the one named before; the office in its genitive behind "ل" ("لرئيس جمهورية
 * العراق") is the name's after it. Given the phrase, that inner office, or null.
 */
export function innerOfficeAfterCapacity(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  if (role.titleOnly || !IN_CAPACITY.test(tokens[role.start - 1]?.folded ?? '') || !isAccusativeOffice(tokens[role.start])) return null;
  for (let k = role.start + 1; k < role.end; k++) {
    const token = tokens[k];
    if (token.isWord && /^ل[^ل]/.test(token.folded) && stems(token).length > 1 && isOfficeWord(tokenReadAs(token, token.folded.slice(1), token.text.slice(1))) && officePhraseEnd(tokens, k, isName) === role.end) return { start: k, end: role.end, titleOnly: role.end - k === 1 };
  }
  return null;
}

/** Whether the name starting at `first` has an honorific or an office of its own right before it. */
function hasOwnTitleBefore(tokens: readonly Token[], first: number, isName: IsNameToken): boolean {
  const before = tokens[first - 1];
  return before !== undefined && (isHonorificAt(tokens, first - 1) || (before.isWord && isOfficeWord(before)) || officePhraseBefore(tokens, first, isName) !== null);
}

/** Whether the name ending at `last` follows a verb of meeting (its honorifics in between). */
function isMetSubjectEndingAt(tokens: readonly Token[], last: number, isName: IsNameToken): boolean {
  let k = nameStartBefore(last, isName);
  while (k > 0 && (isHonorificAt(tokens, k - 1) || tokens[k - 1].text === '.')) k--;
  return isMeetingVerb(tokens[k - 1]);
}

/**
 * "سلّم فلان، المبعوث الخاص للملك ووزير الدولة للشؤون القانونية رئيس الجمهورية علان": a chain of
 * offices that opens after a name and its comma is that name's apposition up to the last office
 * chained without "و" (a bare office word after a definite one), which is the next name's.
 */
export function chainedOfficeAfterApposition(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  // ("والتقى الأمير فلان ولي العهد رئيسة الوزراء البريطانية علانة": so after the subject of a verb of
  // meeting, whose object follows.)
  const afterMetName = role.start > 0 && isName(role.start - 1) && isMetSubjectEndingAt(tokens, role.start - 1, isName);
  if (!afterMetName && !isAppositionOfEarlierName(tokens, role.start, isName)) return null;
  for (let k = role.start + 2; k < role.end; k++) {
    const previous = tokens[k - 1];
    if (stems(tokens[k]).length !== 1 || !previous.isWord || !isDefinite(previous) || !isOfficeAt(tokens, k) || isDefinite(tokens[k])) continue;
    if (officePhraseEnd(tokens, k, isName) === role.end) return { start: k, end: role.end, titleOnly: role.end - k === 1 };
  }
  return null;
}

function isTitleAfterBody(tokens: readonly Token[], role: RoleMatch): boolean {
  const title = role.end - 1;
  const body = tokens[title - 1];
  if (title - 1 <= role.start || !tokens[title].folded.startsWith('ال') || !isOfficeWord(tokens[title]) || stems(tokens[title]).length !== 1) return false;
  return body.isWord && /^[بل][^ل]/.test(body.folded) && !isDefinite(body) && isOrganizationHead(body);
}

/**
 * "مساعد الجنرال الأميركي فلان": a rank in the genitive of an indefinite office introduces its own
 * holder, as a rank does anywhere; the name after it is the general's, the office around it another's.
 */
function rankInGenitive(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  const rank = role.start + 1;
  // ("نائب النقيب الدكتور فلان": a rank word that names a body before another title is the body.)
  if (rank >= role.end || isDefinite(tokens[role.start]) || !isOfficeWord(tokens[role.start]) || !isRank(tokens[rank].folded) || isBodyRankInConstruct(tokens, rank)) return null;
  // Only the rank and its nationality ("أمير اللواء بالبحرية" is a rank of its own, Tunisia's usage).
  for (let k = rank + 1; k < role.end; k++) if (!isNationalityWord(tokens[k])) return null;
  return isOfficeAt(tokens, rank) && officePhraseEnd(tokens, rank, isName) === role.end ? { start: rank, end: role.end, titleOnly: role.end - rank === 1 } : null;
}

/**
 * "كيليان كونواي مستشارة الرئيس الأمريكي دونالد ترامب", "كالين المتحدث باسم الرئيس التركي أردوغان":
 * an office right after one name, whose genitive is a title that always precedes its holder's name
 * ("الرئيس", "الملك"; also "بنس نائب الرئيس ترامب"), running into a second name: the first name holds the office, the second the
 * title. (After a verb of meeting the phrase is whom the first one met: no such reading.) Returns
 * where the title starts, or -1.
 */
export function innerTitleBetweenNames(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): number {
  // ("ستيفان دوجاريك، المتحدث باسم الأمين العام للأمم المتحدة أنطونيو غوتيريش،": the office may be
  // set off from the first name by a comma.)
  const nameEnd = COMMAS.has(tokens[start - 1]?.text ?? '') ? start - 1 : start;
  if (nameEnd < 1 || !isName(nameEnd - 1)) return -1;
  const nameStart = nameStartBefore(nameEnd - 1, isName);
  if (isMeetingVerb(tokens[(honorificBefore(tokens, nameStart)?.start ?? nameStart) - 1])) return -1;
  // (Nor when the first name has an office or honorific of its own: "وزير الخارجية فلان نائب الرئيس علان".)
  if (hasOwnTitleBefore(tokens, nameStart, isName)) return -1;
  if (!isName(end) && nameStartAfter(tokens, end, isName) < 0) return -1;
  for (let k = start + 1; k < end; k++) {
    const title = tokens[k];
    // (Not a rank: "فلان أمير اللواء علان" lists ranks, Tunisia's usage.)
    // (Behind "باسم" any office with the article: a spokesman speaks for its holder, "المتحدث باسم
    // الأمين العام للأمم المتحدة فلان".)
    const spokenFor = SPOKEN_FOR.has(tokens[k - 1].folded) && isOfficeWord(title);
    if (title.isWord && title.folded.startsWith('ال') && (hasTrait(title, PERSON_TITLE) || spokenFor) && !foldedRanks.has(title.folded) && isOfficeAt(tokens, k) && officePhraseEnd(tokens, k, isName) === end) return k;
  }
  return -1;
}

function accusativeOfficeInner(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  // "أعضاء بالفريق الأمني للرئيس التركي فلان": an office behind a preposition is a group or post the
  // sentence names, not the holder's own; so the name after "لل" + a title is that title's holder.
  // ("ممثلا عن ملك المغرب فلان": so is the one a representative in the accusative stands for.)
  if (isRepresentedOfficeHolderAfter(tokens, role.start, role.end, isName)) return { start: role.start + 2, end: role.end, titleOnly: false };
  if (!isAccusativeOffice(tokens[role.start]) && !/[\u064b]/.test(tokens[role.start].text) && !officeBehindClitic(tokens[role.start], /^[بل]/)) return null;
  for (let k = role.start + 1; k < role.end; k++) {
    if (tokens[k].folded.startsWith('لل') && isOfficeWord(tokens[k]) && officePhraseEnd(tokens, k, isName) === role.end) return { start: k, end: role.end, titleOnly: false };
  }
  return null;
}

/**
 * "ممثلا عن ملك المغرب | فلان": a representative in the accusative (the capacity someone attends
 * in), "عن" and the office of the one he stands for, which runs up to that one's name at `end`.
 */
export function isRepresentedOfficeHolderAfter(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): boolean {
  return isAccusativeRepresentative(tokens[start]) && isRepresentedOfficeAfter(tokens, start, end, isName);
}

/** "ممثل", "مندوب" (and their feminine), behind "و" or bare, folded: a representative in the nominative, no article. */
const REPRESENTATIVE_NOUNS = /^و?(?:ممثل|مندوب)ه?$/;

/** "وممثل عن رئيس الوزراء | فلان": so in the nominative (a titled name there is the representative's; see the caller). */
function isUntitledRepresentedHolderAfter(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): boolean {
  return REPRESENTATIVE_NOUNS.test(tokens[start].folded) && isRepresentedOfficeAfter(tokens, start, end, isName);
}

/** "عن" after the representative at `start`, and the office of the one he stands for, which runs up to `end`. */
function isRepresentedOfficeAfter(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): boolean {
  return tokens[start + 1]?.folded === 'عن' && start + 2 < end && isOfficeWord(tokens[start + 2]) && officePhraseEnd(tokens, start + 2, isName) === end;
}

/** Whether the word before `i` is the head of a body in the construct state ("بمجلس", "مجلس"). */
function isBodyInConstructBefore(tokens: readonly Token[], i: number): boolean {
  const body = tokens[i - 1];
  return body?.isWord === true && isOrganizationHead(body) && !isDefinite(body) && !isOfficeWord(body);
}

/** Whether another name follows the one at `nameStart`, after "و" or a comma: the names are a list. */
function nameListAfter(tokens: readonly Token[], nameStart: number, isName: IsNameToken): boolean {
  let after = nameStart;
  while (after < tokens.length && isName(after)) {
    // "حسن الجبالي وكريم المحمدي": the next name of the list carries "و".
    if (after > nameStart && tokens[after].folded.startsWith('و')) return true;
    after++;
  }
  if (after === nameStart) return true;
  if (COMMAS.has(tokens[after]?.text ?? '')) after++;
  return isName(after) || nameStartAfter(tokens, after, isName) >= 0;
}

/** The opening mark of such a short name that closes right before `end`, or -1. */
function aliasOpenBefore(tokens: readonly Token[], end: number): number {
  if (end < 3 || !ALIAS_CLOSE.has(tokens[end - 1].text)) return -1;
  for (let open = end - 3; open >= 0 && end - open <= MAX_ALIAS_WORDS + 2; open--) {
    if (!ALIAS_OPEN.has(tokens[open].text)) continue;
    const role = officePhraseBefore(tokens, open);
    return role && aliasEndAfter(tokens, role.start, open) === end ? open : -1;
  }
  return -1;
}

/**
 * "كان" and its sisters, negations and "قد", or a verb of saying: words that open a clause whose
 * subject is the name before.
 */
const CLAUSE_OPENER = /^[وف]?(?:س?[يتن]كون|كان|كانت|كانوا|اصبح|اصبحت|بات|باتت|ظل|ظلت|صار|صارت|مازال|مازالت|لازال|لازالت|[يت]زال|ليس|ليست|لم|لن|لا|ما|قد)$/;

/** Whether the name starting at `nameStart` is the subject of a clause that follows it. */
function opensClauseAfterName(tokens: readonly Token[], nameStart: number, isName: IsNameToken): boolean {
  let after = nameStart;
  while (after < tokens.length && isName(after)) after++;
  const next = tokens[after];
  // ("رئيس هيئة الدواء: انفراجة في أزمة النواقص": a headline's one word and a preposition after the
  // colon are what the office said, no list's name.)
  // (Not a verb in the future or the imperfect, "سنرد على": the old reading stands there.)
  const statement = after === nameStart + 1 && STATEMENT_PREPOSITIONS.has(next?.folded ?? '') && !/^س?[يتن]/.test(tokens[nameStart].folded);
  return after > nameStart && next?.isWord === true && (CLAUSE_OPENER.test(next.folded) || isVerbLike(next) || isImperfectVerb(next) || statement);
}

/** Prepositions after one word that open its complement, as in a statement ("انفراجة في أزمة"), folded. */
const STATEMENT_PREPOSITIONS = new Set(['في', 'من', 'علي', 'الي', 'عن', 'مع', 'خلال']);

/**
 * "فلان، مدير الحملة ...": the office phrase at `start` already stands in apposition after a name
 * (one behind a preposition or "و" does not: "فلان، بوزير الخارجية، علان" is whom he met, and
 * علان is that; "فلان، ومديرة المكتب، فلانة" is the next entry of a list).
 */
function isAppositionOfEarlierName(tokens: readonly Token[], start: number, isName: IsNameToken): boolean {
  return start > 1 && COMMAS.has(tokens[start - 1].text) && isName(start - 2) && !officeBehindClitic(tokens[start], /^[وبلك]/);
}

/**
 * Whether the name that ends right before the comma at `comma` is an entry of a list of titled
 * entries: an office phrase, a comma and honorifics before it ("وكيل الوزارة، السيد فلان").
 */
function isTitledListEntryBefore(tokens: readonly Token[], comma: number, isName: IsNameToken): boolean {
  let k = comma;
  while (k > 0 && isName(k - 1)) k--;
  const titles = k;
  while (k > 0 && tokens[k - 1].isWord && isHonorificWord(tokens[k - 1])) k--;
  return k < titles && k > 1 && COMMAS.has(tokens[k - 1].text) && officePhraseBefore(tokens, k - 1, isName) !== null;
}

/**
 * "استقبل الدكتور فلان بن علان وزير الدولة، السفير فلان": an office right after a name of two words
 * or more (a first, full mention), before a comma and a titled name, is the first name's; the titled
 * name after the comma is the verb's object (role-after.ts keeps the office for the first).
 */
export function followsFullName(tokens: readonly Token[], start: number, isName: IsNameToken): boolean {
  return start > 1 && isName(start - 1) && isName(start - 2) && !officeBehindClitic(tokens[start], /^[وبلك]/);
}

/**
 * "سلال، مدير الحملة الانتخابية للرئيس الجزائري، عبد العزيز بوتفليقة": an office phrase is one
 * person's; the name after the next comma is the apposition of the office inside its genitive
 * ("الرئيس الجزائري"), or of nothing ("فلان، وزير المالية، علان، وزير العدل": a list).
 */
function innerOfficeBefore(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch | null {
  for (let head = role.start + 1; head < role.end; head++) {
    if (isOfficeAt(tokens, head) && officePhraseEnd(tokens, head, isName) === role.end && role.end - head > 1) return { start: head, end: role.end, titleOnly: false };
  }
  return null;
}

/**
 * "والمديرة العامة لشركة نسيم لتمويل المشاريع، فلانة": the comma before the name closes the office
 * phrase, so the phrase may run on to it through words the strict grammar does not know as
 * complements (a firm's own name, "ل" + its aim), as long as none of them opens a clause.
 */
function appositionPhraseBefore(tokens: readonly Token[], comma: number, isName: IsNameToken): RoleMatch | null {
  for (let head = Math.max(0, comma - MAX_ROLE_TOKENS); head < comma; head++) {
    if (isName(head) || !isOfficeAt(tokens, head)) continue;
    const strictEnd = officePhraseEnd(tokens, head, isName);
    if (strictEnd - head < 2 || strictEnd >= comma) continue;
    // "نائب مدير سكوتلاند | يارد،": the second word of a foreign body's name the strict phrase ends on.
    let k = isForeignSecondWord(tokens, strictEnd) ? strictEnd + 1 : strictEnd;
    // Before an honorific (no comma) a bare rare word is no complement: "وزير الثقافة يكرم الفنان فلان".
    const bareRare = (token: Token): boolean => !COMMAS.has(tokens[comma].text) && !isDefinite(token) && stems(token).length === 1 && isRareWord(token.folded) && !isPlaceOrNationality(token);
    // ("والتقى الوزير في مقر الوزارة، فلان": after a verb of meeting the place is where he met the
    // name. Not after "دعا": "دعا وكيل الأمين العام ... في حالات الطوارئ، فلان، مجلس الأمن" calls on
    // the council, and the office's complement runs to the comma.)
    const meets = isMeetingVerbOfObject(tokens[verbBeforeOffice(tokens, head)]);
    while (k < comma) {
      // ("قدم أمير المنطقة | واجب العزاء لأسرة الشيخ فلان": the condolence he pays is the verb's object.)
      if (opensGreetingObject(tokens, k)) break;
      if (isLooseComplement(tokens, k, isName) && !bareRare(tokens[k])) k++;
      // ("رئيس قسم جراحة | زراعة الكبد البروفيسور فلان": a noun in the construct state and its
      // definite genitive, the chain the strict phrase stopped in, right before an academic title.)
      else if (k === strictEnd && k + 2 === comma && ACADEMIC_TITLES.has(tokens[comma].folded) && isConstructBeforeDefinite(tokens, k, isName) && !isTradeNoun(tokens[k].folded)) k++;
      else if (!meets && isLoosePrepositionalComplement(tokens, k, comma, isName)) k += 2;
      // ("مدير المؤسسة العامة للمياه في دمشق | وريفها، فلان": the countryside around the town.)
      else if (k > strictEnd && isTownSurroundingsAt(tokens, k)) k++;
      // ("رئيس قسم مراقبة الزلازل | وأمواج التسونامي في وكالة الأرصاد، فلان": a second field joined by
      // "و", a bare noun and its definite genitive, inside the office the comma closes.)
      else if (isJoinedFieldAt(tokens, k, comma, isName)) k += 2;
      // ("... للتأمين على المرض (كنام)، فلان": the body's short name in brackets right before the comma.)
      else if (isAliasBeforeComma(tokens, k, comma)) k = comma;
      // ("نائب رئيس الشرطة في دبي سابقاً، فلان": the adverb "formerly" closes the office before the comma.)
      else if (k === comma - 1 && TERM_ADVERBS.has(tokens[k].folded)) k++;
      // ("ممثل الوزارة في هذه التظاهرة، فلان": the event he speaks at ends the office; occasion-complements.ts.)
      else if (!meets && isOccasionBeforeComma(tokens, k, comma)) return { start: head, end: k, titleOnly: false };
      else break;
    }
    if (k === comma) return { start: head, end: comma, titleOnly: false };
  }
  return null;
}

/**
 * Where the verb before the office opening at `head` stands: right before it, or before the office
 * noun whose genitive the head is ("دعا وكيل | الأمين العام ... في حالات الطوارئ، فلان": the
 * verb governs the whole office, so the inner head is no fresh start after it).
 */
function verbBeforeOffice(tokens: readonly Token[], head: number): number {
  const before = tokens[head - 1];
  return before !== undefined && before.isWord && isOfficeWord(before) && !isDefinite(before) ? head - 2 : head - 1;
}

/** Academic and professional titles before a name ("الدكتور", "البروفيسور", "المهندس"), folded. */
const ACADEMIC_TITLES = new Set(['الدكتور', 'الدكتوره', 'البروفيسور', 'البروفسور', 'البروفيسوره', 'المهندس', 'المهندسه', 'الاستاذ', 'الاستاذه']);

/** Heads of a place's or a front's name ("محافظة", "محور", "قطاع", "مخيم"), folded. */
const SEAT_HEADS = new Set([...REGION_HEADS, ...PLACE_HEADS, 'محور', 'قطاع', 'ناحيه', 'قضاء', 'بلده', 'قريه', 'مخيم']);

/**
 * "وأمواج التسونامي": "و" + a bare noun that is no office, verb or body's head, then a definite
 * genitive that is no office or name, before the comma at `comma`.
 */
function isJoinedFieldAt(tokens: readonly Token[], k: number, comma: number, isName: IsNameToken): boolean {
  const [noun, genitive] = [tokens[k], tokens[k + 1]];
  if (k + 2 > comma || !noun?.isWord || !genitive?.isWord || isName(k) || isName(k + 1)) return false;
  if (!/^و(?!ال)/.test(noun.folded) || noun.folded.length < 4 || isDefinite(noun) || stems(noun).length !== 2) return false;
  const bare = tokenReadAs(noun, noun.folded.slice(1));
  return !isOfficeWord(bare) && !isVerbLike(bare) && !isOrganizationHead(bare) && isDefinite(genitive) && !isOfficeWord(genitive) && !isVerbLike(genitive);
}

/** "سابقا", "سابقاً" (formerly), "حاليا" (currently), folded: adverbs of an office's term, after its complement. */
const TERM_ADVERBS = new Set(['سابقا', 'حاليا']);

/**
 * "رئيس اللجنة المستقلة للتحقيق | في أحداث الذهيبة، فلان", "مدير الوقاية | من الأخطار المهنية
 * بالصندوق الوطني، فلان": before the comma that sets the name off, a detached preposition and a
 * definite noun or a place after it are the office's complement; the comma, not the strict phrase,
 * closes the office. (Its subject is no verb's: the strict phrase stops there, so the apposition
 * alone reads it.)
 */
function isLoosePrepositionalComplement(tokens: readonly Token[], k: number, comma: number, isName: IsNameToken): boolean {
  const object = tokens[k + 1];
  if (!tokens[k].isWord || !COMPLEMENT_PREPOSITIONS.has(tokens[k].folded) || k + 1 >= comma || !object.isWord || isName(k + 1)) return false;
  // ("في أحداث | الذهيبة": a bare noun in the construct state before its definite genitive or a place;
  // "في وكالة | الأرصاد الجوية": or a body's head.)
  const genitive = tokens[k + 2];
  const construct = k + 2 < comma && ((stems(object).length === 1 && isCommonWord(object)) || (isOrganizationHead(object) && !isDefinite(object))) && !isVerbLike(object) && genitive.isWord && !isName(k + 2) && (isDefinite(genitive) || isPlaceOrNationality(genitive));
  // ("في محور | بنجوين": the head of a place's or a front's name before a bare word rare in running
  // text, the name the lexicon lacks.)
  const seat = k + 2 < comma && SEAT_HEADS.has(object.folded) && genitive.isWord && !isName(k + 2) && !isDefinite(genitive) && isRareWord(genitive.folded) && !isVerbLike(genitive);
  return construct || seat || ((isDefinite(object) || isPlaceOrNationality(object)) && isLooseComplement(tokens, k + 1, isName));
}

/** Whether `k` opens a bracket of a few words closed right before the comma at `comma` (a body's short name). */
function isAliasBeforeComma(tokens: readonly Token[], k: number, comma: number): boolean {
  const inner = comma - k - 2;
  return ALIAS_OPEN.has(tokens[k].text) && ALIAS_CLOSE.has(tokens[comma - 1].text) && inner >= 1 && inner <= MAX_ALIAS_WORDS && tokens.slice(k + 1, comma - 1).every((token) => token.isWord);
}

/**
 * A bare word, no common one, right after a bare word rare in running text (a proper noun) that is
 * the genitive of an office or a body ("نائب مدير سكوتلاند | يارد"). (After a common noun the rare
 * word is its adjective and the word after it a verb: "من هدف مباغت | أحرزه اللاعب فلان".)
 */
function isForeignSecondWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  const governor = tokens[i - 2];
  return token?.isWord === true && previous?.isWord === true && governor?.isWord === true && (isOfficeWord(governor) || isOrganizationHead(governor)) && isRareWord(previous.folded) && stems(previous).length === 1 && !isDefinite(previous) && stems(token).length === 1 && !isDefinite(token) && !isCommonWord(token) && !isVerbLike(token);
}

/** A word an office phrase set off by a comma may go on with: no verb, particle, pronoun or name. */
export function isLooseComplement(tokens: readonly Token[], i: number, isName: IsNameToken): boolean {
  const token = tokens[i];
  if (!token.isWord || isName(i) || isVerbLike(token) || foldedRoleStops.has(token.folded) || foldedExtraRoleStops.has(token.folded)) return false;
  if (/(?:ها|هم|هما|كم|نا)[\u064b-\u0652]*$/.test(token.text) || gazetteer().personVerbs.has(token.folded)) return false;
  const readings = stems(token);
  // "و" joins a further portfolio or place ("وشمال إفريقيا"), never a new clause nor the next entry.
  if (token.folded.startsWith('و') && readings.length > 1) {
    if (opensNextEntry(tokens, i, i, noNames)) return false;
    const next = tokens[i + 1];
    return readings.slice(1).some((stem) => stem.startsWith('ال') || isOfficeStem(stem) || gazetteer().organizationHeads.has(stem)) || (next?.isWord === true && isPlaceOrNationality(next));
  }
  // ("قضى رئيس الجمهورية | بتعيين المهندس فلان": never a decree's act, what the office's holder decides.)
  if (isDecreeAct(token)) return false;
  // "لتمويل", "بتونس": a preposition and its noun; a definite word; a proper noun rare in running text.
  return (/^[لب]/.test(token.folded) && readings.length > 1) || isDefinite(token) || isPlaceOrNationality(token) || isOrganizationHead(token) || isRareWord(token.folded);
}

/**
 * "ولي ولي العهد، وزير الدفاع، الأمير محمد": offices set off by commas before the name are one office
 * phrase, as the article words it.
 */
function commaChainBefore(tokens: readonly Token[], role: RoleMatch, isName: IsNameToken): RoleMatch {
  let start = role.start;
  while (start > 1 && COMMAS.has(tokens[start - 1].text)) {
    // ("رئيس بعثة الاتحاد الأفريقي في الصومال (أوصوم)، السفير فلان": the body's short name may close the office.)
    const alias = aliasOpenBefore(tokens, start - 1);
    // ("النائب العام الاستئنافي في البقاع، القاضي فلان": or its seat after "في" may.)
    const previous = officePhraseBefore(tokens, alias > 0 ? alias : start - 1, isName) ?? (alias > 0 ? null : officeBeforeSeat(tokens, start - 1, isName));
    if (!previous || previous.titleOnly) break;
    start = previous.start;
  }
  return start === role.start ? role : { start, end: role.end, titleOnly: false };
}

/** How far back from a bracketed name the head of its list may be. */
const MAX_LIST_TOKENS = 80;

/**
 * "وزراء خارجية كل من: السعودية (الأمير سعود الفيصل)، والأردن (عبد الحميد شرف)": an office heading a
 * list of countries, each with its office-holder in brackets. `open` is the bracket before the name.
 */
export function listRoleBefore(tokens: readonly Token[], open: number, isName: IsNameToken = noNames): RoleMatch | null {
  if (open === 0 || !isPlace(tokens[open - 1])) return null;
  for (let colon = open - 2; colon >= 0 && open - colon <= MAX_LIST_TOKENS; colon--) {
    const text = tokens[colon].text;
    if (text === '.' || text === '؟' || text === '!') return null;
    if (text !== ':') continue;
    const listStart = tokens[colon - 2]?.folded === 'كل' && tokens[colon - 1]?.folded === 'من' ? colon - 2 : colon;
    const role = officePhraseBefore(tokens, listStart, isName);
    return role && !role.titleOnly ? role : null;
  }
  return null;
}

export const COMMAS = new Set(['،', ',']);

/** A dash between list entries: "-", "–", "—" or a tatweel written alone ("ـ"). */
export function isDash(token: Token | undefined): boolean {
  return token !== undefined && (/^[-–—]$/.test(token.text) || /^\u0640+$/.test(token.text));
}

/** Where "و" + a trade noun and its adjectives ("والمنتج التونسي") that end right before `end` start, or -1. */
function joinedTradeBefore(tokens: readonly Token[], end: number): number {
  let k = end - 1;
  // ("والخبير الاقتصادي": or the adjective of his trade, a nisba.)
  while (k > 0 && end - k <= 2 && tokens[k].isWord && isDefinite(tokens[k]) && (isNationalityWord(tokens[k]) || /^ال.{3,}ي$/.test(tokens[k].folded)) && !isOfficeWord(tokens[k])) k--;
  const token = tokens[k];
  return k > 0 && token.isWord && token.folded.startsWith('و') && stems(token).slice(1).some(isTradeNoun) ? k : -1;
}
