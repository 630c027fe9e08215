import { describe, expect, it } from 'vitest';
import { heldOffice, person, people } from './helpers/entity-people.js';
import { tokenize, type Token } from '../src/entities/tokenize.js';
import { officeNameSpans } from '../src/entities/titled-names.js';
import { placeRunHolderSplits } from '../src/entities/place-run-holders.js';
import { cutVenueHeadsAfterNames } from '../src/entities/venue-heads-after-names.js';
import { splitRunTogetherNames } from '../src/entities/run-together-names.js';
import { isRareWord } from '../src/entities/tagger.js';
import { isListedNameWord } from '../src/entities/given-names.js';
import type { Located } from '../src/entities/extract-types.js';

// What a block knows of names when the tagger took none of its words for a person (the headline
// named the place, and the tagger ran a place span over the name): rare words and name lists only.
const untaggedLooksLikeName = (token: Token): boolean => isRareWord(token.folded) || isListedNameWord(token.folded);
const untaggedKnown = (token: Token): boolean => isListedNameWord(token.folded);
const wordsOf = (tokens: readonly Token[], start: number, end: number): string => tokens.slice(start, end).map((t) => t.text).join(' ');
const indexOf = (tokens: readonly Token[], word: string): number => tokens.findIndex((t) => t.text === word);

// Holders named right after an office whose complement is a place (all people invented).
describe('holders after an office over a place', () => {
  it('opens the name at a given name the tagger ran a place span over when the headline names the place', () => {
    expect(heldOffice('فتحي العوادي', 'والي القيروان : الموسم واعد', 'وقال والي القيروان فتحي العوادي إن الاستعدادات جارية.')).toEqual([true, 'والي القيروان']);
    expect(heldOffice('فتحي الماجري', 'بنزرت : انطلاق الموسم', 'وقال والي بنزرت فتحي الماجري إن الموسم انطلق.')).toEqual([true, 'والي بنزرت']);
  });

  it('reads a given or family name that also spells a clitic and a word ("فتحي", "لحول") as the name the news mostly takes it for', () => {
    const tokens = tokenize('قال والي المنستير فتحي لحول إن الوضع مستقر');
    expect(officeNameSpans(tokens, untaggedLooksLikeName, untaggedKnown).map((s) => wordsOf(tokens, s.start, s.end))).toEqual(['فتحي لحول']);
    const other = tokenize('أكد والي الجهة منير لحول أن الوضع مستقر');
    expect(officeNameSpans(other, untaggedLooksLikeName, untaggedKnown).map((s) => wordsOf(other, s.start, s.end))).toEqual(['منير لحول']);
  });

  it('splits a place span the tagger ran from the office\'s complement over the holder\'s name', () => {
    const tokens = tokenize('قال والي المنستير فتحي الورغي إن الوضع مستقر');
    const place = { kind: 'place' as const, start: indexOf(tokens, 'المنستير'), end: indexOf(tokens, 'إن') };
    const splits = placeRunHolderSplits(tokens, [place], untaggedLooksLikeName);
    expect(splits.map((s) => wordsOf(tokens, s.nameStart, s.span.end))).toEqual(['فتحي الورغي']);
    // The seat of a regional office opens the span: the name follows it.
    const seat = tokenize('وفق المدير الجهوي للتجارة بقبلي الهادي الكعبي.');
    const seatPlace = { kind: 'place' as const, start: indexOf(seat, 'بقبلي'), end: indexOf(seat, '.') };
    expect(placeRunHolderSplits(seat, [seatPlace], untaggedLooksLikeName).map((s) => wordsOf(seat, s.nameStart, s.span.end))).toEqual(['الهادي الكعبي']);
    // No office before the place: nothing to split ("زار سوسة فلان" names a visitor the tagger may get wrong, not a holder).
    const bare = tokenize('وصل إلى المنستير فتحي الورغي أمس');
    const barePlace = { kind: 'place' as const, start: indexOf(bare, 'المنستير'), end: indexOf(bare, 'أمس') };
    expect(placeRunHolderSplits(bare, [barePlace], untaggedLooksLikeName)).toEqual([]);
  });

  it('keeps the seat of a regional office that also spells a common word before the holder\'s name', () => {
    const found = person('الهادي سليمان', 'وارتفع عدد المصابين إلى 78 مصابا، وفق المدير الجهوي للصحة بقبلي الهادي سليمان.');
    expect([found.official, found.role]).toEqual([true, 'المدير الجهوي للصحة بقبلي']);
    expect(heldOffice('رضا الكعبي', 'قبلي : حجز كميات من البنزين', 'وفق المدير الجهوي للتجارة بقبلي رضا الكعبي.')).toEqual([true, 'المدير الجهوي للتجارة بقبلي']);
  });

  it('does not take a verbal noun after a regional office for its seat', () => {
    const found = people('أشرف المدير الجهوي للتربية بحضور محمد الطرابلسي على الحفل.').find((e) => e.name === 'محمد الطرابلسي');
    expect(found?.role ?? null).not.toBe('المدير الجهوي للتربية بحضور');
  });

  it('ends the office at a town\'s name behind "ب" before a definite given name', () => {
    const found = person('المنجي الحرزي', 'وفق المدير الجهوي للشؤون الاجتماعية بقفصة المنجي الحرزي.');
    expect([found.official, found.role]).toEqual([true, 'المدير الجهوي للشؤون الاجتماعية بقفصة']);
  });

  it('ends the office at a town\'s name behind "ب" before a given name that spells "ل" + a word', () => {
    const found = person('لطفي بوزيد', 'حسب ما أفاد به المندوب الجهوي للفلاحة بمدنين لطفي بوزيد.');
    expect([found.official, found.role]).toEqual([true, 'المندوب الجهوي للفلاحة بمدنين']);
  });

  it('takes a town named with a head behind "ب" ("بسيدي بوزيد") whole, the holder after it', () => {
    const found = person('محمد البوعزيزي', 'أكد المندوب الجهوي للتربية بسيدي بوزيد محمد البوعزيزي أن الدروس ستستأنف.');
    expect([found.official, found.role]).toEqual([true, 'المندوب الجهوي للتربية بسيدي بوزيد']);
  });
});

