import React, { useEffect, useMemo, useReducer, useRef } from 'react';
import { Box, useInput } from 'ink';
import { useScreenSize } from './use-screen-size.js';
import type { Article, Entity } from '../article/model.js';
import { ArticleDocument, type Anchor } from '../layout/document.js';
import type { LayoutOptions } from '../layout/types.js';
import { atEnd, initialState, listEntries, readerReducer, type AlsoInArticle, type ReaderAction, type ReaderState } from '../state/reader.js';
import { pressKeys, splitChunk, type KeysAction } from '../state/keymap.js';
import { topAfterResize } from '../state/resize.js';
import { useWheel } from './mouse-input.js';
import { ArticleView } from './ArticleView.js';
import { StatusLine } from './StatusLine.js';
import { ListView } from './ListView.js';
import { helpDirection, HelpView } from './HelpView.js';
import { QueryField } from './QueryField.js';
import { CardView } from './CardView.js';
import type { Theme } from './theme.js';
import { t } from '../i18n/index.js';
import { screenText } from './screen-text.js';
import type { RowText } from './chrome-row.js';

export interface AppProps {
  article: Article;
  /** What the status line calls an article without a title or outlet (its file name, say). */
  name?: string;
  layout: LayoutOptions;
  theme: Theme;
  /** Where reading starts (a saved position), and the notice to show then. */
  start?: Anchor;
  startNotice?: string | null;
  /** Called with the top position whenever it settles, and once more on quit. */
  onPosition?: (anchor: Anchor, fraction: number) => void;
  /** The reader is done: back to the list under it, or out of qari. */
  onQuit?: (how: 'back' | 'exit') => void;
  /** A list (library, feed) is under this article: q and Esc go back to it. */
  canGoBack?: boolean;
  /** Finds the article's entities; run after the first screen so opening stays instant. */
  findEntities?: () => Entity[] | Promise<Entity[]>;
  /** While `article` is the first part of a big file whose whole is loading: how far it got (0..1). */
  loading?: number | null;
  /** Puts text on the clipboard (OSC 52); absent when copying is off. */
  copyText?: ((text: string) => void) | null;
  /** The other articles (from the index) that name a person, for the officials card; a string says why none. */
  alsoIn?: (entity: Entity) => AlsoInArticle[] | string;
  /** Open another article at the person's first mention (chosen on the card). */
  /** Opens the article chosen on the card; resolves to why it could not, or null. */
  onFollow?: (other: AlsoInArticle, entity: Entity) => Promise<string | null>;
}

