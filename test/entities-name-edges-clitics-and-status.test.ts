/**
 * The edges of a person's name: a letter of the name is no clitic ("وسيم", "وصام": given names whose
 * "و" is a root letter), a clitic before a name "X الدين" is none of it ("لخير الدين"), and words
 * glued on are no part of it: a participle of the person's state ("الموقوف", "المتهم"), a noun a
 * recency adjective qualifies ("الخطاب الأخير"), the last word of a body's name before the holder
 * ("جمعية حماية واحات جمنة | الطاهر فلان").
 */
import { describe, expect, it } from 'vitest';
import { heldOffice, names } from './helpers/entity-people.js';

describe('given names whose waw is a root letter', () => {
  it('keeps the waw after a comma, where a list conjunction could stand', () => {
    expect(heldOffice('وسيم القاسمي', 'عنوان', 'وأفاد بذلك لمراسلة الإذاعة، وسيم القاسمي، الناطق الرسمي باسم حزب الأمل.')).toEqual([true, 'الناطق الرسمي باسم حزب الأمل']);
  });
  it('keeps it after punctuation in a list of referees, and after an adverb set off by commas', () => {
    expect(names('المجموعة الأولى: نادي قابس – النادي الصفاقسي / وسيم بن علي')).toContain('وسيم بن علي');
    expect(names('سيتولى، مؤقتا، وصام بن عمر تدريب الفريق.')).toContain('وصام بن عمر');
  });
  it('takes off the conjunction written before such a name', () => {
    const found = names('حضر اللقاء كمال الزغلامي ووسيم الورتاني وسامي الحناشي.');
    expect(found).toContain('وسيم الورتاني');
    expect(found).not.toContain('ووسيم الورتاني');
  });
  it('still reads "و" + a name when the rest is a listed given name', () => {
    const found = names('حضر اللقاء كمال الزغلامي وسامي الحناشي.');
    expect(found).toContain('سامي الحناشي');
  });
  it('does not make a person of the adjective "handsome"', () => {
    expect(names('شوهد رجل وسيم بقبعة سوداء قرب المحطة.')).toEqual([]);
  });
});

describe('a clitic before a name "X الدين"', () => {
  it('is taken off', () => {
    expect(names('وتبين أن الجثة تعود لنور الدين القفصي، حسب المصدر.')).toContain('نور الدين القفصي');
    expect(names('وتبين أن الجثة تعود لخير الدين الماجري، حسب المصدر.')).toContain('خير الدين الماجري');
  });
  it('stays where the word itself opens the name', () => {
    expect(names('كما حضر الفنان بهاء الدين الرزقي العرض.')).toContain('بهاء الدين الرزقي');
  });
});

describe('a participle of the person\'s state', () => {
  it('is no part of the name before or after it', () => {
    const found = names('تتعلق المعطيات برجل الأعمال الموقوف منير الحداد، وبالقضايا المودعة.', 'وعن علاقة النواب برجل الأعمال منير الحداد الموقوف، قالت النائبة إنها قديمة.');
    expect(found).toEqual(['منير الحداد']);
  });
  it('is none after a title either', () => {
    expect(names('وقد مثل المتهم كريم العياري أمام المحكمة.')).toEqual(['كريم العياري']);
  });
});

describe('a noun a recency adjective qualifies', () => {
  it('ends the name before it', () => {
    expect(heldOffice('الطاهر الكعبي', 'عنوان', 'انتقد رئيس حزب الوفاق، الطاهر الكعبي الخطاب الأخير لرئيس الحكومة.')).toEqual([true, 'رئيس حزب الوفاق']);
  });
  it('is itself no name word', () => {
    expect(names('وتحدث الوزير عن زيارة عبد الرحيم الفرجاني المرتقبة إلى البلاد.')).toContain('عبد الرحيم الفرجاني');
  });
  it('leaves a rare family name whose construct head the adjective qualifies', () => {
    expect(names('وقال إن خطاب رئيس الجمهورية المنصف القرقني الأخير كان واضحا.')).toContain('المنصف القرقني');
  });
});

describe('the last word of a body\'s name before a definite given name', () => {
  it('goes with the office, not with the holder', () => {
    expect(heldOffice('الطاهر العماري', 'عنوان', 'أكد رئيس جمعية حماية واحات قبلي الطاهر العماري أن المطلب قديم.')).toEqual([true, 'رئيس جمعية حماية واحات قبلي']);
  });
});

describe('a rare definite word between a title and a listed given name', () => {
  it('describes the person, it opens no name', () => {
    expect(names('وتعاقدت الإدارة أمس مع اللاعب الواعد سليم الجبالي.')).toContain('سليم الجبالي');
    expect(names('وتولى المدرب المنسحب نبيل الهمامي تدريب الفريق.')).toContain('نبيل الهمامي');
  });
});
