/**
 * Given names that open with "و" (وفاء، وجدي، وئام، وهيب، وسام): the letter is part of the name, not
 * the conjunction, so "وقال مدير المستشفى وجدي الخطابي" names "وجدي الخطابي", not "جدي الخطابي".
 * "وسيم" stays off the name list: it is as often the adjective "handsome" ("رجل وسيم بقبعة سوداء").
 */
import { describe, expect, it } from 'vitest';
import { heldOffice, people } from './helpers/entity-people.js';

describe('given names opening with waw', () => {
  it('keeps the waw of a listed given name after an office', () => {
    expect(heldOffice('وفاء الخطابي', 'عنوان', 'وقال مدير المستشفى وفاء الخطابي إن الوضع مستقر.')).toEqual([true, 'مدير المستشفى']);
    expect(heldOffice('وجدي القاسمي', 'عنوان', 'وأكد رئيس البلدية وجدي القاسمي أن الأشغال انطلقت.')).toEqual([true, 'رئيس البلدية']);
  });
  it('keeps the waw of a listed given name at the head of a clause', () => {
    const names = people('وقالت وفاء الدريدي إن الجمعية ستواصل عملها.', 'وأضافت وئام السالمي أن الموعد تأجل.').map((e) => e.name);
    expect(names).toContain('وفاء الدريدي');
    expect(names).toContain('وئام السالمي');
    expect(names).not.toContain('فاء الدريدي');
  });
});
