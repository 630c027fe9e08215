/**
 * People (officials first), places and organizations of an article, with every mention.
 *
 * Pipeline, one module a pass (this file only runs them in order):
 *  1. tokenize each block and tag it with the trained perceptron (article-tagging.ts); the article's
 *     name words are the context later passes share (article-names.ts);
 *  2. merge in the names found by their surroundings: titles, offices, lists, appositions, verbs of
 *     saying, decrees (surrounding-spans.ts), and take the lexicon's places and organizations;
 *  3. extend the person spans the tagger cut short (span-extension.ts);
 *  4. tidy each span: trim the words around a name that are none of it, drop what holds up as no
 *     name (person-span-tidy.ts); then weigh the article's names against each other (people-passes.ts);
 *  5. lexicon places and organizations win over tagger guesses they overlap, persons aside;
 *  6. group the mentions into one draft a person (mention-grouping.ts) and find further mentions by
 *     full name or family name alone (further-mentions.ts);
 *  7. each draft's entity: fullest name, honorific, office and country (person-entity.ts);
 *  8. keep the persons that hold up (kept-persons.ts), give the offices that other persons' offices
 *     imply, the fuller form of an office the article states alone (fuller-offices.ts), and the
 *     references (further-offices.ts); places and organizations (plain-entities.ts).
 */
import type { Block, Entity } from '../article/model.js';
import { personsAfterHonorificsInPlaces } from './honorific-run-ons.js';
import { personsOverHassaniyaFatherPlaces } from './hassaniya-father-places.js';
import { limitCompilerWork } from './compiler-settings.js';
import { coveredTokens, isCovered, isNameIn } from './located.js';
import { tagBlocks, taggedArticle } from './article-tagging.js';
import { articleNames } from './article-names.js';
import { markSportsArticle } from './sports-articles.js';
import { spansWithSurroundings } from './surrounding-spans.js';
import { extendCutNames, extendLineagesBackwards, extendOverConjoinedNames, extendOverTrailingLinks, withoutCoveredPeople } from './span-extension.js';
import { tidySpans } from './person-span-tidy.js';
import { trimVerbsBesideArticleNames } from './verbs-beside-names.js';
import { movePersonsTaggedAsPlaces } from './place-tagged-names.js';
import { splitRunTogetherNames } from './run-together-names.js';
import { joinTitledGivenNames } from './titled-split-names.js';
import { dropPluralsBeforeKnownFamilyNames, splitAtKnownForeignSurnames } from './foreign-surname-run-ons.js';
import { extendOverRepeatedGivenNames } from './repeated-given-names.js';
import { keepFirstLettersAsWritten } from './whole-written-names.js';
import { collapseDoubledFamilyNames } from './doubled-family-names.js';
import { extendOverFamilyNamesBeforeApposedOffices } from './apposed-family-names.js';
import { placeWordNamesBeforeListedNames } from './place-word-given-names.js';
import { dropCommonWordsAfterNames, dropDescriptionsBeforeNames, dropNounsBeforeNames, keepFamilyNamesWhole, keepLamGivenNamesWhole, markListConjunctions, namesListedBetweenNames, trimWordsAroundKnownNames } from './people-passes.js';
import { cutKunyaAliasRunOns } from './alias-mentions.js';
import { firstEntriesAfterListPronouns } from './list-pronoun-entries.js';
import { entriesBeforeSharedFrames } from './list-frame-entries.js';
import { secondHoldersOfDualOffices } from './dual-office-pairs.js';
import { dropNisbasBeforeArticleNames } from './nisbas-before-article-names.js';
import { cutVenueHeadsAfterNames } from './venue-heads-after-names.js';
import { extendOverArticleNameEnds } from './article-name-ends.js';
import { trimTitleWordsAtNameEdges } from './title-words-at-name-edges.js';
import { cutRunOnsAfterKnownNames, extendOverHonorificFamilyNames } from './run-on-names.js';
import { addLatinGlosses, groupPeople } from './mention-grouping.js';
import { addFurtherMentions } from './further-mentions.js';
import { extendOverUnseenGivenNames } from './unseen-given-names.js';
import { extendOverSaidFamilyNames } from './said-family-names.js';
import { echoesOfNamedHolders, entitiesWithoutEchoes, toPersonEntity } from './person-entity.js';
import { addCounterpartRoles, addGovernmentHeadRoles, addPredecessorRoles, addSuccessorRoles, addDeputyRoles, addDualConstructOfficeRoles, addDualOfficeRoles, addElidedOfficeRoles, addOfficialsByFamilyName, addPluralListOfficeRoles, addPresidencyTenureRoles, addBlocMemberRoles, addReferences, addRoyalHeaderRoles } from './further-offices.js';
import { keptPersons } from './kept-persons.js';
import { isPlaceGenitiveDraft } from './place-genitives.js';
import { namesakesInOthersOffices } from './namesakes-in-offices.js';
import { addContinuedSpeakerRoles } from './continued-speakers.js';
import { addFullerOffices } from './fuller-offices.js';
import { addNamesOfDecreeOffices } from './decree-office-names.js';
import { groupByName, toPlainEntity } from './plain-entities.js';

