import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

// Committee and bureau lists "office : name office : name ..." written without commas, whose names
// the tagger may take for common words (office-colon-slots.ts), on made-up sentences (all people invented).
const roles = (...texts: string[]): Array<[string, boolean, string | null]> =>
  people(...texts)
    .map((e): [string, boolean, string | null] => [e.name, e.official, e.role])
    .sort((a, b) => a[0].localeCompare(b[0]));

const sorted = (entries: Array<[string, boolean, string | null]>): Array<[string, boolean, string | null]> => [...entries].sort((a, b) => a[0].localeCompare(b[0]));

describe('bureau lists "office : name" run together', () => {
  it('reads a name of common-looking words between an office colon and the next entry', () => {
    expect(roles('وتتركب الهيئة المديرة الجديدة من : الرئيس : سالم الحفصي نائب الرئيس : نضال سعيد أمين المال : كريم بن عيسى')).toEqual(
      sorted([
        ['سالم الحفصي', true, 'الرئيس'],
        ['نضال سعيد', true, 'نائب الرئيس'],
        ['كريم بن عيسى', true, 'أمين المال'],
      ]),
    );
  });

  it('takes the name before a members heading, and gives the bare title after the colon as his office', () => {
    expect(roles('وتضم لجنة الحكام : الرئيس : هيكل الزغلامي الأعضاء : منير الصيادي')).toContainEqual(['هيكل الزغلامي', true, 'الرئيس']);
  });

  it('leaves a headline quote after an office colon alone', () => {
    expect(roles('وزير الصحة : الوضع الوبائي مستقر').filter(([, official]) => official)).toEqual([]);
    expect(roles('رئيس الجامعة : نضال كبير ينتظرنا هذا الموسم')).toEqual([]);
  });
});