export function App({ article, name = 'qari', layout, theme, start, startNotice = null, onPosition, onQuit, findEntities, canGoBack = false, loading = null, copyText = null, alsoIn, onFollow }: AppProps) {
  const size = useScreenSize();
  const doc = useMemo(() => new ArticleDocument(article, size.width, layout), [article, size.width, layout]);
  const viewRows = Math.max(1, size.height - 1);
  // Every action applies to the layout on screen. The state remembers the layout its `top` belongs
  // to, so a key pressed while a resize is in flight can never read a row of one layout in another.
  const docRef = useRef(doc);
  docRef.current = doc;
  const [{ reader: state, doc: stateDoc }, dispatch] = useReducer(
    (s: { reader: ReaderState; doc: ArticleDocument }, a: ReaderAction | KeysAction | { type: 'sync' }) => {
      const current = docRef.current;
      // A new width re-lays out the article: the same text stays at the top (state/resize.ts).
      const reader = s.doc === current ? s.reader : readerReducer(current, s.reader, { type: 'relayout', previous: s.doc });
      if (a.type === 'sync') return { doc: current, reader };
      return { doc: current, reader: a.type === 'keys' ? pressKeys(current, reader, a.presses) : readerReducer(current, reader, a) };
    },
    undefined,
    () => ({ doc, reader: initialState(start ? doc.rowAt(start) : doc.firstRow, viewRows, startNotice, canGoBack, copyText !== null) }),
  );
  const top = stateDoc === doc ? state.top : topAfterResize(stateDoc, state.top, state.viewRows, doc, state.viewRows);
  useEffect(() => {
    if (stateDoc !== doc) dispatch({ type: 'sync' });
  }, [doc, stateDoc]);

  useEffect(() => dispatch({ type: 'viewRows', rows: viewRows }), [viewRows]);

  // The saved place of an article that was loading is known once it is whole: go there, unless the
  // reader has moved meanwhile.
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (start && doc.compare(top, doc.firstRow) === 0) dispatch({ type: 'jump', row: doc.rowAt(start), notice: startNotice ?? undefined });
    else if (startNotice) dispatch({ type: 'notice', text: startNotice });
  }, [start, startNotice]);

  const anchor = doc.anchorOf(top);
  // With its last line on screen the article is read (the status line's 100%): "done" in the lists,
  // also when it fits on one screen.
  const fraction = loading === null && atEnd(doc, { ...state, top }) ? 1 : doc.fraction(anchor);
  useEffect(() => {
    onPosition?.(anchor, fraction);
  }, [anchor.block, anchor.offset, fraction]);
  useEffect(() => {
    if (state.quit) {
      onPosition?.(anchor, fraction);
      onQuit?.(state.quit);
    }
  }, [state.quit]);

  // Ink writes each frame within one synchronous call, so the sequence lands between two frames;
  // it moves no cursor and prints nothing, so the frames around it stay whole.
  useEffect(() => {
    if (state.copied) copyText?.(state.copied.text);
  }, [state.copied?.serial]);

  const loaded = loading === null;
  useEffect(() => {
    if (!loaded) return; // names are found in the whole article, once it is there
    let current = true;
    const timer = setTimeout(() => {
      Promise.resolve(findEntities ? findEntities() : article.entities).then(
        (entities) => {
          if (current) dispatch({ type: 'entitiesReady', entities });
        },
        (error: unknown) => {
          // Reading goes on without names; the lists say there are none rather than wait forever.
          if (!current) return;
          dispatch({ type: 'entitiesReady', entities: [] });
          dispatch({ type: 'notice', text: t('namesFailed', { error: error instanceof Error ? error.message : String(error) }) });
        },
      );
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [article, loaded]);

  // The card asks the index which other articles name the person (after it is drawn).
  const card = state.overlay?.kind === 'card' ? state.overlay : null;
  useEffect(() => {
    if (!card || card.also !== null || !alsoIn) return;
    const entity = card.entity;
    const timer = setTimeout(() => dispatch({ type: 'alsoReady', entity, also: alsoIn(entity) }), 0);
    return () => clearTimeout(timer);
  }, [card?.entity, card?.also === null]);
  useEffect(() => {
    if (!state.follow || !card || !onFollow) return;
    void onFollow(state.follow, card.entity).then((failure) => failure !== null && dispatch({ type: 'followFailed', text: failure }));
  }, [state.follow]);

  useInput((input, key) => {
    // Keys typed faster than the screen updates arrive as one chunk ("jjj"): each is a key press.
    dispatch({ type: 'keys', presses: splitChunk(input, key) });
  });
  useWheel((direction) => dispatch({ type: 'wheel', direction }));

  const overlay = state.overlay;
  const onInput = (text: string) => dispatch({ type: 'input', text });
  const marks = state.marks;
  const articleView = (rows: number) => (
    <ArticleView doc={doc} top={top} rows={rows} theme={theme} highlights={marks?.ranges} current={marks && marks.index >= 0 ? marks.ranges[marks.index] : null} />
  );
  // Lists of the article's sections and names, its card and its status line read the article's way.
  const direction = article.direction;
  const status = <StatusLine doc={doc} state={{ ...state, top }} theme={theme} width={size.width} loading={loading} name={name} />;
  const list = (title: RowText, field: React.ReactNode, entities: Entity[], cursor: number, empty: RowText) => (
    <ListView
      title={title}
      field={field}
      direction={direction}
      entries={entities.map((e) => ({ label: e.role ? `${e.name} — ${e.role}` : e.name, details: entityDetails(e) }))}
      cursor={cursor}
      rows={viewRows}
      width={size.width}
      options={layout}
      theme={theme}
      empty={state.entities ? empty : screenText('findingNames')}
    />
  );
  let body: React.ReactNode;
  let footer: React.ReactNode = status;
  if (overlay?.kind === 'toc') {
    body = (
      <ListView
        title={screenText('contentsTitle')}
        direction={direction}
        empty={screenText('noSections')}
        entries={article.sections.map((s) => ({ label: s.title ?? leadLabel(article, s.block) }))}
        cursor={overlay.cursor}
        rows={viewRows}
        width={size.width}
        options={layout}
        theme={theme}
      />
    );
  } else if (overlay?.kind === 'help') {
    body = <HelpView rows={viewRows} width={size.width} theme={theme} options={layout} direction={helpDirection(direction)} />;
  } else if (overlay?.kind === 'entities') {
    const field = <QueryField label={screenText('filterLabel')} value={overlay.filter} onChange={onInput} width={size.width} options={layout} direction={direction} />;
    const none = screenText(overlay.filter ? 'noEntityMatches' : 'noEntities');
    body = list(screenText('entitiesTitle'), field, listEntries(state, overlay), overlay.cursor, none);
  } else if (overlay?.kind === 'officials') {
    const field = <QueryField label={screenText('officialsLabel')} value={overlay.query} onChange={onInput} width={size.width} options={layout} direction={direction} />;
    const none = screenText(overlay.query ? 'nobodyMatches' : 'noOfficials');
    body = list(screenText('officialsTitle'), field, listEntries(state, overlay), overlay.cursor, none);
  } else if (overlay?.kind === 'card') {
    const cardRows = Math.min(viewRows - 1, Math.max(3, Math.ceil(viewRows / 2)));
    body = (
      <>
        {articleView(viewRows - cardRows)}
        <CardView article={article} entity={overlay.entity} also={alsoIn ? { list: overlay.also, cursor: overlay.alsoCursor } : undefined} rows={cardRows} width={size.width} options={layout} theme={theme} direction={direction} />
      </>
    );
  } else if (overlay?.kind === 'search') {
    body = articleView(viewRows);
    footer = <QueryField label="/" value={overlay.query} onChange={onInput} width={size.width} options={layout} style={theme.status} direction={direction} />;
  } else {
    body = articleView(viewRows);
  }
  return (
    <Box flexDirection="column" width={size.width} height={size.height}>
      {body}
      {footer}
    </Box>
  );
}

/** Latin name, kind and number of mentions: the columns after a name. */
function entityDetails(entity: Entity): RowText[] {
  const kind = entity.official ? 'kindOfficial' : entity.kind === 'organization' ? 'kindOrganization' : entity.kind === 'place' ? 'kindPlace' : 'kindPerson';
  return [...(entity.latin ? [entity.latin] : []), screenText(kind), screenText('mentionCount', { count: entity.mentions.length })];
}

/** The untitled lead section is named after its first words. */
function leadLabel(article: Article, block: number): string {
  const words = article.blocks[block]?.text.split(/\s+/).slice(0, 6).join(' ') ?? '';
  return words ? `${words} …` : t('leadSection');
}
