import { useEffect, useMemo, useRef } from 'react';
import { resolve } from 'node:path';
import { Box, Text, useInput, type Key } from 'ink';
import type { ArticleList, Direction } from '../article/model.js';
import type { LayoutOptions } from '../layout/types.js';
import { listReducer, visibleItems, type ListAction, type ListState } from '../state/list.js';
import { splitChunk, type KeyPress } from '../state/keymap.js';
import { ListView, type ListEntry } from './ListView.js';
import { QueryField } from './QueryField.js';
import { listRow, type RowText } from './chrome-row.js';
import { titlesDirection } from '../text/direction.js';
import { screenText } from './screen-text.js';
import { t, uiDirection } from '../i18n/index.js';
import type { Theme } from './theme.js';
import { useScreenSize } from './use-screen-size.js';
import { useWheel } from './mouse-input.js';

interface Props {
  list: ArticleList;
  state: ListState;
  onState: (state: ListState) => void;
  onOpen: (index: number) => void;
  onExit: () => void;
  /** The News list's `r`. */
  onRefresh?: () => void;
  notice: string | null;
  layout: LayoutOptions;
  theme: Theme;
  /** Locations of articles whose text matches a query (the index), best first; null when unknown. */
  searchIndex?: (query: string) => string[] | null;
  /**
   * How many items the list has while `list` holds only its first rows (a library drawn from the
   * index): keys that need the whole list (G, End, a move past the rows there, `/`) wait for it.
   */
  total?: number;
  /** Which way the list reads, when decided on the whole list before it is here (a library's remembered order). */
  direction?: Direction;
}

/** A key press, or a wheel notch, kept until the whole list is here. */
type Waiting = KeyPress | { wheel: number };

