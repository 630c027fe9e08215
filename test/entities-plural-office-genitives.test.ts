import { describe, expect, it } from 'vitest';
import { officials } from './helpers/entity-people.js';

describe('a list after "رؤساء" + a definite plural office in its genitive', () => {
  it('gives every name the whole plural ("رؤساء الوزراء السابقون فلان وعلان")', () => {
    expect(officials('وحضر الحفل رؤساء الوزراء السابقون كمال الزواري وحمادي الشابي ومهدي القلال في القصر.')).toEqual([
      ['كمال الزواري', 'رؤساء الوزراء السابقون'],
      ['حمادي الشابي', 'رؤساء الوزراء السابقون'],
      ['مهدي القلال', 'رؤساء الوزراء السابقون'],
    ]);
  });
});
