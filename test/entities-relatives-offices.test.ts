import { describe, expect, it } from 'vitest';
import { officeHeld as held } from './helpers/entity-people.js';

// Whose office a phrase near a name is, and whether it is one. Made-up sentences (all people invented).

describe("a relative's office (relatives-offices.ts)", () => {
  it("gives the office between a woman's kinship noun and a woman's name to her relative", () => {
    expect(held('سلوى المرزوقي', 'وأفادت مصادر أمنية بإيقاف شقيقة الوزير السابق سلوى المرزوقي في المطار.')).toEqual([false, null]);
    expect(held('نادية الحداد', 'وتم حجز أملاك أرملة الرئيس المخلوع نادية الحداد بقرار قضائي.')).toEqual([false, null]);
  });

  it("keeps the office of a man named after a woman's kinship noun: the holder, his relative unnamed", () => {
    expect(held('منير الحداد', 'وحضرت ابنة الرئيس الأسبق منير الحداد حفل الافتتاح.')).toEqual([true, 'الرئيس الأسبق']);
  });

  it('keeps the office with no kinship noun before it', () => {
    expect(held('سلوى المرزوقي', 'وقالت الوزيرة السابقة سلوى المرزوقي إن الملف مكتمل.')[0]).toBe(true);
  });
});

describe('"الفريق" after "في" (honorific-titles.ts)', () => {
  it('reads "في الفريق" before a name as the team, no rank', () => {
    expect(held('ماهر الزواوي', 'ونشب خلاف بين اللاعب و زميله في الفريق ماهر الزواوي بعد الحصة التدريبية.')[0]).toBe(false);
  });

  it('keeps the rank "الفريق أول" after "في"', () => {
    expect(held('ماهر الزواوي', 'وجدد الحزب ثقته في الفريق أول ماهر الزواوي قائدا للجيش.')[0]).toBe(true);
  });
});

describe('a captain joined to a player (team-captains.ts)', () => {
  it("takes the captain's title after a player's trade and 'و' for a player, no office", () => {
    expect(held('محمد الجويني', 'وقال لاعبه و قائده محمد الجويني إن الفريق جاهز.')).toEqual([false, null]);
    expect(held('محمد الجويني', 'وقال حارس النادي الإفريقي و قائده محمد الجويني إن الفريق جاهز.')).toEqual([false, null]);
  });

  it("keeps a commander's title with no player's trade before it", () => {
    expect(held('محمد الجويني', 'وأشاد الجيش بالفوج و قائده محمد الجويني في البيان.')[0]).toBe(true);
  });
});
