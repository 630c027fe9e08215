/**
 * The two ends of a Gulf lineage chain. "هيا بنت مطلق العنزي إن": a tribal nisba right after the
 * father's name, at the end of the phrase, closes the chain as the family name. "وحضرت الجوهرة بنت عبدالله": a definite word right before
 * "بنت" is the woman's given name ("الجوهرة", "العنود"), not a description of her; no adjective
 * stands between a name and "بنت". "وتلقى فلان إبن محمد القحطاني التهاني", "الجوهرة بنت عبدالله آل
 * سعيد الحفل": after a chain closed by its family name, a definite common word the news seldom takes
 * for a name is the verb's object. "أعلن فلان بن محمد المفرج اكتمال الاستعدادات": after "بن X" and a
 * definite family name, a bare word opens no further part of the name (only another link, "بن" or
 * "آل", does): it is the verb's object.
 */
import type { Token } from './tokenize.js';
import { isRarelyANameInNews, personShareBucket } from './tagger.js';
import { hasTrait, PLACE } from './word-traits.js';
import { isTribalNisba } from './person-span-words.js';
import { LINEAGE_LINKS_AFTER_NAME } from './name-parts.js';

/** Whether the word at i is followed by "بنت", so opens a woman's lineage chain as her given name. */
export function opensDaughterChain(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.folded === 'بنت';
}

/** Whether the last word of the span [start, end) is an object after a chain closed by its family name. */
export function isObjectAfterFamilyName(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < 4) return false;
  const last = tokens[end - 1].folded;
  // (A word the news writes and almost never for a person: "التهاني" looks like a nisba, but is none.)
  if (!last.startsWith('ال') || !isRarelyANameInNews(last) || personShareBucket(last) !== 0) return false;
  // "آل سعيد | الحفل": the family name with "آل".
  if (/^آل$/.test(tokens[end - 3].text)) return true;
  // "بن محمد القحطاني | التهاني": a definite family name after a link of the chain.
  // ("بن عبد الرحمن | الملا": not where that word ends a compound "عبد" + one of God's names.)
  if (!tokens[end - 2].folded.startsWith('ال') || tokens[end - 3].folded === 'عبد') return false;
  for (let k = start + 1; k < end - 2; k++) if (LINEAGE_LINKS_AFTER_NAME.has(tokens[k].folded)) return true;
  return false;
}

/**
 * Whether a folded definite word right after "بن X" at the end of a phrase is a tribal nisba that
 * closes the chain ("العنزي"), one the news writes for persons at times (not only one it never
 * wrote). A word it almost never writes for one stays out ("الأهالي" is the verb's object; the
 * ambiguity costs "الشهري", also "monthly"). Not a nationality (person-span-words.ts isTribalNisba) or a place.
 */
export function isTribalNisbaAfterFather(folded: string): boolean {
  return isTribalNisba(folded) && personShareBucket(folded) >= 1 && !hasTrait(folded, PLACE);
}

/** Whether the bare word at i follows a chain closed by a definite family name ("بن محمد المفرج | اكتمال"). */
export function followsClosedChain(tokens: readonly Token[], i: number): boolean {
  const [link, father, family, word] = [tokens[i - 3], tokens[i - 2], tokens[i - 1], tokens[i]];
  if (!link || !father?.isWord || !family?.isWord || !word?.isWord) return false;
  if (!LINEAGE_LINKS_AFTER_NAME.has(link.folded) || father.folded.startsWith('ال') || !family.folded.startsWith('ال')) return false;
  return !word.folded.startsWith('ال') && !LINEAGE_LINKS_AFTER_NAME.has(word.folded) && !/^آل$/.test(word.text);
}
