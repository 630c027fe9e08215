/** A person's entity from its draft: the fullest name, the honorific and the office written with it. */
import { isGivenNameAfterBa } from './given-names.js';
import type { Entity } from '../article/model.js';
import { fold } from '../text/normalize.js';
import { FORMER } from './office-phrase-parts.js';
import { transliterate } from '../text/transliterate.js';
import { stripProclitics, writtenOffset } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedExtraOfficeHeads } from './lexicon.js';
import { glossRole } from './gloss.js';
import { isKnownOfficial } from './known-officials.js';
import { isGovernmentHeadMention } from './government-heads.js';
import { isBoardHeadMention } from './board-heads.js';
import { isAntiquityBlock, isNamedAsHistory, isPastCenturiesBlock } from './historical-frames.js';
import type { IsNameToken, RoleMatch } from './role-types.js';
import { isDefinite, isNationalityWord, isOfficeWord, isPluralOffice, isRepresentativeStem } from './office-words.js';
import { isAfterLateNamesakeHead } from './late-namesakes.js';
import { honorificBefore, honorificBeforeComma, isHonorificOrWithLam, isHonorificWord, isRank, nameStartAfter, isTitleWrittenAfterOffice, isRulerTitle, isVerbWithPronoun } from './honorific-titles.js';
import { innerOfficeAfterCapacity, roleBefore } from './role-before.js';
import { rivalNounBefore } from './rival-nouns.js';
import { roleAfter } from './role-after.js';
import { countryOfRole, officeAsShown, splitComplementEnd } from './roles.js';
import { isDecreeAct } from './decree-names.js';
import { isMeetingVerb, isOfficeMetBySubject } from './meeting-verbs.js';
import { isChargingVerb } from './charging-verbs.js';
import { gluedHonorificLength, isPrepositionBeforeGivenName } from './spans.js';
import { type Token, tokenReadAs } from './tokenize.js';
import { officeOfAntecedentBody } from './pronoun-offices.js';
import { isOfficeWithPronoun } from './ordinary-words.js';
import type { BlockTokens, Draft, NameTokens } from './extract-types.js';
import { foldedWords, isComma, isNameIn, mentionOf } from './located.js';
import { isAfterNamedThingHead } from './named-thing-heads.js';
import { isCandidateMention } from './candidate-mentions.js';
import { isPrinceStyle } from './prince-styles.js';
import { isArmedGroupEmir } from './armed-group-emirs.js';
import { COURTESY_TITLES, courtesyCliticLength, EXCELLENCY } from './courtesy-titles.js';
import { isSucceededHolder, leavesOwnPost, presidesOverBody } from './post-phrases.js';
import { isMembershipOffice } from './membership-offices.js';
import { LEADER_EPITHETS } from './ruler-epithets.js';
import { isInSportsArticle } from './sports-articles.js';
import { isPresidingWord } from './leadership-nouns.js';
import { isColonListEntryAt, isPreviousEntryOffice } from './colon-list-entries.js';
import { isBareAideTitle, isHelpOfPhrase } from './aide-titles.js';
import { isTitleWithoutOffice } from './titles-without-office.js';
import { followsFeminineVerb, isFeminineOfficeBeforeMasculineTitle, isMasculineOfficeWithFeminine } from './office-gender.js';
import { isPressEnvoyAt } from './press-addressees.js';
import { withoutNewBeforeName } from './new-holder-adjectives.js';
import { withoutRepresentativeBeforeName, withoutRepresentedOffice } from './represented-offices.js';
import { isRelativesOffice } from './relatives-offices.js';
import { isCaptainAfterPlayer, isCaptainBesidePlayer, isCaptainOfTeamBefore } from './team-captains.js';
import { isLastHolderStem, withLastHolderWord } from './last-holders.js';
import { isProvinceGovernorStem } from './province-governors.js';
import { isPredecessorOfHolderAt } from './successions.js';
import { isChiefTitleStem } from './chief-titles.js';
import { isVillageHeadmanAt, isVillageHeadmanStem } from './village-headmen.js';

/** "القائد" (folded): a leader's epithet, or a team's captain in a sports report. */
const CAPTAIN = fold('القائد');

