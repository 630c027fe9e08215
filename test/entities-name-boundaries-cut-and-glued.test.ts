import { describe, expect, it } from 'vitest';
import type { Block } from '../src/article/model.js';
import { extractEntities } from '../src/entities/extract.js';

// Person names cut short or with a foreign word glued on (made-up sentences in the grammar of the
// news; all people invented).
const people = (text: string) =>
  extractEntities(text.split('\n').map((line) => ({ kind: 'paragraph', text: line, direction: 'rtl' }) satisfies Block)).filter((e) => e.kind === 'person');
const names = (text: string): string[] => people(text).map((e) => e.name);

describe('person names cut short or with a word glued on', () => {
  // [what the rule says, text, a person listed, a wrong name not listed]
  it.each([
    ['a hollow imperfect verb before a name after a nationality is no given name', 'النادي التونسي يقيل ماركو فيرنانديز بعد الهزيمة الثالثة', 'ماركو فيرنانديز', 'يقيل ماركو فيرنانديز'],
    ['"الأمين" between a given name and a family name is a compound given name', 'تمكن معتمد الجهة، محمد الأمين الورتاني من الكشف عن عصابة مختصة في السرقة.', 'محمد الأمين الورتاني', 'محمد'],
    ['"بال" on a given name at the end of the phrase is a family name', 'وسيساعده في خطة نائب رئيس السيد سامي حاج بالقاسم وسيتم الإعلان عن بقية الأعضاء.', 'سامي حاج بالقاسم', 'سامي حاج'],
    ['"ب" on a given name that is also a town, before a given and a family name, is no name word', 'حسب ما أفاد به أحد المحتجين بحيدرة كمال الورتاني للصحفيين.', 'كمال الورتاني', 'بحيدرة كمال الورتاني'],
    ['a transliterated word between a verb of saying and a listed given name opens the name', 'أفاد جوسيب ماريا فيدال رئيس النادي أنه يحترم قرار المدرب.', 'جوسيب ماريا فيدال', 'ماريا فيدال'],
    ['a word the news mostly takes for a person before a listed given name opens a name of two words', 'قال مهدي سالم رئيس الحزب إن الحكومة مطالبة بالمصارحة.', 'مهدي سالم', 'مهدي'],
    ['a rare definite word the news tags a person at times, after a titled given name, is the family name', 'أكد عضو البرلمان كريم الموخر عن حزب الأمل أن الجلسة قانونية.', 'كريم الموخر', 'كريم'],
    ['a town after a lone given name an office names, before "ل" + whom he spoke to, is the family name', 'وقال المدير العام لجمعية حماية المستهلك مراد جدة لموزاييك إن الأسعار مرتفعة.', 'مراد جدة', 'مراد'],
    ['a given name on "عبد" tagged apart from its family name goes on over it', 'وأوضح رئيس النقابة الجهوية للنقل بقابس،عبد الرزاق الفرشيشي ل"إذاعة الجنوب" أن الإضراب متواصل.', 'عبد الرزاق الفرشيشي', 'عبد الرزاق'],
    ['a common noun written twice before the same listed name is its given name', 'خاص : زهرة سليمان تنسحب من الهيئة السياسية\nأعلنت زهرة سليمان، النائبة عن الحزب، انسحابها من الهيئة.\nوأضاف سليمان أنها لن تستقيل.', 'زهرة سليمان', 'سليمان'],
    ['a name written with its first letter kept after a nationality keeps it opening a headline', 'وهبي الورتاني في طريقه الى البطولة الاسبانية\nاكدت صحيفة اسبانية ان اللاعب الدولي التونسي وهبي الورتاني محل اهتمام من فريقين.', 'وهبي الورتاني', 'هبي الورتاني'],
  ])('%s', (_rule, text, listed, wrong) => {
    const found = names(text);
    expect(found).toContain(listed);
    expect(found).not.toContain(wrong);
  });

  it('keeps the office "الأمين العام" after a given name', () => {
    const [person] = people('قال والي الجهة سامي الأمين العام للحزب إن الوضع مستقر.');
    expect(person?.name).not.toBe('سامي الأمين');
  });

  it('keeps a town after a given name where a verb of motion governs it', () => {
    expect(names('وصل وزير الخارجية سامي جدة في زيارة رسمية.')).not.toContain('سامي جدة');
  });

  it('takes no common word written twice before a one-word name', () => {
    expect(names('وقدم شيخ محمد الدرس الأول. ثم عاد شيخ محمد إلى المسجد.')).not.toContain('شيخ محمد');
  });

  it('takes no word before a one-word name that the article writes there only once', () => {
    expect(names('أعلنت زهرة سليمان انسحابها من الهيئة. وأضاف سليمان أنها لن تستقيل.')).not.toContain('زهرة سليمان');
  });
});

describe('a hyphen glued to the last word of a name and spaced from the next', () => {
  it('takes in a part the news never writes, not a word that opens an aside', () => {
    expect(names('وقال ستيفان غرولان- موريتيه إن الحملة بدأت.')).toEqual(['ستيفان غرولان- موريتيه']);
    expect(names('وقال ستيفان غرولان- وهو نائب سابق إن الحملة بدأت.')).toEqual(['ستيفان غرولان']);
  });
});
