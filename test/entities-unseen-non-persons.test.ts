import { describe, expect, it } from 'vitest';
import { sortedNames as names, titledPersons } from './helpers/entity-people.js';
import { tokenize } from '../src/entities/tokenize.js';
import { isMeasurementAt } from '../src/entities/measurement-spans.js';
import { isQuotedVesselNameAt } from '../src/entities/vessel-names.js';
import { isLaterItemOfRegionListAt } from '../src/entities/region-list-items.js';
import { wordsAfterThingHeads } from '../src/entities/named-thing-heads.js';
import { fold } from '../src/text/normalize.js';

// Things the tagger takes for persons that the grammar around them shows to be clubs, products,
// measurements, vessels or places; made-up sentences written for these tests.
const at = (text: string, word: string): { tokens: ReturnType<typeof tokenize>; start: number } => {
  const tokens = tokenize(text);
  return { tokens, start: tokens.findIndex((token) => token.text === word) };
};
const titledNames = (...texts: string[]): string[] => titledPersons(...texts).map((e) => e.name).sort();

describe('a measurement (measurement-spans.ts)', () => {
  it('is no person', () => {
    expect(names('وأظهرت الإعادة في المباراة أن الكرة تجاوزت خط المرمى بـ43 سنتيميترا .')).toEqual([]);
  });

  it('keeps a person named beside a number', () => {
    expect(names('وسجل كريم الهذيلي هدفين في الدقيقة 43 من المباراة .')).toEqual(['كريم الهذيلي']);
  });
});

describe('an animal (animal-nouns.ts)', () => {
  it('is no person when its noun stands alone as the name', () => {
    expect(names('الهند : نمر يهاجم حارسا في حديقة الحيوانات بمدينة بونا')).toEqual([]);
    expect(names('كلب ينقذ طفلا من هجوم فهد في محمية بكينيا !')).toEqual([]);
  });

  it('is no person when its noun, no given name, opens the span', () => {
    expect(names('وتعيش في الغابة طيور نادرة بالإضافة الى "قط كوراني" و"أرنب لوبيز".')).toEqual([]);
  });

  it('keeps a man whose given name is an animal noun, with his family name or title', () => {
    expect(names('وقال فهد المطيري إن الفريق جاهز للمباراة.')).toEqual(['فهد المطيري']);
    expect(names('وأكد وزير الداخلية فهد إن الوضع مستقر.')).toEqual(['فهد']);
    // A lone one in a list of sons' given names is a son.
    expect(names('وترك الفقيد أربعة أبناء هم: ماجد، وفهد، وسالم.')).toContain('فهد');
  });
});

describe('a foreign medium\'s Arabic edition', () => {
  it('is no person: "عربي" after the medium\'s tail word', () => {
    expect(names('وبلغ عدد المشتركين 3 ملايين، بحسب ما ذكر موقع ويكلي نيوز عربي، ليرتفع لاحقا.')).toEqual([]);
    expect(names('وأورد موقع سيتي بوست عربي أن عدد الزوار تراجع إلى النصف.')).toEqual([]);
  });
});

describe('a vessel named in quote marks (vessel-names.ts)', () => {
  it('is no person, nor are the vessels quoted after it', () => {
    expect(names('وتواصل البحث عن المركبين "سلمى" و"فتحي" منذ مساء الثلاثاء قبالة السواحل .')).toEqual([]);
  });

  it('keeps the captain named unquoted', () => {
    expect(names('وتواصل البحث عن المركب "سلمى" وقال ربان السفينة منير الدريدي إن البحر هائج .')).toEqual(['منير الدريدي']);
  });
});

describe('a product after an owned device (named-thing-heads.ts)', () => {
  it('is no person at any mention', () => {
    expect(names('ستعيد الشركة لزبائنها هواتف غرافيتي برو بعد الحادثة . وأوقفت الشركة إنتاج هاتفها غرافيتي برو نهائيا . واسترجعت هواتف غرافيتي برو من الأسواق .')).toEqual([]);
  });
});

describe('a team after "فريقه" (team-names.ts)', () => {
  it('is no person', () => {
    expect(names('واصل اللاعب تألقه في البطولة مع فريقه بلو هورايزن الفائز اليوم على منافسه في المباراة .')).toEqual([]);
  });
});

