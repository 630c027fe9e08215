import { useMemo, useRef } from 'react';
import { resolve } from 'node:path';
import { Box, Text, useInput, type Key } from 'ink';
import type { ArticleList } from '../article/model.js';
import type { LayoutOptions } from '../layout/types.js';
import { fitText } from '../layout/fit.js';
import { listReducer, progressLabel, visibleItems, type ListAction, type ListState } from '../state/list.js';
import { splitChunk } from '../state/keymap.js';
import { ListView } from './ListView.js';
import { QueryField } from './QueryField.js';
import type { Theme } from './theme.js';
import { useScreenSize } from './use-screen-size.js';

interface Props {
  list: ArticleList;
  state: ListState;
  onState: (state: ListState) => void;
  onOpen: (index: number) => void;
  onExit: () => void;
  notice: string | null;
  layout: LayoutOptions;
  theme: Theme;
  /** Locations of articles whose text matches a query (the index), best first; null when unknown. */
  searchIndex?: (query: string) => string[] | null;
}

/** A library (directory) or feed: pick an article; its reading progress is shown. */
export function ListScreen({ list, state, onState, onOpen, onExit, notice, layout, theme, searchIndex }: Props) {
  const size = useScreenSize();
  const byLocation = useMemo(() => new Map(list.items.map((item, index) => [resolveLocation(item.location), index])), [list]);
  // The index is asked once per filter text (keys are handled before the next render).
  const asked = useRef<{ query: string; indices: number[] }>({ query: '', indices: [] });
  const textMatches = (query: string): number[] => {
    if (!searchIndex || !query.trim()) return [];
    if (asked.current.query !== query) {
      const locations = searchIndex(query) ?? [];
      asked.current = { query, indices: locations.flatMap((location) => byLocation.get(resolveLocation(location)) ?? []) };
    }
    return asked.current.indices;
  };
  const shown = visibleItems(list.items, state.filter, textMatches(state.filter));
  // Keys typed quickly ("j" then Enter) arrive before the next render: each must see the state the
  // previous one left, not the state of the last render.
  const latest = useRef(state);
  latest.current = state;
  const apply = (action: ListAction) => {
    latest.current = listReducer(list.items, latest.current, action, textMatches(latest.current.filter));
    onState(latest.current);
  };
  const listKey = (input: string, key: Key) => {
    const state = latest.current;
    const shown = visibleItems(list.items, state.filter, textMatches(state.filter));
    if (key.return) {
      if (shown.length > 0) onOpen(shown[state.cursor]);
    } else if (input === 'j' || key.downArrow) apply({ type: 'cursor', delta: 1 });
    else if (input === 'k' || key.upArrow) apply({ type: 'cursor', delta: -1 });
    else if (input === ' ' || key.pageDown) apply({ type: 'cursor', delta: Math.max(1, size.height - 4) });
    else if (input === 'b' || key.pageUp) apply({ type: 'cursor', delta: -Math.max(1, size.height - 4) });
    else if (input === 'g' || key.home) apply({ type: 'top' });
    else if (input === 'G' || key.end) apply({ type: 'bottom' });
    else if (input === '/') apply({ type: 'filter' });
    else if (key.escape && state.filter) apply({ type: 'close' });
    else if (input === 'q' || key.escape) onExit();
  };
  useInput((input, key) => {
    if (key.ctrl && input === 'c') return onExit();
    if (latest.current.filtering) {
      // Typed text belongs to the filter field; only these keys act on the list.
      if (key.escape) apply({ type: 'close' });
      else if (key.return) onState((latest.current = { ...latest.current, filtering: false }));
      else if (key.downArrow) apply({ type: 'cursor', delta: 1 });
      else if (key.upArrow) apply({ type: 'cursor', delta: -1 });
      return;
    }
    // Keys typed faster than the screen updates (or a held key) arrive as one chunk ("jj\r").
    for (const press of splitChunk(input, key)) {
      if (latest.current.filtering) break; // what follows "/" was meant for the filter field, not yet there
      listKey(press.input, press.key);
    }
  });
  const kind = list.kind === 'feed' ? 'Feed' : 'Library';
  const heading = `${kind}${list.title ? `: ${fitText(list.title, Math.max(0, size.width - kind.length - 2), layout).text}` : ''} — ${shown.length} of ${list.items.length}`;
  const field = state.filtering || state.filter ? (
    <QueryField label="filter: " value={state.filter} onChange={(text) => apply({ type: 'input', text })} width={size.width} options={layout} focus={state.filtering} />
  ) : null;
  const help = state.filtering ? `type to filter${searchIndex ? ' (titles, then the text of indexed articles)' : ''} · Enter keeps it · Esc clears` : 'j/k move · Enter opens · / filters · q quits';
  return (
    <Box flexDirection="column" width={size.width} height={size.height}>
      <ListView
        title={heading}
        field={field}
        entries={{
          length: shown.length,
          at: (at) => {
            const item = list.items[shown[at]];
            if (!item) return undefined;
            const source = item.source ? fitText(item.source, Math.floor(size.width / 4), layout).text : null;
            const details = [item.date?.slice(0, 10), source, progressLabel(item.progress)].filter(Boolean);
            return { label: item.title, detail: details.join(' · ') };
          },
        }}
        cursor={state.cursor}
        rows={size.height - 1}
        width={size.width}
        options={layout}
        theme={theme}
        empty={state.filter ? 'nothing matches the filter' : 'no articles here'}
      />
      <Text {...theme.status} wrap="truncate-end">
        {` ${notice === null ? help : fitText(notice, Math.max(0, size.width - 1), layout).text}`.padEnd(size.width)}
      </Text>
    </Box>
  );
}

/** A list item's location as the index keys it (an absolute path, or a URL as is). */
function resolveLocation(location: string): string {
  return /^https?:\/\//i.test(location) ? location : resolve(location);
}
