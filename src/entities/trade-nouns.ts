/**
 * Trade nouns ("لاعب", "المخرج", "الصحفي", "المنتج"), folded: a player's, an artist's or a writer's
 * trade, never a public office. A closed class, shared by the name pass after a trade noun
 * (trade-noun-names.ts) and the office grammar, which stops at "و" + one (office-phrase.ts).
 */
import { fold } from '../text/normalize.js';
import { SPECIALIST_NOUNS } from './person-nouns.js';

const TRADE_NOUNS = new Set([
  ...[
    'لاعب', 'اللاعب', 'لاعبة', 'اللاعبة', 'مهاجم', 'المهاجم', 'مدافع', 'المدافع', 'حارس', 'الحارس', 'مدرب', 'المدرب', 'مدربة', 'المدربة',
    'نجم', 'النجم', 'نجمة', 'النجمة', 'الملاكم', 'العداء', 'العداءة', 'الدراج', 'البطل', 'البطلة', 'المصارع', 'الروائي', 'الروائية', 'الكاتب', 'الكاتبة',
    'المخرج', 'المخرجة', 'الممثل', 'الممثلة', 'المغني', 'المغنية', 'المطرب', 'المطربة', 'الفنان', 'الفنانة', 'الشاعر', 'الشاعرة', 'الموسيقار',
    'المصور', 'الرسام', 'الصحفي', 'الصحافي', 'الصحفية', 'الصحافية', 'المنتج', 'المنتجة',
  ].map(fold),
  ...SPECIALIST_NOUNS,
]);

/** Whether a folded word is a trade noun. */
export function isTradeNoun(word: string): boolean {
  return TRADE_NOUNS.has(word);
}
