/**
 * Which names unlabeled news shows as officeholders often enough to be taken for officials when an
 * article names them without their office (scripts/build-ant-officials.ts builds the shipped list).
 */

/** The persons of one article: each name's key, and whether the article states his office. */
export type ArticleOfficials = ReadonlyArray<{ key: string; statedOfficial: boolean }>;

/** Articles that must state the office of a name before it is listed. */
export const MIN_ARTICLES = 3;
/** The share of the articles naming him that must state it (a minister's namesake stays out). */
export const OFFICIAL_SHARE = 0.5;

/** The keys (two words or more) stated official in MIN_ARTICLES articles and OFFICIAL_SHARE of those naming them, sorted. */
export function harvestOfficials(articles: readonly ArticleOfficials[]): string[] {
  const named = new Map<string, number>();
  const stated = new Map<string, number>();
  for (const people of articles) {
    const keys = new Set<string>();
    const official = new Set<string>();
    for (const { key, statedOfficial } of people) {
      if (key.split(' ').length < 2) continue;
      keys.add(key);
      if (statedOfficial) official.add(key);
    }
    for (const key of keys) named.set(key, (named.get(key) ?? 0) + 1);
    for (const key of official) stated.set(key, (stated.get(key) ?? 0) + 1);
  }
  return [...stated]
    .filter(([key, count]) => count >= MIN_ARTICLES && count >= OFFICIAL_SHARE * (named.get(key) ?? count))
    .map(([key]) => key)
    .sort();
}
