/**
 * "رئيس ديوان الوقف السني", "المكون الشيعي": a sect's nisba right after a definite noun is that noun's
 * adjective. The tagger, which has seen "السني" as a family name, may take it alone for a person, and
 * the article's other passes then read it as a name wherever the sect is named. Closed class: the
 * sects (not "العلوي", "الصوفي", "القبطي", common family names too). A title before it ("الدكتور
 * السني") keeps it a name.
 */
import { fold } from '../text/normalize.js';
import { isHonorificWord } from './honorific-titles.js';
import { isOfficeWord } from './office-words.js';
import type { Token } from './tokenize.js';

const SECT_NISBAS: ReadonlySet<string> = new Set(
  ['السني', 'السنية', 'الشيعي', 'الشيعية', 'الدرزي', 'الدرزية', 'الزيدي', 'الزيدية', 'الإسماعيلي', 'الإسماعيلية', 'الإباضي', 'الإباضية'].map(fold),
);

/** Whether tokens[i] is a sect's nisba agreeing with the definite noun right before it (no title, office or name at `isName`). */
export function isSectAdjectiveAt(tokens: readonly Token[], i: number, isName: (index: number) => boolean): boolean {
  const noun = tokens[i - 1];
  return SECT_NISBAS.has(tokens[i]?.folded ?? '') && noun?.isWord === true && noun.folded.startsWith('ال') && !isHonorificWord(noun) && !isOfficeWord(noun) && !isName(i - 1);
}