export function toPersonEntity(draft: Draft, names: NameTokens): Entity {
  const honorific = findHonorific(draft);
  let role = findRole(draft, names);
  // A ruler's title is his office when the article gives no fuller one ("الملك حسين").
  // ("صاحب السمو الأمير فلان": a prince's courtesy title, no ruler's; prince-styles.ts.)
  const rulerTitle = honorific && isPrinceStyle(honorific.words) ? undefined : honorific?.words.find(isRulerTitle);
  // "والسلطان قابوس": the title may carry the conjunction of a list.
  const rulerToken = rulerTitle ? draft.mentions.map(({ block, span }) => block.tokens.slice(Math.max(0, span.start - 6), span.start).find((t) => t.folded === rulerTitle || t.folded === `و${rulerTitle}`)).find(Boolean) : undefined;
  if (!role && rulerToken) role = { text: rulerToken.folded === rulerTitle ? rulerToken.text : rulerToken.text.slice(writtenOffset(rulerToken.text, 1)), tokens: [rulerToken], titleOnly: true };
  // ("للملك فلان ... قبل الميلاد": a king of antiquity, his title alone; historical-frames.ts.)
  if (role?.titleOnly && isRulerTitle(fold(role.text)) && draft.mentions.every(({ block }) => isAntiquityBlock(block.tokens))) role = null;
  // ("أمير سرية": the emir of an armed group holds no public office; armed-group-emirs.ts.)
  // ("القيادي الفرنسي فلان", "عضو هيئة الدفاع عن فلان": no office; titles-without-office.ts.)
  if (role && (isArmedGroupEmir(role.tokens) || isTitleWithoutOffice(role.tokens))) role = null;
  const mentions = draft.mentions.map(mentionOf);
  // The name as the article writes it in Arabic script, not its Latin gloss in brackets, nor an
  // alias ("المكنى بأبي عياض") when the article gives his name.
  const own = draft.mentions.some((m) => !m.alias) ? mentions.filter((_, k) => !draft.mentions[k].alias) : mentions;
  const written = own.filter((m) => /[\u0600-\u06ff]/.test(m.text));
  const fullest = (written.length > 0 ? written : own).reduce((best, m) => (m.text.length > best.text.length ? m : best), (written.length > 0 ? written : own)[0]);
  // "للجنرال فلان", "المشير فلان": a rank alone is his honorific, never his office (DESIGN.md), and
  // no post: an officer named by his rank alone is no official (the annotators' "ranks are not
  // offices"), unless the article words his post or he is a well-known officeholder.
  const rankOnly = role !== null && role.titleOnly && isRank(fold(role.text));
  const rankText = rankOnly && role ? role.text : null;
  if (rankOnly) role = null;
  // ("الزعيم الحبيب بورقيبة": an epithet of a leader, no office stated; ruler-epithets.ts. It is
  // written with the name as an honorific is.)
  const epithetText = role !== null && LEADER_EPITHETS.has(fold(role.text)) ? role.text : null;
  // ("ومنهم القائد سلطان الشامسي": in a sports report "القائد" is the team's captain, no leader.)
  const captain = epithetText !== null && fold(epithetText) === CAPTAIN && draft.mentions.some(({ block }) => isInSportsArticle(block.tokens));
  const leader = epithetText !== null && !captain;
  if (epithetText !== null) role = null;
  // "وقال بشار الأسد": a well-known officeholder named in full (any of his mentions) is an official
  // even where the article states no office; "جامعة محمد الخامس", "كتيبة "أبو بكر الصديق"" name
  // something else after him. ("للمرشح فلان", "قائمة فلان تضم كل من: علان": a candidate or a list's
  // entry holds no office there; candidate-mentions.ts.)
  // ("أسس أبو جعفر المنصور المدينة عام 762 للميلاد": nor one named only in a paragraph of past centuries.)
  const known = role === null && draft.mentions.some((located) => !isAfterNamedThingHead(located.block.tokens, located.span.start) && isKnownOfficial(foldedWords(located)) && !isCandidateMention(located.block.tokens, located.span.start, isNameIn(names, located.block)) && !isPastCenturiesBlock(located.block.tokens));
  // ("حكومة يوسف الشاهد": the government named after him is the one he heads, government-heads.ts;
  // a full name there, for the span after "حكومة" may have been cut: "حكومة جان | بيار رافاران".)
  // ("حكومتي فلان وعلان": each one listed after the dual heads one of them.)
  // ("ودعت الجماهير هيئة فلان الفلاني": a board named for the president who heads it; board-heads.ts.)
  const headsGovernment = role === null && draft.mentions.some(({ block, span }) => (span.end - span.start >= 2 && isGovernmentHeadMention(block.tokens, span.start, span.skip > 0 && block.tokens[span.start].folded.startsWith('و'), isNameIn(names, block))) || (span.skip === 0 && isBoardHeadMention(block.tokens, span.start, span.end)));
  // ("في عهد بن علي", "ذكرى وفاة الزعيم فلان": a person named only as history or a reference is no
  // official by a well-known name or a leader's epithet alone; historical-frames.ts.)
  const historical = isNamedAsHistory(draft.mentions.map(({ block, span }) => ({ tokens: block.tokens, start: span.start })));
  // ("جلالة المغفور له الملك محمد الخامس", "في عهد الملك فلان": named as history, his title alone is
  // no office anyone holds now.)
  // ("في عهد الإمبراطور فلان": so is a ruler's title alone.)
  const office = historical && role !== null && (role.text === honorific?.text || (role.titleOnly && isRulerTitle(fold(role.text)))) ? null : role;
  // ("خلفاً لمعالي الدكتور فلان": the style of excellency is an official's, courtesy-titles.ts.)
  const excellency = honorific?.words[0] === EXCELLENCY;
  // ("يعفى فلان من منصبه": one who leaves his post held an office; post-phrases.ts.)
  // ("التي يترأسها فلان": one who presides over a body holds its office; post-phrases.ts.)
  // ("هيئة النادي برئاسة السيد فلان": he presides; leadership-nouns.ts.)
  // ("تعيين فلان مديرا للشركة خلفا لعلان": the one replaced held the post; post-phrases.ts.)
  const presidesOrLeaves = role === null && draft.mentions.some(({ block, span }) => leavesOwnPost(block.tokens, span.end) || presidesOverBody(block.tokens, span.start) || isPresidingWord(block.tokens[beforeNationality(block.tokens, beforeHonorifics(block.tokens, span.start)) - 1]?.folded ?? '') || isSucceededHolder(block.tokens, span.start, span.skip, isHonorificOrWithLam));
  return {
    id: '',
    kind: 'person',
    name: fullest.text,
    official: office !== null || ((leader || known) && !historical) || headsGovernment || excellency || presidesOrLeaves,
    role: office?.text ?? null,
    country: office ? countryOfRole(office.tokens) : null,
    latin: transliterate(fullest.text),
    honorific: honorific?.text ?? rankText ?? epithetText,
    roleLatin: role ? glossRole(role.text) : null,
    mentions,
  };
}

