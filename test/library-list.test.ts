import { describe, expect, it } from 'vitest';
import type { ListItem } from '../src/article/model.js';
import { initialListState, listReducer, progressLabel, visibleItems } from '../src/state/list.js';

const item = (title: string, progress = 0, source: string | null = null): ListItem => ({ title, source, date: null, location: `/x/${title}`, progress });
const items = [item('قناة السويس الجديدة'), item('النرويج تعيد فتح سفارتها', 0.4, 'jawharafm'), item('Breaking news', 1)];

describe('library and feed list', () => {
  it('labels progress as unread, a percentage, or done', () => {
    expect(progressLabel(0)).toBe('unread');
    expect(progressLabel(0.004)).toBe('1%');
    expect(progressLabel(0.4)).toBe('40%');
    expect(progressLabel(0.995)).toBe('done');
  });

  it('moves the cursor within the list', () => {
    let state = listReducer(items, initialListState, { type: 'cursor', delta: -1 });
    expect(state.cursor).toBe(0);
    state = listReducer(items, state, { type: 'cursor', delta: 10 });
    expect(state.cursor).toBe(2);
    expect(listReducer(items, state, { type: 'top' }).cursor).toBe(0);
    expect(listReducer(items, initialListState, { type: 'bottom' }).cursor).toBe(2);
  });

  it('filters with Arabic-aware matching, and Esc first stops typing, then clears', () => {
    expect(visibleItems(items, 'السفارتها'.slice(2))).toEqual([1]);
    expect(visibleItems(items, 'قناه')).toEqual([0]); // ة typed as ه
    expect(visibleItems(items, 'JAWHARA')).toEqual([1]);
    let state = listReducer(items, initialListState, { type: 'filter' });
    state = listReducer(items, state, { type: 'input', text: 'news' });
    expect(state).toEqual({ cursor: 0, filter: 'news', filtering: true });
    expect(listReducer(items, state, { type: 'cursor', delta: 5 }).cursor).toBe(0); // only one match
    state = listReducer(items, state, { type: 'close' });
    expect(state.filtering).toBe(false);
    expect(state.filter).toBe('news');
    expect(listReducer(items, state, { type: 'close' }).filter).toBe('');
  });
});
