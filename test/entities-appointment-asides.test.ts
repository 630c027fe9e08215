import { describe, expect, it } from 'vitest';
import type { Block, Entity } from '../src/article/model.js';
import { extractEntities } from '../src/entities/extract.js';

// Made-up sentences: an appointment describing the appointee before the office he is given.
const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text, direction: 'rtl' }));
const people = (...texts: string[]): Entity[] => extractEntities(paragraphs(...texts)).filter((e) => e.kind === 'person');
const person = (name: string, ...texts: string[]): Entity => {
  const found = people(...texts).find((e) => e.name === name);
  if (!found) throw new Error(`no person ${name} in ${people(...texts).map((e) => e.name).join(', ')}`);
  return found;
};

describe('appointments: the office given after a description of the appointee', () => {
  it('reads an accusative office after a definite description', () => {
    expect(person('كمال السعيدي', 'وقرر المجلس تعيين كمال السعيدي السياسي المخضرم من حزب الأمة وزيرا للمالية.').role).toBe('وزيرا للمالية');
  });

  it('reads the office after "لمنصب" and "في منصب" behind a description', () => {
    expect(person('منير الحداد', 'واختارت الحكومة منير الحداد المهندس الشاب لمنصب وزير النقل.').role).toBe('وزير النقل');
    expect(person('منير الحداد', 'وقرر المجلس تعيين منير الحداد البالغ من العمر خمسين عاما في منصب مدير الجامعة.').role).toBe('مدير الجامعة');
  });

  it('leaves the appointer without the office, and stops at another name', () => {
    expect(person('منير الحداد', 'واختار الوزير منير الحداد المهندس الشاب سامي العلوي مديرا للمصنع.').role).toBe('الوزير');
    expect(person('كمال السعيدي', 'وقال كمال السعيدي الخبير الاقتصادي المعروف رئيسا للجمعية إن الوضع صعب.').official).toBe(false);
  });
});
