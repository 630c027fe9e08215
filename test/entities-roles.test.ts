import { describe, expect, it } from 'vitest';
import type { Block, Entity } from '../src/article/model.js';
import { extractEntities } from '../src/entities/extract.js';

// Where an office phrase starts and stops, on made-up sentences in Gulf, Egyptian and Levantine news
// style written for these tests (no article text is copied).
const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text, direction: 'rtl' }));
const people = (...texts: string[]): Entity[] => extractEntities(paragraphs(...texts)).filter((e) => e.kind === 'person');
const roleOf = (name: string, text: string): string | null | undefined => {
  const found = people(text).find((e) => e.name === name);
  if (!found) throw new Error(`no person ${name} in ${people(text).map((e) => e.name).join(', ')}`);
  return found.role;
};

describe('office phrase extent', () => {
  it('ends the office after its nationality before "لل" + the purpose of a visit', () => {
    expect(roleOf('سامح شكري', 'وصل سامح شكري وزير الخارجية المصري للمشاركة في الاجتماع الوزاري.')).toBe('وزير الخارجية المصري');
    expect(roleOf('عبدالله الشمري', 'التقى عبدالله الشمري وزير الصحة الكويتي للتباحث حول التعاون الصحي.')).toBe('وزير الصحة الكويتي');
    // A portfolio after the nationality goes on.
    expect(roleOf('جان ديبوا', 'قال جان ديبوا وزير الدولة الفرنسي للشؤون الأوروبية إن الاتفاق قريب.')).toBe('وزير الدولة الفرنسي للشؤون الأوروبية');
  });

  it('takes no genitive after the proper name of a place, so "و" + a rare word there opens a new description', () => {
    expect(roleOf('جون سميث', 'قال جون سميث سناتور من أوهايو ومحاضر في الجامعة إن الحزب موحد.')).toBe('سناتور من أوهايو');
  });

  it('keeps where an envoy serves: "في" + a country that also reads as a clitic and a word, "لدى" + a definite host state', () => {
    expect(roleOf('وليد الحمدان', 'قال السفير السعودي في لبنان وليد الحمدان إن المملكة تدعم الاستقرار.')).toBe('السفير السعودي في لبنان');
    expect(roleOf('فهد الراشد', 'نظم الملحق الثقافي السعودي في بريطانيا الدكتور فهد الراشد حفلا للخريجين.')).toBe('الملحق الثقافي السعودي في بريطانيا');
    expect(roleOf('نورة السالم', 'قالت نورة السالم سفيرة خادم الحرمين الشريفين لدى الجمهورية الفرنسية إن العلاقات متينة.')).toBe('سفيرة خادم الحرمين الشريفين لدى الجمهورية الفرنسية');
    expect(roleOf('سعد العنزي', 'قال القنصل العام السعودي في دبي سعد العنزي إن القنصلية تعمل.')).toBe('القنصل العام السعودي في دبي');
  });

  it('ends an envoy\'s seat before the object of the verb after it', () => {
    expect(roleOf('فهد الراشد', 'التقى فهد الراشد الملحق الثقافي السعودي في بريطانيا الطلاب المبتعثين.')).toBe('الملحق الثقافي السعودي في بريطانيا');
  });

  it('reads "من" + a word with the pronoun "ه" as no constituency', () => {
    expect(roleOf('خالد العمر', 'صدر أمر بإعفاء خالد العمر سفير المملكة لدى الأردن من منصبه.')).toBe('سفير المملكة لدى الأردن');
  });
});
