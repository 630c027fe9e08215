import { describe, expect, it } from 'vitest';
import { heldOffice, titledPersons } from './helpers/entity-people.js';

// Officials missed for the frame around the name rather than the office noun itself (made-up
// sentences, all people and bodies invented). The first text is the article's title.

describe('an office noun a typo glued to the next word', () => {
  it('splits "وزيرالتجهيز", "رئيسالحكومة", "وزيرةالمرأة" and reads the office as written', () => {
    expect(heldOffice('سمير الطرابلسي', 'مشاريع', 'أعلن وزيرالتجهيز والإسكان سمير الطرابلسي أن المشاريع ستنطلق.')).toEqual([true, 'وزيرالتجهيز والإسكان']);
    expect(heldOffice('منجي الخضراوي', 'زيارة', 'وقال رئيسالحكومة منجي الخضراوي إن الزيارة ناجحة.')).toEqual([true, 'رئيسالحكومة']);
    expect(heldOffice('نزيهة الكافي', 'المرأة', 'وقالت وزيرةالمرأة نزيهة الكافي إن البرنامج جاهز.')).toEqual([true, 'وزيرةالمرأة']);
  });

  it('leaves a word running text knows whole ("رئيسة", "الوزيرة")', () => {
    expect(heldOffice('سلوى الحمدي', 'جمعية', 'وقالت رئيسة الجمعية سلوى الحمدي إن النشاط متواصل.')).toEqual([true, 'رئيسة الجمعية']);
  });
});

describe('a body\'s short name in quotes between the office and its holder', () => {
  it('skips the quoted short name, as it skips one in brackets', () => {
    expect(heldOffice('كارل هوبر', 'اتحاد', 'وقال رئيس الاتحاد الدولي للتزلج "فيس" كارل هوبر إن البطولة ستقام.')).toEqual([true, 'رئيس الاتحاد الدولي للتزلج']);
    expect(heldOffice('كارل هوبر', 'اتحاد', 'وقال رئيس الاتحاد الدولي «فيس» كارل هوبر إن البطولة ستقام.')).toEqual([true, 'رئيس الاتحاد الدولي']);
  });

  it('takes the holder\'s nationality after the short name for the name\'s', () => {
    expect(heldOffice('كارل هوبر', 'اتحاد', 'وجاء ذلك بدعم من رئيس الاتحاد الدولي "فيس" النمساوي كارل هوبر لمنافسه.')).toEqual([true, 'رئيس الاتحاد الدولي']);
  });

  it('still reads a quoted body\'s name that closes the office right before the holder', () => {
    expect(heldOffice('عادل المزوغي', 'حزب', 'وقال رئيس حزب "الغد" عادل المزوغي إن الحزب سيشارك.')).toEqual([true, 'رئيس حزب "الغد"']);
  });
});

describe('an office "في" a body the gazetteer knows by its own name', () => {
  it('reads "المسؤول الأمني في تويتر" as the office, with or without commas around the name', () => {
    expect(heldOffice('جون كارتر', 'حسابات', 'أعلن المسؤول الأمني في تويتر، جون كارتر، عن حماية الحسابات.')).toEqual([true, 'المسؤول الأمني في تويتر']);
    expect(heldOffice('جون كارتر', 'حسابات', 'وقال المسؤول الأمني في تويتر جون كارتر إن الحسابات محمية.')).toEqual([true, 'المسؤول الأمني في تويتر']);
  });
});

describe('"و" + a nationality before the next name in a list of holders', () => {
  it('ends the first holder\'s office before "والمغربي فلان" and gives each his own', () => {
    const text = 'وأحالت الهيئة الغاني كوفي مينسا رئيس الاتحاد الإفريقي للسباحة والمغربي سعيد الإدريسي الكاتب العام للاتحاد إلى القضاء.';
    expect(heldOffice('كوفي مينسا', 'قضاء', text)).toEqual([true, 'رئيس الاتحاد الإفريقي للسباحة']);
    expect(heldOffice('سعيد الإدريسي', 'قضاء', text)).toEqual([true, 'الكاتب العام للاتحاد']);
  });

  it('keeps "والمغربي" in an office before its one holder ("وزير الخارجية التونسي والمغربي")', () => {
    expect(heldOffice('ناصر الحلو', 'لقاء', 'والتقى وزير الخارجية التونسي والمغربي ناصر الحلو بالوفد.')[0]).toBe(true);
  });
});

