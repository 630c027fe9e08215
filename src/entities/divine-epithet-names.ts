/**
 * "كمال محمد نور الدائم", "صلاح الدين آدم فضل المولى": Sudanese given
 * and family names of two words, a noun (light, recompense, favour, secret) and one of God's epithets
 * or the Prophet's ("الدائم", "الكريم", "المولى", "الرسول", "الختم"), as "X الله" names are
 * (theophoric-names.ts). The epithet alone reads as a qualifier of an office ("الدائم": permanent),
 * which tidying would cut off the name's end. Closed classes: the first nouns and the epithets.
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

const FIRST_NOUNS = new Set(['نور', 'عوض', 'فضل', 'حسب', 'سر', 'دفع', 'ضيف', 'خلف', 'عطا', 'جاد', 'عون', 'نصر', 'فتح', 'حمد'].map(fold));
const EPITHETS = new Set(['الدائم', 'الكريم', 'المولى', 'الرسول', 'الختم', 'الرحيم', 'الجليل', 'الباري', 'النبي', 'القادر', 'الرازق'].map(fold));

/** Whether a folded word is one of the nouns that open such names, and names on "الله" ("نصر الله", "فضل الله"). */
export function isTheophoricFirstNoun(folded: string): boolean {
  return FIRST_NOUNS.has(folded);
}

/** Whether tokens[i] is an epithet that completes such a name with the noun right before it. */
export function closesDivineEpithetName(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i]?.isWord === true && EPITHETS.has(tokens[i].folded) && tokens[i - 1].isWord && FIRST_NOUNS.has(tokens[i - 1].folded);
}

/**
 * End of a person span (start, end) that runs on over such a two-word name the tagger stopped
 * before or inside ("عمار | حسب الرسول،", "الزين عوض | الكريم بابكر"): the noun alone reads as a
 * common word ("حسب": according to) and the epithet as an office's qualifier.
 */
export function divineEpithetNameEnd(tokens: readonly Token[], start: number, end: number): number {
  if (end > start + 1 && closesDivineEpithetName(tokens, end)) return end + 1;
  return tokens[end]?.isWord === true && FIRST_NOUNS.has(tokens[end].folded) && closesDivineEpithetName(tokens, end + 1) ? end + 2 : end;
}