/**
 * The entities of the drafts kept after the echoes are dropped, computed again with the remaining
 * name tokens. A draft's entity depends on the name tokens of its own mentions' blocks only (the
 * office grammar stops at names there): the drafts named in no block of a dropped one keep the
 * entity already computed (toPersonEntity is the costliest step of this pass).
 */
export function entitiesWithoutEchoes(drafts: Draft[], entities: Entity[], echoes: boolean[], names: NameTokens): Entity[] {
  const changed = new Set(drafts.filter((_, i) => echoes[i]).flatMap((draft) => draft.mentions.map(({ block }) => block)));
  return drafts.flatMap((draft, i) => {
    if (echoes[i]) return [];
    return [draft.mentions.some(({ block }) => changed.has(block)) ? toPersonEntity(draft, names) : entities[i]];
  });
}

/**
 * "كما حيا وزير الداخلية العراقي ذكرى الشهداء": an office of several words that the article gives to
 * someone it names in full, then one word that could be a given name. The office refers back to that
 * person; the word after it is no second holder of the same office. For each entity, in order.
 */
export function echoesOfNamedHolders(entities: readonly Entity[]): boolean[] {
  // The offices of officials named in more than one word, folded, gathered once: each person's office
  // is looked up there, not compared with every other person's. (The echo itself is named in one
  // word, so it is never among them.)
  const heldByNamed = new Set(entities.filter((other) => other.official && other.role !== null && /\s/.test(other.name.trim())).map((other) => fold(other.role ?? '')));
  return entities.map((entity) => entity.official && entity.role !== null && /^\S+$/.test(entity.name) && /\s/.test(entity.role.trim()) && heldByNamed.has(fold(entity.role)));
}

/** How many words may stand between an office and the honorific of the name it runs on to ("... | لرعاية الأيتام | الشيخ فلان"). */
const WORDS_BEFORE_TITLED_NAME = 3;

/** Whether an honorific opening a name stands at `end` or a few words after it, no punctuation between. */
function opensTitledNameSoonAfter(tokens: readonly Token[], end: number, isName: IsNameToken): boolean {
  for (let k = end; k < tokens.length && k - end <= WORDS_BEFORE_TITLED_NAME && tokens[k].isWord; k++) if (isHonorificWord(tokens[k]) && nameStartAfter(tokens, k, isName) > k) return true;
  return false;
}

/**
 * The office of a person: the most specific office phrase next to any mention (the one with most
 * words), else a bare title ("الوزير", "الرئيس").
 */
