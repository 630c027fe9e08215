/**
 * Hand-written lexicons for Modern Standard Arabic news: honorifics, office words, nationalities,
 * places and organization heads. Entries are written naturally; lookups fold them (see `folded*`).
 */
import { fold } from '../text/normalize.js';

/** Courtesy and academic/military titles: never part of a name, not an office by themselves. */
export const HONORIFICS = [
  'السيد', 'السيدة', 'سيد', 'الدكتور', 'الدكتورة', 'د', 'الشيخ', 'الشيخة', 'المهندس', 'المهندسة',
  'الأستاذ', 'الأستاذة', 'سمو', 'معالي', 'فخامة', 'جلالة', 'سماحة', 'صاحب', 'السمو', 'الملكي',
  'الحاج', 'الحاجة', 'البروفيسور', 'البروفسور', 'البروفيسورة', 'البروفسورة', 'المحامي', 'الفنان', 'الفنانة', 'الكاتب', 'الكاتبة',
  'الإعلامي', 'الإعلامية', 'الأخ', 'الأخت', 'سيادة', 'حضرة', 'السادة', 'الدكتورة', 'الإمام', 'آية',
  'حجة', 'المطران', 'البابا', 'الكاردينال', 'الحاخام', 'القس', 'القسيس', 'الأسقف', 'البطريرك', 'الصحفي', 'الصحافي', 'الشاعر', 'الحارس',
  'اللاعب', 'المدرب', 'النجم', 'الشريف', 'المخرج', 'الممثل', 'الممثلة', 'المغني', 'المطرب', 'المطربة',
  'الكابتن', 'كابتن',
  // A British knight's title before his given name ("السير كير ستارمر"); Malaysia's "Dato'" and
  // "Datuk" ("سفير ماليزيا داتو فلان بن علان").
  'السير', 'داتو', 'داتوك',
  // The clerical titles of Afghanistan, Pakistan and Iran's Sunnis ("والي ولاية كنر المولوي فلان",
  // "إمام جمعة أهل السنة في زاهدان مولوي فلان", "الملا فلان").
  'المولوي', 'مولوي', 'الملا',
  // "رئيس الفريق الذكتور فلان": the doctor's title misspelt with "ذ" for "د" (the two differ by a dot).
  'الذكتور', 'الذكتورة',
  // The press's courtesy title for a fellow journalist ("نقيبة الصحفيين الزميلة فلانة").
  'الزميل', 'الزميلة',
  // The feminine of the titles above ("للمخرجة فلانة"), and the (religious) singer.
  'المحامية', 'الصحفية', 'الصحافية', 'الشاعرة', 'اللاعبة', 'المدربة', 'النجمة', 'المخرجة', 'المغنية', 'المنشد', 'المنشدة',
];

/**
 * Titles that by themselves denote a public office (or a rank in a public force), so the person they
 * precede is an official. The title is the role when no fuller office phrase is present.
 */
export const OFFICE_TITLES = [
  'الرئيس', 'الرئيسة', 'الوزير', 'الوزيرة', 'الملك', 'الملكة', 'السلطان', 'الأمير', 'الأميرة',
  'النائب', 'النائبة', 'السفير', 'السفيرة', 'المحافظ', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المشير',
  'الجنرال', 'الأدميرال', 'القاضي', 'المستشار', 'المستشارة', 'القنصل', 'العمدة', 'الحاكم', 'الرائد',
  'المقدم', 'النقيب', 'المفوض', 'المفوضة', 'المبعوث', 'المندوب', 'الموفد', 'المتحدث', 'المتحدثة',
  'الناطق', 'الناطقة', 'رئيس', 'رئيسة', 'وزير', 'وزيرة', 'ملك', 'سلطان', 'أمير', 'سفير', 'سفيرة',
  'محافظ', 'حاكم', 'قنصل', 'مستشار', 'مستشارة', 'نائب', 'نائبة', 'مساعد', 'مساعدة', 'المساعد',
  // An aide, the Levant's and Iraq's usage ("المعاون السياسي لرئيس المجلس", "معاون المحافظ").
  'معاون', 'معاونة', 'المعاون',
  'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'مفوض', 'مفوضة', 'مبعوث', 'مندوب', 'موفد', 'قائد', 'القائد',
  'مدير', 'مديرة', 'المدير', 'المديرة', 'أمين', 'الأمين', 'عضو', 'العضو', 'كاتب', 'وكيل', 'الوكيل',
  'زعيم', 'الزعيم', 'منسق', 'المنسق', 'مرشد', 'المرشد', 'ولي', 'خادم', 'عاهل', 'العاهل', 'المشرف',
  'مشرف', 'رئيسا', 'وزيرا', 'سفيرا', 'قاضي', 'المدعي', 'المدعية', 'نواب', 'وزراء', 'رؤساء', 'عمدة', 'أمينة',
  'مفتي', 'المفتي', 'مسؤول', 'المسؤول', 'مسؤولة', 'المسؤولة', 'الإمبراطور', 'الإمبراطورة',
  // A church's see, the Levant's usage ("متروبوليت بيروت"); "المطران" before a name is an honorific.
  'متروبوليت', 'المتروبوليت',
  // A deputy head of a public service, Tunisian usage ("كاهية مدير الرعاية الصحية").
  'كاهية', 'الكاهية',
  // The head of a police station or a prison, Egyptian usage ("مأمور قسم شرطة الهرم").
  'مأمور', 'المأمور',
];

/** Office titles that are also given names ("الباجي قائد السبسي", "محمد أمين"). */
export const NAME_LIKE_TITLES = ['قائد', 'أمين', 'سلطان', 'أمير'];

/** Office titles that, with the article, are always followed by a person's name ("الرئيس أنور السادات"). */
export const PERSON_TITLES = [
  'الرئيس', 'الرئيسة', 'الملك', 'الملكة', 'الأمير', 'الأميرة', 'السلطان', 'الوزير', 'الوزيرة', 'السفير',
  'السفيرة', 'اللواء', 'العقيد', 'المشير', 'الجنرال', 'الأدميرال', 'العاهل', 'القنصل', 'الإمبراطور',
  'الإمبراطورة',
];

/** Words that may continue an office phrase after its head ("وزير الداخلية الإيراني"). */
export const ROLE_STOP_WORDS = [
  'أن', 'إن', 'ان', 'عن', 'على', 'إلى', 'الى', 'خلال', 'الذي', 'التي', 'الذين', 'قال', 'قالت', 'أكد',
  'أكدت', 'أعلن', 'أعلنت', 'أشار', 'أوضح', 'بأن', 'لأن', 'حيث', 'كما', 'مع', 'بعد', 'قبل', 'منذ', 'عند',
  'هو', 'هي', 'في', 'من', 'أمس', 'امس', 'اليوم', 'يوم', 'لقد', 'قد', 'إنه', 'انه', 'أنه', 'كان', 'كانت',
  'و', 'أو', 'ثم', 'لكن', 'بين', 'حول', 'هذا', 'هذه', 'ذلك', 'تلك', 'الذى', 'وقال', 'وأكد', 'لدى',
  'إلا', 'لا', 'لم', 'لن', 'ما', 'كل', 'غير', 'نحو', 'ضد', 'دون', 'عبر', 'لدي', 'علي', 'الي',
  // "ونفى فلان أي اقتتال": the quantifier "any" opens the object, it is no name word.
  'أي',
  // "وبحسب المدير الجهوي فلان طالب | فقد تم حجز": "فقد", the "ف" answering "بحسب"/"أما" on "قد", opens the clause.
  'فقد',
  // "تعلم الهيئة أنها قررت", "وأكد بأنه": "أنّ"/"إنّ" with its pronoun opens a clause, no name word.
  'أنها', 'إنها', 'أنهم', 'إنهم', 'أنهما', 'بأنه', 'بأنها', 'بأنهم', 'لأنه', 'لأنها',
  // "وانتداب فلانة اللي وصلت": the colloquial relative pronoun (who, which) of quoted speech.
  'اللي',
  // "فلان، رئيس الأركان آنذاك وعلان": adverbs of "then" date the office, no name word.
  'آنذاك', 'حينذاك', 'حينئذ', 'وقتئذ', 'حينها', 'وقتها',
];

