import { describe, expect, it } from 'vitest';
import { officeHeld as held } from './helpers/entity-people.js';

// "المدير الفني" of a club or a team is its head coach in Arabic sports news, no official; a company's
// or a festival's technical director holds a post. Made-up sentences (all people and clubs invented).

describe('technical directors of clubs and teams (national-team-trades.ts)', () => {
  it('takes the technical director of a club or team named by its noun for a coach, in any article', () => {
    expect(held('فهد المناعي', 'وقال المدير الفني لنادي النخيل الكويتي فهد المناعي إن الاستعداد جيد.')).toEqual([false, null]);
    expect(held('مراد الهاشمي', 'وأوضح المدير الفني لفريق الشروق مراد الهاشمي أن التحضيرات تسير كما خطط لها.')).toEqual([false, null]);
    expect(held('سلمى الدوسري', 'وقالت المديرة الفنية للمنتخب النسائي سلمى الدوسري إن الاستعداد جيد.')).toEqual([false, null]);
  });

  it('takes "المدير الفني" before a club named bare, or "مديره الفني", for a coach in a sports report', () => {
    expect(held('كمال البوزيدي', 'وأكد المدير الفني للغرافة كمال البوزيدي أن المباراة لن تكون سهلة.')).toEqual([false, null]);
    expect(held('ريكاردو مونتي', 'وقال المدير الفني لفيورنتينا ريكاردو مونتي إن لاعبيه قدموا أداء جيدا.')).toEqual([false, null]);
    expect(held('نبيل الساعدي', 'وفاز النادي في مباراة الجولة الماضية.', 'وقال مديره الفني نبيل الساعدي إن الفريق استحق النقاط.')).toEqual([false, null]);
    expect(held('خالد الزياني', 'وقال المدير الفني السابق لبنفيكا خالد الزياني إن المباراة كانت صعبة.')).toEqual([false, null]);
    expect(held('نبيل الساعدي', 'وقال نبيل الساعدي المدير الفني للغرافة إن اللاعبين قدموا مباراة كبيرة.')).toEqual([false, null]);
  });

  it('takes the technical directors of clubs, in the plural or the dual, for coaches', () => {
    const sentence = 'واجتمع المديرين الفنيين لأندية الدرجة الأولى مراد الهاشمي وفهد المناعي مع لجنة الحكام.';
    expect(held('مراد الهاشمي', sentence)).toEqual([false, null]);
    expect(held('فهد المناعي', sentence)).toEqual([false, null]);
  });

  it('keeps the technical director of a company, a festival or a hospital an official, in a sports report too', () => {
    expect(held('كمال البوزيدي', 'وقال المدير الفني لشركة الرواد كمال البوزيدي إن المصنع الجديد جاهز.')[0]).toBe(true);
    expect(held('كمال البوزيدي', 'وقال المدير الفني للمهرجان كمال البوزيدي إن الدورة ستكون مميزة.')[0]).toBe(true);
    expect(held('كمال البوزيدي', 'وقال المدير الفني لمصنع الأسمدة كمال البوزيدي إن اللاعبين القدامى زاروا المصنع.')[0]).toBe(true);
    expect(held('كمال البوزيدي', 'وقال المدير الفني للمستشفى كمال البوزيدي إن المباراة الخيرية نجحت.')[0]).toBe(true);
  });

  it('keeps a bare club name after "المدير الفني" an office outside sports reports', () => {
    expect(held('كمال البوزيدي', 'وقال المدير الفني للمشروع كمال البوزيدي إن الأشغال تتقدم.')[0]).toBe(true);
  });

  it('keeps a club\'s sporting director and its president officials', () => {
    expect(held('كمال البوزيدي', 'وقال المدير الرياضي للغرافة كمال البوزيدي إن المباراة صعبة على اللاعبين.')).toEqual([true, 'المدير الرياضي للغرافة']);
    expect(held('كمال البوزيدي', 'وقال رئيس النادي كمال البوزيدي إن المباراة صعبة على اللاعبين.')).toEqual([true, 'رئيس النادي']);
  });
});
