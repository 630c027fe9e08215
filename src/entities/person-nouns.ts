/** Closed classes of nouns for a person that more than one pass reads (each pass adds its own words). */
import { fold } from '../text/normalize.js';

/** "شاب", "فتاة", "طالبة": young people and students, indefinite (folded). */
export const YOUNG_PERSON_NOUNS = ['شاب', 'شابة', 'فتاة', 'طفل', 'طفلة', 'طالب', 'طالبة'].map(fold);

/** "الناشط", "الباحثة": a specialist of a field, definite (folded). */
export const SPECIALIST_NOUNS = ['الناشط', 'الناشطة', 'الخبير', 'الباحث', 'الباحثة', 'المحلل'].map(fold);
