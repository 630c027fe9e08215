import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

// Kinds of person errors found in eval/ant gold sets and audits, on made-up sentences written for these tests.
const names = (...texts: string[]): string[] => people(...texts).map((e) => e.name).sort();
const mentionsOf = (name: string, ...texts: string[]): string[] => people(...texts).find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

describe('a conjunction or preposition glued to the "بن" of a family name', () => {
  it('is no part of the name: the mention is the family name of the article\'s person', () => {
    const texts = ['وكان رضا بن عاشور قد غادر البلاد.', 'وتتعلق القضية ببن عاشور وسامي الفهري.'];
    expect(names(...texts)).toEqual(['رضا بن عاشور', 'سامي الفهري']);
    expect(mentionsOf('رضا بن عاشور', ...texts)).toEqual(['رضا بن عاشور', 'بن عاشور']);
  });
  it('opens the name where a word before it was taken in', () => {
    expect(names('وقالت سهام بن عاشور إن الهيئة مستقلة.', 'وقال النائب موجها كلامه لبن عاشور إن عليها الاستقالة.')).toEqual(['سهام بن عاشور']);
  });
  it('also with "و"', () => {
    expect(names('وقال رضا بن عاشور إن الجلسة تأجلت.', 'وبن عاشور (45 عاما) له سوابق.')).toEqual(['رضا بن عاشور']);
  });
});

describe('a preposition of attribution after a name', () => {
  it('ends the name', () => {
    const texts = ['وكان سامي المرزوقي المستشار الأسبق لبن علي حسب ما أكده مصدر مطلع على الملف.', 'وكان كمال بن علي قد غادر البلاد.'];
    expect(names(...texts)).toEqual(['سامي المرزوقي', 'كمال بن علي']);
  });
  it('leaves no "بن" alone where "علي" before it reads "على"', () => {
    expect(names('وكان سامي المرزوقي المستشار الأسبق لبن علي حسب ما أكده مصدر مطلع للإذاعة.', 'وكان كمال بن علي قد غادر البلاد.')).toEqual(['سامي المرزوقي', 'كمال بن علي']);
  });
});

describe('a town written with the Maghreb letter "ڤ"', () => {
  it('is the town the place list writes with "ق", no person after "بن"', () => {
    expect(names('وتم تعيين سامي الورغي المعتمد السابق ببن ڤردان معتمدا لمدنين.')).toEqual(['سامي الورغي']);
  });
});
