import { describe, expect, it } from 'vitest';
import { people as found } from './helpers/entity-people.js';

// A coach's or player's trade noun governs his club with "ل"/"لل"; the name comes after the club
// (club-complement-names.ts). Made-up sentences (all people and clubs invented).
const people = (text: string): string[] => found(text).map((e) => e.name);

describe('the club after a sports trade noun (club-complement-names.ts)', () => {
  it('leaves the club in "ل" out of the name after a coach or a player', () => {
    expect(people('وقال المدرب السابق لبنفيكا جورج مارتينيز إن الفريق يستحق الفوز في المباراة.')).toEqual(['جورج مارتينيز']);
    expect(found('وقال المدرب السابق لبنفيكا جورج مارتينيز إن الفريق يستحق الفوز.')[0].official).toBe(false);
    expect(people('وقال المدير الفني السابق لبنفيكا جورج مارتينيز إن الفريق يستحق الفوز.')).toEqual(['جورج مارتينيز']);
    expect(people('وقال المهاجم الدولي السابق لبنفيكا جورج مارتينيز إن الفريق يستحق الفوز.')).toEqual(['جورج مارتينيز']);
    expect(people('وقال الحارس الجديد لفالنسيا ماركو بيريز إن الدفاع كان جيدا.')).toEqual(['ماركو بيريز']);
    expect(people('وأكد المهاجم الأرجنتيني للأهلي كارلوس دي سوزا أن الفريق جاهز.')).toEqual(['كارلوس دي سوزا']);
  });

  it('keeps a given name in "ل" as the opening of the name', () => {
    expect(people('وقال المدرب لطفي بن عمر إن الفريق يستحق الفوز.')).toEqual(['لطفي بن عمر']);
    expect(people('وقال لطفي بن عمر الحامدي إن الفريق يستحق الفوز.')).toEqual(['لطفي بن عمر الحامدي']);
    expect(people('وقالت اللاعبة لبنى حسن الصافي إن المنتخب جاهز.')).toEqual(['لبنى حسن الصافي']);
    expect(people('وقال المدرب السابق لطفي عمر الحامدي إن الفريق يستحق الفوز.')).toEqual(['لطفي عمر الحامدي']);
    expect(people('وقال المدرب لسعد الورتاني إن الفريق جاهز.')).toEqual(['لسعد الورتاني']);
  });
});
