import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

// Where an office phrase is cut short or runs on, on made-up sentences in the grammar of
// Maghreb news (no article text is copied).
const roleOf = (name: string, ...texts: string[]): string | null | undefined => {
  const found = people(...texts).find((e) => e.name === name);
  if (!found) throw new Error(`no person ${name} in ${people(...texts).map((e) => e.name).join(', ')}`);
  return found.role;
};

describe('office phrases cut short', () => {
  it('takes a special rapporteur\'s mandate, "ب" + verbal nouns joined by a detached "و"', () => {
    expect(roleOf('كارين سميث', 'وقالت كارين سميث المقررة الخاصة بحرية التعبير إن الوضع خطير.')).toBe('المقررة الخاصة بحرية التعبير');
    expect(roleOf('جون براون', 'أكد "جون براون"، المقرر الخاص بحماية و تعزيز حقوق الطفل و الحريات العامة بالأمم المتحدة ، في ندوة صحفية أن الوضع صعب.')).toBe('المقرر الخاص بحماية و تعزيز حقوق الطفل و الحريات العامة بالأمم المتحدة');
    expect(roleOf('سامي العياري', 'وقال سامي العياري المدير العام للوكالة الوطنية لتنظيم و تطوير القطاع الفلاحي إن الموسم جيد.')).toBe('المدير العام للوكالة الوطنية لتنظيم و تطوير القطاع الفلاحي');
    // (A verb after the detached "و" opens a clause.)
    expect(roleOf('سامي العياري', 'وقال سامي العياري المدير العام للوكالة بتونس و تحدث عن الوضع.')).toBe('المدير العام للوكالة بتونس');
  });

  it('keeps the seat of a regional office in "في" + a town whose name opens with "بن"', () => {
    expect(roleOf('سامي العياري', 'وأكد سامي العياري، رئيس فرقة الشرطة البلدية في بن عروس لمراسلنا أن الحملة متواصلة.')).toBe('رئيس فرقة الشرطة البلدية في بن عروس');
    expect(roleOf('كريم الهمامي', 'وقال المندوب الجهوي للتربية في بن عروس كريم الهمامي إن الامتحانات انطلقت.')).toBe('المندوب الجهوي للتربية في بن عروس');
  });

  it('runs an accusative office on through its accusative nisba adjectives', () => {
    expect(roleOf('كريم الهمامي', 'وتقرر تعيين: - سامي العياري : كاتبا عامّا بالشركة الوطنية - كريم الهمامي : مديرا عامّا مساعدا تقنيا عملياتيا بالشركة الوطنية للملاحة')).toBe('مديرا عامّا مساعدا تقنيا عملياتيا بالشركة الوطنية للملاحة');
    expect(roleOf('سامي العياري', 'وتم تعيين سامي العياري مديرا عاما مساعدا إداريا ماليا بشركة فسفاط قفصة.')).toBe('مديرا عاما مساعدا إداريا ماليا بشركة فسفاط قفصة');
  });

  it('takes a body\'s own name of several bare words up to the nationality that closes it', () => {
    expect(roleOf('نبيل الهاشمي', 'استقبل الرئيس السيد نبيل الهاشمي، رئيس نادي باريس سان جيرمان الفرنسي بحضور الوزيرة.')).toBe('رئيس نادي باريس سان جيرمان الفرنسي');
    expect(roleOf('كريم العلوي', 'وقال كريم العلوي، مدير شركة فولكس فاغن الألمانية بتونس، إن المصنع جاهز.')).toMatch(/^مدير شركة فولكس فاغن الألمانية/);
  });

  it('reads an office through a quote closed by a slip before the quoted name', () => {
    expect(roleOf('جواو سيلفا', 'حل الرئيس البرتغالي" "جواو سيلفا" اليوم الاثنين بتونس في زيارة دولة. ويرافق الرئيس سيلفا في هذه الزيارة وفد هام.')).toBe('الرئيس البرتغالي');
  });

  it('gives an official the fuller form of his office the article states alone', () => {
    expect(roleOf('سمير الطيب', 'وتوجه النائب بسؤال لوزير الفلاحة والموارد المائية والصيد البحري، خلال جلسة عامة. في المقابل، أكد وزير الفلاحة والموارد المائية، سمير الطيب على أهمية القطاع.')).toBe('وزير الفلاحة والموارد المائية والصيد البحري');
    // ("للشركة" points back to the company the long form names.)
    expect(roleOf('كريم العياري', 'اجتماع حاسم حول شركة "نسيج"', 'أفاد الرئيس المدير العام للشركة، كريم العياري، أن الاجتماع متواصل.', 'ويحضر الاجتماع إلى جانب الرئيس المدير العام لشركة "نسيج"، ممثل عن الاتحاد.')).toBe('الرئيس المدير العام لشركة "نسيج"');
    // Another country's office, a former holder, or a phrase running into the sentence is no fuller form.
    expect(roleOf('سامي العياري', 'التقى وزير الخارجية سامي العياري بنظيره.', 'وكان وزير الخارجية الأمريكي قد زار المنطقة.')).toBe('وزير الخارجية');
    expect(roleOf('سامي العياري', 'أكد وزير الخارجية سامي العياري أن الزيارة ناجحة.', 'وكان وزير الخارجية السابق قد زار المنطقة.')).toBe('وزير الخارجية');
    expect(roleOf('سمير الطيب', 'قال وزير الصحة الحالي سمير الطيب إن الوضع مستقر.', 'وأكد أن وزير الصحة والتعامل معه أصبح صعبا.')).toBe('وزير الصحة');
  });
});

