import { describe, expect, it } from 'vitest';
import { names } from './helpers/entity-people.js';

// Clubs, leagues, prizes and towns the extractor listed as persons, and the persons beside them
// that stay; made-up sentences written for these tests.

describe('a club in a list of clubs with their nationality, spelled another way (club-names.ts)', () => {
  it('is no person', () => {
    expect(names('تنطلق البطولة بمشاركة كل من : كانو بيلارز النيجيري وليبولو الأنجولي وسانتوس دو ريو الأنغولي وفريق باك الكاميروني.')).toEqual([]);
    expect(names('تنطلق البطولة بمشاركة كل من : كانو بيلارز النيجيري وبيترو الأنجولي وجوزيه دو أغستو الأنغولي وفريق باك الكاميروني.')).toEqual([]);
  });

  it('keeps players joined by "و" whose family names are rare nisbas', () => {
    expect(names('أشاد المدرب ببسام القرقني و أسامة الحمدي و عبد القادر الوسلاتي .').sort()).toEqual(['أسامة الحمدي', 'بسام القرقني', 'عبد القادر الوسلاتي']);
  });

  it('keeps players of a list with a dash before each of them', () => {
    expect(names('اللاعبون : - سامي الفارسي - محمد أمين التونسي - كريم العمري').sort()).toEqual(['سامي الفارسي', 'كريم العمري', 'محمد أمين التونسي']);
  });
});

describe('the last team of a fixture list (fixture-teams.ts)', () => {
  it('is no person when its name opens with a club head', () => {
    expect(names('برنامج الجولة : مستقبل قابس - اتحاد تطاوين النادي القربي - امل سليمان')).toEqual([]);
  });
});

describe('a league or a prize named after a man (competition-names.ts)', () => {
  it('is no person', () => {
    expect(names('يحتل الفريق المركز الثالث في ترتيب دوري عبد الرحمن فهيم للمحترفين .')).toEqual([]);
  });

  it('keeps a film star after "بطولة"', () => {
    expect(names('الفيلم من إخراج سامي الفهري وبطولة هند العياري .').sort()).toEqual(['سامي الفهري', 'هند العياري']);
  });
});

describe('a town named "منزل" + a given name (town-names.ts)', () => {
  it('is no person', () => {
    expect(names('تمنع السباحة بشاطئ مرفأ الصيادين بمنزل عبد الكريم من ولاية نابل.')).toEqual([]);
  });

  it('keeps the owner of a house named in full', () => {
    expect(names('تعرض منزل سامي الورتاني للسرقة ليلة أمس.')).toEqual(['سامي الورتاني']);
  });
});

describe('a saint named after "الولي الصالح" (competition-names.ts)', () => {
  it('is no person, and the festival director beside it stays', () => {
    expect(names('نفى مدير المهرجان "للولي الصالح سيدي محمد بن عيسى"، سامي الورفلي صحة الخبر.')).toEqual(['سامي الورفلي']);
  });
});
