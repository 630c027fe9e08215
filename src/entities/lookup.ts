/**
 * Officials lookup (`o` key): people whose name, Latin name, office or English office gloss matches a
 * query typed in Arabic (any hamza/diacritic spelling) or in Latin letters (spelling-tolerant:
 * "momeni", "momani", "shammari"). Officials come first, then better matches.
 */
import type { Entity } from '../article/model.js';
import { fold, matchesQuery } from '../text/normalize.js';
import { arabicSkeleton, latinSkeleton } from '../text/transliterate.js';

export const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** Edit distance, bounded: returns max+1 as soon as it is exceeded. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Whether the consonant key of a Latin word (latinSkeleton) sounds like an Arabic word's (arabicSkeleton). */
export function skeletonsMatch(key: string, target: string): boolean {
  if (key.length < 2) return false;
  if (target === key || (key.length >= 3 && target.startsWith(key))) return true;
  return key.length >= 4 && editDistance(key, target, 1) <= 1;
}

/** Whether a Latin query word sounds like one of the Arabic words (consonant skeletons). */
function soundsLike(queryWord: string, arabicWords: string[]): boolean {
  const key = latinSkeleton(queryWord);
  return arabicWords.some((word) => skeletonsMatch(key, arabicSkeleton(word)));
}

/** 0 = no match; higher is better. */
function matchScore(entity: Entity, query: string): number {
  const fields = [entity.name, entity.role ?? '', entity.latin ?? '', entity.roleLatin ?? ''];
  if (fields.some((field) => matchesQuery(field, query))) return fold(entity.name).startsWith(fold(query)) ? 3 : 2;
  if (ARABIC_SCRIPT.test(query)) return 0;
  const queryWords = fold(query).split(/[\s-]+/).filter(Boolean);
  const nameWords = entity.name.split(/\s+/);
  return queryWords.length > 0 && queryWords.every((word) => soundsLike(word, nameWords)) ? 1 : 0;
}

export function lookupOfficials(entities: Entity[], query: string): Entity[] {
  return entities
    .filter((entity) => entity.kind === 'person')
    .map((entity, order) => ({ entity, order, score: matchScore(entity, query) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => Number(b.entity.official) - Number(a.entity.official) || b.score - a.score || a.order - b.order)
    .map((candidate) => candidate.entity);
}
