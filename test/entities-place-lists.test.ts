import { describe, expect, it } from 'vitest';
import { ARAB_REGIONS } from '../src/entities/arab-regions.js';
import { WORLD_CITIES } from '../src/entities/world-cities.js';
import { gazetteer } from '../src/entities/gazetteer.js';
import { isListedNameWord } from '../src/entities/given-names.js';
import { isOftenANameInNews } from '../src/entities/tagger.js';
import { fold } from '../src/text/normalize.js';
import { officials } from './helpers/entity-people.js';

// The places of the Arab states and the world's cities (arab-regions.ts, world-cities.ts): rules know
// them, the tagger's features do not.
describe('arab-regions and world-cities', () => {
  it('holds no name the news takes for a person, alone or behind a clitic ("أطمة": "فاطمة")', () => {
    const nameLike = (word: string): boolean => isListedNameWord(word) || isOftenANameInNews(word);
    const offending = [...ARAB_REGIONS, ...WORLD_CITIES].map(fold)
      .filter((place) => !place.includes(' '))
      .filter((place) => nameLike(place) || nameLike(place.replace(/^ال/, '')) || ['و', 'ف'].some((clitic) => nameLike(clitic + place)));
    // (Known and kept: places the news names far more often than the person: Aqaba, the Golan, Darfur;
    // Jericho, which the tagger takes for a person where it does not know it, and no one is named.)
    expect(offending.filter((place) => !['العقبه', 'الجولان', 'دارفور', 'اريحا'].includes(place))).toEqual([]);
  });

  it('are places to the rules but not to the tagger, which was trained without them', () => {
    expect(gazetteer().places.has(fold('واسط'))).toBe(true);
    expect(gazetteer().taggerPlaces.has(fold('واسط'))).toBe(false);
    expect(gazetteer().places.has(fold('وارسو'))).toBe(true);
  });

  it('close an office phrase at a governorate the lexicon did not know', () => {
    expect(officials('في المقابل، قال النائب المستقل عن محافظة واسط سجاد سالم، في مؤتمر صحفي عقده، إن التعديل مرفوض.')).toEqual([
      ['سجاد سالم', 'النائب المستقل عن محافظة واسط'],
    ]);
  });
});
