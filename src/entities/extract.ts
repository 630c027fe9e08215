/**
 * People (officials first), places and organizations of an article, with every mention.
 *
 * Pipeline: tokenize each block → tag with the trained perceptron → tidy the spans → add lexicon
 * places/organizations → group mentions into entities → find further mentions of each person by
 * full name or family name alone → attach offices (roles) and countries.
 */
import type { Block, Entity } from '../article/model.js';
import { coveredTokens, isCovered } from './located.js';
import { tagBlocks, taggedArticle } from './article-tagging.js';
import { articleNames } from './article-names.js';
import { spansWithSurroundings } from './surrounding-spans.js';
import { extendCutNames, extendLineagesBackwards, extendOverConjoinedNames, withoutCoveredPeople } from './span-extension.js';
import { tidySpans } from './person-span-tidy.js';
import { dropCommonWordsAfterNames, dropDescriptionsBeforeNames, dropNounsBeforeNames, keepFamilyNamesWhole, markListConjunctions, namesListedBetweenNames, trimWordsAroundKnownNames } from './people-passes.js';
import { addLatinGlosses, groupPeople } from './mention-grouping.js';
import { addFurtherMentions } from './further-mentions.js';
import { echoesNamedHolder, entitiesWithoutEchoes, toPersonEntity } from './person-entity.js';
import { addCounterpartRoles, addDualConstructOfficeRoles, addDualOfficeRoles, addElidedOfficeRoles, addOfficialsByFamilyName, addReferences } from './further-offices.js';
import { keptPersons } from './kept-persons.js';
import { groupByName, toPlainEntity } from './plain-entities.js';

/**
 * People (officials first), places and organizations of an article, with every mention.
 */
export function extractEntities(blocks: Block[]): Entity[] {
  // Pass 1: tagger spans per block, and the words the tagger takes for names anywhere in the article.
  // ("الحجارأنه": a particle glued to a name word the article uses apart is split off, and the
  // article tagged again; glued-particles.ts.)
  const { tokenized, taggedBlocks, nameWords } = taggedArticle(tagBlocks(blocks));
  const names = articleNames(tokenized, taggedBlocks, nameWords);

  const { raw, lexical } = spansWithSurroundings(tokenized, taggedBlocks, names);
  extendCutNames(raw);
  extendLineagesBackwards(raw);
  extendOverConjoinedNames(raw, names.looksLikeName);
  const chained = withoutCoveredPeople(raw);

  const { people, others } = tidySpans(chained, tokenized, names);
  dropNounsBeforeNames(people);
  dropDescriptionsBeforeNames(people);
  dropCommonWordsAfterNames(people);
  trimWordsAroundKnownNames(people);
  keepFamilyNamesWhole(people);
  people.push(...namesListedBetweenNames(people));
  markListConjunctions(people);
  // Lexicon matches win over tagger guesses they overlap (they carry the right kind), persons aside.
  const personTokens = coveredTokens(people);
  const freeLexical = lexical.filter((l) => !isCovered(personTokens, l));
  const lexicalTokens = coveredTokens(freeLexical);
  const placesAndOrgs = [...freeLexical, ...others.filter((o) => !isCovered(lexicalTokens, o))];

  const grouped = groupPeople(people);
  addFurtherMentions(grouped, tokenized, names.isKnownName);
  addLatinGlosses(grouped);
  // A word after the office of someone named in full is no one (echoesNamedHolder): its span is
  // given back, so that the office can be a reference to that person.
  const groupedTokens = coveredTokens(grouped.flatMap((draft) => draft.mentions));
  const firstEntities = grouped.map((draft) => toPersonEntity(draft, groupedTokens));
  const echoes = firstEntities.map((entity) => echoesNamedHolder(entity, firstEntities));
  const persons = grouped.filter((_, i) => !echoes[i]);
  const allPersonTokens = persons.length === grouped.length ? groupedTokens : coveredTokens(persons.flatMap((draft) => draft.mentions));
  const freePlacesAndOrgs = placesAndOrgs.filter((located) => !isCovered(allPersonTokens, located));
  const places = groupByName('place', freePlacesAndOrgs.filter((l) => l.span.kind === 'place'));
  const organizations = groupByName('organization', freePlacesAndOrgs.filter((l) => l.span.kind === 'organization'));

  const unsorted = persons.length === grouped.length ? firstEntities : entitiesWithoutEchoes(grouped, firstEntities, echoes, allPersonTokens);
  const kept = keptPersons(unsorted, persons, tokenized, names);
  addCounterpartRoles(unsorted, persons);
  addElidedOfficeRoles(unsorted, persons);
  addDualOfficeRoles(unsorted, persons);
  addDualConstructOfficeRoles(unsorted, persons);
  addReferences(unsorted, persons, tokenized, allPersonTokens);
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
