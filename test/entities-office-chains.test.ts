import { describe, expect, it } from 'vitest';
import { person } from './helpers/entity-people.js';

// An office whose complement runs long before the holder's name (all people and bodies invented).
describe('long office complements before the holder', () => {
  it('lets a body\'s noun of members the news seldom writes govern its genitive', () => {
    const dealers = person('رمضان العمر', 'أكد رئيس نقابة وكلاء بيع اللحوم والدواجن بالجملة رمضان العمر في مداخلة إذاعية أن الأسعار ستنخفض.');
    expect([dealers.official, dealers.role]).toEqual([true, 'رئيس نقابة وكلاء بيع اللحوم والدواجن بالجملة']);
    const sellers = person('حلمي بكور', 'قال رئيس نقابة باعة الجملة حلمي بكور إن الأسعار ستنخفض.');
    expect([sellers.official, sellers.role]).toEqual([true, 'رئيس نقابة باعة الجملة']);
  });

  it('takes a title word with the article after such a noun as its genitive, no honorific', () => {
    const found = person('هشام عثمان', 'اكد رئيس لجنة احباء النجم الرياضي بالمتلوي هشام عثمان في تصريح ان الفريق جاهز.');
    expect([found.official, found.role]).toEqual([true, 'رئيس لجنة احباء النجم الرياضي بالمتلوي']);
  });

  it('joins a second verbal noun or plural with "و" that shares the genitive or the body\'s aim', () => {
    const markets = person('رمضان حسين', 'أكد رئيس هيئة تنظيم وتطوير الأسواق المالية رمضان حسين أن البورصة مستقرة.');
    expect([markets.official, markets.role]).toEqual([true, 'رئيس هيئة تنظيم وتطوير الأسواق المالية']);
    const staff = person('حلمي الحمصي', 'قال رئيس نقابة عملة وإطارات البلديات بسوسة حلمي الحمصي إن الإضراب قائم.');
    expect([staff.official, staff.role]).toEqual([true, 'رئيس نقابة عملة وإطارات البلديات بسوسة']);
    const aims = person('هشام الموصلي', 'قال رئيس جمعية حماية المستهلك وتأطير المواطن هشام الموصلي إن الأسعار مرتفعة.');
    expect([aims.official, aims.role]).toEqual([true, 'رئيس جمعية حماية المستهلك وتأطير المواطن']);
  });

  it('keeps a clause that opens with "و" + a verb out of the office', () => {
    const found = person('هشام الموصلي', 'التقى رئيس هيئة مراقبة الأسواق هشام الموصلي وقال الرئيس إن الوضع مستقر.');
    expect([found.official, found.role]).toEqual([true, 'رئيس هيئة مراقبة الأسواق']);
  });

  it('starts the holder\'s name at "عبد" deep in a chain of indefinite nouns', () => {
    const found = person('عبد الله الصالح', 'قال رئيس جمعية طب ثقافة عبد الله الصالح إن المهرجان انطلق.');
    expect([found.official, found.role]).toEqual([true, 'رئيس جمعية طب ثقافة']);
  });
});

describe('an office\'s body named in quotes', () => {
  it('takes the quoted name after "ل" + the body\'s head', () => {
    const found = person('ضرغام البكور', 'قال الممثل القانوني لشركة "نجمة" ضرغام البكور إن الشركة بريئة.');
    expect([found.official, found.role]).toEqual([true, 'الممثل القانوني لشركة "نجمة"']);
  });

  it('reads a Maghreb given name in "ل" right after the closing quote as the holder\'s', () => {
    const found = person('لزهر الحسني', 'أكد الرئيس المدير العام لشركة "نور للسياحة" لزهر الحسني أن الموسم واعد.');
    expect([found.official, found.role]).toEqual([true, 'الرئيس المدير العام لشركة "نور للسياحة"']);
  });
});

describe('a matter in charge set off by commas', () => {
  it('keeps "، مكلف ب..." in the office of a secretary of state', () => {
    const found = person('علي السحار', 'أوضح كاتب الدولة لدى وزير التجهيز، مكلف بالإسكان، علي السحار، أن المشاريع متواصلة.');
    expect([found.official, found.role]).toEqual([true, 'كاتب الدولة لدى وزير التجهيز، مكلف بالإسكان']);
  });
});

describe('a body\'s aim and a regional seat', () => {
  it('takes "في" + its object after a verbal noun that governs "في"', () => {
    const found = person('هشام حوراني', 'أكد المدير العام للوكالة الوطنية للتصرف في المياه هشام حوراني أن المحطات جاهزة.');
    expect([found.official, found.role]).toEqual([true, 'المدير العام للوكالة الوطنية للتصرف في المياه']);
  });

  it('ends the office after a seat named with a town\'s head behind "ب"', () => {
    const found = person('ساري عثمان', 'أكد المندوب الجهوي للتربية بسيدي بوزيد ساري عثمان أن الامتحانات ستجرى في موعدها.');
    expect([found.official, found.role]).toEqual([true, 'المندوب الجهوي للتربية بسيدي بوزيد']);
  });
});

describe('a hospital named after a person', () => {
  it('takes the namesake\'s two words into the office when the holder\'s given name follows', () => {
    const definite = person('علي الصالح', 'قال مدير مستشفى الحبيب قرطاس علي الصالح إن الوضع مستقر.');
    expect([definite.official, definite.role]).toEqual([true, 'مدير مستشفى الحبيب قرطاس']);
    const bare = person('لطفي الخليفي', 'أفاد رئيس قسم الاستعجالي بمستشفى فرحات قرطاس لطفي الخليفي بأن الحالات مستقرة.');
    expect([bare.official, bare.role]).toEqual([true, 'رئيس قسم الاستعجالي بمستشفى فرحات قرطاس']);
  });
});

describe('a portfolio of relations', () => {
  it('takes "مع" + a plural in the construct state and its genitive', () => {
    const found = person('هشام العمر', 'وقال نائب رئيس الحركة المكلف بالعلاقة مع مجالس الشورى الجهوية هشام العمر إن الاجتماع انعقد.');
    expect([found.official, found.role]).toEqual([true, 'نائب رئيس الحركة المكلف بالعلاقة مع مجالس الشورى الجهوية']);
  });
});

describe('the chargé d\'affaires', () => {
  it('is an office of two words, and one behind "ب" is the person met, not the subject\'s office', () => {
    const found = person('هشام دياب', 'التقى وزير الخارجية بالقائم بالأعمال العراقي هشام دياب، وتناول اللقاء العلاقات الثنائية.');
    expect([found.official, found.role]).toEqual([true, 'القائم بالأعمال العراقي']);
    const plain = person('جون سميث', 'وقال القائم بأعمال السفارة الأمريكية جون سميث إن الزيارة مهمة.');
    expect([plain.official, plain.role]).toEqual([true, 'القائم بأعمال السفارة الأمريكية']);
  });
});
