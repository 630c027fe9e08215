import { useEffect, useRef, useState } from 'react';
import { useApp } from 'ink';
import type { Article, ArticleList } from '../article/model.js';
import type { Entity } from '../article/model.js';
import type { LayoutOptions } from '../layout/types.js';
import type { PositionStore } from '../store/positions.js';
import { locationName } from '../sources/location-name.js';
import type { Opened } from '../sources/open.js';
import type { ArticleLoading } from '../sources/progressive.js';
import { initialListState, visibleItems, type ListState } from '../state/list.js';
import { refreshLine } from './refresh-line.js';
import { App } from './App.js';
import { ListScreen } from './ListScreen.js';
import { PositionKeeper } from './positions.js';
import type { Theme } from './theme.js';
import { t, tScreen } from '../i18n/index.js';

export interface SessionProps {
  opened: Opened;
  store: PositionStore;
  layout: LayoutOptions;
  theme: Theme;
  findEntities: (article: Article) => Entity[] | Promise<Entity[]>;
  /** Told which article is being read, so an abnormal exit can still save its position. */
  onReading: (keeper: PositionKeeper | null) => void;
  /** Puts text on the clipboard; null when copying is off. */
  copyText?: ((text: string) => void) | null;
}

interface Reading {
  /** Tells readings apart: the reader stays the same component while its article finishes loading. */
  id: number;
  article: Article;
  /** Where it came from, briefly: what the status line calls an article without a title. */
  name: string;
  /** Null while the article loads: positions are kept under the whole article's content key. */
  keeper: PositionKeeper | null;
  /** The list item it was opened from (by location: a refresh may reorder the list meanwhile). */
  location: string | null;
  /** While `article` is the first part of a big file: what loads the whole, and how far it got (0..1). */
  loading: { loader: ArticleLoading; fraction: number } | null;
  /** Why the whole could not be loaded (the first part stays on screen). */
  failure?: string;
}

let readings = 0;

/** What is on screen: one article, or a list (library or feed) and the article opened from it. */
export function Session({ opened, store, layout, theme, findEntities, onReading, copyText = null }: SessionProps) {
  const { exit } = useApp();
  // A News list is replaced by a fresh one as a refresh stores new items.
  const [source, setSource] = useState(opened.kind === 'list' ? opened : null);
  const [list, setList] = useState<ArticleList | null>(opened.kind === 'list' ? opened.list : null);
  const refreshing = useRef<AbortController | null>(null);
  const shownList = useRef(list);
  shownList.current = list;
  useEffect(() => () => refreshing.current?.abort(), []);
  const [listState, setListState] = useState<ListState>(initialListState);
  const shownState = useRef(listState);
  shownState.current = listState;
  const [notice, setNotice] = useState<string | null>(opened.warnings[0] ?? null);
  const [reading, setReading] = useState<Reading | null>(() => (opened.kind === 'article' ? startReading(opened, null) : null));

  function startReading(result: Extract<Opened, { kind: 'article' }>, location: string | null): Reading {
    const id = ++readings;
    const name = locationName(result.location);
    if (result.loading) return { id, article: result.article, name, keeper: null, location, loading: { loader: result.loading, fraction: 0 } };
    const keeper = new PositionKeeper(store, result.article);
    onReading(keeper);
    return { id, article: result.article, name, keeper, location, loading: null };
  }

  // A big article shows its first part at once; the whole replaces it when loaded, then the saved
  // place (known only now, by the whole article's key) is where reading goes on.
  const loader = reading?.loading?.loader;
  useEffect(() => {
    if (!reading || !loader) return;
    const id = reading.id;
    const update = (change: (r: Reading) => Reading) => setReading((r) => (r && r.id === id ? change(r) : r));
    return loader.start({
      progress: (fraction) => update((r) => ({ ...r, loading: r.loading && { ...r.loading, fraction } })),
      done: ({ article, key, warnings }) => {
        const keeper = new PositionKeeper(store, article, key, warnings[0] ?? null);
        onReading(keeper);
        update((r) => ({ ...r, article, keeper, loading: null }));
      },
      fail: (error) => {
        const failure = t('firstPartOnly', { error: error instanceof Error ? error.message.split('\n')[0] : String(error) });
        update((r) => ({ ...r, loading: null, failure }));
      },
    });
  }, [loader]);

  const open = (index: number) => {
    if (!source) return;
    const item = source.list.items[index];
    setNotice(tScreen('opening', { title: item.title }));
    source.open(index).then(
      (result) => {
        if (result.kind !== 'article') return setNotice(t('notAnArticle'));
        setNotice(result.warnings[0] ?? null);
        setReading(startReading(result, item.location));
      },
      (error: unknown) => setNotice(error instanceof Error ? error.message.split('\n')[0] : String(error)),
    );
  };

  const quitReading = (how: 'back' | 'exit') => {
    if (!reading) return;
    reading.keeper?.flush();
    if (how === 'exit' || !list) return exit();
    const { location } = reading;
    const progress = reading.keeper?.progress;
    if (location !== null && progress !== undefined) setList({ ...list, items: list.items.map((item) => (item.location === location ? { ...item, progress } : item)) });
    onReading(null);
    setReading(null);
  };

  /** The News list's `r`: every feed fetched in the background; new items appear as each feed is stored. */
  const refresh = () => {
    const news = source?.news;
    if (!news || refreshing.current) return;
    const controller = new AbortController();
    refreshing.current = controller;
    let reloads = Promise.resolve();
    // Feeds that finish while a reload waits its turn are all in that one: reloads never pile up.
    let waiting = false;
    const reload = () => {
      if (waiting) return reloads;
      waiting = true;
      reloads = reloads.then(() => {
        waiting = false;
        return news.reload();
      }).then((fresh) => {
        if (controller.signal.aborted) return;
        const old = shownList.current;
        const state = shownState.current;
        // The cursor stays on the item it was on.
        const at = old?.items[visibleItems(old.items, state.filter)[state.cursor]]?.location;
        const cursor = visibleItems(fresh.list.items, state.filter).findIndex((index) => fresh.list.items[index].location === at);
        setSource(fresh);
        setList(fresh.list);
        setListState({ ...state, cursor: Math.max(0, cursor) });
      }, () => undefined);
      return reloads;
    };
    setNotice(tScreen('refreshStarting'));
    news.refresh((progress) => {
      setNotice(refreshLine(progress));
      if (progress.last.added > 0) void reload();
    }, controller.signal).then(
      async (summary) => {
        await reload();
        refreshing.current = null;
        if (!controller.signal.aborted) setNotice(refreshLine(summary));
      },
      (error: unknown) => {
        refreshing.current = null;
        setNotice(tScreen('refreshError', { error: error instanceof Error ? error.message.split('\n')[0] : String(error) }));
      },
    );
  };

  if (reading) {
    return (
      <App
        key={reading.id}
        article={reading.article}
        name={reading.name}
        loading={reading.loading?.fraction ?? null}
        layout={layout}
        theme={theme}
        start={reading.keeper?.start}
        startNotice={reading.keeper?.startNotice ?? reading.failure}
        onPosition={reading.keeper?.onPosition}
        onQuit={quitReading}
        findEntities={() => findEntities(reading.article)}
        canGoBack={list !== null}
        copyText={copyText}
      />
    );
  }
  if (!list) return null;
  return (
    <ListScreen
      list={list}
      state={listState}
      onState={setListState}
      onOpen={open}
      onExit={exit}
      onRefresh={source?.news ? refresh : undefined}
      notice={notice}
      layout={layout}
      theme={theme}
    />
  );
}
