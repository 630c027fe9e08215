import { describe, expect, it } from 'vitest';
import { people, person } from './helpers/entity-people.js';

// An office or an official's flag given to the wrong person: the one a foundation is named after,
// the one a verb charges, an assistant, a team's player, a body's participle (all people invented).
describe('who holds the office', () => {
  it('gives no office to the dead man a foundation is named after', () => {
    const late = person('نبيل الحامدي', 'تحدثت سلوى القاسمي أرملة الشهيد نبيل الحامدي عن السنوات الماضية. واعتبرت مديرة مؤسسة الشهيد نبيل الحامدي، أن القضاء هو السبيل.');
    expect([late.official, late.role]).toEqual([false, null]);
    const namesake = person('منير الورتاني', 'وقال رئيس جمعية الفقيد منير الورتاني إن الجائزة ستسند سنويا.');
    expect([namesake.official, namesake.role]).toEqual([false, null]);
    expect(person('سامي الخياري', 'وقال رئيس مؤسسة الشهيد سامي الخياري إن التحقيق متواصل.').role).toBeNull();
  });

  it('still gives the office of a foundation to the name right after it', () => {
    const director = person('هالة الزغلامي', 'وقالت مديرة المؤسسة هالة الزغلامي إن البرنامج انطلق.');
    expect([director.official, director.role]).toEqual([true, 'مديرة المؤسسة']);
  });

  it('leaves the office after the name of one who charges someone to the one charged', () => {
    const apposed = person('منير الجريدي', 'كلف رئيس الوزراء منير الجريدي، وزير النقل والطرقات بتوفير الحافلات اللازمة.');
    expect([apposed.official, apposed.role]).toEqual([true, 'رئيس الوزراء']);
    const adjacent = person('منير الجريدي', 'وأمر رئيس الوزراء منير الجريدي وزير الصحة بإيفاد فرق طبية إلى الجهة.');
    expect([adjacent.official, adjacent.role]).toEqual([true, 'رئيس الوزراء']);
  });

  it('keeps the apposition of one who is charged, with no office before his name', () => {
    const charged = person('منير الجريدي', 'كلف منير الجريدي، وزير النقل، بتوفير الحافلات اللازمة.');
    expect([charged.official, charged.role]).toEqual([true, 'وزير النقل']);
  });

  it('gives no office to an assistant made so in the accusative', () => {
    const assistant = person('كريم العلوي', 'عين الاتحاد المدرب ماهر السالمي مدربا للمنتخب والنجم الدولي السابق كريم العلوي مساعداً له.');
    expect([assistant.official, assistant.role]).toEqual([false, null]);
    const deputy = person('كريم العلوي', 'تقرر تعيين كريم العلوي مساعدا لوزير الخارجية.');
    expect([deputy.official, deputy.role]).toEqual([true, 'مساعدا لوزير الخارجية']);
  });

  it('counts one who leads a party among the officials', () => {
    expect(person('منير الطرابلسي', 'أكد البيان أن حزب الأمل الذي يتزعمه منير الطرابلسي قرر الانسحاب من الاندماج.').official).toBe(true);
    expect(person('منير الطرابلسي', 'انقسم التيار الذي تزعمه الراحل منير الطرابلسي قبل وفاته.').official).toBe(true);
    expect(person('منير الطرابلسي', 'وقال منير الطرابلسي إن الحزب سيشارك في الانتخابات.').official).toBe(false);
  });

  it('reads "للفريق" after a definite noun as the team, no general\'s rank', () => {
    const player = person('كريم العياري', 'ذكر موقع النادي بأن المدافع الأيمن للفريق كريم العياري جدد عقده لمدة 3 سنوات.');
    expect([player.official, player.honorific]).toEqual([false, null]);
    const signing = person('كريم العياري', 'وأكد المنتدب الجديد للفريق كريم العياري أنه سيخوض أول مقابلة.');
    expect(signing.official).toBe(false);
    const secretary = person('كريم العياري', 'وقال الكاتب العام للفريق كريم العياري إن الهيئة اجتمعت.');
    expect([secretary.official, secretary.role]).toEqual([true, 'الكاتب العام للفريق']);
  });

  it('reads a feminine participle after a body as its adjective, no office', () => {
    const player = person('كريم العياري', 'تعاقدت الهيئة المديرة لنادي قابس مع اللاعب كريم العياري لمدة 6 أشهر.');
    expect([player.official, player.role]).toEqual([false, null]);
    const director = person('سلمى الورتاني', 'وقالت المديرة العامة للديوان سلمى الورتاني إن العمل متواصل.');
    expect([director.official, director.role]).toEqual([true, 'المديرة العامة للديوان']);
  });

  it('finds names and offices written with tatweel as they are', () => {
    const names = people('قرر المكتب تجميد كل من السادة كـمـال الـعـمـري , مـــراد الجلاصي , فتحي الـــزواري من نشاطهم.').map((found) => found.name);
    expect(names.sort()).toEqual(['فتحي الـــزواري', 'كـمـال الـعـمـري', 'مـــراد الجلاصي'].sort());
    const minister = person('كمال الورتاني', 'وقال وزيـــر الداخليـــة كمال الورتاني إن الوضع مستقر.');
    expect([minister.official, minister.role]).toEqual([true, 'وزيـــر الداخليـــة']);
  });

  it('takes the last entry of a list of persons, joined by "و", for a person', () => {
    const spaced = people('قرر المكتب تجميد كل من السادة كمال العمري , مراد الجلاصي و مهذب الشواشي من نشاطهم.').map((found) => found.name);
    expect(spaced).toContain('مهذب الشواشي');
    const joined = people('قرر المكتب تجميد كل من السادة كمال العمري , مراد الجلاصي ومهذب الشواشي من نشاطهم.').map((found) => found.name);
    expect(joined).toContain('مهذب الشواشي');
  });

  it('takes no common words after the list for its last entry', () => {
    expect(people('حضر كمال العمري، مراد الجلاصي وعدد كبير من المواطنين.').map((found) => found.name).sort()).toEqual(['كمال العمري', 'مراد الجلاصي']);
  });
});
