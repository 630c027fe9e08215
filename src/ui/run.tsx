import React from 'react';
import { render } from 'ink';
import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import type { Article } from '../article/model.js';
import type { LayoutOptions } from '../layout/types.js';
import type { PositionStore } from '../store/positions.js';
import { contentKey } from '../sources/key.js';
import { App } from './App.js';
import { extractEntities } from '../entities/extract.js';
import { makeTheme } from './theme.js';
import { enterFullScreen, guardExits } from './terminal-session.js';
import type { Anchor } from '../layout/document.js';

export interface ReaderOptions {
  layout: LayoutOptions;
  /** Send CSI 8 l / CSI 8 h around the session (qari reorders). */
  explicitBidi: boolean;
  color: boolean;
  store: PositionStore;
}

/** Keys come from the terminal even when the article comes through a pipe (like less). */
function keyboard(): NodeJS.ReadStream {
  if (process.stdin.isTTY) return process.stdin;
  return new ReadStream(openSync('/dev/tty', 'r')) as unknown as NodeJS.ReadStream;
}

const SAVE_DELAY_MS = 300;

/** Runs the full-screen reader until the user quits; the terminal is restored on every way out. */
export async function runReader(article: Article, options: ReaderOptions): Promise<void> {
  const key = contentKey(article);
  const saved = options.store.get(key);
  const start: Anchor | undefined = saved && saved.block < article.blocks.length ? { block: saved.block, offset: saved.offset } : undefined;
  const startNotice = start && (saved!.block > 0 || saved!.offset > 0) ? `resumed at ${Math.round(saved!.progress * 100)}%` : null;

  let latest: { anchor: Anchor; fraction: number } | null = null;
  let timer: NodeJS.Timeout | null = null;
  const saveNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (latest) options.store.set(key, { ...latest.anchor, progress: latest.fraction });
  };
  const onPosition = (anchor: Anchor, fraction: number) => {
    latest = { anchor, fraction };
    if (!timer) timer = setTimeout(saveNow, SAVE_DELAY_MS);
  };

  const stdin = keyboard();
  const session = enterFullScreen(process.stdout, { explicitBidi: options.explicitBidi, setRawMode: (on) => stdin.setRawMode?.(on) });
  const instance = render(
    <App article={article} layout={options.layout} theme={makeTheme(options.color)} start={start} startNotice={startNotice} onPosition={onPosition} onQuit={saveNow} findEntities={() => extractEntities(article.blocks)} />,
    { stdin, exitOnCtrlC: false, patchConsole: false, incrementalRendering: false },
  );

  const unguard = guardExits((code, error) => {
    saveNow();
    instance.unmount();
    session.restore();
    if (error !== undefined) process.stderr.write(`qari: unexpected error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    process.exit(code);
  });
  process.on('exit', session.restore);
  try {
    await instance.waitUntilExit();
  } finally {
    unguard();
    saveNow();
    session.restore();
    if (stdin !== process.stdin) stdin.destroy();
  }
}
