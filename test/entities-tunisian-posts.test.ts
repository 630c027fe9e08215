import { describe, expect, it } from 'vitest';
import { titledPerson as person, heldOffice as held } from './helpers/entity-people.js';
import type { Block } from '../src/article/model.js';
import { extractEntities } from '../src/entities/extract.js';
import { officePhraseEnd } from '../src/entities/office-phrase.js';
import { tokenize } from '../src/entities/tokenize.js';

// Party, regional and apposed posts in Tunisian-style news, on made-up sentences (all people invented).
// The first text is the article's title.
describe('Tunisian party and regional posts', () => {
  it('takes a leading member of a party or movement ("القيادي في", "القيادية بـ") for an official with that role', () => {
    const leader = person('سالم العياري', 'الحزب يستعد للانتخابات', 'انتقد القيادي في حزب الأمل من أجل الوطن،سالم العياري أداء الحكومة.');
    expect([leader.official, leader.role]).toEqual([true, 'القيادي في حزب الأمل من أجل الوطن']);
    const woman = person('هندة الكافي', 'الحزب يستعد للانتخابات', 'وأكدت القيادية بحركة الأمل هندة الكافي أن الحزب جاهز.');
    expect([woman.official, woman.role]).toEqual([true, 'القيادية بحركة الأمل']);
  });

  it('takes a party named by a bare noun and its country after a leading member ("القيادي في أمل تونس", "القيادي بأمل تونس")', () => {
    const leader = person('سالم العياري', 'الحزب يستعد للانتخابات', 'وقال القيادي في أمل تونس سالم العياري إن الحزب جاهز.');
    expect([leader.official, leader.role]).toEqual([true, 'القيادي في أمل تونس']);
    const other = person('هشام الكافي', 'الحزب يستعد للانتخابات', 'وأكد القيادي بأمل تونس، هشام الكافي، أن الحزب جاهز.');
    expect([other.official, other.role]).toEqual([true, 'القيادي بأمل تونس']);
  });

  it('runs a regional office on over "ب" + the town of its branch that no list knows', () => {
    const tokens = tokenize('في قضية المنسق الجهوي لحركة الأمل بتطاوين، كمال نقض.');
    const head = tokens.findIndex((token) => token.text === 'المنسق');
    expect(tokens[officePhraseEnd(tokens, head) - 1].text).toBe('بتطاوين');
    const coordinator = person('كمال نقض', 'تأجيل قضية نقض', 'وتحدث الكاتب عن الحكم الصادر في قضية المنسق الجهوي لحركة الأمل بتطاوين، كمال نقض.');
    expect([coordinator.official, coordinator.role]).toEqual([true, 'المنسق الجهوي لحركة الأمل بتطاوين']);
    // Not a word with a meaning of its own ("بالمناسبة", "بنجاح"), nor a town the phrase is not closed on.
    const other = tokenize('وقال المنسق الجهوي لحركة الأمل بنجاح الحملة.');
    expect(other[officePhraseEnd(other, 1) - 1].text).not.toBe('بنجاح');
  });

  it('gives a plain member of a party no post', () => {
    const member = person('منير الفرجاني', 'الحزب يستعد للانتخابات', 'وقال منير الفرجاني، عضو حزب الأمل من أجل الوطن، إن الحزب جاهز.');
    expect([member.official, member.role]).toEqual([false, null]);
    // A member of a body with seats or a bureau holds one.
    expect(person('منير الفرجاني', 'الحزب يستعد للانتخابات', 'وقال منير الفرجاني، عضو المكتب السياسي لحزب الأمل، إن الحزب جاهز.').official).toBe(true);
  });

  it('takes a nationality set off by commas after an office into the role of the name after it', () => {
    const premier = person('كريم سعدي', 'زيارة إلى الجزائر', 'ويؤدي الوفد زيارة إلى الجزائر بدعوة من الوزير الأول، الجزائري، كريم سعدي.');
    expect([premier.official, premier.role]).toEqual([true, 'الوزير الأول، الجزائري']);
  });

  it('ends a representative\'s office before "عن" + what the sentence speaks about', () => {
    const representative = person('رضا الطرابلسي', 'كواليس الاستقالة', 'تحدث رضا الطرابلسي، الممثل القانوني لحركة الأمل عن كواليس استقالته من الديوان.');
    expect(representative.role).toBe('الممثل القانوني لحركة الأمل');
    // "عن" + the party or district an MP sits for stays in the office.
    expect(person('رضا الطرابلسي', 'كواليس الاستقالة', 'قال رضا الطرابلسي، النائب عن دائرة سوسة إن الحزب بخير.').role).toBe('النائب عن دائرة سوسة');
  });

  it('reads a noun of leadership before a name ("بزعامة", "برئاسة") as who leads, no part of the name or of an office', () => {
    const names = (text: string): string[] => extractEntities([{ kind: 'paragraph', text, direction: 'rtl' }]).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(names('وفاز حزب الأمل بزعامة المنصف الورتاني بالانتخابات.')).toEqual(['المنصف الورتاني']);
    expect(names('وتشكلت حكومة برئاسة الحبيب الورتاني.')).toEqual(['الحبيب الورتاني']);
    // The ruling party's leader is no complement of "الحاكم" (ruler), and a known officeholder stays one.
    expect(names('وتصدر حزب الأمل الحاكم برئاسة كمال الدريدي نتائج الانتخابات.')).toEqual(['كمال الدريدي']);
    expect(person('يوسف الشاهد', 'اجتماع وزاري', 'وانعقد الاجتماع برئاسة يوسف الشاهد.').official).toBe(true);
    // "برئاسة الجمهورية" is a body in an office.
    expect(person('نور الدين العياري', 'تصريح', 'وقال المستشار برئاسة الجمهورية نور الدين العياري إن الوضع صعب.').role).toBe('المستشار برئاسة الجمهورية');
  });

  it('takes the name after "و" + a naming verb said of a nationality used as a noun, not of a thing', () => {
    expect(person('عقيل', 'جريمة في نيس', 'وقرر التونسي ويدعى عقيل ويبلغ من العمر 27 عاما التخلص من صديقته.').official).toBe(false);
    const names = (text: string): string[] => extractEntities([{ kind: 'paragraph', text, direction: 'rtl' }]).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(names('وأسست شركة أمريكية تدعى فيرلوكس تطبيقا جديدا.')).toEqual([]);
  });

  it('ends an office before a rare word with the article that opens a name with a bare family name (ANT text)', () => {
    const delegate = person('الخمسي بكار', 'تعويض النيابة الخصوصية', 'وتم تعويضها بنيابة جديدة برئاسة معتمد الجهة الخمسي بكار وتعيين مديرين الجهويين كأعضاء.');
    expect([delegate.official, delegate.role]).toEqual([true, 'معتمد الجهة']);
    // An adjective of the office before a name that opens with its given name stays in the office.
    expect(person('محمد العياري', 'تصريح', 'وقال وزير التجهيز والتهيئة الترابية محمد العياري إن الوضع صعب.').role).toBe('وزير التجهيز والتهيئة الترابية');
  });

  it('takes each entry of a list of appointments opened by dashes (a name, then its office) for a person', () => {
    const list = '-كمال الفرجاني مدير مهرجان الحمامات لسنة 2014- سنية الورتاني مديرة مهرجان قرطاج لسنة 2014 - درة بوشناق مديرة أيام قرطاج السينمائية لسنة 2014- حمدي مخلوف مدير أيام قرطاج الموسيقية لسنة 2014';
    for (const name of ['سنية الورتاني', 'درة بوشناق']) expect(person(name, 'تعيينات', list).official).toBe(true);
  });

  it('gives the plural or dual office of a body to each MP of the list after it (comma, "على غرار", "من بينهم")', () => {
    const two = 'وصوت ضد الحكومة نائبا مستقلان على غرار نائبي حركة الأمل، كمال العياري وسامي الورتاني.';
    for (const name of ['كمال العياري', 'سامي الورتاني']) expect(person(name, 'التصويت', two).role).toBe('نائبي حركة الأمل');
    const such = 'بمشاركة عدد من نواب مجلس الشعب على غرار كمال العياري عن التيار الديمقراطي وسامي الورتاني عن الجبهة.';
    // (Each one listed holds one seat, the singular with the body: this test read "نواب" before, the error fixed.)
    for (const name of ['كمال العياري', 'سامي الورتاني']) expect([person(name, 'مسيرة', such).official, person(name, 'مسيرة', such).role]).toEqual([true, 'نائب مجلس الشعب']);
    // Not a list of people who hold no office.
    expect(person('كمال العياري', 'حفل', 'وحضر عدد من الفنانين على غرار كمال العياري وسامي الورتاني.').official).toBe(false);
  });

  it('takes a bare title set off by commas on both sides of a full name for its apposition', () => {
    const envoy = person('جمعة محمد سالم الكعبي', 'الهجوم', 'ولم يشر البيان إلى حالة السفير، جمعة محمد سالم الكعبي، أو عدد المصابين.');
    expect([envoy.official, envoy.role]).toEqual([true, 'السفير']);
    // Without the closing comma the title is no apposition.
    expect(person('محمد العياري', 'تصريح', 'وقال الوزير، محمد العياري إن الوضع صعب.').official).toBe(false);
  });

  it('leaves the first word of a quote out of the full name it runs onto, when the article gives that name alone', () => {
    const names = extractEntities([
      { kind: 'title', text: 'سلوى الحمروني تعلق على الحكم : "نسيتو كمال العياري والمافيات"', direction: 'rtl' },
      { kind: 'paragraph', text: 'وأشارت سلوى الحمروني إلى ملف كمال العياري وعدم التوصل إلى الحقيقة.', direction: 'rtl' },
    ]).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(names).toContain('كمال العياري');
    expect(names.some((name) => name.includes('نسيتو'))).toBe(false);
  });

  it('reads an office written with "ه" (his), not "ة", as complete: the name after it is its holder', () => {
    const head = person('كمال العياري', 'قرض جديد', 'ويمنح الصندوق العربي القرض ممثلا في رئيسه كمال العياري بقيمة مليار دولار.');
    expect([head.official, head.role]).toEqual([true, 'رئيسه']);
  });
});

