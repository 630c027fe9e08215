import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

// Where an office phrase starts and stops, on made-up sentences in Gulf, Egyptian and Levantine news
// style written for these tests (no article text is copied).
const roleOf = (name: string, text: string): string | null | undefined => {
  const found = people(text).find((e) => e.name === name);
  if (!found) throw new Error(`no person ${name} in ${people(text).map((e) => e.name).join(', ')}`);
  return found.role;
};

describe('office phrase extent', () => {
  it('ends the office after its nationality before "لل" + the purpose of a visit', () => {
    expect(roleOf('سامح شكري', 'وصل سامح شكري وزير الخارجية المصري للمشاركة في الاجتماع الوزاري.')).toBe('وزير الخارجية المصري');
    expect(roleOf('عبدالله الشمري', 'التقى عبدالله الشمري وزير الصحة الكويتي للتباحث حول التعاون الصحي.')).toBe('وزير الصحة الكويتي');
    // A portfolio after the nationality goes on.
    expect(roleOf('جان ديبوا', 'قال جان ديبوا وزير الدولة الفرنسي للشؤون الأوروبية إن الاتفاق قريب.')).toBe('وزير الدولة الفرنسي للشؤون الأوروبية');
  });

  it('takes no genitive after the proper name of a place, so "و" + a rare word there opens a new description', () => {
    expect(roleOf('جون سميث', 'قال جون سميث سناتور من أوهايو ومحاضر في الجامعة إن الحزب موحد.')).toBe('سناتور من أوهايو');
  });

  it('keeps where an envoy serves: "في" + a country that also reads as a clitic and a word, "لدى" + a definite host state', () => {
    expect(roleOf('وليد الحمدان', 'قال السفير السعودي في لبنان وليد الحمدان إن المملكة تدعم الاستقرار.')).toBe('السفير السعودي في لبنان');
    expect(roleOf('فهد الراشد', 'نظم الملحق الثقافي السعودي في بريطانيا الدكتور فهد الراشد حفلا للخريجين.')).toBe('الملحق الثقافي السعودي في بريطانيا');
    expect(roleOf('نورة السالم', 'قالت نورة السالم سفيرة خادم الحرمين الشريفين لدى الجمهورية الفرنسية إن العلاقات متينة.')).toBe('سفيرة خادم الحرمين الشريفين لدى الجمهورية الفرنسية');
    expect(roleOf('سعد العنزي', 'قال القنصل العام السعودي في دبي سعد العنزي إن القنصلية تعمل.')).toBe('القنصل العام السعودي في دبي');
  });

  it('ends an envoy\'s seat before the object of the verb after it', () => {
    expect(roleOf('فهد الراشد', 'التقى فهد الراشد الملحق الثقافي السعودي في بريطانيا الطلاب المبتعثين.')).toBe('الملحق الثقافي السعودي في بريطانيا');
  });

  it('reads "من" + a word with the pronoun "ه" as no constituency', () => {
    expect(roleOf('خالد العمر', 'صدر أمر بإعفاء خالد العمر سفير المملكة لدى الأردن من منصبه.')).toBe('سفير المملكة لدى الأردن');
  });

  it('ends the office before a time: a weekday, a part of the day, a week or month, "العام الماضي"', () => {
    expect(roleOf('ماجد العتيبي', 'قال ماجد العتيبي وزير الصناعة الأسبوع الماضي إن المصانع توسعت.')).toBe('وزير الصناعة');
    expect(roleOf('ماجد العتيبي', 'قال ماجد العتيبي وزير الصناعة الأربعاء إن المصانع توسعت.')).toBe('وزير الصناعة');
    expect(roleOf('ماجد العتيبي', 'قال ماجد العتيبي وزير الصناعة العام الماضي إن المصانع توسعت.')).toBe('وزير الصناعة');
    // "العام" alone is the office's qualifier.
    expect(roleOf('ماجد العتيبي', 'قال ماجد العتيبي المدير العام للصناعة إن المصانع توسعت.')).toBe('المدير العام للصناعة');
  });

  it('ends an office of state after its nationality before "ب" + the town where he spoke', () => {
    expect(roleOf('ماجد العتيبي', 'قال ماجد العتيبي وزير الصناعة السعودي بجدة إن المصانع توسعت.')).toBe('وزير الصناعة السعودي');
  });

  it('keeps "ل" + the noun of a body\'s scope after a body in the construct state', () => {
    expect(roleOf('سالم العبري', 'قال الأمين العام لمجلس التعاون لدول الخليج العربية سالم العبري إن القمة ناجحة.')).toBe('الأمين العام لمجلس التعاون لدول الخليج العربية');
    // A given name after "ل" is to whom something went, not the body's scope.
    expect(people('أرسل الأمين العام لنقابة المعلمين لسالم العبري رسالة.').map((e) => e.role ?? '')).not.toContain('الأمين العام لنقابة المعلمين لسالم');
  });

  it('takes the matter of "المسؤول عن" also as a noun in the construct state', () => {
    expect(roleOf('سعد الغامدي', 'قال سعد الغامدي المسؤول عن قسم الشؤون الإدارية بالأمانة إن العمل مستمر.')).toBe('المسؤول عن قسم الشؤون الإدارية بالأمانة');
  });

  it('keeps the province where a body\'s office sits', () => {
    expect(roleOf('منصور الحربي', 'قال مدير إدارة الصحة في محافظة الطائف منصور الحربي إن المستشفيات جاهزة.')).toBe('مدير إدارة الصحة في محافظة الطائف');
  });

  it('ends the office before "في" + a press conference (a body\'s head with a nisba of its own)', () => {
    expect(roleOf('ناصر القحطاني', 'قال ناصر القحطاني مدير الدفاع المدني في مؤتمر صحفي عقده إن الفرق جاهزة.')).toBe('مدير الدفاع المدني');
  });

  it('joins a second portfolio in "ة" right after the office\'s genitive', () => {
    expect(roleOf('عبدالله الدوسري', 'قال عبدالله الدوسري وزير الاتصالات وتقنية المعلومات إن الشبكة تتوسع.')).toBe('وزير الاتصالات وتقنية المعلومات');
  });

  it('ends the office after its body before "لـ" + the paper he spoke to', () => {
    expect(roleOf('فهد الحربي', 'قال فهد الحربي المتحدث الرسمي لوزارة النقل لـ"الوطن" إن الطرق آمنة.')).toBe('المتحدث الرسمي لوزارة النقل');
  });

  it('reads a prayer after the office ("حفظه الله") as no second person the office runs into', () => {
    expect(roleOf('سلطان بن خليفة', 'قال سلطان بن خليفة ملك البحرين حفظه الله إن البلاد مستمرة في التنمية.')).toBe('ملك البحرين');
    expect(people('قال سلطان بن خليفة ملك البحرين رعاه الله إن البلاد مستمرة.').map((e) => e.name)).toEqual(['سلطان بن خليفة']);
  });

  it('ends the office before "ل" + whom the holder spoke to: an audience, or a medium once the office names its body', () => {
    expect(roleOf('فهد الحربي', 'قال فهد الحربي المتحدث باسم الهيئة للصحفيين إن الطرق آمنة.')).toBe('المتحدث باسم الهيئة');
    expect(roleOf('فهد الحربي', 'قال فهد الحربي المتحدث الرسمي لوزارة النقل لوكالة الأنباء السعودية إن الطرق آمنة.')).toBe('المتحدث الرسمي لوزارة النقل');
    // A body's aim after its adjective, and a medium the office heads, go on.
    expect(roleOf('فهد الحربي', 'قال فهد الحربي رئيس الرابطة الوطنية للصحفيين إن الطرق آمنة.')).toBe('رئيس الرابطة الوطنية للصحفيين');
    expect(roleOf('فهد الحربي', 'قال فهد الحربي المدير العام لوكالة الأنباء السعودية إن الطرق آمنة.')).toBe('المدير العام لوكالة الأنباء السعودية');
  });

  it('keeps the town where a bureau sits', () => {
    expect(roleOf('سعد الحربي', 'قال سعد الحربي مدير مكتب قناة الإخبارية في بيروت إن الوضع متوتر.')).toBe('مدير مكتب قناة الإخبارية في بيروت');
  });

  it('reads "وهو" + an office after a name as his office', () => {
    expect(roleOf('سعد الحربي', 'قال سعد الحربي، وهو مدير مدرسة ابتدائية، إن الطلاب عادوا.')).toBe('مدير مدرسة ابتدائية');
  });

  it('takes no genitive after a qualifier other than "عام"', () => {
    expect(roleOf('جان دوبون', 'وينفي جان دوبون، وهو وزير سابق عمره 60 عاما، أي مخالفة.')).toBe('وزير سابق');
    expect(roleOf('سعد الحربي', 'قال مدير عام الجمارك سعد الحربي إن المنافذ تعمل.')).toBe('مدير عام الجمارك');
  });

  it('ends the office after a visit named before the holder at "ل" + the country visited', () => {
    expect(roleOf('سلطان بن فهد', 'بدأت زيارة الأمير سلطان بن فهد ولي العهد وزير الدفاع للمملكة المغربية أمس.')).toBe('ولي العهد وزير الدفاع');
    // Without the visit, "ل" + a country may be the office's own ("السفير السابق لمصر").
    expect(roleOf('سعد الحربي', 'قال سعد الحربي السفير السابق لمصر إن العلاقات متينة.')).toBe('السفير السابق لمصر');
  });

  it('leaves a bare title right before the name out of the office before it', () => {
    expect(roleOf('حسام الدين فؤاد', 'قال النائب العام المستشار حسام الدين فؤاد إن التحقيقات مستمرة.')).toBe('النائب العام');
    expect(roleOf('كميل داغر', 'قال رئيس الحزب الديمقراطي النائب كميل داغر إن الحزب يرفض.')).toBe('رئيس الحزب الديمقراطي');
    // "ل" + the title is the office's genitive, whose holder is named after it.
    expect(roleOf('ماهر الزين', 'وعين المجلس ماهر الزين مستشارا أول للرئيس فاروق الحسن.')).not.toBe('مستشارا أول');
  });

  it('lets a second noun in "ة" share the genitive of the noun before it', () => {
    expect(roleOf('ناصر الصقر', 'قال رئيس مجلس إدارة غرفة تجارة وصناعة البحرين ناصر الصقر إن الاقتصاد يتعافى.')).toBe('رئيس مجلس إدارة غرفة تجارة وصناعة البحرين');
  });

  it('lets a joint body take a second nationality', () => {
    expect(roleOf('سعد الحربي', 'قال سعد الحربي رئيس مجلس الأعمال السعودي الياباني إن الشراكة تتوسع.')).toBe('رئيس مجلس الأعمال السعودي الياباني');
  });

  it('keeps an office after a name when the next entry of the list opens with "و" + an honorific', () => {
    expect(roleOf('كريم فؤاد', 'حضر اللقاء كريم فؤاد وزير الري، واللواء ماجد عادل رئيس هيئة الإمداد.')).toBe('وزير الري');
  });

  it('gives a counterpart the last of the offices the holder chains, not all of them', () => {
    const text = 'التقى نائب رئيس مجلس الوزراء وزير الخارجية الشيخ فهد السالم نظيره العماني سالم الهنائي على هامش الاجتماع.';
    expect(roleOf('سالم الهنائي', text)).toBe('وزير الخارجية العماني');
    // One office is shared whole.
    expect(roleOf('سالم الهنائي', 'التقى وزير الخارجية الشيخ فهد السالم نظيره العماني سالم الهنائي.')).toBe('وزير الخارجية العماني');
  });

  it('gives the name after a body\'s genitive title that title, not the office around it', () => {
    expect(roleOf('جواد ظريفي', 'وقال مدير الشؤون الإعلامية بمكتب الرئيس جواد ظريفي إن الزيارة ناجحة.')).toBe('الرئيس');
    expect(roleOf('ميشال دوفال', 'اعتقلت الشرطة عضوين بالفريق الأمني للرئيس الفرنسي ميشال دوفال أمس.')).toBe('الرئيس الفرنسي');
  });

  it('ends an office after its nationality before another person\'s definite title and nationality', () => {
    expect(roleOf('جون ميلر', 'ولم يذكر الرئيس الفرنسي الرئيس الأمريكي جون ميلر بالاسم.')).toBe('الرئيس الأمريكي');
  });

  it('ends a former office before "ب" + the sentence\'s noun', () => {
    expect(roleOf('سامي العطار', 'قضت المحكمة على سامي العطار وزير النقل السابق بالسجن خمس سنوات.')).toBe('وزير النقل السابق');
  });

  it('ends an office before a place adverb written with "ب"', () => {
    expect(roleOf('سامي العطار', 'اعتقل سامي العطار مدير شركة الطيران الوطنية بالقرب من منزله.')).toBe('مدير شركة الطيران الوطنية');
  });

  it('ends the office after "ب" + a town the lexicon lacks before the verb\'s object', () => {
    expect(roleOf('هند الساسي', 'ونفت هند الساسي الناطقة الرسمية باسم المحكمة الابتدائية بنابل الاتهامات الموجهة.')).toBe('الناطقة الرسمية باسم المحكمة الابتدائية بنابل');
  });

  it('ends the office before "و" + the next entry: an entourage, an office with a pronoun, the next name\'s office', () => {
    expect(roleOf('بدر العنزي', 'استقبل الرئيس بدر العنزي وزير التجارة والوفد المرافق له.')).toBe('وزير التجارة');
    expect(roleOf('ناصر بن خالد', 'استقبل الأمير ناصر بن خالد أمير منطقة تبوك ونائبه الأمير سعد بن فهد الأهالي.')).toBe('أمير منطقة تبوك');
    const both = people('شارك عادل الزهراني وزير الصحة ووزير الاستثمار ماجد القرني في المنتدى.');
    expect(both.find((e) => e.name === 'عادل الزهراني')?.role).toBe('وزير الصحة');
    expect(both.find((e) => e.name === 'ماجد القرني')?.role).toBe('وزير الاستثمار');
    // Two offices of one person before his name stay one phrase.
    expect(roleOf('ماجد القرني', 'قال وزير التجارة ووزير الإعلام المكلف ماجد القرني إن الأسواق مستقرة.')).toBe('وزير التجارة ووزير الإعلام المكلف');
  });

  it('gives the holder named after "ونائبه" none of the office before it, even through an honorific', () => {
    expect(roleOf('سعد بن فهد', 'استقبل الأمير ناصر بن خالد أمير منطقة تبوك ونائبه الأمير سعد بن فهد الأهالي.')).not.toContain('أمير منطقة تبوك');
  });

  it('goes on through the preposition that a verbal noun naming a body governs, and its object', () => {
    expect(roleOf('سليم العمري', 'وقال رئيس منظمة الدفاع عن المستهلك سليم العمري إن الأسعار ارتفعت.')).toBe('رئيس منظمة الدفاع عن المستهلك');
    expect(roleOf('منير الحداد', 'وقال رئيس رابطة الحفاظ على البيئة منير الحداد إن الحملة بدأت.')).toBe('رئيس رابطة الحفاظ على البيئة');
    // After the object the body's name is whole: a definite noun there is the verb's object.
    expect(roleOf('سليم العمري', 'ودعا سليم العمري رئيس منظمة الدفاع عن المستهلك المواطنين إلى الترشيد.')).toBe('رئيس منظمة الدفاع عن المستهلك');
    // A name right after the object is the object's, no holder; and a defence team's member is a
    // lawyer, no official (titles-without-office.ts).
    const defence = people('وقال عضو هيئة الدفاع عن الشهيد سامي الورغي، المحامي كريم الطرابلسي إن الجلسة تأجلت.');
    expect(defence.find((e) => e.name === 'كريم الطرابلسي')?.official).toBe(false);
    expect(defence.find((e) => e.name === 'سامي الورغي')?.role ?? null).toBeNull();
  });

  it('keeps the aim of a body whose genitive is a country named bare ("اتحاد موريتانيا لكرة القدم")', () => {
    expect(roleOf('كمال العيساوي', 'وتنافس سعيد الحمدان مع كمال العيساوي رئيس اتحاد موريتانيا لكرة القدم على المنصب.')).toBe('رئيس اتحاد موريتانيا لكرة القدم');
  });

  it('ends after a town named with the article as the office\'s genitive, before the verb\'s object', () => {
    expect(roleOf('ناصر القحطاني', 'وافتتح ناصر القحطاني محافظ القطيف المعرض الذي نظمته الغرفة التجارية.')).toBe('محافظ القطيف');
    // An adjective of the pattern "أفعل" agrees with the genitive before it: the phrase goes on.
    expect(roleOf('خالد العمري', 'وقال خالد العمري مسؤول الصليب الأحمر بمنطقة الجوف إن القوافل وصلت.')).toBe('مسؤول الصليب الأحمر بمنطقة الجوف');
  });

  it('ends a closed construct chain before a bare body\'s head, the verb\'s object', () => {
    expect(roleOf('خالد السبيعي', 'وزار خالد السبيعي نائب وزير الصحة مستشفى النور بنجران.')).toBe('نائب وزير الصحة');
    // Before a definite genitive the body's head goes on ("رئيس مجلس إدارة ...").
    expect(roleOf('سعود الحربي', 'وقال سعود الحربي رئيس مجلس إدارة الغرفة التجارية إن الأسواق مستقرة.')).toBe('رئيس مجلس إدارة الغرفة التجارية');
    // A definite office and its adjective are no construct chain: the body after them is the office's.
    expect(roleOf('خوسيه ميخيا', 'وقال خوسيه ميخيا الأمين العام اتحاد الهندوراس إن المباراة تأجلت.')).toBe('الأمين العام اتحاد الهندوراس');
  });

  it('ends a closed construct chain before a definite noun of no adjective\'s pattern, the verb\'s object', () => {
    expect(roleOf('فيصل الإبراهيم', 'وسلم فيصل الإبراهيم وزير الاقتصاد والتخطيط الجوائز للفائزين.')).toBe('وزير الاقتصاد والتخطيط');
    expect(roleOf('محمد الشيخ', 'واستعرض محمد الشيخ وزير الدولة عضو مجلس الوزراء التقرير السنوي للهيئة.')).toBe('وزير الدولة عضو مجلس الوزراء');
    // Adjectives after the chain stay: "فعيل", "فعال", "أفعل".
    expect(roleOf('سامي العلي', 'وقال سامي العلي وزير الصحة الجديد إن الخطة جاهزة.')).toBe('وزير الصحة الجديد');
    expect(roleOf('سامي العلي', 'وقال سامي العلي إمام المسجد الحرام إن الصلاة أقيمت.')).toBe('إمام المسجد الحرام');
    expect(roleOf('سامي العلي', 'وقال سامي العلي رئيس مجلس القضاء الأعلى إن المحاكم تعمل.')).toBe('رئيس مجلس القضاء الأعلى');
  });

  it('keeps "في" + a region\'s head and name between an office and the holder\'s name as the office\'s seat', () => {
    expect(roleOf('فراس الخلايلة', 'وقال مدير الدفاع المدني في محافظة الزرقاء العقيد فراس الخلايلة إن الحريق أخمد.')).toBe('مدير الدفاع المدني في محافظة الزرقاء');
    expect(roleOf('محمد الطرابلسي', 'وقال مدير الشرطة في ولاية صفاقس محمد الطرابلسي إن الأمن مستتب.')).toBe('مدير الشرطة في ولاية صفاقس');
  });

  it('ends after a town named with the article before "ب" + a common noun, the verb\'s complement', () => {
    expect(roleOf('سعد الحربي', 'ونوه سعد الحربي محافظ محافظة العلا بالدعم الذي تلقاه المحافظة.')).toBe('محافظ محافظة العلا');
    // Right before the holder's name, "ب" + a word is the office's seat.
    expect(roleOf('محمد بوجدارية', 'وقال مندوب السياجة بالمهدية محمد بوجدارية إن الموسم ناجح.')).toBe('مندوب السياجة بالمهدية');
  });
});

