import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

// Appointment lists "تعيين كل من : name : office name : office ..." whose line breaks were lost, so
// that every entry runs on into the next in one paragraph (colon-list-entries.ts, role-after.ts,
// office-start.ts), on made-up sentences (all people invented).
const roles = (...texts: string[]): Array<[string, boolean, string | null]> =>
  people(...texts)
    .map((e): [string, boolean, string | null] => [e.name, e.official, e.role])
    .sort((a, b) => a[0].localeCompare(b[0]));

const sorted = (entries: Array<[string, boolean, string | null]>): Array<[string, boolean, string | null]> => [...entries].sort((a, b) => a[0].localeCompare(b[0]));

describe('appointment lists "name : accusative office" run together on one line', () => {
  it('gives each appointee the office after his own colon, not the one before his name', () => {
    const text = 'أعلنت وزارة الفلاحة في بلاغ لها عن تعيين كل من :\nسامي الورتاني : مديرا عاما للموارد المائية نادية القلال : مكلفة بمأمورية بديوان وزير الفلاحة منير الحمامي : مديرا جهويا للفلاحة بباجة رضا الكافي : رئيسا مديرا عاما للشركة الجهوية للنقل بقابس';
    expect(roles(text)).toEqual(
      sorted([
        ['سامي الورتاني', true, 'مديرا عاما للموارد المائية'],
        ['نادية القلال', true, 'مكلفة بمأمورية بديوان وزير الفلاحة'],
        ['منير الحمامي', true, 'مديرا جهويا للفلاحة بباجة'],
        ['رضا الكافي', true, 'رئيسا مديرا عاما للشركة الجهوية للنقل بقابس'],
      ]),
    );
  });

  it('reads two entries, a town complement ("بمنوبة") and a feminine office', () => {
    expect(roles('قررت وزارة الصحة تعيين كل من : حسان بن عمار : مديرا للمستشفى الجهوي بمنوبة ليلى الدريدي : مديرة للصحة الأساسية')).toEqual(
      sorted([
        ['حسان بن عمار', true, 'مديرا للمستشفى الجهوي بمنوبة'],
        ['ليلى الدريدي', true, 'مديرة للصحة الأساسية'],
      ]),
    );
  });

  it('reads names of three and four words with "بن", and a governor "واليا على"', () => {
    expect(roles('أعلنت رئاسة الحكومة عن تعيين كل من : محمد الهادي بن صالح : مديرا عاما للديوانة سلوى بن يوسف : مكلفة بمأمورية بديوان رئيس الحكومة عبد الرزاق الطرابلسي : واليا على قبلي')).toEqual(
      sorted([
        ['محمد الهادي بن صالح', true, 'مديرا عاما للديوانة'],
        ['سلوى بن يوسف', true, 'مكلفة بمأمورية بديوان رئيس الحكومة'],
        ['عبد الرزاق الطرابلسي', true, 'واليا على قبلي'],
      ]),
    );
  });

  it('reads six entries, the last office as long as seven words', () => {
    const text =
      'أصدر وزير الداخلية قرارا بتعيين كل من : فتحي الزواري : معتمدا أول بولاية نابل منية الغربي : مديرة للشؤون القانونية عماد بن حسين : معتمدا بالمنيهلة أحمد بن علي الصغير : مديرا عاما للأمن الوطني سعاد الكعبي : مكلفة بمأمورية بديوان وزير الداخلية وليد القربي : رئيسا مديرا عاما للشركة الجهوية للنقل بسليانة';
    expect(roles(text)).toEqual(
      sorted([
        ['فتحي الزواري', true, 'معتمدا أول بولاية نابل'],
        ['منية الغربي', true, 'مديرة للشؤون القانونية'],
        ['عماد بن حسين', true, 'معتمدا بالمنيهلة'],
        ['أحمد بن علي الصغير', true, 'مديرا عاما للأمن الوطني'],
        ['سعاد الكعبي', true, 'مكلفة بمأمورية بديوان وزير الداخلية'],
        ['وليد القربي', true, 'رئيسا مديرا عاما للشركة الجهوية للنقل بسليانة'],
      ]),
    );
  });

  it('keeps the last entry\'s office after two entries with offices of seven words', () => {
    const text = 'قررت وزارة النقل تعيين كل من : كريم سالم : رئيسا مديرا عاما للشركة الجهوية للنقل بنابل عادل الورغي : رئيسا مديرا عاما للشركة الجهوية للنقل بقفصة';
    expect(roles(text)).toEqual(
      sorted([
        ['كريم سالم', true, 'رئيسا مديرا عاما للشركة الجهوية للنقل بنابل'],
        ['عادل الورغي', true, 'رئيسا مديرا عاما للشركة الجهوية للنقل بقفصة'],
      ]),
    );
  });

  it('reads a previous entry whose family name the tagger misses ("ميلاد") as an entry still', () => {
    const found = people('تعيين كل من : سمير ميلاد : مديرا عاما للطيران المدني منصف بن سالم : مكلفا بمأمورية بديوان وزير النقل');
    expect(found.find((e) => e.name === 'منصف بن سالم')).toMatchObject({ official: true, role: 'مكلفا بمأمورية بديوان وزير النقل' });
  });

  it('finds the first appointee between the list\'s colon and his own when the tagger misses his name', () => {
    expect(roles('وأعلنت الوزارة تعيين كل من : رياض الحمايدي : مديرا جهويا للتجهيز بالكاف نجوى العياري : مديرة عامة للبنك الوطني للجينات')).toEqual(
      sorted([
        ['رياض الحمايدي', true, 'مديرا جهويا للتجهيز بالكاف'],
        ['نجوى العياري', true, 'مديرة عامة للبنك الوطني للجينات'],
      ]),
    );
    expect(people('تعيين كل من : سمير ميلاد : مديرا عاما للطيران المدني منصف بن سالم : مكلفا بمأمورية بديوان وزير النقل').find((e) => e.name === 'سمير ميلاد')).toMatchObject({ official: true, role: 'مديرا عاما للطيران المدني' });
    // (A headline "office : quote" with no further entry finds no such name.)
    expect(people('وزير الفلاحة : سمير ميلاد : مديرا للمشروع').map((e) => e.name)).not.toContain('ميلاد');
  });

  it('reads entries set off by a dash before an accusative or feminine office alike', () => {
    expect(roles('تم تعيين كل من : كمال الحمايدي - مديرا جهويا للتجهيز بالكاف نجوى العياري - مديرة عامة للبنك الوطني للجينات منير بن علي - معتمدا بالمنيهلة')).toEqual(
      sorted([
        ['كمال الحمايدي', true, 'مديرا جهويا للتجهيز بالكاف'],
        ['نجوى العياري', true, 'مديرة عامة للبنك الوطني للجينات'],
        ['منير بن علي', true, 'معتمدا بالمنيهلة'],
      ]),
    );
  });

  it('still reads one entry a line', () => {
    const lines = ['وقرر رئيس الحكومة تعيين كل من :', 'كريم بن عاشور : مديرا جهويا للتربية ببنزرت', 'هالة المرزوقي : مديرة عامة للوكالة الوطنية للتشغيل', 'نبيل الشابي : واليا على قبلي'];
    expect(roles(...lines)).toEqual(
      sorted([
        ['كريم بن عاشور', true, 'مديرا جهويا للتربية ببنزرت'],
        ['هالة المرزوقي', true, 'مديرة عامة للوكالة الوطنية للتشغيل'],
        ['نبيل الشابي', true, 'واليا على قبلي'],
      ]),
    );
  });
});

describe('"مكلف بمأمورية" (chargé de mission), a cabinet post', () => {
  it('takes the title with or without the article for an office, and no other indefinite "مكلف"', () => {
    expect(people('وقال المكلف بمأمورية بديوان وزير الصحة سامي القروي إن الحملة انطلقت.').find((e) => e.name === 'سامي القروي')).toMatchObject({
      official: true,
      role: 'المكلف بمأمورية بديوان وزير الصحة',
    });
    expect(people('وأكد سامي القروي أنه مكلف بمتابعة الملف.').find((e) => e.name === 'سامي القروي')).toMatchObject({ official: false, role: null });
  });
});

describe('appointment lists whose first entry opens a line of its own', () => {
  it('reads the first appointee whose family name is a common word, after the line "تعيين كل من :"', () => {
    const text = 'أعلنت وزارة التجهيز عن تعيين كل من :\nنبيل ميلاد : مديرا عاما للطرقات سهام الكافي : مكلفة بمأمورية بديوان وزير التجهيز';
    expect(roles(text)).toContainEqual(['نبيل ميلاد', true, 'مديرا عاما للطرقات']);
  });
});
