/**
 * Epithets of a ruler after his office ("أمير البلاد المفدى", "ملك البلاد المعظم"), and of a past
 * holder ("الرئيس الأسطوري": the legendary president), folded: a closed class of praise, no part of
 * the office and no name.
 */
export const RULER_EPITHETS: ReadonlySet<string> = new Set(['المفدي', 'المعظم', 'المبجل', 'الامين', 'المفداه', 'المعظمه', 'الاسطوري', 'الاسطوريه']);

/**
 * Epithets of mourning and of struggle right after a title ("الرئيس الراحل", "الزعيم المجاهد",
 * "القائد الخالد"), folded: they praise or mourn the holder; no part of the office.
 */
export const HOLDER_EPITHETS: ReadonlySet<string> = new Set(['الراحل', 'الراحله', 'الفقيد', 'الفقيده', 'المجاهد', 'المجاهده', 'الخالد', 'الخالده', 'الملهم']);

/**
 * "الزعيم الحبيب بورقيبة", "الزعيم فرحات حشاد", "القائد فلان": "the leader" alone before a name
 * praises a founder or a head; it states no office (the holder stays an official, as with a rank). Folded.
 */
export const LEADER_EPITHETS: ReadonlySet<string> = new Set(['الزعيم', 'الزعيمه', 'القايد', 'القايده']);

/**
 * "جلالة المغفور له الملك محمد الخامس": "the late" (to whom God has forgiven) before a departed
 * ruler's title, with its "له"/"لها", folded: an epithet, no name.
 */
export const FORGIVEN_EPITHETS: ReadonlySet<string> = new Set(['المغفور', 'المغفوره']);
