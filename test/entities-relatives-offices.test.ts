import { describe, expect, it } from 'vitest';
import { person } from './helpers/entity-people.js';

// Whose office a phrase near a name is, and whether it is one. Made-up sentences (all people invented).
const held = (name: string, ...texts: string[]): [boolean, string | null] => {
  const found = person(name, ...texts);
  return [found.official, found.role];
};

describe('"الفريق" after "في" (honorific-titles.ts)', () => {
  it('reads "في الفريق" before a name as the team, no rank', () => {
    expect(held('ماهر الزواوي', 'ونشب خلاف بين اللاعب و زميله في الفريق ماهر الزواوي بعد الحصة التدريبية.')[0]).toBe(false);
  });

  it('keeps the rank "الفريق أول" after "في"', () => {
    expect(held('ماهر الزواوي', 'وجدد الحزب ثقته في الفريق أول ماهر الزواوي قائدا للجيش.')[0]).toBe(true);
  });
});