// Trades, helpers and epithets that look like offices (Maghreb sport, local and political news).

describe('trades and helpers that hold no office', () => {
  it('takes the assistant coach ("المدرب المساعد لـ", "مساعد المدرب") and a bare aide ("مساعده") for no official', () => {
    expect(held('كمال الدريدي', 'الفريق يستعد للمباراة', 'وتحدث المدرب المساعد للنادي الإفريقي كمال الدريدي عن حالة اللاعبين.')).toEqual([false, null]);
    expect(held('كمال الدريدي', 'الفريق يستعد للمباراة', 'وأكد مساعد المدرب كمال الدريدي أن الفريق جاهز.')).toEqual([false, null]);
    expect(held('منير الصيادي', 'تغيير في الإطار الفني', 'قررت الهيئة إقالة المدرب وتكليف مساعده منير الصيادي بتدريب الفريق.')).toEqual([false, null]);
    // (An aide with his body is one: "مساعد وزير الخارجية".)
    expect(held('رياض الغربي', 'زيارة رسمية', 'وأكد مساعد وزير الخارجية رياض الغربي أن الزيارة ناجحة.')[0]).toBe(true);
  });

  it('takes a guide named by his field ("المرشد الديني") for a trade, not "المرشد الأعلى"', () => {
    expect(held('صالح المناعي', 'وصول الحجيج', 'أكد المرشد الديني صالح المناعي أن الحجيج في صحة جيدة.')).toEqual([false, null]);
  });

  it('takes the spokesman of protesters and a business agent for no official', () => {
    expect(held('لطفي الحامدي', 'احتجاجات في الجهة', 'وقال المتحدث باسم المحتجين لطفي الحامدي إن التحركات ستتواصل.')).toEqual([false, null]);
    expect(held('عادل الزرقي', 'انتقالات', 'وأكد وكيل أعمال اللاعب عادل الزرقي أن العرض مرفوض.')[1]).toBeNull();
  });

  it('takes the guardian of one of the protesters ("ولي أحد المحتجين") for no official', () => {
    expect(held('صالح الدريدي', 'احتجاج التلاميذ', 'كما قال ولي احد المحتجين، صالح الدريدي، إن الوضع لا يحتمل.')).toEqual([false, null]);
  });
});

