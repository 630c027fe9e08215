/**
 * Epithets of a ruler after his office ("أمير البلاد المفدى", "ملك البلاد المعظم"), and of a past
 * holder ("الرئيس الأسطوري": the legendary president), folded: a closed class of praise, no part of
 * the office and no name.
 */
export const RULER_EPITHETS: ReadonlySet<string> = new Set(['المفدي', 'المعظم', 'المبجل', 'الامين', 'المفداه', 'المعظمه', 'الاسطوري', 'الاسطوريه']);
