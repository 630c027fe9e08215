import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

const officials = (text: string): Array<[string, string | null]> => people(text).filter((e) => e.official).map((e) => [e.name, e.role ?? null]);

describe('a list after "رؤساء" + a definite plural office in its genitive', () => {
  it('gives every name the whole plural ("رؤساء الوزراء السابقون فلان وعلان")', () => {
    expect(officials('وحضر الحفل رؤساء الوزراء السابقون كمال الزواري وحمادي الشابي ومهدي القلال في القصر.')).toEqual([
      ['كمال الزواري', 'رؤساء الوزراء السابقون'],
      ['حمادي الشابي', 'رؤساء الوزراء السابقون'],
      ['مهدي القلال', 'رؤساء الوزراء السابقون'],
    ]);
  });
});