describe('epithets and counting words around an office', () => {
  it('gives "الزعيم" before a name as no office, and the leader named in memory of his death no official (historical-frames.ts)', () => {
    expect(held('منصف الحداد', 'إحياء ذكرى', 'أحيت الجهة ذكرى وفاة الزعيم منصف الحداد .')).toEqual([false, null]);
  });

  it('leaves "آخرين" (other) out of a plural office', () => {
    expect(held('سامي الفرجاني', 'استقالات في الكتلة', 'وأكد أن ثلاثة نواب آخرين (سامي الفرجاني ومراد الخياري وهادي العلوي) قدموا استقالاتهم.')[1]).toBe('نائب');
  });
});

describe('offices written with what surrounds them (Maghreb news)', () => {
  it('keeps "عن العمل" after the unemployed in a body\'s name, and stops before "لمراسلة" + the radio', () => {
    expect(held('نبيل القاسمي', 'وقفة احتجاجية', 'وقال نبيل القاسمي رئيس جمعية المعطلين عن العمل بقفصة لمراسلة الإذاعة إن الوقفة سلمية.')[1]).toBe('رئيس جمعية المعطلين عن العمل بقفصة');
  });

  it('keeps the number of a government named after its head ("حكومة فلان 2")', () => {
    expect(held('سالم الورتاني', 'السيرة الذاتية', 'ولد سالم الورتاني، وزير التجهيز في حكومة الصيد 2، سنة 1970.')[1]).toBe('وزير التجهيز في حكومة الصيد 2');
  });

  it('ends the office before "و المكلف بـ" + a task of the moment ("بمتابعة هذا الملف")', () => {
    expect(held('هشام البوزيدي', 'قضية النادي', 'وأكد هشام البوزيدي رئيس اللجنة القانونية بالنادي و المكلف بمتابعة هذا الملف أن الاستئناف جاهز.')[1]).toBe('رئيس اللجنة القانونية بالنادي');
  });

  it('gives each entry of a "name : office" list without commas its own office', () => {
    const text = 'وتتكون الهيئة من : سامي الحداد : رئيس الجمعية كريم الزواري : أمين المال هادي بن سالم : كاتب عام';
    expect(held('سامي الحداد', 'انتخاب الهيئة', text)[1]).toBe('رئيس الجمعية');
    expect(held('كريم الزواري', 'انتخاب الهيئة', text)[1]).toBe('أمين المال');
    expect(held('هادي بن سالم', 'انتخاب الهيئة', text)[1]).toBe('كاتب عام');
  });

  it('reads through the courtesy "الزميلة" and "ومؤسسها" between the office and the name', () => {
    expect(held('سعاد الورغي', 'وفاة', 'توفيت نقيبة الصحفيين الزميلة سعاد الورغي مساء اليوم.')).toEqual([true, 'نقيبة الصحفيين']);
    expect(held('عمر الزغلامي', 'مؤتمر الحركة', 'وسلم رئيس الحركة ومؤسسها عمر الزغلامي المشعل للقيادة الجديدة.')).toEqual([true, 'رئيس الحركة']);
    // ("الزميلة والمنشطة ...": "و" + a definite word after a title is a second title, no name.)
    const blocks: Block[] = [{ kind: 'paragraph', text: 'يذكر أن الزميلة والمنشطة الإذاعية المتميزة سعاد الورغي فازت بالجائزة.', direction: 'rtl' }];
    expect(extractEntities(blocks).filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['سعاد الورغي']);
  });

  it('takes "كاهية" (deputy, Tunisian usage) for an office and one who presides ("برئاسة السيد") for an official', () => {
    expect(held('منير الكافي', 'الوضع الصحي', 'وقال منير الكافي كاهية مدير الصحة الأساسية بالكاف إن الوضع عادي.')).toEqual([true, 'كاهية مدير الصحة الأساسية بالكاف']);
    expect(held('رضا الهمامي', 'زيارة', 'أدت هيئة النادي، برئاسة السيد رضا الهمامي، زيارة للاعبها السابق.')).toEqual([true, null]);
  });
});

