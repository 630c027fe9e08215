import { describe, expect, it } from 'vitest';
import { sortedNames as names } from './helpers/entity-people.js';

// Clubs in the slots only a team fills in a sports report (team-slots.ts), and the players and
// coaches beside them that stay; made-up sentences written for these tests.

describe('a club after a verb of playing for (team-slots.ts)', () => {
  it('is no person, nor are the clubs joined to it', () => {
    expect(names('غاب اللاعب عن المباراة . و سبق للعياري اللعب لنسيم قرطاج و أمل حي الورد و الإتحاد القصري .')).toEqual([]);
  });

  it('keeps a person named after the list', () => {
    expect(names('غاب اللاعب عن المباراة . وسبق له اللعب للنادي الصفاقسي وقال سامي الورفلي إن الفريق جاهز .')).toEqual(['سامي الورفلي']);
  });
});

describe('the club a player or a coach is "of" (team-slots.ts)', () => {
  it('is no person after a trade or before a tenure adjective', () => {
    expect(names('وكان المدرب السابق لبرامفيلد روتردام قد قاد الفريق إلى نهائي المسابقة .')).toEqual([]);
    expect(names('تعاقد النادي مع اللاعب الدولي لكولمار ديسن الحالي للمباراة القادمة .')).toEqual([]);
  });

  it('keeps a player coached, whose name opens with a given name', () => {
    expect(names('وقال المدرب السابق لمحمد الكعبي إن اللاعب جاهز للمباراة .')).toEqual(['محمد الكعبي']);
  });
});

describe('the team a club meets or beats (team-slots.ts)', () => {
  it('is no person', () => {
    expect(names('و يذكر ان الترجي يواجه فالورا باماكو في ذهاب الدور الثاني من المباراة .')).toEqual([]);
    expect(names('فاز النادي الصفاقسي على ريفرز كاتانغا في مباراة الذهاب .')).toEqual([]);
  });

  it('keeps players that meet or beat each other', () => {
    expect(names('فاز النجم رافائيل نادال على روجر فيدرر في المباراة النهائية .')).toEqual(['رافائيل نادال', 'روجر فيدرر']);
    expect(names('رافائيل نادال يواجه روجر فيدرر في المباراة النهائية .')).toEqual(['رافائيل نادال', 'روجر فيدرر']);
  });
});

describe('a club across a fixture dash from another club (team-slots.ts)', () => {
  it('is no person', () => {
    expect(names('برنامج المباريات : الملعب التونسي - الأولمبي المنزلي - نادي رادس الجديد .')).toEqual([]);
  });
});

describe('a club a slot shows, again after "مع" (team-slots.ts)', () => {
  it('is no person at either mention', () => {
    expect(names('تعاقد النادي مع اللاعب الدولي الألماني لكولمار ديسن الحالي وأرسنال السابق سيرج غنابري . وسجل غنابري 11 هدفا في المباراة مع كولمار ديسن .')).toEqual(['سيرج غنابري']);
  });
});

describe('the first team of a fixture list run together (club-names.ts)', () => {
  it('is no person, its nationality misspelled', () => {
    expect(names('مباريات الليلة : بورتو ليندا البرتغالي - فالنسيا الإسباني كلوب مارينو إيطالي - أبويل نيقوسيا القبرصي .')).toEqual([]);
  });
});