/** Nationality adjectives (masculine singular) and their country. Feminine/plural forms are derived. */
export const NATIONALITIES: Record<string, string> = {
  'الإيراني': 'إيران', 'العراقي': 'العراق', 'السعودي': 'السعودية', 'المصري': 'مصر',
  'السوري': 'سوريا', 'اللبناني': 'لبنان', 'الأردني': 'الأردن', 'الفلسطيني': 'فلسطين',
  'الإسرائيلي': 'إسرائيل', 'الكويتي': 'الكويت', 'القطري': 'قطر', 'البحريني': 'البحرين',
  'الإماراتي': 'الإمارات', 'العماني': 'عمان', 'اليمني': 'اليمن', 'الليبي': 'ليبيا',
  'التونسي': 'تونس', 'الجزائري': 'الجزائر', 'المغربي': 'المغرب', 'الموريتاني': 'موريتانيا',
  'السوداني': 'السودان', 'الصومالي': 'الصومال', 'التركي': 'تركيا', 'الأمريكي': 'الولايات المتحدة',
  'الأميركي': 'الولايات المتحدة', 'الامريكي': 'الولايات المتحدة', 'الاميركي': 'الولايات المتحدة',
  'الروسي': 'روسيا', 'الصيني': 'الصين', 'الياباني': 'اليابان', 'الهندي': 'الهند',
  'الباكستاني': 'باكستان', 'الأفغاني': 'أفغانستان', 'البريطاني': 'بريطانيا', 'الفرنسي': 'فرنسا',
  'الألماني': 'ألمانيا', 'الإيطالي': 'إيطاليا', 'الإسباني': 'إسبانيا', 'الأسباني': 'إسبانيا',
  'البرتغالي': 'البرتغال', 'اليوناني': 'اليونان', 'الهولندي': 'هولندا', 'البلجيكي': 'بلجيكا',
  'السويسري': 'سويسرا', 'السويدي': 'السويد', 'النرويجي': 'النرويج', 'الدنماركي': 'الدنمارك',
  'الفنلندي': 'فنلندا', 'النمساوي': 'النمسا', 'البولندي': 'بولندا', 'الأوكراني': 'أوكرانيا',
  'الكندي': 'كندا', 'البرازيلي': 'البرازيل', 'الأرجنتيني': 'الأرجنتين', 'المكسيكي': 'المكسيك',
  'الأسترالي': 'أستراليا', 'الإندونيسي': 'إندونيسيا', 'الماليزي': 'ماليزيا', 'الكوري': 'كوريا',
  'الإثيوبي': 'إثيوبيا', 'النيجيري': 'نيجيريا', 'الكيني': 'كينيا', 'الأوروبي': 'الاتحاد الأوروبي',
  'الاوروبي': 'الاتحاد الأوروبي', 'الأفريقي': 'الاتحاد الأفريقي', 'الإفريقي': 'الاتحاد الأفريقي',
  'الأممي': 'الأمم المتحدة', 'الكردي': 'كردستان', 'الكردستاني': 'كردستان', 'الجيبوتي': 'جيبوتي',
  'الإريتري': 'إريتريا', 'التشادي': 'تشاد', 'السنغالي': 'السنغال', 'القمري': 'جزر القمر',
  'الأذربيجاني': 'أذربيجان', 'الأرميني': 'أرمينيا', 'الجورجي': 'جورجيا', 'الكوبي': 'كوبا',
  'الفنزويلي': 'فنزويلا', 'الكولومبي': 'كولومبيا', 'التشيلي': 'تشيلي', 'البيروفي': 'بيرو',
  'الأيرلندي': 'أيرلندا', 'الإيرلندي': 'أيرلندا', 'المجري': 'المجر', 'الروماني': 'رومانيا',
  'البلغاري': 'بلغاريا', 'الصربي': 'صربيا', 'الكرواتي': 'كرواتيا', 'الألباني': 'ألبانيا',
  'القبرصي': 'قبرص', 'الفيتنامي': 'فيتنام', 'التايلاندي': 'تايلاند', 'الفلبيني': 'الفلبين',
  'السريلانكي': 'سريلانكا', 'البنغلاديشي': 'بنغلاديش', 'النيبالي': 'نيبال', 'الأوزبكي': 'أوزبكستان',
  'الكازاخي': 'كازاخستان', 'التركماني': 'تركمانستان', 'الطاجيكي': 'طاجيكستان',
  // (The same, formed on the country's whole name: "اللاعبة الكازاخستانية فلانة".)
  'الكازاخستاني': 'كازاخستان', 'الأوزبكستاني': 'أوزبكستان', 'التركمانستاني': 'تركمانستان', 'الطاجيكستاني': 'طاجيكستان', 'القرغيزستاني': 'قرغيزستان', 'القيرغيزي': 'قرغيزستان', 'القيرغيزستاني': 'قرغيزستان',
  // Completing the closed class of the world's countries (stop 19): a nationality after a name ends it.
  'الكاميروني': 'الكاميرون', 'الغاني': 'غانا', 'الإيفواري': 'ساحل العاج', 'الكونغولي': 'الكونغو', 'الأوغندي': 'أوغندا', 'التنزاني': 'تنزانيا', 'الرواندي': 'رواندا', 'البوروندي': 'بوروندي', 'الأنغولي': 'أنغولا', 'الزامبي': 'زامبيا', 'الزيمبابوي': 'زيمبابوي', 'الموزمبيقي': 'موزمبيق', 'الملغاشي': 'مدغشقر', 'الناميبي': 'ناميبيا', 'الغابوني': 'الغابون', 'الغيني': 'غينيا', 'التوغولي': 'توغو', 'الليبيري': 'ليبيريا', 'الغامبي': 'غامبيا', 'النيجري': 'النيجر', 'الإكوادوري': 'الإكوادور', 'البوليفي': 'بوليفيا', 'الباراغوياني': 'باراغواي', 'الأوروغوياني': 'الأوروغواي', 'البنمي': 'بنما', 'الكوستاريكي': 'كوستاريكا', 'الهندوراسي': 'هندوراس', 'الغواتيمالي': 'غواتيمالا', 'النيكاراغوي': 'نيكاراغوا', 'السلفادوري': 'السلفادور', 'الهايتي': 'هايتي', 'الدومينيكاني': 'الدومينيكان', 'الجامايكي': 'جامايكا', 'الترينيدادي': 'ترينيداد وتوباغو', 'الآيسلندي': 'آيسلندا', 'التشيكي': 'التشيك', 'السلوفاكي': 'سلوفاكيا', 'السلوفيني': 'سلوفينيا', 'البوسني': 'البوسنة', 'المقدوني': 'مقدونيا', 'البيلاروسي': 'بيلاروسيا', 'المولدوفي': 'مولدوفا', 'الليتواني': 'ليتوانيا', 'اللاتفي': 'لاتفيا', 'الإستوني': 'إستونيا', 'اللوكسمبورغي': 'لوكسمبورغ', 'المالطي': 'مالطا', 'القرغيزي': 'قرغيزستان', 'المنغولي': 'منغوليا', 'الكمبودي': 'كمبوديا', 'السنغافوري': 'سنغافورة', 'النيوزيلندي': 'نيوزيلندا', 'التايواني': 'تايوان',
  // Spellings of the same the news also uses, and Burkina Faso.
  'البنيني': 'بنين', 'السيراليوني': 'سيراليون', 'الملاوي': 'ملاوي', 'الموريشيوسي': 'موريشيوس', 'البوتسواني': 'بوتسوانا',
  'البوركيني': 'بوركينا فاسو', 'الباراغواياني': 'باراغواي', 'الأوروغواياني': 'الأوروغواي', 'الفليبيني': 'الفلبين',
};