describe('event coordinators and the second of two holders', () => {
  it('takes the coordinator of an event ("المنسق العام للدورة") for no official', () => {
    expect(held('نبيل العياشي', 'ماراطون المدينة', 'وأكد المنسق العام للدورة السيد نبيل العياشي أن السباق سيكون مختلفا.')).toEqual([false, null]);
  });

  it('gives a dual office to both names when "و" stands apart ("النائبين فلان و علان")', () => {
    const text = 'واعتبر أن معارضة النائبين سامي الحداد و كريم الزواري تغيير اسم الكتلة أمر غير منطقي.';
    expect(held('كريم الزواري', 'الكتلة البرلمانية', text)).toEqual([true, 'النائبين']);
  });
});

describe('members with no post, and the secretary general behind "لل"', () => {
  it('takes a member of a students\' union or of an organising committee for no official, not a member of its bureau', () => {
    expect(held('نزار الورفلي', 'تسمم في المطعم الجامعي', 'وفق ما أكده عضو الاتحاد العام لطلبة تونس، نزار الورفلي للإذاعة.')).toEqual([false, null]);
    expect(held('نزار الورفلي', 'احتجاج المحامين', 'وقال نزار الورفلي، عضو اللجنة المنظمة للتحركات الاحتجاجية إنهم راسلوا الوزارة.')).toEqual([false, null]);
    expect(held('نزار الورفلي', 'احتجاج الطلبة', 'وقال عضو المكتب التنفيذي للاتحاد العام لطلبة تونس نزار الورفلي إن الطلبة غاضبون.')).toEqual([true, 'عضو المكتب التنفيذي للاتحاد العام لطلبة تونس']);
  });

  it('reads "للكاتب العام" as ل + the secretary general before his name', () => {
    expect(held('فتحي الغرسلي', 'إضراب عام', 'احتجاجا على طرد الشركة للكاتب العام للنقابة الأساسية بالشركة فتحي الغرسلي.')).toEqual([true, 'الكاتب العام للنقابة الأساسية بالشركة']);
  });
});

