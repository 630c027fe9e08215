/** Folded word sets used as tagger features and by the rules, built once on first use. */
import { readFileSync } from 'node:fs';
import { fold } from '../text/normalize.js';
import { dataPath } from './data-path.js';
import { ARAB_REGIONS } from './arab-regions.js';
import { WORLD_CITIES } from './world-cities.js';
import {
  foldedHonorifics,
  foldedNationalities,
  foldedOfficeTitles,
  foldedOrganizationHeads,
  foldedPersonVerbs,
  ORGANIZATIONS,
  PLACES,
} from './lexicon.js';

export interface Gazetteer {
  firstNames: Set<string>;
  familyNames: Set<string>;
  honorifics: Set<string>;
  officeTitles: Set<string>;
  nationalities: Map<string, string>;
  /** Folded place names (multi-word ones joined by a space): the lexicon's, arab-regions.ts's and world-cities.ts's. */
  places: Set<string>;
  /** Folded well-known organization names. */
  organizations: Set<string>;
  organizationHeads: Set<string>;
  personVerbs: Set<string>;
  /** Words of the lexicon's places (lexicon.ts PLACES), for quick checks while tagging. */
  placeWords: Set<string>;
  /**
   * The places the tagger's features know (lexicon.ts PLACES, without arab-regions.ts and
   * world-cities.ts): the model
   * was trained with these. Given the regions too, it tagged otherwise the words it had learned
   * without the feature (ANT news: the persons of 86 first-half articles changed, many for the worse).
   */
  taggerPlaces: Set<string>;
  /** First words of places and organizations, so most words are ruled out with one lookup. */
  lexiconFirstWords: Set<string>;
}

let cached: Gazetteer | undefined;

function readWordList(file: string): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(dataPath(file), 'utf8').split('\n')) {
    const word = fold(line.replace(/^\ufeff/, '').trim());
    if (word) words.add(word);
  }
  return words;
}

/** Whether two folded words make a place the lexicon knows by two words ("تيزي وزو", "الشرق الأوسط"). */
export function isTwoWordPlace(first: string, second: string): boolean {
  return gazetteer().places.has(`${first} ${second}`);
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const taggerPlaces = new Set(PLACES.map(fold));
  const placeWords = new Set<string>();
  for (const place of taggerPlaces) for (const word of place.split(' ')) placeWords.add(word);
  const places = new Set([...taggerPlaces, ...ARAB_REGIONS.map(fold), ...WORLD_CITIES.map(fold)]);
  const organizations = new Set(ORGANIZATIONS.map(fold));
  const lexiconFirstWords = new Set([...places, ...organizations].map((name) => name.split(' ')[0]));
  cached = {
    firstNames: readWordList('entities/names/first-names.txt'),
    familyNames: readWordList('entities/names/family-names.txt'),
    honorifics: foldedHonorifics,
    officeTitles: foldedOfficeTitles,
    nationalities: foldedNationalities,
    places,
    organizations,
    organizationHeads: foldedOrganizationHeads,
    personVerbs: foldedPersonVerbs,
    placeWords,
    taggerPlaces,
    lexiconFirstWords,
  };
  return cached;
}