function findRole(draft: Draft, names: NameTokens): FoundRole | null {
  let best: FoundRole | null = null;
  for (const { block, span } of draft.mentions) {
    const isName = isNameIn(names, block);
    const conjoined = span.skip > 0 && /^و/.test(block.tokens[span.start].text);
    // "صرح فلان وزير الموارد المائية لمحمد السعدني": an office between a name and a name behind "ل"
    // or "ب" is the first one's apposition (he spoke to the second). ("وأكد الكاتب العام للنقابة
    // لسعد اليعقوبي": with no name before the office, the "ل" may be the name's own first letter.)
    // ("واجتمع وزير الخارجية بمحمد علي": whom the holder of the office before "ب" + a given name met.)
    const afterBa = span.skip > 0 && isGivenNameAfterBa(block.tokens[span.start]);
    let before = afterBa ? null : roleBefore(block.tokens, span.start, isName, conjoined);
    // ("رئيس الاتحاد الجهوي للفلاحة بتطاوين فلان": the town left out of the name completes the office.)
    if (!before && span.skip === 0 && isPrepositionBeforeGivenName(block.tokens, span.start - 1)) {
      const office = roleBefore(block.tokens, span.start - 1, isName, conjoined);
      if (office) before = { ...office, end: span.start };
    }
    // ("رئيس اتحاد بوروندي لكرة القدم ومنافس بلاتر فلان": the office before "و" + a rival noun; rival-nouns.ts.)
    if (!before && span.skip === 0) {
      const rival = rivalNounBefore(block.tokens, span.start);
      if (rival >= 0) {
        const office = roleBefore(block.tokens, rival, isName, false);
        if (office && office.end === rival && !office.titleOnly) before = office;
      }
    }
    // "الزعيم الحبيب | بورقيبة" where this mention is the family name alone: the words of the full
    // name right before it are the name's, not the office's ("الحبيب").
    if (before && before.end === span.start) {
      let end = before.end;
      const nameStart = draft.words.length - (span.end - span.start);
      for (let k = nameStart - 1; k >= 0 && end - before.start > 1 && block.tokens[end - 1].folded === draft.words[k]; k--) end--;
      // ("أمين العاصمة المقدسة مساعد | الداود" beside "مساعد بن عبدالعزيز الداود": so is the given name
      // alone before the family name, though it reads as an office word, "assistant".)
      if (end === before.end && end - before.start > 1 && span.end - span.start === 1 && nameStart > 1 && block.tokens[end - 1].folded === draft.words[0]) end--;
      if (end < before.end) before = { ...before, end, titleOnly: end - before.start === 1 };
    }
    // "حضر الوزير و مستشاره فلان": an office with a pronoun after a "و" written apart opens the
    // name's office; the office before the "و" is another person's, the one the pronoun refers to.
    if (before) before = fromOfficeWithPronoun(block.tokens, before);
    // ("فلان، بصفته مبعوثا خاصا لرئيس جمهورية العراق علان": the office in the genitive; role-before.ts.)
    if (before) before = innerOfficeAfterCapacity(block.tokens, before, isName) ?? before;
    // ("آخر رئيس وزراء فلان": the office's last holder; last-holders.ts.)
    if (before) before = withLastHolderWord(block.tokens, before);
    // ("شقيقة الرئيس السابق فلانة": the office of her relative; relatives-offices.ts.)
    if (before && isRelativesOffice(block.tokens, before.start, span.start) && !isKnownOfficial(foldedWords({ block, span }))) before = null;
    // ("نعت الوزيرة المهندس فلان": an office in the feminine before his masculine title; office-gender.ts.)
    if (before && isFeminineOfficeBeforeMasculineTitle(block.tokens, before.start, before.end, span.start)) before = null;
    // ("لاعبه و قائده فلان", "المنتخب ... بقيادة قائده فلان": a team's captain; team-captains.ts.)
    if (before?.titleOnly && (isCaptainBesidePlayer(block.tokens, before.start) || isCaptainOfTeamBefore(block.tokens, before.start))) before = null;
    // ("قاعة الشهيد الرئيس فلان": the title of the dead man a hall is named after is no office
    // anyone holds in the news; late-namesakes.ts.)
    if (before && before.end === span.start && isAfterLateNamesakeHead(block.tokens, span.start)) before = null;
    // ("سلف الوالي الجديد، السيد فلان": the predecessor of the office's holder; successions.ts.)
    if (before && isPredecessorOfHolderAt(block.tokens, before.start)) before = null;
    const prepositional = span.skip > 0 && /^[لب]/.test(block.tokens[span.start].text);
    if (before && prepositional && before.start > 0 && isName(before.start - 1)) before = null;
    // ("فلان : رئيس المؤتمر علان : نائب رئيس": the office after the previous entry's colon is that entry's.)
    if (before && before.end === span.start && isColonListEntryAt(block.tokens, span.end, isName) && isPreviousEntryOffice(block.tokens, span.start, isName)) before = null;
    // "... نصيب جيلاني مساعدة عبد المجيد بوعوني": a bare indefinite office word right between two
    // names, nothing setting them apart, closes the name before (a list without commas); it titles no one.
    if (before && before.titleOnly && before.start > 0 && isName(before.start - 1) && !isDefinite(block.tokens[before.start])) before = null;
    const apposed = roleAfter(block.tokens, span.end, isName);
    // ("واللاعب فلان قائد الفريق": a player's captaincy; team-captains.ts.)
    const after = apposed && isCaptainAfterPlayer(block.tokens, span.start, apposed.start) ? null : apposed;
    // ("وكان في استقبال وكيل الوزارة الدكتور فلان مدير المستشفى": the office after "استقبال" is the
    // guest's; the man named after it, his own office right after his name, is the host.)
    const receivedGuest = before !== null && after !== null && after.start === span.end && isReceptionNoun(block.tokens[beforeHonorifics(block.tokens, before.start) - 1]);
    for (const role of [before, after]) {
      if (!role) continue;
      if (role === before && receivedGuest) continue;
      // "رئيس المجلس، السيد فلان، سفير الصين، السيد علان": an office set off by commas that a comma,
      // a title and a name follow opens the next entry of the list (Maghreb agencies' house style).
      if (role === after && before !== null && isComma(block.tokens[span.end]) && opensTitledEntry(block.tokens, role.end, isName)) continue;
      // ("بدولة قطر الشقيقة": the office as shown leaves out the epithets the phrase reads through.)
      // ("الرئيس الفرنسي الجديد فلان": "new" before the name dates the holder; new-holder-adjectives.ts.)
      // ("نيابة عن أمير المنطقة وكيل الإمارة فلان": the office he stands in for; represented-offices.ts.)
      const shown = role === before ? withoutRepresentedOffice(block.tokens, withoutRepresentativeBeforeName(block.tokens, withoutNewBeforeName(block.tokens, officeAsShown(block.tokens, role)))) : officeAsShown(block.tokens, role);
      const found: FoundRole = { text: roleText(block, shown), tokens: block.tokens.slice(shown.start, shown.end), titleOnly: role.titleOnly };
      // ("المساعد فلان", "تكليف مساعده فلان": an aide's title alone is no office; aide-titles.ts.)
      // ("بمساعدة الفنان فلان": with the help of; aide-titles.ts.)
      if (isBareAideTitle(found.text) || isHelpOfPhrase(block.tokens[role.start])) continue;
      // "النائب فلان عن حركة نداء تونس": the title's complement after the name.
      const complementEnd = role === before && role.titleOnly ? splitComplementEnd(block.tokens, role.start, span.end, isName) : -1;
      if (complementEnd > 0) {
        const complement = block.tokens.slice(span.end, complementEnd);
        found.text = `${found.text} ${block.text.slice(complement[0].start, complement[complement.length - 1].end)}`;
        found.tokens = [...found.tokens, ...complement];
        found.titleOnly = false;
      }
      // "نائب خادم الحرمين الشريفين الأمير فلان وزير الداخلية": offices on both sides of the name,
      // the second right after it, are both his, in the article's order.
      // ("واستقبل رئيس الجمهورية فلان سفير اليابان": after a verb of meeting the second is whom he met.)
      // (Nor in a list: "وزير النقل: فلان وزيرة المالية: علان".)
      const listed = block.tokens.slice(before?.end ?? 0, span.start).some((t) => t.text === ':') || block.tokens[role.end]?.text === ':' || block.tokens[span.start].folded.startsWith('و');
      // (An office in the accusative after the name is what he is made or whom he chooses, no office
      // of his to join: "يختار الأمين العام فلان وزيرا سابقا مبعوثا"; see `made` below.)
      const accusative = /ا$/.test(block.tokens[role.start].folded) || /\u064b/.test(block.tokens[role.start].text);
      // "التقى معالي رئيس مجلس الشورى فلان رئيس البرلمان العربي": the office right after the name of
      // one a verb of meeting introduces with his office is whom he met, no office of his. (A chain
      // of offices there, "... ولي العهد الأمير فلان نائب رئيس مجلس الوزراء وزير الدفاع", is his.)
      const chained = (tokens: readonly Token[]): boolean => tokens.some((token, k) => k > 0 && isOfficeWord(token) && !token.folded.startsWith('ال') && tokens[k - 1].folded.startsWith('ال'));
      // ("كلف رئيس الحكومة فلان، وزير النقل بتوفير ...": after a verb of charging the office after
      // the name of one it introduces with his full office, a comma allowed, is the one charged;
      // charging-verbs.ts. A bare title is no such office: "وأمر المستشار فلان المحامي العام بحبس
      // المتهم" names the judge's own office.)
      const subjectVerb = before !== null ? block.tokens[beforeHonorifics(block.tokens, before.start) - 1] : undefined;
      const charged = role === after && before !== null && !before.titleOnly && isChargingVerb(subjectVerb) && (role.start === span.end || (role.start === span.end + 1 && isComma(block.tokens[span.end])));
      // ("استقبل الوزير الأول، فلان، المبعوث السعودي": so with the subject's name set off by commas.)
      const setOff = before !== null && role.start === span.end + 1 && isComma(block.tokens[span.end]) && before.end === span.start - 1 && isComma(block.tokens[before.end]);
      const met = charged || (role === after && before !== null && (role.start === span.end || setOff) && isMeetingVerb(subjectVerb) && !chained(block.tokens.slice(role.start, role.end)));
      if (met && before !== null && !before.titleOnly) continue;
      // ("وسيستقبل فلان الرئيس المنتخب في القصر": after a bare name the verb opens, likewise.)
      // (Not behind "ب", the verb's object then: "سيلتقي بفلان الرئيس التنفيذي للشركة".)
      if (role === after && before === null && !prepositional && isOfficeMetBySubject(block.tokens, span.start, span.end, role.start, role.end)) continue;
      // ("كما كرّم الدوسري رئيس مجلس إدارة جمعية ... | الشيخ فلان": after a bare mention of one whose
      // office the article gave already, an office that a titled name follows within a few words is
      // that name's, the verb's object.)
      if (role === after && before === null && role.start === span.end && best !== null && !best.titleOnly && opensTitledNameSoonAfter(block.tokens, role.end, isName)) continue;
      // ("وطالبت فلانة رئيس الحكومة بالتدخل": an office in the masculine after a woman a feminine verb names is the verb's object; office-gender.ts.)
      if (role === after && role.start === span.end && followsFeminineVerb(block.tokens, span.start) && isMasculineOfficeWithFeminine(block.tokens[role.start])) continue;
      // ("الرئيس : فلان نائب الرئيس : علان": after a name that a list's "office :" opens, an office
      // closed by a colon is the next entry's.)
      if (role === after && before !== null && before.end === span.start - 1 && block.tokens[before.end]?.text === ':' && block.tokens[role.end]?.text === ':') continue;
      // ('فلان، مبعوث "الجوهرة أف أم"': a medium's envoy is its reporter; press-addressees.ts.)
      if (isPressEnvoyAt(block.tokens, role.start, role.end)) continue;
      // ("رئيس الحكومة فلان، الذي يشغل أيضاً منصب رئيس المجلس الجماعي": a post he "also" holds is a
      // second one; the office the article names him by stands.)
      if (role === after && best !== null && !best.titleOnly && block.tokens.slice(span.end, role.start).some((token) => token.folded === ALSO)) continue;
      // ("بتعيين فلانة محافظاً لحمص" ... "فلانة، التي شغلت سابقاً منصب رئيس جامعة البعث": a post he
      // "formerly" held yields to the one he is made.)
      if (role === after && best?.made === true && block.tokens.slice(span.end, role.start).some((token) => token.folded === FORMERLY)) continue;
      // ("عُيّنت القاضية السابقة فلانة وزيرة للعدل": after a decree's act, the office after the name
      // is the one she is made, though a feminine office shows no accusative.)
      const appointed = role === after && before !== null && role.start === span.end && (isDecreeAct(subjectVerb) || APPOINTING_VERBS.has(subjectVerb?.folded ?? ''));
      if (appointed) found.made = true;
      if (role === after && before && !before.titleOnly && !role.titleOnly && role.start === span.end && !listed && !accusative && !met && !appointed && !receivedGuest) {
        const shownBefore = officeAsShown(block.tokens, before);
        found.text = `${roleText(block, shownBefore)} ${found.text}`;
        found.tokens = [...block.tokens.slice(shownBefore.start, shownBefore.end), ...found.tokens];
      }
      // "وزراء خارجية كل من: ... (فلان - الأمير الحالي)": his own office beats the list's plural one.
      const ownOverPlural = best !== null && !found.titleOnly && isPluralOffice(best.tokens[0]) && !isPluralOffice(found.tokens[0]);
      // "يختار فلان زعيما جديدا له" and "وزير العمل السابق فلان": the office he holds, written in the
      // nominative, beats the one he is made; the one he is made is his only when no other is written.
      if (role === after && accusative) found.made = true;
      if (role === before && isDecreeAct(block.tokens[beforeHonorifics(block.tokens, role.start) - 1])) found.decreed = true;
      // "تعيين عضو المكتب التنفيذي للمنظمة، فلان، وزيرا للتجارة": the office a decree gives beats
      // the one that only says who was appointed.
      const madeOverDecreed = best !== null && best.decreed === true && found.made === true;
      // ("عدد من السفراء، هم: فلان سفيراً لدى ...": the office a list's head gives in the plural
      // yields to the one made his after his name.)
      // ("عُيّنت القاضية السابقة فلانة وزيرة للعدل": but a former office yields to the one she is made.)
      const madeOverFormer = appointed && best !== null && best.tokens.some((token) => FORMER.has(token.folded));
      const bestRelational = best !== null && isOfficeOfAnother(best);
      if (best && !best.made && found.made && !best.titleOnly && !bestRelational && !madeOverDecreed && !madeOverFormer && !isPluralOffice(best.tokens[0])) continue;
      // ("تعيين فلان نائباً لوزير الصحة" ... "يرافقه نائبه الجديد فلان": an office with a pronoun,
      // someone's deputy, says less than the office stated in full.)
      if (isOfficeOfAnother(found) && best !== null && !best.titleOnly) continue;
      // (Not a bare title, "قال المدير الجديد حمو" after "- آزاد حمو: مديرًا لمنطقة عفرين": it names no more than the post.)
      // (Nor the same post named again in short, "مدير الشرطة الشرعبي" after "بتعيين فلان مديراً عاماً لشرطة محافظة تعز".)
      const heldOverMade = best !== null && best.made === true && !found.made && !found.titleOnly && found.tokens.length > 1 && !restatesInShort(found.tokens, best.tokens);
      // "القيادي في حركة النهضة فلان ... وزير الصحة الأسبق فلان": a post beats membership of a party
      // or body, however long its phrase (membership-offices.ts).
      const bestMember = best !== null && isMembershipOffice(best.tokens[0]);
      const foundMember = isMembershipOffice(found.tokens[0]);
      const postOverMember = best !== null && !found.titleOnly && bestMember && !foundMember;
      if (best !== null && !best.titleOnly && !bestMember && foundMember) continue;
      // "أسند منصب الأمين العام إلى مستشار الرئيس السابق، فلان ... - الأمين العام: فلان": a list's
      // entry "office: name" states the office he holds, whatever the prose called him before.
      if (role === before && block.tokens[role.end]?.text === ':' && role.end === span.start - 1 && !found.titleOnly) found.listed = true;
      if (best?.listed === true && !found.listed) continue;
      const listedOverProse = best !== null && found.listed === true && !best.listed;
      if (!best || postOverMember || listedOverProse || ownOverPlural || heldOverMade || madeOverDecreed || madeOverFormer || ((best.titleOnly || bestRelational) && !found.titleOnly) || (!found.titleOnly && found.tokens.length > best.tokens.length && !(isPluralOffice(found.tokens[0]) && !isPluralOffice(best.tokens[0])))) best = found;
    }
  }
  return best;
}

