import { render } from 'ink';
import { t } from '../i18n/index.js';
import { openSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import type { Article, Entity } from '../article/model.js';
import type { LayoutOptions } from '../layout/types.js';
import type { PositionStore } from '../store/positions.js';
import type { Opened } from '../sources/open.js';
import { Session } from './Session.js';
import type { PositionKeeper } from './positions.js';
import { makeTheme } from './theme.js';
import { sanitizeLine } from '../text/sanitize.js';
import { enterFullScreen, guardExits } from './terminal-session.js';
import { extractInWorker } from './entities-worker.js';
import { clipboardSequence, multiplexerOf } from '../terminal/clipboard.js';
import { withMouse, WheelContext } from './mouse-input.js';

export interface ReaderOptions {
  layout: LayoutOptions;
  /** Send CSI 8 l / CSI 8 h around the session (qari reorders). */
  explicitBidi: boolean;
  color: boolean;
  store: PositionStore;
  /** The program's entry module (its URL), which can start as the entity worker. */
  entry?: string;
  /** `y` copies with OSC 52 (off with --no-clipboard). */
  clipboard: boolean;
  /** The wheel scrolls: SGR mouse reporting on (off with --no-mouse). */
  mouse?: boolean;
  /** Where the index lives (loaded after the first screen), a library to index, and how to open an indexed article. */
  configDir?: string;
  libraryDir?: string;
  openLocation?: (location: string, title?: string) => Promise<Opened>;
}

/** Articles longer than this have their entities found in a worker thread: it takes seconds. */
const WORKER_MIN_CHARS = 200_000;

/**
 * The entity extractor is loaded after the first screen (its weights and gazetteers are large); for
 * a big article it runs in a worker started from the program's entry, when there is one.
 */
async function findEntities(article: Article, entry: string | undefined): Promise<Entity[]> {
  const chars = article.blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (entry && chars >= WORKER_MIN_CHARS) return extractInWorker(entry, article.blocks);
  const { extractEntities } = await import('../entities/extract.js');
  return extractEntities(article.blocks);
}

/** Keys come from the terminal even when the article comes through a pipe (like less). */
function keyboard(): NodeJS.ReadStream {
  if (process.stdin.isTTY) return process.stdin;
  return new ReadStream(openSync('/dev/tty', 'r')) as unknown as NodeJS.ReadStream;
}

/** Runs the full-screen reader until the user quits; the terminal is restored on every way out. */
export async function runReader(opened: Opened, options: ReaderOptions): Promise<void> {
  const current: { reading: PositionKeeper | null } = { reading: null };
  const configDir = options.configDir;
  const stdin = keyboard();
  const mouse = options.mouse ? withMouse(stdin) : null;
  const session = enterFullScreen(process.stdout, { explicitBidi: options.explicitBidi, mouse: mouse !== null, setRawMode: (on) => stdin.setRawMode?.(on) });
  const instance = render(
    <WheelContext.Provider value={mouse?.onWheel ?? null}>
      <Session
        opened={opened}
        store={options.store}
        layout={options.layout}
        theme={makeTheme(options.color)}
        findEntities={(article) => findEntities(article, options.entry)}
        onReading={(keeper) => (current.reading = keeper)}
        copyText={options.clipboard ? (text) => process.stdout.write(clipboardSequence(text, multiplexerOf(process.env))) : null}
        loadIndex={configDir === undefined ? undefined : () => import('../index/session.js').then((m) => m.openReaderIndex(configDir, options.entry))}
        openLocation={options.openLocation}
        libraryDir={options.libraryDir}
      />
    </WheelContext.Provider>,
    { stdin: mouse?.stdin ?? stdin, exitOnCtrlC: false, patchConsole: false, incrementalRendering: false },
  );
  const unguard = guardExits((code, error) => {
    current.reading?.flush();
    instance.unmount();
    session.restore();
    if (error !== undefined) process.stderr.write(sanitizeLine(t('errUnexpected', { message: error instanceof Error ? error.message.split('\n')[0] : String(error) })) + '\n');
    process.exit(code);
  });
  process.on('exit', session.restore);
  try {
    await instance.waitUntilExit();
  } finally {
    unguard();
    current.reading?.flush();
    session.restore();
    if (stdin !== process.stdin) stdin.destroy();
  }
}
