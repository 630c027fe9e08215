/**
 * Which words with the article open people's names in unlabeled news often enough to be taken for
 * given names (the Maghreb writes "المنصف", "الشاذلي", "التيجاني" with the article; the name lists,
 * from the Mashriq, lack them). scripts/build-definite-given-names.ts builds the shipped list.
 */

/** Distinct people (by the word after it) whose names a word must open. */
export const MIN_PEOPLE = 2;
/** Articles whose persons it must open. */
export const MIN_ARTICLES = 3;

/** The folded words of each person name of one article (names of two words or more count). */
export type ArticleNames = ReadonlyArray<readonly string[]>;

/** The folded words with the article that open names of MIN_PEOPLE people in MIN_ARTICLES articles, sorted. */
export function harvestDefiniteGivenNames(articles: readonly ArticleNames[]): string[] {
  const people = new Map<string, Set<string>>();
  const seenIn = new Map<string, number>();
  for (const names of articles) {
    const openers = new Set<string>();
    for (const [first, second] of names) {
      if (second === undefined || !first.startsWith('ال') || first.length < 5) continue;
      openers.add(first);
      const after = people.get(first) ?? new Set<string>();
      after.add(second);
      people.set(first, after);
    }
    for (const word of openers) seenIn.set(word, (seenIn.get(word) ?? 0) + 1);
  }
  return [...people]
    .filter(([word, after]) => after.size >= MIN_PEOPLE && (seenIn.get(word) ?? 0) >= MIN_ARTICLES)
    .map(([word]) => word)
    .sort();
}