/**
 * Whether the words of `short` are some of those of `full`, fewer of them, read without their
 * clitics, article and endings: the same post named again in short ("مدير الشرطة", "الأمين العام
 * الجديد" after "مديراً عاماً لشرطة محافظة تعز", "أميناً عاماً لوزارة الداخلية"); "محافظ إربد" and
 * "محافظاً لإربد" name it alike.
 */
function restatesInShort(short: readonly Token[], full: readonly Token[]): boolean {
  const fullWords = new Set(postWords(full));
  const shortWords = new Set(postWords(short));
  // (A leading "و" is the conjunction or the word's own letter, "وكيلاً": either way the same word.)
  const inFull = (word: string): boolean => fullWords.has(word) || fullWords.has(`و${word}`) || (word.startsWith('و') && fullWords.has(word.slice(1)));
  return shortWords.size < fullWords.size && [...shortWords].every(inFull);
}

/** The words of a role as restatesInShort compares them ("لشرطة" → "شرط", "مديراً" → "مدير"), "new" left out. */
function postWords(tokens: readonly Token[]): string[] {
  return tokens
    .filter((token) => token.isWord && !NEWNESS.has(token.folded))
    .map((token) => token.folded.replace(/^و(?=ال|لل|[لب].)/, '').replace(/^(?:لل|[لب]?ال|[لب])(?=...)/, '').replace(/(?<=...)[اهي]$/, ''));
}

