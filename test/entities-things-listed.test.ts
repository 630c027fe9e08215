import { describe, expect, it } from 'vitest';
import { names, people } from './helpers/entity-people.js';
import { tokenize } from '../src/entities/tokenize.js';
import { isBodyShortNameAt, isInListOfThingsAt } from '../src/entities/bracketed-thing-names.js';
import { isInResultLineAt } from '../src/entities/fixture-teams.js';
import { isAfterRelativeNoun } from '../src/entities/kinship-words.js';
import { isPredicateAfterPronounCopula } from '../src/entities/predicate-adjectives.js';
import { wordsAfterThingHeads } from '../src/entities/named-thing-heads.js';
import { officePhraseEnd } from '../src/entities/office-phrase.js';
import { isThingNamedAt } from '../src/entities/naming-names.js';
import { fold } from '../src/text/normalize.js';

// Places, ships, brands, tournaments, clubs and sayings the extractor listed as persons, and the
// persons beside them that stay; made-up sentences written for these tests.
const at = (text: string, word: string): { tokens: ReturnType<typeof tokenize>; start: number } => {
  const tokens = tokenize(text);
  return { tokens, start: tokens.findIndex((token) => token.text === word) };
};

describe('a beach or a mountain named after a saint (named-after heads)', () => {
  it('is no person, though an honorific stands before the name', () => {
    expect(names('عثر الصيادون على دلفين نافق بشاطئ الشيخ إبراهيم بمدينة قليبية.')).toEqual([]);
  });

  it('keeps the sheikh a sentence names', () => {
    expect(names('قال الشيخ إبراهيم الرياحي إمام الجامع إن الخطبة كانت عن التضامن.')).toEqual(['إبراهيم الرياحي']);
  });
});

describe('a list of things in brackets or quotes after their plural head (bracketed-thing-names.ts)', () => {
  it('names ships, planes and towns, not persons', () => {
    expect(names('وصلت الى ميناء حلق الوادي 4 بواخر ركاب ( قرطاج و تانيت و جوزيبي غاريبالدي و الحبيب ) صباح اليوم.')).toEqual([]);
    expect(names('استقبل المطار 3 طائرات ( ابن بطوطة و عليسة ) في رحلات استثنائية.')).toEqual([]);
    const towns = at('تفتح فضاءات جديدة بمعتمديات "الشابة" و"قرقنة" و"بورويس" قريبا.', 'بورويس');
    expect(isInListOfThingsAt(towns.tokens, towns.start)).toBe(true);
  });

  it('keeps persons listed after a noun for people, and a name after a verb past a quoted title', () => {
    expect(names('شارك في الندوة 3 لاعبين ( أيمن عبد النور و وهبي الخزري و يوسف المساكني ) مع المدرب.')).toEqual(['أيمن عبد النور', 'وهبي الخزري', 'يوسف المساكني']);
    const after = at('عرضت القناة برامج "السهرة" وقال محمود الورغي إنها ناجحة.', 'محمود');
    expect(isInListOfThingsAt(after.tokens, after.start)).toBe(false);
  });
});

describe("a body's short name in brackets (bracketed-thing-names.ts)", () => {
  it('is the body, even when it is a given name', () => {
    expect(names('نظمت النقابة بالشراكة مع مركز الدراسات العربية للبحوث والتوثيق (سلوى) ندوة حول حرية الصحافة.')).toEqual([]);
  });

  it('keeps a holder after an office and a member named in full', () => {
    expect(names('قال مدير مركز البحوث الاقتصادية (رياض الزغلامي) إن النمو ضعيف.')).toEqual(['رياض الزغلامي']);
    const member = at('بالإضافة إلى شخصية من التيار القومي (منصور الكافي) في الحكومة.', 'منصور');
    expect(isBodyShortNameAt(member.tokens, member.start, member.start + 2)).toBe(false);
  });
});

