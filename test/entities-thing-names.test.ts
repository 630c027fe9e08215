import { describe, expect, it } from 'vitest';
import { names } from './helpers/entity-people.js';
import { manAfterTeamName, teamHeadBefore } from '../src/entities/team-names.js';
import { tokenize } from '../src/entities/tokenize.js';
import { isOneWordClubWithNationality } from '../src/entities/club-names.js';
import { fold } from '../src/text/normalize.js';

// Things the extractor took for persons (buildings, clubs, teams, plurals, signatures, positions,
// brands), each on made-up sentences written for these tests.

describe('a school or hall named after someone, with nisbas after its definite head', () => {
  it('is no person', () => {
    expect(names('احتج الأولياء أمام المدرسة الابتدائية سالم الورتاني صباح اليوم.')).toEqual([]);
    expect(names('وتعرض المعهد الثانوي أبو الحسن الشاذلي بالمنستير إلى السرقة.')).toEqual([]);
    // ("المستشفى" has a nisba's shape itself.)
    expect(names('وقد غادروا المستشفى الجهوي منصور الكافي، بعد تلقيهم الإسعافات اللازمة.')).toEqual([]);
  });

  it('keeps the holder after an office, and a player after a club with a nisba', () => {
    expect(names('قال مدير المعهد الثانوي سالم الورتاني إن الدروس ستستأنف.')).toEqual(['سالم الورتاني']);
    expect(names('وسجل اللاعب السابق للنادي الصفاقسي خليل منصوري الهدف الثاني.')).toContain('خليل منصوري');
  });
});

describe('a club with an English tail', () => {
  it('is no person', () => {
    expect(names('ويلتقي النادي الصفاقسي مع يانغ سبورتس الكامروني يوم الأحد.')).toEqual([]);
    expect(names('وطالب الفريق السابق للاعب فيتا كلوب الكنغولي النادي بدفع المبلغ.')).toEqual([]);
  });

  it('keeps "club" as a family name at the end of a name', () => {
    expect(names('وقال المدرب يورغن كلوب إن الفريق جاهز.')).toEqual(['يورغن كلوب']);
  });
});

describe('the rest of a team name after the indefinite "فريق"', () => {
  it('is no person, even after the office of its president', () => {
    expect(names('ولعب سابقا مع فريق سانتا روزا .', 'وقال رئيس فريق سانتا روزا بـ"الصفقة" إنه راض.')).toEqual([]);
  });

  it('keeps someone the article also names away from the team ("his team")', () => {
    expect(names('وأجرى الوزير اتصالات مع فريق ترامب.', 'وقال دونالد ترامب إن الاتفاق جيد.')).toEqual(['دونالد ترامب']);
  });
});

describe('a masculine sound plural in the construct state', () => {
  it('is no person', () => {
    expect(names('أعلن معتصمو الحوض أنهم سيواصلون الاعتصام.')).toEqual([]);
  });
});

describe('one word closing the article as a sentence of its own', () => {
  it('is the writer\'s signature', () => {
    expect(names('أعلنت الوزارة عن فتح باب الترشح.', 'وأكدت الوزارة أن الأشغال ستنتهي قريبا. ريم')).toEqual([]);
  });

  it('is still a name after an initial', () => {
    expect(names('وقال وليد الحامدي إن الملف جاهز.', 'وتم إيقاف عنصر يدعى ع. معاذ')).toContain('معاذ');
  });
});

describe('the side of a player\'s position', () => {
  it('is no given name', () => {
    expect(names('ويشغل اللاعب خطة ظهير أيمن منذ موسمين.')).toEqual([]);
  });
});

describe('an English common word opening a brand, a site or a tournament', () => {
  it('is no given name', () => {
    expect(names('تعطلت مواقع عديدة مثل أمازون وساوند كلاود وتويتر في عدة دول.')).toEqual([]);
    expect(names('وفازت اللاعبة بلقب الغراند سلام للمرة الخامسة.')).toEqual([]);
  });
});

describe('a match named after the clubs that play it', () => {
  it('is no person', () => {
    expect(names('سامي الورغي يدير كلاسيكو الصفاقسي و الترجي')).toEqual(['سامي الورغي']);
  });
});

