import { describe, expect, it } from 'vitest';
import { heldOffice, titledPersons } from './helpers/entity-people.js';
import { singularOffice } from '../src/entities/plural-office-singulars.js';

// Officials recall and the official flag on made-up news sentences (all people and bodies invented).
// The first text is the article's title.

describe('members named after a plural office', () => {
  it('gives each one listed after "وهم" the singular of a counted plural, with the body in the construct state', () => {
    const text = 'ولم يجدد الرئيس ثقته في 3 من أعضاء حكومة سامي الهاني ممن كانوا نوابا بمجلس نواب الشعب وهم كمال الورغي ومنير الدريدي وهادي السالمي.';
    for (const name of ['كمال الورغي', 'منير الدريدي', 'هادي السالمي']) expect(heldOffice(name, 'تركيبة الحكومة', text)).toEqual([true, 'عضو حكومة سامي الهاني']);
    const mps = 'واقترح رئيس الحكومة 3 نواب لعضوية الحكومة الجديدة وهم كمال الورغي عن قائمة الأمل دائرة قابس ومنير الدريدي عن قائمة الوفاق دائرة باجة.';
    for (const name of ['كمال الورغي', 'منير الدريدي']) expect(heldOffice(name, 'الحكومة الجديدة', mps)).toEqual([true, 'نائب']);
  });

  it('counts "عدد آخر من" too, and takes a body behind "ب" into the office', () => {
    const other = 'وحضر عدد آخر من أعضاء حكومة سامي الهاني على غرار كمال الورغي ومنير الدريدي.';
    for (const name of ['كمال الورغي', 'منير الدريدي']) expect(heldOffice(name, 'الحفل', other)).toEqual([true, 'عضو حكومة سامي الهاني']);
    const appointed = 'وهم النواب الذين تم تعيينهم أعضاء بحكومة الوحدة الوطنية وهم كمال الورغي ومنير الدريدي.';
    for (const name of ['كمال الورغي', 'منير الدريدي']) expect(heldOffice(name, 'التعيينات', appointed)).toEqual([true, 'عضو بحكومة الوحدة الوطنية']);
  });

  it('gives each one listed after "منهم ... وهم" the office a number counts in the singular accusative', () => {
    const text = 'وتتكون اللجنة من 14 نائبا، 3 منهم ينتمون لكتلة حزب الأمل وهم كمال الورغي ومنير الدريدي وهادي السالمي.';
    for (const name of ['كمال الورغي', 'منير الدريدي', 'هادي السالمي']) expect(heldOffice(name, 'تركيبة اللجنة', text)).toEqual([true, 'نائب']);
  });

  it('writes the singular of broken and sound plurals', () => {
    expect(singularOffice('نواب')).toBe('نائب');
    expect(singularOffice('أعضاء حكومة فلان')).toBe('عضو حكومة فلان');
    expect(singularOffice('الوزراء')).toBe('الوزير');
    expect(singularOffice('مستشارين')).toBe('مستشار');
    expect(singularOffice('عمال')).toBe('عمال');
  });
});

describe('heads of governments named in "حكومتي فلان وعلان"', () => {
  it('takes each head listed after the dual for an official', () => {
    const text = 'وعملت مستشارة في رئاسة الحكومة (حكومتي سامي الهاني وكمال الورغي) ثم التحقت بالوزارة.';
    expect(heldOffice('كمال الورغي', 'تعيين', text)[0]).toBe(true);
  });
});

describe('offices that reach the name', () => {
  it('ends an office set off by commas on "سابقاً" after its place', () => {
    expect(heldOffice('سالم خليفة الكعبي', 'انتقادات', 'من جانبه انتقد نائب رئيس الشرطة والأمن العام في دبي سابقاً، سالم خليفة الكعبي، التصريحات الأخيرة.')).toEqual([true, 'نائب رئيس الشرطة والأمن العام في دبي سابقاً']);
  });

  it('runs a body\'s aim through a participle\'s plural in the construct state ("لممتحني رخص السياقة")', () => {
    expect(heldOffice('سامي الفهري', 'حزام الأمان', 'أكد رئيس الجمعية الوطنية لممتحني رخص السياقة والسلامة المرورية سامي الفهري في مداخلة له أن القرار مهم.')).toEqual([true, 'رئيس الجمعية الوطنية لممتحني رخص السياقة والسلامة المرورية']);
  });

  it('reads a feminine nisba after a feminine noun as its adjective, before a given name that is also an adjective', () => {
    expect(heldOffice('أنيس الورغي', 'السلامة', 'أكد رئيس الجمعية الوطنية للسلامة المرورية أنيس الورغي أن القرار مهم.')).toEqual([true, 'رئيس الجمعية الوطنية للسلامة المرورية']);
  });
});

