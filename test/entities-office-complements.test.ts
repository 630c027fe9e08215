import { describe, expect, it } from 'vitest';
import { heldOffice, titledPersons } from './helpers/entity-people.js';

// Offices whose complement is a place's proper name or a word no list knows, and the governor
// behind a clitic, on made-up news sentences (all people invented). The first text is the title.

describe('the governor behind a clitic', () => {
  it('reads "ووالي" and "بوالي" as the office when written with ي', () => {
    expect(heldOffice('كمال الفرجاني', 'اجتماع', 'وحضر الاجتماع سامي النجار ووالي سوسة كمال الفرجاني.')).toEqual([true, 'والي سوسة']);
    expect(heldOffice('كمال الفرجاني', 'لقاء', 'والتقى الوزير سامي النجار بوالي القصرين كمال الفرجاني.')).toEqual([true, 'والي القصرين']);
  });
  it('leaves "ووالى" (and he kept on) a verb', () => {
    expect(titledPersons('اجتماع', 'وقد اجتمع سامي النجار ووالى اجتماعاته مع الوفد.').map((e) => e.official)).toEqual([false]);
  });
});

describe('a place the office governs, then the holder', () => {
  it('takes one word no list knows, before a given name and more, for the place', () => {
    expect(heldOffice('أحمد القطاني', 'تصريح', 'وقال حاكم كاليدونيا أحمد القطاني إن الخطة جاهزة.')).toEqual([true, 'حاكم كاليدونيا']);
    expect(heldOffice('سامي الورداني', 'تصريح', 'وقال سفير لوريتانيا سامي الورداني إن الزيارة ناجحة.')).toEqual([true, 'سفير لوريتانيا']);
  });
  it('ends the office after "ل" + a place\'s proper name', () => {
    expect(heldOffice('أحمد الموصلي', 'لقاء', 'وقال حاكم سابق لتكساس أحمد الموصلي إن الوضع خطير.')).toEqual([true, 'حاكم سابق لتكساس']);
    expect(heldOffice('بشير الموصلي', 'لقاء', 'وقال حاكم سابق لتكساس بشير الموصلي إن الوضع خطير.')).toEqual([true, 'حاكم سابق لتكساس']);
    // (Only a given name opens the holder's name there: the rest of a town's name goes on.)
    expect(heldOffice('سليم الغودي', 'تعيين', 'وأكد المعتمد الجديد لجربة ميدون سليم الغودي عزمه على العمل.')).toEqual([true, 'المعتمد الجديد لجربة ميدون']);
  });
  it('ends the office after "من" + a place, so a list keeps both holders apart', () => {
    const text = 'وافتتح المعرض بحضور كل من سناتور سابق من بنسلفانيا بشير الحموي والناطق الرسمي باسم وزارة الدفاع رياض الزكاري.';
    expect(heldOffice('بشير الحموي', 'المعرض', text)).toEqual([true, 'سناتور سابق من بنسلفانيا']);
    expect(heldOffice('رياض الزكاري', 'المعرض', text)).toEqual([true, 'الناطق الرسمي باسم وزارة الدفاع']);
  });
  it('reads the same in a headline quote', () => {
    expect(heldOffice('طارق الموصلي', 'سناتور سابق من بنسلفانيا طارق الموصلي : لن نتراجع', 'وأضاف أن الخطة جاهزة.')).toEqual([true, 'سناتور سابق من بنسلفانيا']);
  });
  it('ends the office after a place right after its head, before a given name or a two-word name', () => {
    expect(heldOffice('جون كوبيتش', 'تصريح', 'وقال حاكم أوهايو جون كوبيتش إن الخطة جاهزة.')).toEqual([true, 'حاكم أوهايو']);
    expect(heldOffice('إيفا كوبيتش', 'تصريح', 'وقال حاكم أوهايو إيفا كوبيتش إن الخطة جاهزة.')).toEqual([true, 'حاكم أوهايو']);
    // (The head of a town's compound name goes on: "سيدي علي بن عون" is the town.)
    expect(heldOffice('سامي الورغي', 'تعيين', 'وقال معتمد سيدي علي بن عون سامي الورغي إن الخطة جاهزة.')).toEqual([true, 'معتمد سيدي علي بن عون']);
  });
});

describe('the next entry of a list, "و" glued to a name an office follows', () => {
  it('takes the name between the comma and the office', () => {
    const arabic = 'وشارك في الاجتماع وزير الصحة سامي الحداد، وسمية الورغي وزيرة الخارجية السابقة.';
    expect(heldOffice('سمية الورغي', 'اجتماع', arabic)).toEqual([true, 'وزيرة الخارجية السابقة']);
    const foreign = 'وشارك في الاجتماع وزير الصحة سامي الحداد، وكارين هولمبرغ الأمين العام للمنظمة.';
    expect(heldOffice('كارين هولمبرغ', 'اجتماع', foreign)).toEqual([true, 'الأمين العام للمنظمة']);
  });
  it('leaves a verb with "و" after the comma alone', () => {
    expect(titledPersons('زيارة', 'وزار سامي الحداد المعبد، ويتصدر المعبد تمثال للملكة.').map((e) => e.name)).toEqual(['سامي الحداد']);
  });
});