describe('office phrases run on', () => {
  it('ends before "ب" + the presidency of another body, the post a verb governs', () => {
    expect(roleOf('سمير العبيدي', 'أعلن الاتحاد عن فوز سمير العبيدي رئيس اتحاد موريتانيا برئاسة الكاف خلال الفترة المقبلة.')).toBe('رئيس اتحاد موريتانيا');
    // (The state's presidency is a seat of offices.)
    expect(roleOf('سمير العبيدي', 'وقال سمير العبيدي المستشار برئاسة الجمهورية إن الملف جاهز.')).toBe('المستشار برئاسة الجمهورية');
  });

  it('ends before "في" + a broadcast named by its own name, where he spoke', () => {
    expect(roleOf('سمير العبيدي', 'أكد السيد سمير العبيدي كاتب الدولة للشباب في برنامج "ملاعب" أن إتفاقا قد حصل.')).toBe('كاتب الدولة للشباب');
    expect(roleOf('سمير العبيدي', 'أكد السيد سمير العبيدي كاتب الدولة للشباب في حصة "ملاعب" أن إتفاقا قد حصل.')).toBe('كاتب الدولة للشباب');
  });

  it('leaves "current" out of the office ("السابق" stays)', () => {
    expect(roleOf('سمير العبيدي', 'وقال وزير الصحة الحالي سمير العبيدي إن الوضع مستقر.')).toBe('وزير الصحة');
    expect(roleOf('سامية الهمامي', 'وقالت رئيسة البلدية الحالية سامية الهمامي إن الأشغال انطلقت.')).toBe('رئيسة البلدية');
    expect(roleOf('سمير العبيدي', 'وقال وزير الصحة السابق سمير العبيدي إن الوضع مستقر.')).toBe('وزير الصحة السابق');
  });
});

