import { useEffect, useRef, useState } from 'react';
import { useApp } from 'ink';
import type { Article, ArticleList, ListItem } from '../article/model.js';
import type { Entity } from '../article/model.js';
import type { LayoutOptions } from '../layout/types.js';
import type { PositionStore } from '../store/positions.js';
import { locationName } from '../sources/location-name.js';
import type { Opened } from '../sources/open.js';
import type { ArticleLoading } from '../sources/progressive.js';
import { initialListState, visibleItems, type ListState } from '../state/list.js';
import { refreshLine } from './refresh-line.js';
import { t, tScreen } from '../i18n/index.js';
import type { AlsoInArticle } from '../state/reader.js';
import type { IndexedFile, ReaderIndex } from '../index/session.js';
import { resolve } from 'node:path';
import { listItem } from '../sources/list-item.js';
import { normalizeDate } from '../sources/date.js';
import type { Anchor } from '../layout/document.js';
import { findMatches } from '../text/normalize.js';
import { App } from './App.js';
import { ListScreen } from './ListScreen.js';
import { PositionKeeper } from './positions.js';
import type { Theme } from './theme.js';

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
  /** Loads the index (after the first screen): search, people across articles. */
  loadIndex?: () => Promise<ReaderIndex>;
  /** Opens another article by its location (a path or URL from the index) and the title the index has for it. */
  openLocation?: (location: string, title?: string) => Promise<Opened>;
  /** The library directory the list shows, indexed in the background. */
  libraryDir?: string;
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
  itemLocation: string | null;
  /** While `article` is the first part of a big file: what loads the whole, and how far it got (0..1). */
  loading: { loader: ArticleLoading; fraction: number } | null;
  /** Why the whole could not be loaded (the first part stays on screen). */
  failure?: string;
  /** Where it was opened from (a path, URL or '-'). */
  location: string;
  /** Opened at a person's mention from another article's card: where, and what to say. */
  jump?: { anchor: Anchor; notice: string };
  /** The article it was opened from (q goes back to it). */
  previous?: Reading;
}

let readings = 0;

