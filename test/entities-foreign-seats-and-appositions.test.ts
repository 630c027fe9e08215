import { describe, expect, it } from 'vitest';
import { officials, people } from './helpers/entity-people.js';

describe('"في" + a foreign town no list knows, between an office and a foreign name', () => {
  it('is the office\'s seat ("المتحدثة باسم الادعاء في كالسروه فلانة علان")', () => {
    expect(officials('وقالت المتحدثة باسم الادعاء العام في هامبورغ فراوكه كولر إن المشتبه به اعتقل.')).toEqual([['فراوكه كولر', 'المتحدثة باسم الادعاء العام في هامبورغ']]);
    expect(officials('وقال الناطق باسم إدارة الإطفاء في أوتريخت ديرك يانسن للصحافيين إن الحريق أخمد.')).toEqual([['ديرك يانسن', 'الناطق باسم إدارة الإطفاء في أوتريخت']]);
  });

  it('not a word the news writes ("في مؤتمر")', () => {
    expect(officials('وقال الناطق باسم الحكومة في مؤتمر صحفي إن الحريق أخمد.')).toEqual([]);
  });
});

describe('an office with the ending "our" in a quoted official\'s words ("مندوبنا الدائم")', () => {
  it('is an office before the name', () => {
    expect(officials('وقال الوزير إن "سفيرنا الجديد لدى اليابان منصور الزيدي سيباشر مهامه الأسبوع المقبل".')).toEqual([['منصور الزيدي', 'سفيرنا الجديد لدى اليابان']]);
  });

  it('not the paper\'s own reporter ("مبعوثنا فلان", "موفدنا")', () => {
    expect(officials('وفق ما أفادنا به موفدنا كمال الورداني من موقع الحادث.')).toEqual([]);
  });
});

describe('a speaker\'s name closed by a bare office in the construct state ("وقال فلان علان زعيم حزب ...")', () => {
  it('keeps a foreign given name no list knows', () => {
    expect(officials('وقال بيرند هولتسكه زعيم حزب الخضر المعارض إن الخطة مرفوضة.')).toEqual([['بيرند هولتسكه', 'زعيم حزب الخضر المعارض']]);
  });

  it('not after "رأي" (an opinion), which folds like the verb "رأى"', () => {
    expect(people('وهو رأي أيدته سلوى الماجري رئيسة الجمعية التونسية للمدن.').map((e) => e.name)).toEqual(['سلوى الماجري']);
  });

  it('reads a speaker\'s name that closes its block, with nothing after it (a headline)', () => {
    expect(people('وأضاف كمال مرجان').map((e) => e.name)).toEqual(['كمال مرجان']);
  });

  it('not "و" + an office: another person\'s office ("وقال فلان ورئيس الحزب")', () => {
    expect(people('وقال بيرند هولتسكه ورئيس الحزب إن الخطة مرفوضة.').map((e) => e.name)).not.toContain('بيرند هولتسكه ورئيس');
  });
});

describe('"أحد" + a plural office in the construct state right after a name ("فلان أحد مسؤولي الشرطة")', () => {
  it('makes him one of its holders, the role as written', () => {
    expect(officials('وقال رافي شارما أحد مسؤولي شرطة الولاية إن عدد الضحايا ارتفع.')).toEqual([['رافي شارما', 'أحد مسؤولي شرطة الولاية']]);
    expect(officials('وقال منصور الزيدي، أحد قادة الحزب الاشتراكي، إن الانتخابات ستجرى في موعدها.')).toEqual([['منصور الزيدي', 'أحد قادة الحزب الاشتراكي']]);
  });

  it('not one of the members or coordinators of a delegation or a protest ("أحد أعضاء الوفد")', () => {
    expect(officials('وقال منصور الزيدي أحد أعضاء الوفد إن الانتخابات ستجرى في موعدها.')).toEqual([]);
    expect(officials('وقال منصور الزيدي أحد منسقي الاعتصام إن المطالب لم تتحقق.')).toEqual([]);
  });
});
