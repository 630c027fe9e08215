import { describe, expect, it } from 'vitest';
import { person } from './helpers/entity-people.js';

// The holder named right after an office over a body with a foreign name (all people and bodies invented).
describe('holders after a body\'s own name', () => {
  it('starts the holder\'s name at the given name after a company\'s name the tagger ran into it', () => {
    const found = person('كمال الدريدي', 'وقال رئيس شركة بترومكس كمال الدريدي إن الإنتاج ارتفع.');
    expect([found.official, found.role]).toEqual([true, 'رئيس شركة بترومكس']);
  });

  it('reads a foreign name opening with a clitic letter ("ب", "ل") as one word when the rest is no word', () => {
    const found = person('منير السالمي', 'وقال رئيس نادي برشلونة منير السالمي إن الفريق جاهز.');
    expect([found.official, found.role]).toEqual([true, 'رئيس نادي برشلونة']);
    const company = person('سامي الهاني', 'وأكد مدير شركة بوينغ سامي الهاني أن الطلبيات زادت.');
    expect([company.official, company.role]).toEqual([true, 'مدير شركة بوينغ']);
  });

  it('takes a club\'s or company\'s two-word foreign name into the office', () => {
    const club = person('تامر الورغي', 'وصرح المتحدث باسم نادي بايرن ميونخ تامر الورغي إن اللاعب بخير.');
    expect([club.official, club.role]).toEqual([true, 'المتحدث باسم نادي بايرن ميونخ']);
    const company = person('هشام الماجري', 'وقال مدير شركة ميتا بلاتفورمز هشام الماجري إن الخدمة عادت.');
    expect([company.official, company.role]).toEqual([true, 'مدير شركة ميتا بلاتفورمز']);
  });

  it('keeps the two words after a hospital\'s head its namesake\'s name', () => {
    const found = person('لطفي الخليفي', 'وأكد مدير مستشفى فرحات حشاد لطفي الخليفي أن الوضع مستقر.');
    expect(found.name).toBe('لطفي الخليفي');
  });
});

describe('holders after an indefinite office and its place', () => {
  it('reads a rare word right after an indefinite office as its genitive, then the holder\'s full name', () => {
    const found = person('منير الدريدي', 'وقال حاكم نيفادا منير الدريدي إن الحملة انطلقت.');
    expect([found.official, found.role]).toEqual([true, 'حاكم نيفادا']);
  });
});
