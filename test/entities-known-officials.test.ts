import { describe, expect, it, vi } from 'vitest';
import { people } from './helpers/entity-people.js';
import * as knownOfficials from '../src/entities/known-officials.js';
import { fold } from '../src/text/normalize.js';

// Made-up officials (no corpus name) stand in for the shipped list in the extractor's tests.
const { FIXTURE } = vi.hoisted(() => ({
  FIXTURE: ['سامر الخطيب', 'عبد الكريم المنصوري', 'أسامة بن رافع الزيدي', 'ماركو زولبيرتو', 'ديفيد كرانوفيتش', 'بيتر كرانوفيتش', 'فراس طوبانكو', 'طوبانكو سالم', 'سمارة قعلول', 'نادر جلول', 'فهمي شعبان', 'شوقي قداس', 'كيم جونغ اون', 'رامي الزيدوني', 'كمال الشاهد', 'سمير الطبيب'],
}));
vi.mock('../src/entities/known-officials.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/entities/known-officials.js')>();
  const keys = new Set(FIXTURE.map(actual.officialKey));
  return { ...actual, isKnownOfficial: actual.knownOfficialTest(keys), isKnownOfficialFamilyName: actual.knownFamilyNameTest(keys), knownOfficialNameLength: actual.knownOfficialLengthTest(keys) };
});

const words = (name: string): string[] => fold(name).split(/\s+/);

describe('known officials: matching a name against the list', () => {
  const isListed = knownOfficials.knownOfficialTest(new Set(FIXTURE.map(knownOfficials.officialKey)));

  it('matches a whole name in its spelling variants (hamza, ة/ه, the article, "عبد" apart or joined)', () => {
    expect(isListed(words('سامر الخطيب'))).toBe(true);
    expect(isListed(words('سامر خطيب'))).toBe(true);
    expect(isListed(words('عبدالكريم المنصوري'))).toBe(true);
    expect(isListed(words('عبد الكريم منصوري'))).toBe(true);
    expect(isListed(words('اسامه ابن رافع الزيدى'))).toBe(true);
  });

  it('never matches a part of a name, one word alone or a longer name', () => {
    expect(isListed(words('الخطيب'))).toBe(false);
    expect(isListed(words('سامر'))).toBe(false);
    expect(isListed(words('عبد الكريم'))).toBe(false);
    expect(isListed(words('أسامة بن رافع'))).toBe(false);
    expect(isListed(words('سامر الخطيب المنصوري'))).toBe(false);
  });
});

describe('known officials: a family name alone', () => {
  const isFamilyName = knownOfficials.knownFamilyNameTest(new Set(FIXTURE.map(knownOfficials.officialKey)));

  it('matches the last word of exactly one listed name, with or without the article', () => {
    expect(isFamilyName('زولبيرتو')).toBe(true);
    expect(isFamilyName('الزولبيرتو')).toBe(true);
  });

  it('does not match a word that ends two listed names, appears elsewhere in another, or opens one', () => {
    expect(isFamilyName('كرانوفيتش')).toBe(false);
    expect(isFamilyName('طوبانكو')).toBe(false);
    expect(isFamilyName('ماركو')).toBe(false);
  });
});

