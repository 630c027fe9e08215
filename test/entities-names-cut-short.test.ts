import { describe, expect, it } from 'vitest';
import { people } from './helpers/entity-people.js';

// Names the extraction cut short or ran on, on made-up sentences written for these tests.
const named = (...texts: string[]): string[] => people(...texts).map((e) => e.name);

describe('a family name that is also a title', () => {
  it('is kept when it is a bare honorific that governs nothing ("معالي،")', () => {
    expect(named('وأكد الصحفي كمال معالي، نقلا عن مصادر طبية، أن الوضع مستقر.')).toEqual(['كمال معالي']);
  });

  it('is kept when it is a definite title closing the phrase after a lone given name', () => {
    const [found] = people('نفى مدير المعهد الثانوي بقابس، سمير الإمام ما تم تداوله حول الحادثة.');
    expect([found.name, found.role]).toEqual(['سمير الإمام', 'مدير المعهد الثانوي بقابس']);
  });

  it('still titles the name that follows it', () => {
    expect(named('وصل الإمام أحمد الطيب إلى المدينة.')).not.toContain('الإمام أحمد الطيب');
  });
});

describe('a "بال" family name the learned signals know', () => {
  it('closes the name after an office and a lone given name', () => {
    const [found] = people('طالب رئيس شبيبة القصرين سمير بالاكحل في تصريح إذاعي بتعديل الرزنامة.');
    expect([found.name, found.role]).toEqual(['سمير بالاكحل', 'رئيس شبيبة القصرين']);
  });

  it('is no family name when the word is a preposition on a common noun', () => {
    expect(named('طالب رئيس شبيبة القصرين سمير بالوزير في تصريح إذاعي.')).toEqual(['سمير']);
  });
});

describe('a family name the news mostly takes for a person', () => {
  it('stays after a given name the article also writes alone', () => {
    expect(named('تنس : سلمى جابر تتأهل الى الدور الثاني', 'وستلاقي سلمى في الدور المقبل لاعبة من بولونيا.')).toEqual(['سلمى جابر']);
  });

  it('after two name words, is a family name though it reads as a nationality', () => {
    expect(named('وقد دون الحكم محمد سعيد الكردي على ورقة المباراة أن المدرب احتج.')).toEqual(['محمد سعيد الكردي']);
    expect(named('قال اللاعب ليونيل ميسي الأرجنتيني إن الفريق جاهز.')).toEqual(['ليونيل ميسي']);
  });
});

describe('a family name ending in "ة" after an office', () => {
  it('is no word with the pronoun "ته"; "إن" closes the name the rule found', () => {
    const [found] = people('قال عضو النقابة الجهوية بقابس، محمد رياض زميتة إن التحركات ستتواصل.');
    expect([found.name, found.role]).toEqual(['محمد رياض زميتة', 'عضو النقابة الجهوية بقابس']);
  });
});

describe('a word glued in front of a name', () => {
  it('is the last adjective of a club behind "ب"', () => {
    const [found] = people('إيقاف المسؤول بالاتحاد المنستيري كمال الطرابلسي مقابلتين.');
    expect([found.name, found.role]).toEqual(['كمال الطرابلسي', 'المسؤول بالاتحاد المنستيري']);
  });

  it('is a nisba the running text never showed (a misspelt nationality) after a title', () => {
    expect(named('قررت الهيئة مواصلة العمل مع المدرب الأرحنتيني ماركو فيلاني.')).toEqual(['ماركو فيلاني']);
  });

  it('is a club\'s last nisba before a name the article writes without it', () => {
    expect(named('كمال الطرابلسي يغيب عن الملاعب', 'تعرض لاعب الأولمبي الباجي كمال الطرابلسي إلى إصابة خطيرة.')).toEqual(['كمال الطرابلسي']);
  });

  it('leaves a given name with the article after a title', () => {
    expect(named('سمير الجندوبي يغيب عن الملاعب', 'وقال الرئيس الباجي سمير الجندوبي إن الفريق جاهز.')).toEqual(['الباجي سمير الجندوبي']);
  });
});

describe('a family name the news often takes for a person, after two words', () => {
  it('is no common word that opens the next phrase', () => {
    const [found] = people('إيقاف المسؤول بالاتحاد المنستيري كمال مزالي مقابلتين.');
    expect([found.name, found.role]).toEqual(['كمال مزالي', 'المسؤول بالاتحاد المنستيري']);
  });

  it('goes on no idiom or list of names run together', () => {
    expect(named('أكد سمير الزواري شاهد عيان على الحادث أن النيران اندلعت فجرا.')).toEqual(['سمير الزواري']);
    expect(named('وتضم القائمة : كمال الطرابلسي رمزي جلال لطفي الحبيب')).not.toContain('كمال الطرابلسي رمزي');
  });
});

describe('a verb run onto a name', () => {
  it('is a future verb whose final hamza folds to alef ("سنلجأ")', () => {
    expect(named('كمال الهلالي سنلجأ إلى القضاء في حال عدم التوافق')).toEqual(['كمال الهلالي']);
  });
});

describe('a "بالحاج" family name the tagger cut in two', () => {
  it('goes on over the pilgrim\'s own name tagged alone', () => {
    expect(named('وتضم الكتلة 25 نائبا و3 مستقلين من بينهم سلوى بالحاج حميدة و2 تم اقصاؤهما من الحزب.')).toEqual(['سلوى بالحاج حميدة']);
  });
});
