import { describe, expect, it } from 'vitest';
import { officials, people } from './helpers/entity-people.js';

describe('a Korean given name of two syllables joined by a hyphen', () => {
  it('is one name with its office ("كيم جونغ-أون")', () => {
    expect(officials('وأشرف زعيم كوريا الشمالية كيم سونغ-مين اليوم الاثنين على عرض عسكري.')).toEqual([['كيم سونغ-مين', 'زعيم كوريا الشمالية']]);
    expect(people('وأشرف زعيم كوريا الشمالية كيم سونغ-مين اليوم الاثنين على عرض عسكري.')).toHaveLength(1);
  });

  it('is the same person written later with a space ("جونغ أون")', () => {
    expect(people('قال زعيم كوريا الشمالية كيم سونغ-مين اليوم إن بلاده قادرة. وقال سونغ مين إن الحرب بعيدة.').map((e) => e.name)).toEqual(['كيم سونغ-مين']);
  });

  it('leaves a list of players written with hyphens apart ("فلان-وائل فلان")', () => {
    expect(people('وضمت التشكيلة: سامي الحداد-وائل بالطيب- كريم العياري.').map((e) => e.name).sort()).toEqual(['سامي الحداد', 'وائل بالطيب', 'كريم العياري'].sort());
  });

  it('leaves a route between two places apart ("تونس-جدة")', () => {
    expect(people('وقال الوزير كمال الصغيري-تونس إن الرحلة ستنطلق.').map((e) => e.name)).toEqual(['كمال الصغيري']);
  });
});

describe('a counterpart of an office the clause names without a holder', () => {
  it('holds that office for his own state ("دعا وزير الخارجية الفلسطيني نظيره البريطاني فلان")', () => {
    expect(officials('كما دعا وزير الخارجية الأردني نظيره الهولندي ماركوس فان ليير خلال لقاء جمعهما أمس في عمان إلى دعم المبادرة.')).toEqual([['ماركوس فان ليير', 'وزير الخارجية الهولندي']]);
  });

  it('after a clause between ("وأضاف وزير الخارجية الألماني خلال مؤتمر صحفي مع نظيره القطري")', () => {
    expect(officials('وأضاف وزير الدفاع السويدي خلال مؤتمر صحفي في ستوكهولم مع نظيره النرويجي جون ليندستروم أن التعاون سيتعزز.')).toEqual([['جون ليندستروم', 'وزير الدفاع النرويجي']]);
  });

  it('not when no office with a nationality stands before it', () => {
    expect(officials('وأكد المسؤول خلال لقائه نظيره الهولندي ماركوس فان ليير أن العلاقات متينة.')).toEqual([]);
  });
});

describe('a definite participle of a derived verb right before the name', () => {
  it('closes the office of a party\'s leader ("زعيمة اليمين المتطرف فلانة")', () => {
    expect(officials('وقالت زعيمة اليمين المتشدد ماريكه هولتمان إن الحكومة فشلت.')).toEqual([['ماريكه هولتمان', 'زعيمة اليمين المتشدد']]);
    expect(officials('وقال زعيم اليسار المتطرف ساندرو ميليني إن الحكومة فشلت.')).toEqual([['ساندرو ميليني', 'زعيم اليسار المتطرف']]);
  });
});

describe('a region whose proper name is written with a hyphen', () => {
  it('stays inside the office before the name ("رئيس حكومة ولاية بادن-فورتمبرغ الألمانية فلان")', () => {
    expect(officials('وقال رئيس حكومة ولاية ساكسونيا-آنهالت الألمانية فينفريد هوبر إن الأمر خطير.')).toEqual([['فينفريد هوبر', 'رئيس حكومة ولاية ساكسونيا-آنهالت الألمانية']]);
  });
});

describe('a foreign name in quotes right after a full office phrase', () => {
  it('is the holder, no short name of the body ("المدعي العام للمحكمة الدولية " فلان فلان "")', () => {
    expect(officials('وقال المدعي العام للمحكمة الجنائية الدولية " ساتو بنغورا " في كلمة أمام المجلس إن التحقيق مستمر.')).toEqual([['ساتو بنغورا', 'المدعي العام للمحكمة الجنائية الدولية']]);
  });

  it('opens with an alif with hamza before "ل", which is no article ("أليكسي")', () => {
    expect(officials('وقال رئيس شركة بيكو التركية ألبر يلدز للصحفيين إن الطلب تضاعف.')).toEqual([['ألبر يلدز', 'رئيس شركة بيكو التركية']]);
  });

  it('leaves a body\'s short name in quotes to the body ("الاتحاد الدولي للسباحة "فينا"")', () => {
    expect(officials('وقال رئيس الاتحاد الدولي للتجديف "فيسا" سامي العبدلي إن البطولة ستقام.')).toEqual([['سامي العبدلي', 'رئيس الاتحاد الدولي للتجديف']]);
  });
});