/** English names of countries, for office glosses. */
export const COUNTRY_ENGLISH: Record<string, string> = {
  'إيران': 'Iran', 'العراق': 'Iraq', 'السعودية': 'Saudi Arabia', 'مصر': 'Egypt', 'سوريا': 'Syria',
  'لبنان': 'Lebanon', 'الأردن': 'Jordan', 'فلسطين': 'Palestine', 'إسرائيل': 'Israel',
  'الكويت': 'Kuwait', 'قطر': 'Qatar', 'البحرين': 'Bahrain', 'الإمارات': 'the UAE', 'عمان': 'Oman',
  'اليمن': 'Yemen', 'ليبيا': 'Libya', 'تونس': 'Tunisia', 'الجزائر': 'Algeria', 'المغرب': 'Morocco',
  'موريتانيا': 'Mauritania', 'السودان': 'Sudan', 'الصومال': 'Somalia', 'تركيا': 'Turkey',
  'الولايات المتحدة': 'the United States', 'روسيا': 'Russia', 'الصين': 'China', 'اليابان': 'Japan',
  'الهند': 'India', 'باكستان': 'Pakistan', 'أفغانستان': 'Afghanistan', 'بريطانيا': 'the United Kingdom',
  'فرنسا': 'France', 'ألمانيا': 'Germany', 'إيطاليا': 'Italy', 'إسبانيا': 'Spain',
  'البرتغال': 'Portugal', 'اليونان': 'Greece', 'هولندا': 'the Netherlands', 'بلجيكا': 'Belgium',
  'سويسرا': 'Switzerland', 'السويد': 'Sweden', 'النرويج': 'Norway', 'الدنمارك': 'Denmark',
  'فنلندا': 'Finland', 'النمسا': 'Austria', 'بولندا': 'Poland', 'أوكرانيا': 'Ukraine', 'كندا': 'Canada',
  'البرازيل': 'Brazil', 'الأرجنتين': 'Argentina', 'المكسيك': 'Mexico', 'أستراليا': 'Australia',
  'إندونيسيا': 'Indonesia', 'ماليزيا': 'Malaysia', 'كوريا': 'Korea', 'إثيوبيا': 'Ethiopia',
  'نيجيريا': 'Nigeria', 'كينيا': 'Kenya', 'الاتحاد الأوروبي': 'the European Union',
  'الاتحاد الأفريقي': 'the African Union', 'الأمم المتحدة': 'the United Nations',
  'كردستان': 'Kurdistan', 'أذربيجان': 'Azerbaijan', 'أرمينيا': 'Armenia', 'كوبا': 'Cuba',
  'فنزويلا': 'Venezuela', 'المجر': 'Hungary', 'رومانيا': 'Romania', 'صربيا': 'Serbia',
  'قبرص': 'Cyprus', 'فيتنام': 'Vietnam', 'الفلبين': 'the Philippines',
  'الجامعة العربية': 'the Arab League',
  'بوركينا فاسو': 'Burkina Faso', 'الكاميرون': 'Cameroon', 'غانا': 'Ghana', 'ساحل العاج': 'Ivory Coast', 'الكونغو': 'Congo', 'أوغندا': 'Uganda', 'تنزانيا': 'Tanzania', 'رواندا': 'Rwanda', 'بوروندي': 'Burundi', 'أنغولا': 'Angola', 'زامبيا': 'Zambia', 'زيمبابوي': 'Zimbabwe', 'موزمبيق': 'Mozambique', 'مدغشقر': 'Madagascar', 'ناميبيا': 'Namibia', 'الغابون': 'Gabon', 'غينيا': 'Guinea', 'توغو': 'Togo', 'ليبيريا': 'Liberia', 'غامبيا': 'Gambia', 'النيجر': 'Niger', 'الإكوادور': 'Ecuador', 'بوليفيا': 'Bolivia', 'باراغواي': 'Paraguay', 'الأوروغواي': 'Uruguay', 'بنما': 'Panama', 'كوستاريكا': 'Costa Rica', 'هندوراس': 'Honduras', 'غواتيمالا': 'Guatemala', 'نيكاراغوا': 'Nicaragua', 'السلفادور': 'El Salvador', 'هايتي': 'Haiti', 'الدومينيكان': 'the Dominican Republic', 'جامايكا': 'Jamaica', 'ترينيداد وتوباغو': 'Trinidad and Tobago', 'آيسلندا': 'Iceland', 'التشيك': 'the Czech Republic', 'سلوفاكيا': 'Slovakia', 'سلوفينيا': 'Slovenia', 'البوسنة': 'Bosnia', 'مقدونيا': 'Macedonia', 'بيلاروسيا': 'Belarus', 'مولدوفا': 'Moldova', 'ليتوانيا': 'Lithuania', 'لاتفيا': 'Latvia', 'إستونيا': 'Estonia', 'لوكسمبورغ': 'Luxembourg', 'مالطا': 'Malta', 'قرغيزستان': 'Kyrgyzstan', 'منغوليا': 'Mongolia', 'كمبوديا': 'Cambodia', 'سنغافورة': 'Singapore', 'نيوزيلندا': 'New Zealand', 'تايوان': 'Taiwan',
  'بنين': 'Benin', 'سيراليون': 'Sierra Leone', 'ملاوي': 'Malawi', 'مالاوي': 'Malawi', 'موريشيوس': 'Mauritius', 'بوتسوانا': 'Botswana', 'ليسوتو': 'Lesotho', 'جزر القمر': 'the Comoros',
  'السنغال': 'Senegal', 'تشاد': 'Chad', 'إريتريا': 'Eritrea', 'جيبوتي': 'Djibouti', 'كولومبيا': 'Colombia', 'تشيلي': 'Chile', 'بيرو': 'Peru', 'أيرلندا': 'Ireland', 'بلغاريا': 'Bulgaria', 'كرواتيا': 'Croatia', 'ألبانيا': 'Albania', 'تايلاند': 'Thailand', 'سريلانكا': 'Sri Lanka', 'بنغلاديش': 'Bangladesh', 'نيبال': 'Nepal', 'أوزبكستان': 'Uzbekistan', 'كازاخستان': 'Kazakhstan', 'تركمانستان': 'Turkmenistan', 'طاجيكستان': 'Tajikistan',
};

/** Places that are not countries (capitals, big cities, regions) plus country-name variants. */
export const PLACES = [
  ...Object.keys(COUNTRY_ENGLISH).filter((name) => !name.startsWith('الاتحاد') && !name.startsWith('الأمم') && name !== 'الجامعة العربية'),
  'ايران', 'أمريكا', 'أميركا', 'امريكا', 'اميركا', 'سورية', 'المملكة المتحدة', 'إنجلترا', 'انجلترا',
  'الإمارات العربية المتحدة', 'المملكة العربية السعودية', 'القاهرة', 'الرياض', 'جدة', 'مكة المكرمة',
  'المدينة المنورة', 'الدمام', 'دبي', 'أبوظبي', 'أبو ظبي', 'الدوحة', 'المنامة', 'مسقط', 'صنعاء', 'عدن',
  'بغداد', 'البصرة', 'الموصل', 'أربيل', 'كربلاء', 'النجف', 'دمشق', 'حلب', 'حمص', 'بيروت', 'عمان',
  'عمّان', 'القدس', 'غزة', 'رام الله', 'الضفة الغربية', 'تل أبيب', 'طهران', 'مشهد', 'أصفهان', 'أنقرة',
  'انقرة', 'إسطنبول', 'اسطنبول', 'موسكو', 'واشنطن', 'نيويورك', 'لندن', 'باريس', 'برلين', 'روما',
  'مدريد', 'بروكسل', 'جنيف', 'فيينا', 'بكين', 'طوكيو', 'نيودلهي', 'إسلام آباد', 'كابول', 'الخرطوم',
  'طرابلس', 'بنغازي', 'تونس العاصمة', 'الجزائر العاصمة', 'الرباط', 'الدار البيضاء', 'نواكشوط',
  'مقديشو', 'الإسكندرية', 'الاسكندرية', 'السويس', 'الإسماعيلية', 'بورسعيد', 'أسوان', 'الأقصر',
  'سيناء', 'الخليج', 'الخليج العربي', 'الشرق الأوسط', 'أوروبا', 'اوروبا', 'آسيا', 'أفريقيا', 'إفريقيا',
  'افريقيا', 'أمريكا اللاتينية', 'كييف', 'القرم', 'ميونيخ', 'الكويت', 'المملكة', 'شرم الشيخ',
  'الطائف', 'الأحساء', 'تبوك', 'أبها', 'عسير', 'حائل', 'القصيم', 'نجران', 'جازان', 'عرعر',
  'ترينيداد', 'ترينداد', 'توباغو', 'ساحل العاج', 'كوت ديفوار', 'الكونغو الديمقراطية', 'جنوب أفريقيا', 'جنوب إفريقيا', 'التشيك',
  'إسرائل', 'الاتحاد السوفياتي', 'الاتحاد السوفيتي', 'العالم العربي', 'سوريه', 'لبنان',
];

