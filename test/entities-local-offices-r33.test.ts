import { describe, expect, it } from 'vitest';
import { personsAfterHonorificsInPlaces } from '../src/entities/honorific-run-ons.js';
import { tokenize } from '../src/entities/tokenize.js';
import { officeHeld, people } from './helpers/entity-people.js';

// Tunisian local news: offices worded in full elsewhere in the article, holders' names next to an
// office word, a club's town, an appointment in a relative clause. Made-up sentences, people invented.

const named = (...texts: string[]): string[] => people(...texts).map((e) => e.name);

describe('a definite office word closing the sentence after a lone given name', () => {
  it('is the family name', () => {
    expect(officeHeld('هشام القاضي', 'تم إخماد الحريق دون خسائر وفق ما أفاد به الناطق باسم الديوانة هشام القاضي.')).toEqual([true, 'الناطق باسم الديوانة']);
  });
  it('is no family name where a comma sets it off', () => {
    expect(named('وأكد هشام، القاضي، أن الجلسة تأجلت.')).not.toContain('هشام القاضي');
  });
});

describe('a club named bare by its head and its town after an office', () => {
  it('closes the office, and the holder\'s name opens on the next word', () => {
    expect(officeHeld('المنصف الدريدي', 'وقال نائب رئيس ترجي جرجيس المنصف الدريدي إن الفريق سيواصل تحضيراته.')).toEqual([true, 'نائب رئيس ترجي جرجيس']);
  });
});

describe('a listed officeholder named by his definite family name alone', () => {
  it('is the subject of a verb of meeting in a relative clause', () => {
    expect(officeHeld('الشاهد', 'وكان الشاهد الذي استقبل السفير الفرنسي بقرطاج قد أعلن عن إصلاحات جديدة.')).toEqual([true, null]);
  });
  it('heads a headline that ran on after a place\'s name', () => {
    expect(officeHeld('الشاهد', 'افتتاح معرض الكتاب في المنستير الشاهد : الإصلاحات ستتواصل')).toEqual([true, null]);
  });
  it('keeps its ordinary reading after a definite common noun', () => {
    expect(named('وقال إن الوطن الشاهد : على ما جرى')).toEqual([]);
  });
});

describe('the fuller form of an office stated alone', () => {
  it('names the government the short form points back to', () => {
    const text = 'أكد رئيس الحكومة سالم العياري أن الوضع مستقر. وأبرز رئيس حكومة الإنقاذ الوطني أنه سيتم إطلاق لجان.';
    expect(officeHeld('سالم العياري', text)).toEqual([true, 'رئيس حكومة الإنقاذ الوطني']);
  });
  it('is not another country\'s office', () => {
    const text = 'أكد وزير الخارجية سالم العياري أن الوضع مستقر. والتقى وزير خارجية الولايات المتحدة أمس.';
    expect(officeHeld('سالم العياري', text)).toEqual([true, 'وزير الخارجية']);
  });
  it('gives a member of parliament the seat stated alone', () => {
    const text = 'قالت النائبة سلمى الورتاني إن المدرسة تحتاج إلى تنظيف. وتدخلت النائبة عن ولاية المنستير في برنامج إذاعي.';
    expect(officeHeld('سلمى الورتاني', text)).toEqual([true, 'النائبة عن ولاية المنستير']);
  });
  it('leaves a one-word office that grows otherwise', () => {
    const text = 'قال الوزير سالم العياري إن الخطة جاهزة. وأضاف الوزير المكلف بالملف أن التنفيذ قريب.';
    expect(officeHeld('سالم العياري', text)).toEqual([true, 'الوزير']);
  });
});

describe('an appointment in the passive in a relative clause after the name', () => {
  it('states the office given, in the accusative', () => {
    expect(officeHeld('سالم العياري', 'ويعد سالم العياري الذي تم تعيينه أمس وزيرا للتجارة، من أبرز الخبراء.')).toEqual([true, 'وزيرا للتجارة']);
    expect(officeHeld('سالم العياري', 'وقال سالم العياري الذي عين وزيرا للتجارة إن الأسعار ستنخفض.')).toEqual([true, 'وزيرا للتجارة']);
  });
  it('is no appointment of his where a name stands before the office', () => {
    expect(officeHeld('سالم العياري', 'وقال سالم العياري الذي عين كمال بن علي وزيرا للتجارة إن الأسعار ستنخفض.')).toEqual([false, null]);
  });
});

describe('a bare "سيد" opening an apposition after a comma', () => {
  it('is the given name', () => {
    expect(officeHeld('سيد الفرشيشي', 'وحضر الجلسة مستشار وزير الصحة المكلف بالمستشفيات، سيد الفرشيشي، وكاتب عام الوزارة، أحمد الماجري.')).toEqual([true, 'مستشار وزير الصحة المكلف بالمستشفيات']);
  });
});

describe('a member of parliament\'s party after the name', () => {
  it('completes the title before the name behind "عن", named by a bare noun and its country', () => {
    expect(officeHeld('سلمى الورتاني', 'وفي سؤال توجهت به النائبة سلمى الورتاني عن آفاق تونس حول تعويض الفلاحين، قال الوزير إن الصندوق جاهز.')).toEqual([true, 'النائبة عن آفاق تونس']);
  });
});

describe('a place the tagger ran on into "السيد" and a name', () => {
  it('ends before the honorific, and the honorific and the name after it are a person\'s span', () => {
    const text = 'أكد رئيس نجم المتلوي السيد الطاهر البوغديري أن فريقه جاهز.';
    const block = { block: 0, text, tokens: tokenize(text) };
    const words = block.tokens.map((t) => t.text);
    const place = { block, kind: 'place' as const, start: words.indexOf('المتلوي'), end: words.indexOf('البوغديري') + 1 };
    const found = personsAfterHonorificsInPlaces([place]);
    expect(found.map((s) => words.slice(s.start, s.end).join(' '))).toEqual(['السيد الطاهر البوغديري']);
    expect(words.slice(place.start, place.end)).toEqual(['المتلوي']);
  });
  it('leaves a place with no honorific inside', () => {
    const text = 'زار الوفد مدينة سيدي علي بن عون أمس.';
    const block = { block: 0, text, tokens: tokenize(text) };
    const words = block.tokens.map((t) => t.text);
    expect(personsAfterHonorificsInPlaces([{ block, kind: 'place', start: words.indexOf('سيدي'), end: words.indexOf('عون') + 1 }])).toEqual([]);
  });
});

describe('a listed definite family name in the genitive of a visit', () => {
  it('is the officeholder who visits', () => {
    expect(officeHeld('الشاهد', 'وتندرج زيارة الشاهد إلى الجزائر في إطار التعاون الثنائي.')).toEqual([true, null]);
  });
});

describe('the aim of the body a spokesman speaks for', () => {
  it('goes on the office, whatever the body\'s head noun', () => {
    expect(officeHeld('سامي الورداني', 'وقال الناطق الرسمي باسم القطب القضائي لمكافحة الإرهاب سامي الورداني إن الملف أحيل.')).toEqual([true, 'الناطق الرسمي باسم القطب القضائي لمكافحة الإرهاب']);
    expect(officeHeld('سامي الورداني', 'أكد سامي الورداني، الناطق الرسمي باسم القطب القضائي لمكافحة الإرهاب والمساعد الأول لوكيل الجمهورية، أن الملف أحيل.')).toEqual([true, 'الناطق الرسمي باسم القطب القضائي لمكافحة الإرهاب']);
  });
});