describe('known officials in the extractor', () => {
  it('takes a listed person named without an office for an official with no role', () => {
    const [samer] = people('وقال سامر الخطيب إن المحادثات ستستمر الأسبوع المقبل.');
    expect(samer).toMatchObject({ name: 'سامر الخطيب', official: true, role: null });
  });

  it('keeps the office the article gives him', () => {
    const samer = people('وقال وزير المالية سامر الخطيب إن الميزانية جاهزة.').find((e) => e.name === 'سامر الخطيب');
    expect(samer).toMatchObject({ official: true, role: 'وزير المالية' });
  });

  it('goes by the fullest mention: the family name alone elsewhere is the same official', () => {
    const found = people('وقال سامر الخطيب إن الزيارة ناجحة.', 'وأضاف الخطيب أن المحادثات ستستمر.');
    expect(found.map((e) => [e.name, e.official, e.mentions.length])).toEqual([['سامر الخطيب', true, 2]]);
  });

  it('does not make an unlisted person, or a listed family name alone, an official', () => {
    expect(people('وقال الخطيب إن المحادثات ستستمر.').filter((e) => e.official)).toEqual([]);
    expect(people('وقال سامر الحلبي إن المحادثات ستستمر.').filter((e) => e.official)).toEqual([]);
  });

  it('takes a distinctive family name of one listed official, named alone, for that official', () => {
    const [found] = people('وقال زولبيرتو إن المحادثات ستستمر الأسبوع المقبل.');
    expect(found).toMatchObject({ name: 'زولبيرتو', official: true, role: null });
  });

  it('does not take a family name alone for the official when the article names another person of that family', () => {
    const found = people('وقالت زوجته لوسيا زولبيرتو إن الوفد وصل.', 'وقال شقيقها أنطونيو زولبيرتو إن الوفد وصل.', 'وقال زولبيرتو إن المحادثات ستستمر.');
    // ("وقال زولبيرتو" is the man of the two named before it: shared-family-names.ts.)
    expect(found.find((e) => e.name === 'أنطونيو زولبيرتو')?.mentions.map((m) => m.text)).toEqual(['أنطونيو زولبيرتو', 'زولبيرتو']);
    expect(found.filter((e) => e.official).map((e) => e.name)).toEqual([]);
  });

  it('does not take a family name shared by two listed officials for either', () => {
    const found = people('وقال كرانوفيتش إن المحادثات ستستمر الأسبوع المقبل.');
    expect(found.map((e) => e.name)).toEqual(['كرانوفيتش']);
    expect(found.filter((e) => e.official)).toEqual([]);
  });

  it('does not take a given name that ends a listed name for that official', () => {
    const found = people('وقال سالم إن المحادثات ستستمر الأسبوع المقبل.');
    expect(found.map((e) => e.name)).toEqual(['سالم']);
    expect(found.filter((e) => e.official)).toEqual([]);
  });

  it('does not count a listed name that names a group or an institution after him', () => {
    const official = (text: string): string[] => people(text).filter((e) => e.official).map((e) => e.name);
    expect(official('وأعلنت كتيبة "سامر الخطيب" مسؤوليتها عن الهجوم.')).toEqual([]);
    expect(official('وتبنت جماعة عبد الكريم المنصوري الهجوم على القافلة.')).toEqual([]);
  });
});

describe('known officials: a family name alone where the tagger saw no person', () => {
  const officials = (text: string): string[] => people(text).filter((e) => e.official).map((e) => e.name);

  it('takes in the word before when the two make the listed whole name', () => {
    expect(officials('واستمعت النيابة إلى سمارة قعلول في القضية.')).toEqual(['سمارة قعلول']);
  });

  it('does not take a Hijri month in a date for the official', () => {
    expect(officials('ويبدأ الصيام بعد نهاية شهر شعبان هذا العام.')).toEqual([]);
  });

  it('does not take the last part of a hyphenated name for the official', () => {
    expect(officials('وقد وصل كيم جونغ-أون إلى المدينة أمس.')).not.toContain('أون');
  });

  it('does not take a family name that is also a common noun for the official', () => {
    expect(officials('وترأس البطريرك قداس عيد الفصح في الكاتدرائية.')).toEqual([]);
  });

  it('does not take the family name after a word the news has not seen: another bearer\'s given name', () => {
    // (After the office the two words are the chair's own name, no listed official's family name alone.)
    expect(officials('وحضرت رئيسة المجلس سنيبة جلول الاجتماع.')).toEqual(['سنيبة جلول']);
  });
});

