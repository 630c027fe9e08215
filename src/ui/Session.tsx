import React, { useState } from 'react';
import { useApp } from 'ink';
import type { Article, ArticleList } from '../article/model.js';
import type { Entity } from '../article/model.js';
import type { LayoutOptions } from '../layout/types.js';
import type { PositionStore } from '../store/positions.js';
import type { Opened } from '../sources/open.js';
import { initialListState, type ListState } from '../state/list.js';
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
}

interface Reading {
  article: Article;
  keeper: PositionKeeper;
  /** Position in the list it was opened from. */
  index: number | null;
}

/** What is on screen: one article, or a list (library or feed) and the article opened from it. */
export function Session({ opened, store, layout, theme, findEntities, onReading }: SessionProps) {
  const { exit } = useApp();
  const [list, setList] = useState<ArticleList | null>(opened.kind === 'list' ? opened.list : null);
  const [listState, setListState] = useState<ListState>(initialListState);
  const [notice, setNotice] = useState<string | null>(opened.warnings[0] ?? null);
  const [reading, setReading] = useState<Reading | null>(() => (opened.kind === 'article' ? startReading(opened.article, null) : null));

  function startReading(article: Article, index: number | null): Reading {
    const keeper = new PositionKeeper(store, article);
    onReading(keeper);
    return { article, keeper, index };
  }

  const open = (index: number) => {
    if (opened.kind !== 'list') return;
    setNotice(`opening ${opened.list.items[index].title}…`);
    opened.open(index).then(
      (result) => {
        if (result.kind !== 'article') return setNotice('that item is a list, not an article');
        setNotice(result.warnings[0] ?? null);
        setReading(startReading(result.article, index));
      },
      (error: unknown) => setNotice(error instanceof Error ? error.message.split('\n')[0] : String(error)),
    );
  };

  const quitReading = (how: 'back' | 'exit') => {
    if (!reading) return;
    reading.keeper.flush();
    if (how === 'exit' || !list) return exit();
    const progress = reading.keeper.progress;
    const index = reading.index;
    if (index !== null) setList({ ...list, items: list.items.map((item, i) => (i === index ? { ...item, progress } : item)) });
    onReading(null);
    setReading(null);
  };

  if (reading) {
    return (
      <App
        key={reading.keeper.key}
        article={reading.article}
        layout={layout}
        theme={theme}
        start={reading.keeper.start}
        startNotice={reading.keeper.startNotice}
        onPosition={reading.keeper.onPosition}
        onQuit={quitReading}
        findEntities={() => findEntities(reading.article)}
        canGoBack={list !== null}
      />
    );
  }
  if (!list) return null;
  return <ListScreen list={list} state={listState} onState={setListState} onOpen={open} onExit={exit} notice={notice} layout={layout} theme={theme} />;
}
