import React, { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Box, useApp, useInput, useStdout } from 'ink';
import type { Article } from '../article/model.js';
import { ArticleDocument, type Anchor } from '../layout/document.js';
import type { LayoutOptions } from '../layout/types.js';
import { initialState, readerReducer, type ReaderAction, type ReaderState } from '../state/reader.js';
import { pressKeys, type KeysAction } from '../state/keymap.js';
import { ArticleView } from './ArticleView.js';
import { StatusLine } from './StatusLine.js';
import { ListView } from './ListView.js';
import { HelpView } from './HelpView.js';
import type { Theme } from './theme.js';

export interface AppProps {
  article: Article;
  layout: LayoutOptions;
  theme: Theme;
  /** Where reading starts (a saved position), and the notice to show then. */
  start?: Anchor;
  startNotice?: string | null;
  /** Called with the top position whenever it settles, and once more on quit. */
  onPosition?: (anchor: Anchor, fraction: number) => void;
  onQuit?: () => void;
}

/** Rows Ink may draw: one less than the screen, so Ink updates lines in place instead of clearing. */
export function screenSize(stdout: NodeJS.WriteStream): { width: number; height: number } {
  return { width: Math.max(1, stdout.columns || 80), height: Math.max(2, (stdout.rows || 24) - 1) };
}

export function App({ article, layout, theme, start, startNotice = null, onPosition, onQuit }: AppProps) {
  const { stdout } = useStdout();
  const { exit } = useApp();
  const [size, setSize] = useState(() => screenSize(stdout));
  const doc = useMemo(() => new ArticleDocument(article, size.width, layout), [article, size.width, layout]);
  const viewRows = Math.max(1, size.height - 1);
  const docRef = useRef(doc);
  const [state, dispatch] = useReducer(
    (s: ReaderState, a: ReaderAction | KeysAction) => (a.type === 'keys' ? pressKeys(docRef.current, s, a.presses) : readerReducer(docRef.current, s, a)),
    undefined,
    () => initialState(doc, start ? doc.rowAt(start) : doc.firstRow, viewRows, startNotice),
  );
  // A new width re-lays out the article: keep the same text at the top.
  const resized = docRef.current !== doc;
  const top = resized ? doc.rowAt(docRef.current.anchorOf(state.top)) : state.top;
  useEffect(() => {
    if (docRef.current === doc) return;
    docRef.current = doc;
    dispatch({ type: 'jump', row: top });
  }, [doc]);

  useEffect(() => {
    const onResize = () => setSize(screenSize(stdout));
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);
  useEffect(() => dispatch({ type: 'viewRows', rows: viewRows }), [viewRows]);

  const anchor = doc.anchorOf(top);
  useEffect(() => {
    onPosition?.(anchor, doc.fraction(anchor));
  }, [anchor.block, anchor.offset]);
  useEffect(() => {
    if (state.quit) {
      onPosition?.(anchor, doc.fraction(anchor));
      onQuit?.();
      exit();
    }
  }, [state.quit]);

  useInput((input, key) => {
    // Keys typed faster than the screen updates arrive as one chunk ("jjj"): each is a key press.
    const presses = input.length > 1 && !key.ctrl && !key.meta ? [...input] : [input];
    dispatch({ type: 'keys', presses: presses.map((press) => ({ input: press, key })) });
  });

  const overlay = state.overlay;
  return (
    <Box flexDirection="column" width={size.width} height={size.height}>
      {overlay?.kind === 'toc' ? (
        <ListView
          title="Contents — Enter jumps, Esc closes"
          entries={article.sections.map((s) => ({ label: s.title ?? leadLabel(article, s.block) }))}
          cursor={overlay.cursor}
          rows={viewRows}
          width={size.width}
          options={layout}
          theme={theme}
        />
      ) : overlay?.kind === 'help' ? (
        <HelpView rows={viewRows} width={size.width} theme={theme} />
      ) : (
        <ArticleView doc={doc} top={top} rows={viewRows} theme={theme} />
      )}
      <StatusLine doc={doc} state={{ ...state, top }} theme={theme} width={size.width} />
    </Box>
  );
}

/** The untitled lead section is named after its first words. */
function leadLabel(article: Article, block: number): string {
  const words = article.blocks[block]?.text.split(/\s+/).slice(0, 6).join(' ') ?? '';
  return words ? `${words} …` : '(start)';
}