describe('clubs of a fixture programme (team-slots.ts)', () => {
  it('are no persons across an asterisk from a club', () => {
    expect(names('برنامج المباريات : النادي البنزرتي * أمل الحامة الساعة الرابعة : الترجي الرياضي التونسي هلال قابس * سبورتينغ بن عروس .')).toEqual([]);
    expect(names('مباريات الذهاب : كاب مورن الموريتاني * النادي الصفاقسي الحكم : علي بن سالم . مباريات الإياب : النادي الصفاقسي * كاب مورن الموريتاني .')).toEqual(['علي بن سالم']);
    // A referee a label's colon names, before the next fixture's dash, stays a person.
    expect(names('الجولة الثالثة : نادي حمام الأنف * النادي البنزرتي الحكم : كريم الشابي - الملعب القابسي * مستقبل المرسى الحكم : سامي الورغي')).toEqual(['سامي الورغي', 'كريم الشابي']);
  });

  it('keeps the second team after a match noun and "و" from being a person', () => {
    expect(titledNames('إلغاء مباراة ريال سرقسطة و ألبا غراندي', 'أعلنت الرابطة أن مباراة ريال سرقسطة و ألبا غراندي في الدوري قد ألغيت .')).toEqual([]);
  });

  it('keeps persons met after a match noun', () => {
    expect(names('وحضر اللاعب لقاء المدرب فتحي الجبالي و سامي الورغي في الملعب .')).toContain('سامي الورغي');
  });
});

describe('clubs of a result line with their countries in brackets (fixture-teams.ts)', () => {
  it('are no persons', () => {
    expect(names('نتائج ذهاب الدور التمهيدي للمسابقة الإفريقية : ماكيني سيتارز (زامبيا) - باروكا ويلز (ملاوي) 2 : 0 دونغا بايو (غانا) - سافاني ليو (النيجر) 1 : 1')).toEqual([]);
  });
});

describe('a foreign club word in a sports report (foreign-club-words.ts)', () => {
  it('makes a club of the span', () => {
    expect(names('تأهل النادي إلى الدور الثاني من المسابقة بعد فوزه في المباراة أمام يونيون سبورتيف كاولاك السينغالي بنتيجة 2 - 0 .')).toEqual([]);
  });
});

describe('a later place of a list after a region head (region-list-items.ts)', () => {
  it('is no person', () => {
    expect(names('وتضررت منازل بجهة المنيهلة و العقبة و سيدي ثابت الشرقي بسبب الأمطار .')).toEqual([]);
  });

  it('keeps a person brought in by an office after the list', () => {
    expect(names('وتضررت منازل بولاية أريانة و قال الوالي منير الفرشيشي إن الأشغال متواصلة .')).toContain('منير الفرشيشي');
  });
});

describe('a dialect particle opening quoted speech (dialect-particles.ts)', () => {
  it('is no person, and the speaker stays', () => {
    expect(titledNames('منير الورتاني : "موش كيف الغني كيف الفقير"', 'وأضاف منير الورتاني قائلا "موش كيف الغني كيف الفقير" .')).toEqual(['منير الورتاني']);
  });
});

describe('the predicates themselves, on made-up text', () => {
  it('read a number or a unit after one as a measurement', () => {
    const glued = at('تجاوزت الكرة الخط بـ43 سنتيميترا .', 'بـ43');
    expect(isMeasurementAt(glued.tokens, glued.start, glued.start + 2)).toBe(true);
    const unit = at('على بعد 12 كيلومترا من المدينة', 'كيلومترا');
    expect(isMeasurementAt(unit.tokens, unit.start, unit.start + 1)).toBe(true);
    const name = at('وقال كريم الهذيلي إن الفريق جاهز', 'كريم');
    expect(isMeasurementAt(name.tokens, name.start, name.start + 2)).toBe(false);
  });

  it('read quoted names after a vessel noun, and in its list, as vessels', () => {
    const second = at('فقدان المركبين "سلمى" و"فتحي" منذ الأحد', 'فتحي');
    expect(isQuotedVesselNameAt(second.tokens, second.start)).toBe(true);
    const quotedPerson = at('وقال البحار "فتحي" إن البحر هائج', 'فتحي');
    expect(isQuotedVesselNameAt(quotedPerson.tokens, quotedPerson.start)).toBe(false);
  });

  it('read a later item of a list after a region head as a place, not a person in apposition', () => {
    const later = at('تضررت منازل بجهة المنيهلة و العقبة و سيدي ثابت الشرقي', 'سيدي');
    expect(isLaterItemOfRegionListAt(later.tokens, later.start)).toBe(true);
    const apposed = at('قال الممرض بالمستشفى المحلي بولاية أريانة، منير الفرشيشي إن', 'منير');
    expect(isLaterItemOfRegionListAt(apposed.tokens, apposed.start)).toBe(false);
  });

  it('count a model after an owned device head ("هاتفها")', () => {
    const text = 'أوقفت الشركة إنتاج هاتفها غرافيتي برو نهائيا';
    const found = wordsAfterThingHeads([{ block: 0, text, tokens: tokenize(text) }]);
    expect(found.get(fold('غرافيتي'))).toBe(1);
  });
});
