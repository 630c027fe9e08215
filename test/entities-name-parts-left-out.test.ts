import { describe, expect, it } from 'vitest';
import { people as personsOf } from './helpers/entity-people.js';
import { tokenize } from '../src/entities/tokenize.js';
import { isUnseenGivenNameAt } from '../src/entities/unseen-given-names.js';

// A part of a person's name that the article gives, left out of the name (made-up sentences in the
// grammar of the news; all people invented).
const people = (text: string) => personsOf(...text.split('\n'));
const names = (text: string): string[] => people(text).map((e) => e.name);

describe('name parts left out', () => {
  // [what the rule says, text, a person listed, a wrong name not listed]
  it.each([
    ['"فضيلة" after an office and its comma, before a name word, is her given name', 'وقالت المستشارة بمحكمة التعقيب، فضيلة المرزوقي في تصريح للإذاعة إنه تم تسجيل عدة نقائص.', 'فضيلة المرزوقي', 'المرزوقي'],
    ['"أمينة" before a family name the article tags is a given name, no title', 'أمينة الزغلامي تلتحق بحزب جديد\nأعلنت الممثلة أمينة الزغلامي، اليوم الاثنين، انضمامها إلى الحزب.', 'أمينة الزغلامي', 'الزغلامي'],
    ['"وأمينة" opening the next name of a list is a given name with the conjunction', 'والفيلم من بطولة محمد الطرابلسي ومنير الكعبي وأمينة خليل.', 'أمينة خليل', 'خليل'],
    ['a transliterated word the news never wrote, before a family name the article uses alone, is the given name', 'أعلن أخصائي التغذية بالنادي الرياضي البنزرتي لوريانو دوملاري عن استقالته من مهامه.\nو أكد دوملاري أن الفريق يفتقد الحيوية المطلوبة.', 'لوريانو دوملاري', 'دوملاري'],
    ['a word after a name of two words that the article makes the subject of a verb of saying alone is the family name', 'أعلنت المديرة العامة للجباية بوزارة المالية، سلوى الدريدي قمورة أنه سيتم صرف المنحة في شهر مارس.\nوبينت قمورة، خلال ندوة صحفية، أن الأمر يتعلق بالمتقاعدين.', 'سلوى الدريدي قمورة', 'سلوى الدريدي'],
  ])('%s', (_rule, text, listed, wrong) => {
    const found = names(text);
    expect(found).toContain(listed);
    expect(found).not.toContain(wrong);
  });

  it('keeps "أمينة المال" an office, no given name', () => {
    expect(names('وقالت أمينة المال بالجمعية إن الميزانية جاهزة.')).toEqual([]);
  });

  it('keeps "فضيلة الشيخ" an honorific', () => {
    const [person] = people('وألقى فضيلة الشيخ محمود الطرابلسي خطبة الجمعة.');
    expect(person?.name).toBe('محمود الطرابلسي');
  });

  it('takes no time word said alone for a family name', () => {
    expect(names('أعلن رئيس الجمعية، كمال الورتاني الثلاثاء أنه سيتم تنظيم المهرجان.\nوقال الثلاثاء: هذا يوم مهم.')).not.toContain('كمال الورتاني الثلاثاء');
  });

  it('takes no verb that opens a sentence for a given name, but a word the news never wrote mid-sentence', () => {
    const at = (text: string, word: string): boolean => {
      const tokens = tokenize(text);
      return isUnseenGivenNameAt(tokens, tokens.findIndex((t) => t.text === word));
    };
    expect(at('وظهر دوملاري مرة واحدة. تندر دوملاري نفسه على المذيع.', 'تندر')).toBe(false);
    expect(at('أعلن أخصائي التغذية بالنادي لوريانو دوملاري عن استقالته.', 'لوريانو')).toBe(true);
  });

  it('takes no word the news writes before a one-word name', () => {
    const found = names('وأكد دوملاري أن الفريق جاهز.\nكما انتقد دوملاري قرارات الحكم.');
    expect(found).toContain('دوملاري');
    expect(found).not.toContain('انتقد دوملاري');
  });
});
