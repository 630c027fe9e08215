/**
 * "قال راشد الغنوشي ... التقى محمد الغنوشي ... وقال الغنوشي": a family name two people of the
 * article share, said alone right after a verb of saying, names the speaker the verb agrees with:
 * of those named before it, the first whose gender agrees ("قالت" for a woman, "قال" for a man). A
 * woman is told by a feminine verb or title written with her name ("وقالت فلانة", "المرشحة فلانة").
 * Without such a verb the mention stays apart (mention-grouping.ts).
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { isOfficeWord } from './office-words.js';
import { isBefore } from './located.js';
import type { Draft, Located } from './extract-types.js';
import type { Token } from './tokenize.js';

/**
 * Verbs of judging, stating and greeting that news puts before a speaker (a closed class, beside the
 * lexicon's PERSON_VERBS), folded, masculine and feminine.
 */
export const ACTING_VERBS = new Set(
  ['أشاد', 'أشادت', 'انتقد', 'انتقدت', 'بين', 'بينت', 'ثمن', 'ثمنت', 'رحب', 'رحبت', 'استنكر', 'استنكرت', 'أدان', 'أدانت', 'هنأ', 'هنأت', 'لفت', 'لفتت', 'نوه', 'نوهت', 'أبدى', 'أبدت', 'أكد', 'أكدت', 'أوضح', 'أوضحت'].map(fold),
);

/** Titles and kinship words of a woman that are no definite word in "ة" (folded). */
const WOMEN_TITLES = new Set(
  ['السيدة', 'مدام', 'الآنسة', 'زوجة', 'زوجته', 'زوجتها', 'أرملة', 'ابنته', 'ابنتها', 'شقيقته', 'شقيقتها', 'أخته', 'أختها', 'والدته', 'والدتها'].map(fold),
);

type Gender = 'feminine' | 'masculine';

/** The owner a lone family name after a verb of saying refers to, or null. */
export function sayerOwner(owners: readonly Draft[], here: Located): Draft | null {
  const gender = sayingVerbGender(here.block.tokens, here.span.start, here.span.skip);
  if (gender === null) return null;
  let first: Draft | null = null;
  let firstAt: Located | null = null;
  for (const owner of owners) {
    if (ownerGender(owner) !== gender) continue;
    for (const mention of owner.mentions) {
      if (isBefore(mention, here) && (firstAt === null || isBefore(mention, firstAt))) {
        first = owner;
        firstAt = mention;
      }
    }
  }
  return first;
}

/** The gender of the verb of saying right before a mention ("وقالت"), or null when none stands there. */
function sayingVerbGender(tokens: readonly Token[], start: number, skip: number): Gender | null {
  // (A name glued to its verb is no spoken-of family name.)
  if (skip > 0) return null;
  const before = tokens[start - 1];
  if (before === undefined || !before.isWord) return null;
  for (const { stem } of procliticReadings(before)) {
    if (!isSayingOrActingVerb(stem)) continue;
    return isFeminineVerb(stem) ? 'feminine' : 'masculine';
  }
  return null;
}

/** "قالت", "أكدت", "تقول": the feminine of a verb of saying. */
function isFeminineVerb(stem: string): boolean {
  return (stem.endsWith('ت') && isSayingOrActingVerb(stem.slice(0, -1))) || (stem.startsWith('ت') && gazetteer().personVerbs.has(`ي${stem.slice(1)}`));
}

/** A verb of saying (the gazetteer's) or of acting (ACTING_VERBS), folded. */
function isSayingOrActingVerb(stem: string): boolean {
  return gazetteer().personVerbs.has(stem) || ACTING_VERBS.has(stem);
}

/**
 * A person is a woman when a feminine title stands right before one of her mentions ("السيدة",
 * "المرشحة": a definite word in "ة", or an office in "ة"), or a feminine verb of saying right before
 * it or before that title ("وقالت الباحثة فلانة").
 */
function ownerGender(owner: Draft): Gender {
  for (const { block, span } of owner.mentions) {
    const title = block.tokens[span.start - 1];
    const titled = title?.isWord === true && span.skip === 0 && (WOMEN_TITLES.has(title.folded) || (title.folded.endsWith('ه') && (title.folded.startsWith('ال') || isOfficeWord(title))));
    if (titled) return 'feminine';
    if (sayingVerbGender(block.tokens, span.start, span.skip) === 'feminine') return 'feminine';
  }
  return 'masculine';
}
