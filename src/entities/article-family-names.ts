/**
 * Family names the article itself writes at the end of someone's name ("جابر الفهد السالم الصباح").
 * A family name that is also an ordinary word ("الصباح": the morning) looks like a word that ran on
 * after a shorter name ("ناصر بن جابر الفهد | الصباح"); when the article closes another person's
 * name (another given name) with it, it is that family's name there too, and stays with the name;
 * unless the news corpus rarely uses the word as a name at all ("القيادي", "العربي": a description
 * that ran on after two names alike).
 */
import { LINEAGE_LINKS_AFTER_NAME } from './name-parts.js';
import { isRarelyANameInNews } from './tagger.js';

/**
 * For name keys (name-key.ts) of the article: whether the last word of `own` (`written` folded as
 * written, with its article) closes as a family name the name of someone with another given name.
 */
export function familyNamesOfArticle(keys: Iterable<readonly string[]>): (own: readonly string[], written: string) => boolean {
  const givenNamesByFamily = new Map<string, Set<string>>();
  for (const key of keys) {
    // (A word after "بن"/"بنت" is a father's given name, no family name.)
    if (key.length < 2 || LINEAGE_LINKS_AFTER_NAME.has(key[key.length - 2]) || LINEAGE_LINKS_AFTER_NAME.has(key[0])) continue;
    const family = key[key.length - 1];
    const given = givenNamesByFamily.get(family) ?? new Set<string>();
    given.add(key[0]);
    givenNamesByFamily.set(family, given);
  }
  return (own, written) => [...(givenNamesByFamily.get(own[own.length - 1]) ?? [])].some((given) => given !== own[0]) && !isRarelyANameInNews(written);
}
