import type { Article, Entity } from '../article/model.js';
import { findMatches, matchesQuery } from '../text/normalize.js';
import type { Highlight } from '../ui/rows.js';

/** The places n/N move between: the matches of the last search, or the chosen entity's mentions. */
export interface Marks {
  label: string;
  ranges: Highlight[];
  /** The current one (-1 before the first jump). */
  index: number;
}

/** Every match of a search in the displayed blocks, in reading order. */
export function searchMarks(article: Article, query: string): Marks {
  const ranges: Highlight[] = [];
  article.blocks.forEach((block, index) => {
    if (block.kind === 'related') return;
    for (const match of findMatches(block.text, query)) ranges.push({ block: index, ...match });
  });
  return { label: `“${query}”`, ranges, index: -1 };
}

export function mentionMarks(entity: Entity): Marks {
  return { label: entity.name, ranges: entity.mentions.map(({ block, start, end }) => ({ block, start, end })), index: -1 };
}

const KIND_ORDER = { person: 0, place: 1, organization: 2 } as const;

/** The entity index: people (officials first), then places, then organizations, narrowed by a filter. */
export function entityIndex(entities: readonly Entity[], filter: string): Entity[] {
  return entities
    .filter((e) => [e.name, e.latin ?? '', e.role ?? '', e.roleLatin ?? '', e.country ?? ''].some((field) => matchesQuery(field, filter)))
    .map((entity, order) => ({ entity, order }))
    .sort(
      (a, b) =>
        KIND_ORDER[a.entity.kind] - KIND_ORDER[b.entity.kind] ||
        Number(b.entity.official) - Number(a.entity.official) ||
        b.entity.mentions.length - a.entity.mentions.length ||
        a.order - b.order,
    )
    .map(({ entity }) => entity);
}