describe('office phrases of Gulf news: epithets, slips, seats, brackets, lists', () => {
  it('leaves mourning and praise ("الراحل", "المجاهد") out of the office', () => {
    expect(roleOf('سالم العبدلي', 'استعاد الحضور ذكرى الرئيس الراحل سالم العبدلي ودوره في بناء الدولة.')).toBe('الرئيس');
    expect(roleOf('حمد الغامدي', 'تحدث الباحثون عن الرئيس المجاهد حمد الغامدي ونضاله.')).toBe('الرئيس');
    // ("القائد" alone is praise, no office: see entities-news-kinds.test.ts.)
    expect(people('تحدث الباحثون عن القائد المجاهد حمد الغامدي ونضاله.').find((e) => e.name === 'حمد الغامدي')?.role).toBeNull();
  });

  it('shows the office once ("رئيس رئيس بلدية"), but keeps "ولي ولي العهد"', () => {
    expect(roleOf('محمد السالم', 'وقال رئيس رئيس بلدية جدة محمد السالم إن المشروع جاهز.')).toBe('رئيس بلدية جدة');
    expect(roleOf('فهد الماجد', 'وأكد ولي ولي العهد الأمير فهد الماجد أن الخطة جاهزة.')).toBe('ولي ولي العهد');
  });

  it('keeps "في دولة" + the state between the office and the holder\'s name, in a list too', () => {
    expect(roleOf('سالم العنزي', 'وشارك وزير العدل في دولة الكويت الشيخ سالم العنزي في الاجتماع.')).toBe('وزير العدل في دولة الكويت');
    const text = 'حضر وزير العدل في دولة الكويت سالم العنزي، ووزير العدل في دولة قطر ناصر المري، والوفد المرافق.';
    expect(roleOf('سالم العنزي', text)).toBe('وزير العدل في دولة الكويت');
    expect(roleOf('ناصر المري', text)).toBe('وزير العدل في دولة قطر');
  });

  it('reads on through "(بنات)" to the seat of the office before the holder\'s name', () => {
    expect(roleOf('سعد المطيري', 'وقال مدير إدارة التعليم (بنات) في منطقة حائل الدكتور سعد المطيري إن المدارس جاهزة.')).toBe('مدير إدارة التعليم (بنات) في منطقة حائل');
    expect(roleOf('سعد بن علي المطيري', 'وقال مدير إدارة التعليم (بنات) في منطقة القصيم سعد بن علي المطيري إن المدارس جاهزة.')).toBe('مدير إدارة التعليم (بنات) في منطقة القصيم');
    // (The bracket may end the paragraph.)
    expect(roleOf('سعد المطيري', 'وحضر سعد المطيري مدير إدارة التعليم (بنات)')).toBe('مدير إدارة التعليم');
  });

  it('gives the office after a titled entry to the next titled name', () => {
    const text = 'وحضر اللقاء وكيل الوزارة، السيد خالد الزهراني، مدير الجمارك، الدكتور ناصر الكندي.';
    expect(roleOf('خالد الزهراني', text)).toBe('وكيل الوزارة');
    expect(roleOf('ناصر الكندي', text)).toBe('مدير الجمارك');
  });
});