describe('a body named by a proper name and its nationality', () => {
  it('goes on with its aim ("لمجموعة كلاشنيكوف الروسية لصناعة الأسلحة")', () => {
    expect(officials('وقال المدير العام لشركة روستيكوف الروسية لصناعة المحركات ميخائيل بوغدانوف إن الطلب تضاعف.')).toEqual([['ميخائيل بوغدانوف', 'المدير العام لشركة روستيكوف الروسية لصناعة المحركات']]);
  });
});

describe('the feminine of the public prosecutor ("المدعية العامة")', () => {
  it('is an office before the name', () => {
    expect(officials('وقالت المدعية العامة الفرنسية إيلين موراتي إن التحقيق مستمر.')).toEqual([['إيلين موراتي', 'المدعية العامة الفرنسية']]);
  });
});

describe('a relative clause of holding the office before the name ("منصب رئيس الوزراء الذي يتولاه فلان")', () => {
  it('names the holder with an adverb of time after the verb ("الذي يتولاه حاليا")', () => {
    expect(officials('ويلغي التعديل منصب رئيس الوزراء الذي يتولاه حاليا منصور الزيدي، ويمنح الرئيس صلاحيات أوسع.')).toEqual([['منصور الزيدي', 'رئيس الوزراء']]);
  });
});

describe('the office stated after the name by a phrase of capacity or appointment', () => {
  it('"بصفته" + the office he holds', () => {
    expect(officials('وستكون أول زيارة لجون ماكفرلين بصفته رئيسا للبرلمان الأوروبي إلى المغرب.')).toEqual([['جون ماكفرلين', 'رئيسا للبرلمان الأوروبي']]);
  });

  it('not "بصفته" + an adjective ("بصفته الشخصية")', () => {
    expect(officials('وحضر سامي العلوي بصفته الشخصية جلسة الاستماع.')).toEqual([]);
  });

  it('a relative clause of his appointment, its subject between ("الذي عينه البرلمان قائدا")', () => {
    expect(officials('وحضر الاجتماع العقيد منير الطرابلسي الذي عينه المجلس الأعلى قائدا عاما لحرس الحدود، إلى جانب وفد.')).toEqual([['منير الطرابلسي', 'قائدا عاما لحرس الحدود']]);
  });
});

describe('a name in the genitive of a bare kinship noun ("نجل الملك فلان سفيرا")', () => {
  it('does not take the office in the accusative after it: his relative is given it', () => {
    expect(officials('وعينت الحكومة نجل الوزير منصور الزيدي سفيرا لها لدى اليابان.')).toEqual([['منصور الزيدي', 'الوزير']]);
  });

  it('but "نجله فلان سفيرا", with the pronoun, names the relative himself', () => {
    expect(officials('وعين الرئيس نجله منصور الزيدي سفيرا لدى اليابان.')).toEqual([['منصور الزيدي', 'سفيرا لدى اليابان']]);
  });
});

describe('"في" + a country named by one word after an office that names a body', () => {
  it('says whose body the office heads ("قائد التنظيم في باكستان")', () => {
    expect(officials('وقال المحققون إن كريم الأنصاري هو قائد التنظيم في باكستان منذ عامين.')).toEqual([['كريم الأنصاري', 'قائد التنظيم في باكستان']]);
    expect(officials('وقال سامر حداد رئيس هيئة الرقابة في لبنان إن التحقيق مستمر.')).toEqual([['سامر حداد', 'رئيس هيئة الرقابة في لبنان']]);
  });

  it('closes the office: what follows the country is no genitive ("في باكستان | والمعروف باسم")', () => {
    expect(people('وقال المتحدث إن زعيم تنظيم داعش في باكستان والمعروف باسم "أبو سالم" قد قتل في قصف.').map((e) => e.name)).toContain('أبو سالم');
  });

  it('not where another office follows the country ("نائب رئيس الجبهة | في إيطاليا رئيستها فلانة")', () => {
    expect(officials('تحدث نائب رئيس الجبهة الشعبية في إيطاليا رئيستها ماريا بيلوني في إحدى الإذاعات قائلا إن البلاد تتغير.')).toEqual([['ماريا بيلوني', 'الرئيسة للجبهة الشعبية']]);
  });

  it('not after an office that names no body ("رئيس الوزراء | في لبنان")', () => {
    expect(officials('وقال سامر حداد رئيس الوزراء في لبنان إن التحقيق مستمر.')).toEqual([['سامر حداد', 'رئيس الوزراء']]);
  });
});