/** Head nouns that open an organization name ("وزارة الداخلية الإيرانية"). */
export const ORGANIZATION_HEADS = [
  'وزارة', 'هيئة', 'مجلس', 'حزب', 'شركة', 'وكالة', 'جامعة', 'منظمة', 'اتحاد', 'الاتحاد', 'جمعية',
  'مؤسسة', 'مركز', 'لجنة', 'اللجنة', 'المجلس', 'الهيئة', 'المنظمة', 'الوكالة', 'الجامعة', 'الحزب',
  'حركة', 'الحركة', 'جبهة', 'الجبهة', 'بنك', 'البنك', 'مصرف', 'المصرف', 'صندوق', 'الصندوق', 'محكمة',
  'المحكمة', 'مجموعة', 'المجموعة', 'تحالف', 'التحالف', 'ائتلاف', 'الائتلاف', 'برنامج', 'البرنامج',
  'حكومة', 'الحكومة', 'قيادة', 'القوات', 'قوات', 'الجيش', 'جهاز', 'الديوان', 'ديوان', 'نادي', 'النادي',
  'مديرية', 'المديرية', 'دائرة', 'معهد', 'المعهد', 'أكاديمية', 'الأكاديمية', 'كلية', 'الكلية', 'مستشفى', 'المستشفى', 'مشفى', 'المشفى', 'الأمانة',
  'أمانة', 'رابطة', 'الرابطة', 'نقابة', 'النقابة', 'غرفة', 'الغرفة', 'البرلمان', 'برلمان', 'مفوضية', 'المفوضية',
  'تنظيم', 'التنظيم', 'الجمعية', 'المؤسسة', 'المركز', 'الشركة', 'حلف', 'الحلف', 'الأمم', 'مكتب',
  'المكتب', 'إدارة', 'الإدارة', 'سلطة', 'السلطة', 'بعثة', 'البعثة', 'تيار', 'التيار', 'منتدى', 'المنتدى', 'مؤتمر',
  'المؤتمر', 'مجمع', 'المجمع', 'بلدية', 'البلدية', 'شرطة', 'الشرطة', 'الكيان', 'رئاسة', 'الرئاسة',
  // The (Shia) religious authority, a body with representatives and offices ("ممثل المرجعية الدينية العليا").
  'المرجعية', 'مرجعية',
  // Iraq's holy shrines, bodies with a secretary-general ("الأمين العام للعتبة الحسينية المقدسة").
  'العتبة', 'عتبة', 'العتبات',
  // A coordination committee of a movement or campaign ("تنسيقية مانيش مسامح"), led by a "رئيسة".
  'تنسيقية', 'التنسيقية',
  // A cooperative, with a president and a board ("رئيس تعاونية موظفي الإذاعة والتلفزة التونسية").
  'تعاونية', 'التعاونية',
  // Sports clubs named after a borrowed head ("سبورتينغ المكنين", "أولمبيك الكاف", "أتلتيكو مدريد").
  'سبورتينغ', 'سبورتنغ', 'أولمبيك', 'أتلتيكو',
  // A parliamentary bloc ("النائب بكتلة حركة الأمل"), Tunisia's customs service ("المكلفة بالاتصال
  // لدى الديوانة"), a unit of a force ("نقابة قوات الأمن فوج قابس").
  'كتلة', 'الكتلة', 'ديوانة', 'الديوانة', 'فوج', 'الفوج',
  // Egypt's criminal investigations police, with its chiefs by station ("رئيس مباحث قسم الهرم").
  'مباحث', 'المباحث',
  // A customs service, named by its port or crossing ("مدير جمارك منفذ الوديعة").
  'جمارك', 'الجمارك',
  // A gendarmerie, named by its province ("قائد درك ديار بكر", "قائد الدرك الوطني").
  'درك', 'الدرك',
  // The Maghreb's confederations of unions ("الكونفدرالية العامة لعمال موريتانيا"; "الفيدرالية" is
  // left out: it is an adjective as often, "ألمانيا الفيدرالية").
  'كونفدرالية', 'الكونفدرالية', 'كنفدرالية', 'الكنفدرالية',
  // Festivals, run by a director of their own ("المدير التنفيذي لمهرجان سوق عكاظ"); bare only: after
  // "المهرجان" a quoted name is its director's ('مدير المهرجان "فلان"').
  'مهرجان',
  // An embassy or consulate, with its attachés and counsellors ("الملحق العسكري بسفارة باكستان");
  // bare only: "السفارة" alone goes on with the sentence ("أصدرت السفارة بيانا").
  'سفارة', 'قنصلية',
  // An armed or political group named by its head ("المتحدث باسم جماعة أنصار الله (الحوثيين)"); bare
  // only: "الجماعة" is as often the congregation ("صلاة الجماعة").
  'جماعة',
];

/** Well-known organizations written without a head noun. */
export const ORGANIZATIONS = [
  'الأمم المتحدة', 'الاتحاد الأوروبي', 'الاتحاد الاوروبي', 'الجامعة العربية', 'جامعة الدول العربية',
  'حلف شمال الأطلسي', 'الناتو', 'داعش', 'حماس', 'حزب الله', 'أنصار الله', 'فتح', 'طالبان', 'القاعدة', 'الكرملين',
  'البنتاغون', 'البيت الأبيض', 'الكنيست', 'اليونسكو', 'اليونيسف', 'يونسكو', 'يونيسف', 'الإكواس', 'الكيان الصهيوني',
  'مجلس الأمن', 'أوبك', 'الفيفا', 'الإنتربول', 'رويترز', 'تويتر', 'فيسبوك', 'غوغل', 'جوجل',
];

/** English glosses of office words, in the order they usually combine. */
export const OFFICE_GLOSSES: Record<string, string> = {
  'وزير': 'Minister', 'وزيرة': 'Minister', 'الوزير': 'Minister', 'الوزيرة': 'Minister',
  'وزراء': 'Ministers', 'رئيس': 'President', 'رئيسة': 'President', 'الرئيس': 'President',
  'الرئيسة': 'President', 'نائب': 'Deputy', 'نائبة': 'Deputy', 'النائب': 'MP', 'مساعد': 'Assistant',
  'مساعدة': 'Assistant', 'مستشار': 'Adviser', 'المستشار': 'Adviser', 'سفير': 'Ambassador',
  'السفير': 'Ambassador', 'سفيرة': 'Ambassador', 'محافظ': 'Governor', 'المحافظ': 'Governor',
  'ملك': 'King', 'الملك': 'King', 'الملكة': 'Queen', 'أمير': 'Emir', 'الأمير': 'Prince',
  'سلطان': 'Sultan', 'السلطان': 'Sultan', 'قائد': 'Commander', 'القائد': 'Commander',
  'المتحدث': 'Spokesperson', 'متحدث': 'Spokesperson', 'المتحدثة': 'Spokesperson',
  'الناطق': 'Spokesperson', 'ناطق': 'Spokesperson', 'مدير': 'Director', 'المدير': 'Director',
  'الأمين': 'Secretary', 'أمين': 'Secretary', 'عضو': 'Member', 'العضو': 'Member',
  'المفوض': 'Commissioner', 'مفوض': 'Commissioner', 'مفوضة': 'Commissioner', 'مبعوث': 'Envoy',
  'المبعوث': 'Envoy', 'موفد': 'Envoy', 'مندوب': 'Representative', 'المندوب': 'Representative',
  'اللواء': 'Major General', 'العميد': 'Brigadier', 'العقيد': 'Colonel', 'الفريق': 'Lieutenant General',
  'المشير': 'Field Marshal', 'الجنرال': 'General', 'القاضي': 'Judge', 'زعيم': 'Leader',
  'الزعيم': 'Leader', 'ولي': 'Crown', 'خادم': 'Custodian', 'عاهل': 'Monarch', 'العاهل': 'Monarch',
  'حاكم': 'Ruler', 'الحاكم': 'Ruler', 'منسق': 'Coordinator', 'كاتب': 'Secretary', 'وكيل': 'Undersecretary',
  'المشرف': 'Supervisor', 'قنصل': 'Consul', 'القنصل': 'Consul',
};