/** "الجديد" (new), folded: it dates a post, naming no more of it. */
const NEWNESS = new Set(['الجديد', 'الجديده', 'جديد', 'جديده', 'جديدا']);

/** "نائبه", "مستشارها": a role that is one office word with a pronoun, someone else's aide or deputy. */
function isOfficeOfAnother(role: FoundRole): boolean {
  return role.tokens.length === 1 && isOfficeWithPronoun(role.tokens[0]);
}

/** "أيضاً" (also), folded. */
const ALSO = 'ايضا';
/** "سابقاً" (formerly), folded. */
const FORMERLY = 'سابقا';

/** "عُيّن", "عُيّنت", "كُلّف" (was appointed, charged), as news writes the decree in the passive, folded. */
const APPOINTING_VERBS = new Set(['عين', 'عينت', 'وعين', 'وعينت', 'كلف', 'كلفت', 'وكلف', 'وكلفت'].map(fold));

interface FoundRole {
  text: string;
  tokens: Token[];
  titleOnly: boolean;
  /** An office in the accusative right after the name ("فلان زعيما له"): what he was made. */
  made?: boolean;
  /** An office set before the name as a list's entry "office: name". */
  listed?: boolean;
  /** An office before the name, right after a decree's act ("تعيين عضو المكتب ...، فلان، وزيرا"): who he was. */
  decreed?: boolean;
}