describe('no office', () => {
  it('takes "بمساعدة" + a trade for "with the help of", no aide', () => {
    expect(heldOffice('كمال الورغي', 'حملة تبرعات', 'نجحت الجمعية في جمع المبلغ بمساعدة الفنان المسرحي كمال الورغي الذي أطلق الحملة.')).toEqual([false, null]);
  });

  it('takes a rare adjective and a verb after a rank word for no office ("الفريق من هدف مباغت أحرزه اللاعب")', () => {
    expect(heldOffice('سامي الفهري', 'المباراة', 'و قلص الفريق الضيف الفريق من هدف مباغت أحرزه اللاعب سامي الفهري في الدقيقة 54.')).toEqual([false, null]);
  });

  it('takes the coordinator of a group of workers or teachers for no official', () => {
    expect(heldOffice('سلمى الورغي', 'احتجاج', 'وقالت منسقة الأساتذة النواب بقابس، سلمى الورغي في مداخلة لها إن الاحتجاج متواصل.')).toEqual([false, null]);
    expect(heldOffice('كمال الورغي', 'إضراب', 'وقال كمال الورغي المنسق الجهوي لعمال الحضائر بباجة، إنهم سيواصلون.')).toEqual([false, null]);
    // (A party's regional coordinator holds a post.)
    expect(heldOffice('كمال الورغي', 'الحزب', 'وقال المنسق الجهوي لحركة الأمل كمال الورغي إن الحزب جاهز.')[0]).toBe(true);
  });
});

describe('the holder a successor replaces', () => {
  it('takes the one named after "خلفا ل" or "الذي يخلف" for an official, with the office the clause gives his successor', () => {
    expect(heldOffice('عامر الدريدي', 'تعيين', 'وتم تعيين سامي الورغي مديرا عاما للشركة خلفا لعامر الدريدي.')).toEqual([true, 'مديرا عاما للشركة']);
    expect(heldOffice('كمال العيادي', 'تعيين', 'وتم تعيين سامي الورغي مديرا عاما للمؤسسة، خلفا للسيد كمال العيادي.')).toEqual([true, 'مديرا عاما للمؤسسة']);
    expect(heldOffice('كمال العيادي', 'الوالي الجديد', 'وأكد سامي الورغي، الذي يخلف كمال العيادي في هذا المنصب، أن الأولوية للأمن.')).toEqual([true, null]);
  });

  it('takes no coach replaced, no one behind someone, and not the successor after the verb', () => {
    expect(heldOffice('كمال العيادي', 'الفريق', 'وأعلن النادي تعيين مدرب جديد خلفا لكمال العيادي.')[0]).toBe(false);
    expect(heldOffice('كمال العيادي', 'القاعة', 'وجلس سامي الورغي خلف كمال العيادي في القاعة.')[0]).toBe(false);
  });
});

describe('a title after "عبد"', () => {
  it('reads "عبد الملك" as a given name, no king', () => {
    const found = titledPersons('زيارة', 'يؤدي نائب رئيس الوزراء وزير الخارجية اليمني عبد الملك عبد الجليل الصالحي، زيارة رسمية إلى تونس.');
    expect(found.map((e) => [e.name, e.official])).toEqual([['عبد الملك عبد الجليل الصالحي', true]]);
  });
});


describe('a given name that is also an adjective, after an office closed by its nationality', () => {
  it('reads "الطيب" and the word after it as the holder, not as adjectives', () => {
    const text = 'وأكد وزير الصحة المغربي الطيب قلم أن الوزارة ستفتح مستشفيين جديدين. وقال قلم إن العمل متواصل.';
    expect(heldOffice('الطيب قلم', 'المستشفيات', text)).toEqual([true, 'وزير الصحة المغربي']);
  });

  it('takes no definite ordinary word for the family name', () => {
    const text = 'وأكد وزير الصحة المغربي الطيب العمل على تحسين الخدمات.';
    expect(titledPersons('المستشفيات', text).map((e) => e.name)).toEqual([]);
  });
});

describe('a club named behind "ل" by its head and its town', () => {
  it('takes the town into the office and leaves the holder his own name', () => {
    const text = 'وأكد عضو الهيئة المديرة لترجي جرجيس منير الدريدي أن الفريق سيواصل تحضيراته.';
    expect(heldOffice('منير الدريدي', 'الفريق', text)).toEqual([true, 'عضو الهيئة المديرة لترجي جرجيس']);
    const head = 'وقال رئيس لترجي جرجيس منير الدريدي إن الهيئة ستجتمع.';
    expect(heldOffice('منير الدريدي', 'الفريق', head)).toEqual([true, 'رئيس لترجي جرجيس']);
  });
});