/** What is on screen: one article, or a list (library or feed) and the article opened from it. */
export function Session({ opened, store, layout, theme, findEntities, onReading, copyText = null, loadIndex, openLocation, libraryDir }: SessionProps) {
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
  const [index, setIndex] = useState<ReaderIndex | null>(null);

  // A library whose order the index knows comes with only its first rows: the whole list (its
  // directory checked against the index) replaces them right after the first screen, the cursor
  // staying on its item. Its background indexing waits for it.
  const rest = opened.kind === 'list' ? opened.rest : undefined;
  const [expected, setExpected] = useState(rest?.total);
  // Laid out the way the whole list was last time (remembered with its order): it does not flip when the whole arrives.
  const [rememberedDirection] = useState(rest?.direction);
  // Resolves to whether the whole list is known to be indexed as it is (nothing to index).
  const wholeList = useRef<Promise<boolean>>(Promise.resolve(false));
  useEffect(() => {
    if (!rest) return;
    let current = true;
    let listed: (indexed: boolean) => void = () => undefined;
    wholeList.current = new Promise((resolve) => (listed = resolve));
    const timer = setTimeout(() => {
      rest.load().then(
        (whole) => {
          if (!current) return;
          if (whole.kind !== 'list') {
            setExpected(undefined);
            return listed(false);
          }
          const old = shownList.current;
          const state = shownState.current;
          // A cursor moved down stays on its item; one at the top stays at the top.
          const at = state.cursor > 0 ? old?.items[visibleItems(old.items, state.filter)[state.cursor]]?.location : undefined;
          const cursor = at === undefined ? 0 : visibleItems(whole.list.items, state.filter).findIndex((index) => whole.list.items[index].location === at);
          setSource(whole);
          setList(whole.list);
          setListState({ ...state, cursor: Math.max(0, cursor) });
          setExpected(undefined);
          if (whole.warnings[0]) setNotice(whole.warnings[0]);
          listed(whole.indexed === true);
        },
        (error: unknown) => {
          // The directory could not be read (gone meanwhile): the rows from the index stay, and are all there is.
          if (current) {
            setExpected(undefined);
            setNotice(error instanceof Error ? error.message.split('\n')[0] : String(error));
          }
          listed(false);
        },
      );
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, []);

  // A big library comes with only its first rows in order: the rest is ordered right after the
  // first screen (in place, so that the items' indices stay those `opened.open` takes), before
  // the index loads (its updates copy the list).
  useEffect(() => {
    if (opened.kind !== 'list' || !opened.finishOrder) return;
    const finishOrder = opened.finishOrder;
    const timer = setTimeout(() => {
      finishOrder();
      setList((shown) => (shown === opened.list ? { ...opened.list } : shown));
    }, 0);
    return () => clearTimeout(timer);
  }, []);

  function startReading(result: Extract<Opened, { kind: 'article' }>, itemLocation: string | null): Reading {
    const id = ++readings;
    const name = locationName(result.location);
    const location = result.location;
    if (result.loading) return { id, article: result.article, name, keeper: null, itemLocation, loading: { loader: result.loading, fraction: 0 }, location };
    const keeper = new PositionKeeper(store, result.article);
    onReading(keeper);
    return { id, article: result.article, name, keeper, itemLocation, loading: null, location };
  }

  // The index loads after the first screen (its native module is not on the start-up path); a
  // library is then indexed in the background, its progress in the list's status line.
  const indexLoaded = useRef<Promise<ReaderIndex | null> | null>(null);
  useEffect(() => {
    if (!loadIndex) return;
    let current = true;
    let stop: (() => void) | null = null;
    let ready: (index: ReaderIndex | null) => void = () => undefined;
    indexLoaded.current = new Promise((resolve) => (ready = resolve));
    const timer = setTimeout(() => {
      loadIndex().then(
        (loaded) => {
          ready(loaded);
          if (!current) return;
          setIndex(loaded);
          // Said once: a damaged index moved aside, or (once per config directory) no index on this machine.
          if (loaded.warnings[0]) setNotice(loaded.warnings[0]);
          if (libraryDir) {
            void wholeList.current.then((indexed) => {
              if (current && !indexed) stop = loaded.indexLibrary(libraryDir, (line) => current && setNotice(line), (files) => current && updateListed(files));
            });
          } else if (opened.kind === 'list' && opened.indexItems && !loaded.unavailable) {
            // A feed's items (or the News list's not indexed yet) go into the index in the background.
            const controller = new AbortController();
            stop = () => controller.abort();
            void opened.indexItems({ signal: controller.signal, report: (message) => current && setNotice(message.replace(/^qari: /, '')) });
          }
        },
        (error: unknown) => {
          ready(null);
          if (current) setNotice(tScreen('indexError', { error: error instanceof Error ? error.message.split('\n')[0] : String(error) }));
        },
      );
    }, 50);
    return () => {
      current = false;
      clearTimeout(timer);
      stop?.();
    };
  }, []);

  /** The list was shown from the index by path: files found changed when indexed get their new entries. */
  const listIndex = useRef<{ list: ArticleList; at: Map<string, number> } | null>(null);
  const updateListed = (files: IndexedFile[]) => {
    setList((shown) => {
      if (!shown) return shown;
      if (listIndex.current?.list !== shown) listIndex.current = { list: shown, at: new Map(shown.items.map((item, i) => [resolve(item.location), i])) };
      const at = listIndex.current.at;
      let items: ListItem[] | null = null;
      for (const file of files) {
        const i = at.get(file.location);
        if (i === undefined) continue;
        const item = shown.items[i];
        const entry = listItem({ title: file.title, source: file.source, date: normalizeDate(file.date), location: item.location, progress: item.progress });
        if (entry.title === item.title && entry.source === item.source && entry.date === item.date) continue;
        items ??= [...shown.items];
        items[i] = { ...entry, progress: store.progressOf(file.contentKey) };
      }
      if (!items) return shown; // nothing shown changed: no new list, no redraw
      const next = { ...shown, items };
      listIndex.current = { list: next, at };
      return next;
    });
  };

  /** Entities are found, then the article goes into the index. */
  const findAndRecord = (current: Reading) => async () => {
    const entities = await findEntities(current.article);
    if (!current.loading) void indexLoaded.current?.then((loaded) => loaded?.record(current.article, current.location, entities));
    return entities;
  };

  /** Opens another article (chosen on the card) at the person's first mention there; q comes back. Resolves to why it could not. */
  const follow = async (other: AlsoInArticle, person: Entity): Promise<string | null> => {
    if (!openLocation || !reading) return null;
    const from = reading;
    const failed = (error: string) => tScreen('cannotOpenOther', { title: other.title, error: error.replace(/^qari: /, '') });
    let result: Opened;
    try {
      result = await openLocation(other.location, other.title);
    } catch (error) {
      return failed(error instanceof Error ? error.message.split('\n')[0] : String(error));
    }
    if (result.kind !== 'article') return failed(t('notAnArticle'));
    const next = startReading(result, from.itemLocation);
    const anchor = mentionAnchor(result.article, other, person);
    // Opened offline from the feed's summary, say so with the rest.
    const notice = [anchor ? tScreen('firstMention', { name: person.name }) : null, result.warnings[0]?.replace(/^qari: /, '')].filter(Boolean).join(' — ');
    setReading({ ...next, previous: from, jump: anchor ? { anchor, notice } : undefined, failure: anchor ? undefined : notice || undefined });
    return null;
  };

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
    if (how === 'back' && reading.previous) {
      onReading(reading.previous.keeper);
      return setReading(reading.previous);
    }
    if (how === 'exit' || !list) return exit();
    const { itemLocation } = reading;
    const progress = reading.keeper?.progress;
    if (itemLocation !== null && progress !== undefined) setList({ ...list, items: list.items.map((item) => (item.location === itemLocation ? { ...item, progress } : item)) });
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
        start={reading.jump?.anchor ?? reading.keeper?.start}
        startNotice={reading.jump?.notice ?? reading.keeper?.startNotice ?? reading.failure}
        onPosition={reading.keeper?.onPosition}
        onQuit={quitReading}
        findEntities={findAndRecord(reading)}
        canGoBack={list !== null || reading.previous !== undefined}
        alsoIn={index ? (entity) => index.alsoIn(entity, reading.article, reading.location) : undefined}
        onFollow={follow}
        copyText={copyText}
      />
    );
  }
  if (!list) return null;
  // "/" in the list also finds the articles whose text matches, through the index.
  const searchIndex = index && !index.unavailable ? (query: string) => index.matching(query) : undefined;
  return (
    <ListScreen
      list={list}
      state={listState}
      onState={setListState}
      onOpen={open}
      onExit={exit}
      onRefresh={source?.news ? refresh : undefined}
      total={expected}
      direction={rememberedDirection}
      notice={notice}
      layout={layout}
      theme={theme}
      searchIndex={searchIndex}
    />
  );
}

/** Where the person is first named in an article opened from the card: the stored mention, else the first match of the name. */
function mentionAnchor(article: Article, other: AlsoInArticle, person: Entity): Anchor | null {
  const first = other.first;
  if (first && article.blocks[first.block]?.text.slice(first.start, first.start + first.text.length) === first.text) return { block: first.block, offset: first.start };
  const needles = [first?.text, person.name, person.name.split(/\s+/).pop()].filter((n): n is string => Boolean(n));
  for (const needle of needles) {
    for (let block = 0; block < article.blocks.length; block++) {
      const match = findMatches(article.blocks[block].text, needle)[0];
      if (match) return { block, offset: match.start };
    }
  }
  return null;
}
