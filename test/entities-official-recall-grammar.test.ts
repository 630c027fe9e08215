import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

// Officials the grammar used to miss, on made-up sentences written for these tests (no article text is copied).
const summary = (...texts: string[]): Array<[string, boolean, string | null]> => people(...texts).map((e) => [e.name, e.official, e.role]);
const find = (name: string, ...texts: string[]): [string, boolean, string | null] | undefined => summary(...texts).find(([found]) => found === name);

describe('officials the grammar used to miss', () => {
  it('takes the head of a government named inside another office phrase for an official', () => {
    expect(find('سامي الورفلي', 'قال وزير الصناعة في حكومة سامي الورفلي، إن الوضع صعب.')).toEqual(['سامي الورفلي', true, null]);
    expect(find('سامي الورفلي', 'وأكد عضو حكومة سامي الورفلي أن الوضع صعب.')).toEqual(['سامي الورفلي', true, null]);
  });

  it('splits four name words after "في حكومة" into the head of government and the holder of the office', () => {
    const found = summary('ولد وزير التجارة في حكومة كريم الساحلي منير الفرجاني في 12 ماي 1971 بنابل.');
    expect(found).toContainEqual(['كريم الساحلي', true, null]);
    expect(found).toContainEqual(['منير الفرجاني', true, 'وزير التجارة في حكومة كريم الساحلي']);
  });

  it('takes "القيم العام" (a school proctor) for an office, and not "القيم العامة" (the values)', () => {
    expect(find('سامي التليلي', 'أكد سامي التليلي القيم العام بمعهد ثانوي بباجة أن عددا من التلاميذ غادروا.')).toEqual(['سامي التليلي', true, 'القيم العام بمعهد ثانوي بباجة']);
    expect(find('سامي التليلي', 'أكد القيم العام بمعهد ثانوي بباجة سامي التليلي أن التلاميذ غادروا.')).toEqual(['سامي التليلي', true, 'القيم العام بمعهد ثانوي بباجة']);
    expect(find('سامي التليلي', 'وقال سامي التليلي القيم العامة للمجتمع تتغير.')?.[1]).toBe(false);
  });

  it('finds the first appointee of a list whose colon ends the line before', () => {
    const found = summary('أعلنت الوزارة عن تعيين كل من :', 'سامي ميلاد : مديرا عاما للموانئ هشام بن صالح : مكلفا بمأمورية بديوان وزير النقل');
    expect(found).toContainEqual(['سامي ميلاد', true, 'مديرا عاما للموانئ']);
    expect(found).toContainEqual(['هشام بن صالح', true, 'مكلفا بمأمورية بديوان وزير النقل']);
  });

  it('gives a bare title before a colon to the name the next entry of the list closes', () => {
    expect(find('سامي الطرابلسي', 'و تضم اللجنة : الرئيس : سامي الطرابلسي الأعضاء : أمين رزيق')).toEqual(['سامي الطرابلسي', true, 'الرئيس']);
    // (After a comma a bare title still needs the name set off: "قال الوزير، محمد".)
    expect(find('سامي الطرابلسي', 'و تضم اللجنة : الرئيس : سامي الطرابلسي ، الأعضاء : أمين رزيق')).toEqual(['سامي الطرابلسي', true, 'الرئيس']);
  });

  it('takes the one a meeting is held under the presidency of, his nationality between, for an official', () => {
    expect(find('عيسى بوبكر', 'عقدت اللجنة إجتماعا برئاسة الكاميروني عيسى بوبكر أمس.')?.[1]).toBe(true);
    expect(find('عيسى بوبكر', 'عقدت اللجنة إجتماعا برئاسة عيسى بوبكر أمس.')?.[1]).toBe(true);
  });
});