describe('the holder "in the person of" ("في شخص")', () => {
  it('gives the office before "في شخص" to the name after it', () => {
    expect(held('منير الكافي', 'قرار المحكمة', 'ويثبت الحكم صفة المدير التنفيذي في شخص منير الكافي.')).toEqual([true, 'المدير التنفيذي']);
  });
});

describe('regional and club posts named by a town', () => {
  it('runs an indefinite post on over "ولاية" + its town after "عام" ("كاتب عام ولاية ...")', () => {
    expect(held('سمير الدالي', 'رخص جديدة', 'أكد كاتب عام ولاية قابس، سمير الدالي اليوم أنه تقرر إسناد رخص.')).toEqual([true, 'كاتب عام ولاية قابس']);
  });

  it('stops at a town\'s proper name before a given name written with "ب" ("بنزرت | بسمة")', () => {
    expect(held('بسمة الكافي', 'غلق روضات', 'أفادت مديرة الشؤون الاجتماعية بولاية بنزرت بسمة الكافي أن الوالي أصدر قرارات.')).toEqual([true, 'مديرة الشؤون الاجتماعية بولاية بنزرت']);
  });

  it('takes the nisba of a town after a club for the club\'s adjective, no given name ("النادي الصفاقسي")', () => {
    expect(held('منصف الفقي', 'إحالة على التأديب', 'قرر المكتب إحالة ملف رئيس النادي البنزرتي منصف الفقي على لجنة التأديب.')).toEqual([true, 'رئيس النادي البنزرتي']);
  });
});

describe('a trade left, no office', () => {
  it('takes one relieved "من منصبه كمدرب" for no official', () => {
    expect(held('كريم الهمامي', 'إقالة المدرب', 'قررت الإدارة إقالة كريم الهمامي من منصبه كمدرب للفريق بسبب سوء النتائج.')).toEqual([false, null]);
    expect(held('كريم الهمامي', 'إقالة المدير', 'قررت الوزارة إعفاء كريم الهمامي من منصبه بسبب سوء النتائج.')).toEqual([true, null]);
  });
});