/** Glosses of ministries, bodies and qualifiers that follow an office word. */
export const PORTFOLIO_GLOSSES: Record<string, string> = {
  'الداخلية': 'the Interior', 'داخلية': 'the Interior', 'الخارجية': 'Foreign Affairs',
  'خارجية': 'Foreign Affairs', 'الدفاع': 'Defence', 'دفاع': 'Defence', 'العدل': 'Justice',
  'المالية': 'Finance', 'مالية': 'Finance', 'الاقتصاد': 'the Economy', 'الصحة': 'Health',
  'التعليم': 'Education', 'التربية': 'Education', 'الزراعة': 'Agriculture', 'النفط': 'Oil',
  'الطاقة': 'Energy', 'النقل': 'Transport', 'الإعلام': 'Information', 'الثقافة': 'Culture',
  'السياحة': 'Tourism', 'التجارة': 'Trade', 'الصناعة': 'Industry', 'العمل': 'Labour',
  'الإسكان': 'Housing', 'شؤون': 'Affairs', 'البيئة': 'the Environment', 'الشؤون': 'Affairs', 'الشباب': 'Youth',
  'الرياضة': 'Sports', 'الأوقاف': 'Religious Endowments', 'الاتصالات': 'Communications',
  'الوزراء': 'Ministers', 'الحكومة': 'the Government', 'الجمهورية': 'the Republic', 'الدولة': 'State',
  'العام': 'General', 'العامة': 'General', 'الأركان': 'Staff', 'البرلمان': 'Parliament',
  'مجلس': 'Council', 'المجلس': 'Council', 'النواب': 'Representatives', 'الشعب': 'the People',
  'الشورى': 'Shura', 'الأمن': 'Security', 'العهد': 'Prince', 'الحرمين': 'of the Two Holy Mosques',
  'الشريفين': '', 'الأول': 'First', 'الثاني': 'Second', 'الخاص': 'Special',
  'الجيش': 'the Army', 'القوات': 'the Forces', 'المسلحة': 'Armed', 'الشرطة': 'Police',
  'الاستخبارات': 'Intelligence', 'المخابرات': 'Intelligence', 'هيئة': 'Authority', 'الهيئة': 'Authority',
  'لجنة': 'Committee', 'اللجنة': 'Committee', 'البلدية': 'Municipal', 'المنطقة': 'Region',
  'منطقة': 'Region', 'الدينية': 'Religious', 'الاجتماعية': 'Social', 'الثقافية': 'Cultural',
  'الخارجي': 'Foreign', 'الوطني': 'National', 'الرسمي': 'Official', 'باسم': 'for', 'المتحدة': 'United',
  // "مساعد وزير الداخلية لقطاع الأمن العام" (Egypt's usage): the sector an assistant minister heads.
  'قطاع': 'Sector',
};

/** Words that qualify an office in time; glossed before it ("former") or after it ("designate"). */
export const OFFICE_QUALIFIERS: Record<string, string> = {
  'السابق': 'former', 'السابقة': 'former', 'الأسبق': 'former', 'الحالي': 'current', 'الحالية': 'current',
  'المكلف': 'designate', 'المكلفة': 'designate',
};

/** Words that may stand between a title and a name, or in brackets after it: never part of the name. */
/** The news's epithet of a politician ("وزير الأمن القومي الإسرائيلي المتطرف فلان"): no part of his office or name. */
export const HOLDER_EPITHETS = ['المتطرف', 'المتطرفة'];

export const NAME_QUALIFIERS = [
  'الراحل', 'الراحلة', 'الفقيد', 'السابق', 'السابقة', 'الأسبق', 'الحالي', 'الحالية', 'الجنوبي', 'الشمالي',
  'الجديد', 'الجديدة', 'المكلف', 'المكلفة', 'المنتخب', 'المنتخبة', 'المخلوع', 'المعزول', 'الأسبق',
  ...HOLDER_EPITHETS,
];

/** Kinship nouns after a name ("الأمير رشيد شقيق العاهل"): they describe the person, never name them. */
export const KINSHIP_WORDS = [
  'شقيق', 'شقيقة', 'نجل', 'نجلة', 'ابنة', 'زوج', 'زوجة', 'قرينة', 'أرملة', 'والد', 'والدة', 'حفيد', 'حفيدة',
];

/**
 * Verbs that news puts right before or after a speaker or an actor ("قال كورت", "أكد الوزير"): a
 * tagger feature, so that unseen clitic and gender forms share what the frequent ones taught.
 */
export const PERSON_VERBS = [
  'قال', 'قالت', 'يقول', 'تقول', 'أكد', 'أكدت', 'يؤكد', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت',
  'صرح', 'صرحت', 'ذكر', 'ذكرت', 'أشار', 'أشارت', 'تابع', 'تابعت', 'رأى', 'اعتبر', 'اعتبرت', 'شدد', 'شددت',
  'دعا', 'دعت', 'أفاد', 'نفى', 'نفت', 'كشف', 'كشفت', 'طالب', 'طالبت', 'اتهم', 'اتهمت', 'استقبل', 'استقبلت',
  'التقى', 'التقت', 'بحث', 'بحثت', 'أبلغ', 'أبلغت', 'أعرب', 'أعربت', 'وصف', 'وصفت', 'حذر', 'حذرت', 'ناشد',
  'يختتم', 'يكمل', 'يروي', 'سجل', 'أحرز', 'فاز', 'فازت', 'قرر', 'قررت', 'رفض', 'رفضت',
];

/** Parts of compound names that open the next part and never end a name ("بن سلمان", "آل نهيان"). */
export const LEADING_NAME_PARTS = ['بن', 'ابن', 'بنت', 'عبد', 'أبو', 'ابو', 'أم', 'ام', 'آل', 'ال', 'فون', 'دي', 'دو', 'فان', 'دير'];

/**
 * Words that introduce another name of the same person ("المكنى أبو بكر", "الملقب بـ", "المدعو"):
 * they end the name and the office phrase before them, and are never part of either.
 */
export const ALIAS_MARKERS = [
  'المكنى', 'المكنّى', 'المكناة', 'المكني', 'الملقب', 'الملقبة', 'المدعو', 'المدعوة', 'المسمى', 'المسماة',
  'المعروف', 'المعروفة', 'الشهير', 'الشهيرة', 'يدعى', 'ويدعى', 'تدعى', 'وتدعى', 'الملقّب', 'واسمه', 'اسمه',
];

/**
 * Last words of foreign company and media names written in Arabic letters ("هافينغتون بوست", "وول
 * مارت", "ديلي شو"): a span that ends in one names a body, not a person.
 */
