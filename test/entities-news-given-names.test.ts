import { describe, expect, it } from 'vitest';
import { harvestDefiniteGivenNames } from '../src/entities/definite-given-names-harvest.js';
import { people } from './helpers/entity-people.js';

const official = (text: string): [string, boolean, string | null][] => people(text).map((e) => [e.name, e.official, e.role]);

describe('given names with the article harvested from the news', () => {
  it('keeps a word with the article that opens the names of two people in three articles', () => {
    const articles = [[['المنصف', 'الخماري'], ['زياد', 'قرفال']], [['المنصف', 'بوسالم']], [['المنصف', 'الخماري']], [['الفلاني', 'سالم']]];
    expect(harvestDefiniteGivenNames(articles)).toEqual(['المنصف']);
  });

  it('leaves a word that opens one person\'s name only, or a word without the article', () => {
    const onePerson = [[['الشاذلي', 'العبيدي']], [['الشاذلي', 'العبيدي']], [['الشاذلي', 'العبيدي']]];
    expect(harvestDefiniteGivenNames(onePerson)).toEqual([]);
    const bare = [[['منصف', 'الخماري']], [['منصف', 'بوسالم']], [['منصف', 'قرفال']]];
    expect(harvestDefiniteGivenNames(bare)).toEqual([]);
  });

  it('reads "المنصف" after an office as the holder\'s given name, not the office\'s adjective', () => {
    expect(official('إن الحكومة والرئيس المنصف الورتاني يتحملان المسؤولية.')).toEqual([['المنصف الورتاني', true, 'الرئيس']]);
  });
});

describe('a town\'s nisba after a body, before the holder\'s given name with the article', () => {
  it('keeps the nisba in the office and the given name in the name', () => {
    expect(official('وقال رئيس النادي الصفاقسي المنجي الخماري إن الفريق جاهز.')).toEqual([['المنجي الخماري', true, 'رئيس النادي الصفاقسي']]);
    expect(official('وأكد رئيس الاتحاد المنستيري الهادي القرفالي أن الفريق جاهز.')).toEqual([['الهادي القرفالي', true, 'رئيس الاتحاد المنستيري']]);
  });
});
