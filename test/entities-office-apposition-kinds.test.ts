import { describe, expect, it } from 'vitest';
import { titledPerson as person } from './helpers/entity-people.js';

// Offices set off from their holder's name in ways unseen news writes them, on made-up sentences
// (all people, places and bodies invented). The first text is the article's title.
describe('offices set off from the name', () => {
  it('reads a union office on over "المنضوية تحت" + the body it is affiliated to, and shows it without that clause', () => {
    const holder = person('سامي الورتاني', 'حجز بضاعة مهربة', 'وقال كاتب عام النقابة الأساسية لمنطقة الشرطة بصفاقس المنضوية تحت النقابة الوطنية لقوات الأمن الداخلي، سامي الورتاني لموقعنا إن العملية ناجحة.');
    expect([holder.official, holder.role]).toEqual([true, 'كاتب عام النقابة الأساسية لمنطقة الشرطة بصفاقس']);
  });

  it('takes a bare definite title set off by a comma when a full stop closes the name after it', () => {
    const minister = person('سالم الحداد', 'تأجيل وقفة احتجاجية', 'أعلنت اللجنة تأجيل وقفة أمام وزارة الشؤون الثقافية، احتجاجا على القرارات التعسفية للوزير، سالم الحداد.');
    expect([minister.official, minister.role]).toEqual([true, 'الوزير']);
  });

  it('gives a woman the masculine office after her name when the verb before it is one of saying', () => {
    const said = person('سلمى الحداد', 'الحزب والانتخابات', 'قالت سلمى الحداد أمين عام حزب الأمل في تصريح للإذاعة إن الحزب جاهز.');
    expect([said.official, said.role]).toEqual([true, 'أمين عام حزب الأمل']);
    // ("وطالبت فلانة رئيس الحكومة بالتدخل": after a verb that takes a person, the office is its object's.)
    const asked = person('سلمى الحداد', 'مطالب', 'وطالبت سلمى الحداد رئيس الحكومة بالتدخل العاجل.');
    expect(asked.official).toBe(false);
  });
});

describe('a counted plural office and its bracket', () => {
  it('gives each name in the bracket after a counted plural the office in the singular', () => {
    const text = 'وأوضح أن الوفد يتكون من خمسة نواب (سامية الطرابلسي وكريم الماجري ومراد الحمايدي) وسيزور المنطقة غدا.';
    for (const name of ['سامية الطرابلسي', 'كريم الماجري', 'مراد الحمايدي']) {
      const mp = person(name, 'زيارة برلمانية', text);
      expect([name, mp.official, mp.role]).toEqual([name, true, 'نائب']);
    }
  });
});

describe('offices stated away from the name', () => {
  it('reads the post a bracket after the name says he held ("(شغل منصب ...)")', () => {
    const text = 'وضمت القائمة عددا من أعضاء الحكومة السابقة، على غرار كريم الماجري (شغل منصب وزير الشؤون الثقافية)، وعلي النفطي (شغل خطة الوزير المكلف بالتنسيق).';
    expect(person('كريم الماجري', 'حزب جديد', text).role).toBe('وزير الشؤون الثقافية');
    expect(person('علي النفطي', 'حزب جديد', text).role).toBe('الوزير المكلف بالتنسيق');
  });

  it('gives the office after "وأضاف" with no name to the speaker named before it', () => {
    const speaker = person('سالم الحداد', 'الإرهاب والتنمية', 'قال سالم الحداد في تصريح لمراسلتنا اليوم إن المؤسسة تقوم بدور كبير.\nوأضاف رئيس الحكومة أن الاستراتيجية جاهزة.');
    expect([speaker.official, speaker.role]).toEqual([true, 'رئيس الحكومة']);
    // (A name after the office is that office's holder, another person.)
    const other = person('سالم الحداد', 'الإرهاب والتنمية', 'قال سالم الحداد إن المؤسسة تقوم بدور كبير. وأضاف وزير الداخلية كريم الماجري أن الخطة جاهزة.');
    expect(other.official).toBe(false);
  });

  it('gives the office of the first sentence to the speaker a headline opens with before its colon', () => {
    const speaker = person('كمال الورتاني', 'كمال الورتاني : تسليم الكأس يوم الخميس', 'أكد رئيس الجامعة التونسية للكرة الطائرة أنه تقرر تسليم الكأس يوم الخميس.');
    expect([speaker.official, speaker.role]).toEqual([true, 'رئيس الجامعة التونسية للكرة الطائرة']);
    // ("كشف", "نفى", "حذر": other verbs that open what the speaker said.)
    const revealing = person('كمال الورتاني', 'كمال الورتاني : الكأس تسلم يوم الخميس', 'كشف رئيس الجامعة التونسية للكرة الطائرة اليوم أنه تقرر تسليم الكأس يوم الخميس.');
    expect(revealing.role).toBe('رئيس الجامعة التونسية للكرة الطائرة');
    // ("حجز تمثال الفنان فلان": a person the headline is about, no speaker, gets no office.)
    const subject = person('كمال الورتاني', 'حجز تمثال الفنان كمال الورتاني في المطار', 'أكد رئيس نقابة الفنانين أن التمثال سيعاد.');
    expect(subject.official).toBe(false);
  });

  it('gives the office of a first sentence that tells the headline\'s act again to the one the headline names', () => {
    const giver = person('كمال الورتاني', 'كمال الورتاني يسلم درع التميز لبلدية سوسة', 'سلم رئيس الجمعية الدولية للمصورين درع التميز لبلدية سوسة في حفل انتظم أمس.');
    expect([giver.official, giver.role]).toEqual([true, 'رئيس الجمعية الدولية للمصورين']);
    const she = person('سلمى الورتاني', 'سلمى الورتاني تتوقع موسما ناجحا', 'توقعت رئيسة الجامعة التونسية للفلاحة موسما ناجحا هذا العام.');
    expect(she.role).toBe('رئيسة الجامعة التونسية للفلاحة');
    // (Another act in the first sentence is another subject's.)
    const other = person('كمال الورتاني', 'كمال الورتاني يسلم درع التميز لبلدية سوسة', 'استقبل رئيس الجمعية الدولية للمصورين وفدا من بلدية سوسة.');
    expect(other.official).toBe(false);
  });
});

describe('the speaker an office continues', () => {
  it('passes over a name inside a quotation for the speaker before it', () => {
    const text = 'قال كمال الورتاني إن القرارات غير كافية، معتبرا أن "خطة سالم الحداد ليست خطة تنموية".\nوأضاف الأمين العام لحزب الأمل أن الحزب سيتابع الملف.';
    expect(person('كمال الورتاني', 'قرارات', text).role).toBe('الأمين العام لحزب الأمل');
  });
});
