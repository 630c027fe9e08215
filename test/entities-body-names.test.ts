import { describe, expect, it } from 'vitest';
import type { Block } from '../src/article/model.js';
import { extractEntities } from '../src/entities/extract.js';

// Sports and local news on made-up sentences (all people invented; one retold from ANT, whose
// people are real): the words of a club's, a body's or a place's name next to a person's are none
// of the person's name, and a person's name is no place's.
const names = (text: string): string[] =>
  extractEntities(text.split('\n').map((paragraph): Block => ({ kind: 'paragraph', text: paragraph, direction: 'rtl' })))
    .filter((e) => e.kind === 'person')
    .map((e) => e.name);

describe('names beside a body\'s name', () => {
  // [what the rule says, sentence, the persons listed]
  it.each([
    ['the last nisba of a club\'s name opens no name', 'وقرر رئيس الترجي الرياضي الجرجيسي المولدي الحامي غلق مقر الفريق.', ['المولدي الحامي']],
    ['nor does that of an authority\'s name', 'وأكد رئيس الهيئة العليا للاتصال السمعي البصري النوري الماجري أن القنوات خالفت القانون.', ['النوري الماجري']],
    ['nor after the club\'s head, before a headline\'s verb', 'كرة اليد : الإتحاد المنستيري ينتدب أيمن الفرجاني', ['أيمن الفرجاني']],
    ['a club\'s nisba before "أنها" is no one', 'وتعلم الهيئة المديرة للهلال الرياضي الشابي أنها قررت الطعن في القرار.', []],
    ['a Tunisian given name in the form of a nisba after a body\'s adjective is kept', 'وقال محافظ البنك المركزي الشاذلي العياري إن النمو ضعيف.', ['الشاذلي العياري']],
    ['a bare trade noun governs the club, and the name follows it', 'وأعلن النادي تعاقده مع مهاجم نانسي يوهان الفرجاني لمدة موسم.', ['يوهان الفرجاني']],
    ['a club named by a borrowed head is no person', 'دون حضور جمهور : النادي البنزرتي * سبورتينغ المكنين', []],
    ['nor is that head the end of a referee\'s name in a fixtures list', 'الملعب القابسي – النادي البنزرتي / سامي الحمروني أولمبيك مدنين – الملعب التونسي / هشام الجلاصي', ['سامي الحمروني', 'هشام الجلاصي']],
    ['after a comma, "و" before a common word no name list knows is the name\'s own letter', 'وأكد رئيس المركز، وجدي الفرجاني أن الوضع هادئ.', ['وجدي الفرجاني']],
    ['the definite dual of a nationality before the players names two of them, no one', 'ويضم الفريق التونسيان الدولي سامي الفرجاني و الحارس منير الجلاصي.', ['سامي الفرجاني', 'منير الجلاصي']],
    ['a noun with its pronoun after "الفريق" (a team, or the rank) is no name', 'وفاز النادي بهدفين ليواصل الفريق الملكي صدارته للبطولة برصيد 40 نقطة.', []],
    ['the family name of a hospital\'s namesake opens no name', 'وأكد مدير مستشفى فرحات حشّاد لطفي الورتاني في اتصال هاتفي أن التحقيق متواصل.', ['لطفي الورتاني']],
    ['a given name after "شط" (a shore) names a town', 'وتعيش العائلة في كوخ في شط مريم على مستوى الطريق.', []],
    ['a full name the tagger reads as a place, whose family name the article gives alone, is the person\'s', 'زهرة إدريس : "أنا لا أتبع أي شق في الحزب"\nعبرت النائب عن حزب نداء تونس، زهرة إدريس ضيفة برنامج "الأحد" عن رفضها للانقسام. وقالت إدريس "أكثر ما يؤلمني هو الخلاف".', ['زهرة إدريس']],
    ['an ordinal that goes on a count of goals is no ruler\'s', 'وافتتح سامي الفرجاني التسجيل ثم أضاف منير الجلاصي الهدف الثاني وكاسيميرو الثالث بطريقة رائعة.', ['سامي الفرجاني', 'منير الجلاصي']],
    ['a ruler\'s ordinal stays his name\'s', 'واستقبل الملك عبد الله الثاني الوفد في قصر الحسينية.', ['عبد الله الثاني']],
  ])('%s', (_rule, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