export const FOREIGN_ORGANIZATION_TAILS = [
  'بوست', 'تايمز', 'تايمس', 'نيوز', 'جورنال', 'مارت', 'شو', 'تيليغراف', 'تلغراف', 'غارديان', 'برس', 'ميديا',
  'موتورز', 'إيرلاينز', 'ايرلاينز', 'غروب', 'بنك', 'ستريت', 'توداي', 'ويك', 'ماغازين', 'تي في', 'إنك', 'كوربوريشن',
  'تريبيون', 'هيرالد', 'كرونيكل', 'إكسبرس', 'اكسبرس', 'بوليتيكو', 'فيوتشرز', 'كابيتال', 'ووتش', 'كوم',
  // ("رووداو ديجيتال", "الأهرام أونلاين": a medium's web edition.)
  'ديجيتال', 'أونلاين', 'اونلاين',
  // Clubs and quarters with an English tail ("مانشستر سيتي", "يانغ سبورت").
  'سيتي', 'سبورت',
  // ("يانغ سبورتس", "غلاسكو رينجرز", "ليدز يونايتد", "يونغ سبورت أكاديمي": more English club tails.)
  'سبورتس', 'رينجرز', 'رانجرز', 'رانجرس', 'يونايتد', 'أكاديمي',
  // ("نوردفيل إنرجي", "ساكورا موتور بارتس": the English tails of industry's company names.)
  'إنرجي', 'انرجي', 'هولدينغ', 'بتروليوم', 'تيليكوم', 'تكنولوجيز', 'سيستمز', 'إندستريز', 'بارتس', 'فارما',
  // ("سيمنس موبيليتي", "إكسون موبيل", "كابيتال ميترو", "... إنترناشونال": transport's and oil's.)
  'موبيليتي', 'موبيل', 'ميترو', 'إنترناشونال', 'انترناشونال', 'إنترناشيونال', 'انترناشيونال', 'لوجستيكس',
];

/**
 * "فيتا كلوب الكنغولي": "club" ends a club's name before its nationality adjective; alone at the end
 * it is as likely a family name ("يورغن كلوب").
 */
export const CLUB_TAILS_BEFORE_NATIONALITY = ['كلوب'];

/**
 * First words of foreign newspaper names written in Arabic letters ("ديلي ميل", "جورنال دو ديمانش",
 * "صنداي تايمز"): a span that opens with one names the paper, also when quoted with no head before it.
 */
export const FOREIGN_MEDIUM_LEADS = ['ديلي', 'جورنال', 'صنداي',
  // English common words that open the name of a brand, a site, a game or a tournament written in
  // Arabic letters ("بلاك بيري", "ساوند كلاود", "سبيس إمباكت", "الغراند سلام"), never a given name.
  'بلاك', 'ساوند', 'سبيس', 'غراند', 'جراند', 'الغراند', 'الجراند', 'سمارت', 'بلاي',
  // "Monte" of Monte Carlo, its radio's name too ("قال لمونت كارلو الدولية إن").
  'مونت'];

/** Heads that name a company, a medium or a work: the words after them are its name ("صحيفة ذا تايمز"). */
export const MEDIA_HEADS = [
  'شركة', 'صحيفة', 'موقع', 'قناة', 'وكالة', 'مجلة', 'جريدة', 'شبكة', 'إذاعة', 'راديو', 'تلفزيون', 'بصحيفة', 'لصحيفة',
  'لشركة', 'بشركة', 'لموقع', 'بموقع', 'لقناة', 'بقناة', 'لوكالة', 'لمجلة', 'بمجلة', 'لشبكة', 'وصحيفة', 'وشركة',
  // Weeklies and dailies ("أسبوعية جون أفريك").
  'أسبوعية', 'يومية', 'لأسبوعية', 'ليومية',
];

/** Parts that end compound names ("عبد الله", "صلاح الدين", "أسد الزمان", "الحسن الثاني"). */
export const TRAILING_NAME_PARTS = ['الله', 'الدين', 'الزمان', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الابن', 'الأب'];

/** A folded word without its article (and a "و" before it): "والوزير" → "وزير". */
export function withoutArticle(folded: string): string {
  return folded.replace(/^و?ال/, '');
}

/** The words, folded, as a set. */
export function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map(fold));
}

function foldedRecord(record: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(record).map(([key, value]) => [fold(key), value]));
}

export const foldedHonorifics = foldedSet(HONORIFICS);

/**
 * "سموه", "معاليه", "فخامته", "سعادتها": a courtesy title with a pronoun ending refers back to someone
 * ("his highness"), it names no one. Folded, after any proclitic ("وسموه"): a closed class.
 */
const HONORIFIC_WITH_PRONOUN = /^(?:[وف]?[بل]?)(?:سمو|معالي|(?:فخام|جلال|سماح|سعاد|فضيل|دول|سياد|نياف|غبط)ت)(?:ه|ها|هما|هم|كم)$/;
export function isHonorificWithPronoun(folded: string): boolean {
  return HONORIFIC_WITH_PRONOUN.test(folded);
}
export const foldedNameQualifiers = foldedSet(NAME_QUALIFIERS);
export const foldedKinshipWords = foldedSet(KINSHIP_WORDS);
export const foldedPersonTitles = foldedSet(PERSON_TITLES);
export const foldedLeadingNameParts = foldedSet(LEADING_NAME_PARTS);
export const foldedTrailingNameParts = foldedSet(TRAILING_NAME_PARTS);
/** Name parts too common to identify a person on their own. */
export const foldedAliasMarkers = foldedSet(ALIAS_MARKERS);
export const foldedForeignOrganizationTails = foldedSet(FOREIGN_ORGANIZATION_TAILS);
export const foldedClubTailsBeforeNationality = foldedSet(CLUB_TAILS_BEFORE_NATIONALITY);
export const foldedForeignMediumLeads = foldedSet(FOREIGN_MEDIUM_LEADS);
export const foldedMediaHeads = foldedSet(MEDIA_HEADS);
export const foldedWeakNameParts = new Set([...foldedLeadingNameParts, ...foldedTrailingNameParts]);
export const foldedOfficeTitles = foldedSet(OFFICE_TITLES);
export const foldedNameLikeTitles = foldedSet(NAME_LIKE_TITLES);
export const foldedPersonVerbs = foldedSet(PERSON_VERBS);
export const foldedRoleStops = foldedSet(ROLE_STOP_WORDS);
export const foldedOrganizationHeads = foldedSet(ORGANIZATION_HEADS);
export const foldedOfficeGlosses = foldedRecord(OFFICE_GLOSSES);
export const foldedPortfolioGlosses = foldedRecord(PORTFOLIO_GLOSSES);
export const foldedOfficeQualifiers = foldedRecord(OFFICE_QUALIFIERS);

/** Folded nationality adjective (any gender/number) → country, e.g. "الايرانيه" → "إيران". */
export const foldedNationalities: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [adjective, country] of Object.entries(NATIONALITIES)) {
    const base = fold(adjective);
    for (const form of [base, base + 'ه', base + 'ين', base + 'ون']) map.set(form, country);
    // Without the article too ("وزير خارجية سعودي" is rare, but "وزيرا سعوديا" happens).
    const bare = base.startsWith('ال') ? base.slice(2) : base;
    for (const form of [bare, bare + 'ه', bare + 'ا']) if (!map.has(form)) map.set(form, country);
  }
  return map;
})();

export const foldedCountryEnglish = foldedRecord(COUNTRY_ENGLISH);

/*
 * The officials grammar's own word classes (src/entities/roles.ts and the office-*.ts, role-*.ts modules it is built from). Kept apart from the lists above,
 * which are also tagger features: changing those would change what the trained model sees.
 */

/** Military and police ranks: written with the name, they are its honorific, never its office. */
export const RANKS = [
  'الفريق', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'الملازم', 'المشير', 'الجنرال',
  'الأدميرال', 'الأميرال', 'العماد', 'الركن', 'ركن', 'الطيار', 'الجندي', 'الرقيب', 'العريف', 'الوكيل رقيب', 'البحري', 'الجنرال', 'المارشال', 'الفريق أول', 'الشرطي',
  // (A customs officer's rank, Jordan's usage: "العقيد الجمركي فلان".)
  'الجمركي',
  // (Western ranks as the press transliterates them: "المتحدث باسم القيادة المركزية، الكولونيل فلان".)
  'الكولونيل', 'الميجور', 'الليفتنانت',
  // (Morocco's colonel-major, written after the colonel's rank: "العقيد ماجور فلان".)
  'ماجور',
];

