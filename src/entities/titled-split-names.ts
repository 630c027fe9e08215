/**
 * "سفير الجمهورية الإيطالية، السيد جوفاني | ماريا ريتشي": the tagger may cut a foreign name of three
 * words after its first one, where a second given name follows ("ماريا", as in "José María"), and
 * read two people. A courtesy title opens one name, not a given name alone followed by another
 * person's whole name with nothing between them: the two spans are one name.
 */
import { honorificBefore } from './honorific-titles.js';
import type { Located } from './extract-types.js';

/** Joins each titled one-word span to the person span of two words or more that starts right after it; returns the spans left. */
export function joinTitledGivenNames(people: Located[]): Located[] {
  const byStart = new Map<string, Located>();
  for (const located of people) byStart.set(`${located.block.block}:${located.span.start}`, located);
  const joined = new Set<Located>();
  for (const located of people) {
    const { block, span } = located;
    if (span.end - span.start !== 1 || joined.has(located) || honorificBefore(block.tokens, span.start) === null) continue;
    const next = byStart.get(`${block.block}:${span.end}`);
    if (next === undefined || next === located || next.span.end - next.span.start < 2 || next.span.skip > 0) continue;
    span.end = next.span.end;
    joined.add(next);
  }
  return joined.size === 0 ? people : people.filter((located) => !joined.has(located));
}
