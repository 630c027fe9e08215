import type { ListItem } from '../article/model.js';
import { matchesQuery } from '../text/normalize.js';

/** The library or feed list: which item the cursor is on and the filter typed with `/`. */
export interface ListState {
  cursor: number;
  filter: string;
  filtering: boolean;
}

export type ListAction =
  | { type: 'cursor'; delta: number }
  | { type: 'top' }
  | { type: 'bottom' }
  | { type: 'filter' }
  | { type: 'input'; text: string }
  | { type: 'close' };

export const initialListState: ListState = { cursor: 0, filter: '', filtering: false };

/**
 * Indices (into the full list) of the items the filter lets through: those whose text matches (from
 * the index, best first, when given), then those whose title, source or date matches, in order.
 */
export function visibleItems(items: readonly ListItem[], filter: string, textMatches: readonly number[] = []): number[] {
  if (!filter.trim()) return items.map((_, index) => index);
  const byTitle = items.flatMap((item, index) => ([item.title, item.source ?? '', item.date ?? ''].some((f) => matchesQuery(f, filter)) ? [index] : []));
  if (!filter || textMatches.length === 0) return byTitle;
  const first = new Set(textMatches);
  return [...textMatches, ...byTitle.filter((index) => !first.has(index))];
}

export function listReducer(items: readonly ListItem[], state: ListState, action: ListAction, textMatches: readonly number[] = []): ListState {
  const last = Math.max(0, visibleItems(items, state.filter, textMatches).length - 1);
  switch (action.type) {
    case 'cursor':
      return { ...state, cursor: Math.max(0, Math.min(last, state.cursor + action.delta)) };
    case 'top':
      return { ...state, cursor: 0 };
    case 'bottom':
      return { ...state, cursor: last };
    case 'filter':
      return { ...state, filtering: true };
    case 'input':
      return { ...state, filter: action.text, cursor: 0 };
    case 'close':
      // Esc: first stop typing, then drop the filter.
      return state.filtering ? { ...state, filtering: false } : { ...state, filter: '', cursor: 0 };
  }
}

/** "unread", "40%" or "done". */
export function progressLabel(progress: number): string {
  if (progress <= 0) return 'unread';
  if (progress >= 0.99) return 'done';
  return `${Math.max(1, Math.round(progress * 100))}%`;
}