describe('roles around a talk, a quoted committee and a headline colon', () => {
  it('ends a branch office before "في" + a talk of the speaker ("في مداخلة لها")', () => {
    expect(held('سلمى الورتاني', 'الائتلاف يطالب بالإصلاح', 'أكدت سلمى الورتاني مديرة مكتب تونس لمنظمة "الأمل الدولية" في مداخلة لها اليوم أن الائتلاف مستمر.')).toEqual([true, 'مديرة مكتب تونس لمنظمة "الأمل الدولية"']);
  });

  it('takes a coordination committee ("تنسيقية") and its quoted name into the role, no person', () => {
    const blocks: Block[] = ['الحملة تتواصل', 'وأكدت هالة الميساوي رئيسة تنسيقية "لن نسكت" ضيفة البرنامج أن التنسيقية مستقلة.'].map((text, i) => ({ kind: i === 0 ? 'title' : 'paragraph', text, direction: 'rtl' }));
    const persons = extractEntities(blocks).filter((e) => e.kind === 'person');
    expect(persons.map((e) => [e.name, e.role])).toEqual([['هالة الميساوي', 'رئيسة تنسيقية "لن نسكت"']]);
  });

  it('gives no headline speaker\'s office to the name after the colon when a present verb follows it', () => {
    expect(held('سامي الدريدي', 'عضو نقابة التعليم الثانوي بسوسة : سامي الدريدي يعمل لصالح المال', 'وأضاف أن وزير الصحة سامي الدريدي اتخذ قرارات أحادية.')).toEqual([true, 'وزير الصحة']);
  });
});

describe('a Maghreb given name in "ل" after an office ending in a body', () => {
  it('ends the office before "لسعد" + a family name and keeps the letter in the name', () => {
    expect(held('لسعد الورغي', 'إضراب الأساتذة', 'وفق ما أكده الكاتب العام للنقابة لسعد الورغي.')).toEqual([true, 'الكاتب العام للنقابة']);
    expect(held('لزهر الورغي', 'استقالة مفاجئة', 'وعلق المحلل على استقالة رئيس الحكومة لزهر الورغي.')).toEqual([true, 'رئيس الحكومة']);
  });

  it('opens the name with "لزهر" after an office whose complement ends in a body ("المكلف بالعلاقات مع مجلس نواب الشعب")', () => {
    expect(held('لزهر الحمايدي', 'استقالة مفاجئة', 'وعلق المحلل على استقالة الوزير المكلف بالعلاقات مع مجلس نواب الشعب لزهر الحمايدي.')).toEqual([true, 'الوزير المكلف بالعلاقات مع مجلس نواب الشعب']);
  });
});

describe('offices that stand apart from the name', () => {
  it('gives a plural or dual office set off after a list of names to each one, in the singular', () => {
    const text = 'وحضر الجلسة كل من رضا العمري، سلوى الباجي ونزار الفقي، ممثلي ولاية قفصة في مجلس نواب الشعب.';
    expect(held('سلوى الباجي', 'جلسة استماع', text)).toEqual([true, 'ممثل ولاية قفصة في مجلس نواب الشعب']);
    expect(held('رضا العمري', 'جلسة استماع', text)).toEqual([true, 'ممثل ولاية قفصة في مجلس نواب الشعب']);
    const pair = 'وتضم اللجنة يوسف سالم الكعبي، ومحمد حمد العلي ، عضوي مجلس الشورى ، وخبيرا قانونيا.';
    expect(held('محمد حمد العلي', 'تشكيل لجنة', pair)).toEqual([true, 'عضو مجلس الشورى']);
  });

  it('ends the office before the event its holder speaks at, set off with the name by a comma', () => {
    const text = 'وأكد ممثل وزارة التجارة في هذه الندوة، منير الساحلي، حرص الوزارة على دعم المنتجين.';
    expect(held('منير الساحلي', 'ندوة حول التصدير', text)).toEqual([true, 'ممثل وزارة التجارة']);
  });

  it('takes the town behind "ب" that also spells a common word as the seat of a director\'s office before the name', () => {
    const text = 'وأفاد كاهية مدير الصحة الوقائية بقبلي نبيل الحامدي أن الوضع تحت السيطرة.';
    expect(held('نبيل الحامدي', 'الوضع الصحي', text)).toEqual([true, 'كاهية مدير الصحة الوقائية بقبلي']);
  });
});