describe('removal from or election to a presidency ("رئاسة")', () => {
  it('gives the one removed from "رئاسة X" the office "رئيس X"', () => {
    expect(heldOffice('سامي بن عمر', 'الترجي', 'أعلن النادي إقالة سامي بن عمر من رئاسة فرع كرة السلة بالترجي بعد الهزيمة.')).toEqual([true, 'رئيس فرع كرة السلة بالترجي']);
    expect(heldOffice('كمال العبدلي', 'جمعية', 'واستقال كمال العبدلي من رئاسة الجمعية أمس.')).toEqual([true, 'رئيس الجمعية']);
  });

  it('gives the winner of "برئاسة X" the office, without the term', () => {
    expect(heldOffice('محمد الهادي', 'اتحاد', 'وجاء ذلك بعد فوز محمد الهادي برئاسة الاتحاد لولاية ثانية.')).toEqual([true, 'رئيس الاتحاد']);
  });

  it('gives a candidate for it ("لرئاسة") no office', () => {
    expect(heldOffice('محمد الهادي', 'اتحاد', 'وأعلن محمد الهادي ترشحه لرئاسة الاتحاد.')).toEqual([false, null]);
  });
});

describe('members leaving or joining a parliamentary bloc ("كتلة")', () => {
  it('makes each name of the list an MP in an article about a parliament', () => {
    const text = 'أعلن رئيس البرلمان عن استقالة كل من منية الطرابلسي و سلوى الحمدي و كريم بن علي من كتلة الأمل ليصبح عدد النواب 20.';
    for (const name of ['منية الطرابلسي', 'سلوى الحمدي', 'كريم بن علي']) expect(heldOffice(name, 'كتلة', text)).toEqual([true, 'نائب']);
  });

  it('gives nothing to a piece of a name that opens inside a list entry', () => {
    const found = titledPersons('استقالة نواب', 'أعلن رئيس البرلمان عن استقالة كل من سامية بلحاج حميدة و ليلى الحمروني من كتلة الأمل.');
    expect(found.filter((e) => e.official).map((e) => e.name)).not.toContain('حميدة');
  });

  it('reads no MP where the article speaks of no parliament', () => {
    const found = titledPersons('انتخابات طلابية', 'أعلن الاتحاد استقالة كل من منية الطرابلسي و سلوى الحمدي من كتلة الطلبة المستقلين.');
    expect(found.filter((e) => e.official).map((e) => e.name)).toEqual([]);
  });
});

describe('the subject after "ما" and a verb of saying that takes it up ("حسب ما أكدته فلانة")', () => {
  it('reads two name-like words before an apposed office as the name, a first "ف" included', () => {
    expect(heldOffice('فطيمة دهماني', 'جمعية', 'وذلك حسب ما أكدته فطيمة دهماني رئيسة الجمعية للصحفيين.')).toEqual([true, 'رئيسة الجمعية']);
    expect(heldOffice('فيصل العبيدي', 'مستشفى', 'وفق ما صرح به فيصل العبيدي، مدير المستشفى الجهوي.')).toEqual([true, 'مدير المستشفى الجهوي']);
  });

  it('skips whom it was said to, up to the comma', () => {
    const text = 'بحسب ما أكدته لمراسل إذاعة الشمال، فطيمة دهماني رئيسة مكتب باجة للانتخابات.';
    expect(heldOffice('فطيمة دهماني', 'انتخابات', text)).toEqual([true, 'رئيسة مكتب باجة للانتخابات']);
  });

  it('reads no name in a body or a plural that says it', () => {
    expect(titledPersons('أمن', 'وفق ما أكدته مصادر أمنية مطلعة، فإن الوضع مستقر.')).toEqual([]);
    expect(titledPersons('أمن', 'وفق ما أكدته وزارة الداخلية، فإن الوضع مستقر.')).toEqual([]);
  });
});