describe('holders after an office over a town named after a person', () => {
  it('takes a family name with the article after a given name the news mostly takes for a person', () => {
    const tokens = tokenize('وأكد معتمد الجهة فتحي الحامدي أن الوضع هادئ.');
    expect(officeNameSpans(tokens, untaggedLooksLikeName, untaggedKnown).map((s) => wordsOf(tokens, s.start, s.end))).toEqual(['فتحي الحامدي']);
  });

  it('leaves the town\'s name to the office when the tagger ran one name over the town and the holder', () => {
    const found = person('فتحي الحامدي', 'وأكد معتمد سيدي علي بن عون فتحي الحامدي أن الوضع هادئ.');
    expect([found.official, found.role]).toEqual([true, 'معتمد سيدي علي بن عون']);
  });
});

describe('names cut short or run on', () => {
  it('keeps a family name that is also an adjective the news often takes for a name, before a kinship apposition', () => {
    expect(people('أكد أنيس السلطاني، ابن عم الفقيد، أن العائلة تطالب. وأضاف أنيس أن الهاتف مغلق.').map((e) => e.name)).toContain('أنيس السلطاني');
  });

  it('keeps an honorific that is a family name inside the name the tagger read whole', () => {
    expect(people('تلقينا مقترحا مضادا من صلاح الدين الحاج محمود بالإنابة عن مجموعة المساهمين.').map((e) => e.name)).toContain('صلاح الدين الحاج محمود');
  });

  it('cuts the head of a venue off the end of a name before the word it governs', () => {
    const tokens = tokenize('الحكم : سامي الورفلي ملعب الطيب المهيري بصفاقس');
    const block = { block: 0, text: '', tokens };
    const located: Located = { block, span: { kind: 'person', start: indexOf(tokens, 'سامي'), end: indexOf(tokens, 'الطيب'), skip: 0 } };
    cutVenueHeadsAfterNames([located]);
    expect(wordsOf(tokens, located.span.start, located.span.end)).toBe('سامي الورفلي');
  });

  it('cuts the head of the next venue off a referee\'s name in a fixture list', () => {
    const names = people('الأحد 12 مارس الساعة الثالثة ملعب قابس : مستقبل قابس * النادي البنزرتي الحكم : سامي الورفلي ملعب الطيب المهيري بصفاقس النادي الصفاقسي * الملعب التونسي الحكم : كريم الحمروني').map((e) => e.name);
    expect(names).toContain('سامي الورفلي');
    expect(names).not.toContain('سامي الورفلي ملعب');
  });

  it('does not split a team sheet\'s name at an honorific that opens the family name ("الحاج يوسف")', () => {
    const tokens = tokenize('أنيس بنور كريم الحاج يوسف منير الزغلامي');
    const block = { block: 0, text: '', tokens };
    const run: Located = { block, span: { kind: 'person', start: 0, end: 5, skip: 0 } };
    const next: Located = { block, span: { kind: 'person', start: 5, end: 7, skip: 0 } };
    const names = splitRunTogetherNames([run, next]).map(({ span }) => wordsOf(tokens, span.start, span.end));
    expect(names).toEqual(['أنيس بنور', 'كريم الحاج يوسف', 'منير الزغلامي']);
  });
});
