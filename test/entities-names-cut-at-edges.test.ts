import { describe, expect, it } from 'vitest';
import type { BlockRawSpan } from '../src/entities/extract-types.js';
import { extendCutNames } from '../src/entities/span-extension.js';
import { tokenize } from '../src/entities/tokenize.js';
import { people } from './helpers/entity-people.js';

describe('names cut or run on at their edges (judged audits of unseen news)', () => {
  it('runs no name back over a past verb of form VII, VIII or X written with "إ"', () => {
    const names = people('وجاء قرار سالم بن عيسى بعد المعارضة.', 'من جهة أخرى إمتعض سالم بن عيسى، من إقحام عائلته في الأحداث.').map((e) => e.name);
    expect(names).toEqual(['سالم بن عيسى']);
  });

  it('reads "أولاد" as the head of a family name that goes on over the word after it', () => {
    const found = people('أعلنت النائبة بالبرلمان، ريم أولاد علي، اليوم الثلاثاء عن استقالتها من الكتلة.');
    expect(found.map((e) => e.name)).toEqual(['ريم أولاد علي']);
  });

  it('runs a lone given name after an office on over a definite word the news often takes for a person', () => {
    // "الطيب" is also the adjective "good"; the news tags it a person in a third of its uses or more.
    const text = 'دعا وزير الصيد البحري كمال الطيب جميع البحارة إلى الحذر.';
    const tokens = tokenize(text);
    const given = tokens.findIndex((token) => token.text === 'كمال');
    const raw: BlockRawSpan[] = [{ block: { block: 0, text, tokens }, kind: 'person', start: given, end: given + 1 }];
    extendCutNames(raw);
    expect(raw[0].end).toBe(given + 2);
  });

  it('reads the adjective after "ل" + a title ("للمدرب المنسحب") as describing the person, not as his name', () => {
    expect(people('وتم التعاقد مع مدرب جديد خلفا للمدرب المنسحب سامي الورغي .').map((e) => e.name)).toEqual(['سامي الورغي']);
  });

  it('takes the word between a two-word name and an office in apposition for the family name', () => {
    const found = people('بحضور الدكتورة منيرة مرعي قرطاجة وزيرة الصحة وسفير فرنسا بتونس.');
    expect(found.map((e) => [e.name, e.role])).toEqual([['منيرة مرعي قرطاجة', 'وزيرة الصحة']]);
  });
});
