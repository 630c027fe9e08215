import { describe, expect, it } from 'vitest';
import { people, sortedNames as names } from './helpers/entity-people.js';

// Kinds of person errors found in eval/ant gold sets and audits, on made-up sentences written for these tests.
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

describe('an elative and its accusative specification after a name', () => {
  it('are no part of the name', () => {
    expect(names('وأكد المحلل أن الرئيس سامي بوعلاق الأوفر حظا للفوز بالانتخابات.')).toEqual(['سامي بوعلاق']);
  });
  it('leave a family name of the elative\'s shape', () => {
    expect(names('وقال الوزير سامي الأحمر إن العمل متواصل.')).toEqual(['سامي الأحمر']);
  });
});

describe('an accusative participle right after a name', () => {
  it('is what the speaker did while speaking, no family name', () => {
    expect(names('قال وزير النقل الهادي مخلوب معلقا على حملة الإيقافات إن الوزارة ستتحاور.')).toEqual(['الهادي مخلوب']);
  });
  it('leaves a family name in "ا" that opens otherwise', () => {
    expect(names('وقال المدير الجهوي للصحة بسوسة سامي صولا إن المستشفى جاهز.')).toEqual(['سامي صولا']);
  });
});
