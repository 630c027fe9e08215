import { describe, expect, it } from 'vitest';
import { people, person } from './helpers/entity-people.js';

// Gulf decrees, protocol, police, diplomatic and business news, round 4, on made-up sentences
// written for these tests (no article text is copied; all people invented).
describe('Gulf news, round 4', () => {
  it('keeps a courtesy title behind a preposition ("لمعالي", "ولصاحب") as the honorific, and "معالي" styles an official', () => {
    const former = person('فهد بن راشد الزامل', 'وعين الدكتور سامي بن علي الفرج رئيساً للمركز، خلفاً لمعالي الدكتور فهد بن راشد الزامل.');
    expect([former.official, former.role, former.honorific]).toEqual([true, null, 'معالي الدكتور']);
    const prince = person('بدر بن تركي بن فيصل', 'ورفع شكره ولصاحب السمو الملكي الأمير بدر بن تركي بن فيصل أمير المنطقة على دعمه.');
    expect([prince.honorific, prince.role]).toEqual(['صاحب السمو الملكي الأمير', 'أمير المنطقة']);
    // A name with a plain honorific stays a private person.
    expect(person('فهد بن راشد الزامل', 'وحضر الحفل الدكتور فهد بن راشد الزامل وعدد من الأهالي.').official).toBe(false);
  });

  it('takes the nouns of courtesy titles in a guest list ("أصحاب السمو والمعالي") for nobody', () => {
    expect(people('وأقيم الحفل بحضور عدد من أصحاب السمو والمعالي وجمع من المواطنين.').map((e) => e.name)).toEqual([]);
  });

  it('gives the office an appointment with his pronoun ("وتعيينه") makes his after a promotion, and the post he leaves', () => {
    const promoted = person('ماجد بن سالم العمري', 'وشملت الأوامر ترقية العقيد ماجد بن سالم العمري إلى رتبة عميد وتعيينه مديراً لشرطة المنطقة.');
    expect([promoted.official, promoted.role, promoted.honorific]).toEqual([true, 'مديراً لشرطة المنطقة', 'العقيد']);
    const relieved = person('سلطان بن نواف بن سعد', 'ثانياً: يعفى صاحب السمو الأمير سلطان بن نواف بن سعد من منصبه أمير منطقة نجران.');
    expect([relieved.official, relieved.role]).toEqual([true, 'أمير منطقة نجران']);
    // The office the decree's words lead to is his own, no reference to him.
    expect(relieved.references ?? []).toEqual([]);
    expect(promoted.references ?? []).toEqual([]);
    // Leaving his post, with no office named, still says he held one.
    expect(person('عادل بن حمد السويلم', 'وتضمن القرار إعفاء الدكتور عادل بن حمد السويلم من منصبه.').official).toBe(true);
  });

  it('keeps the service after an officer\'s rank ("اللواء بحري", "العميد طيار ركن") in the honorific, between his office and his name', () => {
    const officer = person('نايف بن سعد القحطاني', 'واستقبل سموه قائد القطاع الشمالي اللواء بحري نايف بن سعد القحطاني بمناسبة تعيينه.');
    expect([officer.official, officer.role, officer.honorific]).toEqual([true, 'قائد القطاع الشمالي', 'اللواء بحري']);
    expect(person('سالم بن فهد الشهري', 'وحضر قائد القاعدة العميد طيار ركن سالم بن فهد الشهري الحفل.').honorific).toBe('العميد طيار ركن');
  });

  it('runs an office of a body on over "في" + the town of its branch right before the holder\'s name', () => {
    const head = person('فيصل بن سعيد الزهراني', 'وأكد مدير إدارة الجوازات في الطائف العقيد فيصل بن سعيد الزهراني أن العمل مستمر.');
    expect([head.official, head.role]).toEqual([true, 'مدير إدارة الجوازات في الطائف']);
  });

  it('reads a state\'s official name with a second nisba ("المملكة الأردنية الهاشمية") into an envoy\'s office', () => {
    const envoy = person('هاني الخطيب', 'وحضر اللقاء سفير المملكة الأردنية الهاشمية لدى المملكة هاني الخطيب.');
    expect([envoy.official, envoy.role]).toEqual([true, 'سفير المملكة الأردنية الهاشمية لدى المملكة']);
  });

  it('takes a preposition off the first word of a well-known officeholder named in full ("لبشار الأسد")', () => {
    const known = person('بشار الأسد', 'وشدد على أن لا دور لبشار الأسد في المرحلة الانتقالية.');
    expect([known.official, known.mentions.map((m) => m.text)]).toEqual([true, ['بشار الأسد']]);
  });

  it('reads "أمين" between a given name and a family name as the second word of a compound given name', () => {
    expect(people('وقال محمد أمين الخطيب إن العمل مستمر في المشروع.').map((e) => [e.name, e.official])).toEqual([['محمد أمين الخطيب', false]]);
    // What a keeper keeps after it makes it his office.
    expect(person('محمد', 'وقال محمد أمين الصندوق إن العمل مستمر.').role).toBe('أمين الصندوق');
  });

  it('runs an office that names no body on over "في" + the quoted company he serves, in an apposition or before his name', () => {
    const officer = person('نوال بنت سعد الدوسري', 'وأوضحت نوال بنت سعد الدوسري، نائب الرئيس للموارد البشرية في «سابك»، أن البرنامج يستمر عامين.');
    expect(officer.role).toBe('نائب الرئيس للموارد البشرية في «سابك»');
    expect(person('فهد بن علي الشمري', 'وقال نائب الرئيس للتسويق في «أرامكو» فهد بن علي الشمري إن المبيعات ارتفعت.').role).toBe('نائب الرئيس للتسويق في «أرامكو»');
  });

  it('closes a lineage chain at its definite family name: a bare word after it is the verb\'s object', () => {
    const director = person('سعد بن ناصر المفلح', 'وأعلن المدير التنفيذي للنادي سعد بن ناصر المفلح اكتمال استعدادات الفريق، مؤكداً جاهزية اللاعبين.');
    expect([director.role, director.mentions.map((m) => m.text)]).toEqual(['المدير التنفيذي للنادي', ['سعد بن ناصر المفلح']]);
  });

  it('keeps a common word in the family slot before "إن", which opens what a verb of saying reports', () => {
    expect(people('وقال المحلل المالي ماجد بن علي العمران إن السوق استقبلت الخبر بإيجابية.').map((e) => e.name)).toEqual(['ماجد بن علي العمران']);
    // Before the rest of the clause it is the verb's object.
    expect(people('واستقبل الأمير سلطان بن سلمان الوفد في مكتبه.').map((e) => e.name)).toEqual(['سلطان بن سلمان']);
  });

  it('reads "م." (engineer) like "د." as an abbreviated title between an office and the name, not after a year', () => {
    const governor = person('خالد بن سعد الدايل', 'وقال محافظ الهيئة العامة للموانئ م. خالد بن سعد الدايل إن الحركة زادت.');
    expect([governor.role, governor.honorific]).toEqual(['محافظ الهيئة العامة للموانئ', 'م.']);
    expect(people('وذلك في 12 مارس 2016 م. وقال الأهالي إن الحركة زادت.').map((e) => e.name)).toEqual([]);
  });

  it('takes a verb of a derived form after a title ("معالي الوزير يلتفت") for no one-word name', () => {
    expect(people('ولعل معالي الوزير يلتفت إلى هذه المشكلة قبل فوات الأوان.').map((e) => e.name)).toEqual([]);
    expect(person('يوسف الحمدان', 'وقال الوزير يوسف الحمدان إن العمل مستمر.').role).toBe('الوزير');
  });

  it('keeps an adjective of esteem after a title ("الأخ العزيز") in the honorific, out of the name', () => {
    const found = people('وأشكر الأخ العزيز أبا محمد على مقاله الرائع، وحضر الحفل الشيخ الجليل سعد بن ناصر الحربي.');
    expect(found.map((e) => [e.name, e.honorific]).sort()).toEqual([['أبا محمد', 'الأخ العزيز'], ['سعد بن ناصر الحربي', 'الشيخ الجليل']]);
  });

  it('reads "المتحدث باسمها" (its spokesman) before a name as his whole office', () => {
    const spokesman = person('طارق بن سالم الزيد', 'وحذرت الهيئة من الشائعات، وأكد المتحدث باسمها طارق بن سالم الزيد أن الوضع مطمئن.');
    expect([spokesman.official, spokesman.role]).toEqual([true, 'المتحدث باسمها']);
  });

  it('reads a title after the Hassaniya link "ولد" as the father\'s name and keeps the chain whole', () => {
    const envoy = person('سيدي ولد الشيخ محمد', 'وقال المبعوث الأممي إلى ليبيا سيدي ولد الشيخ محمد إن المشاورات ستستأنف.');
    expect([envoy.role, envoy.honorific]).toEqual(['المبعوث الأممي إلى ليبيا', null]);
    expect(people('وأكد إبراهيم ولد الشيخ محمد أن المشاورات ستستأنف.').map((e) => e.name)).toEqual(['إبراهيم ولد الشيخ محمد']);
  });
});