/** A library (directory) or feed: pick an article; its reading progress is shown. */
export function ListScreen({ list, state, onState, onOpen, onExit, onRefresh, notice, layout, theme, searchIndex, total, direction: wholeDirection }: Props) {
  const size = useScreenSize();
  // Built on the first search only: resolving 50,000 locations would delay the first screen.
  const byLocation = useRef<{ list: ArticleList; at: Map<string, number> } | null>(null);
  const indexOf = (location: string): number | undefined => {
    if (byLocation.current?.list !== list) byLocation.current = { list, at: new Map(list.items.map((item, index) => [resolveLocation(item.location), index])) };
    return byLocation.current.at.get(resolveLocation(location));
  };
  // The index is asked once per filter text (keys are handled before the next render).
  const asked = useRef<{ query: string; indices: number[] }>({ query: '', indices: [] });
  const textMatches = (query: string): number[] => {
    if (!searchIndex || !query.trim()) return [];
    if (asked.current.query !== query) {
      const locations = searchIndex(query) ?? [];
      asked.current = { query, indices: locations.flatMap((location) => indexOf(location) ?? []) };
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
  const page = Math.max(1, size.height - 4);
  const cursorDelta = (input: string, key: Key): number | null => {
    if (input === 'j' || key.downArrow) return 1;
    if (input === 'k' || key.upArrow) return -1;
    if (input === ' ' || key.pageDown) return page;
    if (input === 'b' || key.pageUp) return -page;
    return null;
  };
  const listKey = (input: string, key: Key) => {
    const state = latest.current;
    const shown = visibleItems(list.items, state.filter, textMatches(state.filter));
    const delta = cursorDelta(input, key);
    if (key.return) {
      if (shown.length > 0) onOpen(shown[state.cursor]);
    } else if (delta !== null) apply({ type: 'cursor', delta });
    else if (input === 'g' || key.home) apply({ type: 'top' });
    else if (input === 'G' || key.end) apply({ type: 'bottom' });
    else if (input === '/') apply({ type: 'filter' });
    else if (input === 'r' && onRefresh) onRefresh();
    else if (key.escape && state.filter) apply({ type: 'close' });
    else if (input === 'q' || key.escape) onExit();
  };
  // While only the first rows are here (for ~200 ms), a key that needs the whole list waits for
  // it, and so does every key after it: they then act in order on the whole list, so that G lands
  // on the real last item, never on the last of the first rows.
  const partial = total !== undefined;
  const waiting = useRef<Waiting[]>([]);
  const mustWait = (press: Waiting): boolean => {
    if (!partial) return false;
    if (waiting.current.length > 0) return true;
    if ('wheel' in press) return latest.current.cursor + press.wheel > list.items.length - 1;
    const { input, key } = press;
    if (input === '/' || input === 'G' || key.end) return true;
    const delta = cursorDelta(input, key);
    return delta !== null && latest.current.cursor + delta > list.items.length - 1;
  };
  /** What the filter field does with a key (QueryField types the text; this is for keys that waited, before it is on screen). */
  const filterKey = (input: string, key: Key) => {
    if (key.escape) apply({ type: 'close' });
    else if (key.return) onState((latest.current = { ...latest.current, filtering: false }));
    else if (key.downArrow) apply({ type: 'cursor', delta: 1 });
    else if (key.upArrow) apply({ type: 'cursor', delta: -1 });
    else if (key.backspace || key.delete) apply({ type: 'input', text: [...latest.current.filter].slice(0, -1).join('') });
    else if (input && !key.ctrl && !key.meta && !key.tab && !key.leftArrow && !key.rightArrow) apply({ type: 'input', text: latest.current.filter + input });
  };
  useEffect(() => {
    if (partial || waiting.current.length === 0) return;
    const presses = waiting.current;
    waiting.current = [];
    for (const press of presses) {
      if ('wheel' in press) apply({ type: 'cursor', delta: press.wheel });
      else if (latest.current.filtering) filterKey(press.input, press.key);
      else listKey(press.input, press.key);
    }
  }, [partial]);
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
      if (mustWait(press)) waiting.current.push(press);
      else listKey(press.input, press.key);
    }
  });
  useWheel((step) => (mustWait({ wheel: step }) ? waiting.current.push({ wheel: step }) : apply({ type: 'cursor', delta: step })));
  // Mirrored when most titles read right to left.
  const sampled = useMemo(() => (wholeDirection ? null : titlesDirection(list.items)), [list.items, wholeDirection]);
  const direction = wholeDirection ?? sampled ?? 'ltr';
  const counts = { kind: t(list.kind === 'feed' ? 'feed' : list.kind === 'news' ? 'news' : 'library'), shown: total !== undefined && !state.filter.trim() ? total : shown.length, total: total ?? list.items.length };
  const heading = list.title && list.kind !== 'news' ? screenText('listHeading', { ...counts, title: shortened(list.title, Math.floor(size.width / 2)) }) : screenText('listHeadingUntitled', counts);
  const field = state.filtering || state.filter ? (
    <QueryField label={screenText('filterLabel')} value={state.filter} onChange={(text) => apply({ type: 'input', text })} width={size.width} options={layout} focus={state.filtering} direction={direction} />
  ) : null;
  // Only the rows on screen are laid out: a list may hold thousands of items.
  const entry = (index: number): ListEntry => {
    const item = list.items[index];
    const details: RowText[] = [item.date?.slice(0, 10) ?? '', { text: item.source ?? '', max: Math.floor(size.width / 4) }, progressText(item.progress)];
    return { label: item.title, details };
  };
  const help = screenText(state.filtering ? (searchIndex ? 'listHelpFilteringIndex' : 'listHelpFiltering') : onRefresh ? 'listHelpNews' : 'listHelp');
  const footer: RowText = notice === null ? help : { text: notice, base: uiDirection() };
  return (
    <Box flexDirection="column" width={size.width} height={size.height}>
      <ListView
        title={heading}
        field={field}
        direction={direction}
        entries={{ length: shown.length, at: (at) => (at < shown.length ? entry(shown[at]) : undefined) }}
        cursor={state.cursor}
        rows={size.height - 1}
        width={size.width}
        options={layout}
        theme={theme}
        empty={screenText(state.filter ? 'listNoMatch' : onRefresh ? 'newsEmpty' : 'listEmpty')}
      />
      <Text {...theme.status} wrap="truncate-end">
        {listRow({ indent: 1, text: footer, fill: true }, size.width, direction, layout)}
      </Text>
    </Box>
  );
}

/** "unread", "40%" or "done", in the interface language. */
function progressText(progress: number): RowText {
  if (progress <= 0) return screenText('progressUnread');
  if (progress >= 0.99) return screenText('progressDone');
  return `${Math.max(1, Math.round(progress * 100))}%`;
}

/**
 * A long title quoted in the heading, cut in logical order so that the counts after it still show
 * (the heading is laid out as one message; its own ellipsis would fall at the message's end).
 */
function shortened(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** A list item's location as the index keys it (an absolute path, or a URL as is). */
function resolveLocation(location: string): string {
  return /^https?:\/\//i.test(location) ? location : resolve(location);
}