describe('a club after the noun of a match', () => {
  it('is no person', () => {
    expect(names('وانتهت مباراة كانو بيلارز النيجيري مع نظيره بالتعادل.')).toEqual([]);
  });

  it('keeps a name joined by a conjunction after a counted match', () => {
    expect(names('وسجل 30 هدفا في 90 مباراة والهولندي يوهان كرويف 25 هدفا في 80 مباراة.')).toEqual(['يوهان كرويف']);
  });
});

describe('the head of a team\'s name', () => {
  it('is "فريق" or its players in the construct, not the definite rank', () => {
    expect(teamHeadBefore(tokenize('لحماية لاعبي ساندوفال'), 2)).toBe(1);
    expect(teamHeadBefore(tokenize('مع فريق سانتا روزا'), 3)).toBe(1);
    expect(teamHeadBefore(tokenize('وقال الفريق خالد الرويلي'), 2)).toBe(-1);
    expect(teamHeadBefore(tokenize('شكل فريق عمل خالد'), 3)).toBe(-1);
    expect(teamHeadBefore(tokenize('لاعبو فريق ليون الفرنسي'), 2)).toBe(1);
    expect(teamHeadBefore(tokenize('هذا فريق لويس إنريكي'), 2)).toBe(-1);
  });
});

describe('a three-letter imperfect verb before a name ("يصل")', () => {
  it('is no name word', () => {
    expect(names('وفد النجم الساحلي يصل كوماسي')).toEqual([]);
    expect(names('وقال يحيى الكافي إن الفريق جاهز.')).toEqual(['يحيى الكافي']);
  });
});

describe('one unknown word and a nationality adjective', () => {
  it('is a club; a given name, a kunya or a definite word before the nisba is a person', () => {
    const club = (name: string): boolean => isOneWordClubWithNationality(fold(name).split(' '));
    expect(club('أوسترلو البلجيكي')).toBe(true);
    expect(club('بريستون الإنجليزي')).toBe(true);
    expect(club('محمد المصري')).toBe(false);
    expect(club('الهادي التونسي')).toBe(false);
    expect(club('أبو قتادة التونسي')).toBe(false);
  });
});

describe('a quoted saying addressed to "you"', () => {
  it('is no person, though a short foreign name may end in "ك"', () => {
    expect(names('النائب لزميله : "جهز روحك لدار عمتك"')).toEqual([]);
    expect(names('وقال رئيس المجلس الأوروبي دونالد تاسك إن المفاوضات ستبدأ.')).toEqual(['دونالد تاسك']);
  });
});

describe('a given name right after "فريق"', () => {
  it('names the man whose team it is', () => {
    expect(names('صحيفة "ماركا": فريق لويس إنريكي يتعرض لإهانة تاريخية في باريس')).toContain('لويس إنريكي');
  });
});

describe('a man named right after a team\'s name', () => {
  it('keeps his name from "عبد" on', () => {
    expect(names('وأكد مدير الكرة بفريق سموحة عبد الرحيم فتحي أن اللاعب سيغادر.')).toEqual(['عبد الرحيم فتحي']);
    expect(manAfterTeamName(tokenize('بفريق إنبي عبد الرحيم فتحي'), 1, 5)).toBe(2);
    expect(teamHeadBefore(tokenize('بفريق إنبي عبد الرحيم'), 2)).toBe(-1);
  });
});

describe('a name in apposition to the definite head of a vessel, a work or a made thing', () => {
  it('is the thing\'s name after a particle or a preposition', () => {
    expect(names('وأعلنت الوزارة أن السفينة كارمين دوساك رست أمس في الميناء.')).toEqual([]);
    expect(names('وتحدث النقاد عن الرواية ماريسكا فيردون في ندوة أمس.')).toEqual([]);
    expect(names('وصعد المسافرون على متن الباخرة نور الهادي صباح الأحد.')).toEqual([]);
    expect(names('واشترى المعجبون التذاكر للأغنية بورفيلدا نور قبل صدورها.')).toEqual([]);
  });
  it('is the person after the head of a construct or a verb whose subject follows', () => {
    expect(names('وأكد مخرج الفيلم كارمين دوساك أن العمل نجح.')).toEqual(['كارمين دوساك']);
    expect(names('وكشف ربان السفينة عبد الكريم الزواري أن الرحلة كانت صعبة.')).toEqual(['عبد الكريم الزواري']);
    expect(names('وأخرج الفيلم سليم الورتاني سنة 2019.')).toContain('سليم الورتاني');
  });
});