describe('office phrases around joined memberships, club titles and company names', () => {
  it('ends the office before "و" + a membership ("والقيادي", "وعضو") and gives the office to a name after it', () => {
    expect(roleOf('كريم الهمامي', 'وقال كريم الهمامي النائب في مجلس نواب الشعب والقيادي في الجبهة الشعبية إن الوضع صعب.')).toBe('النائب في مجلس نواب الشعب');
    expect(roleOf('كريم الهمامي', 'وقال رئيس غرفة النسيج بسوسة وعضو المكتب التنفيذي للاتحاد الجهوي، كريم الهمامي إن الوضع صعب.')).toBe('رئيس غرفة النسيج بسوسة');
    expect(roleOf('سامي العياري', 'معلقا على تصريح وزير الفلاحة والصيد والقيادي في النهضة سامي العياري حول الوضع.')).toBe('وزير الفلاحة والصيد');
    expect(roleOf('كريم الهمامي', 'وقال رئيس الغرفة الجهوية للمخابز بولاية نابل، وعضو الغرفة الوطنية، كريم الهمامي إن الوضع صعب.')).toBe('رئيس الغرفة الجهوية للمخابز بولاية نابل');
  });

  it('gives the office joined by "و" to a membership that opens the phrase, a comma allowed', () => {
    expect(roleOf('جوما كيتوندا', 'وأعلن عضو اللجنة والرئيس السابق لتنزانيا جوما كيتوندا، عن مبادرة جديدة.')).toBe('الرئيس السابق لتنزانيا');
    expect(roleOf('كريم الهمامي', 'وقال عضو المكتب التنفيذي، والناطق الرسمي باسم الجمعية الوطنية للمحامين كريم الهمامي إن الوضع صعب.')).toBe('الناطق الرسمي باسم الجمعية الوطنية للمحامين');
    expect(roleOf('كريم الهمامي', 'وقال العضو المؤسس لحزب الأمل والوزير السابق كريم الهمامي إن الوضع صعب.')).toBe('الوزير السابق');
  });

  it('takes "آخر" (the last) before an indefinite office into the role', () => {
    expect(roleOf('سالم العبيدي', 'ومن بين الموقوفين آخر رئيس وزراء "سالم العبيدي" وعدد من المسؤولين.')).toBe('آخر رئيس وزراء');
    expect(roleOf('سالم العبيدي', 'وقال آخر رئيس لجهاز المخابرات سالم العبيدي إن الوضع صعب.')).toBe('آخر رئيس لجهاز المخابرات');
    expect(roleOf('سالم العبيدي', 'ومن بين الموقوفين نجله "كريم" وآخر رئيس وزراء "سالم العبيدي" وعدد من المسؤولين.')).toBe('آخر رئيس وزراء');
  });

  it('ends the office before a second one set after it without "و" when the first names its seat', () => {
    expect(roleOf('سالم الكندي', 'وأكد نائب رئيس جمهورية السودان رئيس مجلس الأمناء حاكم الإقليم الشمالي سالم الكندي أن الوضع صعب.')).toBe('نائب رئيس جمهورية السودان');
    expect(roleOf('كريم الهمامي', 'أفاد مساعد وكيل الجمهورية بالمحكمة الابتدائية بسوسة الناطق الرسمي باسم المحاكم كريم الهمامي بأن الأبحاث جارية.')).toBe('مساعد وكيل الجمهورية بالمحكمة الابتدائية بسوسة');
    // (A first office that names no seat, or only a nationality, is kept whole with what follows.)
    expect(roleOf('سالم ولد أحمد', 'وقال نائب رئيس الوزراء وزير الخارجية الموريتاني سالم ولد أحمد إن الوضع صعب.')).toBe('نائب رئيس الوزراء وزير الخارجية الموريتاني');
    expect(roleOf('كريم الهمامي', 'أفاد مساعد وكيل الجمهورية الناطق الرسمي باسم المحكمة الابتدائية بسوسة كريم الهمامي بأن الأبحاث جارية.')).toBe('مساعد وكيل الجمهورية الناطق الرسمي باسم المحكمة الابتدائية بسوسة');
  });

  it('ends the office before "و" + a second office when the first names its body or country', () => {
    expect(roleOf('كريم الهمامي', 'وقال الوزير المكلف بالعلاقة مع الهيئات الدستورية والناطق الرسمي باسم الحكومة كريم الهمامي إن الوضع صعب.')).toBe('الوزير المكلف بالعلاقة مع الهيئات الدستورية');
    expect(roleOf('جون براون', 'وصرح الوزير البريطاني الأسبق وزعيم حزب العمال جون براون بأن الوضع صعب.')).toBe('الوزير البريطاني الأسبق');
    // (Nor an office he held before, after one that names its body: "والوزير الأسبق".)
    expect(roleOf('كريم الهمامي', 'وتساءل رئيس الحركة الوطنية والوزير الأسبق كريم الهمامي عن الأسباب.')).toBe('رئيس الحركة الوطنية');
    // (A first office that names neither may share the second one's complement: both are kept.)
    expect(roleOf('كريم الهمامي', 'وقال رئيس اللجنة الفنية والناطق الرسمي باسم المهرجان كريم الهمامي إن الوضع صعب.')).toBe('رئيس اللجنة الفنية والناطق الرسمي باسم المهرجان');
    // (Nor is "ل" + an office a body of the first office's own.)
    expect(roleOf('كريم الهمامي', 'وأفاد المساعد الأول لوكيل الجمهورية، والناطق الرسمي باسم المحكمة الابتدائية بقبلي، كريم الهمامي، بأن الأبحاث جارية.')).toBe('المساعد الأول لوكيل الجمهورية، والناطق الرسمي باسم المحكمة الابتدائية بقبلي');
  });

  it('reads "علي" after "السابق"/"الأسبق" as the given name, not the preposition "على"', () => {
    expect(roleOf('علي الطويل', 'وأشاد بقرار وزير الفلاحة الأسبق علي الطويل لتوزيع الأعلاف.')).toBe('وزير الفلاحة الأسبق');
  });

  it('takes "في" + the town after a regional force written with "ب" ("بالحرس الوطني")', () => {
    expect(roleOf('منير الحمروني', 'حسب ما أفاد به رئيس فرقة بالحرس الوطني في توزر منير الحمروني. وأوضح أن الأبحاث متواصلة.')).toBe('رئيس فرقة بالحرس الوطني في توزر');
  });

  it('reads a title that heads a club\'s name ("النجم") after an office in the construct state as the club', () => {
    expect(roleOf('سامي العياري', 'أكّد نائب رئيس النجم الساحلي الدكتور سامي العياري لمبعوثنا أنّ الفريق جاهز.')).toBe('نائب رئيس النجم الساحلي');
  });

  it('keeps a qualifier of the office ("المساعد") before a name whose words are rare', () => {
    expect(roleOf('حفيظ العياري', 'وأكد الأمين العام المساعد حفيظ العياري أن الزيادة ستتحقق.')).toBe('الأمين العام المساعد');
  });

  it('takes "ب" + a company named in Latin letters into the office', () => {
    expect(roleOf('كريم الهمامي', 'صرّح السيد كريم الهمامي، مدير التسويق بـTelecomX :" نحن سعداء بهذه الشراكة"')).toBe('مدير التسويق بـTelecomX');
    expect(roleOf('سامي العياري', 'وقال سامي العياري المدير العام بـ Orange Tunisie إن الشركة جاهزة.')).toBe('المدير العام بـ Orange Tunisie');
  });

  it('takes the quoted company after a union, "لـ" + its name', () => {
    expect(roleOf('كريم الهمامي', 'بحسب ما أكده للإذاعة، الكاتب العام لنقابة الأساسية لـ"سوتيب" كريم الهمامي. وأشار الهمامي إلى أن الوضع صعب.')).toBe('الكاتب العام لنقابة الأساسية لـ"سوتيب"');
  });

  it('keeps the seat of a company\'s district, "في" + a town, after "بالنيابة"', () => {
    expect(roleOf('سامي العياري', 'وقال مدير إقليم الشركة الوطنية للنقل بالنيابة في المنستير سامي العياري إن الخط جاهز.')).toBe('مدير إقليم الشركة الوطنية للنقل بالنيابة في المنستير');
  });

  it('leaves the doctor\'s title misspelt "الذكتور" out of the office', () => {
    expect(roleOf('سامي العياري', 'ومنحها دعوة دخول وحيدة لرئيس الفريق الذكتور سامي العياري .')).toBe('رئيس الفريق');
  });
});

describe('"new" before the holder\'s name', () => {
  it('leaves out "الجديد" closing an office of a country or region right before the name', () => {
    expect(roleOf('كمال الورتاني', 'وصرح الرئيس البوليفي الجديد كمال الورتاني بأن الوضع صعب.')).toBe('الرئيس البوليفي');
    expect(roleOf('كمال الورتاني', 'وزار والي قفصة الجديد، كمال الورتاني، المستشفى الجهوي.')).toBe('والي قفصة');
  });

  it('keeps it after a body, which may be the new one, and after the name', () => {
    expect(roleOf('كمال الورتاني', 'وصرح رئيس الحزب الجديد كمال الورتاني بأن الوضع صعب.')).toBe('رئيس الحزب الجديد');
    expect(roleOf('كمال الورتاني', 'وصرح كمال الورتاني رئيس الحكومة الجديد بأن الوضع صعب.')).toBe('رئيس الحكومة الجديد');
  });
});
