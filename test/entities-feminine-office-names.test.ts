import { describe, expect, it } from 'vitest';
import { people, person } from './helpers/entity-people.js';

// A woman's given name that is also a common noun, after a feminine office (all people invented).
describe('women named after a feminine office', () => {
  it('takes a common noun and a family name after the office phrase for her name', () => {
    const minister = person('نجاة الورغلي', 'وقالت وزيرة التجارة نجاة الورغلي إن الأسعار استقرت.');
    expect([minister.official, minister.role]).toEqual([true, 'وزيرة التجارة']);
    const head = person('كريمة الدريدي', 'وأكدت رئيسة الجمعية كريمة الدريدي في تصريح صحفي أن القافلة انطلقت.');
    expect([head.official, head.role]).toEqual([true, 'رئيسة الجمعية']);
  });

  it('leaves a time adverb or a preposition with a noun after the office to the sentence', () => {
    expect(people('وقالت وزيرة التجارة صباح اليوم إن الأسعار استقرت.')).toEqual([]);
    expect(people('وقالت وزيرة التجارة خلال الندوة إن الأسعار استقرت.')).toEqual([]);
  });

  it('does not read "ل" + a noun and a year after the office as a name', () => {
    const list = '- سلمى الماجري مديرة مهرجان سوسة لسنة 2019 - هند السالمي مديرة أيام المسرح لسنة 2019';
    expect(people(list).map((found) => found.name).sort()).toEqual(['سلمى الماجري', 'هند السالمي']);
  });
});