/** Royal and courtesy titles written with a name ("صاحب السمو الملكي الأمير"): honorifics. */
export const ROYAL_TITLES = [
  'الملك', 'الملكة', 'الأمير', 'الأميرة', 'السلطان', 'الشيخ', 'الشيخة', 'صاحب', 'صاحبة', 'السمو', 'سمو',
  'الملكي', 'الملكية', 'جلالة', 'معالي', 'فخامة', 'سماحة', 'سيادة', 'العاهل', 'فضيلة', 'سعادة',
];

/** Honorifics that are also the office when the article gives no fuller one ("الملك حسين"). */
export const RULER_TITLES = ['الملك', 'الملكة', 'السلطان', 'الأمير', 'الأميرة', 'العاهل', 'الإمبراطور', 'الإمبراطورة'];

/** Office heads the tagger's list lacks (kept here so the tagger's features do not change). */
export const EXTRA_OFFICE_HEADS = [
  // A prosecutor in the construct state, Jordan's usage ("مدعي عام محكمة الجنايات الكبرى"; only before "عام": office-start.ts).
  'مدعي',
  'سناتور', 'السناتور', 'سيناتور', 'السيناتور', 'عضوة', 'العضوة', 'سكرتير', 'السكرتير', 'ملحق', 'الملحق',
  'وكيلة', 'الوكيلة', 'قائدة', 'مندوبة', 'المندوبة', 'حاكمة', 'رئيسة', 'مديرة', 'المديرة', 'النائبة',
  'الناطقة', 'المتحدثة', 'عمدة', 'نقيب', 'مفتش', 'المفتش', 'مراقب', 'المراقب', 'محافظ', 'قاضية', 'القاضية',
  'كاتبة', 'أمينة', 'الأمينة', 'المنسقة', 'منسقة', 'مبعوثة', 'المبعوثة', 'قنصلة', 'القنصلة',
  // Feminines of office heads the lists have ("ملكة الأردن", "الموفدة الأممية", "نقيبة الصحفيين").
  'ملكة', 'موفدة', 'الموفدة', 'زعيمة', 'الزعيمة', 'نقيبة', 'عميدة', 'العميدة',
  'معتمدة', 'المعتمدة', 'مفتشة', 'المفتشة', 'سكرتيرة', 'السكرتيرة', 'مشرفة', 'المشرفة',
  // The head of a district ("قضاء"), Iraq's and Lebanon's usage ("قائممقام قضاء زاخو"), in both spellings.
  'قائممقام', 'القائممقام', 'قائمقام', 'القائمقام',
  // The police chief of an Egyptian governorate or city ("حكمدار العاصمة"; "تعيين فلان حكمدارا لمديرية أمن القليوبية").
  'حكمدار', 'الحكمدار', 'حكمدارا',
  'مساعدة', 'المساعدة', 'مستشارة', 'المستشارة', 'سفيرة', 'السفيرة', 'رئيس', 'برلماني', 'معتمد', 'المعتمد', 'عميد', 'الوالي', 'والية', 'الوالية',
  // "تعيين فلان واليا على نابل": the governor in the accusative of an appointment ("والي" itself folds as "والى").
  'واليا',
  // "المقرر الخاص المعني بحقوق الإنسان": a rapporteur of an international body.
  'مقرر', 'المقرر', 'مقررة', 'المقررة',
  // "القيادي في حركة النهضة فلان", "القيادية بحزب ...": a member of a party's or movement's leadership.
  'قيادي', 'القيادي', 'قيادية', 'القيادية',
  // Maghreb civil-service posts: "ناظر الدائرة الصحية", "المتفقد الجهوي للتراث", "المكلف العام
  // بنزاعات الدولة", "المكلف بمهمة لدى وزير التربية" (the one in charge, a post of its own).
  'ناظر', 'الناظر', 'ناظرة', 'الناظرة', 'متفقد', 'المتفقد', 'متفقدة', 'المتفقدة', 'المكلف', 'المكلفة',
  // "الملازم بإقليم الحرس الوطني بقابس فلان": the lieutenant's unit after his rank, as "العقيد بالحماية
  // المدنية" has it (the other ranks are office titles already).
  'الملازم',
  // The heads of a church's see, in the construct state with it ("أسقف ملوي", "بطريرك أنطاكية وسائر
  // المشرق", "كاثوليكوس الأرمن"), as "متروبوليت بيروت" above; with the article, before a name, they
  // are honorifics ("المطران فلان", HONORIFICS). (A parish priest, "كاهن الكنيسة", is left out, as a
  // town mosque's imam is: mosque-offices.ts.)
  'أسقف', 'مطران', 'بطريرك', 'كاثوليكوس',
];

/** Words that qualify an office inside its phrase ("حاكم سابق", "منسق عام", "سناتور مستقل"). */
export const ROLE_QUALIFIERS = [
  'سابق', 'سابقة', 'السابق', 'السابقة', 'الأسبق', 'الأسبقة', 'أسبق', 'مستقل', 'مستقلة', 'المستقل', 'عام',
  'عامة', 'العام', 'العامة', 'الحالي', 'الحالية', 'المكلف', 'المكلفة', 'مكلف', 'مكلفة', 'الخاص', 'الخاصة',
  'خاص', 'خاصة', 'الرسمي', 'الرسمية', 'رسمي', 'المساعد', 'المساعدة', 'الأول', 'الثاني', 'الأولى', 'الثانية',
  'المنتخب', 'المنتخبة', 'المؤقت', 'المؤقتة', 'بالنيابة', 'بالإنابة', 'الدائم', 'الدائمة', 'دائم', 'دائمة', 'الفخري', 'الفخرية', 'فخري', 'فخرية',
  // "الوزير المنتدب لدى رئيس الحكومة" (Maghreb), "العضو المنتدب" (Egypt): a delegated post.
  'المنتدب', 'المنتدبة', 'منتدب', 'منتدبة',
  // "رئيساً تنفيذياً للشركة": the executive post, agreeing with an accusative office as "عاماً" does.
  'تنفيذي', 'تنفيذية',
  // "عضواً متفرغاً في مجلس الهيئة": a full-time post.
  'متفرغ', 'متفرغة', 'المتفرغ', 'المتفرغة',
  // "الأمين العام المتخلي", "الوزير المستقيل": the holder whose term ends, as "السابق" says it has.
  'المتخلي', 'المتخلية', 'المستقيل', 'المستقيلة', 'المقال', 'المقالة', 'المعزول', 'المعزولة',
  // "السفير البابوي", "القاصد الرسولي": the Holy See's envoy, papal and apostolic.
  'البابوي', 'الرسولي',
];

/** Role-only phrases that refer back to a person named just before ("نظيره العراقي"). */
export const COUNTERPART_WORDS = ['نظيره', 'نظيرته', 'نظيرها', 'نظيرتها', 'ونظيره', 'ونظيرته', 'ونظيرها', 'ونظيرتها', 'لنظيره', 'لنظيرته', 'بنظيره', 'بنظيرته', 'ولنظيره'];

