import { describe, expect, it } from 'vitest';
import { heldOffice, titledPersons } from './helpers/entity-people.js';

// The holder set off from a full office phrase by a comma, on made-up sentences (all people and
// places invented). The first text is the article's title.
describe('holders after an office and its comma', () => {
  it('takes a given name that is also an adjective, before a family nisba, as the holder', () => {
    expect(heldOffice('فاضل الحمداني', 'أشغال الطريق', 'قال والي قابس، فاضل الحمداني إن الأشغال ستنطلق قريبا.')).toEqual([true, 'والي قابس']);
    expect(heldOffice('كامل السعيداني', 'أشغال الطريق', 'وأوضح معتمد الحامة، كامل السعيداني أن المشروع جاهز.')).toEqual([true, 'معتمد الحامة']);
  });

  it('takes one whose first letter also reads as a clitic (ف + "آخر")', () => {
    expect(heldOffice('فاخر الرزقي', 'أشغال الطريق', 'قال والي مدنين، فاخر الرزقي إن الأشغال ستنطلق قريبا.')).toEqual([true, 'والي مدنين']);
  });

  it('takes no phrase of time or place after the comma for a name', () => {
    const names = (text: string): string[] => titledPersons('أشغال الطريق', text).map((e) => e.name);
    expect(names('قال والي قابس، خلال الاجتماع الجهوي إن الأشغال ستنطلق.')).toEqual([]);
    expect(names('قال وزير الداخلية، عقب الاجتماع الأمني إن الوضع مستقر.')).toEqual([]);
  });
});

describe('a town nisba closing a holder set off by commas', () => {
  it('keeps a family nisba the news also writes as an adjective of a town', () => {
    expect(heldOffice('فاخر القابسي', 'قرار غلق', 'يذكر أن والي نابل، فاخر القابسي، كان أصدر قرارا بغلق القاعة.')).toEqual([true, 'والي نابل']);
  });
});
