/**
 * "محمد مسليني منصف بوزازي فتحي بلحاج": a list of names written without commas (a party's elected
 * bureau, a team sheet) runs into one span. Inside a span of four words or more, a given name that
 * follows a family name (a word no list of given names knows: "مسليني", "الحداد") opens the next
 * person: an Arabic name's chain of forefathers is a chain of given names ("محمد أحمد محمود حسن")
 * or is linked by "بن", and a family name ends it. Each part keeps two words at least.
 */
import { isListedGivenName } from './given-names.js';
import { foldedLeadingNameParts } from './lexicon.js';
import { FAMILY_HONORIFICS, KUNYA_WORDS, LINEAGE_LINKS_AFTER_NAME } from './name-parts.js';
import { isOftenANameInNews } from './tagger.js';
import type { Located } from './extract-types.js';

const MIN_RUN_WORDS = 4;

/** A link of a lineage chain, a kunya word or a leading name part ("بن", "أبو", "عبد"): inside one name. */
function isLinkOrNamePart(folded: string): boolean {
  return LINEAGE_LINKS_AFTER_NAME.has(folded) || KUNYA_WORDS.has(folded) || foldedLeadingNameParts.has(folded);
}

/** A given name by the lists, or a bare word the news mostly takes for a person ("فتحي", "منصف"). */
function opensName(folded: string): boolean {
  if (folded.startsWith('ال') || isLinkOrNamePart(folded)) return false;
  return isListedGivenName(folded) || isOftenANameInNews(folded, true);
}

/**
 * A family name ending the name before: no given name of the lists, no link or name part, nor an
 * honorific that opens a family name ("خالد الحاج يوسف": the family is "الحاج يوسف").
 */
function endsName(folded: string): boolean {
  return !isListedGivenName(folded) && !isLinkOrNamePart(folded) && !FAMILY_HONORIFICS.has(folded);
}

/**
 * The spans split where a given name follows a family name (see the module comment); others as
 * they are. Only inside a run of names: a span that another person's span touches with nothing
 * between, as in a list without commas; elsewhere a long span is more
 * often one long name ("أحمد فؤاد أحمد جاد").
 */
export function splitRunTogetherNames(people: readonly Located[]): Located[] {
  const starts = new Set<string>();
  const ends = new Set<string>();
  for (const { block, span } of people) {
    starts.add(`${block.block}:${span.start}`);
    ends.add(`${block.block}:${span.end}`);
  }
  const inRun = ({ block, span }: Located): boolean => ends.has(`${block.block}:${span.start}`) || starts.has(`${block.block}:${span.end}`);
  const result: Located[] = [];
  for (const located of people) {
    const { block, span } = located;
    if (span.end - span.start < MIN_RUN_WORDS || !inRun(located)) {
      result.push(located);
      continue;
    }
    let start = span.start;
    let skip = span.skip;
    for (let k = span.start + 2; k <= span.end - 2; k++) {
      if (k - start < 2 || !block.tokens[k].isWord || !opensName(block.tokens[k].folded) || !endsName(block.tokens[k - 1].folded)) continue;
      // (Not after "بن" + a word, "نجيبة بن حسين", nor after a compound's head, "عبد ربه": one name.)
      if (isLinkOrNamePart(block.tokens[k - 2].folded)) continue;
      result.push({ block, span: { ...span, start, end: k, skip } });
      start = k;
      skip = 0;
    }
    result.push(start === span.start ? located : { block, span: { ...span, start, skip } });
  }
  return result;
}
