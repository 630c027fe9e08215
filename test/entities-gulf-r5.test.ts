import { describe, expect, it } from 'vitest';
import { people, person } from './helpers/entity-people.js';

// Gulf wire copy (WAM, KUNA, BNA, ONA, QNA), regional papers and sport, round 5, on made-up
// sentences written for these tests (no article text is copied; all people invented).
describe('Gulf news, round 5', () => {
  it('chains a further office after the crown prince of a place named bare ("ولي عهد دبي نائب ...")', () => {
    const heir = person('راشد بن سعيد بن خليفة', 'وشهد سمو الشيخ راشد بن سعيد بن خليفة ولي عهد عجمان نائب رئيس المجلس التنفيذي، حفل التخريج.');
    expect(heir.role).toBe('ولي عهد عجمان نائب رئيس المجلس التنفيذي');
    const deputy = person('سالم بن حمد الكعبي', 'وحضر الشيخ سالم بن حمد الكعبي نائب حاكم دبي رئيس دائرة الموانئ، الاجتماع.');
    expect(deputy.role).toBe('نائب حاكم دبي رئيس دائرة الموانئ');
    // So after a qualified deputy with "ل" + the office: "النائب الأول لحاكم دبي".
    const first = person('مكتوم بن سعيد بن حمد', 'ونقل سمو الشيخ مكتوم بن سعيد بن حمد النائب الأول لحاكم دبي وزير المالية، تحيات الحاكم.');
    expect(first.role).toBe('النائب الأول لحاكم دبي وزير المالية');
    // "وزير" after the place is an office, though it also spells "و" + a word.
    expect(person('حمدان بن سعيد بن حمد', 'وحضر الشيخ حمدان بن سعيد بن حمد ولي عهد دبي وزير الدفاع، الحفل.').role).toBe('ولي عهد دبي وزير الدفاع');
  });

  it('takes a country whose name is a feminine nisba as the second nationality of a joint body', () => {
    const chair = person('هيروشي تاناكا', 'والتقى الوفد برئاسة النائب هيروشي تاناكا رئيس لجنة الصداقة الكورية السعودية، وجرى بحث التعاون.');
    expect(chair.role).toBe('رئيس لجنة الصداقة الكورية السعودية');
  });

  it('ends the office at a country named bare before a plural of people, the verb\'s object', () => {
    const chair = person('العنود بنت خالد آل ثاني', 'وكرمت الشيخة العنود بنت خالد آل ثاني رئيسة مجلس أمناء مكتبات قطر المشاركين في المعرض.');
    expect(chair.role).toBe('رئيسة مجلس أمناء مكتبات قطر');
  });

  it('gives an office right after a full name to it, not to the titled name after the comma', () => {
    const sentence = 'كما استقبل سعادة الدكتور خالد بن سعد الكواري وزير الدولة للشؤون الخارجية، سعادة السيد مارتن كول، وبحث معه التعاون.';
    expect(person('خالد بن سعد الكواري', sentence).role).toBe('وزير الدولة للشؤون الخارجية');
    expect(person('مارتن كول', sentence).role).toBeNull();
    // A bare family name already introduced still lends its office to the apposition after the comma.
    expect(person('عبد الرحمن العلي', 'وصل برفقة الساعدي رئيس المجلس الأعلى، عبد الرحمن العلي.').role).toBe('رئيس المجلس الأعلى');
  });

  it('ends the office before a citizen named as the verb\'s object ("وزار المحافظ المواطن فلان")', () => {
    const citizen = person('سعد بن ناصر الدوسري', 'وزار المحافظ المواطن سعد بن ناصر الدوسري الذي تضرر منزله من الأمطار.');
    expect([citizen.official, citizen.role]).toEqual([false, null]);
  });

  it('takes "the visiting" after a title ("الوزير الضيف") for no name', () => {
    expect(people('ونقل الوزير الضيف تحيات رئيس بلاده، وأشاد الرئيس الزائر بالعلاقات.').map((e) => e.name)).toEqual([]);
    expect(person('مارك يانسن', 'وعقد الوزير الضيف مارك يانسن جلسة مباحثات.').name).toBe('مارك يانسن');
  });

  it('takes the captain and the technical director of a national team for a player and a coach, no officials', () => {
    const captain = person('ماجد حسن الحسين', 'وتسلم قائد المنتخب ماجد حسن الحسين درع البطولة نيابة عن زملائه.');
    expect([captain.official, captain.role]).toEqual([false, null]);
    const coach = person('عادل سعيد القرني', 'وقال المدير الفني للمنتخب الأولمبي عادل سعيد القرني إن الفوز مستحق.');
    expect([coach.official, coach.role]).toEqual([false, null]);
  });

  it('reads "وسعادة" opening the next entry of a guest list as its honorific, and keeps the office of the entry before', () => {
    const sentence = 'وحضر اللقاء سعادة عبدالله ناصر المهيري مدير عام دائرة الأراضي، وسعادة سالم راشد الكعبي مساعد المدير العام للتخطيط.';
    const first = person('عبدالله ناصر المهيري', sentence);
    expect([first.role, first.honorific]).toEqual(['مدير عام دائرة الأراضي', 'سعادة']);
    const next = person('سالم راشد الكعبي', sentence);
    expect([next.name, next.role, next.honorific]).toEqual(['سالم راشد الكعبي', 'مساعد المدير العام للتخطيط', 'سعادة']);
  });

  it('takes a common noun behind a preposition after a ruler\'s title for no name ("ببرقية تهنئة")', () => {
    expect(people('وبعث أمير البلاد ببرقية تهنئة إلى رئيس الدولة الصديقة.').map((e) => e.name)).toEqual([]);
  });

  it('keeps a definite family name after "ولد" + the father\'s name (Mauritanian lineage) before an office in apposition', () => {
    const envoy = person('سيدي ولد محمد الأمين', 'وتسلم سموه أوراق اعتماد سعادة السيد سيدي ولد محمد الأمين سفير الجمهورية الإسلامية الموريتانية.');
    expect([envoy.name, envoy.role]).toEqual(['سيدي ولد محمد الأمين', 'سفير الجمهورية الإسلامية الموريتانية']);
  });

  it('ends the office at a nisba that closes a body\'s name before the verb\'s object ("المجلس التنفيذي | الحفل")', () => {
    const deputy = person('سعيد بن راشد المهيري', 'وشهد الشيخ سعيد بن راشد المهيري نائب رئيس المجلس التنفيذي الحفل الختامي للمهرجان.');
    expect(deputy.role).toBe('نائب رئيس المجلس التنفيذي');
    // Another adjective or a qualifier goes on with the body or the office.
    expect(person('سعيد بن راشد المهيري', 'وقال سعيد بن راشد المهيري نائب رئيس المجلس التنفيذي المؤقت إن العمل مستمر.').role).toBe('نائب رئيس المجلس التنفيذي المؤقت');
  });

  it('keeps the port a chief executive serves, named after its town, in his office ("لميناء خصب والمنطقة الحرة")', () => {
    const chief = person('حمد بن سالم الرواحي', 'وكان في استقباله المهندس حمد بن سالم الرواحي الرئيس التنفيذي لميناء خصب والمنطقة الحرة، الذي قدم شرحا.');
    expect(chief.role).toBe('الرئيس التنفيذي لميناء خصب والمنطقة الحرة');
  });

  it('ends a minister\'s office before an ambassador received, the verb\'s object ("وزير الداخلية | سفير اليابان")', () => {
    const minister = person('سعود بن هلال الحارثي', 'واستقبل معالي السيد سعود بن هلال الحارثي وزير الداخلية سفير كوريا المعتمد لدى السلطنة.');
    expect(minister.role).toBe('وزير الداخلية');
    // In the construct state the ambassador is a genitive: "مدير مكتب سفير كوريا".
    expect(person('ناصر بن علي الهنائي', 'وقال ناصر بن علي الهنائي مدير مكتب سفير كوريا إن الزيارة ناجحة.').role).toBe('مدير مكتب سفير كوريا');
  });

  it('keeps the numbered electoral district a member sits for in his office ("عن الدائرة الخامسة")', () => {
    expect(person('مشعل فهد العازمي', 'وقال عضو مجلس الأمة عن الدائرة الرابعة مشعل فهد العازمي إن الاستجواب جاهز.').role).toBe('عضو مجلس الأمة عن الدائرة الرابعة');
    expect(person('مشعل فهد العازمي', 'وطالب النائب عن الدائرة الثانية مشعل فهد العازمي بلجنة تحقيق.').role).toBe('النائب عن الدائرة الثانية');
  });

  it('reads "نيابة" after an indefinite office and before a definite noun as the prosecution, its genitive', () => {
    expect(person('خالد يوسف المناعي', 'وقال رئيس نيابة الجرائم الإلكترونية المستشار خالد يوسف المناعي إن التحقيق مستمر.').role).toBe('رئيس نيابة الجرائم الإلكترونية');
    // "نيابة عن" is "on behalf of": the office stops before it.
    expect(person('خالد يوسف المناعي', 'وألقى وكيل الوزارة خالد يوسف المناعي نيابة عن الوزير كلمة.').role).toBe('وكيل الوزارة');
  });
});