// Before any rule gets hot (see compiler-settings.ts for why and what it measured).
limitCompilerWork();

export function extractEntities(blocks: Block[]): Entity[] {
  // 1. Tagger spans per block, and the words the tagger takes for names anywhere in the article.
  // ("الحجارأنه": a particle glued to a name word the article uses apart is split off, and the
  // article tagged again; glued-particles.ts.)
  const { tokenized, taggedBlocks, nameWords } = taggedArticle(tagBlocks(blocks));
  // ("المدير الفني للسيلية فلان": a coach in a sports report, an officer elsewhere; sports-articles.ts.)
  markSportsArticle(tokenized);
  const names = articleNames(tokenized, taggedBlocks, nameWords);

  // 2. Names found by their surroundings; 3. the spans the tagger cut short, extended.
  const { raw, lexical } = spansWithSurroundings(tokenized, taggedBlocks, names);
  // ("رئيس هلال مساكن السيد فلان": a place run on into a person's honorific; honorific-run-ons.ts.)
  raw.push(...personsAfterHonorificsInPlaces(raw));
  // ("المختار ولد سيدي عبد الله": a father's name after "ولد" that the tagger took for a town; hassaniya-father-places.ts.)
  personsOverHassaniyaFatherPlaces(raw);
  extendCutNames(raw);
  extendLineagesBackwards(raw);
  extendOverTrailingLinks(raw);
  extendOverConjoinedNames(raw, names.looksLikeName);
  raw.push(...placeWordNamesBeforeListedNames(raw));
  const chained = withoutCoveredPeople(raw);

  // 4. Spans tidied one by one, then person spans weighed against each other.
  const tidied = tidySpans(chained, tokenized, names);
  // ("زهرة إدريس" beside "وقالت إدريس": a full name the tagger took for a place; place-tagged-names.ts.)
  const others = movePersonsTaggedAsPlaces(tidied.people, tidied.others);
  // ("محمد مسليني منصف بوزازي": names listed without commas, one person each; run-together-names.ts.)
  // ("اختار ماكرون برونو لو مير" beside "إيمانويل ماكرون": a foreign family name the article gives
  // in full closes the name; foreign-surname-run-ons.ts.)
  // ("السيد جوفاني | ماريا ريتشي": a titled given name the tagger cut from the rest; titled-split-names.ts.)
  const people = splitAtKnownForeignSurnames(splitRunTogetherNames(joinTitledGivenNames(tidied.people)));
  // ("أحد أقوى داعمي ماكرون": a plural in construct governs the family name; foreign-surname-run-ons.ts.)
  dropPluralsBeforeKnownFamilyNames(people);
  // ("سارة إدريس تنسحب" ... "أعلنت سارة إدريس": a given name that is also a common noun, written twice
  // before the same name; repeated-given-names.ts.)
  extendOverRepeatedGivenNames(people);
  dropNounsBeforeNames(people);
  dropDescriptionsBeforeNames(people);
  // ("إلى الأولمبي الباجي عامر العمراني" beside "عامر العمراني": a club's last nisba; nisbas-before-article-names.ts.)
  dropNisbasBeforeArticleNames(people);
  trimTitleWordsAtNameEdges(people);
  dropCommonWordsAfterNames(people);
  // ("الحكم : فلان الفلاني ملعب فلان": the head of the next entry's venue; venue-heads-after-names.ts.)
  cutVenueHeadsAfterNames(people);
  trimWordsAroundKnownNames(people);
  // ("بريطانيا تهين فلان" beside "فلان": a verb beside a name the article gives; verbs-beside-names.ts.)
  trimVerbsBesideArticleNames(people);
  cutRunOnsAfterKnownNames(people);
  cutKunyaAliasRunOns(people);
  // ("فلان شفيق | صرصار" beside "لشفيق صرصار": the article's own end of the name; article-name-ends.ts.)
  extendOverArticleNameEnds(people);
  extendOverHonorificFamilyNames(people);
  keepFamilyNamesWhole(people);
  keepLamGivenNamesWhole(people);
  people.push(...namesListedBetweenNames(people));
  // ("أعضاء المكتب وهم سارة الغربي ورحمة بن علي وكمال الحداد": the list's first entry; list-pronoun-entries.ts.)
  people.push(...firstEntriesAfterListPronouns(people));
  // ("وعلان عن قائمة ... وسيدة فلان عن قائمة": an entry before the frame the list's names share; list-frame-entries.ts.)
  people.push(...entriesBeforeSharedFrames(people));
  // ("النائبين فلان وسالم بالحاج": the dual office's second holder; dual-office-pairs.ts.)
  people.push(...secondHoldersOfDualOffices(people));
  markListConjunctions(people);
  // ("وافي الورتاني" opening a headline beside "التونسي وافي الورتاني": whole-written-names.ts.)
  keepFirstLettersAsWritten(people);
  // ("نبيل قوادري" ... "وأكد قوادري قوادري": a family name written twice is one; doubled-family-names.ts.)
  collapseDoubledFamilyNames(people);
  // ("والعقيد محمد عاطف | القاضي | رئيس مباحث قسم كرداسة": a family name that is a common word or a
  // title, before its holder's office in apposition; apposed-family-names.ts.)
  extendOverFamilyNamesBeforeApposedOffices(people);
  // 5. Lexicon matches win over tagger guesses they overlap (they carry the right kind), persons aside.
  const personTokens = coveredTokens(people);
  const freeLexical = lexical.filter((l) => !isCovered(personTokens, l));
  const lexicalTokens = coveredTokens(freeLexical);
  const placesAndOrgs = [...freeLexical, ...others.filter((o) => !isCovered(lexicalTokens, o))];

  // 6. One draft a person, with every mention.
  const grouped = groupPeople(people);
  addFurtherMentions(grouped, tokenized, names.isKnownName);
  // ("أخصائي التغذية لوسيان | فلان" beside "وأكد فلان": a given name the news never wrote; unseen-given-names.ts.)
  extendOverUnseenGivenNames(grouped, coveredTokens(grouped.flatMap((draft) => draft.mentions)));
  // ("سهام فلانة | علانية أنه" beside "وبينت علانية، خلال": a family name said alone; said-family-names.ts.)
  extendOverSaidFamilyNames(grouped, tokenized, coveredTokens(grouped.flatMap((draft) => draft.mentions)));
  addLatinGlosses(grouped);
  // 7. A word after the office of someone named in full is no one (echoesOfNamedHolders): its span is
  // given back, so that the office can be a reference to that person. So is a word only ever a
  // place's genitive ("بلدية الخليل", "نائب محافظ الخليل فلان"; place-genitives.ts), so that the
  // office over that place is the holder's after it.
  const groupedTokens = coveredTokens(grouped.flatMap((draft) => draft.mentions));
  const firstEntities = grouped.map((draft) => toPersonEntity(draft, groupedTokens));
  const echoes = echoesOfNamedHolders(firstEntities).map((echo, i) => echo || isPlaceGenitiveDraft(grouped[i]));
  const persons = grouped.filter((_, i) => !echoes[i]);
  const allPersonTokens = persons.length === grouped.length ? groupedTokens : coveredTokens(persons.flatMap((draft) => draft.mentions));
  const freePlacesAndOrgs = placesAndOrgs.filter((located) => !isCovered(allPersonTokens, located));
  const places = groupByName('place', freePlacesAndOrgs.filter((l) => l.span.kind === 'place'));
  const organizations = groupByName('organization', freePlacesAndOrgs.filter((l) => l.span.kind === 'organization'));

  // 8. Persons kept, offices implied by other persons' offices, references.
  const unsorted = persons.length === grouped.length ? firstEntities : entitiesWithoutEchoes(grouped, firstEntities, echoes, allPersonTokens);
  const kept = keptPersons(unsorted, persons, tokenized, names);
  // ("مديرا لجامعة العلوم والتكنولوجيا هواري بومدين": a name only inside another's office; namesakes-in-offices.ts.)
  namesakesInOthersOffices(unsorted, tokenized).forEach((namesake, i) => {
    if (namesake) kept[i] = false;
  });
  addCounterpartRoles(unsorted, persons);
  addElidedOfficeRoles(unsorted, persons);
  addDualOfficeRoles(unsorted, persons);
  addDeputyRoles(unsorted, persons);
  addDualConstructOfficeRoles(unsorted, persons);
  addPluralListOfficeRoles(unsorted, persons);
  // ("إقالة فلان من رئاسة الفرع": the one removed from a presidency held it; office-tenures.ts.)
  addPresidencyTenureRoles(unsorted, persons);
  // ("المعتمد الجديد فلان خلفا لعلان": the one succeeded held the office; successions.ts.)
  addPredecessorRoles(unsorted, persons);
  // ("أقال المدير العام فلان، وعيّن مكانه علان": the one appointed in his place; successions.ts.)
  addSuccessorRoles(unsorted, persons);
  // ("استقالة كل من فلان وعلان من كتلة الحرة": members of a parliamentary bloc; parliamentary-blocs.ts.)
  addBlocMemberRoles(unsorted, persons);
  // ("نحن سلمان بن عبدالعزيز آل سعود" ⏎ "ملك المملكة العربية السعودية": a decree's header; royal-order-headers.ts.)
  addRoyalHeaderRoles(unsorted, persons, tokenized);
  // ("وزير التنمية" beside his name, "لوزير التنمية والتعاون الدولي" alone: fuller-offices.ts.)
  // ("حكومة فلان" ... "رئيس الحكومة المكلف" alone: his office; government-head-offices.ts.)
  addGovernmentHeadRoles(unsorted, persons, tokenized, (block) => isNameIn(allPersonTokens, block));
  addFullerOffices(unsorted, tokenized, (block) => isNameIn(allPersonTokens, block));
  // ("تعيين فلان أميراً لمنطقة الجوف" ... "أمير منطقة الجوف الجديد": the decree's post by its name; decree-office-names.ts.)
  addNamesOfDecreeOffices(unsorted, tokenized, (block) => isNameIn(allPersonTokens, block));
  addReferences(unsorted, persons, tokenized, allPersonTokens);
  // ("قال فلان ... وأضاف رئيس الحكومة أن": the office of the speaker who goes on; continued-speakers.ts.)
  addContinuedSpeakerRoles(unsorted, persons, tokenized, allPersonTokens);
  addOfficialsByFamilyName(unsorted, persons, kept);
  const personEntities = unsorted.filter((_, i) => kept[i]).sort((a, b) => Number(b.official) - Number(a.official));
  return [
    ...numbered(personEntities, 'person'),
    ...numbered(places.map((draft) => toPlainEntity(draft)), 'place'),
    ...numbered(organizations.map((draft) => toPlainEntity(draft)), 'organization'),
  ];
}

function numbered(entities: Entity[], prefix: string): Entity[] {
  return entities.map((entity, index) => ({ ...entity, id: `${prefix}-${index + 1}` }));
}