/** The office phrase from the office with a pronoun that follows a "و" written apart inside it, if any. */
function fromOfficeWithPronoun(tokens: readonly Token[], role: RoleMatch): RoleMatch {
  for (let k = role.start + 1; k + 1 < role.end; k++) {
    const next = tokens[k + 1];
    if (tokens[k].folded === 'و' && next.isWord && /(?:ه|ها)$/.test(next.folded) && isOfficeWithPronoun(next)) return { ...role, start: k + 1, titleOnly: role.end - k - 1 === 1 };
  }
  return role;
}

/** The office phrase as written, without a clitic on its first word ("بوزير خارجية مصر"). */
function roleText(block: BlockTokens, role: RoleMatch): string {
  // "للاتحاد ... وأمينه العام": the office of the body just named ("الأمين العام للاتحاد ...").
  const stated = officeOfAntecedentBody(block.text, block.tokens, role.start, role.end);
  if (stated) return stated;
  const tokens = block.tokens.slice(role.start, role.end);
  // "والية أريانة" (governor) is one word; "والمتحدث" is "و" + "المتحدث".
  // "للرئيس": ل + الرئيس, the article's alef dropped in writing; the office is "الرئيس".
  if (tokens[0].folded.startsWith('لل')) return `ال${block.text.slice(tokens[0].start + writtenOffset(tokens[0].text, 2), tokens[tokens.length - 1].end)}`;
  const whole = gazetteer().officeTitles.has(tokens[0].folded) || foldedExtraOfficeHeads.has(tokens[0].folded);
  // ("وعامل إقليم", "وكبير مستشاري": the heads only their complement makes offices, province-governors.ts, chief-titles.ts.)
  // ("ومختار بلدة اليادودة": so the headman's "مختار" before the unit he heads; village-headmen.ts.)
  const headman = isVillageHeadmanAt(block.tokens, role.start);
  const { offset } = whole ? { offset: 0 } : stripProclitics(tokens[0], (stem) => isOfficeWord(tokenReadAs(tokens[0], stem)) || isRepresentativeStem(stem) || isLastHolderStem(stem) || isProvinceGovernorStem(stem) || isChiefTitleStem(stem) || (headman && isVillageHeadmanStem(stem)));
  return block.text.slice(tokens[0].start + offset, tokens[tokens.length - 1].end);
}

/**
 * Whether a comma, honorifics ("السيد", "الدكتور") and a name start at `i`. (With "و" the title
 * joins a list whose entries keep their appositions: "فلان، وزير الدولة، والسيد علان".)
 */
function opensTitledEntry(tokens: readonly Token[], i: number, isName: (index: number) => boolean): boolean {
  if (!isComma(tokens[i]) || tokens[i + 1]?.folded.startsWith('و')) return false;
  let k = i + 1;
  while (k < tokens.length && isHonorificWord(tokens[k])) k++;
  return k > i + 1 && isName(k);
}

/** "استقبال" (the reception of), with a pronoun too, folded: "في استقبال فلان" names the guest. */
const RECEPTION_NOUNS = new Set(['استقبال', 'استقباله', 'استقبالها', 'استقبالهم']);

