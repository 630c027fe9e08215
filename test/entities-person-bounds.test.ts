import { describe, expect, it } from 'vitest';
import type { Block } from '../src/article/model.js';
import { extractEntities } from '../src/entities/extract.js';

// Person precision on made-up news sentences (no article text copied; all people invented): name
// bounds, names of places that are no person, and one person for a name and its alias.
const people = (text: string) =>
  extractEntities([{ kind: 'paragraph', text, direction: 'rtl' } satisfies Block]).filter((e) => e.kind === 'person');
const names = (text: string): string[] => people(text).map((e) => e.name);

describe('person name bounds', () => {
  // [what the rule says, sentence, the persons listed]
  it.each([
    ['a tribal nisba before an indefinite word closes a woman\'s lineage chain', 'ثم تحدثت الطالبة سارة بنت فهد العنزي نيابة عن زميلاتها.', ['سارة بنت فهد العنزي']],
    ['an alias marker word followed by no alias is the family name', 'وأكد رئيس البلدية، كمال المكني أنه سيتم فتح الطريق.', ['كمال المكني']],
    ['a family name on "الله" closing the phrase ends the name', 'وأكد ممثل الوزارة في الندوة، عبد الرزاق خلف الله، أهمية المشروع.', ['عبد الرزاق خلف الله']],
    ['a prayer after the name is none of it', 'وتوفي الشيخ حمدان الفالح رحمه الله.', ['حمدان الفالح']],
    ['a name after a governed definite hospital head and its adjective is the hospital\'s', 'وتم نقل المصابين إلى المستشفى الجهوي الطاهر الصافي بالقصرين لتلقي العلاج.', []],
    ['a hospital head completing an office before the name does not count', 'وقال مدير المستشفى الجهوي سالم الورتاني إن الوضع مستقر.', ['سالم الورتاني']],
    ['a masculine nationality closing the phrase after a lone given name is the family name', 'وقال الناطق الرسمي باسم محاكم المنستير سامي الليبي، إن المتهم أوقف.', ['سامي الليبي']],
    ['a member noun before "في" is no family name', 'ودعا منير الجلاصي الخبير في الطاقة إلى مراجعة الأسعار.', ['منير الجلاصي']],
    ['"و" + a kinship noun with a pronoun ends the name', 'وتلقى الشيخ مطلق بن عايض الحربي وأبناؤه التعازي في وفاة ابنه.', ['مطلق بن عايض الحربي']],
    ['a definite word the news hardly wrote after a titled lone given name is the family name', 'وأشاد رئيس نادي الشباب خالد البلطان بأداء اللاعبين.', ['خالد البلطان']],
    ['a verb with the "ل" of purpose after a name is none of it', 'إلى أي مستوى نزل الرئيس كلينتون ليتنصت على هواتفي.', ['كلينتون']],
    ['a name in the name of an armed group is no person', 'وتبنت الهجوم جماعة بوكو حرام في شمال البلاد، كما أعلنت كتيبة عقبة ابن نافع مسؤوليتها.', []],
    ['a title that is also a given name after a given name is the father\'s name', 'وتابع أن الوفد كان مكونا من، راشد علي حمد الكعبي، وعبدالكريم سلطان عبدالله إبراهيم المنصوري.', ['عبدالكريم سلطان عبدالله إبراهيم المنصوري', 'راشد علي حمد الكعبي']],
    ['"luck" after a noun with a preposition is an idiom, no name', 'ولحسن الحظ فقد تجاوبت إدارة المستشفى مع طلب العائلة.', []],
    ['a question word goes on no name', 'فقالت لها المضيفة: سيدتي هل أنت بخير؟', []],
    ['a plural or verbal noun shaped like a nisba after "بن X" is the verb\'s object', 'وقدم الشيخ ناصر بن حمد بن عيسى التعازي لأسرة الراحل، وبعث فيصل بن سعد التهاني للفائزين.', ['ناصر بن حمد بن عيسى', 'فيصل بن سعد']],
    ['an unseen definite word after two given names is the family name, before "إن" or the verb\'s object', 'وقال خالد سعد المانع إن اللجنة أنهت عملها، وقدم ماجد فهد المانع التهنئة للفائزين.', ['خالد سعد المانع', 'ماجد فهد المانع']],
    ['a common word closing the phrase after a given name and the father\'s is the family name', 'وقال سامر أمين مدني إن المؤتمر ناجح. وأكد خالد محمد سلامة، أن الفريق جاهز.', ['سامر أمين مدني', 'خالد محمد سلامة']],
    ['a derived verbal noun with the feminine "ة" after a name is the verb\'s object', 'وأعلن خالد محمد الاستراحة بين الشوطين، وتولى سامر فهد الاستضافة هذا العام.', ['خالد محمد', 'سامر فهد']],
    ['a verb of narrating before a kunya is no name word', 'وروت أم خالد الشمري تفاصيل الحادث، كما روى أبو سالم الدوسري ما شاهده.', ['أم خالد الشمري', 'أبو سالم الدوسري']],
    ['"أم" between a feminine past verb and a given name heads the woman\'s kunya', 'وتحدثت أم سعد الرويلي عن معاناتها بعد الحادث.', ['أم سعد الرويلي']],
    ['a bare "سيد" after a given name is the father\'s name, and the nickname the tagger cut off goes on it', 'وسجل محمود سيد زيزو الهدف الأول للفريق.', ['محمود سيد زيزو']],
    ['a preposition glued to a name the news often writes is no part of it', 'أسوأ أعمال عنف تشهدها البلاد منذ الإطاحة بمعمر القذافي عام 2011.', ['معمر القذافي']],
  ])('%s', (_rule, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // [what the rule says, sentence, a person listed, a wrong name not listed]
  it.each([
    ['an alias marker before a quoted alias still ends the name', 'وتبحث الشرطة عن سامر خليل المكنى "أبو فراس" منذ أسابيع.', 'سامر خليل', 'سامر خليل المكنى'],
    ['the "و" of a name between two list dashes is its own', 'التشكيلة: سامي العرفاوي - وهبي القاسمي - نادر الزواري - كريم العياري .', 'وهبي القاسمي', 'هبي القاسمي'],
    ['an adjective after a kinship noun with a preposition is no name word', 'وبعث لاعب الوسط ماتيو لوكا رسالة لشقيقه الصغير بيار (21 عاما) قبل المباراة.', 'ماتيو لوكا', 'الصغير بيار'],
    ['a verbal noun of the second form with a preposition ends the name', 'وأمر الشيخ سلطان بن راشد بتنكيس الأعلام في الوزارات.', 'سلطان بن راشد', 'سلطان بن راشد بتنكيس'],
    ['an age by decade after the name is none of it', 'وقال سليم الأربعيني إن الحياة في المدينة صعبة، وأكد سليم الورغي ذلك.', 'سليم الورغي', 'سليم الأربعيني'],
    ['a weekly\'s quoted name is no person', 'وقال الوزير سامي الحداد في مقابلة مع أسبوعية "جون افريك" إن الوضع مستقر.', 'سامي الحداد', 'جون افريك'],
    ['a noun of what befell someone before the name is none of it', 'وأعلن المتحدث باسم الشرطة عادل الهمامي عن مقتل الصيادي (30 سنة) في الهجوم.', 'عادل الهمامي', 'مقتل الصيادي'],
  ])('%s', (_rule, text, listed, wrong) => {
    expect(names(text)).toContain(listed);
    expect(names(text)).not.toContain(wrong);
  });
});

describe('person name bounds in Egyptian and Lebanese press and match reports', () => {
  it.each([
    { rule: 'a conjunction in "ما" after an office opens a clause, no name', text: 'ولم يرد على مقترح رئيس الحكومة مثلما وعد بذلك أمام البرلمان.', expected: [] },
    { rule: 'a player\'s trade and club inside the span open the name after them', text: 'وتألق حارس الأهلي محمد الشافعي في التصدي لعدة فرص خطيرة للضيوف.', expected: ['محمد الشافعي'] },
    { rule: 'a player\'s trade and club after two name words end the name', text: 'وكان سامح الدمنهوري حارس الإسماعيلي نجم اللقاء.', expected: ['سامح الدمنهوري'] },
    { rule: 'a bare "سيد" after another title is the given name', text: 'وقال الحاج سيد أبو الفتوح إن الأهالي ينتظرون.', expected: ['سيد أبو الفتوح'] },
    { rule: 'after a noun that governs it the same word carries the preposition', text: 'ووجه الوزير رسالة لسعد الورتاني أمس.', expected: ['سعد الورتاني'] },
    { rule: 'the quantifier "أي" opens the object, it ends the name', text: 'ونفى العقيد أبو كمال أي تورط في الهجوم.', expected: ['أبو كمال'] },
    { rule: 'a rank after two name words opens the next entry of a list of officers', text: 'وتم تكريم كل من: النقيب سامي الحجري الملازم ماهر الكبسي العريف أول عمر العمري.', expected: ['سامي الحجري', 'ماهر الكبسي', 'عمر العمري'] },
    { rule: 'a definite verbal noun before "لل" and its complement is the object, no family name', text: 'وصرح بأن قرار المشير السيسي الترشح للانتخابات يعد قرارا مسؤولا.', expected: ['السيسي'] },
    { rule: 'an unseen word of "و" + a word the news writes is the list\'s "و" before a name', text: 'وضم الوفد النواب جورج نصار وآلان عون وسيزار أبي زيد، وجرى عرض للأوضاع.', expected: ['جورج نصار', 'سيزار أبي زيد'] },
  ])('$rule', ({ text, expected }) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('person name bounds of Maghreb names and press phrases', () => {
  // [what the rule says, the persons listed, sentence]
  it.each([
    ['after a nationality a word in "ل" the news mostly writes as a person is the given name', ['لسعد الورتاني'], 'قررت إدارة النادي إقالة المدرب التونسي لسعد الورتاني من مهامه.'],
    ['the given name in "ل" the article writes whole keeps its "ل" after a verb too', ['لسعد الورتاني'], 'النادي يقيل لسعد الورتاني. وقررت إدارة النادي إقالة المدرب التونسي لسعد الورتاني.'],
    ['after a verb of saying a word in "ل" the news writes as a person more than its rest is the whole given name, no "ل" + a title', ['لامين دياك'], 'وقال لامين دياك إن البطولة كانت ناجحة.'],
    ['so it is after an office phrase, before a word the news mostly writes as a person', ['لامين دياك'], 'وقال رئيس الاتحاد الدولي لامين دياك إن البطولة كانت ناجحة.'],
    ['a word in "ل" whose rest the news writes as a person as often is still "ل" + the name', ['سعد الحريري'], 'وقال رئيس الحكومة لسعد الحريري إن الحوار مستمر.'],
    ['after an office phrase a word in "و" whose rest is no word is the whole given name', ['وديع العياري'], 'وقال رئيس الجامعة وديع العياري إن المنتخب جاهز للمباراة.'],
    ['so it is before a family name with the article after a title of saying', ['وديع الجريء'], 'قال رئيس الاتحاد التونسي لكرة القدم وديع الجريء إن المنتخب جاهز.'],
    ['a word in "و" after an office before a bare word may be a verb: its "و" is the clause\'s', [], 'وحضر وزير الداخلية وعبرت الوزيرة عن شكرها.'],
    ['a rest that is a kunya head before a word no name list knows keeps the letter', ['بابا ماساتا دياك'], 'وقال المحامي بابا ماساتا دياك إن موكله بريء.'],
    ['a given name closing the phrase after "بلحاج" is the rest of the family name', ['نبيل بلحاج علي', 'سامي بوعجيلة'], 'والتحق بالحزب قياديون على غرار سامي بوعجيلة ونبيل بلحاج علي وغيرهم .'],
    ['a definite office word after a definite given name, before what was said, is the family name', ['الصحبي القاضي'], 'وقال الناطق باسم الشرطة الصحبي القاضي إن المتهم فر.'],
    ['so it is before "ل" and a quoted outlet', ['الصحبي القاضي'], 'وقال الناطق باسم الشرطة، الصحبي القاضي ل"الإذاعة" إن المتهم فر.'],
    ['"ل" + a news agency is whom the speaker told, no name word', ['سامي الورغي'], 'وقال سامي الورغي لرويترز إن الجنود دخلوا المدينة، فيما قال شاهد لرويترز إن القصف استمر.'],
    ['after a region\'s head "منزل" heads a town\'s name, no house of someone', [], 'وشهدت معتمدية منزل بوزيان المكناسي والمزونة احتجاجات.'],
    ['a quoted name after an agency\'s head and its definite complement is the agency\'s', [], '"فيتش راتينغ" تعلن عن التصنيف الجديد لتونس. ثبتت وكالة التصنيف "فيتش راتينغ" تصنيف تونس عند "ب ب سلبي".'],
    ['a cathedral, church or reactor named after a saint or a place is no person', [], 'وزار الرئيس كاتدرائية القديس باتريك ثم هدد باستهداف مفاعل ديمونا.'],
    ['"فضيلة" before a name word is a given name, no honorific leaving the family name alone', [], 'وقالت فضيلة الزرقوني إن الجمعية ستواصل عملها، وأضافت الزرقوني أن العمل مستمر.'],
    ['"فضيلة" before a religious title stays an honorific', ['سعود الشريم'], 'وأم المصلين فضيلة الشيخ سعود الشريم.'],
    ['a bare kinship noun before "بن" is the head of the construct, no given name', ['زين العابدين بن علي'], 'وقال الرئيس زين العابدين بن علي إن البلاد آمنة. واستقبلت السلطات جليلة الطرابلسي شقيقة زوجة بن علي في المطار.'],
  ])('%s', (_rule, expected, text) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('one person for a name and its alias', () => {
  it('gives the alias after a quoted name to that name', () => {
    const found = people('وتم إيقاف شاب يدعى "سامي بن علي المنصوري" المكنّى بـ"أبو حمزة".');
    expect(found.map((e) => e.name)).toEqual(['سامي بن علي المنصوري']);
  });

  it('gives the alias an alias marker introduces to the person named before it', () => {
    const found = people('وأوضح أن من بين الموقوفين نادر بن سالم المعروف باسم "أبو قتادة" مؤسس الجماعة، وأن أبو قتادة كان مطلوبا.');
    expect(found.map((e) => e.name)).toEqual(['نادر بن سالم']);
    expect(found[0].mentions.map((m) => m.text)).toContain('أبو قتادة');
  });
});
