import { describe, expect, it } from 'vitest';
import { people, person } from './helpers/entity-people.js';

// Gulf social, court, university and municipal news, on made-up sentences written for these tests
// (no article text is copied; all people invented).

describe('Gulf news, round 3', () => {
  it('takes a one-word name inside the name of a mosque named after a king for no further mention', () => {
    const son = person('فهد', 'وخلف الراحل ثلاثة أبناء هم: سعود، وفهد، وناصر.', 'وصُلّي عليه في جامع الملك فهد بمحافظة المخواة.');
    expect([son.official, son.role, son.honorific, son.mentions.length]).toEqual([false, null, null, 1]);
  });

  it('reads "الأمير" after the style of a highness as a prince\'s title, not a ruler\'s office', () => {
    const prince = person('نواف بن سعد بن تركي', 'وشهد الحفل صاحب السمو الأمير نواف بن سعد بن تركي وعدد من الأعيان.');
    expect([prince.official, prince.role, prince.honorific]).toEqual([false, null, 'صاحب السمو الأمير']);
    // A reigning emir named with his title alone keeps it as his office.
    expect(person('تميم', 'واستقبل الأمير تميم الوفد في الديوان.').role).toBe('الأمير');
  });

  it('gives a retired rank to the name after it, with no post, and not to the name before it', () => {
    const [uncle, retired] = ['بدر بن حمود العتيبي', 'عايض بن حمود العتيبي'].map((name) =>
      person(name, 'وكان في استقبال الضيوف الشيخ بدر بن حمود العتيبي، والعقيد متقاعد عايض بن حمود العتيبي في قاعة الحفل.'),
    );
    expect([uncle.official, uncle.role]).toEqual([false, null]);
    expect([retired.official, retired.role, retired.honorific]).toEqual([false, null, 'العقيد متقاعد']);
  });

  it('knows the feminine of a dean ("عميدة") as an office head', () => {
    const dean = person('منيرة بنت فالح السبيعي', 'وأكدت عميدة كلية الصيدلة الدكتورة منيرة بنت فالح السبيعي أن الكلية أطلقت برنامجين.');
    expect([dean.official, dean.role]).toEqual([true, 'عميدة كلية الصيدلة']);
    // The doyenne of an art or a trade heads no faculty.
    expect(person('سلمى المنصوري', 'وقالت عميدة المسرح الشعبي سلمى المنصوري إن الجمهور تغير.').official).toBe(false);
  });

  it('takes "آل" + a name after a word for a family, or opening a line, for the house, no person', () => {
    expect(people('وأقامت أسرة آل مبارك القرني حفلا بمناسبة تخرج ابنتها.').map((e) => e.name)).toEqual([]);
    expect(people('آل سالم العتيبي يحتفلون بزواج ابنهم').map((e) => e.name)).toEqual([]);
    // A family name with "آل" after a given name is his.
    expect(people('وأوضح مدير المركز ماجد بن سعد آل شبيلي أن العمل مستمر.').map((e) => e.name)).toEqual(['ماجد بن سعد آل شبيلي']);
  });

  it('runs an office of a body named through "لل" on over "في منطقة ..." where its branch sits', () => {
    const spokesman = person('ثامر بن عيد الحارثي', 'وبين المتحدث الرسمي للنيابة العامة في منطقة تبوك، ثامر بن عيد الحارثي، أن الفرق باشرت البلاغ.');
    expect([spokesman.official, spokesman.role]).toEqual([true, 'المتحدث الرسمي للنيابة العامة في منطقة تبوك']);
  });

  it('ends a name before the "they" imperfect of a verb the news writes in the "he" form', () => {
    expect(people('وأضاف أن أمثال أبي حامد يبقون في الذاكرة.').map((e) => e.name)).toEqual(['أبي حامد']);
  });

  it('takes a consultant named by his field alone for an expert, and one with whom he advises for an official', () => {
    const expert = person('منال بنت سعد القحطاني', 'وقالت المستشارة الأسرية منال بنت سعد القحطاني إن الخلافات تزيد في الإجازات.');
    expect([expert.official, expert.role]).toEqual([false, null]);
    const adviser = person('فارس بن علي المهيري', 'وأكد المستشار الاقتصادي لوزير المالية فارس بن علي المهيري أن العجز تراجع.');
    expect([adviser.official, adviser.role]).toEqual([true, 'المستشار الاقتصادي لوزير المالية']);
  });

  it('reads a kunya or a chain closed by a family nisba after a noun for a kind of person as a name', () => {
    expect(people('وطالبت المواطنة أم فيصل بتوفير مواقف للسيارات أمام المدرسة.').map((e) => e.name)).toEqual(['أم فيصل']);
    expect(people('وأوضحت الطالبة نورة مبارك القحطاني أن الاختبارات كانت صعبة.').map((e) => e.name)).toEqual(['نورة مبارك القحطاني']);
    // So after a kinship noun with its pronoun.
    expect(people('وعبرت والدته أم نايف عن فرحتها بتخرجه.').map((e) => e.name)).toEqual(['أم نايف']);
  });

  it('keeps a definite given name before "بنت", and ends a chain closed by its family name before the object', () => {
    expect(people('وشيع جثمان الفقيدة الجوهرة بنت سالم آل زايد في مقبرة العود.').map((e) => e.name)).toEqual(['الجوهرة بنت سالم آل زايد']);
    expect(people('وحضرت الجوهرة بنت عبدالله آل سعيد الحفل.').map((e) => e.name)).toEqual(['الجوهرة بنت عبدالله آل سعيد']);
    expect(people('وتلقى الأخ سعود إبن محمد القحطاني التهاني بمناسبة زواجه.').map((e) => e.name)).toEqual(['سعود إبن محمد القحطاني']);
  });

  it('closes a lineage chain with the tribal nisba after the father that the news writes for persons at times', () => {
    expect(people('وقالت هيا بنت مطلق العنزي إن الشركة تأخرت في صرف الرواتب.').map((e) => e.name)).toEqual(['هيا بنت مطلق العنزي']);
    // A plural noun of that shape the news never writes for a person is the verb's object.
    expect(people('واستقبل الأمير سعد بن فهد الأهالي في مجلسه.').map((e) => e.name)).toEqual(['سعد بن فهد']);
  });
});