describe('known officials: a definite family name alone in a person\'s slot', () => {
  const officials = (text: string): string[] => people(text).filter((e) => e.official).map((e) => e.name);

  it('takes the headline speaker before a colon, or the subject of a headline\'s imperfect verb', () => {
    expect(officials('الزيدوني : الإصلاحات الجبائية ستتواصل هذا العام')).toEqual(['الزيدوني']);
    expect(officials('ارتفاع أسعار الخضر في الأسواق الزيدوني يقرر تعزيز المراقبة')).toEqual(['الزيدوني']);
  });

  it('takes the subject right after a verb of saying', () => {
    expect(officials('وأضاف الزيدوني أن الميزانية ستعرض على البرلمان قريبا.')).toEqual(['الزيدوني']);
  });

  it('takes a word that is also a common noun only in a person\'s slot: the genitive of "حكومة", a headline, a verb of saying', () => {
    expect(officials('وقال النائب إن حزبه يدعم حكومة الشاهد في الإصلاحات.')).toEqual(['الشاهد']);
    expect(officials('ولم يعترض الحزب على تكليف الشاهد بتشكيل الحكومة.')).toEqual(['الشاهد']);
  });

  it('does not take the common noun in a court hearing ("الشاهد", the witness)', () => {
    expect(officials('واستمعت المحكمة إلى الشاهد في الجلسة. وأكد الشاهد أمام المحكمة أنه رأى المتهم.')).toEqual([]);
  });

  it('does not take a common noun the news seldom takes for a person ("الطبيب", the doctor)', () => {
    expect(officials('وقال الطبيب إن حالة المريض مستقرة.')).toEqual([]);
  });

  it('does not take the family name after a feminine verb (a woman of that family) or after another given name', () => {
    expect(officials('وأوضحت الزيدوني أن الجمعية ستنظم حملة.')).toEqual([]);
    expect(officials('رينيه الزيدوني يعلق على نتائج المهرجان')).toEqual([]);
  });
});

describe('known officials as candidates or entries of a list', () => {
  it('does not take a listed person for an official where he is only a candidate', () => {
    const [samer] = people('وأعلن الحزب دعمه للمرشح سامر الخطيب في الدور الثاني من الانتخابات.');
    expect(samer).toMatchObject({ name: 'سامر الخطيب', official: false, role: null });
  });

  it('does not take the head of an electoral list, nor the entries it holds, for officials', () => {
    const found = people('وتفيد المصادر بأن قائمة سامر الخطيب تضم كل من: نادر جلول وفهمي شعبان ووليد الكافي.');
    for (const name of ['سامر الخطيب', 'نادر جلول', 'فهمي شعبان']) expect(found.find((p) => p.name === name)).toMatchObject({ official: false });
  });

  it('still takes him for an official where another mention names him outside the list', () => {
    const found = people('وتضم القائمة كلا من نادر جلول وكريم العابد.', 'وقال نادر جلول إن المؤتمر سيعقد في موعده.');
    expect(found.find((p) => p.name === 'نادر جلول')).toMatchObject({ official: true });
  });
});

describe('the shipped list of known officials', () => {
  it('loads and holds a well-known head of state, in full only', async () => {
    const shipped = await vi.importActual<typeof import('../src/entities/known-officials.js')>('../src/entities/known-officials.js');
    expect(shipped.isKnownOfficial(words('فلاديمير بوتين'))).toBe(true);
    expect(shipped.isKnownOfficial(words('بشار الأسد'))).toBe(true);
    expect(shipped.isKnownOfficial(words('بوتين'))).toBe(false);
  });

  it('takes the family name alone of an official the ANT list names by two words', async () => {
    const shipped = await vi.importActual<typeof import('../src/entities/known-officials.js')>('../src/entities/known-officials.js');
    expect(shipped.isKnownOfficialFamilyName('ترامب')).toBe(true);
    // (Not the last word of a longer foreign name: "اوليفيي بوافر دارفور" is no "دارفور".)
    expect(shipped.isKnownOfficialFamilyName('دارفور')).toBe(false);
  });
});