/** Whether the token is "استقبال" (RECEPTION_NOUNS). */
function isReceptionNoun(token: Token | undefined): boolean {
  return token?.isWord === true && RECEPTION_NOUNS.has(token.folded);
}

/** Where the honorifics ("معالي", "سمو", "د.") right before `i` start. */
function beforeHonorifics(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && (isHonorificWord(tokens[k - 1]) || tokens[k - 1].text === '.')) k--;
  return k;
}

/** "برئاسة الكاميروني | فلان": where a definite nationality right before `i` starts (else `i`). */
function beforeNationality(tokens: readonly Token[], i: number): number {
  const word = tokens[i - 1];
  return word?.isWord === true && isDefinite(word) && isNationalityWord(word) ? i - 1 : i;
}

/** The honorific written with the name ("الملك", "الفريق أول", "د."), the longest one the article uses. */
function findHonorific(draft: Draft): { text: string; words: string[] } | null {
  let best: { text: string; words: string[] } | null = null;
  for (const { block, span } of draft.mentions) {
    const first = block.tokens[span.start];
    const glued = gluedHonorificLength(first);
    if (glued > 0 && span.skip > 0) {
      const text = first.text.slice(0, span.skip);
      if (!best) best = { text, words: [fold(text)] };
      continue;
    }
    // "الدكتور (وليد الصمعاني)": a bracket may set the name off from its honorific, "الأستاذ المحامي، فلان" a comma.
    const found = withTitleAfterOffice(block.tokens, span.start, withCourtesyTitle(block.tokens, span.start, honorificBefore(block.tokens, span.start) ?? (block.tokens[span.start - 1]?.text === '(' ? honorificBefore(block.tokens, span.start - 1) : honorificBeforeComma(block.tokens, span.start))));
    if (!found) continue;
    const tokens = block.tokens.slice(found.start, found.end);
    // "والعريف", "ومعالي", "لمعالي": the conjunction or preposition is not part of the honorific.
    const clitics = tokens[0].folded.startsWith('وال') ? 1 : courtesyCliticLength(tokens[0]);
    const skip = clitics > 0 ? writtenOffset(tokens[0].text, clitics) : 0;
    const text = block.text.slice(tokens[0].start + skip, tokens[tokens.length - 1].end);
    if (!best || text.length > best.text.length) best = { text, words: tokens.filter((t) => t.isWord).map((t, k) => (k === 0 ? t.folded.slice(clitics) : t.folded)) };
  }
  return best;
}

/**
 * The honorific widened to a judge's or envoy's title between a full office phrase and the name
 * ("وزير العدل المستشار فلان", "رئيس مجلس القضاء الأعلى القاضي فلان", "الأمين العام المساعد
 * السفير فلان", "المستشار الدكتور فلان"): there it is no office of his own but written with his name.
 */
function withTitleAfterOffice(tokens: readonly Token[], nameStart: number, found: { start: number; end: number } | null): { start: number; end: number } | null {
  const at = (found?.start ?? nameStart) - 1;
  const title = tokens[at];
  if (!title?.isWord || !isTitleWrittenAfterOffice(title.folded)) return found;
  const role = roleBefore(tokens, nameStart);
  // (The office phrase takes the title in: it ends with it.)
  if (role && role.end === at + 1 && at - role.start >= 2) return { start: at, end: found?.end ?? nameStart };
  // ("وكيل الوزارة للمراسم | سعادة السفير | فلان": or it ends before the title's own honorifics.)
  const titled = honorificBefore(tokens, at)?.start ?? at;
  return role && titled < at && role.end === titled && !role.titleOnly ? { start: titled, end: found?.end ?? nameStart } : found;
}

/**
 * The honorific of a name, widened to the courtesy title the house style writes before it: before
 * the office phrase that leads to the name ("معالي وزير الخارجية فلان", "سعادة السفير فلان", "دولة
 * رئيس الوزراء فلان"), or with the "و" of a list or a preposition ("ومعالي فلان", "خلفاً لمعالي فلان",
 * "ولصاحب السمو الملكي الأمير فلان").
 */
function withCourtesyTitle(tokens: readonly Token[], nameStart: number, found: { start: number; end: number } | null): { start: number; end: number } | null {
  if (!found) {
    const role = roleBefore(tokens, nameStart);
    if (role && role.end === nameStart && role.start > 0) {
      // ("دولة" is a courtesy title only here, before an office: no honorific of its own.)
      const title = honorificBefore(tokens, role.start) ?? (tokens[role.start - 1].isWord ? { start: role.start - 1, end: role.start } : null);
      // ("وأوفد جلالة الملك | رئيس الديوان فلان": a style that ends in a ruler's title names the ruler, who sent him.)
      const ruler = title !== null && tokens.slice(title.start, title.end).some((token) => isRulerTitle(token.folded));
      if (title && COURTESY_TITLES.has(tokens[title.start].folded) && !isVerbWithPronoun(tokens[title.start]) && !ruler) found = title;
      else if (courtesyCliticLength(tokens[role.start - 1]) > 0) found = { start: role.start - 1, end: role.start };
    }
  }
  const start = found?.start ?? nameStart;
  if (courtesyCliticLength(tokens[start - 1]) > 0) return { start: start - 1, end: found?.end ?? nameStart };
  return found;
}
