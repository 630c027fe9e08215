import { describe, expect, it } from 'vitest';
import { heldOffice as held } from './helpers/entity-people.js';
import type { Block } from '../src/article/model.js';
import { extractEntities } from '../src/entities/extract.js';

// Offices the article states for a person in a sentence or phrase that does not title him, on
// made-up sentences (all people invented). The first text is the article's title.
describe('the one a new holder succeeds', () => {
  it('gives the predecessor named after "خلفا لـ" the successor\'s office, "new" left out', () => {
    const text = 'تم أمس تنصيب معتمد القلعة الجديد سامي الفرجاني خلفا لكمال الزواري الذي غادر المنصب.';
    expect(held('كمال الزواري', 'تنصيب معتمد جديد', text)).toEqual([true, 'معتمد القلعة']);
  });

  it('gives the one named after "الذي يخلف" the office of the last official named before in the sentence', () => {
    const text = 'وقال والي القصرين منصف الدريدي، الذي يخلف حاتم العرفاوي في هذا المنصب، إن التنمية أولوية.';
    expect(held('حاتم العرفاوي', 'الوالي الجديد', text)).toEqual([true, 'والي القصرين']);
  });

  it('gives nothing where the clause states no office of the successor, or the office is a woman\'s', () => {
    const elsewhere = 'وأكد والي القصرين منصف الدريدي أن التنمية أولوية. وكان الوزير قرر تعيين الدريدي خلفا لحاتم العرفاوي.';
    expect(held('حاتم العرفاوي', 'الوالي الجديد', elsewhere)).toEqual([true, null]);
    expect(held('حاتم العرفاوي', 'تعيين', 'وتم تعيين سلوى الدريدي رئيسة للجمعية خلفا لحاتم العرفاوي.')).toEqual([true, null]);
  });
});

describe('the head of the government named after a person', () => {
  it('gives the one "حكومة فلان" names the office of head of government the article states alone', () => {
    const text = 'والتقى الأمين العام للحزب كمال الورفلي أمس رئيس الحكومة المكلف، وأكد أن حزبه لن يشارك في حكومة سليم البحري.';
    expect(held('سليم البحري', 'الحزب يرفض المشاركة', text)).toEqual([true, 'رئيس الحكومة المكلف']);
  });

  it('gives nothing for an office of another country or one of a named holder', () => {
    expect(held('سليم البحري', 'الحزب يرفض المشاركة', 'واستقبل رئيس الحكومة الفرنسي وفدا من حكومة سليم البحري.')[1]).toBeNull();
    expect(held('سليم البحري', 'الحزب يرفض المشاركة', 'وانتقد رئيس الحكومة منير الجلاصي أداء حكومة سليم البحري.')[1]).toBeNull();
  });
});

describe('a given name that is also a common noun in a list joined by "و"', () => {
  it('reads "و" + a feminine noun before a definite nisba family name as the next person of the list', () => {
    const blocks: Block[] = ['تركيبة اللجنة', 'وتضم اللجنة كلا من سالم الورتاني ونجوى الزغيدي وكمال المساكني وفريدة الزغيدي، وتجتمع غدا.'].map((text, i) => ({ kind: i === 0 ? 'title' : 'paragraph', text, direction: 'rtl' }));
    const names = extractEntities(blocks).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(names).toContain('فريدة الزغيدي');
    expect(names).toContain('نجوى الزغيدي');
  });
});

describe('"guest of" a programme after a name an office opens', () => {
  it('ends the name before "ضيف" + the programme when the family name is also a common word', () => {
    expect(held('رياض المؤخر', 'البلديات', 'أكد وزير المالية رياض المؤخر ضيف بوليتيكا اليوم أن الميزانية جاهزة.')).toEqual([true, 'وزير المالية']);
  });
});
