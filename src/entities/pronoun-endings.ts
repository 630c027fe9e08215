/**
 * Pronoun endings that no name, nisba or "ة" written "ه" ends like: "ها", "هما", "هم", "نا", "كم"
 * (not "ه", "ي", "ك"). A word with one is a noun or a verb with a pronoun ("ورئيسها", "بنا").
 */

/** "her", "our", "your" (plural), "their" (plural or dual) as an ending, as written (harakat after it) or folded. */
export const HER_OUR_YOUR_THEIR_ENDING = /(?:ها|هما|هم|نا|كم)[\u064b-\u0652]*$/;