describe('a football result line (fixture-teams.ts isInResultLineAt)', () => {
  it('names two clubs with their nisbas and one score', () => {
    expect(names('- أشانتي كوتوكو الغاني * الزمالك المصري 0 - 0 مقابلة الإياب يوم السبت')).toEqual([]);
    const second = at('- الوفاق السطايفي * كانون ياوندي الكاميروني 2 - 1 مقابلة الإياب', 'كانون');
    expect(isInResultLineAt(second.tokens, second.start, second.start + 2)).toBe(true);
  });

  it("keeps a scorer after his goal's minute, before the next result", () => {
    expect(names("* النجم الساحلي 2 - 0 الملعب التونسي 23' أيمن الحرزي * الترجي الرياضي 1 - 0 الاتحاد المنستيري")).toContain('أيمن الحرزي');
    const scorer = at("الملعب التونسي 23' أيمن الحرزي السوداني * مستقبل المرسى 1 - 1", 'أيمن');
    expect(isInResultLineAt(scorer.tokens, scorer.start, scorer.start + 2)).toBe(false);
  });

  it('reads a tennis result, one score per set, as no clubs', () => {
    const tennis = at('- رامي الخياري التونسي * كريم الورغي المغربي 6 - 3 6 - 4', 'رامي');
    expect(isInResultLineAt(tennis.tokens, tennis.start, tennis.start + 2)).toBe(false);
  });
});

describe("a team's name the article gives after \"فريق\" (named-thing-heads.ts wordsAfterThingHeads)", () => {
  it('is the team where a preposition is glued to it', () => {
    expect(names('وتسبب فوز فريق سيمبا على فريق يانغ أفريكانز في احتفالات. وخسر يانغ أفريكانزفي المباراة.')).toEqual([]);
  });
});

describe('the make of a product, a tournament, a town after its region head (wordsAfterThingHeads)', () => {
  const found = (...texts: string[]): Map<string, number> => wordsAfterThingHeads(texts.map((text, block) => ({ block, tokens: tokenize(text) })) as never);

  it('collects the name after "من نوع", "دورة" and "معتمديتي منزل"', () => {
    expect(found('حجزت الديوانة سجائر من نوع جيتان بلوند.').has(fold('جيتان'))).toBe(true);
    expect(found('وتأهلت اللاعبة في دورة ستيفي غراف.').has(fold('ستيفي'))).toBe(true);
    expect(found('مواجهات في معتمديتي منزل بورويس والرقاب.').has(fold('بورويس'))).toBe(true);
  });

  it('not a star credited with "وبطولة" or "من بطولة", nor the owner of a house', () => {
    expect(found('والفيلم من إخراج فلان وبطولة ميساء العلوي.').has(fold('ميساء'))).toBe(false);
    expect(found('والفيلم من بطولة ميساء العلوي.').has(fold('ميساء'))).toBe(false);
    expect(found('داهم الأعوان منزل منصور الكافي بصفاقس.').has(fold('منصور'))).toBe(false);
  });

  it('keeps a star credited after "وبطولة" and the owner of a house', () => {
    expect(names('عرض الفيلم الجديد من إخراج سامي الورغي وبطولة ميساء العلوي وأنيس الكافي.')).toContain('ميساء العلوي');
    expect(names('داهم الأعوان منزل منصور الكافي بمدينة صفاقس وحجزوا أسلحة.')).toContain('منصور الكافي');
  });
});

describe('what a pair or a pronoun subject is said to be', () => {
  it('reads an unlisted dual after a relative joined by "و" as the pair\'s predicate (kinship-words.ts)', () => {
    const pair = at('سامي الفهري وشقيقه "مأجوران" لدى جهات أجنبية', 'مأجوران');
    expect(isAfterRelativeNoun(pair.tokens, pair.start)).toBe(false);
    const brother = at('حضر سمير الطرابلسي وشقيقه عدنان الحفل.', 'عدنان');
    expect(isAfterRelativeNoun(brother.tokens, brother.start)).toBe(true);
  });

  it('reads the words after "أنه" + a copula as its predicate (predicate-adjectives.ts)', () => {
    const saying = at('أكد الطاهر بن سالم أنه "سيبقى حامي الحمى" في الحركة.', 'حامي');
    expect(isPredicateAfterPronounCopula(saying.tokens, saying.start)).toBe(true);
    const subject = at('وقال إن محمد الناصر سيبقى في منصبه.', 'محمد');
    expect(isPredicateAfterPronounCopula(subject.tokens, subject.start)).toBe(false);
    expect(names('وقال إن محمد الناصر سيبقى في منصبه الى حين الانتخابات.')).toEqual(['محمد الناصر']);
  });
});

