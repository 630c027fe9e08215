import { describe, expect, it } from 'vitest';
import { people, sortedNames as names } from './helpers/entity-people.js';

// Things and phrases taken for persons, and names run on, on made-up sentences written for these tests.

describe('a city after "the capital" and its nationality', () => {
  it('is no person, quoted or not', () => {
    expect(names('عقد المكتب اجتماعا يوم أمس بالعاصمة الإثيوبية "أديس أبابا" برئاسة الكاميروني سامي بلحاج.')).toEqual(['سامي بلحاج']);
    expect(names('وعقد الوفد لقاء بالعاصمة الإثيوبية أديس أبابا برئاسة سامي بلحاج.')).toEqual(['سامي بلحاج']);
    // Named so once, the city is no person at its other mentions either.
    expect(names('وصل الوفد أمس إلى العاصمة الكينية "كيبو ماراني".', 'وتجرى الانتخابات غدا في "كيبو ماراني" بحضور سامي بلحاج.')).toEqual(['سامي بلحاج']);
  });
});

describe('an airport named with "Sir"', () => {
  it('is no person after the airport\'s head', () => {
    expect(names('حطت طائرة الفريق صباح اليوم بمطار سير جون ماكدونالد بجزر الكاريبي.')).toEqual([]);
  });
  it('leaves "سير" the noun before a definite word alone', () => {
    expect(names('وقال سير جون ماكدونالد إن الرحلة كانت طويلة.')).toEqual(['جون ماكدونالد']);
  });
});

describe('a dual verb after a name', () => {
  it('is the predicate of two subjects, no family name', () => {
    expect(names('رغم كون رئيس الاتحاد ومدرب المنتخب لوكاس ديفيرن قررا التركيز على البطولة.')).toEqual(['لوكاس ديفيرن']);
    expect(names('الوزير سمير بالطيب والوالي أحمد بن عمارة أكدا أهمية المشروع.')).toEqual(['أحمد بن عمارة', 'سمير بالطيب']);
  });
});

describe('a family name written twice', () => {
  it('is that family name once, of the person the article names in full', () => {
    expect(names('أكد نبيل قوادري مدير الديوان أن الموسم ناجح.', 'وأكد قوادري قوادري أن الوضع جيد.')).toEqual(['نبيل قوادري']);
    // Each written word stays a mention of him.
    const [found] = people('أكد نبيل قوادري مدير الديوان أن الموسم ناجح.', 'وأكد قوادري قوادري أن الوضع جيد.');
    expect(found.mentions.filter((m) => m.block === 1).length).toBe(2);
  });
  it('keeps a listed given name written twice, a real name', () => {
    expect(names('وقال محمد محمد إن الفريق جاهز.')).toEqual(['محمد محمد']);
  });
});

describe('a preposition on a noun, then its adjective', () => {
  it('is no name after a verb of saying', () => {
    expect(names('وقال بلهجة متحدية: سنكون هناك في كل المباريات.')).toEqual([]);
  });
  it('leaves a given name with "ب" of its own', () => {
    expect(names('وقال بلال بن عمر إن الفريق جاهز.')).toEqual(['بلال بن عمر']);
  });
});

describe('the guest of a programme', () => {
  it('is no name with the programme it governs', () => {
    expect(names('قال ضيف ميدي شو الكاتب التونسي سامي بن علي إن الحوار ضروري.')).toEqual(['سامي بن علي']);
  });
  it('leaves the compound given name "ضيف الله"', () => {
    expect(names('وقال ضيف الله الجبالي إن الفريق جاهز.')).toEqual(['ضيف الله الجبالي']);
  });
});

describe('a tree or plant named by its kind', () => {
  it('is no person', () => {
    expect(names('شجرة الأوكاسيوس تطيح بالمجلس البلدي للضاحية')).toEqual([]);
  });
});
