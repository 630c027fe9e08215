import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

const officials = (text: string): Array<[string, string | null]> => people(text).filter((e) => e.official).map((e) => [e.name, e.role ?? null]);

describe('"في" + a foreign town no list knows, between an office and a foreign name', () => {
  it('is the office\'s seat ("المتحدثة باسم الادعاء في كالسروه فلانة علان")', () => {
    expect(officials('وقالت المتحدثة باسم الادعاء العام في هامبورغ فراوكه كولر إن المشتبه به اعتقل.')).toEqual([['فراوكه كولر', 'المتحدثة باسم الادعاء العام في هامبورغ']]);
    expect(officials('وقال الناطق باسم إدارة الإطفاء في أوتريخت ديرك يانسن للصحافيين إن الحريق أخمد.')).toEqual([['ديرك يانسن', 'الناطق باسم إدارة الإطفاء في أوتريخت']]);
  });

  it('not a word the news writes ("في مؤتمر")', () => {
    expect(officials('وقال الناطق باسم الحكومة في مؤتمر صحفي إن الحريق أخمد.')).toEqual([]);
  });
});