describe('office phrase complements (ANT news, made-up sentences)', () => {
  it('takes a trade nisba after a definite noun of a thing as that noun\'s adjective, not a name\'s title', () => {
    expect(roleOf('سالم العتيبي', 'وقال سالم العتيبي رئيس مجلس إدارة المدينة الإعلامية السعودية، في بيان إن المشروع جاهز.')).toBe('رئيس مجلس إدارة المدينة الإعلامية السعودية');
    expect(roleOf('سامي الحداد', 'وقال رئيس المكتب الإعلامي للحركة سامي الحداد إن الحزب موحد.')).toBe('رئيس المكتب الإعلامي للحركة');
    // Before a name with no noun of a thing before it, the title is the name's own.
    expect(roleOf('سلمى بكار', 'وقالت الإعلامية سلمى بكار إن البرنامج توقف.')).toBeNull();
  });

  it('goes on through "و" + a compass noun and a place, a second region of a department', () => {
    expect(roleOf('كريم بوزيد', 'وأوضح كريم بوزيد نائب مدير قسم الشرق الأوسط وشمال أفريقيا بمنظمة العفو الدولية أن القرار خطير.')).toBe('نائب مدير قسم الشرق الأوسط وشمال أفريقيا بمنظمة العفو الدولية');
  });

  it('goes on through a body\'s aim in "ل" + a construct chain whose nouns no list knows', () => {
    const text = 'وقال رئيس الجمعية التونسية لمراقبي مسالك التوزيع والسلامة الغذائية منير الطرابلسي إن القطاع يعاني.';
    expect(roleOf('منير الطرابلسي', text)).toBe('رئيس الجمعية التونسية لمراقبي مسالك التوزيع والسلامة الغذائية');
  });

  it('takes "ل" + an aim after a body made definite by a construct chain ("لجنة فرز الترشحات")', () => {
    expect(roleOf('منير الطرابلسي', 'قال منير الطرابلسي عضو لجنة فرز الترشحات لعضوية هيئة الانتخابات إن العدد كبير.')).toBe('عضو لجنة فرز الترشحات لعضوية هيئة الانتخابات');
  });

  it('reads "ب" + "فريق" as the team of the office', () => {
    expect(roleOf('سامي الحداد', 'وأكد مدير الكرة بفريق الزمالك سامي الحداد أنه وافق على الرحيل.')).toBe('مدير الكرة بفريق الزمالك');
    // A team's own name no list knows is no part of the holder's name, nor does it hide it.
    expect(roleOf('عبد الرحيم سالم', 'وأكد مدير الكرة بفريق سموحة عبد الرحيم سالم أنه وافق على الرحيل.')).toBe('مدير الكرة بفريق سموحة');
    expect(roleOf('سامي الحداد', 'وأكد مدير الكرة بنادي سموحة سامي الحداد أنه وافق على الرحيل.')).toBe('مدير الكرة بنادي سموحة');
  });

  it('ends the office before a given name with the article that is also a common word ("الحبيب")', () => {
    expect(roleOf('الحبيب بورقيبة', 'اتهم فيها الرئيس السابق الحبيب بورقيبة بالتسبب في انتشار الظاهرة.')).toBe('الرئيس السابق');
  });

  it('keeps the office after a full name and a comma for that name when the next one is made an office of his own', () => {
    const text = 'كلف سامي الحداد رئيس حركة الأمل، منير الطرابلسي ناطقا رسميا باسم حركة الأمل، وفق بلاغ صادر عن الحركة.';
    expect(roleOf('منير الطرابلسي', text)).toBe('ناطقا رسميا باسم حركة الأمل');
    expect(roleOf('سامي الحداد', text)).toBe('رئيس حركة الأمل');
  });

  it('gives "و" + an office set off by commas before the next name to that name, in a list of those met', () => {
    const text = 'والتقى وزير التشغيل، منير الطرابلسي، بمديرة الوكالة الإيطالية للتعاون مكتب تونس، سلمى بكار، ومديرة مكتب الأمم المتحدة للسكان بتونس والمغرب، ليلى الحداد.';
    expect(roleOf('سلمى بكار', text)).toBe('مديرة الوكالة الإيطالية للتعاون مكتب تونس');
    expect(roleOf('ليلى الحداد', text)).toBe('مديرة مكتب الأمم المتحدة للسكان بتونس والمغرب');
  });

  it('states an office with the feminine pronoun "ها" with the body named before it in the sentence', () => {
    expect(roleOf('سامي الحداد', 'دعت الجبهة الوطنية إلى تنظيم مؤتمر وطني في أقرب وقت، وفق ما ورد على لسان ناطقها الرسمي سامي الحداد خلال ندوة صحفية.')).toBe('الناطق الرسمي باسم الجبهة الوطنية');
    expect(roleOf('سلمى بكار', 'نقابة الأطباء التونسيين تنعى نقيبتها سلمى بكار')).toBe('النقيبة لنقابة الأطباء التونسيين');
    // A country is no body: the office stays as the article words it.
    expect(roleOf('سامي الحداد', 'وأعلنت روسيا وفاة مندوبها الدائم سامي الحداد.')).toBe('مندوبها الدائم');
  });

  it('ends the office before "لـ" + a quoted radio or paper he spoke to', () => {
    expect(roleOf('سامي الحداد', 'قال سامي الحداد الناطق الرسمي بالمحكمة الابتدائية بسوسة لـ"الجوهرة أف ام" إن النيابة أذنت بالاحتفاظ.')).toBe('الناطق الرسمي بالمحكمة الابتدائية بسوسة');
    expect(roleOf('سامي الحداد', 'قال سامي الحداد المنسق العام لـ"حملة النجدة" إن الحملة متواصلة.')).toBe('المنسق العام لـ"حملة النجدة"');
  });

  it('gives an office set off by commas between two names to the second when the first has its office before it', () => {
    const text = 'حمّل القيادي في حركة الأمل منير الطرابلسي، المدير التنفيذي للحركة، سامي الحداد، مسؤولية الأزمة.';
    expect(roleOf('سامي الحداد', text)).toBe('المدير التنفيذي للحركة');
    expect(roleOf('منير الطرابلسي', text)).toBe('القيادي في حركة الأمل');
    // With no office before the first name, the apposition stays his.
    expect(roleOf('منير الطرابلسي', 'وقال منير الطرابلسي، المدير التنفيذي للحركة، إن الأزمة انتهت.')).toBe('المدير التنفيذي للحركة');
  });

  it('finds the first name\'s office before it when a body\'s name in quotes closes it', () => {
    const text = 'وطالب رئيس حزب "الأمل للجميع" سامي الحداد، وزير العلاقة مع الهيئات الدستورية، منير الطرابلسي بتقديم اعتذار.';
    expect(roleOf('منير الطرابلسي', text)).toBe('وزير العلاقة مع الهيئات الدستورية');
    expect(roleOf('سامي الحداد', text)).toBe('رئيس حزب "الأمل للجميع"');
  });

  it('gives each one listed after "وهم" the singular office of a counted partitive ("3 من أعضاء ...")', () => {
    const found = people('ولم يجدد الحداد ثقته في 3 من أعضاء حكومة سالم العمري ممن كانوا نوابا بمجلس نواب الشعب وهم منير الطرابلسي وكريم بوزيد وسامي الفارسي.');
    for (const name of ['منير الطرابلسي', 'كريم بوزيد', 'سامي الفارسي']) expect(found.find((e) => e.name === name)?.role).toBe('عضو حكومة سالم العمري');
  });
});
