import { describe, expect, it } from 'vitest';
import type { Block } from '../src/article/model.js';
import { extractEntities } from '../src/entities/extract.js';

// Person precision on made-up news sentences (no article text copied; all people invented): name
// bounds, and names of places that are no person.
const names = (text: string): string[] =>
  extractEntities([{ kind: 'paragraph', text, direction: 'rtl' } satisfies Block])
    .filter((e) => e.kind === 'person')
    .map((e) => e.name);

describe('person name bounds', () => {
  it('closes a woman\'s lineage chain with a tribal nisba before an indefinite word', () => {
    expect(names('ثم تحدثت الطالبة سارة بنت فهد العنزي نيابة عن زميلاتها.')).toEqual(['سارة بنت فهد العنزي']);
  });

  it('keeps an alias marker word that is followed by no alias as the family name', () => {
    expect(names('وأكد رئيس البلدية، كمال المكني أنه سيتم فتح الطريق.')).toEqual(['كمال المكني']);
    // Before an alias, in quotes too, it still ends the name.
    expect(names('وتبحث الشرطة عن سامر خليل المكنى "أبو فراس" منذ أسابيع.')).toContain('سامر خليل');
  });

  it('runs a name on over a family name on "الله" that closes the phrase', () => {
    expect(names('وأكد ممثل الوزارة في الندوة، عبد الرزاق خلف الله، أهمية المشروع.')).toEqual(['عبد الرزاق خلف الله']);
    // A prayer after the name is none of it.
    expect(names('وتوفي الشيخ حمدان الفالح رحمه الله.')).toEqual(['حمدان الفالح']);
  });

  it('keeps the "و" of a name between two dashes of a list', () => {
    expect(names('التشكيلة: سامي العرفاوي - وهبي القاسمي - نادر الزواري - كريم العياري .')).toContain('وهبي القاسمي');
  });

  it('takes no adjective after a kinship noun with a preposition into the name', () => {
    expect(names('وبعث لاعب الوسط ماتيو لوكا رسالة لشقيقه الصغير بيار (21 عاما) قبل المباراة.')).not.toContain('الصغير بيار');
  });

  it('reads a name after a governed definite hospital head and its adjective as the hospital\'s', () => {
    expect(names('وتم نقل المصابين إلى المستشفى الجهوي الطاهر الصافي بالقصرين لتلقي العلاج.')).toEqual([]);
    // The head completing an office before the name does not count.
    expect(names('وقال مدير المستشفى الجهوي سالم الورتاني إن الوضع مستقر.')).toEqual(['سالم الورتاني']);
  });

  it('takes a masculine nationality closing the phrase after a lone given name for the family name', () => {
    expect(names('وقال الناطق الرسمي باسم محاكم المنستير سامي الليبي، إن المتهم أوقف.')).toEqual(['سامي الليبي']);
  });

  it('leaves a member noun before "في" out of the name', () => {
    expect(names('ودعا منير الجلاصي الخبير في الطاقة إلى مراجعة الأسعار.')).toEqual(['منير الجلاصي']);
  });

  it('stops a name before "و" and a kinship noun with a pronoun', () => {
    expect(names('وتلقى الشيخ مطلق بن عايض الحربي وأبناؤه التعازي في وفاة ابنه.')).toEqual(['مطلق بن عايض الحربي']);
  });

  it('takes a definite word the news hardly wrote after a lone given name for the family name', () => {
    expect(names('وأشاد رئيس نادي الشباب خالد البلطان بأداء اللاعبين.')).toEqual(['خالد البلطان']);
  });

  it('takes no verb with the "ل" of purpose after a name into it', () => {
    expect(names('إلى أي مستوى نزل الرئيس كلينتون ليتنصت على هواتفي.')).toEqual(['كلينتون']);
  });

  it('takes no noun of what befell someone before the name into it', () => {
    expect(names('وأعلنت وسائل إعلام محلية عن مقتل الصيادي (30 سنة) في الهجوم.')).not.toContain('مقتل الصيادي');
  });
});

describe('one person for a name and its alias', () => {
  const people = (text: string) =>
    extractEntities([{ kind: 'paragraph', text, direction: 'rtl' } satisfies Block]).filter((e) => e.kind === 'person');

  it('gives the alias an alias marker introduces to the person named before it', () => {
    const found = people('وأوضح أن من بين الموقوفين نادر بن سالم المعروف باسم "أبو قتادة" مؤسس الجماعة، وأن أبو قتادة كان مطلوبا.');
    expect(found.map((e) => e.name)).toEqual(['نادر بن سالم']);
    expect(found[0].mentions.map((m) => m.text)).toContain('أبو قتادة');
  });
});
