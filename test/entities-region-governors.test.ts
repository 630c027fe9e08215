/**
 * Governors of the Maghreb's and the Mashriq's regions, found in made-up sentences:
 * - "عامل إقليم ..." (Morocco's province governor; "عامل" is a worker elsewhere): province-governors.ts;
 * - "واليا على ولاية ..." in appointment lists: office-prepositions.ts;
 * - a region's name after its head that opens with "و" or follows "عمالة"/"جهة": region-proper-names.ts;
 * - a given name that is also a common noun after an office and a place's proper name: region-proper-names.ts;
 * - "ل" + "مدينة" after a municipal body, and "ل" + "قطاع" after an assistant minister: office-phrase.ts, lexicon.ts;
 * - a street or an airport named after a head of state with his title ("جادة الرئيس فلان"): office-phrase-parts.ts;
 * - a Moroccan region ("جهة") named by two or three towns: region-proper-names.ts.
 */
import { describe, expect, it } from 'vitest';
import { heldOffice, titledPersons } from './helpers/entity-people.js';

describe('province governors ("عامل")', () => {
  it('takes "عامل" before a province or prefecture for an office', () => {
    expect(heldOffice('حميد الزرهوني', 'عنوان', 'وترأس عامل إقليم الرحامنة حميد الزرهوني اجتماعا للجنة المحلية.')).toEqual([true, 'عامل إقليم الرحامنة']);
    expect(heldOffice('سعيد البقالي', 'عنوان', 'وقال عامل عمالة سلا سعيد البقالي إن الأشغال ستنتهي قريبا.')).toEqual([true, 'عامل عمالة سلا']);
  });
  it('takes the accusative "عاملا على إقليم" in an appointment for the office he is given', () => {
    expect(heldOffice('رشيد الوزاني', 'عنوان', 'وتقرر تعيين رشيد الوزاني عاملا على إقليم الناظور.')).toEqual([true, 'عاملا على إقليم الناظور']);
  });
  it('leaves a worker a worker', () => {
    const found = titledPersons('عنوان', 'وقال عامل البناء كريم الفاسي إن الأجور متأخرة.');
    expect(found.find((e) => e.name === 'كريم الفاسي')?.official ?? false).toBe(false);
  });
});

describe('governors "على" a region named by its head', () => {
  it('gives each governor of an appointment list his region', () => {
    const text = 'وشملت الحركة تعيين نبيل العيساوي واليا على ولاية الشلف، وفريد الحمداني واليا على ولاية تلمسان.';
    expect(heldOffice('نبيل العيساوي', 'عنوان', text)).toEqual([true, 'واليا على ولاية الشلف']);
    expect(heldOffice('فريد الحمداني', 'عنوان', text)).toEqual([true, 'واليا على ولاية تلمسان']);
    // ("واليا" is the accusative of the office he is made: the next entry, "و" + a name and "واليا", is his own.)
    const lineage = 'وتقرر تعيين سمير العطافي واليا على ولاية عنابة، ويوسف بن حمودة واليا على ولاية سكيكدة.';
    expect(heldOffice('سمير العطافي', 'عنوان', lineage)).toEqual([true, 'واليا على ولاية عنابة']);
    expect(heldOffice('يوسف بن حمودة', 'عنوان', lineage)).toEqual([true, 'واليا على ولاية سكيكدة']);
  });
});

describe("a region's name after its head", () => {
  it('reads a place that opens with "و" after its head as the region, not "و" + a word', () => {
    expect(heldOffice('كمال بن عيسى', 'عنوان', 'وأشرف والي ولاية وهران كمال بن عيسى على تدشين المستشفى الجديد.')).toEqual([true, 'والي ولاية وهران']);
    expect(heldOffice('هشام الدكالي', 'عنوان', 'وقال رئيس بلدية وجدة هشام الدكالي إن المشروع تأخر.')).toEqual([true, 'رئيس بلدية وجدة']);
  });
});

describe('a holder after an office and a place', () => {
  it('takes a bare word and a family name after the place for the holder, the given name a common noun too', () => {
    expect(heldOffice('نجم العبيدي', 'عنوان', 'وأعلن محافظ نينوى نجم العبيدي عن افتتاح جسر جديد.')).toEqual([true, 'محافظ نينوى']);
    expect(heldOffice('راكان الدليمي', 'عنوان', 'وقال محافظ كركوك راكان الدليمي إن الوضع مستقر.')).toEqual([true, 'محافظ كركوك']);
  });
  it('keeps a qualifier of the office in the role', () => {
    const found = titledPersons('عنوان', 'وقال محافظ نينوى السابق أثيل الحمداني إن المدينة تحتاج إلى إعمار.');
    expect(found.find((e) => e.name === 'أثيل الحمداني')?.role).toBe('محافظ نينوى السابق');
  });
});

describe('the town of a municipal body and the sector of an assistant minister', () => {
  it('keeps "لمدينة" + the town in the role of a municipal council head', () => {
    expect(heldOffice('سمير العلمي', 'عنوان', 'وقال رئيس المجلس الجماعي لمدينة تطوان سمير العلمي إن الميزانية جاهزة.')).toEqual([true, 'رئيس المجلس الجماعي لمدينة تطوان']);
  });
  it('keeps "لقطاع" + the sector in the role of an assistant minister', () => {
    expect(heldOffice('هاني الشناوي', 'عنوان', 'وأكد اللواء هاني الشناوي مساعد وزير الداخلية لقطاع الأحوال المدنية أن المنظومة تعمل.')).toEqual([true, 'مساعد وزير الداخلية لقطاع الأحوال المدنية']);
  });
  it('still reads a town named with "سيدي" after a region head', () => {
    expect(heldOffice('صالح القروي', 'عنوان', 'وأكد معتمد منطقة سيدي عامر من ولاية المنستير، صالح القروي، أن المدرسة أغلقت.')).toEqual([true, 'معتمد منطقة سيدي عامر من ولاية المنستير']);
  });
});

describe('streets named after a head of state', () => {
  it('names no person in an avenue or an airport named with "الرئيس"', () => {
    expect(titledPersons('عنوان', 'ويقع المعرض في جادة الرئيس سليم الخوري قرب المرفأ.')).toEqual([]);
    expect(titledPersons('عنوان', 'وهبطت الطائرة في مطار الرئيس أحمد الطاهر الدولي.')).toEqual([]);
  });
});

describe('Moroccan regions named by their towns', () => {
  it('keeps every town of the region in the role and starts the name at the given name', () => {
    expect(heldOffice('حسن الودغيري', 'عنوان', 'وقال والي جهة فاس مكناس حسن الودغيري إن المشاريع انطلقت.')).toEqual([true, 'والي جهة فاس مكناس']);
    expect(heldOffice('خالد الساهلي', 'عنوان', 'وقال رئيس جهة درعة تافيلالت خالد الساهلي إن الجفاف مستمر.')).toEqual([true, 'رئيس جهة درعة تافيلالت']);
  });
});
