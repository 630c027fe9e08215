import { describe, expect, it } from 'vitest';
import { titledPersons } from './helpers/entity-people.js';

// Tunisian local and political news: who holds a post; made-up sentences written for these tests.
describe('posts in local news', () => {
  it('reads a verb of "you" or "we" after a headline\'s "office :" as the quote, no name', () => {
    expect(titledPersons('وزير الفلاحة للمزارعين : استصلحوا أراضيكم في الجنوب', 'ودعا الوزير الفلاحين إلى الاستثمار.')).toEqual([]);
  });
});