/** Particles the tagger's stop list lacks that also end an office phrase ("لما تبذله"). */
export const EXTRA_ROLE_STOPS = [...ALIAS_MARKERS, 'أمام', 'وراء', 'فوق', 'تحت', 'قرب', 'جراء', 'إزاء', 'ضمن', 'برفقة', 'رفقة', 'بحضور', 'طيلة', 'طوال', 'لمدة', 'لفترة', 'لما', 'مما', 'بما', 'فيما', 'عندما', 'بينما', 'حين', 'حينما', 'إذ', 'إذا', 'لكي', 'كي', 'حتى', 'ليس', 'قبيل', 'عقب', 'إثر',
  // Adverbs of substitution that open a phrase of their own ("خلفا لفلان": succeeding him).
  'خلفا', 'بدلا', 'عوضا', 'نيابة',
  // Conjunctions in "ما" that open a clause ("رئيس الحكومة مثلما وعد"): a closed class, with "و" too.
  'مثلما', 'ومثلما', 'كلما', 'وكلما', 'طالما', 'وطالما', 'ريثما', 'حيثما', 'أينما', 'كيفما', 'وبينما', 'وعندما', 'وحينما',
  // The object of a verb of thanking, congratulating or praising after the subject's apposition
  // ("توجه فلان رئيس الاتحاد بالشكر إلى"): no body's seat.
  'بالشكر', 'بالتهنئة', 'بالتعازي', 'بالتعزية',
  // ("أشاد فلان محافظ البنك المركزي بالثقة الملكية", "بالجهود": what he praised.)
  'بالثقة', 'بالجهود',
  // The purpose of an appointment after the post ("تعيين فلان عضوا في المجلس البلدي | لشغل المقعد
  // الشاغر", "لتولي", "لخلافة"): to fill a seat, no body's name.
  'لشغل', 'لتولي', 'لخلافة',
  // How an election was won ("فازت فلانة بمنصب نائب الرئيس | بالتزكية"): no complement of the office.
  'بالتزكية', 'بالإجماع', 'بالأغلبية'];

/** Places and bodies named after a person ("مدينة الملك عبدالعزيز", "شارع الأمير سلطان"). */
export const NAMED_AFTER_HEADS = [
  'مدينة', 'جامعة', 'مستشفى', 'مشفى', 'مركز', 'شارع', 'طريق', 'حي', 'قاعة', 'جائزة', 'مطار', 'ميناء', 'برج', 'ملعب', 'مركب',
  'مسجد', 'جامع', 'كلية', 'معهد', 'مدرسة', 'مؤسسة', 'مكتبة', 'أنفاق', 'نفق', 'جسر', 'كرسي', 'قصر', 'دارة', 'واحة',
  'صندوق', 'برنامج', 'مجمع', 'مشروع', 'مبادرة', 'قاعدة', 'مدارس', 'أكاديمية', 'منحة', 'مستشفيات', 'حديقة', 'ميدان',
  'ساحة', 'وقف', 'مجلس', 'هيئة', 'جمعية', 'مدينة', 'ملتقى', 'مهرجان', 'مسابقة', 'بوابة', 'محطة', 'نهج', 'زنقة',
  // Venues, roads, monuments, clubs and the cups, tournaments and orders named after a ruler
  // ("استاد الملك فهد", "محور صلاح سالم", "كأس الأمير فيصل بن فهد", "وسام الملك عبدالعزيز").
  'استاد', 'ستاد', 'نادي', 'متحف', 'مسرح', 'قلعة', 'سد', 'دوار', 'محور', 'كورنيش', 'متنزه', 'منتزه', 'مستوصف',
  'ثانوية', 'متوسطة', 'إعدادية', 'اعدادية', 'ابتدائية', 'مصحة', 'حلبة', 'كأس', 'دورة', 'وسام', 'كوبري', 'منطقة', 'ضاحية', 'قرية', 'بطحاء', 'ثكنة', 'بطولة',
  // (A police station is named after its district, itself often a man's name: "مخفر صباح الناصر".)
  'مخفر',
  // A police station named after its district, Egypt's usage ("رئيس مباحث قسم الشيخ زايد").
  'قسم',
  // Houses of worship named after a saint ("كاتدرائية القديس باتريك") and reactors ("مفاعل ديمونا"); not a shrine ("ضريح الإمام الحسين" names him).
  'كاتدرائية', 'كنيسة', 'كنيس', 'معبد', 'مفاعل',
  // Road interchanges, students' halls and border crossings named after a person or a place ("محول فلان",
  // "مبيت ابن فلان", "معبر كابي كوي").
  'محول', 'مبيت', 'معبر',
  // Avenues and motorways named after a statesman ("جادة الرئيس فلان", "أوتوستراد فلان": the Levant's usage).
  'جادة', 'أوتوستراد', 'اوتوستراد', 'بولفار',
  // Complexes, boats and galleries named after someone ("المركب الثقافي فلان", "مركب فلان", "رواق فلان").
  'مركب', 'رواق',
  // Walkways and promenades named after a king ("ممشى الملك سلمان", "مماشي فلان"); a university's
  // lecture halls and sports halls named after a prince or a sheikh ("مدرج الحسن بن طلال", "صالة
  // الأمير فيصل بن فهد", "صالة الشيخ سعد العبدالله").
  'ممشى', 'مماشي', 'مدرج', 'صالة', 'صالات',
  // Matches named after the clubs that play them ("كلاسيكو الترجي والإفريقي", "مباراة ليون وباستيا").
  'كلاسيكو', 'ديربي', 'دربي', 'مباراة', 'مقابلة',
  // Beaches and mountains named after a saint or a man ("شاطئ الشيخ يحيى", "جبل سيدي فلان").
  'شاطئ', 'شواطئ', 'جبل',
  // Rivers, wadis, lakes, falls and forests named after a man or a saint ("وادي فلان", "بحيرة فلان",
  // "غابة سيدي فلان"): the name after the head is the place's, even a minister's family name.
  'وادي', 'نهر', 'بحيرة', 'شلال', 'شلالات', 'غابة', 'سبخة',
  // Army camps named after a man ("معسكر فلان علان"), as barracks are ("ثكنة فلان").
  'معسكر',
  // Laboratories named after a scientist ("مختبر لورانس ليفرمور الوطني").
  'مختبر', 'مختبرات',
  // The holy sites of the Hajj ("مشعر منى", "مشعر عرفات"; "منى" is also a woman's name).
  'مشعر',
  // Districts named after a saint or a sheikh ("مديرية الشيخ عثمان", Aden's; "مديريات الشيخ عثمان والمنصورة").
  'مديرية', 'مديريات',
  // Markets named after a sheikh ("سوق الشيخ عثمان").
  'سوق',
];

export const foldedRanks = foldedSet(RANKS);
export const foldedNamedAfterHeads = foldedSet(NAMED_AFTER_HEADS);
export const foldedExtraRoleStops = foldedSet(EXTRA_ROLE_STOPS);
export const foldedRoyalTitles = foldedSet(ROYAL_TITLES);
export const foldedRulerTitles = foldedSet(RULER_TITLES);
export const foldedExtraOfficeHeads = foldedSet(EXTRA_OFFICE_HEADS);
export const foldedRoleQualifiers = foldedSet(ROLE_QUALIFIERS);
export const foldedCounterpartWords = foldedSet(COUNTERPART_WORDS);

/**
 * Whether a token is a particle that never belongs to a name. Folding writes "على" (on) and the name
 * "علي" alike: only the written alef maqsura makes it the preposition.
 */
export function isParticle(token: { text: string; folded: string }): boolean {
  // "بكل من", "ولكل": the quantifier "كل" with a conjunction or preposition attached.
  if (/^(?:[وف]?[بل]|[وف])كل$/.test(token.folded)) return true;
  // "فقد طلبت", "وقد أكد": the particle "قد" with a conjunction attached.
  if (/^[وف]قد$/.test(token.folded)) return true;
  if (!foldedRoleStops.has(token.folded)) return false;
  // "أي" (any) has the hamza on its alef; "إي" is an initial ("جيمس إي فابر").
  if (token.folded === 'اي') return token.text.startsWith('أ');
  return !(token.folded === 'علي' && /ي[\u064b-\u0652]*$/.test(token.text));
}

/** What an official issues, with the article ("المرسوم", "القرار"), folded: the object of "أصدر", never part of a name or an office. */
export const ISSUED_DOCUMENTS = new Set(['المرسوم', 'القرار', 'الامر', 'المراسيم', 'القرارات', 'الاوامر', 'التعميم', 'البلاغ']);