describe('"ب" + a verbal noun "تفعيل" after an office (office-phrase-parts.ts preposedKnown)', () => {
  it('is the task the holder is charged with, no place of the office', () => {
    const tokens = tokenize('وكلف الرئيس وزير التجارة بتكثيف تواتر الحملات الرقابية');
    expect(tokens.slice(2, officePhraseEnd(tokens, 2)).map((token) => token.text).join(' ')).toBe('وزير التجارة');
    const seat = tokenize('قال المدير الجهوي للصحة ببنزرت رضا الحمروني');
    expect(seat.slice(1, officePhraseEnd(seat, 1)).map((token) => token.text).join(' ')).toBe('المدير الجهوي للصحة ببنزرت');
  });
});

describe('a craft or a place named with "يدعى" (naming-names.ts isThingNamedAt)', () => {
  it("is the thing's name, after the noun and its complement", () => {
    const boat = at('استقبل الميناء مركب صيد يدعى "سلمى" على متنه 5 بحارة.', 'سلمى');
    expect(isThingNamedAt(boat.tokens, boat.start)).toBe(true);
  });

  it('keeps a person named after a noun for a person', () => {
    const man = at('عثر الأعوان على رجل يدعى سلمان الورغي في المنزل.', 'سلمان');
    expect(isThingNamedAt(man.tokens, man.start)).toBe(false);
    expect(names('اعتقل شاب يدعى محمد الهادي في الحي.')).toEqual(['محمد الهادي']);
  });
});

describe('a town whose head is also a common noun, joined to a place (named-thing-heads.ts isTownHeadAfterPlace)', () => {
  it('is the town after "في فلانة ومنزل"', () => {
    expect(names('احتج الأهالي في قليبية و منزل عبد الرحمان على انقطاع الماء.')).toEqual([]);
  });

  it("keeps a man whose house it is: a full name, or a house joined to another man's", () => {
    expect(names('زار الوالي سوسة ومنزل عبد الرحمان الكافي رئيس البلدية.')).toEqual(['عبد الرحمان الكافي']);
    expect(names('داهم الأعوان منزل محمد الطرابلسي ومنزل عبد الرحمان الكافي بصفاقس.')).toContain('عبد الرحمان الكافي');
  });
});

describe('a quote right after "according to" (attributed-sources.ts)', () => {
  it('is the medium or agency the news cites', () => {
    expect(names('وحسب "باري ماتش" فقد أصيب ثلاثة أشخاص في الحادث.')).toEqual([]);
  });

  it('keeps a person cited bare after "حسب"', () => {
    expect(names('وحسب وزير الداخلية محمد بن علي فإن الوضع مستقر.')).toEqual(['محمد بن علي']);
  });
});

describe('a span opening with the head of a medium (lexicon.ts MEDIA_HEADS)', () => {
  it('is the medium, "راديو" among the heads', () => {
    expect(names('وذكر راديو "مونت كارلو" في نشرته أن الاجتماع تأجل.')).toEqual([]);
  });
});

describe('the accusative of a common word away from a verb (accusative-common-words.ts)', () => {
  it('is no person after a quote and a comma', () => {
    expect(names('العثور على السارق الذي نشر اعترافه على "تويتر" ميّتا', 'عثرت شرطة المدينة على الرجل الذي نشر فيديو على "تويتر" وهو يسرق متجرا، ميّتا داخل منزله.')).toEqual([]);
  });

  it('keeps a listed name ending in alef', () => {
    expect(names('وأكدت نورا إن الفيلم جاهز.')).toEqual(['نورا']);
  });
});
